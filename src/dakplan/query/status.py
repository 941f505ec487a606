"""A task's status as reported, and whether it is still open or late."""

from __future__ import annotations

import datetime as dt

from dakplan.model import Deadline, Status, Task

NOT_REPORTED = "not_reported"
STATUSES = (NOT_REPORTED, *(s.value for s in Status))
CLOSED = frozenset({Status.DONE.value, Status.CANCELLED.value})


def status_of(task: Task) -> str:
    return NOT_REPORTED if task.status is None else str(task.status)


def is_open(task: Task) -> bool:
    """Not reported done or cancelled: still to be reminded of, and late after its deadline."""
    return status_of(task) not in CLOSED


def is_overdue(task: Task, as_of: dt.date) -> bool:
    """The deadline has passed (the due day itself is not late) and the task is still open."""
    return isinstance(task.timing, Deadline) and task.timing.date < as_of and is_open(task)
