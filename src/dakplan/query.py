"""Who does what, by when: agency names resolved, tasks listed with roles, filters, order.

Pure functions over validated plans; the command line only parses options and prints.

* An agency is named by code, full name, short name or alias; names are compared by
  ``vn.match_key`` (no case, diacritics, punctuation or Unicode-form differences).
* An agency's tasks are those it leads or coordinates, directly or through any group it belongs
  to (a department is in "all departments", which may be inside a larger group); with a day,
  also those of the ended agencies it carries on (``succession``). ``calendar`` and ``remind``
  list duties through ``duties_of`` too.
* Order: tasks with a deadline first, by date; then recurring tasks; then standing ("throughout")
  tasks; within each, Vietnamese alphabetical order of the text, then the id, then the plan file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.messages import EN, VI
from dakplan.model import MEDIA_LABELS, Deadline, MediaFormat, Plan, Recurring, Status, Task
from dakplan.model.base import FIRST_YEAR, LAST_YEAR
from dakplan.registry import Registry
from dakplan.succession import Succession, successors
from dakplan.vn import match_key, nfc, parse_date, sort_key

Role = Literal["lead", "coordinate"]
ROLES: tuple[Role, ...] = ("lead", "coordinate")
NOT_REPORTED = "not_reported"
STATUSES = (NOT_REPORTED, *(s.value for s in Status))
CLOSED = frozenset({Status.DONE.value, Status.CANCELLED.value})
TIMING_ORDER = {"deadline": 0, "recurring": 1, "throughout": 2}

Plans = Sequence[tuple[str, Plan]]
"""Plans with the file each came from, as ``validate.load_plans`` returns them."""


# --- agency names -------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """An agency or group a name resolved to."""

    code: str
    name: str
    is_group: bool


def _entries(plans: Plans) -> dict[str, Named]:
    out: dict[str, Named] = {}
    for _, plan in plans:
        for agency in plan.agencies:
            out.setdefault(agency.code, Named(agency.code, agency.name, False))
        for group in plan.groups:
            out.setdefault(group.code, Named(group.code, group.name, True))
    return out


def _label(entry: Named) -> str:
    return f"{entry.code} ({entry.name})"


def resolve_agency(plans: Plans, name: str) -> Named:
    """The agency or group ``name`` stands for in any of ``plans``.

    An unknown name, or one that stands for several codes, raises ``UsageError`` naming the
    closest matches. A name that is exactly one of the candidates' codes wins a tie.
    """
    entries = _entries(plans)
    key = match_key(nfc(name))
    codes: list[str] = []
    for _, plan in plans:
        for code in Registry(plan).name_index.get(key, []):
            if code not in codes:
                codes.append(code)
    if len(codes) > 1 and name.strip().upper() in codes:
        codes = [name.strip().upper()]
    if len(codes) == 1:
        return entries[codes[0]]
    if codes:
        found = ", ".join(_label(entries[c]) for c in sorted(codes))
        raise UsageError(t("query.ambiguous_agency", name=name, found=found))
    near = _near(plans, key, entries)
    hint = t("query.did_you_mean", names=", ".join(near)) if near else t("query.see_agencies")
    raise UsageError(t("query.unknown_agency", name=name, hint=hint))


def _near(plans: Plans, key: str, entries: dict[str, Named], limit: int = 5) -> list[str]:
    """Labels of the agencies whose names come closest to ``key``."""
    by_key: dict[str, list[str]] = {}
    for _, plan in plans:
        for code, other in Registry(plan).names():
            codes = by_key.setdefault(match_key(other), [])
            if code not in codes:
                codes.append(code)
    def closeness(k: str) -> float:
        return difflib.SequenceMatcher(None, key, k).ratio()

    # Names that contain what was typed come first (a part of a name is a fair guess), then
    # names spelt almost the same; each by closeness, then by key for a stable order.
    contains = [k for k in by_key if key and key in k]
    similar = [k for k in by_key if k not in contains and closeness(k) >= 0.6]
    ranked = [*sorted(contains, key=lambda k: (-closeness(k), k)),
              *sorted(similar, key=lambda k: (-closeness(k), k))]
    out: list[str] = []
    for k in ranked:
        for code in by_key[k]:
            label = _label(entries[code])
            if label not in out:
                out.append(label)
    return out[:limit]


def containing_groups(registry: Registry, code: str) -> list[str]:
    """The groups that take in ``code`` (an agency or a group), however deep, in plan order."""
    if code in registry.agencies:
        return registry.groups_of(code)
    out = []
    for group in registry.plan.groups:
        seen: set[str] = set()
        stack = list(group.members)
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if current == code:
                out.append(group.code)
                break
            if current in registry.groups:
                stack.extend(registry.groups[current].members)
    return out


def involvement(task: Task, code: str, groups: Iterable[str]) -> tuple[Role, str | None] | None:
    """How ``code`` takes part in ``task``: its role and the group it comes through (None when
    named directly). Leading beats coordinating, and being named beats coming through a group."""
    groups = list(groups)
    if task.lead == code:
        return "lead", None
    if task.lead in groups:
        return "lead", task.lead
    if code in task.coordinate:
        return "coordinate", None
    for other in task.coordinate:
        if other in groups:
            return "coordinate", other
    return None


# --- duties -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duty:
    """A task as one agency or group holds it."""

    task: Task
    role: Role
    """``lead`` (chủ trì) or ``coordinate`` (phối hợp)."""
    via: str | None = None
    """The group through which it holds the task ("BCTW"), or None when named directly."""
    carried_from: str | None = None
    """The ended agency whose duty this is, when the holder carries it on (see ``duties_of``)."""

    @property
    def strength(self) -> tuple[bool, bool, bool]:
        """Smaller is stronger: leading, then one's own duty, then being named directly."""
        return self.role != "lead", self.carried_from is not None, self.via is not None


