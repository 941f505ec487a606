"""Tables of text written four ways: rich (terminal), plain columns, Markdown, CSV.

The command outputs (tasks, agencies) build ``Table`` values of already-formatted cells; this
module only lays them out. Plain columns are for pipes and files: one line per row, every
column padded to its widest cell except the last, which runs to the end of the line (so a long
task text stays on one line and ``grep``/``cut`` work on it).
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from dakplan.outputs import escape

BOM = "\ufeff"


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    title: str | None = None
    empty: str | None = None
    """Said instead of the table when it has no rows."""
    note: str | None = None
    """A line between the title and the table (or ``empty``)."""
    flex: int | None = -1
    """The column that takes the room left on a terminal and wraps (None: let rich decide)."""


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal (combining marks take none, wide letters two)."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_plain(tables: Sequence[Table], stream: TextIO) -> None:
    blocks = []
    for table in tables:
        lines = [] if table.title is None else [_one_line(table.title)]
        if table.note is not None:
            lines.append(_one_line(table.note))
        if not table.rows and table.empty is not None:
            lines.append(table.empty)
        else:
            grid = [table.headers, *([_one_line(c) for c in row] for row in table.rows)]
            # The last column is not padded, so its (long) cells need no measuring.
            widths = [max(width(row[i]) for row in grid) for i in range(len(table.headers) - 1)]
            for row in grid:
                cells = [c + " " * (widths[i] - width(c)) for i, c in enumerate(row[:-1])]
                lines.append("  ".join([*cells, row[-1]]).rstrip())
        blocks.append("\n".join(lines) + "\n")
    stream.write("\n".join(blocks))


def write_rich(tables: Sequence[Table], stream: TextIO) -> None:
    """A rich table per ``Table``; its ``flex`` column takes the room left and wraps."""
    from rich import box
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(file=stream, highlight=False)
    for n, table in enumerate(tables):
        if n:
            console.print()
        title = table.title
        if table.note is not None or (not table.rows and table.empty is not None):
            if title is not None:
                console.print(title, style="bold", markup=False)
                title = None
            if table.note is not None:
                console.print(table.note, markup=False)
        if not table.rows and table.empty is not None:
            console.print(table.empty, markup=False)
            continue
        out = RichTable(title=None if title is None else escape.rich(title),
                        title_justify="left", title_style="bold",
                        box=box.SIMPLE_HEAD, show_edge=False, header_style="bold")
        flex = None if table.flex is None else table.flex % len(table.headers)
        for i, header in enumerate(table.headers):
            if i == flex:
                out.add_column(header, ratio=1, overflow="fold", min_width=20)
            else:
                out.add_column(header, no_wrap=False)
        for row in table.rows:
            out.add_row(*(escape.rich(c) for c in row))
        console.print(out)


def _md_cell(text: str) -> str:
    return escape.markdown(_one_line(text), block=False)


def write_markdown(tables: Sequence[Table], stream: TextIO) -> None:
    blocks = []
    for table in tables:
        lines = [] if table.title is None else [f"## {_md_cell(table.title)}", ""]
        if table.note is not None:
            lines += [escape.markdown(_one_line(table.note)), ""]
        if not table.rows and table.empty is not None:
            lines.append(escape.markdown(table.empty))
        else:
            lines.append("| " + " | ".join(_md_cell(h) for h in table.headers) + " |")
            lines.append("|" + "|".join("---" for _ in table.headers) + "|")
            lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.rows]
        blocks.append("\n".join(lines) + "\n")
    stream.write("\n".join(blocks))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel or LibreOffice read a cell as a formula (OWASP's list): a task text
``=HYPERLINK("http://...")`` would otherwise run when the file is opened."""


def as_text(cell: str) -> str:
    """``cell`` with a leading apostrophe when it would be read as a formula, so that a
    spreadsheet shows it as text. Every cell is text, so this includes a cell starting with a
    minus: dakplan's CSV holds no negative number (counts, codes and ISO dates are not)."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def write_csv(headers: Sequence[str], rows: Sequence[Sequence[str]], stream: TextIO) -> None:
    """UTF-8 with a byte-order mark (so Excel reads Vietnamese right), CRLF, RFC 4180 quoting,
    and no cell a spreadsheet would run as a formula."""
    stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([as_text(h) for h in headers])
    writer.writerows([as_text(c) for c in row] for row in rows)
