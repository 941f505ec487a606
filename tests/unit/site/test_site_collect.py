"""What the site shows (``site.collect``): each agency's duties as ``dakplan tasks --agency``
lists them, the overdue and due-soon lists of the home page, slugs and order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import EXAMPLES, PLAN_2020, small_plan
from dakplan.model import Plan
from dakplan.site.collect import Result, collect, slug
from dakplan.tasks import TaskQuery, list_tasks
from dakplan.validate import load_plan_v2
from taskplans import rich_plan

AS_OF = dt.date(2020, 11, 20)


def _plans(*paths: Path) -> list[tuple[str, Plan]]:
    return [(str(p), load_plan_v2(p, "site")) for p in paths]


def test_every_agency_page_lists_what_tasks_lists() -> None:
    plans = _plans(PLAN_2020)
    site = collect(plans, AS_OF)
    # Vietnamese order of the names: "Ban điều hành ...", "Ban Tuyên giáo ...", "Báo Đắk Lắk"
    assert [a.code for a in site.agencies][:3] == ["VTV8", "BTGTU", "BAODL"]
    for agency in site.agencies:
        expected = list_tasks(plans, TaskQuery.parse(plans, agency=agency.code,
                                                     as_of="2020-11-20"))
        assert [(h.duty.plan, h.duty.id, h.role, h.via, h.carried_from)
                for h in agency.duties] == [("2020", r.task.id, r.role, r.via, r.carried_from)
                                            for r in expected.rows]
    stttt = next(a for a in site.agencies if a.code == "STTTT")
    assert len(stttt.duties) == 14
    assert dict(stttt.counts) == {"not_reported": 14, "not_started": 0, "in_progress": 0,
                                  "in_progress_overdue": 0, "done_on_time": 0, "done_late": 0,
                                  "cancelled": 0}


def test_overdue_and_due_soon_as_of_the_build_day() -> None:
    plans = _plans(PLAN_2020)
    soon = collect(plans, AS_OF)
    assert soon.overdue == ()
    assert [d.id for d in soon.soon] == ["bctw-bao-cao-ket-qua", "stttt-danh-gia-nam"]
    late = collect(plans, dt.date(2020, 12, 16))
    assert [(d.id, d.overdue) for d in late.overdue] == [("bctw-bao-cao-ket-qua", True),
                                                          ("stttt-danh-gia-nam", True)]
    assert late.soon == ()


def test_statuses_and_results_come_from_the_plan(write_plan) -> None:  # type: ignore[no-untyped-def]
    data = rich_plan()
    data["implementation"][0]["tasks"][0]["progress"] = [
        {"date": "2030-05-02", "note": "Đã quay 3 tập.", "agency": "SVH"}]
    path = write_plan(data)
    site = collect(_plans(path), dt.date(2030, 7, 15))
    duties = {d.id: d for d in site.plans[0].duties}
    assert duties["svh-ho-so"].status == "done_on_time"
    assert duties["svh-phim"].status == "in_progress_overdue" and duties["svh-phim"].overdue
    assert duties["syt-dich"].status == "cancelled" and not duties["syt-dich"].overdue
    assert site.plans[0].overdue == sum(d.overdue for d in duties.values())
    assert duties["svh-phim"].results == (Result(dt.date(2030, 5, 2), "Đã quay 3 tập.", "SVH"),)


def test_carried_over_duties_of_an_ended_agency() -> None:
    path = EXAMPLES / "invalid" / "dk307-agency-not-in-period.yaml"
    site = collect(_plans(path), dt.date(2026, 3, 1))
    skhcn = next(a for a in site.agencies if a.code == "SKHCN")
    carried = [h.duty.id for h in skhcn.duties if h.carried_from == "STTTT"]
    assert carried and len(carried) < len(skhcn.duties)
    stttt = next(a for a in site.agencies if a.code == "STTTT")
    assert stttt.ended is not None and "SKHCN" in stttt.ended


def test_plans_by_year_then_issuer_with_unique_slugs(write_plan) -> None:  # type: ignore[no-untyped-def]
    older = small_plan()
    older["document"]["period"] = {"start": 2029, "end": 2029}
    older["document"]["date"] = "2029-03"
    for part in older["implementation"]:
        for task in part["tasks"]:
            if task["timing"]["type"] == "deadline":
                task["timing"]["date"] = task["timing"]["date"].replace("2030", "2029")
    older["reporting"][0]["timing"]["date"] = "2029-12-15"
    a = write_plan(small_plan(), "a/plan.yaml")
    b = write_plan(older, "b/plan.yaml")
    site = collect(_plans(a, b), dt.date(2030, 1, 1))
    # Two files of one name: each is told by its folder, in its column and its page's name.
    assert [(p.year, p.name, p.slug) for p in site.plans] == [(2030, "a/plan", "a-plan"),
                                                               (2029, "b/plan", "b-plan")]
    c = write_plan(small_plan(), "c/b/plan.yaml")
    again = collect(_plans(b, c), dt.date(2030, 1, 1))
    assert sorted((p.name, p.slug) for p in again.plans) == [("b/plan", "b-plan"),
                                                              ("b/plan", "b-plan-2")]
    alone = collect(_plans(a), dt.date(2030, 1, 1))
    assert [(p.name, p.slug) for p in alone.plans] == [("plan", "plan")]


def test_slug_folds_to_ascii() -> None:
    assert slug("Kế hoạch 2020") == "ke-hoach-2020"
    assert slug("Đắk Lắk_2021") == "dak-lak-2021"
    assert slug("...") == "page"


def test_an_agency_named_otherwise_in_another_plan(write_plan) -> None:  # type: ignore[no-untyped-def]
    other = small_plan()
    other["agencies"][1]["name"] = "Sở Văn hóa và Thể thao"
    other["implementation"][0]["tasks"][0]["timing"]["date"] = "2030-01-15"
    plans = _plans(write_plan(small_plan(), "a.yaml"), write_plan(other, "b.yaml"))
    site = collect(plans, dt.date(2030, 1, 1))
    svh = next(a for a in site.agencies if a.code == "SVH")
    expected = list_tasks(plans, TaskQuery.parse(plans, agency="SVH", as_of="2030-01-01"))
    assert [(h.duty.plan, h.duty.id) for h in svh.duties] == [
        ("a" if r.plan.endswith("a.yaml") else "b", r.task.id) for r in expected.rows]
    assert svh.duties[0].duty.plan == "b"  # due 15/01 in b, before anything in a
