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
from dakplan.model.v2 import Plan, Recurring
from dakplan.query.duties import Role, duties_of
from dakplan.query.names import Named, Plans
from dakplan.query.places import places
from dakplan.query.registry import Registry
from dakplan.query.status import STATUSES, Judge, Judged
from dakplan.query.status import PlanResults as Results
from dakplan.tasks import TaskQuery, TaskRow, ended_by, order_key
from dakplan.tasks import row as task_row

SOON_DAYS = 30
"""The home page lists open duties due from the build day to this many days after it."""


@dataclass(frozen=True)
class Result:
    """One progress record of a duty, as reported."""

    date: dt.date
    note: str | None
    agency: str | None


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


def _duty(page: str, listed: TaskRow, registry: Registry) -> Duty:
    task = listed.task
    frequency = (str(task.timing.frequency) if isinstance(task.timing, Recurring)
                 and task.timing.frequency is not None else None)
    return Duty(
        plan=page, id=task.id, text=task.text, section=listed.place.section,
        timing=task.timing.type, frequency=frequency, due=listed.deadline, status=listed.status,
        overdue=listed.overdue, lead=task.lead, lead_name=registry.name(task.lead),
        coordinate=tuple(registry.name(code) for code in task.coordinate),
        coordinate_codes=tuple(task.coordinate),
        results=tuple(Result(p.date, p.note, p.agency) for p in task.progress))


def _site_plan(file: str, name: str, plan: Plan, page: str, rows: list[TaskRow],
               registry: Registry) -> SitePlan:
    doc = plan.document
    duties = tuple(_duty(page, listed, registry) for listed in rows)
    issuer = " ".join(doc.issuer.name.split())
    return SitePlan(page, file, name, f"{doc.title} {doc.subject}", doc.subject, issuer,
                    doc.number_symbol, doc.issue_date, str(doc.period), doc.period.start,
                    duties, len(duties), _counts(d.status for d in duties),
                    sum(d.overdue for d in duties))


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
    for file, plan in plans:
        where = places(plan)
        registry = Registry(plan)
        judge = Judge(plan, as_of, results.get(file, ()))
        rows = [task_row(file, plan, task, where[task.id], as_of, judge.task(task))
                for _, task, _ in plan.located_duties()]
        site_plans.append(_site_plan(file, name_of[file], plan, slug_of[file], rows, registry))
        every += rows
        tasks = [r.task for r in rows]
        alone = {id(r.task): r for r in rows}
        for code in (a.code for a in plan.agencies):
            held = holding.setdefault(code, [])
            for part in duties_of(registry, code, carry_on=as_of, tasks=tasks):
                held.append((alone[id(part.task)], judge.duty(code, part.task, part.carried_from),
                             part.role, part.via, part.carried_from))
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
    return Site(as_of, tuple(site_plans), tuple(agencies), overdue, soon)


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
