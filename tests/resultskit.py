"""An invented reporting round of plans/2020.yaml from three agencies, filled into their sheets
as a person would (openpyxl, by header and task id), for the results tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

D = dt.date

# agency -> task id -> header -> value. Not a word of this was reported by anyone.
ROUND_12: dict[str, dict[str, dict[str, Any]]] = {
    "STTTT": {
        "stttt-danh-gia-nam": {"Tình trạng": "Đã hoàn thành", "Ngày hoàn thành": D(2020, 12, 10),
                               "Kết quả thực hiện": "Đã tổ chức hội nghị đánh giá"},
        "bctw-bao-cao-ket-qua": {"Tình trạng": "Đã hoàn thành",
                                 "Ngày hoàn thành": D(2020, 12, 18)},
        "stttt-hop-bao-dinh-ky": {"Tình trạng": "Đang thực hiện"},
        "stttt-hop-dong-dat-hang": {"Tình trạng": "Đã hoàn thành",
                                    "Ngày hoàn thành": D(2020, 11, 30),
                                    "Sản phẩm: Báo in": 4, "Kinh phí (đồng)": 120_000_000,
                                    "Hợp đồng": "12/HĐ-STTTT"},
        "stttt-cung-cap-thong-tin": {"Tình trạng": "Đã hoàn thành",
                                     "Ngày hoàn thành": D(2020, 10, 1)},
        "stttt-thong-tin-thoi-su": {"Tình trạng": "Đang thực hiện"},
        "stttt-giao-luu": {"Tình trạng": "Chưa thực hiện"},
        "stttt-khen-thuong": {"Tình trạng": "Đã hủy"},
    },
    "VOV": {
        "bctw-bao-cao-ket-qua": {"Tình trạng": "Đang thực hiện"},
        "bctw-ho-tro-thong-tin": {"Tình trạng": "Đã hoàn thành",
                                  "Ngày hoàn thành": D(2020, 9, 15),
                                  "Sản phẩm: Báo nói": 24, "Sản phẩm: Báo điện tử": 30,
                                  "Kinh phí (đồng)": 50_000_000, "Hợp đồng": "05/HĐ-VOV"},
        "bctw-tu-lieu": {"Tình trạng": "Đã hoàn thành", "Ngày hoàn thành": D(2020, 12, 1)},
        "bctw-khen-thuong": {"Tình trạng": "Chưa thực hiện"},
        "stttt-danh-gia-nam": {"Tình trạng": "Đã hoàn thành",
                               "Ngày hoàn thành": D(2020, 12, 10)},
    },
    "TTXVN": {
        "bctw-bao-cao-ket-qua": {"Tình trạng": "Đã hoàn thành",
                                 "Ngày hoàn thành": D(2020, 12, 14)},
        "bctw-ho-tro-thong-tin": {"Tình trạng": "Đã hoàn thành",
                                  "Ngày hoàn thành": D(2020, 12, 20),
                                  "Sản phẩm: Báo in": 10, "Sản phẩm: Báo điện tử": 40,
                                  "Kinh phí (đồng)": 80_000_000, "Hợp đồng": "07/HĐ-TTXVN",
                                  "Kết quả thực hiện": "Đăng 50 tin, bài về Đắk Lắk"},
        "bctw-chi-dao-bien-tap": {"Tình trạng": "Đang thực hiện"},
    },
}

ROUND_06: dict[str, dict[str, dict[str, Any]]] = {
    "STTTT": {
        "stttt-cung-cap-thong-tin": {"Tình trạng": "Đang thực hiện"},
        "stttt-hop-dong-dat-hang": {"Tình trạng": "Đang thực hiện"},
    },
}


def fill(sheet: Path, values: dict[str, dict[str, Any]], out: Path | None = None) -> Path:
    """Type ``values`` into the sheet's cells by header and task id, and save it."""
    from openpyxl import load_workbook

    book = load_workbook(sheet)
    ws = book["Nhiệm vụ"]
    headers = {cell.value: cell.column for cell in ws[1]}
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for task_id, cells in values.items():
        for header, value in cells.items():
            ws.cell(rows[task_id], headers[header], value)
    target = out or sheet
    book.save(target)
    return target


def cell_of(sheet: Path, task_id: str, header: str) -> str:
    """The reference (E7) of a task's cell under a header."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    ws = load_workbook(sheet)["Nhiệm vụ"]
    column = next(c.column for c in ws[1] if c.value == header)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == task_id)
    return f"{get_column_letter(column)}{row}"
