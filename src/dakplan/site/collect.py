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
from dataclasses import dataclass

from dakplan.i18n.vn import fold, sort_key
from dakplan.model import Plan, Recurring
from dakplan.query.names import Named, Plans
from dakplan.query.places import places
from dakplan.query.registry import Registry
from dakplan.query.status import STATUSES, is_overdue, status_of
from dakplan.tasks import TaskList, TaskQuery, TaskRow, list_tasks

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
    """A duty as one row of a page: the task, where it stands and, on an agency's page, the
    agency's part in it."""

    plan: str
    """The slug of its plan's page."""
    id: str
    text: str
    section: str | None
    timing: str
    """``deadline``, ``recurring`` or ``throughout``."""
    frequency: str | None
    due: dt.date | None
    status: str
    overdue: bool
    lead: str
    lead_name: str
    coordinate: tuple[str, ...]
    """The names of those it works with."""
    coordinate_codes: tuple[str, ...]
    role: str | None = None
    via: str | None = None
    carried_from: str | None = None
    results: tuple[Result, ...] = ()


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
    counts: tuple[tuple[str, int], ...]
    """Duties per status, in the order of ``query.status.STATUSES``."""
    overdue: int


@dataclass(frozen=True)
class SiteAgency:
    code: str
    name: str
    slug: str
    duties: tuple[Duty, ...]
    """What ``dakplan tasks --agency CODE`` lists, in its order."""
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


def _counts(duties: tuple[Duty, ...]) -> tuple[tuple[str, int], ...]:
    found = Counter(d.status for d in duties)
    return tuple((status, found[status]) for status in STATUSES)


def _duty(slug_of: dict[str, str], row: TaskRow, registry: Registry) -> Duty:
    task = row.task
    frequency = (str(task.timing.frequency) if isinstance(task.timing, Recurring)
                 and task.timing.frequency is not None else None)
    return Duty(
        plan=slug_of[row.plan], id=task.id, text=task.text, section=row.place.section,
        timing=task.timing.type, frequency=frequency, due=task.due, status=row.status,
        overdue=row.overdue, lead=task.lead, lead_name=registry.name(task.lead),
        coordinate=tuple(registry.name(code) for code in task.coordinate),
        coordinate_codes=tuple(task.coordinate),
        role=row.role, via=row.via, carried_from=row.carried_from,
        results=tuple(Result(p.date, p.note, p.agency) for p in task.progress))


def _rows(slug_of: dict[str, str], registries: dict[str, Registry],
          listed: TaskList) -> tuple[Duty, ...]:
    return tuple(_duty(slug_of, row, registries[row.plan]) for row in listed.rows)


def _site_plan(file: str, plan: Plan, page: str, as_of: dt.date,
               registry: Registry) -> SitePlan:
    doc = plan.document
    where = places(plan)
    rows = [TaskRow(file, task, where[task.id], status_of(task), is_overdue(task, as_of))
            for task in plan.tasks()]
    duties = tuple(_duty({file: page}, row, registry) for row in rows)
    issuer = " ".join(doc.issuer.name.split())
    return SitePlan(page, file, f"{doc.title} {doc.subject}", doc.subject, issuer,
                    doc.number_symbol, doc.issue_date, str(doc.period), doc.period.start,
                    duties, _counts(duties), sum(d.overdue for d in duties))


def agencies_of(plans: Plans) -> list[Named]:
    """Every agency of every plan's registry (groups are not agencies: their duties are on
    their members' pages), once, by the name its first plan gives it."""
    found: dict[str, Named] = {}
    for _, plan in plans:
        for agency in plan.agencies:
            found.setdefault(agency.code, Named(agency.code, agency.name, False))
    return sorted(found.values(), key=lambda a: (sort_key(a.name), a.code))


def collect(plans: Plans, as_of: dt.date) -> Site:
    """The site of ``plans`` as of ``as_of``."""
    files = [file for file, _ in plans]
    slug_of = dict(zip(files, _unique([slug(_stem(f)) for f in files]), strict=True))
    registries = {file: Registry(plan) for file, plan in plans}
    site_plans = [_site_plan(file, plan, slug_of[file], as_of, registries[file])
                  for file, plan in plans]
    site_plans.sort(key=lambda p: (-p.year, sort_key(p.issuer), sort_key(p.title), p.slug))

    named = agencies_of(plans)
    pages = _unique([slug(a.code) for a in named])
    agencies = []
    for agency, page in zip(named, pages, strict=True):
        listed = list_tasks(plans, TaskQuery(as_of=as_of, agency=agency))
        duties = _rows(slug_of, registries, listed)
        agencies.append(SiteAgency(
            agency.code, agency.name, page, duties,
            listed.ended.explanation if listed.ended is not None else None,
            _counts(duties), sum(d.overdue for d in duties)))

    overdue = _rows(slug_of, registries, list_tasks(plans, TaskQuery(as_of=as_of,
                                                                     overdue=True)))
    soon = _rows(slug_of, registries, list_tasks(plans, TaskQuery(as_of=as_of,
                                                                  due_within=SOON_DAYS)))
    return Site(as_of, tuple(site_plans), tuple(agencies), overdue, soon)


def _stem(file: str) -> str:
    name = file.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
