"""A Word ``.docx`` -> paragraphs in body order, tables included, numbering resolved.

What a clerk's Word file holds that its text does not: the automatic numbers of headings and
lists (see ``numbering``), bold and italic, heading styles, and the two-column tables of the
header (issuing body | national motto; number | place and date) and of the closing
(recipients | signature). Table paragraphs come cell by cell, left to right, row by row, each
marked with its cell so the header and the closing can tell the columns apart.
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import Any

from docx.oxml.ns import qn

from dakplan.i18n.vn import nfc
from dakplan.imports.messages import say
from dakplan.imports.numbering import Numbering, num_pr, read_numbering
from dakplan.imports.paragraphs import ImportFailure, Para, Source

MAX_DOCX_BYTES = 50 * 1024 * 1024
"""A plan's .docx, with its pictures, is well under this; larger files are refused."""

MAX_XML_BYTES = 64 * 1024 * 1024
"""The unpacked document.xml may not exceed this (a zip bomb would)."""

MAX_NESTING = 32
"""Tables inside tables deeper than this are no plan's; the bound keeps the walk shallow."""


def read_docx(name: str) -> Source:
    data = _read_bytes(name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ImportFailure(name, say("import.not_zip", reason=exc)) from None
    with archive:
        try:
            info = archive.getinfo("word/document.xml")
        except KeyError:
            raise ImportFailure(name, say("import.no_document")) from None
        if info.file_size > MAX_XML_BYTES:
            raise ImportFailure(name, say("import.too_large", mb=MAX_XML_BYTES // 1024 // 1024))
        try:
            archive.testzip()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ImportFailure(name, say("import.broken", reason=exc)) from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many kinds for a damaged package
        raise ImportFailure(name, say("import.broken", reason=_reason(exc))) from None
    reader = _Reader(document, name)
    reader.walk(document.element.body)
    return Source(name, reader.paras, "paragraph")


def _read_bytes(name: str) -> bytes:
    try:
        if os.path.getsize(name) > MAX_DOCX_BYTES:
            raise ImportFailure(name, say("import.too_large", mb=MAX_DOCX_BYTES // 1024 // 1024))
        with open(name, "rb") as handle:
            return handle.read(MAX_DOCX_BYTES + 1)
    except OSError as exc:
        raise ImportFailure(name, say("import.unreadable", reason=exc.strerror or exc)) from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class _Reader:
    def __init__(self, document: Any, name: str) -> None:
        self.document = document
        self.name = name
        self.paras: list[Para] = []
        self.tables = 0
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError):
            part = None
        self.numbering: Numbering = read_numbering(part)
        self.styles: dict[str, Any] = {
            s.get(qn("w:styleId")): s for s in document.styles.element.findall(qn("w:style"))}

    def walk(self, parent: Any, cell: tuple[int, int, int] | None = None,
             depth: int = 0) -> None:
        if depth > MAX_NESTING:
            raise ImportFailure(self.name, say("import.broken", reason="tables nested more "
                                               f"than {MAX_NESTING} deep"))
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                self.paragraph(child, cell)
            elif child.tag == qn("w:tbl"):
                self.table(child, depth + 1)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.walk(content, cell, depth + 1)

    def table(self, tbl: Any, depth: int) -> None:
        self.tables += 1
        number = self.tables
        for r, row in enumerate(tbl.findall(qn("w:tr"))):
            for c, tc in enumerate(row.findall(qn("w:tc"))):
                self.walk(tc, (number, r, c), depth)

    def paragraph(self, p: Any, cell: tuple[int, int, int] | None) -> None:
        from docx.text.paragraph import Paragraph

        para = Paragraph(p, self.document)
        text = nfc(para.text)
        style_id = _val(p.find(qn("w:pPr")), "w:pStyle")
        label = None
        numbered = num_pr(p.find(qn("w:pPr"))) or self._style_numbering(style_id)
        if numbered is not None:  # Word counts an empty numbered paragraph too
            label = self.numbering.label(*numbered)
        runs = [r for r in para.runs if r.text.strip()]
        self.paras.append(Para(
            text, len(self.paras) + 1,
            bold=bool(runs) and all(self._run_flag(r, "b", style_id) for r in runs),
            italic=bool(runs) and all(self._run_flag(r, "i", style_id) for r in runs),
            label=label, cell=cell, heading=self._heading_level(style_id)))

    def _style_chain(self, style_id: str | None) -> list[Any]:
        chain: list[Any] = []
        while style_id and style_id in self.styles and len(chain) < 16:
            style = self.styles[style_id]
            chain.append(style)
            style_id = _val(style, "w:basedOn")
        return chain

    def _style_numbering(self, style_id: str | None) -> tuple[str, int] | None:
        for style in self._style_chain(style_id):
            found = num_pr(style.find(qn("w:pPr")))
            if found is not None:
                return found
        return None

    def _heading_level(self, style_id: str | None) -> int | None:
        for style in self._style_chain(style_id):
            name = (_val(style, "w:name") or "").lower()
            for prefix in ("heading ", "dk heading "):
                if name.startswith(prefix) and name[len(prefix):].isdigit():
                    return int(name[len(prefix):])
        return None

    def _run_flag(self, run: Any, tag: str, style_id: str | None) -> bool:
        own = run.bold if tag == "b" else run.italic
        if own is not None:
            return bool(own)
        for style in self._style_chain(style_id):
            rpr = style.find(qn("w:rPr"))
            flag = rpr.find(qn(f"w:{tag}")) if rpr is not None else None
            if flag is not None:
                return flag.get(qn("w:val"), "true") not in ("0", "false")
        return False


def _val(element: Any, tag: str) -> str | None:
    found = element.find(qn(tag)) if element is not None else None
    return found.get(qn("w:val")) if found is not None else None
