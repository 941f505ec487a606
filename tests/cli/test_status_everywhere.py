"""One status rule: ``tasks``, ``remind``, ``calendar``, the results report and the site say
the same of each task of one plan, as of one day, from the results files beside the plan and
the plan's inline records alike."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import dump_plan, small_plan
from dakplan.query.status import STATUSES
from dakplan.results.load import results_beside
from dakplan.site.collect import collect
from dakplan.validate import load_plan_v2
from taskplans import deadline, task

AS_OF = "2030-11-01"

# task id -> (status, overdue on AS_OF), as README's "Status" paragraph defines them.
EXPECTED = {
    "t-done": ("done_on_time", False),  # inline done, no day: nothing shows it late
    "t-late": ("done_late", False),  # results file: done 20/04, due 10/04
    "t-file-wins": ("done_on_time", False),  # inline not started, results file done 01/03
    "t-cancelled": ("cancelled", False),
    "t-started": ("in_progress_overdue", True),
    "t-progress-only": ("in_progress_overdue", True),  # progress reported, no status
    "t-file-progress": ("in_progress", False),  # results file, due 01/12
    "t-silent": ("not_reported", True),
    "t-later": ("not_reported", False),  # due after AS_OF
    "t-not-started": ("not_started", True),
}

SYT_ROUND = """\
dakplan_results: 1
plan: '2030'
agency: SYT
round: 2030-10
as_of: 2030-10-31
tasks:
  t-late: {status: done, completed: 2030-04-20}
  t-file-wins: {status: done, completed: 2030-03-01}
  t-file-progress: {status: in_progress}
"""
SYT_JUNE = """\
dakplan_results: 1
plan: '2030'
agency: SYT
round: 2030-06
as_of: 2030-06-30
tasks:
  t-file-progress: {status: not_started}
"""
"""An earlier round: October's record of t-file-progress replaces it."""
DAIA_ROUND = """\
dakplan_results: 1
plan: '2030'
agency: DAIA
round: 2030-10
as_of: 2030-10-31
tasks:
  t-late: {status: in_progress}
"""


def _plan() -> dict[str, Any]:
    data = small_plan()
    record = {"date": "2030-05-02", "note": "Đã quay 2 tập.", "products": {"bao-hinh": 2}}
    data["implementation"].append({"heading": "Sở Y tế", "tasks": [
        task("t-done", "SYT", "Việc đã xong.", deadline("2030-04-01"), status="done"),
        task("t-late", "SYT", "Việc xong muộn.", deadline("2030-04-10"), coordinate=["DAIA"]),
        task("t-file-wins", "SYT", "Việc báo cáo trong tệp.", deadline("2030-04-07"),
             status="not_started"),
        task("t-cancelled", "SYT", "Việc đã hủy.", deadline("2030-04-02"), status="cancelled"),
        task("t-started", "SYT", "Việc đang làm.", deadline("2030-04-03"),
             status="in_progress"),
        task("t-progress-only", "SYT", "Việc có tiến độ.", deadline("2030-04-04"),
             progress=[record]),
        task("t-file-progress", "SYT", "Việc đang làm theo tệp.", deadline("2030-12-01")),
        task("t-silent", "SYT", "Việc chưa báo cáo.", deadline("2030-04-05")),
        task("t-later", "SYT", "Việc cuối năm.", deadline("2030-12-01")),
        task("t-not-started", "SYT", "Việc chưa làm.", deadline("2030-04-06"),
             status="not_started"),
    ]})
    return data


