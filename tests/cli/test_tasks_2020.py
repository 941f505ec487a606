"""``dakplan tasks`` and ``dakplan agencies`` on plans/2020.yaml, as a new user asks them."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

from conftest import PLAN_2020

PLAN = str(PLAN_2020)
AS_OF = ["--as-of", "2020-06-01"]

SECTION_III_2 = [
    "stttt-dau-moi", "stttt-cung-cap-thong-tin", "stttt-ho-tro-phong-vien",
    "stttt-hop-bao-dinh-ky", "stttt-kiem-chung", "stttt-thong-tin-thoi-su", "stttt-giao-luu",
    "stttt-khen-thuong", "stttt-danh-gia-nam",
]
SECTION_III_1 = ["bctw-ho-tro-thong-tin", "bctw-chi-dao-bien-tap", "bctw-tu-lieu",
                 "bctw-khen-thuong"]
SECTION_III_3 = ["sbndp-quang-ba", "sbndp-cung-cap-thong-tin"]


def tasks_of(run: Any, *options: str) -> list[dict[str, Any]]:
    result = run("tasks", *options, "--format", "json", PLAN, *AS_OF)
    assert result.exit_code == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)["tasks"]
    return rows


def test_stttt_sees_section_iii_2_funding_reporting_and_the_duties_of_its_groups(
        run: Any) -> None:
    rows = {r["id"]: (r["role"], r["via"], r["section"]) for r in tasks_of(run, "-a", "STTTT")}
    assert {i: rows.pop(i) for i in SECTION_III_2} == {
        i: ("lead", None, "III.2") for i in SECTION_III_2}
    assert rows == {
        "stttt-hop-dong-dat-hang": ("lead", None, "IV"),          # the funding contract duty
        "bctw-bao-cao-ket-qua": ("coordinate", None, None),       # results reported through it
        "bctw-chi-dao-bien-tap": ("coordinate", None, "III.1"),   # named as a coordinator
        "sbndp-quang-ba": ("lead", "SBNDP", "III.3"),             # a department: in SBN, so in
        "sbndp-cung-cap-thong-tin": ("lead", "SBNDP", "III.3"),   # SBNDP
    }


def test_stttt_in_order_deadline_then_recurring_then_throughout(run: Any) -> None:
    rows = tasks_of(run, "-a", "STTTT")
    assert [(r["id"], r["deadline"]) for r in rows[:3]] == [
        ("bctw-bao-cao-ket-qua", "2020-12-15"),  # "Đề nghị" before "Trước" (đ < t)
        ("stttt-danh-gia-nam", "2020-12-15"),
        ("stttt-hop-bao-dinh-ky", None),         # the recurring press briefing
    ]
    assert {r["timing"]["type"] for r in rows[3:]} == {"throughout"}
    assert [r["id"] for r in rows[3:5]] == ["sbndp-quang-ba", "stttt-hop-dong-dat-hang"]
    # "Các Sở" before "Căn cứ": a before ă in the Vietnamese alphabet


def test_vov_sees_the_central_press_duties_and_those_its_group_coordinates(run: Any) -> None:
    rows = {r["id"]: (r["role"], r["via"]) for r in tasks_of(run, "--agency", "VOV")}
    assert rows == {
        **{i: ("lead", "BCTW") for i in SECTION_III_1},
        "bctw-bao-cao-ket-qua": ("lead", "BCTW"),
        **{i: ("coordinate", "BCTW") for i in [
            "stttt-dau-moi", "stttt-kiem-chung", "stttt-thong-tin-thoi-su", "stttt-danh-gia-nam",
            "sbndp-quang-ba", "sbndp-cung-cap-thong-tin", "stttt-hop-dong-dat-hang"]},
    }


@pytest.mark.parametrize("name", [
    "Sở TT&TT", "so tttt", "Sở Thông tin và Truyền thông", "stttt", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
    unicodedata.normalize("NFD", "Sở Thông tin và Truyền thông"),
    unicodedata.normalize("NFD", "Sở TT&TT"),
    "Department of Information and Communications",
])
def test_every_way_of_naming_stttt_gives_the_same_list(run: Any, name: str) -> None:
    for fmt in ("json", "table"):
        expected = run("tasks", "--agency", "STTTT", "-f", fmt, PLAN, *AS_OF)
        result = run("tasks", "--agency", name, "-f", fmt, PLAN, *AS_OF)
        assert result.exit_code == 0
        assert result.stdout == expected.stdout
    assert expected.stdout.startswith(
        "Sở Thông tin và Truyền thông (STTTT): 14 tasks, as of 01/06/2020\n")


def test_table_for_stttt_reads_well(run: Any) -> None:
    result = run("tasks", "--agency", "Sở TT&TT", PLAN, *AS_OF)
    lines = result.stdout.splitlines()
    assert len(lines) == 2 + 14
    assert lines[1].split() == ["Due", "Role", "Status", "Section", "ID", "Task"]
    assert lines[2].startswith("15/12/2020  coordinate      not reported  -        "
                               "bctw-bao-cao-ket-qua      Đề nghị các cơ quan báo chí")
    assert lines[5].startswith("throughout  lead via SBNDP  not reported  III.3    "
                               "sbndp-quang-ba            Các Sở, ban, ngành, địa phương")


def test_overdue_after_the_deadline(run: Any) -> None:
    result = run("tasks", "-a", "STTTT", "--overdue", "--as-of", "16/12/2020", "-f", "json",
                 PLAN)
    rows = json.loads(result.stdout)["tasks"]
    assert [(r["id"], r["status"], r["overdue"]) for r in rows] == [
        ("bctw-bao-cao-ket-qua", "not_reported", True),
        ("stttt-danh-gia-nam", "not_reported", True)]


def test_due_within_a_month_of_the_deadline(run: Any) -> None:
    result = run("tasks", "--due-within", "24", "--as-of", "20/11/2020", "-f", "json", PLAN)
    assert json.loads(result.stdout)["tasks"] == []  # 20/11 + 24 days = 14/12
    result = run("tasks", "--due-within", "30", "--as-of", "20/11/2020", "-f", "json", PLAN)
    assert [r["id"] for r in json.loads(result.stdout)["tasks"]] == [
        "bctw-bao-cao-ket-qua", "stttt-danh-gia-nam"]


def test_every_task_of_the_plan_without_agency(run: Any) -> None:
    rows = tasks_of(run)
    assert len(rows) == 4 + 9 + 2 + 1 + 1
    assert len({r["id"] for r in rows}) == len(rows)


def test_group_by_agency(run: Any) -> None:
    result = run("tasks", "--group-by", "agency", PLAN, *AS_OF)
    titles = [line for line in result.stdout.splitlines() if ", as of" in line]
    assert titles == [
        "Ban điều hành kênh Truyền hình Quốc gia VTV8 (VTV8): 12 tasks, as of 01/06/2020",
        "Ban Tuyên giáo Tỉnh ủy (BTGTU): 1 task, as of 01/06/2020",
        "Báo Đắk Lắk (BAODL): 1 task, as of 01/06/2020",
        "Đài Phát thanh và Truyền hình tỉnh (DPTTH): 1 task, as of 01/06/2020",
        "Đài Tiếng nói Việt Nam (VOV): 12 tasks, as of 01/06/2020",
        "Sở Thông tin và Truyền thông (STTTT): 14 tasks, as of 01/06/2020",
        "Thông tấn xã Việt Nam (TTXVN): 12 tasks, as of 01/06/2020",
    ]


def test_unknown_agency_exits_2_with_the_closest_names(run: Any) -> None:
    result = run("tasks", "--agency", "Sở Thông tin", PLAN)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "dakplan: unknown agency or group 'Sở Thông tin'; did you mean: STTTT (Sở Thông tin và "
        "Truyền thông)?\n")


def test_a_date_that_does_not_exist_exits_2(run: Any) -> None:
    result = run("tasks", "--agency", "STTTT", "--due-before", "30/02/2020", PLAN)
    assert result.exit_code == 2
    assert result.stderr == "dakplan: --due-before: '30/02/2020' is not a date that exists\n"


def test_agencies_counts(run: Any) -> None:
    result = run("agencies", "-f", "json", PLAN)
    assert result.exit_code == 0
    [entry] = json.loads(result.stdout)["plans"]
    counts = {a["code"]: a["tasks"] for a in entry["agencies"]}
    assert counts["STTTT"] == {"lead": 10, "lead_via_group": 2, "coordinate": 2,
                               "coordinate_via_group": 0, "total": 14}
    assert counts["VOV"] == {"lead": 0, "lead_via_group": 5, "coordinate": 0,
                             "coordinate_via_group": 7, "total": 12}
    groups = {g["code"]: g for g in entry["groups"]}
    assert groups["SBNDP"]["agencies"] == ["STTTT"]
    assert groups["HUYEN"]["agencies"] == []  # no district is registered in this plan
    assert groups["BCTW"]["agencies"] == ["TTXVN", "VOV", "VTV8"]


def test_agencies_table_runs_with_no_argument_in_the_project(run: Any,
                                                             monkeypatch: Any) -> None:
    monkeypatch.chdir(PLAN_2020.parent.parent)
    result = run("agencies")
    assert result.exit_code == 0
    assert result.stdout.startswith("plans/2020.yaml: 12 agencies\n")
    assert "\nplans/2020.yaml: 4 groups\n" in result.stdout