def predecessors(registry: Registry, code: str, on: dt.date) -> list[str]:
    """The agencies, in plan order, that had ended by ``on`` and whose duties ``code`` carries
    then (``succession.successors``)."""
    out = []
    for agency in registry.plan.agencies:
        if agency.code == code or not agency.carried_by:
            continue
        found = successors(registry, agency.code, on)
        if not found.current and code in found.carriers:
            out.append(agency.code)
    return out


def duties_of(registry: Registry, code: str, carry_on: dt.date | None = None,
              tasks: Iterable[Task] | None = None) -> list[Duty]:
    """The tasks ``code`` (an agency or a group) leads or coordinates, named directly or through
    any group that takes it in, however deep, in document order; each once, with its strongest
    part.

    With ``carry_on``, an agency also gets the duties of the agencies that had ended by that day
    and that it carries on (STTTT's for SKHCN after 1 March 2025), marked ``carried_from``; a
    task it holds both ways is listed with the stronger part, its own when they are equal (the
    rule ``dakplan remind`` follows). ``tasks``: look only at these (default: all the plan's).
    """
    sources: list[tuple[str, list[str], str | None]] = [
        (code, containing_groups(registry, code), None)]
    if carry_on is not None and code in registry.agencies:
        sources += [(old, containing_groups(registry, old), old)
                    for old in predecessors(registry, code, carry_on)]
    out: list[Duty] = []
    for task in registry.plan.tasks() if tasks is None else tasks:
        if len(sources) == 1:  # the common case, kept cheap: one agency, no one to carry for
            part = involvement(task, code, sources[0][1])
            if part is not None:
                out.append(Duty(task, *part))
            continue
        found = [Duty(task, *part, carried_from=carried) for holder, groups, carried in sources
                 if (part := involvement(task, holder, groups)) is not None]
        if found:
            out.append(min(found, key=lambda duty: duty.strength))
    return out


