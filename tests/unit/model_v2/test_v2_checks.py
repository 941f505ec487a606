"""The checks of version 2 plans: exact codes and lines (and columns where a text is read)."""

from __future__ import annotations

import pytest
from v2help import check, found, line_of, small

from dakplan.checks.v2.validate import blocking, reported

DEADLINE = ("                      timing: {type: deadline, date: 2029-12-31}\n"
            "                      text: Hướng dẫn đăng ký sản phẩm trước ngày 31/12/2029.\n")


def with_deadline(timing: str, text: str) -> str:
    return small((DEADLINE, f"                      timing: {timing}\n"
                            f"                      text: {text}\n"))


def test_the_small_plan_is_clean() -> None:
    assert found(check(small())) == []


def test_text_date_differing_from_the_deadline_at_its_column() -> None:
    text = with_deadline("{type: deadline, date: 2029-12-31}",
                         "Hướng dẫn đăng ký trước ngày 30/12/2029.")
    report = check(text)
    line = line_of(text, "Hướng dẫn đăng ký trước")
    assert found(report) == [("DK308", line)]
    column = text.splitlines()[line - 1].index("30/12/2029") + 1
    assert report.entries[0].diagnostic.col == column
    assert "'30/12/2029'" in report.entries[0].diagnostic.message
    assert "31/12/2029" in report.entries[0].diagnostic.message


def test_text_date_inside_a_folded_text_is_found_on_its_own_line() -> None:
    text = with_deadline("{type: deadline, date: 2030-03-15}",
                         ">-\n                        Tổng hợp, hoàn thành\n"
                         "                        chậm nhất là ngày 16/3/2030.")
    report = check(text)
    line = line_of(text, "chậm nhất là ngày 16/3/2030")
    assert found(report) == [("DK308", line)]
    assert report.entries[0].diagnostic.col == 43


@pytest.mark.parametrize(("timing", "words"), [
    ("{type: deadlines, dates: [2030-06-15, 2030-12-15]}", "trước ngày 15/6/2030 và 15/12/2030"),
    ("{type: recurring, frequency: half_yearly, by: [{month: 6, day: 15}]}",
     "trước ngày 15/6 và 15/12"),
    ("{type: recurring, frequency: yearly, by: [{month: 11, day: 15}]}", "hằng năm trước 15/11"),
    ("{type: window, start: 2030-06-01, end: 2030-08-31}",
     "từ ngày 01/6/2030 đến ngày 31/8/2030"),
    ("{type: deadline, date: 2030-12-15}", "trước ngày 15 tháng 12 năm 2020 theo Kế hoạch số "
     "149-KH/TU ngày 11/02/2020".replace("2020 theo", "2030 theo")),
])
def test_text_dates_that_agree(timing: str, words: str) -> None:
    assert found(check(with_deadline(timing, f"Báo cáo {words}."))) == []


@pytest.mark.parametrize("timing", ["{type: throughout}", "{type: recurring}",
                                    "{type: recurring, frequency: quarterly}"])
def test_a_dated_text_on_an_undated_timing(timing: str) -> None:
    text = with_deadline(timing, "Báo cáo trước ngày 15/12/2030.")
    report = check(text)
    assert found(report) == [("DK308", line_of(text, "Báo cáo trước"))]
    assert "the timing has no date" in report.entries[0].diagnostic.message


def test_date_that_does_not_exist_in_a_text() -> None:
    text = with_deadline("{type: deadline, date: 2030-11-30}", "Báo cáo trước ngày 31/11/2030.")
    report = check(text)
    assert found(report) == [("DK301", line_of(text, "Báo cáo trước"))]
    assert report.entries[0].diagnostic.col == text.splitlines()[
        line_of(text, "Báo cáo trước") - 1].index("31/11") + 1


def test_anchor_day_that_does_not_exist() -> None:
    text = small(("by: [{month: 3, day: 10}]", "by: [{month: 3, day: 31}]"),
                 ("trước ngày 10 của tháng", "trước ngày 31 của tháng"))
    report = check(text)
    assert found(report) == [("DK301", line_of(text, "day: 31}"))]
    assert report.entries[0].diagnostic.message == "day 31 does not exist in month 6"


def test_deadline_after_the_period() -> None:
    text = with_deadline("{type: deadline, date: 2031-01-05}", "Báo cáo.")
    report = check(text)
    assert found(report) == [("DK302", line_of(text, "date: 2031-01-05"))]
    assert "20/12/2029 - 31/12/2030" in report.entries[0].diagnostic.message


def test_one_of_several_deadlines_before_the_issue_date() -> None:
    text = small(("dates: [2030-06-15, 2030-11-15]", "dates: [2029-12-01, 2030-11-15]"),
                 ("trước ngày 15/6/2030", "trước ngày 01/12/2029"))
    assert found(check(text)) == [("DK302", line_of(text, "dates: [2029-12-01"))]


