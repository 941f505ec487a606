"""A duty's timing, read from its text in the forms of ``docs/format-v2.md``.

Only words that set a time are read: "trước ngày 15/12/2020", "chậm nhất ngày ...", "từ ngày
01/6/2024 đến ngày 31/8/2024", "trong năm 2024-2025", "trong quý II năm 2024", "trong tháng
9/2023", "hằng năm / hằng quý / hằng tháng / hằng tuần", "định kỳ 6 tháng", "02 lần/tuần".
A date after a document's number ("Kế hoạch số 149-KH/TU ngày 11/02/2020") is a citation and
has none of these words before it, so it is not read. A bare "định kỳ" is a recurrence with no
frequency: none is ever invented. A duty with none of these is standing (``throughout``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

_D = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
_LONG = r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?"
_DATE = rf"(?:ngày\s+)?(?:{_D}|{_LONG})"
_DUE = re.compile(rf"(?:trước|chậm nhất(?:\s+là)?|đến hết|đến)\s+{_DATE}"
                  rf"((?:\s*(?:,|và)\s*(?:trước\s+)?{_DATE})*)", re.I)
_MORE = re.compile(_DATE, re.I)
_SPAN = re.compile(rf"từ\s+{_DATE}\s+đến\s+(?:hết\s+)?{_DATE}", re.I)
_YEARS = re.compile(r"trong\s+(?:các\s+)?năm\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?", re.I)
_QUARTER = re.compile(r"trong\s+quý\s+(I{1,3}|IV|[1-4])\s+(?:năm\s+)?(\d{4})", re.I)
_MONTH = re.compile(r"trong\s+tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})", re.I)
_DAY_ONLY = re.compile(r"trước\s+ngày\s+(\d{1,2})\b(?!\s*/)(?!\s+tháng\s+\d)", re.I)

_FREQUENCIES = (
    ("weekly", r"hằng tuần|hàng tuần|mỗi tuần|lần\s*/\s*tuần|buổi\s*/\s*tuần"),
    ("monthly", r"hằng tháng|hàng tháng|mỗi tháng|lần\s*/\s*tháng"),
    ("quarterly", r"hằng quý|hàng quý|mỗi quý|tháng cuối (?:của )?quý"),
    ("half_yearly", r"(?:định kỳ|mỗi|hằng)\s+0?6\s+tháng|06 tháng một lần|6 tháng một lần"),
    ("yearly", r"hằng năm|hàng năm|mỗi năm"),
)
_BARE = re.compile(r"định kỳ", re.I)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass
class Timing:
    value: dict[str, Any]
    notes: list[tuple[str, dict[str, object]]] = field(default_factory=list)
    """Review messages (key, parameters): dates that do not exist, years assumed."""


def _date(day: str, month: str, year: int, notes: list[tuple[str, dict[str, object]]],
          printed: str) -> dt.date | None:
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        notes.append(("review.timing_date", {"text": printed}))
        return None


def _parts(found: re.Match[str], first: int) -> tuple[str, str, str | None]:
    """(day, month, year) of a date matched by ``_DATE`` whose groups start at ``first``."""
    g = found.groups()[first:first + 6]
    return (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])


def read_timing(text: str, year: int | None) -> Timing:
    """The timing of a duty whose text is ``text``, in a plan for ``year`` (or a span)."""
    notes: list[tuple[str, dict[str, object]]] = []
    span = _SPAN.search(text)
    if span:
        d1, m1, y1 = _parts(span, 0)
        d2, m2, y2 = _parts(span, 6)
        end_year = int(y2) if y2 else year
        if end_year is not None:
            start = _date(d1, m1, int(y1) if y1 else end_year, notes, span.group())
            end = _date(d2, m2, end_year, notes, span.group())
            if start and end:
                return Timing({"type": "window", "start": start, "end": end}, notes)
        text = text[:span.start()] + text[span.end():]
    frequency = _frequency(text)
    dated: list[dt.date] = []
    yearless: list[tuple[int, int]] = []
    for found in _DUE.finditer(text):
        pieces = [_parts(found, 0)]
        pieces += [_parts(more, 0) for more in _MORE.finditer(found.group(7) or "")]
        for day, month, y in pieces:
            if y:
                due = _date(day, month, int(y), notes, f"{day}/{month}/{y}")
                if due:
                    dated.append(due)
            elif 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                yearless.append((int(month), int(day)))
    if dated:  # dates with their year are the due dates, whatever recurrence is named
        dates = sorted(set(dated))
        if len(dates) == 1:
            return Timing({"type": "deadline", "date": dates[0]}, notes)
        return Timing({"type": "deadlines", "dates": dates}, notes)
    window = _window(text, year)
    if window is not None and frequency is None:
        return Timing(window, notes)
    if frequency is not None:
        value: dict[str, Any] = {"type": "recurring"}
        if frequency != "bare":
            value["frequency"] = frequency
            anchors = _anchors(frequency, text, yearless)
            if anchors:
                value["by"] = anchors
        return Timing(value, notes)
    if yearless and year is not None:
        dates = []
        for m, d in yearless:
            assumed = _date(str(d), str(m), year, notes, f"{d}/{m}")
            if assumed:
                notes.append(("review.timing_year", {"text": f"{d}/{m}", "year": year}))
                dates.append(assumed)
        if len(dates) == 1:
            return Timing({"type": "deadline", "date": dates[0]}, notes)
        if dates:
            return Timing({"type": "deadlines", "dates": sorted(set(dates))}, notes)
    return Timing({"type": "throughout"}, notes)


def _frequency(text: str) -> str | None:
    first: tuple[int, str] | None = None
    for name, pattern in _FREQUENCIES:
        found = re.search(pattern, text, re.I)
        if found and (first is None or found.start() < first[0]):
            first = (found.start(), name)
    if first is not None:
        return first[1]
    return "bare" if _BARE.search(text) else None


def _anchors(frequency: str, text: str, yearless: list[tuple[int, int]]) -> list[dict[str, int]]:
    out: list[dict[str, int]] = []
    if frequency == "monthly":
        days = [int(d) for d in _DAY_ONLY.findall(text)]
        return [{"day": d} for d in dict.fromkeys(days) if 1 <= d <= 31]
    if frequency == "quarterly" and re.search(r"tháng cuối (?:của )?quý", text, re.I):
        days = [int(d) for d in _DAY_ONLY.findall(text)]
        return [{"month": 3, "day": d} for d in dict.fromkeys(days) if 1 <= d <= 31]
    size = {"yearly": 12, "half_yearly": 6, "quarterly": 3}.get(frequency)
    if size is None:
        return out
    for month, day in yearless:
        anchor = {"month": (month - 1) % size + 1, "day": day}
        if anchor not in out:
            out.append(anchor)
    return out


def _window(text: str, year: int | None) -> dict[str, Any] | None:
    found = _YEARS.search(text)
    if found:
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if found.group(2) is None and first == year:
            return None  # "trong năm 2020" in a plan for 2020: the whole period, standing
        return {"type": "window", "start": dt.date(first, 1, 1), "end": dt.date(last, 12, 31)}
    found = _QUARTER.search(text)
    if found:
        quarter = _ROMAN.get(found.group(1).upper()) or int(found.group(1))
        y = int(found.group(2))
        last_month = quarter * 3
        return {"type": "window", "start": dt.date(y, last_month - 2, 1),
                "end": dt.date(y, last_month, calendar.monthrange(y, last_month)[1])}
    found = _MONTH.search(text)
    if found and 1 <= int(found.group(1)) <= 12:
        month, y = int(found.group(1)), int(found.group(2))
        return {"type": "window", "start": dt.date(y, month, 1),
                "end": dt.date(y, month, calendar.monthrange(y, month)[1])}
    return None
