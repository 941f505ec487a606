"""What both readers make of a document: its paragraphs, and the failure to read it.

Kept apart from the readers (``source`` for text, ``wordfile`` for .docx) so that each can use
them without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class ImportFailure(Exception):
    """A file the importer cannot read, with what to do about it."""

    def __init__(self, file: str, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Para:
    """One paragraph (a text line, or a Word paragraph) as read."""

    text: str
    line: int
    """1-based: the line of a text file, the paragraph's number in a Word file."""
    bold: bool = False
    italic: bool = False
    label: str | None = None
    """The number Word prints before the paragraph from its automatic numbering ("II.")."""
    cell: tuple[int, int, int] | None = None
    """(table, row, column) for a paragraph inside a table."""
    heading: int | None = None
    """The level of a Word heading style (1 for "Heading 1"), or of a Markdown heading (the
    number of its "#")."""


@dataclass
class Source:
    """A document read: its name as given, its paragraphs, and what a position is called."""

    name: str
    paras: list[Para] = field(default_factory=list)
    unit: str = "line"
    """"line" for a text file, "paragraph" for a Word file."""
