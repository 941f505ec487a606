"""What each agency reported of each duty as of a day, from its results files and the plan's
own inline ``status``/``progress`` records, judged by the tracking rule (``query.tracking``).

* A round is the agency's state as of its day: for a duty, the record of the latest round on or
  before the as-of day counts, and its products and money are the totals so far (a later round
  replaces an earlier one, it does not add to it).
* A record in a results file wins over the plan's inline record of the same duty, and speaks
  for its agency only. An inline record is the plan's word on the duty as such (one ``status``
  per task): it stands for every agency that holds the duty and has no results record of it.
  A task with progress records but no status is in progress, its completion the last record's
  day. Products and money of an inline record are credited to its ``agency``, else the lead.
* A duty's own status (one per task) is its lead's: for a group, ``tracking.combine`` of its
  members' records (done when every member reports it done).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from dakplan.model.results import Results, TaskResult
from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan
from dakplan.query.registry import Registry
from dakplan.query.tracking import Judgement, Reported, combine, deadline, due_of, judge


@dataclass(frozen=True)
class Entry:
    """One agency's latest record of one duty."""

    agency: str
    task: str
    round: str
    as_of: dt.date
    result: TaskResult

    @property
    def reported(self) -> Reported:
        return Reported(str(self.result.status), self.result.completed, self.as_of)


def inline_reported(task: Task, as_of: dt.date = dt.date.max) -> Reported | None:
    """The plan's own record of ``task`` as of ``as_of``: its ``status``, else in progress when
    it has progress records by then; reported on the day of the last record by then, and done
    on the day of its last record (a day after ``as_of`` means it was still being done)."""
    known = [record for record in task.progress if record.date <= as_of]
    if task.status is None and not known:
        return None
    last = known[-1].date if known else None
    status = str(task.status) if task.status is not None else "in_progress"
    done = task.progress[-1].date if status == "done" and task.progress else None
    return Reported(status, done, last)


@dataclass(frozen=True)
class Round:
    round: str
    as_of: dt.date


class Ledger:
    """The records of one plan as of ``as_of``."""

    def __init__(self, plan: Plan, results: Iterable[Results], as_of: dt.date) -> None:
        self.plan = plan
        self.as_of = as_of
        self.registry = Registry(plan)
        self._dues: dict[str, tuple[dt.date, ...]] = {}
        self.all_results = sorted(results, key=lambda r: (r.as_of, r.round, r.agency))
        self.entries: dict[tuple[str, str], Entry] = {}
        for report in self.all_results:
            if report.as_of > as_of:
                continue
            for task_id, result in report.tasks.items():
                self.entries[report.agency, task_id] = Entry(
                    report.agency, task_id, report.round, report.as_of, result)

    @cached_property
    def rounds(self) -> list[Round]:
        """The rounds on or before the as-of day, oldest first."""
        seen = {(r.as_of, r.round) for r in self.all_results if r.as_of <= self.as_of}
        return [Round(name, day) for day, name in sorted(seen)]

    def at(self, as_of: dt.date) -> Ledger:
        return Ledger(self.plan, self.all_results, as_of)

    def reported(self, agency: str, task: Task) -> Reported | None:
        """What ``agency`` reported of ``task``: its own record, else the plan's inline one."""
        entry = self.entries.get((agency, task.id))
        if entry is not None:
            return entry.reported
        return inline_reported(task, self.as_of)

    def task_reported(self, task: Task) -> Reported | None:
        members = sorted(self.registry.members(task.lead)) or [task.lead]
        if not any((m, task.id) in self.entries for m in members):
            return inline_reported(task, self.as_of)
        return combine(self.reported(m, task) for m in members)

    def judge_task(self, task: Task) -> Judgement:
        reported = self.task_reported(task)
        return judge(reported, deadline(self.due(task), reported, self.as_of), self.as_of)

    def judge_duty(self, agency: str, task: Task) -> Judgement:
        reported = self.reported(agency, task)
        return judge(reported, deadline(self.due(task), reported, self.as_of), self.as_of)

    def tasks(self) -> list[Task]:
        """The plan's duties, in document order."""
        return self._tasks

    @cached_property
    def _tasks(self) -> list[Task]:
        return [duty for _, duty, _ in self.plan.located_duties()]

    def due(self, task: Task) -> tuple[dt.date, ...]:
        """Its due dates (``tracking.due_of``), computed once."""
        due = self._dues.get(task.id)
        if due is None:
            due = self._dues[task.id] = due_of(task, self.plan)
        return due

    def products(self) -> Iterable[tuple[str, str, str, int]]:
        """(agency, task id, format, count) of every product reported, inline ones included."""
        for (agency, task_id), entry in sorted(self.entries.items()):
            for fmt, count in entry.result.products.items():
                yield agency, task_id, fmt, count
        for task in self.tasks():
            for record in task.progress:
                if record.date > self.as_of:
                    continue
                who = record.agency or task.lead
                if (who, task.id) in self.entries:
                    continue
                for fmt, count in record.products.items():
                    yield who, task.id, fmt, count

    def money(self) -> Iterable[tuple[str, str, int, str | None]]:
        """(agency, task id, amount, contract) of every amount reported."""
        for (agency, task_id), entry in sorted(self.entries.items()):
            if entry.result.amount or entry.result.contract:
                yield agency, task_id, entry.result.amount or 0, entry.result.contract
        for task in self.tasks():
            for record in task.progress:
                who = record.agency or task.lead
                if record.date > self.as_of or (who, task.id) in self.entries:
                    continue
                if record.amount or record.contract:
                    yield who, task.id, record.amount or 0, record.contract
