"""`dakplan new` on version 2 plans of every shape (tests/family): every timing form moves with
the period, the dates a duty's text gives as its timing follow it or are listed for review,
waivers are copied and listed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from dakplan.checks.v2.validate import validate_file
from dakplan.model.tasks import Deadline
from dakplan.model.v2 import Deadlines, Duty, Plan, Recurring, Window
from dakplan.new import shift_years

FAMILY = ROOT / "tests" / "family"
YEARS = {"arabic-lettered": 2025, "december": 2025, "five-year": 2026, "numbered-points": 2025,
         "waived-basis": 2025}


def duties(plan: Plan) -> dict[str, Duty]:
    return {duty.id: duty for _, duty, _ in plan.located_duties()}


def draft(run: Any, tmp_path: Path, source: Path, year: int, *args: str) -> tuple[Any, Path]:
    out = tmp_path / "draft.yaml"
    result = run("new", str(year), "--from", str(source), "-o", str(out), *args)
    assert result.exit_code == 0, result.stderr
    return result, out


def edited(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (FAMILY / name / "plan.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "source.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(YEARS))
def test_every_timing_form_moves_with_the_period(run: Any, tmp_path: Path, name: str) -> None:
    source = validate_file(FAMILY / name / "plan.yaml").plan
    assert source is not None
    _, out = draft(run, tmp_path, FAMILY / name / "plan.yaml", YEARS[name])
    report = validate_file(out)
    assert report.version == 2 and report.plan is not None
    years = YEARS[name] - source.document.period.start
    period = report.plan.document.period
    assert (period.start, period.end) == (source.document.period.start + years,
                                          source.document.period.end + years)
    before, after = duties(source), duties(report.plan)
    assert list(after) == list(before)  # every duty, in the document's order
    for key, old in before.items():
        new = after[key].timing
        timing = old.timing
        if isinstance(timing, Deadline):
            assert isinstance(new, Deadline) and new.date == shift_years(timing.date, years)
        elif isinstance(timing, Deadlines):
            assert isinstance(new, Deadlines)
            assert new.dates == [shift_years(d, years) for d in timing.dates]
        elif isinstance(timing, Window):
            assert isinstance(new, Window) and new.end == shift_years(timing.end, years)
            assert new.start == (None if timing.start is None else shift_years(timing.start,
                                                                               years))
        else:  # an anchor has no year; a standing duty no date
            assert new == timing
        assert after[key].status is None and after[key].progress == []
    # what a duty's text says of its timing is what its timing says: nothing left to check
    assert [e.code for e in report.entries if e.code in ("DK301", "DK308")] == []


def test_several_deadlines_and_a_window_are_rewritten_in_the_texts(run: Any,
                                                                   tmp_path: Path) -> None:
    result, out = draft(run, tmp_path, FAMILY / "arabic-lettered" / "plan.yaml", 2025)
    lines = result.stdout.splitlines()
    at = lines.index("timing dates rewritten in duty texts:")
    assert lines[at + 1:at + 4] == [
        f"  {out}:222: 5. a) duty:stttt-danh-muc.text: 15/3/2024 → 15/3/2025",
        f"  {out}:237: 5. a) duty:stttt-bao-cao.text: 15/6/2024 → 15/6/2025",
        f"  {out}:237: 5. a) duty:stttt-bao-cao.text: 15/11/2024 → 15/11/2025",
    ]
    text = out.read_text(encoding="utf-8").splitlines()
    assert text[221].strip() == text[236].strip() == "text: >-"
    result, out = draft(run, tmp_path / "w", FAMILY / "waived-basis" / "plan.yaml", 2025)
    assert (f"  {out}:219: III.2 duty:ttyt-chien-dich-sxh.text: 01/6/2024 → 01/6/2025"
            in result.stdout.splitlines())
    assert (f"  {out}:219: III.2 duty:ttyt-chien-dich-sxh.text: 31/8/2024 → 31/8/2025"
            in result.stdout.splitlines())
    assert "từ ngày 01/6/2025 đến ngày 31/8/2025" in " ".join(out.read_text("utf-8").split())


def test_a_due_date_of_a_recurrence_written_with_its_year_moves(run: Any,
                                                                tmp_path: Path) -> None:
    source = edited(tmp_path, "five-year", "Hằng năm, trước ngày 15/11, Sở",
                    "Hằng năm, trước ngày 15/11 (lần đầu trước ngày 15/11/2021), Sở")
    assert validate_file(source).errors == 0
    result, out = draft(run, tmp_path, source, 2026)
    assert "lần đầu trước ngày 15/11/2026" in out.read_text(encoding="utf-8")
    assert ": III.1 duty:stttt-danh-muc-nam.text: 15/11/2021 → 15/11/2026" in result.stdout


def test_a_timing_date_that_is_not_the_dutys_is_listed_not_moved(run: Any,
                                                                 tmp_path: Path) -> None:
    source = edited(tmp_path, "numbered-points", "hoàn thành trước ngày 30/9/2024.",
                    "hoàn thành trước ngày 20/9/2024 (chậm nhất là ngày 31/11/2024).")
    assert {e.code for e in validate_file(source).entries} == {"DK301", "DK308"}
    result, out = draft(run, tmp_path, source, 2025)
    assert "trước ngày 20/9/2024 (chậm nhất là ngày 31/11/2024)" in " ".join(
        out.read_text(encoding="utf-8").split())
    lines = result.stdout.splitlines()
    unsure = [line for line in lines if line.endswith("(a timing date that is none of the "
                                                      "duty's: not moved)")]
    assert [line.split(": ", 2)[1] for line in unsure] == ["IV.1. b) duty:snv-hoi-thi.text"] * 2
    assert lines[lines.index(unsure[0]) - 1] == "2 more places to check:"
    assert unsure[0].endswith(": …g mạng, hoàn thành trước ngày 20/9/2024 (chậm nhất là ngày "
                              "31/11/2024… (a timing date that is none of the duty's: not moved)")
    # each date is listed once: not again as a mention of the old year
    assert sum("duty:snv-hoi-thi" in line for line in lines) == 2
    # and the draft says what validate will say
    assert any(": DK308 [error] " in line for line in lines)
    document = json.loads(run("new", "2025", "--from", str(source), "-o", "-", "-f", "json"
                              ).stderr)
    assert [(m["kind"], m["old"]) for m in document["review"] if m["kind"] == "timing"] == [
        ("timing", "20/9/2024"), ("timing", "31/11/2024")]


def test_waivers_are_copied_and_listed(run: Any, tmp_path: Path) -> None:
    result, out = draft(run, tmp_path, FAMILY / "waived-basis" / "plan.yaml", 2025)
    text = out.read_text(encoding="utf-8")
    assert "waivers:\n  - code: DK303\n    at: basis:qd-312-ubnd\n" in text
    line = text.splitlines().index("  - code: DK303") + 1
    lines = result.stdout.splitlines()
    at = lines.index(f"  {out}:{line}: waivers[0]: DK303 basis:qd-312-ubnd (waiver copied: "
                     "check the defect is still there)")
    assert lines[at - 1] == "1 more place to check:"
    # the draft is undated, so the basis is no longer after it: the waiver accepts nothing
    assert f"{out}:{line}:5: DK402 [warning] " in result.stdout


def test_a_december_plan_moves_its_deadline_before_the_period(run: Any, tmp_path: Path) -> None:
    result, out = draft(run, tmp_path, FAMILY / "december" / "plan.yaml", 2025)
    plan = validate_file(out).plan
    assert plan is not None
    assert duties(plan)["stttt-huong-dan-dang-ky"].timing == Deadline(
        type="deadline", date=dt.date(2024, 12, 31))
    assert ": IV.1 duty:stttt-huong-dan-dang-ky.text: 31/12/2023 → 31/12/2024" in result.stdout
    # the issue year of the old plan is an old year too
    assert ": bases[2].text: …h số 287/TTr-STTTT ngày 11/12/2023. (citation" in result.stdout
    # undated, the draft cannot have a deadline before its period: said, not hidden
    assert ": DK302 [error] due date 31/12/2024 is outside 01/01/2025 - 31/12/2025" \
        in result.stdout


def test_recurring_anchors_and_bare_recurrences_stay(run: Any, tmp_path: Path) -> None:
    _, out = draft(run, tmp_path, FAMILY / "five-year" / "plan.yaml", 2026)
    plan = validate_file(out).plan
    assert plan is not None
    timing = duties(plan)["stttt-danh-muc-nam"].timing
    assert isinstance(timing, Recurring) and [(a.month, a.day) for a in timing.by] == [(11, 15)]
    assert isinstance(duties(plan)["stttt-thong-tin-6-thang"].timing, Recurring)


def test_never_writes_over_an_existing_file(run: Any, tmp_path: Path) -> None:
    out = tmp_path / "2025.yaml"
    out.write_text("mine\n", encoding="utf-8")
    result = run("new", "2025", "--from", str(FAMILY / "december" / "plan.yaml"), "-o", str(out))
    assert result.exit_code == 2 and f"{out} exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
