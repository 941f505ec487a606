"""What the site shows, computed from the plans with the library's own questions.

Nothing here is worded or formatted: the pages (``site.pages``) do that. Each agency's duties
are those ``dakplan tasks --agency CODE`` lists, from the same pieces (``query.duties`` for who
holds what: led, coordinated, through a group, carried over from an agency that had ended by
the build day; ``tasks.row`` and ``tasks.order_key`` for the row and its order), so an agency
page lists exactly what the command lists; statuses and overdue marks are ``query.status``'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dakplan.i18n.vn import fold, sort_key
from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan, Recurring
from dakplan.query.duties import Role, duties_of, predecessors
from dakplan.query.ledger import Ledger
from dakplan.query.names import Named, Plans
from dakplan.query.places import places
from dakplan.query.registry import Registry
from dakplan.query.status import STATUSES, Judge, Judged
from dakplan.query.status import PlanResults as Results
from dakplan.query.tracking import TRACKED, Tracked
from dakplan.results.summary import AgencyTally, Summary, Tally
from dakplan.tasks import TaskQuery, TaskRow, ended_by, order_key
from dakplan.tasks import row as task_row

SOON_DAYS = 30
"""The home page lists open duties due from the build day to this many days after it."""


@dataclass(frozen=True)
class Result:
    """One record of what was reported of a duty: a progress record of the plan's own, or an
    agency's record in a results file (``results/<plan>/<round>/<AGENCY>.yaml``)."""

    date: dt.date
    """The record's day; a results file's: the day its round speaks for."""
    note: str | None
    """What was done: the progress record's ``note``, the results record's ``result``."""
    agency: str | None
    status: str | None = None
    """A results record's status as the agency reported it (``done``, ``in_progress``, ...)."""
    completed: dt.date | None = None
    """A results record's day of completion."""
    round: str | None = None
    """A results record's round (``2020-06``)."""


@dataclass(frozen=True)
class Duty:
    """A duty as the site shows it: the task, where it stands, its status."""

    plan: str
    """The slug of its plan's page."""
    id: str
    text: str
    section: str | None
    timing: str
    """The timing's type: ``deadline``, ``deadlines``, ``window``, ``recurring``,
    ``throughout``."""
    frequency: str | None
    due: dt.date | None
    """The next due date on or after the build day, else the last one (``TaskRow.deadline``)."""
    status: str
    overdue: bool
    lead: str
    lead_name: str
    coordinate: tuple[str, ...]
    """The names of those it works with."""
    coordinate_codes: tuple[str, ...]
    results: tuple[Result, ...] = ()


@dataclass(frozen=True)
class Held:
    """A duty as one agency holds it (a row of its page): its part, as ``dakplan tasks``
    gives it."""

    duty: Duty
    role: str
    """``lead`` or ``coordinate``."""
    via: str | None
    """The group through which the agency has it; None when named directly."""
    carried_from: str | None
    """The ended agency whose duty it carries on; None for its own."""


@dataclass(frozen=True)
class SitePlan:
    slug: str
    file: str
    name: str
    """What its column shows ("2020"): the file's name without its suffix, with its folder's
    when another plan's file has the same name ("five-year/plan")."""
    title: str
    """"KẾ HOẠCH Hợp tác truyền thông ...": the title and the subject line."""
    subject: str
    issuer: str
    number: str
    date: dt.date | None
    period: str
    year: int
    duties: tuple[Duty, ...]
    """In document order."""
    total: int
    counts: tuple[tuple[str, int], ...]
    """Duties per status, in the order of ``query.status.STATUSES``."""
    overdue: int


@dataclass(frozen=True)
class SiteAgency:
    code: str
    name: str
    slug: str
    duties: tuple[Held, ...]
    """What ``dakplan tasks --agency CODE`` lists, in its order."""
    total: int
    ended: str | None
    """Who carries its duties on the build day, when it had ended by then."""
    counts: tuple[tuple[str, int], ...]
    overdue: int


