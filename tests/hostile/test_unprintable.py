"""A task text holding a control character, a noncharacter or a lone surrogate (valid YAML
escapes) is DK009 at its line and column; then no command renders, lists or writes the plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import dump_plan, small_plan

ESCAPES = {"\\x01": "U+0001", "a\\0b": "U+0000", "\\uffff": "U+FFFF", "\\ud800": "U+D800",
           "\\x1b[2J": "U+001B", "\\u0085": "U+0085", "\\ufdd0": "U+FDD0"}


def _plan(tmp_path: Path, escape: str) -> tuple[Path, int, int]:
    text = dump_plan(small_plan())
    old = "text: Làm phim quảng bá."
    assert text.count(old) == 1
    text = text.replace(old, f'text: "Làm phim {escape} quảng bá."')
    path = tmp_path / "plans" / "2030.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    line = next(i for i, s in enumerate(lines, 1) if "Làm phim" in s)
    return path, line, lines[line - 1].index("\\") + 1


@pytest.mark.parametrize("escape", ESCAPES, ids=list(ESCAPES.values()))
def test_validate_finds_it(run: Any, tmp_path: Path, escape: str) -> None:
    path, line, col = _plan(tmp_path, escape)
    result = run("validate", str(path))
    assert result.exit_code == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{path}:{line}:{col}: DK009 [error] {ESCAPES[escape]} (")
    assert first.endswith(") cannot be printed or saved in a Word file; delete it")


COMMANDS = [
    ["render", "plan", "-f", "docx", "-o", "{out}/plan.docx"],
    ["render", "plan", "-f", "html", "-o", "{out}/plan.html"],
    ["render", "plan", "-f", "md"],
    ["render", "report", "-f", "docx", "-o", "{out}/report.docx"],
    ["render", "agency", "--agency", "SVH", "-f", "html"],
    ["tasks", "-f", "csv", "{plan}"],
    ["tasks", "{plan}", "--as-of", "2030-01-01"],
    ["agencies", "{plan}"],
    ["calendar", "{plan}", "-o", "{out}/plan.ics"],
    ["remind", "{plan}", "--as-of", "2030-06-01"],
    ["new", "2031", "--from", "{plan}", "-o", "{out}/2031.yaml"],
    ["diff", "{plan}", "{plan}"],
]


@pytest.mark.parametrize("escape", ["\\x01", "a\\0b", "\\uffff", "\\ud800"])
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_no_command_meets_it(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             escape: str, command: list[str]) -> None:
    _, line, col = _plan(tmp_path, escape)
    path = "plans/2030.yaml"  # render's default: the one plan under ./plans
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(tmp_path)
    args = [a.format(out=out, plan=path) for a in command]
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert f"{path}:{line}:{col}: DK009 [error] {ESCAPES[escape]} (" in result.stderr
    assert result.stderr.endswith(f"dakplan: {path} is not a valid plan (1 error); see "
                                  f"`dakplan validate {path}`\n")
    assert list(out.iterdir()) == []


def test_what_was_typed_is_quoted_printably(run: Any) -> None:
    # An error message quoting an option must not clear the screen or ring the bell.
    from conftest import PLAN_2020

    result = run("tasks", str(PLAN_2020), "--agency", "\x1b[2Jx\x07")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: unknown agency or group '\\x1B[2Jx\\x07'; `dakplan "
                             "agencies` lists the names it knows\n")
