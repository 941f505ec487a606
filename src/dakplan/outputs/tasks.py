"""Output formats of ``dakplan tasks``: table, json, csv, markdown.

* ``table``: a rich table on a terminal; plain aligned columns otherwise (one line per task);
* ``json``: the fixed shape documented in the README (``"version": 3``);
* ``csv``: UTF-8 with a byte-order mark, one line per row, the JSON's field names as header;
* ``markdown``: a pipe table (one per agency with ``--group-by agency``).

Cells for people (table, markdown) speak the current language; JSON and CSV carry codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from itertools import groupby
from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs import escape
from dakplan.outputs.base import Writer, dump_json
from dakplan.outputs.tables import (
    BOM,
    Table,
    _md_cell,
    _one_line,
    as_text,
    width,
    write_csv,
    write_markdown,
    write_plain,
    write_rich,
)
from dakplan.tasks import Ended, Gathered, Listed, TaskList, TaskQuery, TaskRow

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


# --- written as the rows are read back (``tasks.Gathered``) -------------------------------
#
# Each format makes a row's payload (plain strings) while the plans are read, and writes the
# answer line by line from the sorted payloads: the same bytes as the writers above.

Group = tuple[str | None, str | None] | None


def _headers(query: TaskQuery, files: list[str]) -> list[str]:
    per_agency = query.agency is not None or query.by_agency
    headers = [t("col.due")]
    headers += [t("col.role")] if per_agency else [t("col.lead"), t("col.coordinate")]
    headers += [t("col.status"), t("col.section"), t("col.id"), t("col.task")]
    if len(files) > 1:
        headers.insert(0, t("col.plan"))
    return headers


def _cells(query: TaskQuery, files: list[str], row: Listed | TaskRow) -> list[str]:
    per_agency = query.agency is not None or query.by_agency
    out = [due_cell(row)]  # type: ignore[arg-type]
    out += ([role_cell(row)] if per_agency  # type: ignore[arg-type]
            else [row.task.lead, ", ".join(row.task.coordinate)])
    out += [status_cell(row), row.place.section or "-", row.task.id,  # type: ignore[arg-type]
            row.task.text]
    return [row.plan, *out] if len(files) > 1 else out


def _titles(result: Gathered) -> tuple[str, str | None, str] | None:
    """(title, note, empty) of the answer's one table, or None when there is one table per
    agency (``--group-by agency`` with rows), each titled as it comes."""
    query = result.query
    date = format_short_date(query.as_of)
    if query.agency is not None:
        note = None if result.ended is None else result.ended.explanation
        return (t("tasks.title_agency", name=query.agency.name, code=query.agency.code,
                  count=result.count, date=date), note, t("tasks.none"))
    if not query.by_agency or not result.count:
        return t("tasks.title", count=result.count, date=date), None, t("tasks.none")
    return None


def _group_title(result: Gathered, group: Group) -> str:
    code, name = group or (None, None)
    return t("tasks.title_agency", name=name, code=code, count=result.groups[group],
             date=format_short_date(result.query.as_of))


class Streamed:
    """One format of ``dakplan tasks`` made while the plans are read and written from the
    sorted rows."""

    def __init__(self, query: TaskQuery, files: list[str], tty: bool) -> None:
        self.query = query
        self.files = files
        self.tty = tty

    def make(self, row: TaskRow, group: Group) -> object:
        raise NotImplementedError

    def write(self, result: Gathered, stream: TextIO) -> None:
        raise NotImplementedError


class _TableRows(Streamed):
    """``table``: plain columns, each padded to its widest cell (measured as the rows are
    made), or on a terminal a rich table (made from every row)."""

    def __init__(self, query: TaskQuery, files: list[str], tty: bool) -> None:
        super().__init__(query, files, tty)
        self.headers = _headers(query, files)
        self._head = [width(h) for h in self.headers[:-1]]
        self.widths: dict[Group, list[int]] = {}

    def make(self, row: TaskRow, group: Group) -> object:
        cells = _cells(self.query, self.files, row)
        if self.tty:
            return cells
        cells = [_one_line(c) for c in cells]
        widths = self.widths.get(group)
        if widths is None:
            widths = self.widths[group] = list(self._head)
        for i, cell in enumerate(cells[:-1]):
            w = width(cell)
            if w > widths[i]:
                widths[i] = w
        return cells

    def write(self, result: Gathered, stream: TextIO) -> None:
        if self.tty:
            return self._rich(result, stream)
        titles = _titles(result)
        rows = result.rows()
        if titles is not None:
            title, note, empty = titles
            stream.write(_one_line(title) + "\n")
            if note is not None:
                stream.write(_one_line(note) + "\n")
            if not result.count:
                stream.write(empty + "\n")
                return
            widths = self.widths[None] if self.widths else self._head
            self._line(self.headers, widths, stream)
            for _, cells in rows:
                self._line(cells, widths, stream)  # type: ignore[arg-type]
            return
        current: object = ()
        for group, cells in rows:
            if group != current:
                if current != ():
                    stream.write("\n")
                current = group
                stream.write(_one_line(_group_title(result, group)) + "\n")
                self._line(self.headers, self.widths[group], stream)
            self._line(cells, self.widths[group], stream)  # type: ignore[arg-type]

    @staticmethod
    def _line(cells: list[str], widths: list[int], stream: TextIO) -> None:
        padded = [c + " " * (widths[i] - width(c)) for i, c in enumerate(cells[:-1])]
        stream.write("  ".join([*padded, cells[-1]]).rstrip() + "\n")

    def _rich(self, result: Gathered, stream: TextIO) -> None:
        titles = _titles(result)
        if titles is not None:
            title, note, empty = titles
            table = Table(self.headers, [c for _, c in result.rows()],  # type: ignore[misc]
                          title, empty, note)
            return write_rich([table], stream)
        out: list[Table] = []
        for group, rows in groupby(result.rows(), key=lambda r: r[0]):
            out.append(Table(self.headers, [c for _, c in rows],  # type: ignore[misc]
                             _group_title(result, group)))
        write_rich(out, stream)


class _MarkdownRows(Streamed):
    """``markdown``: a pipe table, each row's line made as the row is."""

    def make(self, row: TaskRow, group: Group) -> object:
        return "| " + " | ".join(_md_cell(c) for c in _cells(self.query, self.files, row)) + " |"

    def _head(self, stream: TextIO) -> None:
        headers = _headers(self.query, self.files)
        stream.write("| " + " | ".join(_md_cell(h) for h in headers) + " |\n")
        stream.write("|" + "|".join("---" for _ in headers) + "|\n")

    def write(self, result: Gathered, stream: TextIO) -> None:
        titles = _titles(result)
        rows = result.rows()
        if titles is not None:
            title, note, empty = titles
            stream.write(f"## {_md_cell(title)}\n\n")
            if note is not None:
                stream.write(escape.markdown(_one_line(note)) + "\n\n")
            if not result.count:
                stream.write(escape.markdown(empty) + "\n")
                return
            self._head(stream)
            for _, line in rows:
                stream.write(line + "\n")  # type: ignore[operator]
            return
        current: object = ()
        for group, line in rows:
            if group != current:
                if current != ():
                    stream.write("\n")
                current = group
                stream.write(f"## {_md_cell(_group_title(result, group))}\n\n")
                self._head(stream)
            stream.write(line + "\n")  # type: ignore[operator]


