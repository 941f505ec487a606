"""Who does what, by when (``dakplan tasks``): tasks listed with roles, filters, order.

Pure functions over validated plans; the command line only parses options and prints.

* Agencies are named as ``query.names`` resolves them; an agency's tasks are its duties
  (``query.duties``).
* A task's due dates are its timing's (``model.v2.due_dates``): its date(s), a window's end,
  every occurrence of an anchored recurrence. Filters keep a task when one of them matches;
  ``deadline`` is the next one on or after the as-of day, else the last.
* Order: tasks with due dates first, by that date; then recurring tasks without dates; then
  standing ("throughout") tasks; within each, Vietnamese alphabetical order of the text, then
  the id, then the plan file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Generic, TypeVar

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.vn import sort_key
from dakplan.model.results import Results
from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan, Recurring, due_dates
from dakplan.model.v2.timing import Timing
from dakplan.query.duties import ROLES, Role, duties_of
from dakplan.query.names import Cards, Named, Plans, resolve_agency
from dakplan.query.options import (
    MAX_WINDOW_DAYS,
    check_days,
    parse_media,
    parse_option_date,
    parse_status,
    parse_theme,
)
from dakplan.query.places import Place, places_and_duties
from dakplan.query.registry import Registry
from dakplan.query.status import Judge, Judged, PlanResults
from dakplan.query.succession import Succession, successors

TIMING_ORDER = {"recurring": 1, "throughout": 2}
"""Where tasks without due dates come, after every dated task (0)."""


# --- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    """What a listing says of a task, as small values of its own: a row that holds these
    instead of the task's model keeps nothing else of its plan alive, so that a command
    reading many plans one at a time (``Listing``) keeps only its rows."""

    id: str
    text: str
    lead: str
    coordinate: tuple[str, ...]
    themes: tuple[str, ...]
    media: tuple[str, ...]
    """The formats' codes."""
    timing: Timing
    """The timing's own model (a few values; it refers to nothing else of the plan)."""

    @classmethod
    def of(cls, task: Task) -> Facts:
        return cls(task.id, task.text, task.lead, tuple(task.coordinate), tuple(task.themes),
                   tuple(str(m) for m in task.media), task.timing)


T = TypeVar("T", Task, Facts)
"""What a row holds of its task: the model (``row``, for a caller that goes on asking the
plan about it, as the site does), or its ``Facts`` (``list_tasks``)."""


@dataclass(frozen=True, slots=True)
class Row(Generic[T]):
    """One line of the answer: a task, and for whom when the answer is per agency."""

    plan: str
    task: T
    place: Place
    judged: Judged
    """Its status on the as-of day (``query.status``): the agency's own report when the row is
    an agency's, else the lead's."""
    agency: str | None = None
    role: Role | None = None
    via: str | None = None
    """The group through which the agency has the task; None when it is named directly."""
    agency_name: str | None = None
    carried_from: str | None = None
    """The ended agency whose duty the agency carries on; None for its own duties."""
    due: tuple[dt.date, ...] = ()
    """Every due date, ascending."""
    deadline: dt.date | None = None
    """The next due date on or after the as-of day, else the last one; None without any."""

    @property
    def status(self) -> str:
        return self.judged.status

    @property
    def overdue(self) -> bool:
        return self.judged.overdue

    @property
    def completed(self) -> dt.date | None:
        return self.judged.completed

    @property
    def timing(self) -> str:
        return self.task.timing.type

    @property
    def frequency(self) -> str | None:
        timing = self.task.timing
        if isinstance(timing, Recurring) and timing.frequency is not None:
            return str(timing.frequency)
        return None


TaskRow = Row[Task]
"""A row with the task's model (``row``)."""
Listed = Row[Facts]
"""A row of ``list_tasks``'s answer, with the task's ``Facts``."""


def order_key(row: Row[T], text_key: Callable[[str], object] = sort_key) -> tuple[object, ...]:
    """Dated tasks by date, then recurring, then throughout; then text, id and plan file."""
    rank = 0 if row.deadline is not None else TIMING_ORDER.get(row.timing, 2)
    due = row.deadline or dt.date.max
    return (rank, due, text_key(row.task.text), row.task.id, row.plan)


