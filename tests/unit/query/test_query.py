"""Agency resolution, roles, order and filters of ``dakplan.tasks`` on small in-memory plans."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from conftest import dump_plan, small_plan
from dakplan.agencies import count_tasks, registry_view
from dakplan.errors import UsageError
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_text
from dakplan.migrate import migrate_data
from dakplan.model.v2 import Plan
from dakplan.query.names import resolve_agency
from dakplan.query.places import places
from dakplan.query.registry import Registry
from dakplan.tasks import TaskQuery, list_tasks
from taskplans import deadline, rich_plan, task

AS_OF = dt.date(2030, 7, 15)


def plan_of(data: dict[str, Any]) -> Plan:
    """The plan as the loader reads it (YAML dates become dates), without the checks, so that
    a test may build what ``validate`` would warn about (two agencies sharing an alias)."""
    loaded = load_text(Source("test.yaml", dump_plan(data)))
    assert loaded.diagnostics == []
    return Plan.model_validate(migrate_data(loaded.data).data)


PLANS = [("small.yaml", plan_of(small_plan()))]


def ids(plans: list[tuple[str, Plan]], **options: Any) -> list[str]:
    query = TaskQuery.parse(plans, today=AS_OF, **options)
    return [row.task.id for row in list_tasks(plans, query).rows]


# --- resolution ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", [
    "SVH", "svh", "Sở Văn hóa, Thể thao và Du lịch", "so van hoa the thao va du lich",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH!", "Sở VHTTDL", "so-vhttdl",
    unicodedata.normalize("NFD", "Sở Văn hóa, Thể thao và Du lịch"),
    "  Sở VHTTDL  ",
])
def test_every_way_of_naming_an_agency_resolves_to_it(name: str) -> None:
    found = resolve_agency(PLANS, name)
    assert (found.code, found.name, found.is_group) == (
        "SVH", "Sở Văn hóa, Thể thao và Du lịch", False)


def test_a_group_resolves_by_name() -> None:
    found = resolve_agency(PLANS, "các cơ quan BÁO CHÍ")
    assert (found.code, found.is_group) == ("PRESS", True)


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(UsageError) as caught:
        resolve_agency(PLANS, "Sở Văn hóa")
    assert caught.value.message == (
        "unknown agency or group 'Sở Văn hóa'; did you mean: SVH (Sở Văn hóa, Thể thao và "
        "Du lịch)?")
    assert caught.value.exit_code == 2


def test_misspelt_code_suggests_the_code() -> None:
    with pytest.raises(UsageError, match=r"did you mean: DAIA \(Đài Truyền hình A\)\?"):
        resolve_agency(PLANS, "DAI")


def test_nothing_close_points_to_the_agencies_command() -> None:
    with pytest.raises(UsageError) as caught:
        resolve_agency(PLANS, "qqqq")
    assert caught.value.message == (
        "unknown agency or group 'qqqq'; `dakplan agencies` lists the names it knows")


def test_a_name_of_two_agencies_is_ambiguous() -> None:
    data = small_plan()
    data["agencies"][1]["aliases"] = ["Sở"]
    data["agencies"][2]["aliases"] = ["Sở"]
    with pytest.raises(UsageError) as caught:
        resolve_agency([("a.yaml", plan_of(data))], "so")
    assert caught.value.message == (
        "'so' names more than one agency or group: SVH (Sở Văn hóa, Thể thao và Du lịch), "
        "SYT (Sở Y tế); use a code")


def test_an_exact_code_wins_over_an_alias() -> None:
    data = small_plan()
    data["agencies"][1]["aliases"] = ["SYT"]  # SVH also answers to SYT
    assert resolve_agency([("a.yaml", plan_of(data))], "SYT").code == "SYT"


def test_a_name_known_in_one_plan_of_several_resolves() -> None:
    other = small_plan()
    other["agencies"].append({"code": "SKHCN", "name": "Sở Khoa học và Công nghệ",
                              "kind": "department"})
    plans = [*PLANS, ("b.yaml", plan_of(other))]
    assert resolve_agency(plans, "sở khoa học và công nghệ").code == "SKHCN"


# --- roles --------------------------------------------------------------------------------


def roles(plans: list[tuple[str, Plan]], agency: str, **options: Any) -> list[tuple[Any, ...]]:
    query = TaskQuery.parse(plans, today=AS_OF, agency=agency, **options)
    return [(r.task.id, r.role, r.via) for r in list_tasks(plans, query).rows]


def test_an_agency_sees_its_own_tasks_and_those_of_its_groups() -> None:
    assert roles(PLANS, "SVH") == [
        ("svh-phim", "lead", None),
        ("press-bao-cao", "coordinate", None),
        ("depts-phoi-hop", "lead", "DEPTS"),  # a department, so a member of "all departments"
        ("svh-thuong-xuyen", "lead", None),
    ]


def test_a_press_agency_sees_its_group_duties_as_lead_and_coordinator() -> None:
    assert roles(PLANS, "BAOB") == [
        ("svh-phim", "coordinate", "PRESS"),
        ("press-bao-cao", "lead", "PRESS"),
    ]


def test_duties_reach_members_of_groups_inside_groups() -> None:
    data = small_plan()
    data["groups"].append({"code": "ALL", "name": "Tất cả", "members": ["PRESS", "DEPTS"]})
    data["reporting"].append(task("all-hop", "ALL", "Họp tổng kết.", deadline("2030-12-20")))
    plans = [("a.yaml", plan_of(data))]
    assert ("all-hop", "lead", "ALL") in roles(plans, "DAIA")
    assert ("all-hop", "lead", "ALL") in roles(plans, "SYT")
    assert ("all-hop", "lead", "ALL") in roles(plans, "PRESS")  # a group inside the group


def test_one_membership_walk_answers_every_question() -> None:
    data = small_plan()
    data["groups"] += [{"code": "ALL", "name": "Tất cả", "members": ["PRESS", "DEPTS", "SVH"]},
                       {"code": "TOP", "name": "Trên cùng", "members": ["ALL"]}]
    registry = Registry(plan_of(data))
    assert registry.within("TOP") == {"ALL", "PRESS", "DEPTS", "SVH", "DAIA", "BAOB"}
    assert registry.members("TOP") == {"DAIA", "BAOB", "SVH", "SYT"}  # SYT by kind, in DEPTS
    assert registry.containing("PRESS") == ["ALL", "TOP"]
    assert registry.containing("SYT") == ["DEPTS", "ALL", "TOP"]
    assert registry.has_kind_rule("TOP") and not registry.has_kind_rule("PRESS")
    assert registry.within("SVH") == frozenset()  # an agency holds no one


def test_a_membership_cycle_ends_the_walk() -> None:
    data = small_plan()
    data["groups"] += [{"code": "A", "name": "A", "members": ["B", "SVH"]},
                       {"code": "B", "name": "B", "members": ["A"]}]
    registry = Registry(plan_of(data))  # DK206 for validate; no hang here
    assert registry.within("A") == {"A", "B", "SVH"}
    assert registry.containing("A") == ["A", "B"]
    assert registry.members("B") == {"SVH"}


def test_leading_beats_coordinating() -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][1]["coordinate"] = ["DEPTS"]  # SVH leads, and is in DEPTS
    assert ("svh-thuong-xuyen", "lead", None) in roles([("a.yaml", plan_of(data))], "SVH")


def test_no_agency_lists_every_task_once_without_role() -> None:
    query = TaskQuery.parse(PLANS, today=AS_OF)
    rows = list_tasks(PLANS, query).rows
    assert [(r.task.id, r.agency, r.role) for r in rows] == [
        ("svh-phim", None, None), ("press-bao-cao", None, None),
        ("depts-phoi-hop", None, None), ("svh-thuong-xuyen", None, None)]


def test_group_by_agency_gives_each_agency_its_rows_in_vietnamese_order() -> None:
    query = TaskQuery.parse(PLANS, today=AS_OF, group_by="agency")
    rows = list_tasks(PLANS, query).rows
    assert [(r.agency, r.task.id) for r in rows] == [
        ("BAOB", "svh-phim"), ("BAOB", "press-bao-cao"),
        ("DAIA", "svh-phim"), ("DAIA", "press-bao-cao"),
        ("SVH", "svh-phim"), ("SVH", "press-bao-cao"), ("SVH", "depts-phoi-hop"),
        ("SVH", "svh-thuong-xuyen"),
        ("SYT", "depts-phoi-hop"),
    ]  # Báo B, Đài Truyền hình A, Sở Văn hóa, Sở Y tế (b < đ < s)


def test_group_by_agency_keeps_tasks_of_groups_with_no_registered_member() -> None:
    data = small_plan()
    data["groups"].append({"code": "HUYEN", "name": "Các huyện", "member_kinds": ["district"]})
    data["reporting"].append(task("huyen-bao-cao", "HUYEN", "Báo cáo huyện.",
                                  deadline("2030-11-30")))
    plans = [("a.yaml", plan_of(data))]
    rows = list_tasks(plans, TaskQuery.parse(plans, today=AS_OF, group_by="agency")).rows
    assert [(r.agency, r.agency_name, r.role) for r in rows if r.task.id == "huyen-bao-cao"] == [
        ("HUYEN", "Các huyện", "lead")]


def test_role_filter_with_group_by() -> None:
    query = TaskQuery.parse(PLANS, today=AS_OF, group_by="agency", role="coordinate")
    rows = list_tasks(PLANS, query).rows
    assert [(r.agency, r.task.id) for r in rows] == [
        ("BAOB", "svh-phim"), ("DAIA", "svh-phim"), ("SVH", "press-bao-cao")]


# --- order --------------------------------------------------------------------------------


def test_order_dated_then_recurring_then_throughout_then_vietnamese_text_then_id() -> None:
    data = small_plan()
    data["reporting"] += [
        task("z-ban", "SYT", "Bàn giao.", deadline("2030-12-15")),
        task("z-an", "SYT", "Ăn mừng.", deadline("2030-12-15")),  # ă before b, unlike code points
        task("b-same", "SYT", "Cùng nội dung.", deadline("2030-01-10")),
        task("a-same", "SYT", "Cùng nội dung.", deadline("2030-01-10")),
        task("y-dinh-ky", "SYT", "A định kỳ.", {"type": "recurring"}),
    ]
    assert ids([("a.yaml", plan_of(data))]) == [
        "a-same", "b-same", "svh-phim", "z-an", "z-ban", "press-bao-cao",
        "y-dinh-ky", "depts-phoi-hop", "svh-thuong-xuyen"]


def test_rows_of_several_plans_are_merged_in_order() -> None:
    other = small_plan()
    other["implementation"][0]["tasks"][0]["timing"] = deadline("2030-01-02")
    plans = [*PLANS, ("b.yaml", plan_of(other))]
    rows = list_tasks(plans, TaskQuery.parse(plans, today=AS_OF, agency="SVH")).rows
    assert [(r.plan, r.task.id) for r in rows][:3] == [
        ("b.yaml", "svh-phim"), ("small.yaml", "svh-phim"),
        ("b.yaml", "press-bao-cao")]


# --- filters ------------------------------------------------------------------------------

RICH = [("rich.yaml", plan_of(rich_plan()))]


def test_due_before_and_after_are_inclusive_and_skip_undated_tasks() -> None:
    assert ids(RICH, due_before="2030-07-20") == ["svh-ho-so", "svh-phim", "syt-phong-su"]
    assert ids(RICH, due_before="19/07/2030") == ["svh-ho-so", "svh-phim"]
    assert ids(RICH, due_after="20/07/2030") == ["syt-phong-su", "syt-dich", "press-bao-cao"]
    assert ids(RICH, due_after="2030-07-01", due_before="2030-09-01") == [
        "syt-phong-su", "syt-dich"]


def test_overdue_means_deadline_passed_and_still_open() -> None:
    # as of 15/7: svh-ho-so (31/3) is done, svh-phim (30/6) is in progress: only svh-phim.
    assert ids(RICH, overdue=True) == ["svh-phim"]
    assert ids(RICH, overdue=True, as_of="2030-06-30") == []  # the due day is not late
    assert ids(RICH, overdue=True, as_of="2030-12-16") == [
        "svh-phim", "syt-phong-su", "press-bao-cao"]  # syt-dich is cancelled


def test_overdue_flag_is_on_the_rows() -> None:
    query = TaskQuery.parse(RICH, today=AS_OF)
    rows = {r.task.id: r for r in list_tasks(RICH, query).rows}
    assert rows["svh-phim"].overdue and not rows["svh-ho-so"].overdue
    assert rows["svh-thuong-xuyen"].status == "not_reported"
    assert rows["svh-ho-so"].status == "done_on_time"


def test_due_within_counts_days_from_as_of_inclusive_and_skips_closed_tasks() -> None:
    assert ids(RICH, due_within=5) == ["syt-phong-su"]  # 15/7 -> 20/7
    assert ids(RICH, due_within=4) == []
    assert ids(RICH, due_within=0, as_of="2030-07-20") == ["syt-phong-su"]
    assert ids(RICH, due_within=60) == ["syt-phong-su"]  # syt-dich (1/9) is cancelled
    assert ids(RICH, due_within=348, as_of="2030-01-01") == [
        "svh-phim", "syt-phong-su", "press-bao-cao"]


@pytest.mark.parametrize(("typed", "expected"), [
    (["done"], ["svh-ho-so"]),
    (["in_progress"], []),  # svh-phim's deadline, 30/06, has passed
    (["in_progress_overdue"], ["svh-phim"]),
    (["in-progress-overdue"], ["svh-phim"]),
    (["đang thực hiện quá hạn"], ["svh-phim"]),  # a comma would split the value
    (["Hoàn thành"], ["svh-ho-so"]),  # both kinds of done
    (["hoàn thành đúng hạn"], ["svh-ho-so"]),
    (["done late"], []),
    (["done,cancelled"], ["svh-ho-so", "syt-dich"]),
    (["done", "cancelled"], ["svh-ho-so", "syt-dich"]),
    (["not reported"], ["syt-phong-su", "press-bao-cao", "depts-phoi-hop",
                        "svh-thuong-xuyen"]),
])
def test_status_filter(typed: list[str], expected: list[str]) -> None:
    assert ids(RICH, statuses=typed) == expected


@pytest.mark.parametrize("typed", ["bao-hinh", "báo hình", "Bao Hinh", "BÁO HÌNH", "television"])
def test_media_filter_takes_code_or_label(typed: str) -> None:
    assert ids(RICH, media=[typed]) == ["svh-phim", "syt-phong-su"]


def test_media_and_theme_filters_take_any_of_several() -> None:
    assert ids(RICH, media=["bao-noi,bao-dien-tu"]) == ["syt-phong-su", "syt-dich"]
    assert ids(RICH, themes=["y-te"]) == ["syt-phong-su", "syt-dich"]
    assert ids(RICH, themes=["du-lich", "y-te"]) == ["svh-phim", "syt-phong-su", "syt-dich"]


def test_role_filter() -> None:
    assert [r[0] for r in roles(PLANS, "SVH", role="coordinate")] == ["press-bao-cao"]
    assert [r[0] for r in roles(PLANS, "SVH", role="lead")] == [
        "svh-phim", "depts-phoi-hop", "svh-thuong-xuyen"]


def test_filters_combine() -> None:
    assert [r[0] for r in roles(RICH, "SYT", media=["báo hình"], due_before="2030-08-01")] == [
        "syt-phong-su"]


@pytest.mark.parametrize(("options", "message"), [
    ({"due_before": "30/02/2030"}, "--due-before: '30/02/2030' is not a date that exists"),
    ({"due_after": "2030-13-01"}, "--due-after: '2030-13-01' is not a date that exists"),
    ({"as_of": "next week"},
     "--as-of: 'next week' is not a date; write 2020-12-15 or 15/12/2020"),
    ({"due_within": -1}, "--due-within: -1 is not a number of days from 0 to 3660"),
    ({"statuses": ["finished"]}, "--status: unknown value 'finished'; use one of: "
                                 "done_on_time, done_late, in_progress, in_progress_overdue, "
                                 "not_started, cancelled, not_reported, done"),
    ({"themes": ["kinh-te"]}, "--theme: unknown value 'kinh-te'; use one of: du-lich"),
    ({"media": ["tivi"]}, "--media: unknown value 'tivi'; use one of: bao-in (Báo in), "
                          "bao-dien-tu (Báo điện tử), bao-hinh (Báo hình), bao-noi (Báo nói)"),
    ({"role": "owner", "agency": "SVH"},
     "--role: unknown value 'owner'; use one of: lead, coordinate"),
    ({"role": "lead"}, "--role needs --agency or --group-by agency"),
    ({"group_by": "theme"}, "--group-by: unknown value 'theme'; use one of: agency"),
])
def test_bad_options_are_usage_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        TaskQuery.parse(PLANS, today=AS_OF, **options)
    assert caught.value.message == message
    assert caught.value.exit_code == 2


# --- places and counts --------------------------------------------------------------------


def test_sections_are_numbered_as_the_plan_prints_them() -> None:
    where = places(plan_of(rich_plan()))
    # No purposes or requirements: content is I, implementation II, no funding section.
    assert (where["svh-phim"].section, where["svh-phim"].title) == ("II.1", "Sở Văn hóa")
    assert where["syt-dich"].section == "II.3"
    assert (where["press-bao-cao"].part, where["press-bao-cao"].section) == ("reporting", None)


def test_counts_by_strongest_part() -> None:
    registry = Registry(plan_of(small_plan()))
    svh = count_tasks(registry, "SVH")
    assert (svh.lead, svh.lead_via_group, svh.coordinate, svh.coordinate_via_group) == (2, 1, 1, 0)
    assert (svh.via_group, svh.total) == (1, 4)
    daia = count_tasks(registry, "DAIA")
    assert (daia.lead, daia.lead_via_group, daia.coordinate_via_group, daia.total) == (0, 1, 1, 2)
    assert count_tasks(registry, "UBND").total == 0


def test_registry_view_resolves_groups() -> None:
    view = registry_view("small.yaml", plan_of(small_plan()))
    assert view.members_of == {"PRESS": ["DAIA", "BAOB"], "DEPTS": ["SVH", "SYT"]}
    assert view.groups_of["SVH"] == ["DEPTS"]
    assert view.groups_of["UBND"] == []
    assert view.counts["PRESS"].lead == 1 and view.counts["PRESS"].coordinate == 1
