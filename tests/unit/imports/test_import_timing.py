"""Timing read from a duty's text: the forms of docs/format-v2.md, and nothing invented."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dakplan.imports.timing import read_timing

D = dt.date


@pytest.mark.parametrize(("text", "timing"), [
    ("hoàn thành trước ngày 15/3/2024.", {"type": "deadline", "date": D(2024, 3, 15)}),
    ("báo cáo trước ngày 15/6/2024 và trước ngày 15/11/2024.",
     {"type": "deadlines", "dates": [D(2024, 6, 15), D(2024, 11, 15)]}),
    ("báo cáo định kỳ 6 tháng (trước ngày 15/6/2024) và năm (trước ngày 15/11/2024).",
     {"type": "deadlines", "dates": [D(2024, 6, 15), D(2024, 11, 15)]}),
    ("chậm nhất ngày 05 tháng 01 năm 2024 gửi về Sở.", {"type": "deadline",
                                                        "date": D(2024, 1, 5)}),
    ("Trong năm 2024-2025, sản xuất phim.", {"type": "window", "start": D(2024, 1, 1),
                                              "end": D(2025, 12, 31)}),
    ("hoàn thành trong quý II năm 2024.", {"type": "window", "start": D(2024, 4, 1),
                                            "end": D(2024, 6, 30)}),
    ("Trong tháng 9/2023, tổ chức Ngày hội.", {"type": "window", "start": D(2023, 9, 1),
                                                "end": D(2023, 9, 30)}),
    ("chiến dịch từ ngày 01/6/2024 đến ngày 31/8/2024.",
     {"type": "window", "start": D(2024, 6, 1), "end": D(2024, 8, 31)}),
    ("Hằng năm, trước ngày 15/11, thống nhất danh mục.",
     {"type": "recurring", "frequency": "yearly", "by": [{"month": 11, "day": 15}]}),
    ("báo cáo trước ngày 15/12 hằng năm.",
     {"type": "recurring", "frequency": "yearly", "by": [{"month": 12, "day": 15}]}),
    ("Hằng quý, trước ngày 10 của tháng cuối quý, gửi báo cáo.",
     {"type": "recurring", "frequency": "quarterly", "by": [{"month": 3, "day": 10}]}),
    ("Báo cáo trước ngày 25 tháng cuối quý để tổng hợp.",
     {"type": "recurring", "frequency": "quarterly", "by": [{"month": 3, "day": 25}]}),
    ("Hằng tháng, trước ngày 25, tổng hợp.",
     {"type": "recurring", "frequency": "monthly", "by": [{"day": 25}]}),
    ("Định kỳ 6 tháng, trước ngày 15/6 và 15/12, báo cáo.",
     {"type": "recurring", "frequency": "half_yearly", "by": [{"month": 6, "day": 15}]}),
    ("Hằng quý, báo cáo, lồng ghép trong báo cáo định kỳ.",
     {"type": "recurring", "frequency": "quarterly"}),
    ("phát sóng ít nhất 02 lần/tuần.", {"type": "recurring", "frequency": "weekly"}),
    ("Họp báo định kỳ.", {"type": "recurring"}),
    ("Xem xét khen thưởng trong năm 2020.", {"type": "throughout"}),
    ("Thực hiện theo Kế hoạch số 149-KH/TU ngày 11/02/2020 của Tỉnh ủy.",
     {"type": "throughout"}),
])
def test_timing_forms(text: str, timing: dict[str, Any]) -> None:
    found = read_timing(text, 2020 if "2020" in text else 2024)
    assert found.value == timing
    assert found.notes == []


def test_a_date_that_does_not_exist_is_listed_not_read() -> None:
    found = read_timing("hoàn thành trước ngày 31/11/2024.", 2024)
    assert found.value == {"type": "throughout"}
    assert found.notes == [("review.timing_date", {"text": "31/11/2024"})]


def test_a_date_without_year_takes_the_plans_year_and_says_so() -> None:
    found = read_timing("gửi danh sách trước ngày 30/4.", 2024)
    assert found.value == {"type": "deadline", "date": D(2024, 4, 30)}
    assert found.notes == [("review.timing_year", {"text": "30/4", "year": 2024})]
    assert read_timing("gửi danh sách trước ngày 30/4.", None).value == {"type": "throughout"}
