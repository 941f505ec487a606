"""The corpus of broken and hostile files (tests/corpus/): each gives its code, line and exit
status through the real command line, and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _expectations() -> list[tuple[str, str, int, int, str]]:
    rows = []
    for line in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, at, status, *message = line.split(maxsplit=4)
        rows.append((name, code, int(at), int(status), message[0] if message else ""))
    return rows


EXPECTED = _expectations()


def test_every_corpus_file_has_one_expectation() -> None:
    names = [row[0] for row in EXPECTED]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(p.name for p in CORPUS.glob("*.yaml"))


@pytest.mark.parametrize(("name", "code", "line", "status", "message"), EXPECTED,
                         ids=[row[0] for row in EXPECTED])
def test_corpus_file(run, tmp_path, monkeypatch, name, code, line, status, message) -> None:
    monkeypatch.chdir(tmp_path)  # a tag that ran code would leave a file here
    path = CORPUS / name
    before = path.read_bytes()
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == status, result.output
    report = json.loads(result.stdout)
    found = [(d["code"], d["line"]) for d in report["diagnostics"]]
    assert (code, line) in found, found
    assert any(message in d["message"] for d in report["diagnostics"] if d["code"] == code)
    assert list(tmp_path.iterdir()) == []
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["billion-laughs.yaml", "tcvn3.yaml", "tag-python-name.yaml"])
def test_text_output_names_file_line_and_code(run, name) -> None:
    """What a person reads: ``file:line:col: CODE message``."""
    row = next(r for r in EXPECTED if r[0] == name)
    result = run("validate", str(CORPUS / name))
    assert result.exit_code == row[3]
    assert f"{name}:{row[2]}:" in result.stdout
    assert row[1] in result.stdout
    assert "Traceback" not in result.output
