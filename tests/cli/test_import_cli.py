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


def test_a_zip_without_a_document(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = run("import", str(path))
    assert result.exit_code == 2
    assert "without word/document.xml" in result.stderr
