"""Blocks -> a Word document in the layout of Decree 30/2020/NĐ-CP, through python-docx.

The same blocks the HTML writer reads (``blocks.py``), so every template that writes the
Markdown conventions gets a Word file: ``header``/``signature`` divs become borderless
two-column tables, headings and paragraphs take the decree's styles (named ``DK ...`` so that a
clerk can restyle them in Word), pipe tables become bordered tables.

Output is byte-identical for the same blocks: the core properties carry the given timestamp
and every zip entry the same fixed date.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from dakplan.render.blocks import Block, Div, Heading, Image, Line, Para, Table, plain
from dakplan.render.docx_page import (
    ALIGN,
    _drop_empty_first_paragraph,
    _insert,
    _normalise_zip,
    _setup,
)

TEXT_WIDTH = Mm(210 - 30 - 15)
CELL_PADDING = Mm(4.5)
"""Word's default cell margins (1.9 mm on the left and on the right), and a little room."""
HEADER_COLUMNS = (Mm(62), Mm(103))
SIGNATURE_COLUMNS = (Mm(80), Mm(85))

HEADING_STYLE = {1: "DK Title", 2: "DK Subject", 3: "DK Heading 1", 4: "DK Heading 2"}


def write(blocks: list[Block], *, title: str, stamp: dt.datetime,
          images: Mapping[str, bytes] | None = None) -> bytes:
    """The ``.docx`` bytes of ``blocks``; ``stamp`` is written as created/modified date;
    ``images``: each chart's PNG by name."""
    doc = Document()
    _setup(doc, title, stamp)
    out = _Body(doc, images or {})
    for block in blocks:
        _block(out, block)
    _drop_empty_first_paragraph(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalise_zip(buffer.getvalue())


# -- document setup ---------------------------------------------------------------------------

class _Body:
    """The document body being written, and the lookups its writing repeats."""

    def __init__(self, doc: DocxDocument, images: Mapping[str, bytes]) -> None:
        self.doc = doc
        self.images = images
        self.proxy = doc._body
        self.element = doc.element.body
        self.width = doc._block_width
        self._end = self.element.sectPr  # found once: ``body.sectPr`` scans the body
        self._ids: dict[str, str | None] = {}

    def style(self, paragraph: Paragraph, name: str, align: str | None = None) -> None:
        """``paragraph.style = name`` (and ``paragraph.alignment = ALIGN[align]``) on a new
        paragraph: the style's id looked up once per document, the properties built in the
        schema's order rather than through python-docx's search of every possible successor."""
        if name not in self._ids:
            self._ids[name] = self.doc.part.get_style_id(  # type: ignore[no-untyped-call]
                name, WD_STYLE_TYPE.PARAGRAPH)
        p = paragraph._p
        if p.pPr is not None:
            p.style = self._ids[name]
            if align is not None:
                paragraph.alignment = ALIGN[align]
            return
        ppr = OxmlElement("w:pPr")
        if self._ids[name] is not None:
            ppr.append(_valued("w:pStyle", self._ids[name]))
        if align is not None:
            ppr.append(_valued("w:jc", ALIGN[align]))
        p.insert(0, ppr)

    def _append(self, element: Any) -> None:
        """Add ``element`` at the end of the body, before the final ``w:sectPr``."""
        if self._end is None:
            self.element.append(element)
        else:
            self._end.addprevious(element)

    def paragraph(self, style: str) -> Paragraph:
        """A new paragraph at the end of the body: ``doc.add_paragraph(style=style)``."""
        p = OxmlElement("w:p")
        self._append(p)
        paragraph = Paragraph(p, self.proxy)
        self.style(paragraph, style)
        return paragraph

    def cell_paragraph(self, cell: _Cell, style: str) -> Paragraph:
        """``cell.add_paragraph(style=style)``."""
        paragraph = Paragraph(cell._tc.add_p(), cell)
        self.style(paragraph, style)
        return paragraph

    def table(self, rows: int, cols: int) -> tuple[DocxTable, list[list[_Cell]]]:
        """``doc.add_table(rows, cols)``, and its cells row by row."""
        tbl = CT_Tbl.new_tbl(rows, cols, self.width)
        self._append(tbl)
        table = DocxTable(tbl, self.proxy)
        table.style = None
        cells = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in tbl.tr_lst]
        return table, cells


def _valued(tag: str, value: Any) -> Any:
    """``<tag w:val=value/>``, the value written by python-docx's own converter for ``tag``."""
    element = OxmlElement(tag)
    element.val = value
    return element


_BREAKS = frozenset("\t\r\n")


