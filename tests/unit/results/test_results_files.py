"""Results files: every example reports exactly the codes and lines its first line names, through
``dakplan results check`` and the library; the file written back reads the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES
from dakplan.results.load import load_results_file
from dakplan.results.store import changes, results_yaml
from dakplan.validate import load_plan_v2

PLAN = EXAMPLES / "results" / "2030.yaml"
RESULTS = sorted((EXAMPLES / "results" / "rounds").glob("*/*.yaml"))


def expectation(path: Path) -> tuple[list[tuple[str, int]], int]:
    """``# expect: DKnnn@LINE ... exit=N`` (the form of tests/examples, see test_examples)."""
    words = path.read_text(encoding="utf-8").splitlines()[0].split()[2:]
    items = [(code, int(line)) for code, line in (w.split("@") for w in words[:-1])]
    return items, int(words[-1].removeprefix("exit="))


@pytest.mark.parametrize("path", RESULTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_example(path: Path) -> None:
    expected, exit_code = expectation(path)
    report = load_results_file(path, load_plan_v2(PLAN, "results"))
    assert [(d.code, d.line) for d in report.diagnostics] == expected
    assert (report.errors > 0) == (exit_code == 1)


def test_check_command_lists_every_file(run) -> None:  # type: ignore[no-untyped-def]
    result = run("results", "check", "--plan", str(PLAN), "--results",
                 str(EXAMPLES / "results" / "rounds"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "5 results files checked, 9 errors"
    svh = str(EXAMPLES / "results" / "rounds" / "2030-12" / "SVH.yaml")
    assert f"{svh}:8:3: DK501 [error] the plan has no task 'khong-co'" in lines


def test_check_clean_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "2030-12").mkdir()
    shutil.copy(EXAMPLES / "results" / "rounds" / "2030-12" / "DAIA.yaml",
                tmp_path / "2030-12" / "DAIA.yaml")
    result = run("results", "check", "--plan", str(PLAN), "--results", str(tmp_path))
    assert (result.exit_code, result.stdout) == (0, "1 results file checked, 0 errors\n")


def test_written_file_reads_back_the_same(tmp_path: Path) -> None:
    plan = load_plan_v2(PLAN, "results")
    good = load_results_file(EXAMPLES / "results" / "rounds" / "2030-12" / "DAIA.yaml", plan)
    assert good.results is not None
    copy = tmp_path / "2030-12" / "DAIA.yaml"
    copy.parent.mkdir()
    copy.write_text(results_yaml(good.results), encoding="utf-8")
    again = load_results_file(copy, plan)
    assert again.diagnostics == [] and again.results == good.results
    assert "completed: 2030-12-10\n" in copy.read_text(encoding="utf-8")  # a date, unquoted
    assert changes(good.results, again.results) == []