# --- the query ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskQuery:
    """What to list. Build it from command-line text with ``TaskQuery.parse``."""

    as_of: dt.date
    agency: Named | None = None
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    overdue: bool = False
    due_within: int | None = None
    statuses: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    media: frozenset[str] = frozenset()
    role: Role | None = None
    by_agency: bool = False

    @classmethod
    def parse(
        cls,
        plans: Plans | Cards,
        *,
        today: dt.date | None = None,
        agency: str | None = None,
        as_of: str | None = None,
        due_before: str | None = None,
        due_after: str | None = None,
        overdue: bool = False,
        due_within: int | None = None,
        statuses: Sequence[str] = (),
        themes: Sequence[str] = (),
        media: Sequence[str] = (),
        role: str | None = None,
        group_by: str | None = None,
    ) -> TaskQuery:
        """Check and convert what a person typed; anything wrong raises ``UsageError``.
        Without ``as_of``, the day is ``today``, or else today in Vietnam (``clock.today``).
        ``plans``: the plans, or their ``names.cards``."""
        if due_within is not None:
            check_days("--due-within", due_within, MAX_WINDOW_DAYS)
        if role is not None and role not in ROLES:
            raise UsageError(t("query.bad_choice", option="--role", value=role,
                               choices=", ".join(ROLES)))
        if group_by is not None and group_by != "agency":
            raise UsageError(t("query.bad_choice", option="--group-by", value=group_by,
                               choices="agency"))
        named = resolve_agency(plans, agency) if agency is not None else None
        if role is not None and named is None and group_by is None:
            raise UsageError(t("query.role_needs_agency"))
        def date(option: str, text: str | None) -> dt.date | None:
            return None if text is None else parse_option_date(option, text)

        day = date("--as-of", as_of) or today
        if day is None:
            from dakplan.query import clock  # zoneinfo: only when needed

            day = clock.today()
        return cls(
            as_of=day,
            agency=named,
            due_before=date("--due-before", due_before),
            due_after=date("--due-after", due_after),
            overdue=overdue,
            due_within=due_within,
            statuses=frozenset(code for s in _split(statuses) for code in parse_status(s)),
            themes=frozenset(parse_theme(plans, s) for s in _split(themes)),
            media=frozenset(parse_media(s, plans) for s in _split(media)),
            role=role,
            by_agency=group_by == "agency",
        )

    def keeps(self, row: Row[T]) -> bool:
        task, due = row.task, row.due
        if self.due_before is not None and not any(d <= self.due_before for d in due):
            return False
        if self.due_after is not None and not any(d >= self.due_after for d in due):
            return False
        if self.overdue and not row.overdue:
            return False
        if self.due_within is not None:
            last = self.as_of + dt.timedelta(days=self.due_within)
            if not row.judged.is_open or not any(self.as_of <= d <= last for d in due):
                return False
        if self.statuses and row.status not in self.statuses:
            return False
        if self.themes and not self.themes.intersection(task.themes):
            return False
        if self.media and not self.media.intersection(str(m) for m in task.media):
            return False
        return self.role is None or row.role == self.role


