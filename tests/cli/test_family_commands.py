"""Every command that reads version 2 works on each plan of the family (tests/family), and
the blocking policy holds: a content error answers with the error on stderr."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from dakplan.checks.v2.validate import validate_file

FAMILY = ROOT / "tests" / "family"
FIXTURES = sorted(p.parent.name for p in FAMILY.glob("*/plan.yaml"))
AS_OF = {"arabic-lettered": "2024-07-01", "december": "2024-01-05", "five-year": "2023-11-01",
         "numbered-points": "2024-06-20", "waived-basis": "2024-05-20"}


def plan(name: str) -> str:
    return str(FAMILY / name / "plan.yaml")


@pytest.mark.parametrize("name", FIXTURES)
def test_validate_passes(run, name: str) -> None:
    result = run("validate", plan(name))
    assert result.exit_code == 0, result.stdout
    assert "0 errors" in result.stdout


@pytest.mark.parametrize("name", FIXTURES)
def test_tasks_lists_every_duty_with_its_label(run, name: str) -> None:
    result = run("tasks", plan(name), "-f", "json", "--as-of", AS_OF[name])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    text = (FAMILY / name / "plan.yaml").read_text(encoding="utf-8")
    assert document["version"] == 3
    duties = re.findall(r"^\s*(?:- )?duty:", text, re.MULTILINE)
    assert document["count"] == len(duties) > 0
    for row in document["tasks"]:
        assert f"id: {row['id']}" in text


@pytest.mark.parametrize("name", FIXTURES)
def test_agencies_render_calendar_remind(run, name: str, tmp_path: Path) -> None:
    assert run("agencies", plan(name)).exit_code == 0
    for template in ("plan", "report"):
        result = run("render", template, plan(name), "--as-of", AS_OF[name])
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
    lead = json.loads(run("tasks", plan(name), "-f", "json").stdout)["tasks"][0]["lead"]
    sheet = run("render", "agency", plan(name), "--agency", lead)
    assert sheet.exit_code == 0, sheet.stderr
    ics = tmp_path / "plan.ics"
    result = run("calendar", plan(name), "-o", str(ics))
    assert result.exit_code == 0, result.stderr
    assert ics.read_bytes().count(b"BEGIN:VEVENT") > 0
    result = run("remind", plan(name), "--as-of", AS_OF[name], "--within", "400")
    assert result.exit_code == 0, result.stderr


def test_several_deadlines_and_anchors_reach_the_calendar(run, tmp_path: Path) -> None:
    ics = tmp_path / "plan.ics"
    assert run("calendar", plan("five-year"), "-o", str(ics)).exit_code == 0
    data = ics.read_text(encoding="utf-8")
    assert "RRULE:FREQ=YEARLY;UNTIL=20251231;BYMONTHDAY=15;BYMONTH=11" in data
    assert "RRULE:FREQ=YEARLY;UNTIL=20251231;BYMONTHDAY=15;BYMONTH=12" in data
    assert "RRULE:FREQ=MONTHLY;UNTIL=20251231;INTERVAL=6" in data


def test_tasks_answers_in_spite_of_an_unwaived_basis_date(run, tmp_path: Path) -> None:
    text = (FAMILY / "waived-basis" / "plan.yaml").read_text(encoding="utf-8")
    head, _, _ = text.partition("\nwaivers:")
    assert head != text
    path = tmp_path / "plan.yaml"
    path.write_text(head + "\n", encoding="utf-8")
    result = run("tasks", str(path), "--as-of", "2024-05-20")
    assert result.exit_code == 0
    assert "6 tasks, as of 20/05/2024" in result.stdout
    assert f"{path}:" in result.stderr and "DK303" in result.stderr
    assert "1 finding not waived" in result.stderr
    checked = run("validate", str(path))
    assert checked.exit_code == 1 and "DK303" in checked.stdout


def test_results_and_site_answer_in_spite_of_an_unwaived_basis_date(run, tmp_path: Path) -> None:
    text = (FAMILY / "waived-basis" / "plan.yaml").read_text(encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(text.partition("\nwaivers:")[0] + "\n", encoding="utf-8")
    summary = run("results", "summary", "--plan", str(path), "--as-of", "2024-05-20")
    assert summary.exit_code == 0, summary.stderr
    assert "DK303" in summary.stderr and "1 finding not waived" in summary.stderr
    site = run("site", str(path), "-o", str(tmp_path / "site"), "--as-of", "2024-05-20")
    assert site.exit_code == 0, site.stderr
    assert "DK303" in site.stderr and (tmp_path / "site" / "index.html").is_file()


def test_waived_finding_shows_in_validate(run) -> None:
    result = run("validate", plan("waived-basis"))
    assert result.exit_code == 0
    assert "DK303 [error] (waived: Văn bản đã ký ghi Quyết định số 312/QĐ-UBND" in result.stdout
    assert result.stdout.endswith("1 file checked: 0 errors, 0 warnings, 1 waived\n")


@pytest.mark.parametrize("name", FIXTURES)
def test_new_drafts_the_next_period_and_diff_reads_both(run, name: str, tmp_path: Path) -> None:
    source = validate_file(plan(name)).plan
    assert source is not None
    period = source.document.period
    years = period.end - period.start + 1
    draft = tmp_path / "next.yaml"
    result = run("new", str(period.end + 1), "--from", plan(name), "-o", str(draft))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"wrote {draft} from {plan(name)} (dates moved by {years} "
                                    f"year")
    result = run("diff", plan(name), str(draft))
    assert result.exit_code == 0, result.stderr
    moved = f"{period.start + years}" if years == 1 else \
        f"{period.start + years}-{period.end + years}"
    assert f"  document period: {period} → {moved}\n" in result.stdout
