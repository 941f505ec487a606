"""The figures of the results report, computed once from the plan's status and progress.

Pure functions over the validated model; the ``report`` template only lays them out.

- A task's status, and whether it is overdue as of ``as_of``, are ``query.status``'s: the rule
  ``tasks``, ``remind`` and ``calendar`` follow.
- Products and money are credited to the progress record's ``agency``, or, when the record
  names none, to the task's lead when that lead is a single agency.
- Press partners: every central press agency in the registry and every party to an agreement
  in the legal bases, except the issuing body; in registry order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dakplan.model import MEDIA_LABELS, AgencyKind, MediaFormat, Plan, Progress, Task
from dakplan.query.registry import Registry
from dakplan.query.status import STATUSES, judge


@dataclass(frozen=True)
class MediaCount:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class TaskLine:
    number: int
    task: Task
    lead: str
    """The lead's name."""
    status: str
    overdue: bool
    note: str | None
    """The latest progress note."""
    updated: dt.date | None
    """The date of the latest progress record."""
    products: int
    amount: int


@dataclass(frozen=True)
class AgencyLine:
    code: str
    name: str
    tasks: int
    done: int
    in_progress: int
    not_started: int
    cancelled: int
    not_reported: int
    overdue: int
    products: int
    amount: int


@dataclass(frozen=True)
class PartnerLine:
    code: str
    name: str
    media: tuple[MediaCount, ...]
    products: int
    amount: int
    contracts: tuple[str, ...]


@dataclass(frozen=True)
class ContractLine:
    contract: str | None
    agency: str
    task: str
    date: dt.date
    products: int
    amount: int


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class Figures:
    as_of: dt.date
    tasks: tuple[TaskLine, ...]
    statuses: tuple[StatusCount, ...]
    overdue: int
    agencies: tuple[AgencyLine, ...]
    partners: tuple[PartnerLine, ...]
    media: tuple[MediaCount, ...]
    contracts: tuple[ContractLine, ...]
    products: int
    amount: int
    problems: tuple[str, ...]
    proposals: tuple[str, ...]
    next_year: tuple[str, ...]


def _credited(record: Progress, task: Task, registry: Registry) -> str | None:
    if record.agency:
        return record.agency
    return task.lead if task.lead in registry.agencies else None


def _media_counts(formats: Iterable[MediaFormat], totals: dict[MediaFormat, int]
                  ) -> tuple[MediaCount, ...]:
    return tuple(MediaCount(str(f), MEDIA_LABELS[f], totals.get(f, 0)) for f in formats)


def compute(plan: Plan, as_of: dt.date) -> Figures:
    registry = Registry(plan)
    tasks = list(plan.tasks())
    lines: list[TaskLine] = []
    per_agency_products: dict[str, dict[MediaFormat, int]] = {}
    per_agency_amount: dict[str, int] = {}
    per_agency_contracts: dict[str, set[str]] = {}
    media_totals: dict[MediaFormat, int] = {}
    contracts: list[ContractLine] = []
    for number, task in enumerate(tasks, 1):
        judged = judge(task, as_of)
        products = amount = 0
        for record in task.progress:
            count = sum(record.products.values())
            products += count
            amount += record.amount or 0
            who = _credited(record, task, registry)
            for fmt, n in record.products.items():
                media_totals[fmt] = media_totals.get(fmt, 0) + n
                if who:
                    bucket = per_agency_products.setdefault(who, {})
                    bucket[fmt] = bucket.get(fmt, 0) + n
            if who:
                per_agency_amount[who] = per_agency_amount.get(who, 0) + (record.amount or 0)
                if record.contract:
                    per_agency_contracts.setdefault(who, set()).add(record.contract)
            if record.contract or record.amount:
                contracts.append(ContractLine(record.contract, registry.name(who or task.lead),
                                              task.id, record.date, count, record.amount or 0))
        last = task.progress[-1] if task.progress else None
        lines.append(TaskLine(number, task, registry.name(task.lead), judged.status,
                              judged.overdue, last.note if last else None,
                              last.date if last else None, products, amount))

    # Each task is counted for every agency its lead stands for, walking the tasks once: asking
    # every agency about every task costs agencies x tasks, quadratic in the size of a plan.
    members: dict[str, set[str]] = {}
    tallies: dict[str, dict[str, int]] = {}
    for line in lines:
        lead = line.task.lead
        if lead not in members:
            members[lead] = registry.members(lead)
        for code in members[lead]:
            tally = tallies.setdefault(code, dict.fromkeys((*STATUSES, "tasks", "overdue"), 0))
            tally["tasks"] += 1
            tally[line.status] += 1
            tally["overdue"] += line.overdue
    agencies = []
    for agency in plan.agencies:
        counts = tallies.get(agency.code)
        products = sum(per_agency_products.get(agency.code, {}).values())
        amount = per_agency_amount.get(agency.code, 0)
        if counts is None and not products and not amount:
            continue
        counts = counts or dict.fromkeys((*STATUSES, "tasks", "overdue"), 0)
        agencies.append(AgencyLine(agency.code, agency.name, counts["tasks"], counts["done"],
                                   counts["in_progress"], counts["not_started"],
                                   counts["cancelled"], counts["not_reported"],
                                   counts["overdue"], products, amount))

    issuer = plan.document.issuer.agency
    parties = {code for basis in plan.bases for doc in basis.documents for code in doc.parties}
    formats = _formats(plan, media_totals)
    partners = []
    for agency in plan.agencies:
        if agency.code == issuer:
            continue
        if agency.kind is not AgencyKind.CENTRAL_PRESS and agency.code not in parties:
            continue
        bucket = per_agency_products.get(agency.code, {})
        partners.append(PartnerLine(agency.code, agency.name, _media_counts(formats, bucket),
                                    sum(bucket.values()), per_agency_amount.get(agency.code, 0),
                                    tuple(sorted(per_agency_contracts.get(agency.code, ())))))

    contracts.sort(key=lambda c: (c.date, c.contract or "", c.task))
    report = plan.report
    return Figures(
        as_of=as_of,
        tasks=tuple(lines),
        statuses=tuple(StatusCount(s, sum(line.status == s for line in lines)) for s in STATUSES),
        overdue=sum(line.overdue for line in lines),
        agencies=tuple(agencies),
        partners=tuple(partners),
        media=_media_counts(formats, media_totals),
        contracts=tuple(contracts),
        products=sum(media_totals.values()),
        amount=sum(line.amount for line in lines),
        problems=tuple(report.problems) if report else (),
        proposals=tuple(report.proposals) if report else (),
        next_year=tuple(report.next_year) if report else (),
    )


def _formats(plan: Plan, totals: dict[MediaFormat, int]) -> list[MediaFormat]:
    """The plan's media formats, then any other format products were reported in."""
    declared = list(plan.media.formats) if plan.media else []
    return declared + [f for f in MediaFormat if f in totals and f not in declared]
