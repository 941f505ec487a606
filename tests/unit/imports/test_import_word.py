"""Word files: automatic numbering resolved into the printed labels, tables, emphasis."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from dakplan.imports.source import read_document
from docxkit import _Lists


def _numbered(document: docx.document.Document, text: str, num: int, ilvl: int) -> None:
    p = document.add_paragraph(text)
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", ilvl), ("w:numId", num)):
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(value))
        numpr.append(element)
    p._p.get_or_add_pPr().append(numpr)


def test_automatic_numbers_are_counted_as_word_counts_them(tmp_path: Path) -> None:
    document = docx.Document()
    _Lists(document, ["I.", "1.", "a)"])
    for text, num, ilvl in [("MỤC ĐÍCH", 100, 0), ("Mục đích", 100, 1), ("Yêu cầu", 100, 1),
                            ("TỔ CHỨC", 100, 0), ("Sở Nội vụ", 100, 1), ("Chủ trì.", 100, 2),
                            ("Tổng hợp.", 100, 2), ("Sở Y tế", 100, 1), ("Báo cáo.", 100, 2),
                            ("Gạch đầu dòng.", 101, 0), ("Ý phụ.", 101, 1)]:
        _numbered(document, text, num, ilvl)
    path = tmp_path / "x.docx"
    document.save(str(path))
    labels = [(p.label, p.text) for p in read_document(path).paras]
    assert labels == [("I.", "MỤC ĐÍCH"), ("1.", "Mục đích"), ("2.", "Yêu cầu"),
                      ("II.", "TỔ CHỨC"), ("1.", "Sở Nội vụ"), ("a)", "Chủ trì."),
                      ("b)", "Tổng hợp."), ("2.", "Sở Y tế"), ("a)", "Báo cáo."),
                      ("-", "Gạch đầu dòng."), ("+", "Ý phụ.")]


def test_a_level_printing_its_parents_number(tmp_path: Path) -> None:
    document = docx.Document()
    _Lists(document, ["1.", "1.1."])
    for text, ilvl in [("MỤC ĐÍCH", 0), ("Mục đích", 1), ("Yêu cầu", 1), ("NHIỆM VỤ", 0),
                       ("Phòng A chủ trì.", 1)]:
        _numbered(document, text, 100, ilvl)
    path = tmp_path / "x.docx"
    document.save(str(path))
    assert [p.label for p in read_document(path).paras] == ["1.", "1.1.", "1.2.", "2.", "2.1."]


def test_a_list_instance_restarting_its_count(tmp_path: Path) -> None:
    document = docx.Document()
    _Lists(document, ["1."])
    root = document.part.numbering_part.element
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "102")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "100")
    num.append(ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    root.append(num)
    for text, num_id in [("một", 100), ("hai", 100), ("lại một", 102), ("lại hai", 102),
                         ("ba", 100)]:
        _numbered(document, text, num_id, 0)
    path = tmp_path / "x.docx"
    document.save(str(path))
    # instances of one definition continue each other's count, unless one restarts it
    assert [p.label for p in read_document(path).paras] == ["1.", "2.", "1.", "2.", "3."]


def test_tables_bold_italic_and_paragraph_numbers(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("ỦY BAN NHÂN DÂN").bold = True
    table.cell(0, 1).paragraphs[0].add_run("Lâm Đồng, ngày 22 tháng 01 năm 2024").italic = True
    document.add_paragraph("")
    document.add_paragraph().add_run("KẾ HOẠCH").bold = True
    document.add_heading("Mục lớn", level=1)
    path = tmp_path / "x.docx"
    document.save(str(path))
    paras = read_document(path).paras
    assert [(p.text, p.line, p.cell, p.bold, p.italic) for p in paras[:2]] == [
        ("ỦY BAN NHÂN DÂN", 1, (1, 0, 0), True, False),
        ("Lâm Đồng, ngày 22 tháng 01 năm 2024", 2, (1, 0, 1), False, True)]
    assert (paras[3].text, paras[3].line, paras[3].bold) == ("KẾ HOẠCH", 4, True)
    assert (paras[4].text, paras[4].heading) == ("Mục lớn", 1)
