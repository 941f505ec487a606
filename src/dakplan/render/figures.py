"""The figures of the results report, computed once from what was reported.

Pure functions over the validated model and the agencies' results; the ``report`` template
only lays them out, and the charts (``render.charts``) draw the same numbers.

- Every duty's status as of the day is ``query.status``'s, the rule ``tasks``, ``remind`` and
  ``calendar`` follow: the seven tracking statuses, which add up to the total, and "trong đó
  quá hạn" (open past the deadline) as a part of them.
- Per agency (``results.summary``): every duty it holds counts, led or coordinated, directly
  or through a group, as ``tasks --agency`` lists them, each judged by its own report; ``led``
  is the part it leads (chủ trì).
- Products and money: as reported (results files, else the plan's inline progress records),
  credited to the agency that reported them. Partners: those the plan names (``partners``; a
  group stands for its members), in registry order. Formats: those the plan uses, in order.
- A plan over several years gets one line per year so far (``years``): the duties due in that
  year, judged as of its last day (or the day asked about, in the current year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dakplan.model.results import Results
from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan, due_dates
from dakplan.query.ledger import Ledger
from dakplan.query.status import STATUSES
from dakplan.query.tracking import TRACKED, Reported, Tracked, deadline, judge, on_time_rate
from dakplan.results.summary import Summary, Tally, summarise

NAME_LENGTH = 90
"""A task named in a row of contracts: its text up to this many characters."""


@dataclass(frozen=True)
class MediaCount:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class TaskLine:
    number: int
    task: Task
    lead: str
    """The lead's name."""
    status: str
    overdue: bool
    """Open past its deadline ("quá hạn")."""
    completed: dt.date | None
    result: str | None
    """What was reported done: the lead's result, else the latest progress note."""
    updated: dt.date | None
    """The day of that report."""
    products: int
    amount: int


@dataclass(frozen=True)
class AgencyLine:
    code: str
    name: str
    tasks: int
    """Every duty it holds, led or coordinated."""
    led: int
    """Of these, the ones it leads (chủ trì)."""
    statuses: tuple[StatusCount, ...]
    overdue: int
    on_time_rate: float | None
    """Done on time among its duties done or past their deadline; None without any."""
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
    """The task as the report names it: its text, shortened."""
    number: int
    """Its number in the list of tasks."""
    date: dt.date
    products: int
    amount: int


@dataclass(frozen=True)
class YearLine:
    year: int
    as_of: dt.date
    tasks: int
    statuses: tuple[StatusCount, ...]
    overdue: int
    on_time_rate: float | None


@dataclass(frozen=True)
class ChartRef:
    """A chart the report can show, by name: ``![title](chart:name)`` in a template."""

    name: str
    title: str


@dataclass(frozen=True)
class Figures:
    as_of: dt.date
    tasks: tuple[TaskLine, ...]
    statuses: tuple[StatusCount, ...]
    """Each duty once, in exactly one status: they add up to ``total``."""
    total: int
    overdue: int
    """Of ``total``, open past the deadline ("trong đó quá hạn")."""
    on_time_rate: float | None
    done: int
    agencies: tuple[AgencyLine, ...]
    partners: tuple[PartnerLine, ...]
    media: tuple[MediaCount, ...]
    contracts: tuple[ContractLine, ...]
    products: int
    amount: int
    rounds: int
    """How many reporting rounds reached the report."""
    years: tuple[YearLine, ...]
    """One line per year so far, for a plan over several years; empty for one year."""
    charts: tuple[ChartRef, ...]
    problems: tuple[str, ...]
    proposals: tuple[str, ...]
    next_period: tuple[str, ...]
    one_year: bool
    """The plan covers one year: the report speaks of "năm tiếp theo", else of the period."""
    summary: Summary
    """The same figures as the charts read them."""


def _statuses(tally: Tally) -> tuple[StatusCount, ...]:
    return tuple(StatusCount(status.value, tally.counts[status]) for status in TRACKED)


