"""The Markdown the templates write, read back as blocks for the HTML and Word writers.

Templates write ordinary Markdown with a few conventions, so that one template serves every
format:

- ``#`` to ``#####`` headings: document title, subject line, section, sub-section, sub-sub;
- paragraphs (lines joined; two trailing spaces or ``\\`` make a line break);
- ``- `` bullets, kept as the decree's dash paragraphs (not a bulleted list);
- pipe tables (``| a | b |`` with a ``|---|---|`` row under the first); as in pandoc, when
  the dashes of that row differ in number from column to column (and some column has more than
  three) they give the columns' relative widths (``|--|:----------|---|``), else the writer
  sizes the columns from their text;
- ``![title](chart:NAME)`` alone on a line: one of the report's charts (``render.charts``),
  drawn as inline SVG in HTML, a PNG picture in Word, an SVG data URI in Markdown;
- ``**bold**``, ``*italic*``, ``***both***`` and backslash escapes;
- fenced divs ``::: name`` ... ``:::`` (pandoc's syntax) naming a layout: ``header`` and
  ``signature`` hold ``cell`` divs laid out two to a row in a borderless table; ``center`` and
  ``right`` align their paragraphs.

Anything else is paragraph text. The parser never fails: bad nesting is closed or ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Align = str  # "left" | "center" | "right"


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


Line = tuple[Span, ...]


@dataclass
class Heading:
    level: int
    spans: Line


@dataclass
class Para:
    lines: list[Line]
    bullet: bool = False


@dataclass
class Table:
    header: list[Line]
    align: list[Align]
    rows: list[list[Line]]
    widths: list[int] | None = None
    """Relative column widths, from the dashes of the delimiter row; None: from the text."""


@dataclass
class Image:
    """A chart by name (``chart:NAME``), with its title."""

    name: str
    title: str


@dataclass
class Div:
    name: str
    children: list[Block] = field(default_factory=list)


Block = Heading | Para | Table | Image | Div

_FENCE_OPEN = re.compile(r"^:{3,}\s*\{?\.?([A-Za-z][\w-]*)\}?\s*$")
_FENCE_CLOSE = re.compile(r"^:{3,}\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^[-+] (.*)$")
_DELIMITER = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"^!\[([^\]]*)\]\(chart:([a-z][a-z0-9_-]*)\)$")
CHART_REF = re.compile(r"^(!\[[^\]\n]*\]\()chart:([a-z][a-z0-9_-]*)\)$", re.MULTILINE)
"""A chart's line in the Markdown a template writes: its title and its name."""
_ESCAPABLE = set("\\`*_{}[]()#+-.!|:<>\"'~=&")


def parse(text: str) -> list[Block]:
    """The blocks of a Markdown text written by a template."""
    root = Div("document")
    stack = [root]
    para: Para | None = None
    broken = False  # the paragraph's last line ended with a hard break
    lines = text.splitlines()
    i = 0

    def flush() -> None:
        nonlocal para
        if para is not None:
            para.lines = [_merge(line) for line in para.lines]
            stack[-1].children.append(para)
        para = None

    while i < len(lines):
        raw = lines[i].rstrip("\n")
        stripped = raw.strip()
        i += 1
        if not stripped:
            flush()
            continue
        if (m := _FENCE_OPEN.match(stripped)) is not None:
            flush()
            div = Div(m.group(1).lower())
            stack[-1].children.append(div)
            stack.append(div)
            continue
        if _FENCE_CLOSE.match(stripped):
            flush()
            if len(stack) > 1:
                stack.pop()
            continue
        if (m := _HEADING.match(stripped)) is not None:
            flush()
            stack[-1].children.append(Heading(len(m.group(1)), inline(m.group(2))))
            continue
        if stripped.startswith("|") and i < len(lines) and _DELIMITER.match(lines[i].strip()):
            flush()
            header = _cells(stripped)
            width = len(header)
            delimiter = _split_row(lines[i].strip())
            align = [_align(c) for c in delimiter]
            align = (align + ["left"] * width)[:width]
            dashes = [c.count("-") for c in delimiter][:width]
            widths = (dashes if len(dashes) == width and len(set(dashes)) > 1
                      and max(dashes) > 3 else None)
            i += 1
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = _cells(lines[i].strip())
                rows.append((row + [()] * width)[:width])
                i += 1
            stack[-1].children.append(Table(header, align, rows, widths))
            continue
        if (m := _IMAGE.match(stripped)) is not None:
            flush()
            stack[-1].children.append(Image(m.group(2), "".join(
                span.text for span in inline(m.group(1)))))
            continue
        backslash = stripped.endswith("\\") and (len(stripped) - len(stripped.rstrip("\\"))) % 2
        hard_break = raw.endswith("  ") or bool(backslash)
        content = stripped[:-1].rstrip() if backslash else stripped
        if (m := _BULLET.match(content)) is not None:
            flush()
            para = Para([], bullet=True)
            content = m.group(1)
            broken = True
        elif para is None:
            para = Para([])
            broken = True
        spans = inline(content)
        if broken:
            para.lines.append(spans)
        else:
            para.lines[-1] = (*para.lines[-1], Span(" "), *spans)
        broken = hard_break
    flush()
    return root.children


def _merge(line: Line) -> Line:
    out: list[Span] = []
    for span in line:
        if out and (out[-1].bold, out[-1].italic) == (span.bold, span.italic):
            out[-1] = Span(out[-1].text + span.text, span.bold, span.italic)
        elif span.text:
            out.append(span)
    return tuple(out)


def _split_row(row: str) -> list[str]:
    cells: list[str] = []
    current = []
    escaped = False
    for ch in row.strip().removeprefix("|"):
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    tail = "".join(current).strip()
    if tail:
        cells.append(tail)
    return cells


def _cells(row: str) -> list[Line]:
    return [inline(cell) for cell in _split_row(row)]


def _align(cell: str) -> Align:
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    return "right" if cell.endswith(":") else "left"


def inline(text: str) -> Line:
    """Spans of one line: ``*`` runs toggle italic (1), bold (2) or both (3)."""
    if "*" not in text and "\\" not in text:  # most lines: one plain span
        return (Span(text, False, False),) if text else ()
    spans: list[Span] = []
    bold = italic = False
    buf: list[str] = []
    i = 0

    def emit() -> None:
        if buf:
            spans.append(Span("".join(buf), bold, italic))
            buf.clear()

    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            buf.append(text[i + 1])
            i += 2
            continue
        if ch == "*":
            run = len(text) - i - len(text[i:].lstrip("*"))
            emit()
            if run >= 3:
                bold, italic = not bold, not italic
            elif run == 2:
                bold = not bold
            else:
                italic = not italic
            i += run
            continue
        buf.append(ch)
        i += 1
    emit()
    return _merge(tuple(spans))


def plain(line: Line) -> str:
    return "".join(span.text for span in line)
