"""The figures of a results round, per agency and for the plan: how many duties in each
tracking status, the on-time rate, products per media format, money per agency, and the
progress over the rounds. Pure functions over a ``Ledger``; the report and the charts lay them
out.

* Per agency, every duty it holds counts, led or coordinated (``query.duties``), each judged by
  the agency's own report; ``led`` is the part it leads (chủ trì). A duty of a group counts for
  every member.
* For the plan, each duty counts once, judged by its lead's report (``Ledger.judge_task``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dakplan.query.duties import duties_of
from dakplan.query.ledger import Ledger
from dakplan.query.tracking import DONE, TRACKED, Tracked, on_time_rate


@dataclass(frozen=True)
class Tally:
    counts: dict[Tracked, int]
    late: int
    """Of these, open after the deadline ("trong đó quá hạn")."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def on_time_rate(self) -> float | None:
        open_late = self.late
        return on_time_rate(self.counts, open_late)


@dataclass(frozen=True)
class AgencyTally:
    code: str
    name: str
    all: Tally
    led: Tally


@dataclass(frozen=True)
class RoundPoint:
    round: str
    as_of: dt.date
    done: int
    total: int


@dataclass(frozen=True)
class Summary:
    as_of: dt.date
    plan: Tally
    agencies: tuple[AgencyTally, ...]
    media: tuple[tuple[str, str, int], ...]
    """(format code, label, products) for each format of the plan, then any other reported."""
    money: tuple[tuple[str, str, int], ...]
    """(agency code, name, đồng) of each agency that reported money, in registry order."""
    rounds: tuple[RoundPoint, ...]


def _tally(judgements: list[tuple[Tracked, bool]]) -> Tally:
    counts = dict.fromkeys(TRACKED, 0)
    for status, _ in judgements:
        counts[status] += 1
    return Tally(counts, sum(late for _, late in judgements))


def summarise(ledger: Ledger, with_rounds: bool = True) -> Summary:
    plan, registry = ledger.plan, ledger.registry
    tasks = ledger.tasks()
    whole = _tally([(j.status, j.late) for j in map(ledger.judge_task, tasks)])
    agencies = []
    for agency in plan.agencies:
        duties = duties_of(registry, agency.code, carry_on=ledger.as_of, tasks=tasks)
        if not duties:
            continue
        judged = [(duty, ledger.judge_duty(agency.code, duty.task)) for duty in duties]
        agencies.append(AgencyTally(
            agency.code, agency.name,
            _tally([(j.status, j.late) for _, j in judged]),
            _tally([(j.status, j.late) for d, j in judged if d.role == "lead"])))
    products: dict[str, int] = {}
    for _, _, fmt, count in ledger.products():
        products[fmt] = products.get(fmt, 0) + count
    declared = plan.formats_used()
    formats = declared + sorted(f for f in products if f not in declared)
    labels = plan.media_labels()
    spent: dict[str, int] = {}
    for agency_code, _, amount, _ in ledger.money():
        spent[agency_code] = spent.get(agency_code, 0) + amount
    money = tuple((a.code, a.name, spent[a.code]) for a in plan.agencies if spent.get(a.code))
    rounds: list[RoundPoint] = []
    if with_rounds:
        for point in ledger.rounds:
            past = ledger.at(point.as_of)
            done = sum(past.judge_task(task).status in DONE for task in tasks)
            rounds.append(RoundPoint(point.round, point.as_of, done, len(tasks)))
    return Summary(ledger.as_of, whole, tuple(agencies),
                   tuple((f, labels.get(f, f), products.get(f, 0)) for f in formats),
                   money, tuple(rounds))
