"""Texts that contradict their data: a timing date written in a duty's text that is none of
its timing's dates (DK308), and a date in a text that does not exist (DK301), each at the
line and column of the date inside the text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dakplan.checks.v2.base import Context, TextFinding, check
from dakplan.diagnostics import Finding, Message
from dakplan.model.v2 import Duty, Window, due_dates
from dakplan.model.v2.plan import Plan

_DATE = (
    r"(?:ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+(?P<wy>\d{4}))?"
    r"|(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?(?![\d/]))"
)
_LEAD = r"(?:trước|đến|chậm nhất(?:\s+là)?|từ|hạn(?:\s+chót)?)\s+(?:ngày\s+)?"
_JOIN = r"\s*(?:,|và|hoặc)\s*(?:(?:trước|đến)\s+)?(?:ngày\s+)?"
_TIMING = re.compile(_LEAD + _DATE, re.IGNORECASE)
_NEXT = re.compile(_JOIN + _DATE, re.IGNORECASE)
_ANY = re.compile(_DATE, re.IGNORECASE)
_DIGIT = re.compile(r"\d")
"""Every date above has a digit (``\\d``, as they match it): a text without one has none, and
is not searched with them (most duties' texts)."""


@dataclass(frozen=True, slots=True)
class TextDate:
    """A date written in a text: where it starts, and what it says."""

    offset: int
    raw: str
    day: int
    month: int
    year: int | None

    @property
    def exists(self) -> bool:
        if not 1 <= self.month <= 12 or self.day < 1:
            return False
        if self.year is None:
            return self.day <= (29 if self.month == 2 else calendar.monthrange(2001, self.month)[1])
        return self.day <= calendar.monthrange(self.year, self.month)[1]


def _date(match: re.Match[str]) -> TextDate:
    if match["wd"] is not None:
        day, month, year, start = match["wd"], match["wm"], match["wy"], match.start("wd")
        end = match.end("wy") if match["wy"] else match.end("wm")
    else:
        day, month, year, start = match["d"], match["m"], match["y"], match.start("d")
        end = match.end("y") if match["y"] else match.end("m")
    text = match.string[start:end]
    return TextDate(start, text, int(day), int(month), int(year) if year else None)


def timing_dates(text: str) -> list[TextDate]:
    """The dates a text gives as timing: after "trước (ngày)", "đến (ngày)", "chậm nhất (là)
    ngày", "từ ngày", and those joined to them ("trước ngày 15/6 và 15/12")."""
    found: list[TextDate] = []
    position = 0
    while True:
        match = _TIMING.search(text, position)
        if match is None:
            return found
        found.append(_date(match))
        position = match.end()
        while (more := _NEXT.match(text, position)) is not None:
            found.append(_date(more))
            position = more.end()


def all_dates(text: str) -> list[TextDate]:
    return [_date(m) for m in _ANY.finditer(text)]


def _allowed(plan: Plan, duty: Duty) -> list[dt.date]:
    timing = duty.timing
    days = due_dates(timing, plan.document.period)
    if isinstance(timing, Window) and timing.start is not None:
        days = [timing.start, *days]
    return days


def _shown(days: list[dt.date]) -> str | Message:
    if not days:
        return Message("check.timing_no_dates")
    shown = [f"{d.day:02d}/{d.month:02d}/{d.year}" for d in days[:4]]
    return ", ".join(shown) + (", ..." if len(days) > 4 else "")


@check("DK301", "DK308")
def text_against_timing(ctx: Context) -> Iterator[Finding]:
    for path, duty, _ in ctx.duties:
        if _DIGIT.search(duty.text) is None:
            continue
        where = (*path, "text")
        allowed = _allowed(ctx.plan, duty)
        full = set(allowed)
        yearless = {(d.day, d.month) for d in allowed}
        timing = timing_dates(duty.text)
        seen = {d.offset for d in timing}
        for date in timing:
            if not date.exists:
                yield TextFinding(
                    "DK301",
                    where,
                    "check.text_date_missing",
                    {"date": date.raw},
                    offset=date.offset,
                )
            elif (
                dt.date(date.year, date.month, date.day) not in full
                if date.year
                else (date.day, date.month) not in yearless
            ):
                yield TextFinding(
                    "DK308",
                    where,
                    "check.text_date",
                    {"date": date.raw, "dates": _shown(allowed)},
                    offset=date.offset,
                )
        for date in all_dates(duty.text):
            if date.offset not in seen and date.year is not None and not date.exists:
                yield TextFinding(
                    "DK301",
                    where,
                    "check.text_date_missing",
                    {"date": date.raw},
                    offset=date.offset,
                )
