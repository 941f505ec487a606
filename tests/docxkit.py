"""Word files of a plan made with python-docx the way a clerk makes them, for the importer.

From a document's text (one of tests/family/*/printed.txt or tests/family/import/*.txt) this
writes a .docx: the header as a borderless two-column table (issuing body and "Số:" on the
left, the motto and the date on the right), title and subject centred in bold, bases in
italics, headings in bold, and the closing as a table (recipients left, signature right). The
numbering is either typed in the text ("manual") or Word's automatic numbering ("auto"):
then the labels are taken out of the text and each paragraph points to a list level defined
in numbering.xml (upper-case Roman, decimal, "1.1.", lower-case letters, "-" bullets), so
that only Word's own counting can give the printed numbers back.

Nothing here uses the importer: the text is cut into paragraphs by its own simple rules
(blank lines; a PDF line wrapped mid-sentence joined again; the two columns of a PDF's header
split at their gap).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LABEL = re.compile(r"^(?P<label>(?:[IVX]+\.|\d+(?:\.\d+)+\.|\d+\.|[a-zđ]\)|[-+]))\s+(?P<text>.*)$")
FORMATS = {"I.": ("upperRoman", "%{n}."), "1.": ("decimal", "%{n}."),
           "a)": ("lowerLetter", "%{n})"), "1.1.": ("decimal", "%{p}.%{n}.")}


def style_of(label: str) -> str:
    if re.fullmatch(r"[IVX]+\.", label):
        return "I."
    if re.fullmatch(r"\d+(?:\.\d+)+\.", label):
        return "1.1."
    if re.fullmatch(r"\d+\.", label):
        return "1."
    if re.fullmatch(r"[a-zđ]\)", label):
        return "a)"
    return label


def _clean(line: str) -> str:
    line = re.sub(r"^#+\s*", "", line.strip())
    return line.replace("**", "").replace("***", "").strip("* ").rstrip("\\").strip()


def paragraphs(text: str) -> list[list[str]]:
    """The document's paragraphs, as lists of columns (one, or left and right)."""
    out: list[list[str]] = []
    blank = True
    for raw in text.splitlines():
        if not raw.strip():
            blank = True
            continue
        if re.fullmatch(r"\s*\d{1,3}\s*", raw):
            continue  # a page number
        columns = [_clean(c) for c in re.split(r"\s{4,}", raw.strip()) if c.strip()]
        if len(raw) - len(raw.lstrip()) > 20:
            columns = ["", *columns]
        prev = out[-1] if out else None
        if (prev is not None and not blank and len(columns) == 1 and len(prev) == 1
                and not LABEL.match(columns[0]) and len(prev[0]) > 60
                and not prev[0].endswith((".", ";", ":"))):
            prev[0] = f"{prev[0]} {columns[0]}"
        else:
            out.append(columns)
        blank = False
    return out


class _Lists:
    """Word lists of one document: an outline list for headings and points, a bullet list."""

    def __init__(self, document: Any, styles: list[str]) -> None:
        root = document.part.numbering_part.element
        self.styles = styles
        outline = self._abstract(100, [self._level(k, s) for k, s in enumerate(styles)])
        bullets = self._abstract(101, [("bullet", "-"), ("bullet", "+")])
        first_num = root.find(qn("w:num"))
        for abstract in (outline, bullets):
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                root.append(abstract)
        for num_id, abstract_id in ((100, 100), (101, 101)):
            num = OxmlElement("w:num")
            num.set(qn("w:numId"), str(num_id))
            ref = OxmlElement("w:abstractNumId")
            ref.set(qn("w:val"), str(abstract_id))
            num.append(ref)
            root.append(num)

    @staticmethod
    def _level(k: int, style: str) -> tuple[str, str]:
        fmt, pattern = FORMATS[style]
        return fmt, pattern.format(n=k + 1, p=k)

    @staticmethod
    def _abstract(number: int, levels: list[tuple[str, str]]) -> Any:
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(number))
        for k, (fmt, text) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(k))
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                element = OxmlElement(tag)
                element.set(qn("w:val"), value)
                lvl.append(element)
            abstract.append(lvl)
        return abstract

    def apply(self, paragraph: Any, label: str) -> None:
        style = style_of(label)
        if style in ("-", "+"):
            num_id, ilvl = 101, 0 if style == "-" else 1
        else:
            num_id, ilvl = 100, self.styles.index(style)
        ppr = paragraph._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", ilvl), ("w:numId", num_id)):
            element = OxmlElement(tag)
            element.set(qn("w:val"), str(value))
            numpr.append(element)
        ppr.append(numpr)


def write_docx(text: str, target: Path, numbering: str = "manual") -> Path:
    """Write ``text`` (a plan as read) to ``target`` as a clerk's Word file."""
    paras = paragraphs(text)
    title_at = next(k for k, p in enumerate(paras) if p[0].upper() == "KẾ HOẠCH")
    closing_at = next(k for k, p in enumerate(paras) if p[0].startswith("Nơi nhận"))
    document = docx.Document()
    _header(document, paras[:title_at])
    for columns in paras[title_at:title_at + 2]:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(columns[0]).bold = True
    body = [p[0] if len(p) == 1 else " ".join(c for c in p if c)
            for p in paras[title_at + 2:closing_at]]
    styles: list[str] = []
    for line in body:
        found = LABEL.match(line)
        if found and style_of(found["label"]) not in ("-", "+", *styles):
            styles.append(style_of(found["label"]))
    lists = _Lists(document, styles) if numbering == "auto" else None
    for line in body:
        found = LABEL.match(line)
        p = document.add_paragraph()
        if found and lists is not None:
            lists.apply(p, found["label"])
            run = p.add_run(found["text"])
        else:
            run = p.add_run(line)
        label = found["label"] if found else ""
        run.bold = bool(re.fullmatch(r"[IVX]+\.", label)) or (
            bool(found) and label not in ("-", "+") and not line.endswith((".", ";")))
        run.italic = line.startswith(("Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị"))
    _closing(document, paras[closing_at:])
    document.save(str(target))
    return target


def _header(document: Any, paras: list[list[str]]) -> None:
    left: list[str] = []
    right: list[str] = []
    for columns in paras:
        for text in columns:
            if not text:
                continue
            if text.startswith(("CỘNG HÒA", "Độc lập")) or re.search(r",\s*ngày\b", text):
                right.append(text)
            else:
                left.append(text)
    table = document.add_table(rows=2, cols=2)
    cells = [[[t for t in left if not t.startswith("Số")], [t for t in right if "ngày" not in t]],
             [[t for t in left if t.startswith("Số")], [t for t in right if "ngày" in t]]]
    for r in range(2):
        for c in range(2):
            cell = table.cell(r, c)
            for k, text in enumerate(cells[r][c]):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = p.add_run(text)
                run.bold = r == 0
                run.italic = r == 1 and c == 1


def _closing(document: Any, paras: list[list[str]]) -> None:
    left = [p[0] for p in paras if p[0]]
    right = [c for p in paras for c in (p[1:] if len(p) > 1 else [])]
    signature = [t for t in left if not t.startswith(("Nơi nhận", "-"))]
    left = [t for t in left if t not in signature]
    table = document.add_table(rows=1, cols=2)
    for c, texts in enumerate((left, right + signature)):
        cell = table.cell(0, c)
        for k, text in enumerate(texts):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            run = p.add_run(text)
            run.bold = c == 1 or text.startswith("Nơi nhận")
            run.italic = text.startswith("Nơi nhận")
