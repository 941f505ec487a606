"""Deadlines and recurring duties as an iCalendar file (RFC 5545) for calendar programs.

Choices, each for the calendar programs people use (Outlook, Google Calendar, Thunderbird):

* **VEVENT, not VTODO.** Google Calendar ignores VTODO on import and Outlook turns it into
  tasks kept apart from the calendar; an all-day VEVENT shows on the day everywhere.
* **All-day events** (``DTSTART;VALUE=DATE``, ``DTEND`` the next day), marked ``TRANSP:
  TRANSPARENT`` so that a deadline does not make anyone "busy".
* **Deadlines**: one event on the deadline day.
* **Recurring duties with a frequency**: one event with an ``RRULE`` from the first day of the
  plan's period, every week/month/quarter/half-year/year, ``UNTIL`` the period's last day. The
  plan names no day within each interval, so the event marks the interval's first day.
* **Recurring duties with no frequency** (a bare "định kỳ"): the plan does not say how often,
  and inventing a rule would put false dates in people's calendars. One all-day reminder on the
  period's first day says so, with no ``RRULE`` and no alarm.
* **Standing duties** ("throughout" the period) are not calendar entries: a year-long event
  would cover every day of everyone's calendar and remind of nothing. They are counted, and
  ``dakplan tasks`` lists them.
* **Alarms**: a DISPLAY ``VALARM`` ``alarm_days`` before each dated event (none for tasks
  reported done or cancelled, none for the undated reminder).
* **Stable UIDs**: ``uuid5`` of the plan's identity (issuing body, symbol, period) and the task
  id; not of the file name, the file order, the registered number or the text, so a re-import
  updates the same events and editing one task leaves every other UID as it was.
* **Byte-identical output**: ``DTSTAMP`` is the plan's issue date (its month's last day when
  only the month is known) at 00:00 UTC, never the clock.

Texts in the events are in the plan's language (Vietnamese), like every rendered document.
"""

from __future__ import annotations

import datetime as dt
import uuid
from calendar import monthrange
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.vn import fold, format_date, format_month, format_short_date
from dakplan.model import Deadline, Frequency, Period, Throughout
from dakplan.model.v2 import Anchor, Deadlines, Plan, Recurring, Window
from dakplan.model.v2 import Duty as Task
from dakplan.query.duties import duties_of
from dakplan.query.names import Named, resolve_agency
from dakplan.query.options import MAX_ALARM_DAYS, check_days
from dakplan.query.registry import Registry
from dakplan.query.status import CANCELLED, Judge
from dakplan.query.status import PlanResults as Results

PRODID = "-//dakplan//dakplan//VI"
SUMMARY_LENGTH = 80

# Document texts, in the plan's language (documents are not translated).
_FREQUENCY = {
    Frequency.WEEKLY: ("WEEKLY", 1, "hằng tuần"),
    Frequency.MONTHLY: ("MONTHLY", 1, "hằng tháng"),
    Frequency.QUARTERLY: ("MONTHLY", 3, "hằng quý"),
    Frequency.HALF_YEARLY: ("MONTHLY", 6, "6 tháng một lần"),
    Frequency.YEARLY: ("YEARLY", 1, "hằng năm"),
}
_ROLE = {"lead": "Chủ trì", "coordinate": "Phối hợp"}


@dataclass(frozen=True)
class CalendarFile:
    """The iCalendar bytes and what went into them."""

    data: bytes
    events: int
    recurring: int
    undated: int
    """Recurring duties with no frequency, put in as one reminder each."""
    standing: int
    """Duties "throughout" the period, left out."""


def task_uid(plan: Plan, task_id: str) -> str:
    """The event's UID: stable across runs, file names, file order and edits of other tasks."""
    document = plan.document
    identity = f"dakplan:{fold(document.issuer.name)}:{document.symbol}:{document.period}"
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, f'{identity}:{task_id}')}@dakplan"


