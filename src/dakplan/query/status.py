"""A task's status, the one rule ``tasks``, ``remind``, ``calendar`` and the report follow.

* A task's status is what was reported (``status``); a task with progress records but no
  status is ``in_progress`` (its agency has reported work on it); a task with neither is
  ``not_reported``.
* A task is **open** unless it is done or cancelled, and **overdue** as of a day when it is
  open and a due date is before that day (the due day itself is not late); with several due
  dates, when the latest one passed has no progress reported since the one before it.

Callers ask ``judge(task, due, as_of)`` for what to show and ``is_open(task)`` for whether to
remind; they take the codes from ``STATUSES`` and their labels from the catalogue
(``status.<code>``), so that a finer rule (done on time or late, judged from the completion
date) changes this module and the catalogue only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from dakplan.model import Status, Task
from dakplan.model.v2 import Duty

DONE = Status.DONE.value
IN_PROGRESS = Status.IN_PROGRESS.value
NOT_STARTED = Status.NOT_STARTED.value
CANCELLED = Status.CANCELLED.value
NOT_REPORTED = "not_reported"

STATUSES: tuple[str, ...] = (DONE, IN_PROGRESS, NOT_STARTED, CANCELLED, NOT_REPORTED)
"""Every status a task can have, in the order the report counts them and ``--status`` lists
them."""

CLOSED = frozenset({DONE, CANCELLED})
"""Statuses that end a duty: no reminder, no alarm, never overdue."""


@dataclass(frozen=True)
class Judged:
    """A task's status as of a day."""

    status: str
    """One of ``STATUSES``."""
    overdue: bool
    """Open, and late for a due date before the day (``is_late``)."""

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED


def status_of(task: Task | Duty) -> str:
    """What was reported of ``task``: its status, else ``in_progress`` when it has progress
    records, else ``not_reported``."""
    if task.status is not None:
        return str(task.status)
    return IN_PROGRESS if task.progress else NOT_REPORTED


def is_open(task: Task | Duty) -> bool:
    """Not done or cancelled: still to be reminded of, and late after its deadline."""
    return status_of(task) not in CLOSED


def is_late(task: Task | Duty, due: Sequence[dt.date], as_of: dt.date) -> bool:
    """Overdue for any timing, given its due dates (``model.v2.due_dates``). One due date:
    it has passed and the duty is open. Several: the latest one passed has no progress
    record dated after the due date before it, and the duty is open. None: never late."""
    passed = [d for d in due if d < as_of]
    if not passed or status_of(task) in CLOSED:
        return False
    if len(due) == 1:
        return True
    before = passed[-2] if len(passed) > 1 else None
    return not any(before is None or record.date > before for record in task.progress)


def judge(task: Task | Duty, due: Sequence[dt.date], as_of: dt.date) -> Judged:
    """``task``'s status and whether it is overdue as of ``as_of``, given its due dates."""
    return Judged(status_of(task), is_late(task, due, as_of))
