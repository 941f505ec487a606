"""What the site shows, computed from the plans with the library's own questions.

Nothing here is worded or formatted: the pages (``site.pages``) do that. Each agency's duties
are ``tasks.list_tasks`` for that agency, so an agency page lists exactly what
``dakplan tasks --agency CODE`` lists (led, coordinated, through a group, carried over from an
agency that had ended by the build day); statuses and overdue marks are ``query.status``'s.
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
from dakplan.query.names import Named, Plans
from dakplan.query.places import places
from dakplan.query.registry import Registry
from dakplan.query.status import STATUSES, Judge
from dakplan.query.status import PlanResults as Results
from dakplan.tasks import TaskList, TaskQuery, TaskRow, ended_by, list_tasks, order_key
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


def _site_plan(file: str, plan: Plan, page: str, as_of: dt.date,
               results: Results) -> SitePlan:
    doc = plan.document
    where = places(plan)
    registry = Registry(plan)
    judge = Judge(plan, as_of, results.get(file, ()))
    rows = [task_row(file, plan, task, where[task.id], as_of, judge.task(task))
            for _, task, _ in plan.located_duties()]
    duties = tuple(_duty(page, listed, registry) for listed in rows)
    issuer = " ".join(doc.issuer.name.split())
    return SitePlan(page, file, f"{doc.title} {doc.subject}", doc.subject, issuer,
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
    """The site of ``plans`` as of ``as_of``, with each plan's ``results`` files."""
    results = results or {}
    files = [file for file, _ in plans]
    slug_of = dict(zip(files, _unique([slug(_stem(f)) for f in files]), strict=True))
    site_plans = [_site_plan(file, plan, slug_of[file], as_of, results)
                  for file, plan in plans]
    duty = {(p.file, d.id): d for p in site_plans for d in p.duties}
    site_plans.sort(key=lambda p: (-p.year, sort_key(p.issuer), sort_key(p.title), p.slug))

    def duties(listed: TaskList) -> tuple[Duty, ...]:
        return tuple(duty[row.plan, row.task.id] for row in listed.rows)

    named = agencies_of(plans)
    held = _held_by(plans, as_of, {a.code for a in named}, results)
    ended = {code for _, plan in plans for a in plan.agencies if a.valid_to is not None
             for code in [a.code]}
    agencies = []
    for agency, page in zip(named, _unique([slug(a.code) for a in named]), strict=True):
        rows = held.get(agency.code, [])
        gone = ended_by(plans, agency.code, as_of) if agency.code in ended else None
        agencies.append(SiteAgency(
            agency.code, agency.name, page,
            tuple(Held(duty[r.plan, r.task.id], r.role or "lead", r.via, r.carried_from)
                  for r in rows),
            len(rows), gone.explanation if gone is not None else None,
            _counts(r.status for r in rows), sum(r.overdue for r in rows)))

    overdue = duties(list_tasks(plans, TaskQuery(as_of=as_of, overdue=True), results))
    soon = duties(list_tasks(plans, TaskQuery(as_of=as_of, due_within=SOON_DAYS), results))
    return Site(as_of, tuple(site_plans), tuple(agencies), overdue, soon)


def _held_by(plans: Plans, as_of: dt.date, codes: set[str],
             results: Results) -> dict[str, list[TaskRow]]:
    """Each agency's rows of ``dakplan tasks --agency CODE``, in its order, from one listing
    of every agency (``--group-by agency``): the same rows (``tasks.list_tasks`` gives an
    agency the same duties either way), each plan's registry built once rather than once per
    agency. Rows of a group that reaches no agency are not an agency's."""
    listed = list_tasks(plans, TaskQuery(as_of=as_of, by_agency=True), results)
    out: dict[str, list[TaskRow]] = {}
    for row in listed.rows:
        if row.agency in codes:
            out.setdefault(row.agency, []).append(row)
    # The listing is in order within each name of an agency; an agency named otherwise in
    # another plan has its rows in two runs, put back in the order of its own listing.
    text_key = cache(sort_key)
    for rows in out.values():
        if len({row.agency_name for row in rows}) > 1:
            rows.sort(key=lambda r: order_key(r, text_key))
    return out


def _stem(file: str) -> str:
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
