"""Agencies over time: lifetimes, successors, DK307, and carrying duties over to a new plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, dump_plan, small_plan
from dakplan.checks.v2.validate import validate_source as validate_v2
from dakplan.i18n import set_language
from dakplan.io.read import Source
from dakplan.model import Plan
from dakplan.model.v2 import Plan as PlanV2
from dakplan.query.registry import Registry
from dakplan.query.succession import map_to_successors, successors
from dakplan.validate import load_plan, load_plan_v2, validate_file, validate_source

PLAN_2026 = EXAMPLES / "invalid" / "dk307-agency-not-in-period.yaml"


def _line(path: Path, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(needle)


def test_2026_plan_warns_where_stttt_is_given_duties() -> None:
    report = validate_file(PLAN_2026)
    assert report.errors == 0
    found = [(d.line, d.code, d.message) for d in report.diagnostics]
    assert found == [
        (_line(PLAN_2026, "members: [STTTT, TTXVN]"), "DK307",
         "'STTTT' no longer exists on 01/01/2026 (it ended on 28/02/2025); its duties are "
         "carried by SKHCN"),
        (_line(PLAN_2026, "lead: STTTT", 1), "DK307",
         "'STTTT' no longer exists on 01/01/2026 (it ended on 28/02/2025); its duties are "
         "carried by SKHCN"),
        (_line(PLAN_2026, "lead: STTTT", 2), "DK307",
         "'STTTT' no longer exists on 15/12/2026 (it ended on 28/02/2025); its duties are "
         "carried by SKHCN"),
        (_line(PLAN_2026, "coordinate: [STTTT]"), "DK307",
         "'STTTT' no longer exists on 01/01/2026 (it ended on 28/02/2025); its duties are "
         "carried by SKHCN"),
    ]


def test_library_says_skhcn_carries_stttt() -> None:
    plan = load_plan(PLAN_2026)
    registry = Registry(plan)
    found = successors(registry, "STTTT", dt.date(2026, 1, 1))
    assert found.carriers == ("SKHCN",)
    assert not found.current
    assert found.ended == dt.date(2025, 2, 28)
    assert found.explain(registry) == (
        "STTTT (Sở Thông tin và Truyền thông) ended on 28/02/2025; on 01/01/2026 its duties are "
        "carried by SKHCN (Sở Khoa học và Công nghệ).")
    set_language("vi")
    assert found.explain(registry) == (
        "STTTT (Sở Thông tin và Truyền thông) đã kết thúc ngày 28/02/2025; vào ngày 01/01/2026, "
        "nhiệm vụ của cơ quan này do SKHCN (Sở Khoa học và Công nghệ) đảm nhận.")


def test_before_its_end_an_agency_carries_its_own_duties() -> None:
    registry = Registry(load_plan(PLAN_2026))
    found = successors(registry, "STTTT", dt.date(2025, 2, 28))
    assert found.current and found.carriers == ("STTTT",)
    assert successors(registry, "SKHCN", dt.date(2026, 5, 1)).current


def _plan(agencies: list[dict[str, Any]], tasks: list[dict[str, Any]] | None = None,
          period: int = 2030) -> dict[str, Any]:
    data = small_plan()
    data["document"]["period"] = {"start": period, "end": period}
    data["agencies"] += agencies
    if tasks is not None:
        data["implementation"][0]["tasks"] += tasks
    return data


def _load(data: dict[str, Any]) -> Plan:
    plan = validate_source(Source("plan.yaml", dump_plan(data))).plan
    assert plan is not None
    return plan


def _registry(data: dict[str, Any]) -> Registry:
    return Registry(_load(data))


def _agency(code: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "name": f"Cơ quan {code}", "kind": "department", **extra}


def test_chain_and_split() -> None:
    data = _plan([
        _agency("OLD", valid_to=dt.date(2025, 2, 28), successors=["MID"]),
        _agency("MID", valid_from=dt.date(2025, 3, 1), valid_to=dt.date(2025, 6, 30),
                successors=["NEWA", "NEWB"]),
        _agency("NEWA", valid_from=dt.date(2025, 7, 1)),
        _agency("NEWB", valid_from=dt.date(2025, 7, 1)),
    ])
    registry = _registry(data)
    assert successors(registry, "OLD", dt.date(2025, 4, 1)).carriers == ("MID",)
    later = successors(registry, "OLD", dt.date(2026, 1, 1))
    assert later.carriers == ("NEWA", "NEWB")
    assert later.path == ("OLD", "MID", "NEWA", "NEWB")
    assert later.explain(registry).endswith("(through MID (Cơ quan MID))")
    early = successors(registry, "NEWA", dt.date(2025, 1, 1))
    assert early.carriers == () and early.starts == dt.date(2025, 7, 1)
    assert "does not exist yet on 01/01/2025" in early.explain(registry)


def test_no_successor_and_a_cycle_end_quietly() -> None:
    data = _plan([
        _agency("GONE", valid_to=dt.date(2025, 2, 28)),
        _agency("PINGA", valid_to=dt.date(2025, 1, 1), successors=["PINGB"]),
        _agency("PINGB", valid_to=dt.date(2025, 1, 1), successors=["PINGA"]),
    ])
    registry = _registry(data)
    gone = successors(registry, "GONE", dt.date(2026, 1, 1))
    assert gone.carriers == () and gone.dead_ends == ("GONE",)
    assert "names no successor" in gone.explain(registry)
    assert successors(registry, "PINGA", dt.date(2026, 1, 1)).carriers == ()


def _v2(data: dict[str, Any]) -> PlanV2:
    """The plan of a version 1 mapping, read as version 2 (through the conversion)."""
    report = validate_v2(Source("plan.yaml", dump_plan(data)))
    assert report.plan is not None
    return report.plan


def test_map_to_successors_for_a_new_plan() -> None:
    plan = load_plan_v2(PLAN_2026, "new")
    mapped, changes = map_to_successors(plan, dt.date(2027, 1, 1))
    tasks = {duty.id: duty for _, duty, _ in mapped.located_duties()}
    assert tasks["stttt-dau-moi"].lead == "SKHCN"
    assert tasks["stttt-danh-gia-nam"].lead == "SKHCN"
    # SKHCN already leads: it is not also listed as coordinating with itself.
    assert tasks["stttt-hop-bao"].lead == "SKHCN" and tasks["stttt-hop-bao"].coordinate == []
    assert {g.code: g.members for g in mapped.groups}["DAUMOI"] == ["SKHCN", "TTXVN"]
    assert [(c.where, c.role, c.old, c.new) for c in changes] == [
        ("stttt-dau-moi", "lead", "STTTT", ("SKHCN",)),
        ("stttt-danh-gia-nam", "lead", "STTTT", ("SKHCN",)),
        ("stttt-hop-bao", "coordinate", "STTTT", ("SKHCN",)),
        ("group:DAUMOI", "member", "STTTT", ("SKHCN",)),
    ]
    assert all(c.done for c in changes)
    # The new plan, written out, validates with nothing to report: no duty left with STTTT.
    again = validate_v2(Source("new.yaml", dump_plan(mapped.model_dump(
        mode="json", exclude_defaults=True))))
    assert again.plan is not None and again.entries == []
    # The original is untouched.
    assert next(plan.located_duties())[1].lead == "STTTT"


def test_a_split_lead_is_left_for_a_person_to_choose() -> None:
    data = _plan(
        [_agency("OLD", valid_to=dt.date(2025, 2, 28), successors=["NEWA", "NEWB"]),
         _agency("NEWA"), _agency("NEWB")],
        [{"id": "old-viec", "lead": "OLD", "text": "Việc.", "timing": {"type": "throughout"}}],
        period=2026,
    )
    mapped, changes = map_to_successors(_v2(data), dt.date(2026, 1, 1))
    assert next(d for _, d, _ in mapped.located_duties() if d.id == "old-viec").lead == "OLD"
    change = next(c for c in changes if c.where == "old-viec")
    assert not change.done
    assert change.note == ("'OLD' was succeeded by several agencies (NEWA, NEWB); choose the "
                           "one that leads")


def _validate(data: dict[str, Any]) -> list[tuple[int, str, str]]:
    text = dump_plan(data)
    report = validate_source(Source("plan.yaml", text))
    return [(d.line, d.code, d.message) for d in report.diagnostics]


def _line_of(data: dict[str, Any], needle: str) -> int:
    lines = dump_plan(data).splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_unknown_successor_is_dk201() -> None:
    data = _plan([_agency("OLD", valid_to=dt.date(2025, 2, 28), merged_into="NOWHERE")])
    found = _validate(data)
    assert [(line, code) for line, code, _ in found] == [(_line_of(data, "merged_into"),
                                                         "DK201")]


def test_agency_not_yet_set_up() -> None:
    data = _plan([_agency("NEW", valid_from=dt.date(2030, 7, 1))],
                 [{"id": "new-viec", "lead": "NEW", "text": "Việc.",
                   "timing": {"type": "throughout"}},
                  {"id": "new-han", "lead": "NEW", "text": "Việc có hạn.",
                   "timing": {"type": "deadline", "date": "2030-09-30"}}])
    found = _validate(data)
    assert found == [(_line_of(data, "lead: NEW"), "DK307",
                      "'NEW' does not exist yet on 01/01/2030 (it starts on 01/07/2030)")]


def test_members_by_kind_and_unused_groups_are_not_flagged() -> None:
    # OLD is a department, so a member of DEPTS by kind: "all departments" means those that
    # exist. GROUPX lists OLD but has no duty.
    data = _plan([_agency("OLD", valid_to=dt.date(2025, 2, 28))], period=2030)
    data["groups"].append({"code": "GROUPX", "name": "Nhóm X", "members": ["OLD", "SYT"]})
    assert _validate(data) == []


@pytest.mark.parametrize(("extra", "message"), [
    ({"valid_from": dt.date(2025, 3, 1), "valid_to": dt.date(2025, 2, 28)},
     "'valid_to' is before 'valid_from'"),
    ({"successors": ["SYT"]}, "an agency with 'successors' or 'merged_into' needs 'valid_to'"),
])
def test_lifetime_errors(extra: dict[str, Any], message: str) -> None:
    data = _plan([_agency("OLD", **extra)])
    found = _validate(data)
    assert len(found) == 1
    line, code, text = found[0]
    assert code == "DK104" and text.endswith(message)
    assert line == _line_of(data, "code: OLD")
