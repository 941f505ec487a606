"""`dakplan calendar` and `dakplan remind` as a person types them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar

from conftest import EXAMPLES, PLAN_2020, small_plan


def test_calendar_for_stttt(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "stttt.ics"
    result = run("calendar", str(PLAN_2020), "--agency", "Sở TT&TT", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"{out}: 3 events written (0 repeating, 1 one-off reminder for duties with no "
        "frequency)\n11 standing duties for the whole period are not calendar entries; "
        "`dakplan tasks` lists them\n")
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 3
    assert str(calendar["X-WR-CALNAME"]).endswith(" — STTTT")
    first = out.read_bytes()
    assert run("calendar", str(PLAN_2020), "-a", "STTTT", "-o", str(out)).exit_code == 0
    assert out.read_bytes() == first


def test_calendar_alarm_days(run: Callable[..., Any], tmp_path: Path) -> None:
    out = tmp_path / "all.ics"
    assert run("calendar", str(PLAN_2020), "--alarm-days", "3", "-o", str(out)).exit_code == 0
    assert b"TRIGGER:-P3D" in out.read_bytes() and b"P14D" not in out.read_bytes()
    bad = run("calendar", str(PLAN_2020), "--alarm-days", "-1", "-o", str(out))
    assert bad.exit_code == 2


def test_calendar_usage_errors(run: Callable[..., Any], tmp_path: Path,
                               write_plan: Callable[..., Path]) -> None:
    out = tmp_path / "x.ics"
    result = run("calendar", str(PLAN_2020), "--agency", "NOBODY", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: unknown agency or group 'NOBODY'; `dakplan agencies` "
                             "lists the names it knows\n")
    assert not out.exists()
    # The same resolution as `dakplan tasks`: a near miss gets the closest names.
    near = run("calendar", str(PLAN_2020), "--agency", "Sở TT&TX", "-o", str(out))
    assert near.exit_code == 2
    assert near.stderr == ("dakplan: unknown agency or group 'Sở TT&TX'; did you mean: "
                           "STTTT (Sở Thông tin và Truyền thông)?\n")
    assert not out.exists()
    missing = run("calendar", str(PLAN_2020))
    assert missing.exit_code == 2 and "--output" in missing.stderr
    data = small_plan()
    data["implementation"][0]["tasks"][0]["lead"] = "NOBODY"
    broken = write_plan(data)
    result = run("calendar", str(broken), "-o", str(out))
    assert result.exit_code == 1
    assert " DK201 [error] unknown agency or group 'NOBODY'" in result.stderr
    unwritable = run("calendar", str(PLAN_2020), "-o", str(tmp_path / "no" / "such" / "x.ics"))
    assert unwritable.exit_code == 2 and "cannot write" in unwritable.stderr


def test_remind_text_and_markdown(run: Callable[..., Any]) -> None:
    result = run("remind", str(PLAN_2020), "--as-of", "01/12/2020", "--format", "text")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Reminders as of 01/12/2020: due within 14 days, or overdue"
    headings = [line for line in lines if " — " in line and not line.startswith(" ")]
    assert headings == ["STTTT — Sở Thông tin và Truyền thông", "TTXVN — Thông tấn xã Việt Nam",
                        "VOV — Đài Tiếng nói Việt Nam",
                        "VTV8 — Ban điều hành kênh Truyền hình Quốc gia VTV8"]
    markdown = run("remind", str(PLAN_2020), "--as-of", "2020-12-01")
    assert markdown.stdout.startswith("# Reminders as of 01/12/2020")
    assert "## STTTT — Sở Thông tin và Truyền thông" in markdown.stdout


def test_remind_successor_in_vietnamese(run: Callable[..., Any]) -> None:
    plan = EXAMPLES / "invalid" / "dk307-agency-not-in-period.yaml"
    result = run("--lang", "vi", "remind", str(plan), "--as-of", "2026-12-10")
    assert result.exit_code == 0
    assert "## SKHCN — Sở Khoa học và Công nghệ" in result.stdout
    assert ("- **15/12/2026 (còn 5 ngày), chủ trì, kế thừa từ STTTT (Sở Thông tin và Truyền "
            "thông)**: Trước ngày 15/12/2026, tổ chức đánh giá, rút kinh nghiệm.") in result.stdout


def test_remind_usage_errors(run: Callable[..., Any]) -> None:
    bad_date = run("remind", str(PLAN_2020), "--as-of", "31/02/2020")
    assert bad_date.exit_code == 2
    # One way to read a date option, as `dakplan tasks --as-of` reads it: a day that does not
    # exist is told apart from text that is not a date at all.
    assert bad_date.stderr == "dakplan: --as-of: '31/02/2020' is not a date that exists\n"
    not_a_date = run("remind", str(PLAN_2020), "--as-of", "soon")
    assert not_a_date.exit_code == 2
    assert not_a_date.stderr == (
        "dakplan: --as-of: 'soon' is not a date; write 2020-12-15 or 15/12/2020\n")
    bad_format = run("remind", str(PLAN_2020), "--as-of", "2020-12-01", "-f", "html")
    assert bad_format.exit_code == 2
    assert bad_format.stderr == (
        "dakplan: unknown format 'html'; use one of: markdown, text, json\n")