def _repo(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    path = tmp_path / "plans" / "2030.yaml"
    path.write_text(dump_plan(_plan()), encoding="utf-8")
    for round_id, agency, text in (("2030-10", "SYT", SYT_ROUND), ("2030-06", "SYT", SYT_JUNE),
                                   ("2030-10", "DAIA", DAIA_ROUND)):
        folder = tmp_path / "results" / "2030" / round_id
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{agency}.yaml").write_text(text, encoding="utf-8")
    return path


def _events(ics: bytes) -> dict[str, Any]:
    """Task id -> its VEVENT (the description's last line names the task)."""
    from icalendar import Calendar

    return {str(event["description"]).rsplit("Nhiệm vụ: ", 1)[1]: event
            for event in Calendar.from_ical(ics).walk("VEVENT")}


def _rows(run: Callable[..., Any], path: Path, *more: str) -> dict[str, tuple[str, bool]]:
    listed = run("tasks", "--as-of", AS_OF, "-f", "json", str(path), *more)
    assert listed.exit_code == 0, listed.output
    return {row["id"]: (row["status"], row["overdue"])
            for row in json.loads(listed.stdout)["tasks"] if row["id"] in EXPECTED}


def test_every_command_judges_a_task_alike(run: Callable[..., Any], tmp_path: Path) -> None:
    path = _repo(tmp_path)
    assert _rows(run, path) == EXPECTED
    assert _rows(run, path, "--agency", "SYT") == EXPECTED  # its own report: it leads them

    # The report: one line per task, the same seven statuses, adding up to the total.
    report = tmp_path / "report.md"
    assert run("render", "report", str(path), "--as-of", AS_OF,
               "-o", str(report)).exit_code == 0
    shown = report.read_text(encoding="utf-8")
    assert ("| Việc có tiến độ. | Sở Y tế | trước ngày 04/04/2030 | Đang thực hiện quá hạn: "
            "*Đã quay 2 tập.* |") in shown
    # Sở Y tế leads the eleven: 2 + 1 + 1 + 2 + 1 + 1 + 3, four of them open past the deadline;
    # on time 2 of the 2 + 1 done and the 4 past it.
    assert "| Sở Y tế | 11 | 2 | 1 | 1 | 2 | 1 | 1 | 3 | 4 |" in shown
    assert "| Sở Y tế | 11 | 11 | 29% | 2 | 0 đồng |" in shown
    assert ("| Việc xong muộn. | Sở Y tế | trước ngày 10/04/2030 | Hoàn thành quá hạn ngày "
            "20/04/2030 |") in shown
    assert ("| Việc chưa báo cáo. | Sở Y tế | trước ngày 05/04/2030 | Chưa báo cáo, "
            "**quá hạn** |") in shown
    assert "| Việc cuối năm. | Sở Y tế | trước ngày 01/12/2030 | Chưa báo cáo |" in shown

    # remind lists, for the agency that leads them, the open tasks past their deadline, as
    # overdue, and no other.
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
        for n, event in enumerate(e for key, e in events.items()
                                  if key.split("#")[0] == task_id):
            assert bool(event.walk("VALARM")) is (status not in (
                "done_on_time", "done_late", "cancelled")), (task_id, n)
            assert event.get("status") == ("CANCELLED" if status == "cancelled" else None)

    plan = load_plan_v2(path, "site")
    site = collect([(str(path), plan)], dt.date.fromisoformat(AS_OF),
                   results_beside([(str(path), plan)]))
    assert {d.id: (d.status, d.overdue) for d in site.plans[0].duties
            if d.id in EXPECTED} == EXPECTED


def test_an_agency_is_judged_by_its_own_report(run: Callable[..., Any],
                                               tmp_path: Path) -> None:
    """The lead reported t-late done (late); DAIA, which coordinates it, reports it still in
    progress: its own list, reminders and the report's line for it say so."""
    path = _repo(tmp_path)
    assert _rows(run, path, "--agency", "DAIA")["t-late"] == ("in_progress_overdue", True)
    reminded = run("remind", "--as-of", AS_OF, "--agency", "DAIA", "-f", "json", str(path))
    items = json.loads(reminded.stdout)["agencies"][0]["reminders"]
    assert [(i["id"], i["overdue"]) for i in items if i["id"] == "t-late"] == [("t-late", True)]
    shown = run("render", "report", str(path), "--as-of", AS_OF).stdout
    # Đài Truyền hình A: svh-phim (coordinated through PRESS), press-bao-cao (led through
    # PRESS), t-late (coordinated): 3 duties, one in progress past its deadline, which is also
    # the one "trong đó quá hạn" with svh-phim, due 30/06 and not reported.
    assert "| Đài Truyền hình A | 3 | 0 | 0 | 0 | 1 | 0 | 0 | 2 | 2 |" in shown


def test_status_choices_and_done_for_both(run: Callable[..., Any], tmp_path: Path) -> None:
    path = _repo(tmp_path)
    done = _rows(run, path, "--status", "done")
    assert set(done) == {"t-done", "t-late", "t-file-wins"}
    assert set(_rows(run, path, "--status", "hoàn thành quá hạn")) == {"t-late"}
    bad = run("tasks", "--status", "finished", str(path))
    assert bad.exit_code == 2
    assert bad.stderr == ("dakplan: --status: unknown value 'finished'; use one of: "
                          + ", ".join((*STATUSES, "done")) + "\n")


def test_a_broken_results_file_stops_the_commands(run: Callable[..., Any],
                                                  tmp_path: Path) -> None:
    path = _repo(tmp_path)
    broken = tmp_path / "results" / "2030" / "2030-10" / "SYT.yaml"
    broken.write_text(SYT_ROUND.replace("t-late:", "t-nope:"), encoding="utf-8")
    for args in (["tasks", str(path)], ["remind", str(path)],
                 ["render", "report", str(path)]):
        result = run(*args)
        assert result.exit_code == 1, args
        assert result.stderr == (f"{broken}:7:3: DK501 [error] the plan has no task 't-nope'\n"
                                 "dakplan: 1 results file is not valid\n"), args


def test_the_sheet_shows_the_status_beside_what_the_agency_fills(run: Callable[..., Any],
                                                                 tmp_path: Path) -> None:
    """The workbook an agency fills carries, after its columns, the status the rule gives each
    duty on the sheet's day: read only, and not read back by ``results import``."""
    from openpyxl import load_workbook

    from dakplan.outputs.sheet import JUDGED_LABELS

    path = _repo(tmp_path)
    out = tmp_path / "syt.xlsx"
    made = run("tasks", str(path), "--agency", "SYT", "--as-of", AS_OF, "-f", "xlsx",
               "-o", str(out))
    assert made.exit_code == 0, made.output
    ws = load_workbook(out)["Nhiệm vụ"]
    header = [c.value for c in ws[1]]
    assert header[-1] == "Đánh giá đến 01/11/2030" and header[-2] == "Hợp đồng"
    shown = {ws.cell(r, 1).value: ws.cell(r, len(header)).value
             for r in range(2, ws.max_row + 1)}
    for task_id, (status, late) in EXPECTED.items():
        label = JUDGED_LABELS[status]
        assert shown[task_id] == (f"{label}, quá hạn" if late and status != "in_progress_overdue"
                                  else label), task_id
    assert ws.cell(2, len(header)).protection.locked
    taken = run("results", "import", str(out), "--plan", str(path), "--update")
    assert taken.exit_code == 0, taken.output