# --- sections -----------------------------------------------------------------------------

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass(frozen=True)
class Place:
    """Where a task stands in the document."""

    part: Literal["implementation", "funding", "reporting"]
    section: str | None
    """The printed number: "III.2" for the second part of "Tổ chức thực hiện", "IV" for
    funding; None for the reporting paragraph, which stands after the numbered sections."""
    title: str | None


def places(plan: Plan) -> dict[str, Place]:
    """Task id -> its place. Sections are numbered I, II, ... in the order the plan prints
    them (objectives, content, implementation, funding), counting only those it has."""
    present = [
        bool(plan.purposes or plan.requirements),
        bool(plan.themes or plan.media),
        bool(plan.implementation),
        plan.funding is not None,
    ]
    numbers = {}
    n = 0
    for name, has in zip(("objectives", "content", "implementation", "funding"), present,
                         strict=True):
        if has:
            numbers[name] = _ROMAN[n] if n < len(_ROMAN) else str(n + 1)
            n += 1
    out: dict[str, Place] = {}
    for i, part in enumerate(plan.implementation):
        for task in part.tasks:
            out[task.id] = Place("implementation", f"{numbers['implementation']}.{i + 1}",
                                 part.heading)
    if plan.funding is not None:
        for item in plan.funding.items:
            if isinstance(item, Task):
                out[item.id] = Place("funding", numbers["funding"], plan.headings.funding)
    for task in plan.reporting:
        out[task.id] = Place("reporting", None, None)
    return out


# --- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TaskRow:
    """One line of the answer: a task, and for whom when the answer is per agency."""

    plan: str
    task: Task
    place: Place
    status: str
    """The reported status, or "not_reported"."""
    overdue: bool
    agency: str | None = None
    role: Role | None = None
    via: str | None = None
    """The group through which the agency has the task; None when it is named directly."""
    agency_name: str | None = None
    carried_from: str | None = None
    """The ended agency whose duty the agency carries on; None for its own duties."""

    @property
    def timing(self) -> str:
        return self.task.timing.type

    @property
    def deadline(self) -> dt.date | None:
        return self.task.due

    @property
    def frequency(self) -> str | None:
        timing = self.task.timing
        if isinstance(timing, Recurring) and timing.frequency is not None:
            return str(timing.frequency)
        return None


def status_of(task: Task) -> str:
    return NOT_REPORTED if task.status is None else str(task.status)


def is_open(task: Task) -> bool:
    """Not reported done or cancelled: still to be reminded of, and late after its deadline."""
    return status_of(task) not in CLOSED


def is_overdue(task: Task, as_of: dt.date) -> bool:
    """The deadline has passed (the due day itself is not late) and the task is still open."""
    return isinstance(task.timing, Deadline) and task.timing.date < as_of and is_open(task)


def order_key(row: TaskRow, text_key: Callable[[str], object] = sort_key) -> tuple[object, ...]:
    """Dated tasks by date, then recurring, then throughout; then text, id and plan file."""
    due = row.deadline or dt.date.max
    return (TIMING_ORDER[row.timing], due, text_key(row.task.text), row.task.id, row.plan)


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
        plans: Plans,
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
        Without ``as_of``, the day is ``today``, or else today in Vietnam (``clock.today``)."""
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
            from dakplan import clock  # zoneinfo: only when needed

            day = clock.today()
        return cls(
            as_of=day,
            agency=named,
            due_before=date("--due-before", due_before),
            due_after=date("--due-after", due_after),
            overdue=overdue,
            due_within=due_within,
            statuses=frozenset(parse_status(s) for s in _split(statuses)),
            themes=frozenset(parse_theme(plans, s) for s in _split(themes)),
            media=frozenset(parse_media(s) for s in _split(media)),
            role=role,
            by_agency=group_by == "agency",
        )

    def keeps(self, row: TaskRow) -> bool:
        task, due = row.task, row.deadline
        if self.due_before is not None and (due is None or due > self.due_before):
            return False
        if self.due_after is not None and (due is None or due < self.due_after):
            return False
        if self.overdue and not row.overdue:
            return False
        if self.due_within is not None and (
            due is None or row.status in CLOSED
            or not self.as_of <= due <= self.as_of + dt.timedelta(days=self.due_within)
        ):
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


_DATE_SHAPE = re.compile(r"^\s*\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}\s*$")


FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
"""Every date typed on the command line lies within the years a plan can cover; then a day
plus any window below stays far from the end of the calendar (9999-12-31)."""

MAX_WINDOW_DAYS = 3660
"""``--due-within``, ``--within``: ten years ahead, twice a five-year plan's period."""

