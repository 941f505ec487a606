"""The figures of the results report, computed once from the plan's status and progress.

Pure functions over the validated model; the ``report`` template only lays them out.

- A task's status, and whether it is overdue as of ``as_of`` over its due dates, are
  ``query.status``'s: the rule ``tasks``, ``remind`` and ``calendar`` follow.
- Products and money are credited to the progress record's ``agency``, or, when the record
  names none, to the task's lead when that lead is a single agency.
- Partners: those the plan names (``partners``; a group stands for its members), in registry
  order. Formats: those the plan uses (media blocks, duties, progress), in that order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan, Progress, due_dates
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
    next_period: tuple[str, ...]
    one_year: bool
    """The plan covers one year: the report speaks of "năm tiếp theo", else of the period."""


def _credited(record: Progress, task: Task, registry: Registry) -> str | None:
    if record.agency:
        return record.agency
    return task.lead if task.lead in registry.agencies else None


def _media_counts(formats: Iterable[str], totals: dict[str, int], labels: dict[str, str]
                  ) -> tuple[MediaCount, ...]:
    return tuple(MediaCount(f, labels.get(f, f), totals.get(f, 0)) for f in formats)


def compute(plan: Plan, as_of: dt.date) -> Figures:
    registry = Registry(plan)
    tasks = [duty for _, duty, _ in plan.located_duties()]
    labels = plan.media_labels()
    period, issued = plan.document.period, plan.document.issue_date
    lines: list[TaskLine] = []
    per_agency_products: dict[str, dict[str, int]] = {}
    per_agency_amount: dict[str, int] = {}
    per_agency_contracts: dict[str, set[str]] = {}
    media_totals: dict[str, int] = {}
    contracts: list[ContractLine] = []
    for number, task in enumerate(tasks, 1):
        judged = judge(task, due_dates(task.timing, period, issued), as_of)
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

    named = {code for partner in plan.partners for code in registry.members(partner)}
    formats = _formats(plan, media_totals)
    partners = []
    for agency in plan.agencies:
        if agency.code not in named:
            continue
        bucket = per_agency_products.get(agency.code, {})
        partners.append(PartnerLine(agency.code, agency.name,
                                    _media_counts(formats, bucket, labels),
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
        media=_media_counts(formats, media_totals, labels),
        contracts=tuple(contracts),
        products=sum(media_totals.values()),
        amount=sum(line.amount for line in lines),
        problems=tuple(report.problems) if report else (),
        proposals=tuple(report.proposals) if report else (),
        next_period=tuple(report.next_period) if report else (),
        one_year=period.start == period.end,
    )


def _formats(plan: Plan, totals: dict[str, int]) -> list[str]:
    """The formats the plan uses: its media blocks', its duties', then any other format
    products were reported in."""
    used = plan.formats_used()
    used += [f for f in totals if f not in used]
    return list(dict.fromkeys(used))