def test_basis_after_the_plan_and_its_waiver() -> None:
    text = small(("date: 2029-12-01, issuer", "date: 2029-12-22, issuer"))
    line = line_of(text, "date: 2029-12-22")
    assert found(check(text)) == [("DK303", line)]
    waived = check(text + "waivers:\n  - {code: DK303, at: basis:qd-1-ubnd, reason: Như bản ký.}\n")
    assert found(waived) == [("DK303", line)]
    assert waived.entries[0].waived and waived.errors == 0 and waived.waived == 1
    # a waiver on another subject does not accept it, and is itself unused
    other = check(text + "waivers:\n  - {code: DK303, at: document, reason: Như bản ký.}\n")
    assert [(e.code, e.waived) for e in other.entries] == [("DK303", False), ("DK402", False)]


def test_unknown_references() -> None:
    text = small(("partners: [DAIA]", "partners: [DAIB]"),
                 ("themes: [du-lich]", "themes: [dulich]"))
    report = check(text)
    assert found(report) == [("DK201", line_of(text, "partners: [DAIB]")),
                             ("DK202", line_of(text, "themes: [dulich]"))]
    assert "(did you mean 'DAIA'?)" in report.entries[0].diagnostic.message
    assert [e.code for e in blocking(report.entries, "tasks")] == ["DK201", "DK202"]


def test_duplicate_ids_across_kinds() -> None:
    text = small(("id: kinh-phi,", "id: du-lich,"))
    report = check(text)
    assert found(report) == [("DK204", line_of(text, "id: du-lich, text: Kinh phí"))]
    assert report.entries[0].diagnostic.message == (
        f"clause 'du-lich' is defined twice (first at line {line_of(text, 'theme: {id: du-lich')})")


def test_format_no_media_block_lists() -> None:
    text = small(("media: [bao-hinh]\n", "media: [bao-noi]\n"))
    assert found(check(text)) == [("DK203", line_of(text, "media: [bao-noi]"))]


def test_lead_coordinates_and_nobody_responsible() -> None:
    text = small(("coordinate: [DAIA]", "coordinate: [SVH]"),
                 ("  - {code: SBN, name: Các sở, member_kinds: [department]}",
                  "  - {code: SBN, name: Các sở, members: []}"))
    report = check(text)
    lead_lines = [n + 1 for n, line in enumerate(text.splitlines()) if "lead: SBN" in line]
    assert found(report) == [("DK205", line_of(text, "{code: SBN")),
                             ("DK208", line_of(text, "coordinate: [SVH]")),
                             *(("DK207", n) for n in lead_lines)]


def test_group_cycle() -> None:
    text = small(("  - {code: SBN, name: Các sở, member_kinds: [department]}",
                  "  - {code: SBN, name: Các sở, members: [SBN2]}\n"
                  "  - {code: SBN2, name: Các sở khác, members: [SBN]}"))
    codes = [code for code, _ in found(check(text))]
    assert codes[:2] == ["DK206", "DK206"]


def test_agreement_that_does_not_cover() -> None:
    text = small(("{type: TTr, number: 01/TTr-SVH, date: 2029-12-01, issuer: Sở Văn hóa}",
                  "{type: BTT, name: Thỏa thuận, period: {start: 2025, end: 2029}, "
                  "parties: [UBND, DAIA]}"))
    assert found(check(text)) == [("DK305", line_of(text, "period: {start: 2025"))]


def test_agency_not_in_period_for_its_window() -> None:
    text = small(("  - {code: SVH, name: Sở Văn hóa, kind: department}",
                  "  - {code: SVH, name: Sở Văn hóa, kind: department, valid_to: 2030-05-31,"
                  " merged_into: UBND}"))
    report = check(text)
    assert ("DK307", line_of(text, "coordinate: [DAIA]") - 1) in found(report)


def test_signature_chain_with_tm_not_first() -> None:
    text = small(("      - {authority: TM., on_behalf_of: ỦY BAN NHÂN DÂN}\n", ""),
                 ("      - {authority: KT., on_behalf_of: CHỦ TỊCH}\n",
                  "      - {authority: KT., on_behalf_of: CHỦ TỊCH}\n"
                  "      - {authority: KT., on_behalf_of: GIÁM ĐỐC}\n"))
    report = check(text)
    assert found(report) == [("DK312", line_of(text, "GIÁM ĐỐC"))]
    assert report.errors == 0


def test_malformed_symbol_is_a_warning() -> None:
    text = small(("symbol: KH-UBND", "symbol: KH UBND"))
    report = check(text)
    assert found(report) == [("DK310", line_of(text, "symbol: KH UBND"))]
    assert report.errors == 0 and report.plan is not None


