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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import NamedTuple

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


class Item(NamedTuple):
    """One reminder: a duty, the day it is due, and how the agency holds it, as plain values
    (nothing of the plan: a command reading many plans keeps only these)."""

    due: dt.date
    overdue: bool
    id: str
    text: str
    role: str
    via: str | None
    via_name: str | None
    """The group's name in the duty's plan."""
    file: str
    number: str
    """The plan's number and symbol, and its subject: what the reminder refers to."""
    subject: str
    recurring: bool = False
    carried_from: str | None = None
    """The ended agency whose duty this is, when the section's agency carries it on."""
    carried_name: str | None = None


@dataclass
class Section:
    agency: str
    name: str
    items: Iterable[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Reminders:
    """The answer of ``dakplan remind``: what is due within ``within`` days of ``as_of``."""

    as_of: dt.date
    within: int
    sections: Iterable[Section]


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


def plan_items(file: str, plan: Plan, as_of: dt.date, until: dt.date,
               results: Iterable[object] = ()) -> Iterator[tuple[str, str, Item]]:
    """(agency code, agency name, reminder) of one plan, in the plan's order: its agencies,
    each one's duties (``query.duties_of``, with those it carries on), each duty's days."""
    registry = Registry(plan)
    document = plan.document
    judge = Judge(plan, as_of, results)  # type: ignore[arg-type]
    tasks = [duty for _, duty, _ in plan.located_duties()]
    # the duty's days in the window, whoever holds it: only these are asked about per agency
    window = {task.id: days for task in tasks
              if (days := list(_dates(task, Judged("not_reported", True), document.period,
                                      as_of, until, document.issue_date)))}
    dated = [task for task in tasks if task.id in window]
    number, subject = document.number_symbol, document.subject
    for agency in plan.agencies:
        found = successors(registry, agency.code, as_of)
        if not found.current and found.carriers:
            continue  # its duties are listed under the agencies that carry them on
        # query.duties_of: the same duties `dakplan tasks --agency` lists, with those of the
        # ended agencies this one carries on (each task once, with its strongest part).
        for duty in duties_of(registry, agency.code, carry_on=as_of, tasks=dated):
            judged = judge.duty(agency.code, duty.task, duty.carried_from)
            task = duty.task
            via_name = None if not duty.via else registry.name(duty.via)
            carried = (None if not duty.carried_from
                       else registry.name(duty.carried_from))
            for day, overdue, recurring in _dates(task, judged, document.period,
                                                  as_of, until, document.issue_date):
                yield agency.code, agency.name, Item(
                    day, overdue, task.id, task.text, duty.role, duty.via, via_name, file,
                    number, subject, recurring, duty.carried_from, carried)


def item_key(code: str, item: Item) -> tuple[object, ...]:
    """Sections in Vietnamese alphabetical order of their codes; in each, overdue duties
    first, then those due soon, by date, then plan file and task id."""
    return (sort_key(code), code, not item.overdue, item.due, item.file, item.id)


def reminders(plans: Sequence[tuple[str, Plan]], as_of: dt.date,
              within: int = 14, only: str | None = None,
              results: Results | None = None) -> list[Section]:
    """Sections per agency, in Vietnamese alphabetical order of their codes; in each, overdue
    duties first, then those due soon, by date, each as the agency reported it (``results``
    and the plan's inline records). ``only``: an agency's code, for its section alone, or a
    group's, for its members' sections."""
    gathering = Gathering(as_of, within)
    with gathering:
        for index, (file, plan) in enumerate(plans):
            gathering.add(index, file, plan, (results or {}).get(file, ()), only)
        return [Section(code, name, list(items)) for code, name, items in gathering.sections(only)]


class Gathering:
    """``reminders`` one plan at a time, in bounded memory: ``add`` each plan (by its position
    among the plans, once or again with another ``only``), then iterate ``sections`` once.
    The reminders are sorted by an external sort (``io.spill.Sorter``); what is kept besides
    is each agency's name and, for ``only``, each plan's members of it."""

    def __init__(self, as_of: dt.date, within: int) -> None:
        from dakplan.io.spill import Sorter

        self.as_of = as_of
        self.within = check_days("--within", within, MAX_WINDOW_DAYS)
        self.until = as_of + dt.timedelta(days=self.within)
        self._sorter = Sorter()
        self._names: dict[str, tuple[int, str]] = {}
        """Code -> (plan, name): a section's name is that of the first plan it has a reminder
        from."""
        self._done: set[int] = set()
        self._members: dict[int, list[str]] = {}

    def add(self, index: int, file: str, plan: Plan, results: Iterable[object] = (),
            only: str | None = None) -> None:
        if only is not None:
            self._members[index] = list(Registry(plan).members(only))
        if index in self._done:
            return  # the reminders do not depend on ``only``
        self._done.add(index)
        names = self._names
        for seq, (code, name, item) in enumerate(
                plan_items(file, plan, self.as_of, self.until, results)):
            known = names.get(code)
            if known is None or known[0] > index:
                names[code] = (index, name)
            self._sorter.add((item_key(code, item), index, seq, code, item))

    def sections(self, only: str | None = None) -> Iterator[tuple[str, str, Iterator[Item]]]:
        """(code, name, reminders) of each section in order; ``only``: an agency's code, for
        its section alone, or a group's, for its members' sections."""
        wanted = None if only is None else {only}.union(*self._members.values())
        records = (r for r in self._sorter.sorted() if wanted is None or r[3] in wanted)
        for code, group in groupby(records, key=lambda r: r[3]):
            yield code, self._names[code][1], (r[4] for r in group)

    def close(self) -> None:
        self._sorter.close()

    def __enter__(self) -> Gathering:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