def shorten(text: str, limit: int = NAME_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def compute(plan: Plan, as_of: dt.date, results: Iterable[Results] = ()) -> Figures:
    from dakplan.render.charts import available

    results = list(results)
    ledger = Ledger(plan, results, as_of)
    registry = ledger.registry
    summary = summarise(ledger)
    tasks = ledger.tasks()
    number = {task.id: n for n, task in enumerate(tasks, 1)}

    task_products: dict[str, int] = {}
    agency_products: dict[str, dict[str, int]] = {}
    for who, task_id, fmt, count in ledger.products():
        task_products[task_id] = task_products.get(task_id, 0) + count
        bucket = agency_products.setdefault(who, {})
        bucket[fmt] = bucket.get(fmt, 0) + count
    task_amount: dict[str, int] = {}
    agency_amount: dict[str, int] = {}
    agency_contracts: dict[str, set[str]] = {}
    for who, task_id, amount, contract in ledger.money():
        task_amount[task_id] = task_amount.get(task_id, 0) + amount
        agency_amount[who] = agency_amount.get(who, 0) + amount
        if contract:
            agency_contracts.setdefault(who, set()).add(contract)

    lines = []
    for task in tasks:
        judged = ledger.judge_task(task)
        note, updated = _latest_result(ledger, task)
        lines.append(TaskLine(number[task.id], task, registry.name(task.lead),
                              judged.status.value, judged.late, judged.completed, note,
                              updated, task_products.get(task.id, 0),
                              task_amount.get(task.id, 0)))

    agencies = tuple(
        AgencyLine(a.code, a.name, a.all.total, a.led.total, _statuses(a.all), a.all.late,
                   a.all.on_time_rate, sum(agency_products.get(a.code, {}).values()),
                   agency_amount.get(a.code, 0))
        for a in summary.agencies)

    labels = plan.media_labels()
    formats = [code for code, _, _ in summary.media]
    named = {code for partner in plan.partners for code in registry.members(partner)}
    partners = []
    for agency in plan.agencies:
        if agency.code not in named:
            continue
        bucket = agency_products.get(agency.code, {})
        partners.append(PartnerLine(
            agency.code, agency.name,
            tuple(MediaCount(f, labels.get(f, f), bucket.get(f, 0)) for f in formats),
            sum(bucket.values()), agency_amount.get(agency.code, 0),
            tuple(sorted(agency_contracts.get(agency.code, ())))))

    contracts = sorted(
        (ContractLine(contract, registry.name(agency), shorten(task.text), number[task.id],
                      day, products, amount)
         for agency, task, contract, day, products, amount in _payments(ledger)),
        key=lambda c: (c.date, c.contract or "", c.number))

    whole = summary.plan
    report = plan.report
    period = plan.document.period
    return Figures(
        as_of=as_of,
        tasks=tuple(lines),
        statuses=_statuses(whole),
        total=whole.total,
        overdue=whole.late,
        on_time_rate=whole.on_time_rate,
        done=whole.counts[Tracked.DONE_ON_TIME] + whole.counts[Tracked.DONE_LATE],
        agencies=agencies,
        partners=tuple(partners),
        media=tuple(MediaCount(code, label, count) for code, label, count in summary.media),
        contracts=tuple(contracts),
        products=sum(count for _, _, count in summary.media),
        amount=sum(agency_amount.values()),
        rounds=len(ledger.rounds),
        years=tuple(years(plan, results, as_of)) if period.start != period.end else (),
        # A plan nobody has reported on yet has nothing to draw: every bar would say "not
        # reported", and the plotting library would be loaded for nothing.
        charts=tuple(ChartRef(name, title) for name, title in available(
            summary, _partner_money(partners))) if _anything_reported(lines, ledger) else (),
        problems=tuple(report.problems) if report else (),
        proposals=tuple(report.proposals) if report else (),
        next_period=tuple(report.next_period) if report else (),
        one_year=period.start == period.end,
        summary=summary,
    )


def _anything_reported(lines: Sequence[TaskLine], ledger: Ledger) -> bool:
    return bool(ledger.entries) or any(line.status != "not_reported" for line in lines)


def _partner_money(partners: Sequence[PartnerLine]) -> tuple[tuple[str, str, int], ...]:
    return tuple((p.code, p.name, p.amount) for p in partners)


def money_rows(figures: Figures) -> tuple[tuple[str, str, int], ...]:
    """What the money chart shows: each partner's money when the plan names partners, else
    each agency's that reported money."""
    return _partner_money(figures.partners) if figures.partners else figures.summary.money


def _latest_result(ledger: Ledger, task: Task) -> tuple[str | None, dt.date | None]:
    """The lead's reported result (a member's, for a group, in registry order), else the
    plan's latest progress note by the day."""
    for member in sorted(ledger.registry.members(task.lead)) or [task.lead]:
        entry = ledger.entries.get((member, task.id))
        if entry is not None and entry.result.result:
            return entry.result.result, entry.as_of
    known = [p for p in task.progress if p.date <= ledger.as_of and p.note]
    return (known[-1].note, known[-1].date) if known else (None, None)


def _payments(ledger: Ledger) -> Iterable[tuple[str, Task, str | None, dt.date, int, int]]:
    """(agency, task, contract, day, products, amount) of each payment or contract reported:
    a results entry's on its completion day (else its round's), a progress record's on its
    day."""
    by_id = {task.id: task for task in ledger.tasks()}
    for (agency, task_id), entry in sorted(ledger.entries.items()):
        result = entry.result
        if result.amount or result.contract:
            yield (agency, by_id[task_id], result.contract, result.completed or entry.as_of,
                   sum(result.products.values()), result.amount or 0)
    for task in ledger.tasks():
        for record in task.progress:
            who = record.agency or task.lead
            if record.date > ledger.as_of or (who, task.id) in ledger.entries:
                continue
            if record.amount or record.contract:
                yield (who, task, record.contract, record.date, sum(record.products.values()),
                       record.amount or 0)


def years(plan: Plan, results: Sequence[Results], as_of: dt.date) -> Iterable[YearLine]:
    """For each year of the period up to ``as_of``: the duties due in it (a due date in the
    year; a standing duty or one recurring without dates, every year), each judged as of the
    year's last day (``as_of`` in its own year) against its last due date in the year. A duty
    due in one year only is judged from every report so far; one due in several years from
    the reports of that year alone, so that last year's "done" does not answer for this year."""
    document = plan.document
    period = document.period
    for year in range(period.start, min(period.end, as_of.year) + 1):
        day = min(dt.date(year, 12, 31), as_of)
        every = Ledger(plan, results, day)
        own = Ledger(plan, [r for r in results if r.as_of.year == year], day)
        judgements = []
        for task in every.tasks():
            due = due_dates(task.timing, period, document.issue_date)
            years_due = {d.year for d in due} if due else set(range(period.start,
                                                                     period.end + 1))
            if year not in years_due:
                continue
            ledger = every if len(years_due) == 1 else own
            reported: Reported | None = ledger.task_reported(task)
            in_year = [d for d in due if d.year == year] or [dt.date(year, 12, 31)]
            judgements.append(judge(reported, deadline(in_year, reported, day), day))
        counts = dict.fromkeys(TRACKED, 0)
        for found in judgements:
            counts[found.status] += 1
        late = sum(found.late for found in judgements)
        yield YearLine(year, day, len(judgements),
                       tuple(StatusCount(s, counts[Tracked(s)]) for s in STATUSES), late,
                       on_time_rate(counts, late))
