"""A filled results sheet -> one agency's ``Results``, or problems each named with its cell
(``FILLED.xlsx:'Nhiệm vụ'!E7: ...``).

The sheet must be one ``outputs.sheet`` wrote (its hidden ``_dakplan`` sheet names the plan and
the agency) for the plan given. Refused, each at its cell: a task id the plan does not have, a
task text that is not the plan's, a status not in the list, a date that is not a date, a count
or an amount that is not a whole number of zero or more. An empty status with nothing else
filled is a duty not reported yet; it is left out of the results.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.vn import nfc
from dakplan.model.results import Results, TaskResult
from dakplan.model.v2 import Plan
from dakplan.results.columns import META, SHEET, SHEET_VERSION, columns, status_from_cell


@dataclass(frozen=True)
class Problem:
    cell: str
    message: str


@dataclass
class Intake:
    plan_stem: str
    agency: str
    round: str
    as_of: dt.date
    tasks: dict[str, TaskResult] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def results(self, round_id: str | None = None, as_of: dt.date | None = None) -> Results:
        return Results(dakplan_results=1, plan=self.plan_stem, agency=self.agency,
                       round=round_id or self.round, as_of=as_of or self.as_of,
                       tasks=dict(self.tasks))


_DMY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def _date(value: Any) -> dt.date | None | str:
    """A date, None for an empty cell, or the text of a value that is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for pattern, order in ((_DMY, (2, 1, 0)), (_ISO, (0, 1, 2))):
            found = pattern.match(value)
            if found:
                parts = [int(p) for p in found.groups()]
                try:
                    return dt.date(parts[order[0]], parts[order[1]], parts[order[2]])
                except ValueError:
                    return value
    return str(value)


def _whole(value: Any) -> int | None | str:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().replace(".", "").isdigit():
        value = int(value.strip().replace(".", ""))  # "1.500.000" as Vietnamese write it
    if isinstance(value, int) and value >= 0:
        return value
    return str(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = nfc(str(value)).strip()
    return text or None


def _same_text(a: str, b: str) -> bool:
    return " ".join(nfc(a).split()) == " ".join(nfc(b).split())


def read_sheet(data: bytes, name: str, plan: Plan, plan_stem: str) -> Intake:
    """The results in a filled sheet; ``UsageError`` when it is not a dakplan sheet at all or
    is for another plan."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        book: Any = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise UsageError(t("intake.unreadable", file=name, reason=str(exc) or
                           type(exc).__name__)) from None
    if META not in book.sheetnames or SHEET not in book.sheetnames:
        raise UsageError(t("intake.not_a_sheet", file=name))
    meta: dict[str, Any] = {}
    ids: list[str] = []
    for key, value in book[META].iter_rows(min_col=1, max_col=2, values_only=True):
        if key == "task":
            ids.append(str(value))
        elif isinstance(key, str):
            meta[key] = value
    if meta.get("dakplan-sheet") != SHEET_VERSION or not meta.get("agency"):
        raise UsageError(t("intake.not_a_sheet", file=name))
    if meta.get("plan") != plan_stem:
        raise UsageError(t("intake.other_plan", file=name, plan=meta.get("plan"),
                           given=plan_stem))
    as_of = _date(meta.get("as_of"))
    if not isinstance(as_of, dt.date):
        raise UsageError(t("intake.not_a_sheet", file=name))
    intake = Intake(plan_stem, str(meta["agency"]), str(meta.get("round") or ""), as_of)
    cols = columns(plan)
    if meta.get("columns") != ",".join(col.key for col in cols):
        raise UsageError(t("intake.other_columns", file=name))
    sheet = book[SHEET]
    tasks = {duty.id: duty for _, duty, _ in plan.located_duties()}
    letter = {col.key: get_column_letter(c) for c, col in enumerate(cols, 1)}
    quoted = f"'{SHEET}'" if " " in SHEET else SHEET

    def problem(key: str, row: int, message: str) -> None:
        intake.problems.append(Problem(f"{name}:{quoted}!{letter[key]}{row}", message))

    for r, cells in enumerate(sheet.iter_rows(min_row=2, max_col=len(cols), values_only=True),
                              2):
        value = dict(zip((col.key for col in cols), cells, strict=False))
        if all(v is None or v == "" for v in value.values()):
            continue
        task_id = _text(value["id"]) or ""
        task = tasks.get(task_id)
        if task is None:
            problem("id", r, t("intake.unknown_id", id=task_id))
            continue
        if not _same_text(str(value["text"] or ""), task.text):
            problem("text", r, t("intake.changed_text", id=task_id))
        filled = {k: v for k, v in value.items()
                  if k not in ("id", "text", "role", "due") and v not in (None, "")}
        if not filled:
            continue
        raw_status = value["status"]
        status = status_from_cell(str(raw_status)) if raw_status not in (None, "") else None
        if status is None:
            problem("status", r, t("intake.bad_status", value=_text(raw_status) or "",
                                   id=task_id))
            continue
        completed = _date(value["completed"])
        if isinstance(completed, str):
            problem("completed", r, t("intake.not_a_date", value=completed))
            completed = None
        products: dict[str, int] = {}
        for col in cols:
            if col.media is None:
                continue
            count = _whole(value[col.key])
            if isinstance(count, str):
                problem(col.key, r, t("intake.not_a_count", value=count))
            elif count:
                products[str(col.media)] = count
        amount = _whole(value["amount"])
        if isinstance(amount, str):
            problem("amount", r, t("intake.not_a_count", value=amount))
            amount = None
        intake.tasks[task_id] = TaskResult.model_validate({
            "status": status.value, "completed": completed, "result": _text(value["result"]),
            "products": products, "amount": amount, "contract": _text(value["contract"])})
    if ids and not intake.problems and set(ids) - set(tasks):
        missing = sorted(set(ids) - set(tasks))
        intake.problems.append(Problem(f"{name}:{META}", t("intake.unknown_id",
                                                         id=", ".join(missing))))
    return intake