def test_number_year_disagrees_with_date() -> None:
    text = small(("{type: TTr, number: 01/TTr-SVH, date: 2029-12-01",
                  "{type: NĐ, number: 45/2025/NĐ-CP, date: 2024-12-01"))
    assert found(check(text)) == [("DK311", line_of(text, "45/2025"))]


def test_unknown_media_and_redeclared_press_type() -> None:
    text = small(("  - {code: mang-xa-hoi, label: Mạng xã hội}\n",
                  "  - {code: mang-xa-hoi, label: Mạng xã hội}\n  - {code: bao-noi, label: Đài}\n"),
                 ("formats: [bao-hinh, mang-xa-hoi]", "formats: [bao-hinh, mang-xh]"))
    # the duty's mang-xa-hoi is now in no media block: DK203 as well
    assert found(check(text)) == [("DK211", line_of(text, "code: bao-noi")),
                                  ("DK210", line_of(text, "mang-xh")),
                                  ("DK203", line_of(text, "media: [mang-xa-hoi]"))]


def test_waivers_of_structural_or_unknown_codes() -> None:
    extra = ("waivers:\n  - {code: DK999, at: document, reason: x}\n"
             "  - {code: DK102, at: document, reason: x}\n"
             "  - {code: DK303, at: duty:khong-co, reason: x}\n")
    text = small(extra=extra)
    report = check(text)
    assert found(report) == [("DK401", line_of(text, "DK999")), ("DK401", line_of(text, "DK102")),
                             ("DK401", line_of(text, "duty:khong-co"))]
    assert len(blocking(report.entries, "render")) == 3


def test_a_waiver_accepts_a_finding_about_a_duty() -> None:
    text = with_deadline("{type: deadline, date: 2029-12-31}", "Làm trước ngày 30/12/2029.")
    text += "waivers:\n  - {code: DK308, at: duty:svh-dang-ky, reason: Như bản ký.}\n"
    report = check(text)
    assert [(e.code, e.waived) for e in report.entries] == [("DK308", True)]
    assert blocking(report.entries, "validate") == []


def test_a_section_without_an_id_cannot_be_waived_by_position() -> None:
    text = small(('      id: noi-dung\n      kind: themes\n',
                  '      id: noi-dung\n      kind: themes\n      number: "1."\n'))
    report = check(text)
    assert found(report) == [("DK212", line_of(text, 'number: "1."'))]
    waived = check(text + "waivers:\n  - {code: DK212, at: section:noi-dung, reason: x}\n")
    assert [(e.code, e.waived) for e in waived.entries] == [("DK212", True)]


def test_blocking_policy() -> None:
    content = check(small(("date: 2029-12-01, issuer", "date: 2029-12-22, issuer")))
    structural = check(small(("lead: SVH\n                      timing: {type: deadline, date",
                              "lead: SVX\n                      timing: {type: deadline, date")))
    warning = check(small(("symbol: KH-UBND", "symbol: KH UBND")))
    for command in ("tasks", "agencies", "calendar", "remind", "render", "diff", "new"):
        assert blocking(content.entries, command) == []
        assert [e.code for e in blocking(structural.entries, command)] == ["DK201"]
        assert blocking(warning.entries, command) == []
    assert [e.code for e in blocking(content.entries, "validate")] == ["DK303"]
    assert blocking(warning.entries, "validate") == []
    assert [e.code for e in blocking(warning.entries, "validate", strict=True)] == ["DK310"]
    assert [e.code for e in reported(content.entries, "tasks")] == ["DK303"]
    assert reported(warning.entries, "tasks") == []
    assert [e.code for e in reported(warning.entries, "new")] == ["DK310"]


@pytest.mark.parametrize(("block", "code"), [
    ("  - paragraf: Một đoạn.\n", "DK104"),
    ("  - paragraph: Một đoạn.\n    bullets: [x]\n", "DK102"),
    ("  - section: {heading: X, numbered: false, number: \"2.\"}\n", "DK104"),
    ("  - duty: {id: x, lead: SVH, timing: {type: window, start: 2030-05-01, end: 2030-04-01},"
     " text: y}\n", "DK104"),
    ("  - duty: {id: x, lead: SVH, timing: {type: recurring, by: [{day: 1}]}, text: y}\n",
     "DK104"),
])
def test_schema_of_blocks(block: str, code: str) -> None:
    text = small(("  - paragraph: Trên đây là", block + "  - paragraph: Trên đây là"))
    report = check(text)
    assert report.plan is None
    assert [c for c, _ in found(report)] == [code]
    assert found(report)[0][1] == line_of(text, block.strip().splitlines()[0])
