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
import zipfile
from collections.abc import Iterable
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from dakplan.render.blocks import Block, Div, Heading, Line, Para, Table, plain

FONT = "Times New Roman"
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH = Mm(210 - 30 - 15)
CELL_PADDING = Mm(4.5)
"""Word's default cell margins (1.9 mm on the left and on the right), and a little room."""
INDENT = Mm(12.7)
HEADER_COLUMNS = (Mm(62), Mm(103))
SIGNATURE_COLUMNS = (Mm(80), Mm(85))
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# name: (size, bold, italic, alignment, first-line indent, space after, outline level)
STYLES: dict[str, tuple[float, bool, bool, str, bool, float, int | None]] = {
    "DK Body": (14, False, False, "justify", True, 6, None),
    "DK Title": (14, True, False, "center", False, 0, 0),
    "DK Subject": (14, True, False, "center", False, 0, 0),
    "DK Heading 1": (14, True, False, "justify", True, 6, 1),
    "DK Heading 2": (14, True, False, "justify", True, 6, 2),
    "DK Heading 3": (14, True, True, "justify", True, 6, 3),
    "DK Header": (13, False, False, "center", False, 0, None),
    "DK Recipients Title": (12, False, False, "left", False, 0, None),
    "DK Recipient": (11, False, False, "left", False, 0, None),
    "DK Signer": (14, False, False, "center", False, 0, None),
    "DK Table": (12, False, False, "left", False, 0, None),
    "DK Rule": (1, False, False, "center", False, 0, None),
    "DK Page Number": (13, False, False, "center", False, 0, None),
}
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
HEADING_STYLE = {1: "DK Title", 2: "DK Subject", 3: "DK Heading 1", 4: "DK Heading 2"}


def write(blocks: list[Block], *, title: str, stamp: dt.datetime) -> bytes:
    """The ``.docx`` bytes of ``blocks``; ``stamp`` is written as created/modified date."""
    doc = Document()
    _setup(doc, title, stamp)
    out = _Body(doc)
    for block in blocks:
        _block(out, block)
    _drop_empty_first_paragraph(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _normalise_zip(buffer.getvalue())


# -- document setup ---------------------------------------------------------------------------

def _fonts(rpr: Any) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), FONT)


def _setup(doc: DocxDocument, title: str, stamp: dt.datetime) -> None:
    styles_root = doc.styles.element
    defaults = styles_root.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "vi-VN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    _fonts(normal.element.get_or_add_rPr())
    for name, (size, bold, italic, align, indent, after, outline) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.alignment = ALIGN[align]
        fmt.first_line_indent = INDENT if indent else None
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(after)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if outline is not None:
            fmt.keep_with_next = True
            lvl = OxmlElement("w:outlineLvl")
            lvl.set(qn("w:val"), str(outline))
            _insert(style.element.get_or_add_pPr(), lvl)
    rule = doc.styles["DK Rule"].paragraph_format
    rule.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    rule.line_spacing = Pt(1)
    doc.styles["DK Title"].paragraph_format.space_before = Pt(18)

    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = PAGE
    for side, size in MARGINS.items():
        setattr(section, f"{side}_margin", size)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.style = doc.styles["DK Page Number"]
    _page_field(number)

    props = doc.core_properties
    props.title = title
    props.subject = ""
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    props.language = "vi-VN"
    props.revision = 1
    props.created = stamp
    props.modified = stamp
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]


# Word refuses a file whose property elements are out of the schema's order; python-docx
# knows the order of the elements it manages, these are the ones we add ourselves.
_ORDER = {
    qn("w:pBdr"): ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                   "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                   "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                   "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    qn("w:outlineLvl"): ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
    qn("w:tblBorders"): ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                         "w:tblDescription", "w:tblPrChange"),
}


def _insert(parent: Any, child: Any) -> None:
    """Insert ``child`` into ``parent`` at its place in the schema's sequence."""
    parent.insert_element_before(child, *_ORDER[child.tag])


def _page_field(paragraph: Paragraph) -> None:
    """A ``PAGE`` field: Word and LibreOffice fill in the page number."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            value = OxmlElement("w:t")
            value.text = text
            run._r.append(value)


def _drop_empty_first_paragraph(doc: DocxDocument) -> None:
    body = doc.element.body
    first = body[0]
    if first.tag == qn("w:p") and not first.xpath(".//w:t"):
        body.remove(first)


def _normalise_zip(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


# -- blocks -----------------------------------------------------------------------------------
#
# python-docx's conveniences cost time in proportion to what is already written: adding to the
# body scans it for the final ``w:sectPr``, ``table.cell(r, c)`` and ``row.cells`` rebuild the
# table's whole grid, ``container.paragraphs`` lists every paragraph, and setting a style by
# name walks every style of the document. ``_Body`` adds elements where python-docx would put
# them, without the scans, so that the time per task does not grow with the plan.


class _Body:
    """The document body being written, and the lookups its writing repeats."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
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
    if block.name in ("header", "signature"):
        _layout(out, block)
        return None
    for child in block.children:
        last = _block(out, child)
        if block.name in ("center", "right") and isinstance(child, Para) and last is not None:
            last.alignment = ALIGN[block.name]
            last.paragraph_format.first_line_indent = 0
    return None


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
    # table steps down from 12 to 10 pt until its words fit; the width left over goes to the
    # columns with long cells.
    rows = [table_block.header, *table_block.rows]
    texts = [[plain(row[c]) for row in rows] for c in range(columns)]
    lengths = [max(min(max(map(len, column)), 60) / 2, 6) for column in texts]
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
        if sum(need) <= TEXT_WIDTH:
            break
    spare = max(0.0, TEXT_WIDTH - sum(need))
    _widths(table, cells, tuple(int(n + spare * w / sum(lengths))
                                for n, w in zip(need, lengths, strict=True)))
    for r, row in enumerate(rows):
        for c, line in enumerate(row):
            paragraph = Paragraph(cells[r][c]._tc.p_lst[0], cells[r][c])
            out.style(paragraph, "DK Table", "center" if r == 0 else table_block.align[c])
            _runs(paragraph, [line], size=size if size != 12 else None, bold=r == 0)
    return out.paragraph("DK Table")
