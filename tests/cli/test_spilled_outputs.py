"""``tasks``, ``agencies``, ``remind`` and ``calendar`` write their answers in bounded memory
(``io.spill``: rows sorted in runs written to a temporary file and merged, text held in a
spool): with runs of a few rows, what a person sees is byte for byte what it is with every
row in memory, errors included, and no temporary file is left behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

import dakplan.io.spill as spill
from conftest import small_plan

PLAN_2020 = Path(__file__).parents[2] / "plans" / "2020.yaml"

COMMANDS = [
    ["tasks", "--as-of", "2020-12-01"],
    ["tasks", "--as-of", "2020-12-01", "-f", "json"],
    ["tasks", "--as-of", "2020-12-01", "-f", "csv"],
    ["tasks", "--as-of", "2020-12-01", "-f", "markdown"],
    ["tasks", "--as-of", "2020-12-01", "--agency", "STTTT"],
    ["tasks", "--as-of", "2020-12-01", "--group-by", "agency"],
    ["tasks", "--as-of", "2020-12-01", "--group-by", "agency", "-f", "markdown"],
    ["tasks", "--as-of", "2020-12-01", "--status", "cancelled"],
    ["agencies"],
    ["agencies", "-f", "json"],
    ["agencies", "-f", "csv"],
    ["remind", "--as-of", "2020-12-01", "--within", "30"],
    ["remind", "--as-of", "2020-12-01", "--within", "30", "-f", "text"],
    ["remind", "--as-of", "2020-12-01", "--within", "30", "-f", "json"],
    ["remind", "--as-of", "2020-12-01", "--within", "30", "--agency", "STTTT", "-f", "json"],
    ["remind", "--as-of", "2030-12-01", "--within", "3", "-f", "json"],
    ["calendar", "-o", "-"],
    ["calendar", "--agency", "STTTT", "-o", "-"],
]


def _plans(write_plan: Any) -> list[str]:
    return [str(write_plan(small_plan(), "small.yaml")), str(PLAN_2020)]


def _seen(run: Any, args: list[str]) -> tuple[int, bytes, str]:
    result = run(*args)
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_small_runs_give_the_same_bytes(run: Any, write_plan: Any, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path, command: list[str]) -> None:
    plans = _plans(write_plan)
    whole = _seen(run, [*command, *plans])
    assert whole[0] == 0, whole[2]
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(spill, "BUDGET", 3)
    monkeypatch.setattr(spill, "CHUNK", 2)
    assert _seen(run, [*command, *plans]) == whole
    assert os.listdir(temp) == []


def test_the_same_event_twice_is_refused_as_before(run: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(PLAN_2020.read_bytes())
    monkeypatch.setattr(spill, "BUDGET", 3)
    result = run("calendar", str(PLAN_2020), str(copy), "-o", str(tmp_path / "x.ics"))
    assert result.exit_code == 2
    assert f"{PLAN_2020} and {copy} are the same plan" in result.stderr
    assert not (tmp_path / "x.ics").exists()
    assert sorted(os.listdir(tmp_path)) == ["copy.yaml"]


FULL_DISK = [
    ["tasks", "--as-of", "2020-12-01"],
    ["tasks", "--as-of", "2020-12-01", "-f", "json"],
    ["agencies"],
    ["remind", "--as-of", "2020-12-01", "--within", "30"],
    ["calendar", "-o", "-"],
]


@pytest.mark.parametrize("command", FULL_DISK, ids=" ".join)
def test_a_full_temporary_folder_is_said_in_one_line(run: Any, write_plan: Any,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      command: list[str]) -> None:
    # Every write to /dev/full fails with ENOSPC, as on a temporary folder with no room left.
    monkeypatch.setattr(spill, "BUDGET", 3)
    monkeypatch.setattr(spill, "_temporary",
                        lambda text=False: open("/dev/full", "w+" if text else "w+b"))
    result = run(*command, *_plans(write_plan))
    assert result.exit_code == 2
    assert result.stderr == (f"dakplan: cannot write a temporary file in {tempfile.gettempdir()}:"
                             " No space left on device (TMPDIR names another folder)\n")
    assert result.stdout_bytes == b""


def test_a_full_temporary_folder_leaves_no_calendar_file(run: Any, write_plan: Any,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    monkeypatch.setattr(spill, "_temporary",
                        lambda text=False: open("/dev/full", "w+" if text else "w+b"))
    target = tmp_path / "out" / "plans.ics"
    target.parent.mkdir()
    result = run("calendar", *_plans(write_plan), "-o", str(target))
    assert result.exit_code == 2
    assert "cannot write a temporary file" in result.stderr
    assert os.listdir(target.parent) == []