@dataclass(frozen=True)
class Site:
    as_of: dt.date
    plans: tuple[SitePlan, ...]
    """By year (latest first), then issuer and title in Vietnamese order."""
    agencies: tuple[SiteAgency, ...]
    """In Vietnamese order of their names."""
    overdue: tuple[Duty, ...]
    soon: tuple[Duty, ...]
    figures: Summary | None = None
    """The on-time figures (``results summary``'s, added up over the plans): each plan's duties
    as such, each agency's every duty judged by its own report, in the order of ``agencies``
    (those holding at least one duty)."""
    soon_days: int = SOON_DAYS


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A file name for a page: folded to ASCII letters, digits and hyphens."""
    return _SLUG.sub("-", fold(text)).strip("-") or "page"


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate in seen:
            n += 1
            candidate = f"{name}-{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def _counts(statuses: Iterable[str]) -> tuple[tuple[str, int], ...]:
    found = Counter(statuses)
    return tuple((status, found[status]) for status in STATUSES)


def _duty(page: str, listed: TaskRow, registry: Registry,
          reported: tuple[Result, ...] = ()) -> Duty:
    task = listed.task
    frequency = (str(task.timing.frequency) if isinstance(task.timing, Recurring)
                 and task.timing.frequency is not None else None)
    return Duty(
        plan=page, id=task.id, text=task.text, section=listed.place.section,
        timing=task.timing.type, frequency=frequency, due=listed.deadline, status=listed.status,
        overdue=listed.overdue, lead=task.lead, lead_name=registry.name(task.lead),
        coordinate=tuple(registry.name(code) for code in task.coordinate),
        coordinate_codes=tuple(task.coordinate),
        results=(*(Result(p.date, p.note, p.agency) for p in task.progress), *reported))


def _reported(ledger: Ledger) -> dict[str, tuple[Result, ...]]:
    """Each duty's records in the plan's results files up to the ledger's day, by duty id: every
    round's, oldest first (the order of ``Ledger.all_results``)."""
    out: dict[str, list[Result]] = {}
    for report in ledger.all_results:
        if report.as_of > ledger.as_of:
            continue
        for task_id, result in report.tasks.items():
            out.setdefault(task_id, []).append(Result(
                report.as_of, result.result, report.agency, str(result.status),
                result.completed, report.round))
    return {task_id: tuple(found) for task_id, found in out.items()}


def _site_plan(file: str, name: str, plan: Plan, page: str, rows: list[TaskRow],
               registry: Registry, ledger: Ledger) -> SitePlan:
    doc = plan.document
    reported = _reported(ledger)
    duties = tuple(_duty(page, listed, registry, reported.get(listed.task.id, ()))
                   for listed in rows)
    issuer = " ".join(doc.issuer.name.split())
    return SitePlan(page, file, name, f"{doc.title} {doc.subject}", doc.subject, issuer,
                    doc.number_symbol, doc.issue_date, str(doc.period), doc.period.start,
                    duties, len(duties), _counts(d.status for d in duties),
                    sum(d.overdue for d in duties))


class _Sum:
    """Judgements added up: counts per status, and those late (a ``results.summary.Tally``)."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(TRACKED, 0)
        self.late = 0

    def add(self, judged: Judged) -> None:
        self.counts[Tracked(judged.status)] += 1
        self.late += judged.overdue

    def tally(self) -> Tally:
        return Tally(dict(self.counts), self.late)


def _mentions(tasks: Iterable[Task]) -> dict[str, set[int]]:
    """Each code a plan's duties name (as lead or coordinating) -> the ids of those duties."""
    out: dict[str, set[int]] = {}
    for task in tasks:
        for code in (task.lead, *task.coordinate):
            out.setdefault(code, set()).add(id(task))
    return out


def _candidates(registry: Registry, code: str, as_of: dt.date,
                mentions: dict[str, set[int]], rows: list[TaskRow]) -> list[Task]:
    """The duties ``duties_of`` may find for ``code``, in document order: those naming it, a
    group that takes it in, or an agency it carries on for (or a group taking that one in).
    ``duties_of`` looks at these alone and finds what it finds over every duty, for a
    fraction of the walk (an agency holds a few of a plan's hundreds of duties)."""
    holders = [code]
    if code in registry.agencies:
        holders += predecessors(registry, code, as_of)
    found: set[int] = set()
    for holder in holders:
        for name in (holder, *registry.containing(holder)):
            found |= mentions.get(name, set())
    return [r.task for r in rows if id(r.task) in found]


def agencies_of(plans: Plans) -> list[Named]:
    """Every agency of every plan's registry (groups are not agencies: their duties are on
    their members' pages), once, by the name its first plan gives it."""
    found: dict[str, Named] = {}
    for _, plan in plans:
        for agency in plan.agencies:
            found.setdefault(agency.code, Named(agency.code, agency.name, False))
    return sorted(found.values(), key=lambda a: (sort_key(a.name), a.code))


