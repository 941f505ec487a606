"""Import a plan from the document a province already has: a Word file, or its text.

``import_document(path)`` reads a ``.docx`` (automatic numbering, tables and emphasis
included) or a plain-text / Markdown copy of a PDF, and gives the plan as version-2 data
(``docs/format-v2.md``), the same as YAML text, and the review list: what it could not place
or had to guess, each with its source line, also written as comments in the YAML where it
belongs. Nothing is invented: every sentence of the document is kept, in its place.

A file it cannot read raises ``ImportFailure`` naming the file and saying what to do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from dakplan.imports.document import assemble
from dakplan.imports.emit import emit
from dakplan.imports.paragraphs import ImportFailure
from dakplan.imports.review import ReviewItem
from dakplan.imports.source import read_document

__all__ = ["Imported", "ImportFailure", "ReviewItem", "import_document"]


@dataclass
class Imported:
    data: dict[str, Any]
    yaml_text: str
    review_items: list[ReviewItem]


def import_document(path: str | os.PathLike[str]) -> Imported:
    """Read the document at ``path`` into a version-2 plan."""
    source = read_document(path)
    data, review, _ = assemble(source)
    leading = [
        f"Imported by dakplan from {os.path.basename(source.name)} (format version 2,",
        "docs/format-v2.md). Every sentence of the document is kept, in its place; the",
        "comments marked 'review' say what was guessed or could not be placed.",
    ]
    text = emit(data, review, leading)
    return Imported(data, text, review.sorted())
