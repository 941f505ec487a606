"""``dakplan tasks --agency`` for an agency that has ended, and for the agency carrying its duties
(issue 8 joined to issue 3), on the 2026 example plan that still names the Sở TT&TT."""

from __future__ import annotations

import json
from typing import Any

from conftest import EXAMPLES

PLAN_2026 = str(EXAMPLES / "invalid" / "dk307-agency-not-in-period.yaml")
ENDED = ("STTTT (Sở Thông tin và Truyền thông) ended on 28/02/2025; on 01/03/2026 its duties are "
         "carried by SKHCN (Sở Khoa học và Công nghệ).")


def test_an_ended_agency_says_who_carries_its_duties_and_lists_them(run: Any) -> None:
    result = run("tasks", "--agency", "STTTT", PLAN_2026, "--as-of", "01/03/2026")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Sở Thông tin và Truyền thông (STTTT): 4 tasks, as of 01/03/2026",
        ENDED,
        "Due                   Role             Status        Section  ID                  Task",
        "30/06/2026            lead via DAUMOI  not reported  I.2      daumoi-bao-cao      "
        "Báo cáo sơ kết 6 tháng.",
        "15/12/2026            lead             not reported  I.1      stttt-danh-gia-nam  "
        "Trước ngày 15/12/2026, tổ chức đánh giá, rút kinh nghiệm.",
        "recurring, quarterly  coordinate       not reported  I.1      stttt-hop-bao       "
        "Tổ chức họp báo định kỳ hằng quý.",
        "throughout            lead             not reported  I.1      stttt-dau-moi       "
        "Là cơ quan đầu mối triển khai Kế hoạch này.",
    ]


def test_the_note_in_markdown_and_in_vietnamese(run: Any) -> None:
    result = run("tasks", "-a", "Sở TT&TT", PLAN_2026, "--as-of", "2026-03-01", "-f", "markdown")
    assert result.stdout.splitlines()[:4] == [
        "## Sở Thông tin và Truyền thông (STTTT): 4 tasks, as of 01/03/2026", "", ENDED, ""]
    vi = run("--lang", "vi", "tasks", "-a", "STTTT", PLAN_2026, "--as-of", "2026-03-01")
    assert vi.stdout.splitlines()[1] == (
        "STTTT (Sở Thông tin và Truyền thông) đã kết thúc ngày 28/02/2025; vào ngày 01/03/2026, "
        "nhiệm vụ của cơ quan này do SKHCN (Sở Khoa học và Công nghệ) đảm nhận.")


def test_json_carries_the_succession(run: Any) -> None:
    result = run("tasks", "-a", "STTTT", PLAN_2026, "--as-of", "2026-03-01", "-f", "json")
    document = json.loads(result.stdout)
    assert document["succession"] == {"agency": "STTTT", "ended": "2025-02-28",
                                      "carried_by": ["SKHCN"], "explanation": ENDED}
    assert [(t["id"], t["role"], t["carried_from"]) for t in document["tasks"]] == [
        ("daumoi-bao-cao", "lead", None), ("stttt-danh-gia-nam", "lead", None),
        ("stttt-hop-bao", "coordinate", None), ("stttt-dau-moi", "lead", None)]


def test_before_its_end_there_is_nothing_to_explain(run: Any) -> None:
    result = run("tasks", "-a", "STTTT", PLAN_2026, "--as-of", "28/02/2025")
    assert result.stdout.splitlines()[1].startswith("Due ")
    document = json.loads(run("tasks", "-a", "STTTT", PLAN_2026, "--as-of", "28/02/2025",
                              "-f", "json").stdout)
    assert document["succession"] is None
    assert [t["carried_from"] for t in document["tasks"]] == [None] * 4


def test_the_successor_lists_the_duties_it_carries_on_as_remind_does(run: Any) -> None:
    result = run("tasks", "-a", "SKHCN", PLAN_2026, "--as-of", "01/03/2026")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Sở Khoa học và Công nghệ (SKHCN): 4 tasks, as of 01/03/2026",
        "Due                   Role                                      Status        Section  "
        "ID                  Task",
        "30/06/2026            lead via DAUMOI, carried over from STTTT  not reported  I.2      "
        "daumoi-bao-cao      Báo cáo sơ kết 6 tháng.",
        "15/12/2026            lead, carried over from STTTT             not reported  I.1      "
        "stttt-danh-gia-nam  Trước ngày 15/12/2026, tổ chức đánh giá, rút kinh nghiệm.",
        # its own lead beats coordinating for STTTT
        "recurring, quarterly  lead                                      not reported  I.1      "
        "stttt-hop-bao       Tổ chức họp báo định kỳ hằng quý.",
        "throughout            lead, carried over from STTTT             not reported  I.1      "
        "stttt-dau-moi       Là cơ quan đầu mối triển khai Kế hoạch này.",
    ]
    before = run("tasks", "-a", "SKHCN", PLAN_2026, "--as-of", "2025-02-28", "-f", "json")
    assert [t["id"] for t in json.loads(before.stdout)["tasks"]] == ["stttt-hop-bao"]


def test_role_filter_and_csv_see_the_carried_duties(run: Any) -> None:
    result = run("tasks", "-a", "SKHCN", "--role", "coordinate", PLAN_2026,
                 "--as-of", "2026-03-01", "-f", "json")
    assert json.loads(result.stdout)["tasks"] == []
    csv_out = run("tasks", "-a", "SKHCN", PLAN_2026, "--as-of", "2026-03-01", "-f", "csv")
    lines = csv_out.stdout_bytes.decode("utf-8-sig").splitlines()
    assert lines[0].endswith(",text,carried_from,completed")
    assert [line.rsplit(",", 2)[1] for line in lines[1:]] == ["STTTT", "STTTT", "", "STTTT"]


def test_group_by_agency_lists_them_under_the_successor_too(run: Any) -> None:
    result = run("tasks", "--group-by", "agency", PLAN_2026, "--as-of", "2026-03-01",
                 "-f", "json")
    rows = [(t["agency"], t["id"], t["carried_from"]) for t in json.loads(result.stdout)["tasks"]
            if t["agency"] in ("SKHCN", "STTTT")]
    assert ("SKHCN", "stttt-danh-gia-nam", "STTTT") in rows
    assert ("STTTT", "stttt-danh-gia-nam", None) in rows