def collect(plans: Plans, as_of: dt.date, results: Results | None = None) -> Site:
    """The site of ``plans`` as of ``as_of``, with each plan's ``results`` files.

    Every list is ``dakplan tasks``'s, made from one walk of each plan: each duty's row
    (``tasks.row``: its due dates, and its status as ``query.status`` judges it: the duty's
    own, and for an agency's count that agency's own report) is worked out once, and put in
    the one order of ``dakplan tasks`` (``tasks.order_key``, which orders every duty of every
    plan) once. An agency's duties are ``query.duties.duties_of`` in each plan that registers
    it, as ``dakplan tasks --agency`` finds them; its page, the home page's lists and a plan's
    page show those rows, filtered as ``TaskQuery.keeps`` filters them, in that order.
    """
    results = results or {}
    files = [file for file, _ in plans]
    name_of = dict(zip(files, _names(files), strict=True))
    slug_of = dict(zip(files, _unique([slug(name_of[f]) for f in files]), strict=True))
    named = agencies_of(plans)
    site_plans = []
    every: list[TaskRow] = []
    holding: dict[str, list[tuple[TaskRow, Judged, Role, str | None, str | None]]] = {}
    whole = _Sum()
    tallies: dict[str, tuple[_Sum, _Sum]] = {}
    for file, plan in plans:
        where = places(plan)
        registry = Registry(plan)
        judge = Judge(plan, as_of, results.get(file, ()))
        ledger = judge.ledger
        rows = [task_row(file, plan, task, where[task.id], as_of, judge.task(task))
                for _, task, _ in plan.located_duties()]
        site_plans.append(_site_plan(file, name_of[file], plan, slug_of[file], rows, registry,
                                     ledger))
        every += rows
        for one in rows:
            whole.add(one.judged)
        alone = {id(r.task): r for r in rows}
        mentions = _mentions(r.task for r in rows)
        # An agency with no record of a duty in the results files has the plan's word on it,
        # as every other such agency has: that judgement is made once per duty.
        inline: dict[int, Judged] = {}
        for code in (a.code for a in plan.agencies):
            held = holding.setdefault(code, [])
            parts = duties_of(registry, code, carry_on=as_of,
                              tasks=_candidates(registry, code, as_of, mentions, rows))
            if not parts:
                continue
            mine, led = tallies.setdefault(code, (_Sum(), _Sum()))
            for part in parts:
                # Judged once: the agency's own report, as ``results summary`` counts it; the
                # page shows the ended agency's report instead while it has not reported.
                if (code, part.task.id) in ledger.entries:
                    own = judge.own(code, part.task)
                else:
                    own = inline.get(id(part.task)) or inline.setdefault(
                        id(part.task), judge.own(code, part.task))
                mine.add(own)
                if part.role == "lead":
                    led.add(own)
                shown = own
                if part.carried_from is not None and ledger.reported(code, part.task) is None:
                    shown = judge.duty(code, part.task, part.carried_from)
                held.append((alone[id(part.task)], shown, part.role, part.via,
                             part.carried_from))
    duty = {(p.file, d.id): d for p in site_plans for d in p.duties}
    site_plans.sort(key=lambda p: (-p.year, sort_key(p.issuer), sort_key(p.title), p.slug))

    text_key = cache(sort_key)
    every.sort(key=lambda r: order_key(r, text_key))
    position = {id(r): n for n, r in enumerate(every)}

    def listed(query: TaskQuery) -> tuple[Duty, ...]:
        return tuple(duty[r.plan, r.task.id] for r in every if query.keeps(r))

    ended = {code for _, plan in plans for a in plan.agencies if a.valid_to is not None
             for code in [a.code]}
    agencies = []
    for agency, page in zip(named, _unique([slug(a.code) for a in named]), strict=True):
        rows_held = sorted(holding.get(agency.code, []), key=lambda h: position[id(h[0])])
        gone = ended_by(plans, agency.code, as_of) if agency.code in ended else None
        agencies.append(SiteAgency(
            agency.code, agency.name, page,
            tuple(Held(duty[r.plan, r.task.id], role, via, carried)
                  for r, _, role, via, carried in rows_held),
            len(rows_held), gone.explanation if gone is not None else None,
            _counts(own.status for _, own, *_ in rows_held),
            sum(own.overdue for _, own, *_ in rows_held)))

    overdue = listed(TaskQuery(as_of=as_of, overdue=True))
    soon = listed(TaskQuery(as_of=as_of, due_within=SOON_DAYS))
    figures = Summary(as_of, whole.tally(), tuple(
        AgencyTally(a.code, a.name, tallies[a.code][0].tally(), tallies[a.code][1].tally())
        for a in named if a.code in tallies), (), (), ())
    return Site(as_of, tuple(site_plans), tuple(agencies), overdue, soon, figures)


def _names(files: list[str]) -> list[str]:
    """Each file's name without its suffix; with its folder's, for names several files share
    (``plans/2020.yaml`` is "2020"; ``a/plan.yaml`` and ``b/plan.yaml`` are "a/plan" and
    "b/plan")."""
    parts = [file.replace("\\", "/").split("/") for file in files]
    stems = [_stem(p[-1]) for p in parts]
    shared = {stem for stem, n in Counter(stems).items() if n > 1}
    return ["/".join([*p[-2:-1], stem]) if stem in shared else stem
            for p, stem in zip(parts, stems, strict=True)]


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name else name
