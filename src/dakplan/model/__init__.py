"""The plan format, as pydantic models. ``Plan`` is the root.

The modules that define models are written without ``from __future__ import annotations``:
Python then evaluates each field's annotation as it defines the class, where pydantic would
otherwise compile and evaluate some 200 annotation strings at every start (5 ms of a cold
``dakplan validate``). A name defined further down the module is quoted.
"""

from __future__ import annotations

from dakplan.model.agencies import Agency, AgencyKind, Group
from dakplan.model.content import MEDIA_LABELS, Event, Headings, Media, MediaFormat, Theme
from dakplan.model.document import (
    Authority,
    Basis,
    DocRef,
    Document,
    Issuer,
    NoteKind,
    Period,
    Recipient,
    Signature,
)
from dakplan.model.plan import SCHEMA_VERSION, Funding, Plan
from dakplan.model.report import Report
from dakplan.model.tasks import (
    Deadline,
    Frequency,
    FundingClause,
    Part,
    Progress,
    Recurring,
    Status,
    Task,
    Throughout,
)

__all__ = [
    "Agency",
    "AgencyKind",
    "Authority",
    "Basis",
    "Deadline",
    "DocRef",
    "Document",
    "Event",
    "Frequency",
    "Funding",
    "FundingClause",
    "Group",
    "Headings",
    "Issuer",
    "MEDIA_LABELS",
    "Media",
    "MediaFormat",
    "NoteKind",
    "Part",
    "Period",
    "Plan",
    "Progress",
    "Recipient",
    "Recurring",
    "Report",
    "SCHEMA_VERSION",
    "Signature",
    "Status",
    "Task",
    "Theme",
    "Throughout",
]
