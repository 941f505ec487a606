"""The columns of an agency's results sheet, shared by the writer (``outputs.sheet``) and the
reader (``results.intake``): what each holds, its header, and whether the agency fills it."""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.i18n.vn import match_key
from dakplan.model import Status
from dakplan.model.v2 import Plan

SHEET = "Nhiệm vụ"
META = "_dakplan"
"""The hidden sheet naming the plan, the agency, the round and the task of each row."""
SHEET_VERSION = 1

STATUS_LABELS: dict[Status, str] = {
    Status.NOT_STARTED: "Chưa thực hiện",
    Status.IN_PROGRESS: "Đang thực hiện",
    Status.DONE: "Đã hoàn thành",
    Status.CANCELLED: "Đã hủy",
}
"""The drop-down list of the status column; an empty cell is "not reported"."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    filled: bool
    """The agency fills it (unlocked); the others are the plan's and protected."""
    media: str | None = None
    """The format code of a products column."""


def columns(plan: Plan) -> list[Column]:
    formats = plan.formats_used()
    labels = plan.media_labels()
    return [
        Column("id", "Mã nhiệm vụ", 16, False),
        Column("text", "Nhiệm vụ", 60, False),
        Column("role", "Vai trò", 14, False),
        Column("due", "Thời hạn", 14, False),
        Column("status", "Tình trạng", 18, True),
        Column("completed", "Ngày hoàn thành", 16, True),
        Column("result", "Kết quả thực hiện", 50, True),
        *(Column(f"products:{f}", f"Sản phẩm: {labels.get(f, f)}", 14, True, f)
          for f in formats),
        Column("amount", "Kinh phí (đồng)", 16, True),
        Column("contract", "Hợp đồng", 20, True),
    ]


def status_from_cell(text: str) -> Status | None:
    """The status a cell names: its label (without regard to case or diacritics) or its code."""
    key = match_key(text)
    for status, label in STATUS_LABELS.items():
        if key in (match_key(label), match_key(status.value)):
            return status
    return None