def _split(values: Iterable[str]) -> list[str]:
    """Repeated options and comma-separated lists both work: ``--status done,in_progress``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


# --- listing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ended:
    """The agency asked about had ended by the as-of day: who carries its duties then."""

    succession: Succession
    explanation: str
    """``Succession.explain`` in the current language."""


@dataclass
class TaskList:
    """The answer to a query: rows in order, and what was asked."""

    query: TaskQuery
    files: list[str]
    rows: list[Listed] = field(default_factory=list)
    ended: Ended | None = None
    """Set when ``--agency`` names an agency that had ended by the as-of day."""


def ended_by(plans: Plans, code: str, on: dt.date) -> Ended | None:
    """Who carries the duties of ``code`` on ``on`` when it had ended by then, from the first
    plan whose registry says so; None while it exists (or never had a lifetime)."""
    for _, plan in plans:
        found = _ended_in(plan, code, on)
        if found is not None:
            return found
    return None


def _ended_in(plan: Plan, code: str, on: dt.date) -> Ended | None:
    registry = Registry(plan)
    found = successors(registry, code, on)
    if found.ended is not None and not found.current:
        return Ended(found, found.explain(registry))
    return None


def row(file: str, plan: Plan, task: Task, place: Place, as_of: dt.date,
        judged: Judged, **who: str | None) -> TaskRow:
    """The row of ``task``, with its due dates and its status on ``as_of``."""
    due = due_dates(task.timing, plan.document.period, plan.document.issue_date)
    upcoming = [d for d in due if d >= as_of]
    deadline = upcoming[0] if upcoming else (due[-1] if due else None)
    return Row(file, task, place, judged,
                   due=tuple(due), deadline=deadline, **who)  # type: ignore[arg-type]


def _rows_for(file: str, plan: Plan, registry: Registry, named: Named,
              judge: Judge, where: dict[str, Place], duties: Sequence[Task],
              plain: Sequence[TaskRow] | None = None) -> Iterable[TaskRow]:
    """``named``'s rows; ``duties``: every duty of the plan in document order;
    ``plain``: every duty's row as such (``Judge.task``), in that order, when the caller has
    them (their due dates are then not worked out again)."""
    code = named.code
    tasks = duties
    alone = {} if plain is None else {id(r.task): r for r in plain}
    for duty in duties_of(registry, code, carry_on=judge.as_of, tasks=tasks):
        task = duty.task
        # A group reports nothing itself: its duties stand as their lead's report says.
        judged = (judge.task(task) if named.is_group
                  else judge.duty(code, task, duty.carried_from))
        who = {"agency": code, "role": duty.role, "via": duty.via, "agency_name": named.name,
               "carried_from": duty.carried_from}
        if plain is not None:
            yield replace(alone[id(task)], judged=judged, **who)  # type: ignore[arg-type]
        else:
            yield row(file, plan, task, where[task.id], judge.as_of, judged, **who)


def plan_rows(file: str, plan: Plan, query: TaskQuery,
              results: Iterable[Results] = ()) -> list[TaskRow]:
    """The rows ``query`` asks for from one plan, in the plan's order, judged from the
    plan's ``results`` and inline records (``query.status``)."""
    where, duties = places_and_duties(plan)  # the one walk of the plan's tree
    judge = Judge(plan, query.as_of, results)
    if query.agency is not None:
        rows = list(_rows_for(file, plan, Registry(plan), query.agency, judge, where, duties))
    elif query.by_agency:
        rows = _rows_by_agency(file, plan, judge, where, duties)
    else:
        rows = [row(file, plan, task, where[task.id], query.as_of, judge.task(task))
                for task in duties]
    return [r for r in rows if query.keeps(r)]


class Listing:
    """``list_tasks`` one plan at a time: ``add`` each plan (in any order, each by its
    position among the plans), then ``finish``. What it keeps of a plan is its rows, each
    with the task's ``Facts`` and values shared among rows (places, statuses, due dates), so
    that the plan can go once added: memory grows with the rows of the answer, not with the
    plans read."""

    def __init__(self, query: TaskQuery) -> None:
        self.query = query
        self._rows: dict[int, list[Listed]] = {}
        self._ended: dict[int, Ended] = {}
        self._shared: dict[Hashable, object] = {}

    def _one(self, value: Hashable) -> object:
        return self._shared.setdefault(value, value)

    def add(self, index: int, file: str, plan: Plan, results: Iterable[Results] = ()) -> None:
        """The rows of the plan at ``index`` (the ``index``-th plan the command reads)."""
        query = self.query
        facts: dict[int, Facts] = {}
        places: dict[Place, Place] = {}
        slim: list[Listed] = []
        for full in plan_rows(file, plan, query, results):
            task = full.task
            known = facts.get(id(task))
            if known is None:
                known = facts[id(task)] = Facts.of(task)
            slim.append(Row(
                full.plan, known, places.setdefault(full.place, full.place),
                self._one(full.judged),  # type: ignore[arg-type]
                full.agency, full.role, full.via, full.agency_name, full.carried_from,
                self._one(tuple(self._one(d) for d in full.due)),  # type: ignore[arg-type]
                full.deadline))
        self._rows[index] = slim
        self._ended.pop(index, None)
        if query.agency is not None:
            ended = _ended_in(plan, query.agency.code, query.as_of)
            if ended is not None:
                self._ended[index] = ended

    def finish(self, files: list[str]) -> TaskList:
        """The answer, the plans being those named ``files``, every one of them added."""
        query = self.query
        rows = [r for index in sorted(self._rows) for r in self._rows[index]]
        self._rows.clear()
        # One collation key per distinct text: vn.sort_key's own cache is too small for a
        # large repository, and a task's text recurs once per agency with --group-by agency.
        text_key = cache(sort_key)
        if query.by_agency:
            rows.sort(key=lambda r: (text_key(r.agency_name or ""), r.agency or "",
                                     *order_key(r, text_key)))
        else:
            rows.sort(key=lambda r: order_key(r, text_key))
        ended = self._ended[min(self._ended)] if self._ended else None
        return TaskList(query, files, rows, ended)