def stamp(plan: Plan) -> dt.datetime:
    """The plan's own date as DTSTAMP: the same bytes on every run."""
    day = plan.document.latest_date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _shorten(text: str, limit: int = SUMMARY_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _plan_reference(plan: Plan, file: str) -> list[str]:
    document = plan.document
    if isinstance(document.date, dt.date):
        when = format_date(document.date)
    elif isinstance(document.date, str):
        year, month = (int(p) for p in document.date.split("-"))
        when = format_month(year, month)
    else:
        when = ""
    number = f"{document.title.capitalize()} số {document.number_symbol}"
    return [f"{number} {when}".strip(), document.subject, f"Tệp: {file}"]


def _describe(plan: Plan, registry: Registry, file: str, task: Task, timing_line: str) -> str:
    def named(code: str) -> str:
        return f"{code} ({registry.name(code)})" if code in registry else code

    lines = [" ".join(task.text.split()), ""]
    lines.append(f"{_ROLE['lead']}: {named(task.lead)}")
    if task.coordinate:
        lines.append(f"{_ROLE['coordinate']}: {', '.join(named(c) for c in task.coordinate)}")
    lines.append(timing_line)
    lines += ["", *_plan_reference(plan, file), f"Nhiệm vụ: {task.id}"]
    return "\n".join(lines)


Occasion = tuple[dt.date, str, str, "dict[str, object] | None", bool]
"""An event of a duty: its day, summary prefix, timing line, RRULE (or None), and whether it is
the one-off reminder of a bare "định kỳ" (which gets no alarm)."""


def _occasions(timing: object, period: Period, counts: dict[str, int]) -> list[Occasion]:
    """The events of one timing: one per deadline, a window's end (and its start when after
    the period's), one RRULE per anchor of a recurrence, a recurrence by frequency from the
    period's first day, a bare one as one reminder."""
    if isinstance(timing, Deadline):
        return [(timing.date, "", f"Thời hạn: {format_short_date(timing.date)}", None, False)]
    if isinstance(timing, Deadlines):
        return [(day, "", f"Thời hạn: {format_short_date(day)}", None, False)
                for day in timing.dates]
    if isinstance(timing, Window):
        start = timing.start or period.first_day
        line = f"Thực hiện từ {format_short_date(start)} đến {format_short_date(timing.end)}"
        out: list[Occasion] = [(timing.end, "", line, None, False)]
        if start > period.first_day:
            out.insert(0, (start, "[bắt đầu] ", line, None, True))
        return out
    if isinstance(timing, Recurring) and timing.frequency is not None:
        freq, interval, label = _FREQUENCY[timing.frequency]
        counts["recurring"] += 1
        if timing.by:
            return [_anchored(timing, anchor, period, label) for anchor in timing.by]
        rule: dict[str, object] = {"freq": freq, "until": period.last_day}
        if interval > 1:
            rule["interval"] = interval
        line = (f"Định kỳ, {label}, từ {format_short_date(period.first_day)} "
                f"đến {format_short_date(period.last_day)}")
        return [(period.first_day, f"[định kỳ, {label}] ", line, rule, False)]
    counts["undated"] += 1
    return [(period.first_day, "[định kỳ] ",
             "Định kỳ: Kế hoạch không nêu tần suất; đây là lời nhắc một lần vào đầu kỳ kế "
             "hoạch.", None, True)]


def _anchored(timing: Recurring, anchor: Anchor, period: Period, label: str) -> Occasion:
    """One RRULE for one anchor: "hằng năm, trước ngày 15/11" is FREQ=YEARLY;BYMONTH=11;
    BYMONTHDAY=15; a quarterly or half-yearly one starts in the anchor's month."""
    frequency = timing.frequency
    month = anchor.month or 1
    rule: dict[str, object] = {"until": period.last_day}
    if frequency is Frequency.YEARLY:
        rule.update(freq="YEARLY", bymonth=month, bymonthday=anchor.day)
    else:
        steps = {Frequency.QUARTERLY: 3, Frequency.HALF_YEARLY: 6}
        step = steps.get(Frequency(frequency or "monthly"), 1)
        rule.update(freq="MONTHLY", bymonthday=anchor.day)
        if step > 1:
            rule["interval"] = step
    last = monthrange(period.start, month)[1]
    start = dt.date(period.start, month, min(anchor.day, last))
    when = f"ngày {anchor.day}" + (f"/{month}" if anchor.month else "")
    line = (f"Định kỳ, {label}, trước {when}, từ {format_short_date(period.first_day)} "
            f"đến {format_short_date(period.last_day)}")
    return (start, f"[định kỳ, {label}] ", line, rule, False)


END = b"END:VCALENDAR\r\n"


def calendar_head(name: str) -> bytes:
    """The calendar's own lines, before its events (``X-WR-CALNAME``: ``name``)."""
    from icalendar import Calendar  # heavy: only for this command

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    data: bytes = calendar.to_ical()
    return data[:-len(END)]


def calendar_name(subject: str | None, plans: int, code: str | None) -> str:
    """The plan's subject for one plan (``subject``: the first plan's), else "dakplan"; the
    agency's code after it."""
    name = subject if plans == 1 and subject is not None else "dakplan"
    return name if code is None else f"{name} — {code}"


def plan_events(file: str, plan: Plan, named: Named | None, alarm_days: int,
                results: Iterable[object], counts: dict[str, int]
                ) -> Iterator[tuple[str, str, bytes]]:
    """(UID, task id, the event's lines) of each event of one plan, in the plan's order: every
    dated and recurring duty, or ``named``'s (none when the plan does not know it). ``counts``
    takes the recurring, undated and standing duties met (not the events)."""
    from icalendar import Alarm, Event  # heavy: only for this command

    registry = Registry(plan)
    judge = Judge(plan, dt.date.max, results)  # type: ignore[arg-type]
    code = None if named is None else named.code
    if code is None:
        tasks = [duty for _, duty, _ in plan.located_duties()]
    elif code in registry:
        tasks = [duty.task for duty in duties_of(registry, code)]
    else:
        return
    period = plan.document.period
    dtstamp = stamp(plan)
    for task in tasks:
        timing = task.timing
        if isinstance(timing, Throughout):
            counts["standing"] += 1
            continue
        judged = (judge.task(task) if named is None or named.is_group
                  else judge.duty(named.code, task))
        alarm = judged.is_open
        for n, (start, prefix, timing_line, rule, once) in enumerate(
                _occasions(timing, period, counts)):
            uid = task_uid(plan, task.id if n == 0 else f"{task.id}#{n + 1}")
            event = Event()
            event.add("uid", uid)
            event.add("dtstamp", dtstamp)
            if rule is not None:
                event.add("rrule", rule)
            event.add("summary", prefix + _shorten(f"{task.lead}: {task.text}"))
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            if judged.status == CANCELLED:
                event.add("status", "CANCELLED")
            event.add("description", _describe(plan, registry, file, task, timing_line))
            if alarm and not once:
                reminder = Alarm()
                reminder.add("action", "DISPLAY")
                reminder.add("description", _shorten(task.text))
                reminder.add("trigger", -dt.timedelta(days=alarm_days))
                event.add_component(reminder)
            yield uid, task.id, event.to_ical()


def _counts() -> dict[str, int]:
    return {"events": 0, "recurring": 0, "undated": 0, "standing": 0}


def build_calendar(plans: Sequence[tuple[str, Plan]], agency: str | None = None,
                   alarm_days: int = 14, results: Results | None = None) -> CalendarFile:
    """One calendar of every dated and recurring duty in ``plans`` (``(file, plan)`` pairs), or
    of those of ``agency`` (a code or name, as ``dakplan tasks`` takes it) only: the duties it
    leads or coordinates, directly or through any group that takes it in. Raises UsageError for
    an unknown or ambiguous agency. Statuses are ``query.status``'s from everything reported
    (every round of ``results``, whatever its day: a calendar covers the period, not a day);
    for ``agency``, as it reported them."""
    check_days("--alarm-days", alarm_days, MAX_ALARM_DAYS)
    counts = _counts()
    named = None if agency is None else resolve_agency(plans, agency)
    seen: dict[str, str] = {}
    events: list[bytes] = []
    for file, plan in plans:
        for uid, task_id, data in plan_events(file, plan, named, alarm_days,
                                              (results or {}).get(file, ()), counts):
            if uid in seen:
                raise UsageError(t("calendar.same_identity", first=seen[uid], second=file,
                                   id=task_id))
            seen[uid] = file
            events.append(data)
            counts["events"] += 1
    name = calendar_name(plans[0][1].document.subject if plans else None, len(plans),
                         None if named is None else named.code)
    return CalendarFile(calendar_head(name) + b"".join(events) + END, **counts)


class Gathering:
    """``build_calendar`` one plan at a time, for a calendar larger than memory should hold:
    ``add`` each plan (by its position among the plans, each once), then ``finish``, then
    hand on ``chunks``. Each plan's events go to a spool (``io.spill.Spool``) as they are
    made; their UIDs to an external sort (``io.spill.Sorter``), where two alike are found as
    ``build_calendar`` finds them, the first repeated one in the calendar's order."""

    def __init__(self, named: Named | None, alarm_days: int) -> None:
        from dakplan.io.spill import Sorter, Spool

        self.named = named
        self.alarm_days = check_days("--alarm-days", alarm_days, MAX_ALARM_DAYS)
        self._spool = Spool()
        self._uids = Sorter()
        self._pieces: dict[int, tuple[int, int]] = {}
        self._counts: dict[int, dict[str, int]] = {}
        self._subject: str | None = None

    def add(self, index: int, file: str, plan: Plan, results: Iterable[object] = ()) -> None:
        if index == 0:
            self._subject = plan.document.subject
        counts = _counts()
        spool = self._spool
        start = spool.tell()
        for seq, (uid, task_id, data) in enumerate(
                plan_events(file, plan, self.named, self.alarm_days, results, counts)):
            spool.write(data)
            self._uids.add((uid, index, seq, task_id))
            counts["events"] += 1
        self._pieces[index] = (start, spool.tell())
        self._counts[index] = counts

    def finish(self, names: Sequence[str]) -> CalendarFile:
        """What went in (``data`` empty: the calendar is ``chunks``), once every plan of
        ``names`` is added; a ``UsageError`` for two events alike, as ``build_calendar``."""
        first: tuple[int, int, int, str] | None = None  # (plan, event, first plan, task)
        group: tuple[str, int] | None = None
        for uid, index, seq, task_id in self._uids.sorted():
            if group is None or group[0] != uid:
                group = (uid, index)
            elif first is None or (index, seq) < first[:2]:
                first = (index, seq, group[1], task_id)
        self._uids.close()
        if first is not None:
            raise UsageError(t("calendar.same_identity", first=names[first[2]],
                               second=names[first[0]], id=first[3]))
        totals = _counts()
        for counts in self._counts.values():
            for key, value in counts.items():
                totals[key] += value
        self._name = calendar_name(self._subject, len(names),
                                   None if self.named is None else self.named.code)
        return CalendarFile(b"", **totals)

    def chunks(self) -> Iterator[bytes]:
        """The calendar's bytes, a piece at a time (after ``finish``)."""
        yield calendar_head(self._name)
        for index in sorted(self._pieces):
            start, end = self._pieces[index]
            yield from self._spool.chunks(start, end)
        yield END

    def close(self) -> None:
        self._uids.close()
        self._spool.close()

    def __enter__(self) -> Gathering:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
