"""When a duty is due, in the forms plans write it: one or several deadlines, a window, a
recurrence with or without an anchor, or standing for the whole period."""

import calendar
import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field, model_validator

from dakplan.model.base import Lax, Strict
from dakplan.model.document import Period
from dakplan.model.tasks import Deadline, Frequency, Throughout


class Deadlines(Strict):
    """Due by each of several dates ("trước ngày 15/6/2024 và trước ngày 15/11/2024")."""

    type: Literal["deadlines"]
    """Always "deadlines"."""
    dates: Annotated[list[dt.date], Field(min_length=2)]
    """The dates, ascending; a single date is a ``deadline``."""

    @model_validator(mode="after")
    def _ascending(self) -> "Deadlines":
        if any(b <= a for a, b in zip(self.dates, self.dates[1:], strict=False)):
            raise ValueError("the dates must be given in ascending order, each once")
        return self


class Window(Strict):
    """Done within a span ("trong năm 2024-2025", "từ 01/6 đến 31/8/2024", "trong quý II")."""

    type: Literal["window"]
    """Always "window"."""
    start: dt.date | None = None
    """The first day; empty: from the start of the plan's period."""
    end: dt.date
    """The last day: the duty is due on or before it."""

    @model_validator(mode="after")
    def _in_order(self) -> "Window":
        if self.start is not None and self.end < self.start:
            raise ValueError("the window ends before it starts")
        return self


class Anchor(Strict):
    """The day a recurring duty is due in each interval: a day and, except for monthly
    recurrence, a month counted from the start of the interval (quarterly ``month: 3`` is
    the last month of each quarter)."""

    month: Annotated[int, Field(ge=1, le=12)] | None = None
    """The month within the interval: 1-12 yearly, 1-6 half-yearly, 1-3 quarterly."""
    day: Annotated[int, Field(ge=1, le=31)]
    """The day of that month."""


_MONTHS_IN = {Frequency.YEARLY: 12, Frequency.HALF_YEARLY: 6, Frequency.QUARTERLY: 3}


class Recurring(Strict):
    """A duty that comes back. Without ``frequency`` a bare "định kỳ" (no frequency is
    invented); with ``by`` an anchor: "hằng năm, trước ngày 15/11"."""

    type: Literal["recurring"]
    """Always "recurring"."""
    frequency: Lax[Frequency] | None = None
    """How often, when the plan says."""
    by: list[Anchor] = Field(default_factory=list)
    """When in each interval it is due, when the plan says."""

    @model_validator(mode="after")
    def _anchors_fit(self) -> "Recurring":
        if not self.by:
            return self
        if self.frequency is None:
            raise ValueError("an anchor ('by') needs a 'frequency'")
        if self.frequency is Frequency.WEEKLY:
            raise ValueError("a weekly recurrence takes no anchor ('by')")
        for anchor in self.by:
            if self.frequency is Frequency.MONTHLY:
                if anchor.month is not None:
                    raise ValueError("a monthly anchor has a day and no month")
            elif anchor.month is None:
                raise ValueError(f"a {self.frequency} anchor needs a month")
            elif anchor.month > _MONTHS_IN[self.frequency]:
                raise ValueError(f"month {anchor.month} is past the end of a "
                                 f"{self.frequency.replace('_', '-')} interval "
                                 f"({_MONTHS_IN[self.frequency]} months)")
        return self

    def months(self, anchor: Anchor) -> list[int]:
        """The calendar months an anchor falls in (intervals follow the calendar)."""
        if self.frequency is Frequency.MONTHLY:
            return list(range(1, 13))
        size = _MONTHS_IN.get(self.frequency) if self.frequency else None
        if size is None or anchor.month is None:
            return []
        return [start + anchor.month - 1 for start in range(1, 13, size)]


Timing = Annotated[Deadline | Deadlines | Window | Recurring | Throughout,
                   Field(discriminator="type")]


def missing_day(timing: Recurring, anchor: Anchor) -> int | None:
    """A calendar month an anchor's day does not exist in (30 February, 31 June), or None.

    A monthly anchor past the 28th is due on the month's last day when the month is shorter;
    29 February in a yearly anchor is due only in leap years.
    """
    if timing.frequency is Frequency.MONTHLY:
        return None
    for month in timing.months(anchor):
        longest = 29 if month == 2 else calendar.monthrange(2001, month)[1]
        if anchor.day > longest:
            return month
    return None


def _occurrences(timing: Recurring, period: Period) -> Iterator[dt.date]:
    for year in range(period.start, period.end + 1):
        for anchor in timing.by:
            for month in timing.months(anchor):
                last = calendar.monthrange(year, month)[1]
                if anchor.day <= last:
                    yield dt.date(year, month, anchor.day)
                elif timing.frequency is Frequency.MONTHLY:
                    yield dt.date(year, month, last)


def due_dates(timing: Deadline | Deadlines | Window | Recurring | Throughout, period: Period,
              issued: dt.date | None = None) -> list[dt.date]:
    """The days a duty is due, ascending: its date(s), a window's end, every occurrence of an
    anchored recurrence within the period (and not before ``issued``); none for a bare
    recurrence or a standing duty."""
    if isinstance(timing, Deadline):
        return [timing.date]
    if isinstance(timing, Deadlines):
        return list(timing.dates)
    if isinstance(timing, Window):
        return [timing.end]
    if isinstance(timing, Recurring):
        found = sorted(set(_occurrences(timing, period)))
        return [d for d in found if issued is None or d >= issued]
    return []
