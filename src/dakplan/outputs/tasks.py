"""Output formats of ``dakplan tasks``: table, json, csv, markdown.

* ``table``: a rich table on a terminal; plain aligned columns otherwise (one line per task);
* ``json``: the fixed shape documented in the README (``"version": 3``);
* ``csv``: UTF-8 with a byte-order mark, one line per row, the JSON's field names as header;
* ``markdown``: a pipe table (one per agency with ``--group-by agency``).

Cells for people (table, markdown) speak the current language; JSON and CSV carry codes.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import Writer, dump_json
from dakplan.outputs.tables import Table, write_csv, write_markdown, write_plain, write_rich
from dakplan.tasks import Ended, Listed, TaskList

TASKS_JSON_VERSION = 3
"""The ``version`` of the tasks JSON, ahead of ``outputs.base.JSON_VERSION``: 2 gives timings in
their version 2 forms (deadlines, window, recurring with anchors) and section labels as the
document prints them; 3 the tracking statuses (``done_on_time``, ``done_late``,
``in_progress_overdue`` beside the others, ``done`` no more) and ``completed``."""

CSV_FIELDS = ["plan", "agency", "role", "via", "id", "part", "section", "deadline", "timing",
              "frequency", "status", "overdue", "lead", "coordinate", "themes", "media", "text",
              "carried_from", "completed"]
"""``carried_from`` and ``completed`` came later: they are last, so that columns read by position
stay put."""


# --- plain data ---------------------------------------------------------------------------


def row_dict(row: Listed) -> dict[str, Any]:
    task = row.task
    return {
        "plan": row.plan,
        "id": task.id,
        "part": row.place.part,
        "section": row.place.section,
        "section_title": row.place.title,
        "agency": row.agency,
        "agency_name": row.agency_name,
        "role": row.role,
        "via": row.via,
        "carried_from": row.carried_from,
        "lead": task.lead,
        "coordinate": list(task.coordinate),
        "timing": task.timing.model_dump(mode="json"),
        "deadline": None if row.deadline is None else row.deadline.isoformat(),
        "status": row.status,
        "overdue": row.overdue,
        "completed": None if row.completed is None else row.completed.isoformat(),
        "themes": list(task.themes),
        "media": [str(m) for m in task.media],
        "text": task.text,
    }


def succession_dict(ended: Ended) -> dict[str, Any]:
    found = ended.succession
    return {
        "agency": found.code,
        "ended": None if found.ended is None else found.ended.isoformat(),
        "carried_by": list(found.carriers),
        "explanation": ended.explanation,
    }


def document(result: TaskList) -> dict[str, Any]:
    query = result.query
    agency = query.agency
    return {
        "version": TASKS_JSON_VERSION,
        "plans": result.files,
        "as_of": query.as_of.isoformat(),
        "agency": None if agency is None else {
            "code": agency.code, "name": agency.name, "group": agency.is_group},
        "group_by": "agency" if query.by_agency else None,
        "succession": None if result.ended is None else succession_dict(result.ended),
        "count": len(result.rows),
        "tasks": [row_dict(row) for row in result.rows],
    }


def write_json(result: TaskList, stream: TextIO) -> None:
    dump_json(document(result), stream)


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def write_csv_rows(result: TaskList, stream: TextIO) -> None:
    rows = []
    for row in result.rows:
        data = row_dict(row)
        data["timing"] = row.timing
        data["frequency"] = row.frequency
        rows.append([_csv_cell(data[name]) for name in CSV_FIELDS])
    write_csv(CSV_FIELDS, rows, stream)


# --- cells for people ---------------------------------------------------------------------


def due_cell(row: Listed) -> str:
    return due_text(row.deadline, row.timing, row.frequency)


def due_text(deadline: dt.date | None, timing: str, frequency: str | None) -> str:
    """When a duty is due, for people: its date, else how it recurs, else "throughout"
    (``tasks`` and the site's tables say it alike)."""
    if deadline is not None:
        return format_short_date(deadline)
    if timing == "recurring":
        if frequency is None:
            return t("timing.recurring")
        return t("timing.recurring_every", frequency=t(f"frequency.{frequency}"))
    return t("timing.throughout")


def role_cell(row: Listed) -> str:
    if row.role is None:
        return ""
    role = t(f"role.{row.role}")
    role = role if row.via is None else t("role.via", role=role, group=row.via)
    if row.carried_from is not None:
        role = t("role.carried", role=role, code=row.carried_from)
    return role


def status_cell(row: Listed) -> str:
    label = t(f"status.{row.status}")
    if row.completed is not None:
        return f"{label}, {format_short_date(row.completed)}"
    return t("status.overdue", status=label) if row.judged.marked_overdue else label


def tables(result: TaskList) -> list[Table]:
    query = result.query
    date = format_short_date(query.as_of)
    plan_column = len(result.files) > 1
    per_agency = query.agency is not None or query.by_agency
    headers = [t("col.due")]
    headers += [t("col.role")] if per_agency else [t("col.lead"), t("col.coordinate")]
    headers += [t("col.status"), t("col.section"), t("col.id"), t("col.task")]
    if plan_column:
        headers.insert(0, t("col.plan"))

    def cells(row: Listed) -> list[str]:
        out = [due_cell(row)]
        out += ([role_cell(row)] if per_agency
                else [row.task.lead, ", ".join(row.task.coordinate)])
        out += [status_cell(row), row.place.section or "-", row.task.id, row.task.text]
        return [row.plan, *out] if plan_column else out

    if query.agency is not None:
        title = t("tasks.title_agency", name=query.agency.name, code=query.agency.code,
                  count=len(result.rows), date=date)
        note = None if result.ended is None else result.ended.explanation
        return [Table(headers, [cells(r) for r in result.rows], title, t("tasks.none"), note)]
    if not query.by_agency or not result.rows:
        title = t("tasks.title", count=len(result.rows), date=date)
        return [Table(headers, [cells(r) for r in result.rows], title, t("tasks.none"))]
    out: list[Table] = []
    for (code, name), group in groupby(result.rows, key=lambda r: (r.agency, r.agency_name)):
        rows = [cells(r) for r in group]
        title = t("tasks.title_agency", name=name, code=code, count=len(rows), date=date)
        out.append(Table(headers, rows, title))
    return out


def write_table(result: TaskList, stream: TextIO) -> None:
    (write_rich if stream.isatty() else write_plain)(tables(result), stream)


def write_md(result: TaskList, stream: TextIO) -> None:
    write_markdown(tables(result), stream)


FORMATS: dict[str, Writer[TaskList]] = {
    "table": write_table,
    "json": write_json,
    "csv": write_csv_rows,
    "markdown": write_md,
}