def _run(p: Any, text: str, *, bold: bool = False, italic: bool = False,
         size: float | None = None, properties: bool = False) -> Any:
    """Append to ``p`` the run ``paragraph.add_run(text)`` writes once ``bold``, ``italic``
    and ``font.size`` are set, its elements appended in the schema's order; ``properties``:
    an ``rPr`` even when it stays empty (a bullet's dash has one)."""
    r = OxmlElement("w:r")
    if bold or italic or size or properties:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        if size:
            rpr.append(_valued("w:sz", Pt(size)))
        r.append(rpr)
    if text:
        if _BREAKS.isdisjoint(text):
            r.add_t(text)
        else:
            r.text = text  # tabs and line breaks become their elements
    p.append(r)
    return r


def _runs(paragraph: Paragraph, lines: Iterable[Line], prefix: str = "",
          size: float | None = None, bold: bool = False) -> None:
    p = paragraph._p
    for n, line in enumerate(lines):
        if n:
            _run(p, "").add_br()
        if prefix and n == 0:
            _run(p, prefix, size=size, properties=True)
        for span in line:
            _run(p, span.text, bold=span.bold or bold, italic=span.italic, size=size)


def _rule(paragraph: Paragraph, width: float, text_width: float) -> Paragraph:
    """A centred horizontal rule ``width`` long, as a bottom border of the empty ``paragraph``
    (in style ``DK Rule``)."""
    side = max(0.0, (text_width - width) / 2)
    paragraph.paragraph_format.left_indent = int(side)
    paragraph.paragraph_format.right_indent = int(side)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    _insert(paragraph._p.get_or_add_pPr(), borders)
    return paragraph


def text_width(text: str, size: float, bold: bool = False) -> float:
    """An estimate of the printed width of ``text`` in EMU (Times New Roman)."""
    em = 0.0
    for ch in text:
        if ch == " ":
            em += 0.25
        elif ch.isupper():
            em += 0.72 if bold else 0.68
        elif ch in "-–.,:;/()":
            em += 0.33
        else:
            em += 0.47
    return em * size * 12700


def _block(out: _Body, block: Block) -> Paragraph | None:
    """Write ``block``; return the last paragraph it added to the body, if any."""
    if isinstance(block, Heading):
        style = HEADING_STYLE.get(block.level, "DK Heading 3")
        paragraph = out.paragraph(style)
        _runs(paragraph, [block.spans])
        if block.level == 2:
            width = min(text_width(plain(block.spans), 14, True), TEXT_WIDTH)
            paragraph = _rule(out.paragraph("DK Rule"), width / 3, TEXT_WIDTH)
            paragraph.paragraph_format.space_after = Pt(12)
        return paragraph
    if isinstance(block, Para):
        paragraph = out.paragraph("DK Body")
        _runs(paragraph, block.lines, prefix="- " if block.bullet else "")
        return paragraph
    if isinstance(block, Table):
        return _grid(out, block)
    if isinstance(block, Image):
        return _picture(out, block)
    if block.name in ("header", "signature"):
        _layout(out, block)
        return None
    for child in block.children:
        last = _block(out, child)
        if block.name in ("center", "right") and isinstance(child, Para) and last is not None:
            last.alignment = ALIGN[block.name]
            last.paragraph_format.first_line_indent = 0
    return None


CHART_WIDTH = Mm(160)
"""A chart across the text width (165 mm), a little in from its edges."""


def _picture(out: _Body, block: Image) -> Paragraph:
    """The chart's PNG, centred, kept with its caption below."""
    paragraph = out.paragraph("DK Table")
    paragraph.alignment = ALIGN["center"]
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.add_run().add_picture(io.BytesIO(out.images[block.name]), width=CHART_WIDTH)
    caption = out.paragraph("DK Table")
    caption.alignment = ALIGN["center"]
    caption.paragraph_format.space_after = Pt(12)
    _run(caption._p, block.title, italic=True)
    return caption


def _column_widths(need: list[float], lengths: list[float], weights: list[int] | None
                   ) -> tuple[int, ...]:
    """Each column at least ``need`` (its longest word); the rest of the text width shared by
    ``weights`` when the template gives them (each column then as near its share as the others'
    words allow), else by ``lengths``."""
    if weights is None:
        spare = max(0.0, TEXT_WIDTH - sum(need))
        return tuple(int(n + spare * w / sum(lengths)) for n, w in zip(need, lengths,
                                                                        strict=True))
    share = [TEXT_WIDTH * w / sum(weights) for w in weights]
    widths = [max(n, s) for n, s in zip(need, share, strict=True)]
    over = sum(widths) - TEXT_WIDTH
    room = sum(w - n for w, n in zip(widths, need, strict=True))
    if over > 0 and room > 0:
        cut = min(1.0, over / room)
        widths = [w - (w - n) * cut for w, n in zip(widths, need, strict=True)]
    return tuple(int(w) for w in widths)


