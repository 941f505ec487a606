"""Every number and date a person types has a documented range: outside it, a usage error
(exit 2) naming the option and the range; at its ends, a result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, dump_plan, small_plan

PLAN = str(PLAN_2020)
DATE_RANGE = "is outside the years a plan can cover (1945-01-01 to 2200-12-31)"

OUT_OF_RANGE = [
    (["calendar", PLAN, "--alarm-days", "99999999999", "-o", "{out}"],
     "--alarm-days: 99999999999 is not a number of days from 0 to 366"),
    (["calendar", PLAN, "--alarm-days", "367", "-o", "{out}"],
     "--alarm-days: 367 is not a number of days from 0 to 366"),
    (["calendar", PLAN, "--alarm-days", "-1", "-o", "{out}"],
     "--alarm-days: -1 is not a number of days from 0 to 366"),
    (["remind", PLAN, "--as-of", "9999-12-31", "--within", "99999999"],
     f"--as-of: '9999-12-31' {DATE_RANGE}"),
    (["remind", PLAN, "--as-of", "2020-12-01", "--within", "99999999"],
     "--within: 99999999 is not a number of days from 0 to 3660"),
    (["remind", PLAN, "--as-of", "2020-12-01", "--within", "-1"],
     "--within: -1 is not a number of days from 0 to 3660"),
    (["remind", PLAN, "--as-of", "0001-01-01"], f"--as-of: '0001-01-01' {DATE_RANGE}"),
    (["remind", PLAN, "--as-of", "31/12/9999"], f"--as-of: '31/12/9999' {DATE_RANGE}"),
    (["tasks", PLAN, "--as-of", "9999-12-31", "--due-within", "5"],
     f"--as-of: '9999-12-31' {DATE_RANGE}"),
    (["tasks", PLAN, "--as-of", "1944-12-31"], f"--as-of: '1944-12-31' {DATE_RANGE}"),
    (["tasks", PLAN, "--as-of", "2201-01-01"], f"--as-of: '2201-01-01' {DATE_RANGE}"),
    (["tasks", PLAN, "--due-within", "99999999999999999999"],
     "--due-within: 99999999999999999999 is not a number of days from 0 to 3660"),
    (["tasks", PLAN, "--due-within", "3661"],
     "--due-within: 3661 is not a number of days from 0 to 3660"),
    (["tasks", PLAN, "--due-before", "9999-12-31"], f"--due-before: '9999-12-31' {DATE_RANGE}"),
    (["tasks", PLAN, "--due-after", "01/01/0001"], f"--due-after: '01/01/0001' {DATE_RANGE}"),
    (["render", "plan", PLAN, "--as-of", "9999-12-31"],
     f"--as-of: '9999-12-31' {DATE_RANGE}"),
    (["render", "report", PLAN, "--as-of", "0001-01-01", "-o", "{out}"],
     f"--as-of: '0001-01-01' {DATE_RANGE}"),
    (["new", "99999999999999999999", "--from", PLAN, "-o", "{out}"],
     "99999999999999999999 is not a year a plan can cover (1945 to 2200)"),
    (["new", "1", "--from", PLAN, "-o", "{out}"],
     "1 is not a year a plan can cover (1945 to 2200)"),
    (["new", "9999", "--from", PLAN, "-o", "{out}"],
     "9999 is not a year a plan can cover (1945 to 2200)"),
]


@pytest.mark.parametrize(("args", "message"), OUT_OF_RANGE,
                         ids=[" ".join(a[:1] + a[2:4]) for a, _ in OUT_OF_RANGE])
def test_out_of_range_is_a_usage_error(run: Any, tmp_path: Path, args: list[str],
                                       message: str) -> None:
    out = tmp_path / "out"  # no suffix: any format may go there
    result = run(*(a.format(out=out) for a in args))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"dakplan: {message}\n"
    assert not out.exists()


def test_a_bad_number_is_found_before_any_plan_is_read(run: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("dakplan: [\n", encoding="utf-8")
    for args in (["calendar", str(broken), "--alarm-days", "400", "-o", str(tmp_path / "x")],
                 ["remind", str(broken), "--as-of", "2020-01-01", "--within", "4000"],
                 ["tasks", str(broken), "--due-within", "4000"]):
        assert run(*args).exit_code == 2, args


def _edge_plan(tmp_path: Path, year: int) -> Path:
    data = small_plan()
    data["document"]["period"] = {"start": year, "end": year}
    data["document"]["date"] = f"{year}-01"
    for part in data["implementation"]:
        for task in part["tasks"]:
            if task["timing"]["type"] == "deadline":
                task["timing"]["date"] = f"{year}-12-31" if year > 2000 else f"{year}-01-01"
    data["reporting"][0]["timing"]["date"] = f"{year}-12-31" if year > 2000 else f"{year}-01-01"
    path = tmp_path / f"{year}.yaml"
    path.write_text(dump_plan(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("year", [1945, 2200])
def test_the_ends_of_every_range_work(run: Any, tmp_path: Path, year: int) -> None:
    plan = str(_edge_plan(tmp_path, year))
    last = "2200-12-31" if year == 2200 else "1945-01-01"
    for args in (
        ["calendar", plan, "--alarm-days", "366", "-o", str(tmp_path / "a.ics")],
        ["calendar", plan, "--alarm-days", "0", "-o", str(tmp_path / "b.ics")],
        ["remind", plan, "--as-of", last, "--within", "3660"],
        ["remind", plan, "--as-of", last, "--within", "0"],
        ["tasks", plan, "--as-of", last, "--due-within", "3660"],
        ["tasks", plan, "--due-before", "2200-12-31", "--due-after", "1945-01-01"],
        ["render", "report", plan, "--as-of", last, "-o", str(tmp_path / "r.docx")],
        ["new", "2200" if year == 1945 else "1945", "--from", plan, "-o",
         str(tmp_path / "new.yaml")],
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)
    assert b"TRIGGER:-P366D" in (tmp_path / "a.ics").read_bytes()


def test_a_month_date_at_the_end_of_the_calendar(run: Any, tmp_path: Path) -> None:
    # A plan dated 9999-12 (only the month known) once failed every command with a ValueError.
    data = small_plan()
    data["document"]["date"] = "9999-12"
    path = tmp_path / "plan.yaml"
    path.write_text(dump_plan(data), encoding="utf-8")
    assert run("validate", str(path)).exit_code == 0
    result = run("calendar", str(path), "-o", str(tmp_path / "x.ics"))
    assert result.exit_code == 0, result.output
    assert b"DTSTAMP:99991231T000000Z" in (tmp_path / "x.ics").read_bytes()
    data["document"]["date"] = "0000-01"
    path.write_text(dump_plan(data), encoding="utf-8")
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert "DK103 [error] expected a date (2020-12-15, unquoted), got '0000-01'" in result.stdout
