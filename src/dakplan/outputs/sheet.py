"""An agency's duties as an Excel workbook to fill in (``dakplan tasks --agency X -f xlsx``).

* Vietnamese text as it is; deadlines and completion dates as dates (dd/mm/yyyy); the header
  row frozen, the id and task columns too; column widths set, long text wrapped.
* The columns the agency fills (status from a drop-down list, completion date, result, products
  per media format of the plan, amount, contract) are unlocked; the sheet is protected without a
  password, so the plan's columns cannot be changed by mistake (anyone may lift the protection:
  it guards against slips, not against intent, and ``results import`` checks those columns).
* A hidden sheet ``_dakplan`` names the plan, the agency, the round and the task of each row.
* The same input gives the same bytes: the workbook's creator and times are fixed, and so are
  the times inside the zip archive.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from dakplan.i18n import t
from dakplan.model.results import TaskResult
from dakplan.model.v2 import Plan
from dakplan.results.columns import META, SHEET, SHEET_VERSION, STATUS_LABELS, columns
from dakplan.tasks import Listed

JUDGED_LABELS = {
    "done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành quá hạn",
    "in_progress": "Đang thực hiện trong hạn", "in_progress_overdue": "Đang thực hiện quá hạn",
    "not_started": "Chưa thực hiện", "cancelled": "Đã hủy", "not_reported": "Chưa báo cáo"}
"""The tracking statuses (``query.status``) as the sheet, a Vietnamese document, words them."""
DATE_FORMAT = "DD/MM/YYYY"
FIXED_TIME = dt.datetime(2000, 1, 1)
"""Stands for every time a workbook records: a sheet made twice is the same file."""
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _due(row: Listed) -> object:
    if row.deadline is not None:
        return row.deadline
    if row.timing == "recurring":
        return "Định kỳ"
    return "Cả năm" if row.timing == "throughout" else ""


def _value(key: str, result: TaskResult | None) -> object:
    if result is None:
        return None
    if key == "status":
        return STATUS_LABELS[result.status]
    if key.startswith("products:"):
        return result.products.get(key.split(":", 1)[1])
    return getattr(result, key)


def workbook_bytes(plan: Plan, plan_stem: str, agency: str, rows: Sequence[Listed],
                   round_id: str, as_of: dt.date,
                   prefill: Mapping[str, TaskResult] | None = None) -> bytes:
    """The workbook of ``agency``'s duties ``rows``; ``prefill``: what it reported already."""
    prefill = prefill or {}
    cols = columns(plan)
    # openpyxl's cells take any value its stubs list one by one: held as Any here.
    book: Any = Workbook()
    sheet: Any = book.active
    sheet.title = SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    wrap = Alignment(wrap_text=True, vertical="top")
    for c, col in enumerate(cols, 1):
        cell = sheet.cell(1, c, col.header)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if col.filled:
            cell.fill = fill
        sheet.column_dimensions[get_column_letter(c)].width = col.width
    roles = {"lead": "Chủ trì", "coordinate": "Phối hợp"}
    for r, row in enumerate(rows, 2):
        known = prefill.get(row.task.id)
        values: dict[str, object] = {"id": row.task.id, "text": row.task.text,
                                     "role": roles.get(row.role or "", ""), "due": _due(row)}
        for c, col in enumerate(cols, 1):
            value = values[col.key] if col.key in values else _value(col.key, known)
            cell = sheet.cell(r, c, value)
            cell.alignment = wrap
            if col.key in ("due", "completed"):
                cell.number_format = DATE_FORMAT
            elif col.key == "amount" or col.media is not None:
                cell.number_format = "#,##0"
            if col.filled:
                cell.protection = Protection(locked=False)
    # What the plan's rule makes of the duty as of the sheet's day, after the columns the
    # agency fills: its to read, not to change (results import reads no further than those).
    judged = len(cols) + 1
    cell = sheet.cell(1, judged, f"Đánh giá đến {as_of:%d/%m/%Y}")
    cell.font = bold
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.column_dimensions[get_column_letter(judged)].width = 26
    for r, row in enumerate(rows, 2):
        label = JUDGED_LABELS[row.status]
        sheet.cell(r, judged, f"{label}, quá hạn" if row.judged.marked_overdue else label
                   ).alignment = wrap
    last = max(len(rows) + 1, 2)
    letter = {col.key: get_column_letter(c) for c, col in enumerate(cols, 1)}
    status = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS.values()) + '"',
                            allow_blank=True, showErrorMessage=True,
                            errorTitle="Tình trạng", error=t("sheet.pick_status"))
    status.add(f"{letter['status']}2:{letter['status']}{last}")
    period = plan.document.period
    dates = DataValidation(type="date", operator="between",
                           formula1=f"DATE({period.start},1,1)",
                           formula2=f"DATE({period.end},12,31)", allow_blank=True,
                           showErrorMessage=True, errorTitle="Ngày hoàn thành",
                           error=t("sheet.pick_date", period=str(period)))
    dates.add(f"{letter['completed']}2:{letter['completed']}{last}")
    counts = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                            allow_blank=True, showErrorMessage=True)
    for col in cols:
        if col.media is not None or col.key == "amount":
            counts.add(f"{letter[col.key]}2:{letter[col.key]}{last}")
    for validation in (status, dates, counts):
        sheet.add_data_validation(validation)
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False

    meta: Any = book.create_sheet(META)
    meta.sheet_state = "hidden"
    head: list[tuple[str, object]] = [
        ("dakplan-sheet", SHEET_VERSION), ("plan", plan_stem),
        ("number", plan.document.number_symbol), ("agency", agency), ("round", round_id),
        ("as_of", as_of), ("columns", ",".join(col.key for col in cols))]
    for r, (key, value) in enumerate(head, 1):
        meta.cell(r, 1, key)
        meta.cell(r, 2, value)
    for r, row in enumerate(rows, len(head) + 1):
        meta.cell(r, 1, "task")
        meta.cell(r, 2, row.task.id)
    meta.protection.sheet = True
    book.security = WorkbookProtection(lockStructure=True)
    return _save(book)


def _save(book: Any) -> bytes:
    book.properties.creator = "dakplan"
    book.properties.lastModifiedBy = "dakplan"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    # The archive records each member's time of writing: set them all to one fixed time.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as fixed:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, _ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            fixed.writestr(member, source.read(info.filename))
    return out.getvalue()
