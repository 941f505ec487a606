"""A task's status, the one rule ``tasks``, ``remind``, ``calendar`` and the report follow.

* A task's status is what was reported (``status``); a task with progress records but no
  status is ``in_progress`` (its agency has reported work on it); a task with neither is
  ``not_reported``.
* A task is **open** unless it is done or cancelled, and **overdue** as of a day when it is
  open and its deadline is before that day (the due day itself is not late).

Callers ask ``judge(task, as_of)`` for what to show and ``is_open(task)`` for whether to remind;
they take the codes from ``STATUSES`` and their labels from the catalogue (``status.<code>``),
so that a finer rule (done on time or late, judged from the completion date) changes this
module and the catalogue only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dakplan.model import Status, Task

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
    """Open, and its deadline is before the day."""

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED


def status_of(task: Task) -> str:
    """What was reported of ``task``: its status, else ``in_progress`` when it has progress
    records, else ``not_reported``."""
    if task.status is not None:
        return str(task.status)
    return IN_PROGRESS if task.progress else NOT_REPORTED


def is_open(task: Task) -> bool:
    """Not done or cancelled: still to be reminded of, and late after its deadline."""
    return status_of(task) not in CLOSED


def judge(task: Task, as_of: dt.date) -> Judged:
    """``task``'s status and whether it is overdue as of ``as_of``."""
    status = status_of(task)
    due = task.due
    return Judged(status, status not in CLOSED and due is not None and due < as_of)
