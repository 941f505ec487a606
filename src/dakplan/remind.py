"""What is due soon or overdue, per agency, as text ready to send.

* A duty is **overdue** as ``query.status`` judges it for the section's agency (from its
  results files and the plan's inline records): open, and its deadline before the as-of day
  (with several due dates, the round it missed); **due soon** when its deadline falls within
  ``within`` days from the as-of day (both ends included), or when a recurring duty with a
  frequency starts a new interval then (the same days the calendar marks). Standing duties and
  a bare "định kỳ" have no date to be due on and are not reminders.
* **One section per agency.** A duty given to a group is listed under each member agency, so
  that each section is complete by itself and can be sent as it is; the line names the group.
* **Agencies over time.** A duty of an agency that no longer exists on the as-of day is listed
  under the agencies that carry it then (``succession.successors``), with a note.

The texts around the duties follow the command line's language; the duties are quoted as the
plan words them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from dakplan.i18n.vn import sort_key
from dakplan.model import Frequency, Period
from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan, Recurring, due_dates
from dakplan.query.duties import duties_of
from dakplan.query.options import MAX_WINDOW_DAYS, check_days
from dakplan.query.registry import Registry
from dakplan.query.status import Judge, Judged
from dakplan.query.status import PlanResults as Results
from dakplan.query.succession import successors

_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.HALF_YEARLY: 6,
           Frequency.YEARLY: 12}


def occurrences(frequency: Frequency, period: Period) -> Iterator[dt.date]:
    """The first day of each interval of a recurring duty within the period (as the calendar's
    RRULE gives them)."""
    day = period.first_day
    if frequency == Frequency.WEEKLY:
        while day <= period.last_day:
            yield day
            day += dt.timedelta(weeks=1)
        return
    step = _MONTHS[frequency]
    month = 0
    while True:
        year, index = divmod(day.month - 1 + month, 12)
        current = dt.date(day.year + year, index + 1, 1)
        if current > period.last_day:
            return
        yield current
        month += step


@dataclass(frozen=True)
class Item:
    """One reminder: a duty, the day it is due, and how the agency holds it."""

    due: dt.date
    overdue: bool
    task: Task
    role: str
    via: str | None
    file: str
    plan: Plan
    recurring: bool = False
    carried_from: str | None = None
    """The ended agency whose duty this is, when the section's agency carries it on."""


@dataclass
class Section:
    agency: str
    name: str
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Reminders:
    """The answer of ``dakplan remind``: what is due within ``within`` days of ``as_of``."""

    as_of: dt.date
    within: int
    sections: list[Section]


def _dates(task: Task, judged: Judged, period: Period, as_of: dt.date, until: dt.date,
           issued: dt.date | None = None) -> Iterator[tuple[dt.date, bool, bool]]:
    """(due day, overdue, recurring) of each reminder a task gives in the window, judged
    ``judged``."""
    if not judged.is_open:
        return
    timing = task.timing
    if isinstance(timing, Recurring) and timing.frequency is not None and not timing.by:
        for day in occurrences(Frequency(timing.frequency), period):
            if as_of <= day <= until:
                yield day, False, True
        return
    recurring = isinstance(timing, Recurring)
    due = due_dates(timing, period, issued)
    passed = [day for day in due if day < as_of]
    if judged.overdue and passed:
        yield passed[-1], True, recurring
    for day in due:
        if as_of <= day <= until:
            yield day, False, recurring


def reminders(plans: Sequence[tuple[str, Plan]], as_of: dt.date,
              within: int = 14, only: str | None = None,
              results: Results | None = None) -> list[Section]:
    """Sections per agency, in Vietnamese alphabetical order of their codes; in each, overdue
    duties first, then those due soon, by date, each as the agency reported it (``results``
    and the plan's inline records). ``only``: an agency's code, for its section alone, or a
    group's, for its members' sections."""
    until = as_of + dt.timedelta(days=check_days("--within", within, MAX_WINDOW_DAYS))
    sections: dict[str, Section] = {}
    for file, plan in plans:
        registry = Registry(plan)
        document = plan.document
        judge = Judge(plan, as_of, (results or {}).get(file, ()))
        tasks = [duty for _, duty, _ in plan.located_duties()]
        # the duty's days in the window, whoever holds it: only these are asked about per agency
        window = {task.id: days for task in tasks
                  if (days := list(_dates(task, Judged("not_reported", True), document.period,
                                          as_of, until, document.issue_date)))}
        dated = [task for task in tasks if task.id in window]
        for agency in plan.agencies:
            found = successors(registry, agency.code, as_of)
            if not found.current and found.carriers:
                continue  # its duties are listed under the agencies that carry them on
            # query.duties_of: the same duties `dakplan tasks --agency` lists, with those of the
            # ended agencies this one carries on (each task once, with its strongest part).
            for duty in duties_of(registry, agency.code, carry_on=as_of, tasks=dated):
                judged = judge.duty(agency.code, duty.task, duty.carried_from)
                for day, overdue, recurring in _dates(duty.task, judged, document.period,
                                                      as_of, until, document.issue_date):
                    section = sections.setdefault(agency.code, Section(agency.code, agency.name))
                    section.items.append(Item(day, overdue, duty.task, duty.role, duty.via,
                                              file, plan, recurring, duty.carried_from))
    if only is not None:
        wanted = {only} | {code for _, plan in plans for code in Registry(plan).members(only)}
        sections = {code: s for code, s in sections.items() if code in wanted}
    ordered = sorted(sections.values(), key=lambda s: sort_key(s.agency))
    for section in ordered:
        section.items.sort(key=lambda i: (not i.overdue, i.due, i.file, i.task.id))
    return ordered
