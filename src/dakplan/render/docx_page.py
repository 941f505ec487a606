"""The Word document's frame in the layout of Decree 30/2020/NĐ-CP: page size and margins, the
``DK ...`` styles, the page number field, and the fixed dates that make the file's bytes the
same from run to run. ``docx.py`` writes the blocks into it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

INDENT = Mm(12.7)
FONT = "Times New Roman"
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
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


