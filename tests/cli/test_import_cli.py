"""``dakplan import`` as a user runs it: the seed document and a clerk's Word file in, a
version-2 plan out, never over a file; unreadable documents refused with exit 2."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import PLAN_2020, ROOT
from dakplan.checks.v2.validate import validate_file
from dakplan.io.encodings import encode_tcvn3, encode_vni
from docxkit import write_docx

SEED = ROOT / "tests" / "data" / "source-2020.txt"
FAMILY = ROOT / "tests" / "family"


def _duties(data: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "duty" in value and isinstance(value["duty"], dict):
                found.append(value["duty"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data.get("body"))
    return found


def test_seed_imports_to_a_plan_that_validates(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "2020.yaml"
    result = run("import", str(SEED), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"wrote {out} from {SEED}: 17 duties" in result.stderr
    assert "3 place(s) to review:" in result.stderr
    report = validate_file(out)
    assert report.errors == 0, [e.diagnostic for e in report.entries]
    example = yaml.safe_load(PLAN_2020.read_text("utf-8"))
    imported = yaml.safe_load(out.read_text("utf-8"))
    # ids are made from the text and may differ; the rest is the plan's own
    assert [(d["text"], d.get("lead"), d.get("coordinators"), d.get("timing"))
            for d in _duties(imported)] == \
        [(d["text"], d.get("lead"), d.get("coordinators"), d.get("timing"))
         for d in _duties(example)]


def test_without_output_the_plan_is_printed(run: Any) -> None:
    result = run("import", str(SEED))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[4] == "dakplan: 2"


def test_never_overwrites(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    result = run("import", str(SEED), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.endswith(f"dakplan: {out} exists; dakplan import never overwrites a "
                                  "file (use -o for another path)\n")
    assert out.read_text("utf-8") == "keep me\n"


def test_a_clerks_word_file(run: Any, tmp_path: Path) -> None:
    printed = (FAMILY / "arabic-lettered" / "printed.txt").read_text("utf-8")
    docx = write_docx(printed, tmp_path / "kh.docx", numbering="auto")
    out = tmp_path / "kh.yaml"
    result = run("import", str(docx), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert validate_file(out).errors == 0


@pytest.mark.parametrize(("name", "content", "says"), [
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Word 97-2003 document"),
    ("broken.docx", b"PK\x03\x04 not really", "not a .docx file"),
    ("empty.txt", b"\n\n", "holds no text"),
])
def test_unreadable_documents_are_exit_2(run: Any, tmp_path: Path, name: str, content: bytes,
                                         says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("import", str(path), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}: ")
    assert says in result.stderr
    assert not (tmp_path / "out.yaml").exists()


def _damaged_docx(path: Path) -> None:
    """A real .docx whose document.xml is cut in the middle."""
    import docx

    good = path.with_name("good.docx")
    docx.Document().save(str(good))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, data[: len(data) // 2]
                            if info.filename == "word/document.xml" else data)


TEXT = "KẾ HOẠCH\nTuyên truyền về chuyển đổi số của tỉnh năm 2024\n"


@pytest.mark.parametrize(("name", "make", "says"), [
    ("locked.docx", lambda p: p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64
        + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64),
     "is a password-protected (encrypted) Word document"),
    ("damaged.docx", _damaged_docx, "is a damaged .docx file ("),
    ("kehoach.rtf", lambda p: p.write_bytes(b"{\\rtf1\\ansi KE HOACH}"), "is a Rich Text"),
    ("kehoach.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n..."), "is a PDF; copy its text"),
    ("scan.txt", lambda p: p.write_text("\n\f\n  2  \n\n", encoding="utf-8"),
     "holds no text (a scanned PDF copies as empty text)"),
    ("tcvn3.txt", lambda p: p.write_bytes(encode_tcvn3(TEXT)), ":1: the file is not UTF-8"),
    ("vni.txt", lambda p: p.write_bytes(encode_vni(TEXT)), ":1: the file is not UTF-8"),
])
def test_more_unreadable_documents_are_exit_2(run: Any, tmp_path: Path, name: str,
                                              make: Any, says: str) -> None:
    path = tmp_path / name
    make(path)
    out = tmp_path / "out.yaml"
    result = run("import", str(path), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}")
    assert says in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists()


def test_legacy_encodings_are_named(run: Any, tmp_path: Path) -> None:
    for encode, name in ((encode_tcvn3, "TCVN3 (ABC)"), (encode_vni, "VNI Windows")):
        path = tmp_path / "kehoach.txt"
        path.write_bytes(encode(TEXT))
        result = run("import", str(path))
        assert result.exit_code == 2
        assert f"looks like {name}" in result.stderr


def test_a_zip_without_a_document(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = run("import", str(path))
    assert result.exit_code == 2
    assert "without word/document.xml" in result.stderr