def _header_row(table: DocxTable) -> None:
    """The first row repeats at the top of every page the table runs onto, and no row is
    broken across two pages (a name would start on one and end on the next)."""
    for n, tr in enumerate(table._tbl.tr_lst):
        properties = tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if n == 0:
            properties.append(OxmlElement("w:tblHeader"))


def _borderless(table: DocxTable, cells: list[list[_Cell]], widths: tuple[int, ...]) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    _insert(tbl_pr, borders)
    _widths(table, cells, widths)


def _widths(table: DocxTable, cells: list[list[_Cell]], widths: tuple[int, ...]) -> None:
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in cells:
        for cell, width in zip(row, widths, strict=False):
            cell.width = Emu(width)
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Emu(width)


def _layout(out: _Body, div: Div) -> None:
    children = [c for c in div.children if isinstance(c, Div)]
    rows = max(1, (len(children) + 1) // 2)
    table, cells = out.table(rows, 2)
    header = div.name == "header"
    widths = HEADER_COLUMNS if header else SIGNATURE_COLUMNS
    _borderless(table, cells, widths)
    for index, cell_div in enumerate(children):
        row, col = divmod(index, 2)
        cell = cells[row][col]
        first = cell.paragraphs[0]
        paras = [b for b in cell_div.children if isinstance(b, Para)]
        for k, para in enumerate(paras):
            if header:
                paragraph = out.cell_paragraph(cell, "DK Header")
                _header_runs(paragraph, para, left=col == 0)
                paragraph.paragraph_format.space_after = Pt(0 if row == 0 else 6)
            elif col == 0:
                style = "DK Recipient" if para.bullet else "DK Recipients Title"
                paragraph = out.cell_paragraph(cell, style)
                _runs(paragraph, para.lines, prefix="- " if para.bullet else "")
                if not para.bullet:
                    paragraph.paragraph_format.space_before = Pt(6)
            else:
                paragraph = out.cell_paragraph(cell, "DK Signer")
                _runs(paragraph, para.lines)
                if k == len(paras) - 1 and k > 0:
                    paragraph.paragraph_format.space_before = Pt(72)
        if header and row == 0 and paras:
            last_line = plain(paras[-1].lines[-1])
            size = 13 if col == 0 else 14
            width = min(text_width(last_line, size, True), widths[col])
            _rule(out.cell_paragraph(cell, "DK Rule"), width / 3 if col == 0 else width,
                  widths[col])
        if len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)


def _header_runs(paragraph: Paragraph, para: Para, left: bool) -> None:
    """The header's sizes: the left column and the capitals of the right column at 13 pt, the
    motto and the place and date at 14 pt."""
    for n, line in enumerate(para.lines):
        if n:
            paragraph.add_run().add_break()
        text = plain(line)
        capitals = text.upper() == text and any(c.isalpha() for c in text)
        _runs(paragraph, [line], size=13 if left or capitals else 14)


def _grid(out: _Body, table_block: Table) -> Paragraph:
    columns = len(table_block.header)
    table, cells = out.table(1 + len(table_block.rows), columns)
    table.style = None
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            element.set(qn(f"w:{key}"), value)
        borders.append(element)
    _insert(tbl_pr, borders)
    # Every column is at least as wide as its longest word (no word is broken in two); a wide
    # table steps down from 12 to 10 pt until its words fit, and a table the template gives
    # widths until each column gets nine tenths of its share; the width left over goes to the
    # columns by those widths, else to the columns with long cells.
    rows = [table_block.header, *table_block.rows]
    texts = [[plain(row[c]) for row in rows] for c in range(columns)]
    lengths = [max(min(max(map(len, column)), 60) / 2, 6) for column in texts]
    weights = table_block.widths
    size = 12
    for size in (12, 11, 10):
        need = [
            # text_width is an estimate, light for bold lower case ("phẩm" in the header row):
            # some room, so that a word is never split by a hair
            max(((1.3 if r == 0 else 1.1) * text_width(w, size, bold=(r == 0))
                 for r, text in enumerate(column) for w in text.split()), default=0.0)
            + CELL_PADDING
            for column in texts
        ]
        widths = _column_widths(need, lengths, weights)
        if sum(need) > TEXT_WIDTH:
            continue
        if weights is None or all(w >= 0.9 * TEXT_WIDTH * k / sum(weights)
                                  for w, k in zip(widths, weights, strict=True)
                                  if k == max(weights)):
            break
    _widths(table, cells, widths)
    if table_block.rows:
        _header_row(table)
    for r, row in enumerate(rows):
        for c, line in enumerate(row):
            paragraph = Paragraph(cells[r][c]._tc.p_lst[0], cells[r][c])
            out.style(paragraph, "DK Table", "center" if r == 0 else table_block.align[c])
            _runs(paragraph, [line], size=size if size != 12 else None, bold=r == 0)
    return out.paragraph("DK Table")
