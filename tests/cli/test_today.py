"""The default --as-of is today in Vietnam, whatever the machine's clock zone; DAKPLAN_TIMEZONE
names another zone, and a name that is no zone is a usage error."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import small_plan
from dakplan.query import clock

# 01:30 on 2 December in Vietnam (UTC+07:00), still 1 December in UTC and in Honolulu.
INSTANT = dt.datetime(2026, 12, 1, 18, 30, tzinfo=dt.UTC)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "now", lambda: INSTANT)
    monkeypatch.delenv("DAKPLAN_TIMEZONE", raising=False)


@pytest.fixture
def plan(write_plan: Any) -> Path:
    return write_plan(small_plan())


@pytest.mark.parametrize(("zone", "day"), [
    (None, dt.date(2026, 12, 2)), ("", dt.date(2026, 12, 2)),
    ("Asia/Ho_Chi_Minh", dt.date(2026, 12, 2)), ("Asia/Saigon", dt.date(2026, 12, 2)),
    ("UTC", dt.date(2026, 12, 1)), ("Pacific/Honolulu", dt.date(2026, 12, 1)),
    ("Pacific/Kiritimati", dt.date(2026, 12, 2)), ("Etc/GMT+12", dt.date(2026, 12, 1)),
])
def test_today_is_the_day_in_the_zone(frozen: None, monkeypatch: pytest.MonkeyPatch,
                                      zone: str | None, day: dt.date) -> None:
    if zone is not None:
        monkeypatch.setenv("DAKPLAN_TIMEZONE", zone)
    assert clock.today() == day


def test_tasks_default_as_of(frozen: None, run: Any, plan: Path) -> None:
    result = run("tasks", "-f", "json", str(plan))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["as_of"] == "2026-12-02"
    assert run("tasks", str(plan)).stdout.startswith("4 tasks, as of 02/12/2026\n")
    utc = run("tasks", "-f", "json", str(plan), env={"DAKPLAN_TIMEZONE": "UTC"})
    assert json.loads(utc.stdout)["as_of"] == "2026-12-01"


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "../../etc/passwd", "/etc/passwd",
                                  "Asia/Ho Chi Minh", "x" * 300])
def test_a_name_that_is_no_zone_is_a_usage_error(frozen: None, run: Any, plan: Path,
                                                 zone: str) -> None:
    result = run("tasks", str(plan), env={"DAKPLAN_TIMEZONE": zone})
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (f"dakplan: DAKPLAN_TIMEZONE: '{zone}' is not a time zone; use a "
                             "name such as Asia/Ho_Chi_Minh or UTC\n")
    # A day given on the command line needs no zone.
    given = run("tasks", str(plan), "--as-of", "2030-01-01", env={"DAKPLAN_TIMEZONE": zone})
    assert given.exit_code == 0


def _vietnam_today() -> dt.date:
    # Computed apart from dakplan: Vietnam has kept UTC+07:00, without daylight saving, since 1975.
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()


@pytest.mark.parametrize("tz", ["UTC", "Pacific/Honolulu", "Pacific/Kiritimati"])
def test_the_machine_zone_does_not_matter(plan: Path, tz: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DAKPLAN_TIMEZONE"}
    env["TZ"] = tz
    before = _vietnam_today()
    out = subprocess.run([sys.executable, "-m", "dakplan", "tasks", "-f", "json", str(plan)],
                         env=env, capture_output=True, text=True, check=True).stdout
    after = _vietnam_today()
    assert json.loads(out)["as_of"] in {before.isoformat(), after.isoformat()}


def test_without_a_system_time_zone_database(plan: Path, tmp_path: Path) -> None:
    # Windows and slim containers have no /usr/share/zoneinfo: the tzdata package supplies it.
    env = {k: v for k, v in os.environ.items() if k != "DAKPLAN_TIMEZONE"}
    env.update(TZ="UTC", PYTHONTZPATH=str(tmp_path / "no-zoneinfo"))
    before = _vietnam_today()
    out = subprocess.run([sys.executable, "-m", "dakplan", "tasks", "-f", "json", str(plan)],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["as_of"] in {before.isoformat(), _vietnam_today().isoformat()}
