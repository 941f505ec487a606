"""``dakplan remind``: --as-of defaults to today in Vietnam, --agency keeps one agency's section
(a group: its members'), and -f json has the documented shape."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020
from dakplan.query import clock


def test_as_of_defaults_to_today_in_vietnam(monkeypatch: pytest.MonkeyPatch, run: Any) -> None:
    # 01:30 on 10 December 2020 in Vietnam, still the 9th in UTC.
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2020, 12, 9, 18, 30, tzinfo=dt.UTC))
    monkeypatch.delenv("DAKPLAN_TIMEZONE", raising=False)
    result = run("remind", str(PLAN_2020), "-f", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["as_of"], doc["within"]) == ("2020-12-10", 14)
    assert run("remind", str(PLAN_2020)).stdout.startswith(
        "# Reminders as of 10/12/2020: due within 14 days, or overdue\n")


def test_agency_and_json(run: Any) -> None:
    result = run("remind", str(PLAN_2020), "--as-of", "2020-12-01", "--within", "20",
                 "--agency", "Đài Tiếng nói Việt Nam", "-f", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [a["agency"] for a in doc["agencies"]] == ["VOV"]
    first = doc["agencies"][0]["reminders"][0]
    assert {k: first[k] for k in ("plan", "id", "due", "days", "overdue", "role", "via")} == {
        "plan": str(PLAN_2020), "id": "bctw-bao-cao-ket-qua", "due": "2020-12-15", "days": 14,
        "overdue": False, "role": "lead", "via": "BCTW"}
    assert first["text"].startswith("Đề nghị các cơ quan báo chí Trung ương")
    group = run("remind", str(PLAN_2020), "--as-of", "2020-12-01", "--agency", "BCTW")
    assert [line for line in group.stdout.splitlines() if line.startswith("## ")] == [
        "## TTXVN — Thông tấn xã Việt Nam", "## VOV — Đài Tiếng nói Việt Nam",
        "## VTV8 — Ban điều hành kênh Truyền hình Quốc gia VTV8"]


def test_unknown_agency_is_a_usage_error(run: Any, tmp_path: Path) -> None:
    result = run("remind", str(PLAN_2020), "--as-of", "2020-12-01", "--agency", "Sở Không Có")
    assert result.exit_code == 2
    assert result.stderr.startswith("dakplan: ") and "Traceback" not in result.output