class Gathered:
    """``list_tasks`` in bounded memory, for an answer written as it is read back: each plan's
    rows become plain records at once (``make``: a row's payload for the output format, from
    ``outputs.tasks``), sorted as ``Listing`` sorts them by an external sort
    (``io.spill.Sorter``); what the output needs before its rows (how many there are, in each
    agency's table) is counted meanwhile. ``add`` each plan once, then iterate ``rows`` once;
    ``close`` (or ``with``) removes the runs."""

    def __init__(self, query: TaskQuery,
                 make: Callable[[TaskRow, tuple[str | None, str | None] | None], object]
                 ) -> None:
        from dakplan.io.spill import Sorter

        self.query = query
        self.make = make
        self.count = 0
        self.groups: dict[tuple[str | None, str | None] | None, int] = {}
        """Rows per (agency, agency name) with ``--group-by agency``."""
        self._sorter = Sorter()
        self._ended: dict[int, Ended] = {}

    def add(self, index: int, file: str, plan: Plan, results: Iterable[Results] = ()) -> None:
        """The rows of the plan at ``index`` (the ``index``-th plan the command reads)."""
        query = self.query
        # One collation key per distinct text of the plan: a task's text recurs once per
        # agency with --group-by agency.
        text_key = cache(sort_key)
        by_agency = query.by_agency
        for seq, full in enumerate(plan_rows(file, plan, query, results)):
            if by_agency:
                group = (full.agency, full.agency_name)
                key = (text_key(full.agency_name or ""), full.agency or "",
                       *order_key(full, text_key))
                self.groups[group] = self.groups.get(group, 0) + 1
            else:
                group, key = None, order_key(full, text_key)
            # The plan's position and the row's within it: the order of ``Listing``'s stable
            # sort among rows that compare equal, and no payload is ever compared.
            self._sorter.add((key, index, seq, group, self.make(full, group)))
            self.count += 1
        if query.agency is not None:
            ended = _ended_in(plan, query.agency.code, query.as_of)
            if ended is not None:
                self._ended[index] = ended

    @property
    def ended(self) -> Ended | None:
        """As ``TaskList.ended``: from the first plan whose registry says so."""
        return self._ended[min(self._ended)] if self._ended else None

    def rows(self) -> Iterator[tuple[tuple[str | None, str | None] | None, object]]:
        """(group, payload) of every row, in the answer's order; group is (agency, agency
        name) with ``--group-by agency``, else None."""
        for record in self._sorter.sorted():
            yield record[3], record[4]

    def close(self) -> None:
        self._sorter.close()

    def __enter__(self) -> Gathered:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def list_tasks(plans: Iterable[tuple[str, Plan]], query: TaskQuery,
               results: PlanResults | None = None) -> TaskList:
    """Every task ``query`` asks for, from every plan, in order, each judged from the plan's
    ``results`` and inline records (``query.status``)."""
    listing = Listing(query)
    files: list[str] = []
    for index, (file, plan) in enumerate(plans):
        files.append(file)
        listing.add(index, file, plan, (results or {}).get(file, ()))
    return listing.finish(files)


def _rows_by_agency(file: str, plan: Plan, judge: Judge,
                    where: dict[str, Place], duties: Sequence[Task]) -> list[TaskRow]:
    """A row per agency and task; a task whose lead reaches no registered agency (a group
    taking members by kind, none registered yet) is listed under that group, never lost."""
    registry = Registry(plan)
    # Every agency's rows come from one walk of the plan: walking it once per agency made a
    # repository's listing grow with agencies x tasks.
    plain = [row(file, plan, task, where[task.id], judge.as_of, judge.task(task))
             for task in duties]
    rows: list[TaskRow] = []
    for agency in plan.agencies:
        rows += _rows_for(file, plan, registry, Named(agency.code, agency.name, False), judge,
                          where, duties, plain)
    reached = {r.task.id for r in rows if r.role == "lead"}
    for alone in plain:
        if alone.task.id not in reached:
            lead = alone.task.lead
            rows.append(replace(alone, agency=lead, role="lead",
                                agency_name=registry.name(lead)))
    return rows
