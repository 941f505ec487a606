"""The iCalendar file: parsed back with the icalendar library, as a calendar program would."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import pytest
from dateutil.rrule import rrulestr

from conftest import PLAN_2020, dump_plan, small_plan
from dakplan.calendar import build_calendar, task_uid
from dakplan.checks.v2.validate import validate_source
from dakplan.errors import UsageError
from dakplan.io.read import Source
from dakplan.model import Frequency, Period, Plan
from dakplan.remind import occurrences
from dakplan.validate import load_plan_v2


def _plan(data: dict[str, Any]) -> Plan:
    plan = validate_source(Source("plan.yaml", dump_plan(data))).plan
    assert plan is not None
    return plan


def _events(data: bytes) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def _by_task(data: bytes) -> dict[str, Any]:
    return {str(e["DESCRIPTION"]).rsplit("Nhiệm vụ: ", 1)[1]: e for e in _events(data).values()}


def test_stttt_calendar_from_the_2020_plan() -> None:
    plans = [("plans/2020.yaml", load_plan_v2(PLAN_2020, "calendar"))]
    result = build_calendar(plans, agency="STTTT")
    events = _by_task(result.data)
    # Its dated duty, the group's report it coordinates, and its recurring press briefing.
    assert sorted(events) == ["bctw-bao-cao-ket-qua", "stttt-danh-gia-nam",
                              "stttt-hop-bao-dinh-ky"]
    assert (result.events, result.recurring, result.undated) == (3, 0, 1)
    assert result.standing == 11  # 7 of its own, 1 funding, 1 coordinated, 2 of all depts
    review = events["stttt-danh-gia-nam"]
    assert review.decoded("DTSTART") == dt.date(2020, 12, 15)
    assert review.decoded("DTEND") == dt.date(2020, 12, 16)
    assert str(review["SUMMARY"]).startswith("STTTT: Trước ngày 15/12/2020, Sở Thông tin")
    description = str(review["DESCRIPTION"])
    assert description.startswith("Trước ngày 15/12/2020, Sở Thông tin và Truyền thông chủ trì")
    assert "Chủ trì: STTTT (Sở Thông tin và Truyền thông)" in description
    assert "Phối hợp: BCTW (Các cơ quan báo chí Trung ương)" in description
    assert "Kế hoạch số /KH-UBND ngày  tháng 3 năm 2020" in description
    assert "Tệp: plans/2020.yaml" in description
    alarm = review.subcomponents[0]
    assert alarm.name == "VALARM" and str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=14)
    briefing = events["stttt-hop-bao-dinh-ky"]
    assert str(briefing["SUMMARY"]).startswith("[định kỳ] STTTT: Tham mưu UBND tỉnh")
    assert briefing.decoded("DTSTART") == dt.date(2020, 1, 1)
    assert "RRULE" not in briefing and briefing.subcomponents == []
    assert "Kế hoạch không nêu tần suất" in str(briefing["DESCRIPTION"])


def test_whole_2020_plan_has_every_dated_and_recurring_duty() -> None:
    plan = load_plan_v2(PLAN_2020, "calendar")
    result = build_calendar([("plans/2020.yaml", plan)])
    duties = [duty for _, duty, _ in plan.located_duties()]
    expected = [t.id for t in duties if t.timing.type != "throughout"]
    assert sorted(_by_task(result.data)) == sorted(expected)
    assert result.standing == sum(t.timing.type == "throughout" for t in duties)


def test_rfc_5545_shape() -> None:
    data = build_calendar([("plans/2020.yaml", load_plan_v2(PLAN_2020, "calendar"))]).data
    calendar = icalendar.Calendar.from_ical(data)
    assert all(component.errors == [] for component in calendar.walk())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//dakplan//dakplan//VI"
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)  # CRLF only
    assert max(len(line) for line in lines) <= 75  # folded at 75 octets
    data.decode("utf-8")  # folding never splits a Vietnamese letter
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event
        assert event.decoded("DTSTAMP") == dt.datetime(2020, 3, 31, tzinfo=dt.UTC)


def test_byte_identical_across_runs_and_file_order() -> None:
    plan = load_plan_v2(PLAN_2020, "calendar")
    first = build_calendar([("plans/2020.yaml", plan)]).data
    assert build_calendar([("plans/2020.yaml", load_plan_v2(PLAN_2020, "calendar"))]).data == first
    other = _plan(small_plan())
    both = build_calendar([("a.yaml", other), ("plans/2020.yaml", plan)]).data
    swapped = build_calendar([("plans/2020.yaml", plan), ("z.yaml", other)]).data
    assert set(_events(both)) == set(_events(swapped))


def test_uids_stay_when_another_task_is_edited() -> None:
    data = small_plan()
    before = _by_task(build_calendar([("plan.yaml", _plan(data))]).data)
    data["implementation"][0]["tasks"][0]["timing"]["date"] = "2030-07-31"
    data["implementation"][0]["tasks"][0]["text"] = "Làm phim quảng bá, bản mới."
    data["implementation"][0]["tasks"].insert(0, {
        "id": "svh-moi", "lead": "SVH", "text": "Việc mới.",
        "timing": {"type": "deadline", "date": "2030-02-01"}})
    data["document"]["number"] = 8  # registered: the UID does not depend on the number
    after = _by_task(build_calendar([("renamed.yaml", _plan(data))]).data)
    for task_id in ("press-bao-cao", "depts-phoi-hop"):
        assert after[task_id]["UID"] == before[task_id]["UID"]
        old, new = dict(before[task_id]), dict(after[task_id])
        assert str(new.pop("DESCRIPTION")) == str(old.pop("DESCRIPTION")).replace(
            "plan.yaml", "renamed.yaml").replace("số /KH", "số 08/KH")
        assert {k: v.to_ical() for k, v in new.items()} == {
            k: v.to_ical() for k, v in old.items()}
    assert after["svh-phim"]["UID"] == before["svh-phim"]["UID"]
    assert after["svh-phim"].decoded("DTSTART") == dt.date(2030, 7, 31)
    assert "svh-moi" in after


def test_uid_depends_on_plan_identity() -> None:
    plan = _plan(small_plan())
    data = small_plan()
    data["document"]["period"] = {"start": 2031, "end": 2031}
    data["document"]["date"] = "2031-01"
    for task in data["implementation"][0]["tasks"]:
        if task["timing"]["type"] == "deadline":
            task["timing"]["date"] = task["timing"]["date"].replace("2030", "2031")
    data["reporting"][0]["timing"]["date"] = "2031-12-15"
    assert task_uid(plan, "svh-phim") != task_uid(_plan(data), "svh-phim")
    assert task_uid(plan, "svh-phim") == task_uid(_plan(small_plan()), "svh-phim")


def test_same_plan_twice_is_a_usage_error() -> None:
    plan = _plan(small_plan())
    with pytest.raises(UsageError, match="are the same plan"):
        build_calendar([("a.yaml", plan), ("b.yaml", plan)])


def test_recurring_with_a_frequency_repeats_within_the_period() -> None:
    result = build_calendar([("plan.yaml", _plan(small_plan()))], alarm_days=3)
    quarterly = _by_task(result.data)["depts-phoi-hop"]
    assert quarterly.to_ical().count(b"RRULE:FREQ=MONTHLY;UNTIL=20301231;INTERVAL=3") == 1
    assert str(quarterly["SUMMARY"]).startswith("[định kỳ, hằng quý] DEPTS: Phối hợp.")
    rule = rrulestr(quarterly["RRULE"].to_ical().decode(),
                    dtstart=dt.datetime(2030, 1, 1))
    assert [d.date() for d in rule] == [dt.date(2030, m, 1) for m in (1, 4, 7, 10)]
    assert quarterly.subcomponents[0].decoded("TRIGGER") == -dt.timedelta(days=3)
    assert result.recurring == 1 and result.standing == 1


@pytest.mark.parametrize("frequency", list(Frequency))
def test_rrule_and_remind_agree_on_the_days(frequency: Frequency) -> None:
    data = small_plan()
    data["document"]["period"] = {"start": 2030, "end": 2031}
    data["implementation"][1]["tasks"][0]["timing"]["frequency"] = str(frequency)
    event = _by_task(build_calendar([("plan.yaml", _plan(data))]).data)["depts-phoi-hop"]
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=dt.datetime(2030, 1, 1))
    period = Period(start=2030, end=2031)
    assert [d.date() for d in rule] == list(occurrences(frequency, period))


def test_done_and_cancelled_tasks_have_no_alarm() -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["status"] = "done"
    data["reporting"][0]["status"] = "cancelled"
    events = _by_task(build_calendar([("plan.yaml", _plan(data))]).data)
    assert events["svh-phim"].subcomponents == []
    assert events["press-bao-cao"].subcomponents == []
    assert str(events["press-bao-cao"]["STATUS"]) == "CANCELLED"


def test_agency_by_name_through_a_group() -> None:
    plan = _plan(small_plan())
    events = _by_task(build_calendar([("plan.yaml", plan)], agency="so y te").data)
    assert sorted(events) == ["depts-phoi-hop"]  # SYT is a department: a member of DEPTS
    with pytest.raises(UsageError, match="unknown agency or group 'NOBODY'"):
        build_calendar([("plan.yaml", plan)], agency="NOBODY")


def test_a_groups_calendar_holds_the_duties_of_larger_groups_that_take_it_in() -> None:
    # One way to list duties (query.duties_of) for `tasks` and `calendar`: a group asked for by
    # name gets what is given to it and to every group it is part of, as an agency does.
    data = small_plan()
    data["groups"].append({"code": "ALL", "name": "Tất cả các cơ quan",
                           "members": ["DEPTS", "PRESS"]})
    data["reporting"].append({"id": "all-tong-ket", "lead": "ALL", "text": "Tổng kết.",
                              "timing": {"type": "deadline", "date": "2030-12-01"}})
    plan = _plan(data)
    events = _by_task(build_calendar([("plan.yaml", plan)], agency="DEPTS").data)
    assert sorted(events) == ["all-tong-ket", "depts-phoi-hop"]
    events = _by_task(build_calendar([("plan.yaml", plan)], agency="SYT").data)
    assert sorted(events) == ["all-tong-ket", "depts-phoi-hop"]


def test_an_independent_parser_reads_the_calendar(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # vobject is not the library that wrote the file: what it reads, with its own validation,
    # a calendar program reads too.
    import vobject
    from typer.testing import CliRunner

    from dakplan.cli import app

    out = tmp_path / "stttt.ics"
    result = CliRunner().invoke(app, ["calendar", "--agency", "STTTT", str(PLAN_2020),
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    calendar = vobject.readOne(out.read_text(encoding="utf-8"), validate=True)
    events = sorted(calendar.vevent_list, key=lambda e: (e.dtstart.value, e.summary.value))
    assert [(e.dtstart.value, e.summary.value[:18]) for e in events] == [
        (dt.date(2020, 1, 1), "[định kỳ] STTTT: T"),
        (dt.date(2020, 12, 15), "BCTW: Đề nghị các "),
        (dt.date(2020, 12, 15), "STTTT: Trước ngày "),
    ]
    dated = [e for e in events if e.dtstart.value.month == 12]
    assert all(e.valarm.trigger.value == dt.timedelta(days=-14) for e in dated)
    assert len({e.uid.value for e in events}) == 3
