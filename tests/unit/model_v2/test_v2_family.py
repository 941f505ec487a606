"""The plan family (tests/family): each fixture validates with exactly the findings its header
comment names, and its body reads as its printed form, line for line."""

from __future__ import annotations

from pathlib import Path

import pytest
from v2help import check, found, line_of

from conftest import ROOT
from dakplan.checks.v2.validate import blocking, reported, validate_file
from dakplan.model.v2 import Duty, Plan

FAMILY = ROOT / "tests" / "family"
FIXTURES = sorted(p.parent.name for p in FAMILY.glob("*/plan.yaml"))


def plan_text(name: str) -> str:
    return (FAMILY / name / "plan.yaml").read_text(encoding="utf-8")


def printed(name: str) -> list[str]:
    text = (FAMILY / name / "printed.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def load(name: str) -> Plan:
    report = validate_file(FAMILY / name / "plan.yaml")
    assert report.plan is not None, report.entries
    return report.plan


def test_five_shapes_at_least() -> None:
    assert len(FIXTURES) >= 5


def test_arabic_lettered_warns_of_the_malformed_number_only() -> None:
    text = plan_text("arabic-lettered")
    report = validate_file(FAMILY / "arabic-lettered" / "plan.yaml")
    assert found(report) == [("DK310", line_of(text, "number: 118/TTr- STTTT"))]
    (entry,) = report.entries
    assert "space after '-' in '118/TTr- STTTT'" in entry.diagnostic.message
    assert report.errors == 0 and not blocking(report.entries, "validate")


@pytest.mark.parametrize("name", ["december", "five-year", "numbered-points"])
def test_clean_fixtures(name: str) -> None:
    report = validate_file(FAMILY / name / "plan.yaml")
    assert report.plan is not None
    assert found(report) == []


def test_waived_basis_is_reported_as_waived() -> None:
    text = plan_text("waived-basis")
    report = validate_file(FAMILY / "waived-basis" / "plan.yaml")
    assert found(report) == [("DK303", line_of(text, "date: 2024-03-12"))]
    (entry,) = report.entries
    assert entry.waived and entry.waiver is not None
    assert entry.waiver.reason.startswith("Văn bản đã ký ghi Quyết định số 312/QĐ-UBND")
    assert entry.waiver_line == line_of(text, "  - code: DK303")
    assert (report.errors, report.warnings, report.waived) == (0, 0, 1)
    assert blocking(report.entries, "validate") == []
    assert blocking(report.entries, "tasks") == []


def test_waived_basis_without_its_waiver() -> None:
    text = plan_text("waived-basis")
    text = text[: text.index("\nwaivers:") + 1]
    report = check(text)
    assert found(report) == [("DK303", line_of(text, "date: 2024-03-12"))]
    assert [e.code for e in blocking(report.entries, "validate")] == ["DK303"]
    # a content error: `tasks` still answers, and prints the error on stderr
    assert blocking(report.entries, "tasks") == []
    assert [e.code for e in reported(report.entries, "tasks")] == ["DK303"]


@pytest.mark.parametrize("name", FIXTURES)
def test_body_reads_as_printed(name: str) -> None:
    plan = load(name)
    lines = printed(name)
    first = lines.index(plan.bases[0].text)
    assert plan.printed_lines() == lines[first: lines.index("Nơi nhận:")]


@pytest.mark.parametrize("name", FIXTURES)
def test_signature_reads_as_printed(name: str) -> None:
    plan = load(name)
    signature = plan.document.signature
    assert [*signature.lines, signature.name] == printed(name)[-len(signature.lines) - 1:]


def test_one_changed_word_is_seen() -> None:
    text = plan_text("numbered-points").replace("hoàn thành trước ngày 30/9/2024",
                                                "hoàn tất trước ngày 30/9/2024")
    plan = check(text).plan
    assert plan is not None
    lines = printed("numbered-points")
    assert plan.printed_lines() != lines[lines.index(plan.bases[0].text): lines.index("Nơi nhận:")]


def labels(name: str) -> dict[str, str | None]:
    return {place.thing.id: place.label for place in load(name).duties()
            if isinstance(place.thing, Duty)}


def test_labels_of_arabic_lettered() -> None:
    found_labels = labels("arabic-lettered")
    assert found_labels["stttt-danh-muc"] == "5. a)"
    assert found_labels["baodai-chuyen-muc"] == "5. d)"


def test_labels_of_numbered_points() -> None:
    plan = load("numbered-points")
    assert [label for _, _, label in plan.located_duties()] == [
        "IV.1. a)", "IV.1. b)", "IV.1. c)", "IV.2. a)", "IV.2. b)", "IV.3. a)", "IV.3. b)",
        "IV.4"]
    themes = [place.label for place in plan.walk() if place.kind == "theme"]
    assert themes == ["II.1", "II.2", "II.3", "II.4"]


def test_five_year_has_two_duty_sections_and_funding_before_implementation() -> None:
    plan = load("five-year")
    parts = [(label, place.part) for place in plan.duties() for label in [place.label]]
    assert [p for p in dict.fromkeys(part for _, part in parts)] == [
        "duties", "funding", "implementation"]
    assert [place.label for place in plan.sections("funding")] == ["IV"]
    assert plan.partners == ["VTV", "VOV"]


def test_reporting_paragraph_has_no_label() -> None:
    plan = load("waived-basis")
    last = list(plan.duties())[-1]
    assert (last.label, last.part) == (None, "reporting")


def test_bases_intro_and_short_names() -> None:
    plan = load("arabic-lettered")
    assert [b.intro for b in plan.bases] == ["thuc-hien", "thuc-hien", "theo-de-nghi"]
    assert plan.bases[0].documents[0].short_name == "Kế hoạch số 96"
    cv = plan.bases[1].documents[0].parsed
    assert cv is not None and (cv.type, cv.issuer, cv.units) == (None, "BTTTT", ("PTTH&TTĐT",))
    assert plan.bases[2].documents[0].parsed is None
    assert load("numbered-points").bases[1].intro == "xet-de-nghi"


def test_december_deadline_before_the_period_is_allowed_but_not_before_the_issue() -> None:
    text = plan_text("december")
    early = text.replace("timing: {type: deadline, date: 2023-12-31}",
                         "timing: {type: deadline, date: 2023-12-19}")
    report = check(early)
    assert found(report) == [
        ("DK302", line_of(early, "date: 2023-12-19}")),
        ("DK308", line_of(early, "Trước ngày 31/12/2023")),
    ]


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_path_is_a_real_file(name: str) -> None:
    assert Path(FAMILY / name / "printed.txt").is_file()