MAX_ALARM_DAYS = 366
"""``--alarm-days``: an alarm more than a year before its day reminds of nothing."""


def parse_option_date(option: str, text: str) -> dt.date:
    """A date typed as 2020-12-15 or 15/12/2020, or a ``UsageError`` saying what is wrong."""
    try:
        day = parse_date(nfc(text))
    except ValueError:
        key = "query.no_such_date" if _DATE_SHAPE.match(text) else "query.bad_date"
        raise UsageError(t(key, option=option, value=text)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UsageError(t("query.date_range", option=option, value=text,
                           first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()))
    return day


def check_days(option: str, days: int, maximum: int) -> int:
    """``days`` when it is a number of days from 0 to ``maximum``, else a ``UsageError``."""
    if not 0 <= days <= maximum:
        raise UsageError(t("query.bad_days", option=option, value=days, max=maximum))
    return days


def _choice(option: str, text: str, names: dict[str, str], shown: Iterable[str]) -> str:
    found = names.get(match_key(nfc(text)))
    if found is None:
        raise UsageError(t("query.bad_choice", option=option, value=text,
                           choices=", ".join(shown)))
    return found


def parse_status(text: str) -> str:
    """A status by its code (``in_progress``) or its label in English or Vietnamese."""
    names: dict[str, str] = {}
    for status in STATUSES:
        for label in (status, EN[f"status.{status}"], VI[f"status.{status}"]):
            names[match_key(label)] = status
    return _choice("--status", text, names, STATUSES)


def parse_media(text: str) -> str:
    """A media format by its code (``bao-hinh``), its label (``báo hình``) or English name."""
    names: dict[str, str] = {}
    for fmt in MediaFormat:
        for label in (fmt.value, MEDIA_LABELS[fmt], fmt.name):
            names[match_key(label)] = fmt.value
    shown = [f"{fmt.value} ({MEDIA_LABELS[fmt]})" for fmt in MediaFormat]
    return _choice("--media", text, names, shown)


def parse_theme(plans: Plans, text: str) -> str:
    """A theme id of any of the plans."""
    ids = sorted({theme.id for _, plan in plans for theme in plan.themes})
    return _choice("--theme", text, {match_key(i): i for i in ids}, ids or ["-"])


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
    rows: list[TaskRow] = field(default_factory=list)
    ended: Ended | None = None
    """Set when ``--agency`` names an agency that had ended by the as-of day."""


def ended_by(plans: Plans, code: str, on: dt.date) -> Ended | None:
    """Who carries the duties of ``code`` on ``on`` when it had ended by then, from the first
    plan whose registry says so; None while it exists (or never had a lifetime)."""
    for _, plan in plans:
        registry = Registry(plan)
        found = successors(registry, code, on)
        if found.ended is not None and not found.current:
            return Ended(found, found.explain(registry))
    return None


def _rows_for(file: str, registry: Registry, code: str, name: str, as_of: dt.date,
              where: dict[str, Place]) -> Iterable[TaskRow]:
    for duty in duties_of(registry, code, carry_on=as_of):
        task = duty.task
        yield TaskRow(file, task, where[task.id], status_of(task), is_overdue(task, as_of),
                      agency=code, role=duty.role, via=duty.via, agency_name=name,
                      carried_from=duty.carried_from)


def list_tasks(plans: Plans, query: TaskQuery) -> TaskList:
    """Every task ``query`` asks for, from every plan, in order."""
    rows: list[TaskRow] = []
    for file, plan in plans:
        where = places(plan)
        if query.agency is not None:
            rows += _rows_for(file, Registry(plan), query.agency.code, query.agency.name,
                              query.as_of, where)
        elif query.by_agency:
            rows += _rows_by_agency(file, plan, query.as_of, where)
        else:
            rows += [TaskRow(file, task, where[task.id], status_of(task),
                             is_overdue(task, query.as_of)) for task in plan.tasks()]
    rows = [row for row in rows if query.keeps(row)]
    # One collation key per distinct text: vn.sort_key's own cache is too small for a large
    # repository, and a task's text recurs once per agency with --group-by agency.
    text_key = cache(sort_key)
    if query.by_agency:
        rows.sort(key=lambda r: (text_key(r.agency_name or ""), r.agency or "",
                                 *order_key(r, text_key)))
    else:
        rows.sort(key=lambda r: order_key(r, text_key))
    ended = None if query.agency is None else ended_by(plans, query.agency.code, query.as_of)
    return TaskList(query, [file for file, _ in plans], rows, ended)


def _rows_by_agency(file: str, plan: Plan, as_of: dt.date,
                    where: dict[str, Place]) -> list[TaskRow]:
    """A row per agency and task; a task whose lead reaches no registered agency (a group
    taking members by kind, none registered yet) is listed under that group, never lost."""
    registry = Registry(plan)
    rows: list[TaskRow] = []
    for agency in plan.agencies:
        rows += _rows_for(file, registry, agency.code, agency.name, as_of, where)
    reached = {row.task.id for row in rows if row.role == "lead"}
    for task in plan.tasks():
        if task.id not in reached:
            rows.append(TaskRow(file, task, where[task.id], status_of(task),
                                is_overdue(task, as_of), agency=task.lead, role="lead",
                                agency_name=registry.name(task.lead)))
    return rows


# --- the registry with task counts --------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """How many tasks an agency or group has, by its strongest part in each."""

    lead: int = 0
    lead_via_group: int = 0
    coordinate: int = 0
    coordinate_via_group: int = 0

    @property
    def via_group(self) -> int:
        return self.lead_via_group + self.coordinate_via_group

    @property
    def total(self) -> int:
        return self.lead + self.lead_via_group + self.coordinate + self.coordinate_via_group


def count_tasks(registry: Registry, code: str) -> Counts:
    """The tasks the plan gives ``code`` (not those it carries on for ended agencies)."""
    tally = {"lead": 0, "lead_via_group": 0, "coordinate": 0, "coordinate_via_group": 0}
    for duty in duties_of(registry, code):
        tally[duty.role if duty.via is None else f"{duty.role}_via_group"] += 1
    return Counts(**tally)


@dataclass(frozen=True)
class RegistryView:
    """One plan's registry, with what each entry stands for and how many tasks it has."""

    file: str
    plan: Plan
    groups_of: dict[str, list[str]]
    """Agency code -> the groups it belongs to, directly or not, in plan order."""
    members_of: dict[str, list[str]]
    """Group code -> the registered agencies it stands for, in plan order."""
    counts: dict[str, Counts]


def registry_view(file: str, plan: Plan) -> RegistryView:
    registry = Registry(plan)
    order = [a.code for a in plan.agencies]
    return RegistryView(
        file,
        plan,
        {a.code: registry.groups_of(a.code) for a in plan.agencies},
        {g.code: [c for c in order if c in registry.members(g.code)] for g in plan.groups},
        {code: count_tasks(registry, code) for code in (*order, *(g.code for g in plan.groups))},
    )
