"""The plan format, version 2: the document as an ordered tree of sections.

The frame (header, bases, registry, signature, recipients) is version 1's where it did not
change; the body is a list of blocks; duties stand anywhere. ``Plan`` is the root.
"""

from __future__ import annotations

from dakplan.model.v2.body import (
    BLOCK_KINDS,
    Clause,
    Duty,
    FundingSource,
    MediaUse,
    NumberedList,
    Progress,
    Section,
    SectionKind,
    Theme,
)
from dakplan.model.v2.frame import Basis, ChainLine, CitedDocument, Document, Intro, Signature
from dakplan.model.v2.numbering import NumberStyle
from dakplan.model.v2.plan import (
    PRESS_FORMATS,
    SCHEMA_VERSION,
    MediaFormat,
    Place,
    Plan,
    Report,
    Waiver,
)
from dakplan.model.v2.timing import Anchor, Deadlines, Recurring, Window, due_dates

__all__ = [
    "BLOCK_KINDS", "PRESS_FORMATS", "SCHEMA_VERSION", "Anchor", "Basis", "ChainLine",
    "CitedDocument", "Clause", "Deadlines", "Document", "Duty", "FundingSource", "Intro",
    "MediaFormat", "MediaUse", "NumberStyle", "NumberedList", "Place", "Plan", "Progress",
    "Recurring", "Report", "Section", "SectionKind", "Signature", "Theme", "Waiver", "Window",
    "due_dates",
]
