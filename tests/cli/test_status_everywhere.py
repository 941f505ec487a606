"""One status rule: ``tasks``, ``remind``, ``calendar`` and the results report say the same of
each task of one plan, as of one day."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import small_plan
from dakplan.render.figures import compute
from dakplan.validate import load_plan_v2
from taskplans import deadline, task

AS_OF = "2030-11-01"

# task id -> (status, overdue on AS_OF), as README's "Status" paragraph defines them.
EXPECTED = {
    "t-done": ("done", False),
    "t-cancelled": ("cancelled", False),
    "t-started": ("in_progress", True),
    "t-progress-only": ("in_progress", True),  # progress reported, no status
    "t-silent": ("not_reported", True),
    "t-later": ("not_reported", False),  # due after AS_OF
    "t-not-started": ("not_started", True),
}


def _plan() -> dict[str, Any]:
    data = small_plan()
    record = {"date": "2030-05-02", "note": "Đã quay 2 tập.", "products": {"bao-hinh": 2}}
    data["implementation"].append({"heading": "Sở Y tế", "tasks": [
        task("t-done", "SYT", "Việc đã xong.", deadline("2030-04-01"), status="done"),
        task("t-cancelled", "SYT", "Việc đã hủy.", deadline("2030-04-02"), status="cancelled"),
        task("t-started", "SYT", "Việc đang làm.", deadline("2030-04-03"),
             status="in_progress"),
        task("t-progress-only", "SYT", "Việc có tiến độ.", deadline("2030-04-04"),
             progress=[record]),
        task("t-silent", "SYT", "Việc chưa báo cáo.", deadline("2030-04-05")),
        task("t-later", "SYT", "Việc cuối năm.", deadline("2030-12-01")),
        task("t-not-started", "SYT", "Việc chưa làm.", deadline("2030-04-06"),
             status="not_started"),
    ]})
    return data


def _events(ics: bytes) -> dict[str, Any]:
    """Task id -> its VEVENT (the description's last line names the task)."""
    from icalendar import Calendar

    return {str(event["description"]).rsplit("Nhiệm vụ: ", 1)[1]: event
            for event in Calendar.from_ical(ics).walk("VEVENT")}


def test_every_command_judges_a_task_alike(run: Callable[..., Any],
                                           write_plan: Callable[..., Path],
                                           tmp_path: Path) -> None:
    path = write_plan(_plan())

    listed = run("tasks", "--as-of", AS_OF, "-f", "json", str(path))
    assert listed.exit_code == 0
    rows = {row["id"]: (row["status"], row["overdue"])
            for row in json.loads(listed.stdout)["tasks"] if row["id"] in EXPECTED}
    assert rows == EXPECTED

    figures = compute(load_plan_v2(path, "render"), dt.date.fromisoformat(AS_OF))
    lines = {line.task.id: (line.status, line.overdue) for line in figures.tasks
             if line.task.id in EXPECTED}
    assert lines == EXPECTED
    counts = {c.status: c.count for c in figures.statuses}
    assert counts["in_progress"] == 2  # t-started, t-progress-only

    report = tmp_path / "report.md"
    assert run("render", "report", "--plan", str(path), "--as-of", AS_OF,
               "-o", str(report)).exit_code == 0
    shown = report.read_text(encoding="utf-8")
    assert ("| Việc có tiến độ. | Sở Y tế | trước ngày 04/04/2030 | Đang thực hiện, **quá hạn** |"
            in shown)
    assert "| Việc cuối năm. | Sở Y tế | trước ngày 01/12/2030 | Chưa báo cáo |" in shown

    # remind lists the open tasks past their deadline, as overdue, and no other.
    reminded = run("remind", "--as-of", AS_OF, "--within", "7", "-f", "text", str(path))
    assert reminded.exit_code == 0
    syt = reminded.stdout.split("SYT — Sở Y tế\n")[1]
    assert syt.startswith("-------------\n\nOverdue:\n\n")
    assert "Due soon" not in syt
    listed_ids = {task_id for task_id in EXPECTED if f"task {task_id})" in syt}
    assert listed_ids == {task_id for task_id, (_, late) in EXPECTED.items() if late}

    calendar = tmp_path / "c.ics"
    assert run("calendar", str(path), "-o", str(calendar)).exit_code == 0
    events = _events(calendar.read_bytes())
    for task_id, (status, _) in EXPECTED.items():
        event = events[task_id]
        assert bool(event.walk("VALARM")) is (status not in ("done", "cancelled")), task_id
        assert event.get("status") == ("CANCELLED" if status == "cancelled" else None), task_id
