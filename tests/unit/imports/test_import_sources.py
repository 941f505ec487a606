"""Reading the file: what can be read, and a clear refusal naming the file for what cannot."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from dakplan.i18n import set_language
from dakplan.imports import ImportFailure, import_document
from dakplan.imports.source import OLE_MAGIC, parse_text, read_document
from dakplan.io.encodings import encode_tcvn3, encode_vni

TEXT = "KẾ HOẠCH\nTuyên truyền năm 2024\n\nI. MỤC ĐÍCH\n\n- Nâng cao nhận thức.\n"


def _fails(path: Path) -> ImportFailure:
    with pytest.raises(ImportFailure) as caught:
        import_document(path)
    assert str(path) in str(caught.value)
    return caught.value


def test_a_word_97_file_is_refused_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.docx"
    path.write_bytes(OLE_MAGIC + b"\0" * 600)
    failure = _fails(path)
    assert failure.message.startswith("is a Word 97-2003 document (.doc)")
    assert "save it as .docx" in failure.message
    assert str(failure) == f"{path}: {failure.message}"


def test_an_encrypted_word_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.docx"
    path.write_bytes(OLE_MAGIC + b"\0" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    assert _fails(path).message.startswith("is a password-protected (encrypted) Word document")


def test_a_zip_that_is_not_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    assert _fails(path).message.startswith("is a zip archive without word/document.xml")


def test_a_file_named_docx_that_is_no_zip(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    assert _fails(path).message.startswith("is not a .docx file (not a zip archive")


def test_a_damaged_word_file(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    docx.Document().save(str(good))
    path = tmp_path / "kehoach.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            target.writestr(info, data)
    assert _fails(path).message.startswith("is a damaged .docx file (")


def test_a_scanned_pdfs_empty_text(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.txt"
    path.write_text("\n\n   \n\f\n 2 \n\n", encoding="utf-8")
    failure = _fails(path)
    assert failure.message.startswith("holds no text (a scanned PDF copies as empty text)")


def test_an_rtf_file_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.txt"
    path.write_bytes(b"{\\rtf1\\ansi\\deff0 K\\'ca HO\\'c1CH}")
    assert _fails(path).message == ("is a Rich Text (.rtf) file; open it in Word and save it "
                                    "as .docx")


def test_a_pdf_itself(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.pdf"
    path.write_bytes(b"%PDF-1.7\n...")
    assert _fails(path).message.startswith("is a PDF; copy its text")


@pytest.mark.parametrize(("encode", "name"), [(encode_tcvn3, "TCVN3 (ABC)"),
                                              (encode_vni, "VNI Windows")])
def test_a_legacy_encoded_text_names_its_encoding(tmp_path: Path, encode: object,
                                                  name: str) -> None:
    path = tmp_path / "kehoach.txt"
    assert callable(encode)
    path.write_bytes(encode("KẾ HOẠCH\nTuyên truyền về chuyển đổi số của tỉnh năm 2024\n"))
    failure = _fails(path)
    assert failure.line == 1
    assert f"looks like {name}" in failure.message
    assert "Unikey" in failure.message
    assert str(failure).startswith(f"{path}:1: the file is not UTF-8")


def test_a_text_that_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Ghi chú cuộc họp\n\nNội dung đã thống nhất.\n", encoding="utf-8")
    assert _fails(path).message == ("has no title line such as 'KẾ HOẠCH' in its first 60 "
                                    "lines; it does not read as a plan")


def test_a_missing_file(tmp_path: Path) -> None:
    assert _fails(tmp_path / "none.docx").message.startswith("cannot be read:")


def test_messages_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.doc"
    path.write_bytes(OLE_MAGIC + b"\0" * 600)
    set_language("vi")
    try:
        assert _fails(path).message.startswith("là văn bản Word 97-2003 (.doc)")
    finally:
        set_language("en")


def test_utf16_text_from_notepad_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    assert read_document(path).paras[0].text == "KẾ HOẠCH"


def test_markdown_marks_come_off_and_emphasis_is_kept() -> None:
    source = parse_text("x.md", "## **KẾ HOẠCH**\n***Nơi nhận:***\n**KT. CHỦ TỊCH  \n"
                        "PHÓ CHỦ TỊCH**\n::: cell\ntrước ngày **15/12/2020** để\n* mục\n")
    texts = [(p.text, p.bold, p.italic) for p in source.paras]
    assert texts == [("KẾ HOẠCH", True, False), ("Nơi nhận:", True, True),
                     ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                     ("", False, False), ("trước ngày 15/12/2020 để", False, False),
                     ("* mục", False, False), ("", False, False)]
    assert source.unit == "line"


def test_text_is_read_in_nfc(tmp_path: Path) -> None:
    import unicodedata

    path = tmp_path / "kehoach.txt"
    path.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    assert read_document(path).paras[0].text == "KẾ HOẠCH"


def test_tables_nested_past_reason_are_refused(tmp_path: Path) -> None:
    document = docx.Document()
    container = document.add_table(rows=1, cols=1).cell(0, 0)
    for _ in range(40):
        container = container.add_table(rows=1, cols=1).cell(0, 0)
    container.paragraphs[0].add_run("KẾ HOẠCH")
    path = tmp_path / "kehoach.docx"
    document.save(str(path))
    assert _fails(path).message == ("is a damaged .docx file (tables nested more than 32 "
                                    "deep); open it in Word, let Word repair it and save it "
                                    "again")
