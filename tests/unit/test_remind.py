"""Reminders: what is due soon or overdue, per agency, as text."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from conftest import EXAMPLES, PLAN_2020, dump_plan, small_plan
from dakplan.checks.v2.validate import validate_source
from dakplan.i18n import set_language
from dakplan.io.read import Source
from dakplan.model import Plan
from dakplan.outputs.remind import FORMATS
from dakplan.remind import Reminders, reminders
from dakplan.validate import load_plan_v2


def _plan(data: dict[str, Any]) -> Plan:
    plan = validate_source(Source("plan.yaml", dump_plan(data))).plan
    assert plan is not None
    return plan


def _summary(plans: list[tuple[str, Plan]], day: dt.date, within: int = 14) -> list[Any]:
    return [(s.agency, [(i.id, i.due.isoformat(), i.overdue, i.role, i.via, i.carried_from)
                        for i in s.items]) for s in reminders(plans, day, within)]


def test_group_duties_are_listed_under_each_member() -> None:
    plans = [("plans/2020.yaml", load_plan_v2(PLAN_2020, "remind"))]
    found = _summary(plans, dt.date(2020, 12, 1))
    review = ("stttt-danh-gia-nam", "2020-12-15", False)
    report = ("bctw-bao-cao-ket-qua", "2020-12-15", False)
    assert found == [
        ("STTTT", [(*report, "coordinate", None, None), (*review, "lead", None, None)]),
        ("TTXVN", [(*report, "lead", "BCTW", None), (*review, "coordinate", "BCTW", None)]),
        ("VOV", [(*report, "lead", "BCTW", None), (*review, "coordinate", "BCTW", None)]),
        ("VTV8", [(*report, "lead", "BCTW", None), (*review, "coordinate", "BCTW", None)]),
    ]
    assert _summary(plans, dt.date(2020, 11, 30)) == []  # 15 days ahead: outside the window
    assert _summary(plans, dt.date(2020, 11, 30), within=15) != []


def test_overdue_until_reported_done() -> None:
    data = small_plan()
    day = dt.date(2030, 7, 10)
    film = ("svh-phim", "2030-06-30", True)
    assert _summary([("p.yaml", _plan(data))], day, 7) == [
        ("BAOB", [(*film, "coordinate", "PRESS", None)]),
        ("DAIA", [(*film, "coordinate", "PRESS", None)]),
        ("SVH", [(*film, "lead", None, None)])]
    data["implementation"][0]["tasks"][0]["status"] = "done"
    assert _summary([("p.yaml", _plan(data))], day, 7) == []


def test_recurring_rounds_and_order() -> None:
    data = small_plan()
    found = _summary([("p.yaml", _plan(data))], dt.date(2030, 6, 25), 10)
    # The film is due in 5 days; the members of DEPTS start a new quarter in 6.
    film = ("svh-phim", "2030-06-30", False, "coordinate", "PRESS", None)
    assert found == [
        ("BAOB", [film]),
        ("DAIA", [film]),
        ("SVH", [("svh-phim", "2030-06-30", False, "lead", None, None),
                 ("depts-phoi-hop", "2030-07-01", False, "lead", "DEPTS", None)]),
        ("SYT", [("depts-phoi-hop", "2030-07-01", False, "lead", "DEPTS", None)]),
    ]


def test_duties_of_an_ended_agency_go_to_its_successor() -> None:
    plan = load_plan_v2(EXAMPLES / "invalid" / "dk307-agency-not-in-period.yaml", "remind")
    found = _summary([("p.yaml", plan)], dt.date(2026, 12, 10))
    assert found == [
        ("SKHCN", [("daumoi-bao-cao", "2026-06-30", True, "lead", "DAUMOI", "STTTT"),
                   ("stttt-danh-gia-nam", "2026-12-15", False, "lead", None, "STTTT")]),
        ("TTXVN", [("daumoi-bao-cao", "2026-06-30", True, "lead", "DAUMOI", None)]),
    ]


def _written(fmt: str, result: Reminders) -> str:
    stream = io.StringIO()
    FORMATS[fmt](result, stream)
    return stream.getvalue()


def test_markdown_and_text() -> None:
    plans = [("plans/2020.yaml", load_plan_v2(PLAN_2020, "remind"))]
    day = dt.date(2020, 12, 20)
    sections = [s for s in reminders(plans, day) if s.agency == "STTTT"]
    markdown = _written("markdown", Reminders(day, 14, sections))
    assert markdown.splitlines()[:6] == [
        "# Reminders as of 20/12/2020: due within 14 days, or overdue",
        "",
        "## STTTT — Sở Thông tin và Truyền thông",
        "",
        "**Overdue**",
        "",
    ]
    assert markdown.splitlines()[6].startswith(
        "- **15/12/2020 (5 days overdue), coordinating**: Đề nghị các cơ quan báo chí")
    assert markdown.splitlines()[7] == (
        "  _Plan /KH-UBND: Hợp tác truyền thông giữa UBND tỉnh Đắk Lắk với Thông tấn xã Việt "
        "Nam, Đài Tiếng nói Việt Nam và Ban điều hành kênh Truyền hình Quốc gia VTV8 năm 2020 "
        "(plans/2020.yaml, task bctw-bao-cao-ket-qua)_")
    set_language("vi")
    text = _written("text", Reminders(day, 14, sections))
    title = "Nhắc việc ngày 20/12/2020: đến hạn trong 14 ngày tới hoặc đã quá hạn"
    assert text.splitlines()[:7] == [title, "=" * len(title), "",
                                     "STTTT — Sở Thông tin và Truyền thông",
                                     "-" * len("STTTT — Sở Thông tin và Truyền thông"), "",
                                     "Quá hạn:"]
    assert text.splitlines()[8].startswith("- 15/12/2020 (quá hạn 5 ngày), phối hợp: Đề nghị")
    assert _written("text", Reminders(day, 14, [])).splitlines()[-1] == (
        "Không có nhiệm vụ nào đến hạn trong khoảng này và không có nhiệm vụ quá hạn.")
