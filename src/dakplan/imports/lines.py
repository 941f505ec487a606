"""Paragraphs as read -> logical lines: text without its printed label, where it came from.

What a PDF's text layer does to a document is undone here, and only what is certain:

* the two columns of the header and of the closing come out on one line with a wide gap
  ("Số: 86/KH-UBND          Điện Biên, ngày ..."): the gap splits the line into a left and a
  right piece (a Word file gives the columns as table cells);
* a page number alone on a line is dropped;
* a paragraph wrapped over several lines is joined again (``unwrap``) when a line stops short
  of a sentence's end and runs to the width of the page; a blank line always ends a paragraph.

Each line keeps its printed label ("II.", "1.2.", "b)", "-") apart from its text, with the
label's style ("I.", "1.", "1.1.", "a)", ...), the styles of ``docs/format-v2.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dakplan.i18n.vn import fold
from dakplan.imports.paragraphs import Para, Source


@dataclass(frozen=True)
class Line:
    text: str
    """The text without its label, spaces collapsed."""
    line: int
    """Where it starts in the source (a line, or a Word paragraph)."""
    label: str | None = None
    style: str | None = None
    bold: bool = False
    italic: bool = False
    column: int | None = None
    """0 or 1 for the left or right column of a table or of a two-column text line."""
    gap_before: bool = True
    """A blank line, or the end of a Word paragraph, comes before this line."""
    heading: int | None = None
    cell: tuple[int, int, int] | None = None
    width: int = 0
    """Length of the line as printed in a text file (for unwrapping)."""

    @property
    def printed(self) -> str:
        return f"{self.label} {self.text}" if self.label else self.text

    @property
    def folded(self) -> str:
        return fold(self.text)


_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?P<l>\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)"), "1.1."),
    (re.compile(r"^(?P<l>[IVXL]{1,6}\.)\s+(?=\S)"), "I."),
    (re.compile(r"^(?P<l>\d{1,2}\.)\s+(?=\S)"), "1."),
    (re.compile(r"^(?P<l>\d{1,2}\))\s+(?=\S)"), "1)"),
    (re.compile(r"^(?P<l>[a-zđ]\))\s+(?=\S)"), "a)"),
    (re.compile(r"^(?P<l>[a-zđ]\.)\s+(?=\S)"), "a."),
    (re.compile(r"^(?P<l>[-–—•·*])\s+(?=\S)"), "-"),
    (re.compile(r"^(?P<l>\+)\s+(?=\S)"), "+"),
)

_GAP = re.compile(r"\t+|\s{3,}")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")
_RIGHT_ONLY = 24
"""A text line indented this far holds only the right column (a signer's name under it)."""


def style_of(label: str) -> str:
    """The numbering style of a printed label: "III." -> "I.", "2.1." -> "1.1.", "•" -> "-"."""
    for pattern, style in _LABELS:
        if pattern.match(label + " x"):
            return style
    return "-"


def split_label(text: str) -> tuple[str | None, str | None, str]:
    """(label, style, rest) of a line of text; no label: (None, None, text)."""
    for pattern, style in _LABELS:
        found = pattern.match(text)
        if found:
            label = found.group("l")
            if style == "-":
                label = "-"
            return label, style, text[found.end():]
    return None, None, text


def _collapse(text: str) -> str:
    return " ".join(text.split())


def logical_lines(source: Source) -> list[Line]:
    """Every non-empty line of ``source``, columns split, page numbers dropped."""
    text_file = source.unit == "line"
    out: list[Line] = []
    gap = True
    for para in source.paras:
        if not para.text.strip():
            gap = True
            continue
        if text_file and _PAGE_NUMBER.match(para.text):
            continue
        pieces = para.text.split("\n")
        for k, piece in enumerate(pieces):
            if not piece.strip():
                gap = True
                continue
            starts = text_file or k == 0
            for column, segment in _columns(piece, para, text_file):
                out.append(_line(segment, para, column, gap and starts,
                                 para.label if k == 0 and column in (None, 0) else None))
                gap = False
        gap = gap or not text_file
    return out


def _columns(piece: str, para: Para, text_file: bool) -> list[tuple[int | None, str]]:
    if para.cell is not None:
        return [(para.cell[2], piece)]
    stripped = piece.strip()
    parts = [p for p in _GAP.split(stripped) if p.strip()]
    if len(parts) >= 2 and split_label(parts[0] + " x")[2] != "x":
        return [(0, parts[0]), (1, " ".join(parts[1:]))]
    if text_file and len(piece) - len(piece.lstrip()) >= _RIGHT_ONLY:
        return [(1, stripped)]
    return [(None, piece)]


def _line(text: str, para: Para, column: int | None, gap: bool, auto: str | None) -> Line:
    text = _collapse(text)
    label: str | None
    style: str | None
    if auto:
        label, style = auto, style_of(auto)
    else:
        label, style, text = split_label(text)
    return Line(text, para.line, label, style, para.bold, para.italic, column, gap,
                para.heading, para.cell, len(text) + (len(label) + 1 if label else 0))


_ENDS = (".", ";", ":", "!", "?", "./.")


def unwrap(lines: list[Line]) -> list[Line]:
    """Lines of a text file joined back into paragraphs where the page wrapped them.

    A line is joined to the one before it when no blank line separates them, it has no
    label, and the line before stops short of a sentence's end while reaching most of the
    width of the page (a heading or a short last line does not).
    """
    widths = [ln.width for ln in lines if ln.column is None]
    width = max(widths, default=0)
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and not ln.gap_before and ln.label is None
                and ln.column == prev.column and not prev.text.endswith(_ENDS)
                and prev.width >= 0.6 * width and not _upper(prev.text)):
            out[-1] = replace(prev, text=f"{prev.text} {ln.text}", width=ln.width)
        else:
            out.append(ln)
    return out


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def merge_columns(lines: list[Line]) -> list[Line]:
    """Body lines out of their columns: the pieces of one text line split at a wide gap are
    put back together (in the body a gap is a justified line's spacing, not a column), and
    the cells of a table in the body read as paragraphs."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.column is not None and prev.line == ln.line \
                and ln.cell is None:
            out[-1] = replace(prev, text=f"{prev.text} {ln.text}", width=prev.width + ln.width)
        else:
            out.append(replace(ln, column=None))
    return out