class _JsonRows(Streamed):
    """``json``: the document's head, then each row's object as ``json.dump`` indents it."""

    def make(self, row: TaskRow, group: Group) -> object:
        text = json.dumps(row_dict(row), ensure_ascii=False, indent=2)  # type: ignore[arg-type]
        return "    " + text.replace("\n", "\n    ")

    def write(self, result: Gathered, stream: TextIO) -> None:
        head = document(TaskList(self.query, self.files, [], result.ended))
        head["count"] = result.count
        text = json.dumps(head, ensure_ascii=False, indent=2)
        if not result.count:
            stream.write(text + "\n")
            return
        stream.write(text[:-len("[]\n}")] + "[\n")
        first = True
        for _, block in result.rows():
            if not first:
                stream.write(",\n")
            first = False
            stream.write(block)  # type: ignore[arg-type]
        stream.write("\n  ]\n}\n")


class _CsvRows(Streamed):
    """``csv``: the header, then each row's cells."""

    def make(self, row: TaskRow, group: Group) -> object:
        data = row_dict(row)  # type: ignore[arg-type]
        data["timing"] = row.timing
        data["frequency"] = row.frequency
        return [as_text(_csv_cell(data[name])) for name in CSV_FIELDS]

    def write(self, result: Gathered, stream: TextIO) -> None:
        stream.write(BOM)
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow([as_text(h) for h in CSV_FIELDS])
        for _, cells in result.rows():
            writer.writerow(cells)  # type: ignore[arg-type]


STREAMED: dict[str, type[Streamed]] = {
    "table": _TableRows,
    "json": _JsonRows,
    "csv": _CsvRows,
    "markdown": _MarkdownRows,
}
"""The formats of ``FORMATS``, written as the rows are read back (``tasks.Gathered``)."""
