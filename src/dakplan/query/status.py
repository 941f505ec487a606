"""A task's status as reported, and whether it is still open or late."""

from __future__ import annotations

import datetime as dt

from dakplan.model import Deadline, Status, Task
from dakplan.model.v2 import Duty

NOT_REPORTED = "not_reported"
STATUSES = (NOT_REPORTED, *(s.value for s in Status))
CLOSED = frozenset({Status.DONE.value, Status.CANCELLED.value})


def status_of(task: Task | Duty) -> str:
    return NOT_REPORTED if task.status is None else str(task.status)


def is_open(task: Task | Duty) -> bool:
    """Not reported done or cancelled: still to be reminded of, and late after its deadline."""
    return status_of(task) not in CLOSED


def is_overdue(task: Task, as_of: dt.date) -> bool:
    """The deadline has passed (the due day itself is not late) and the task is still open."""
    return isinstance(task.timing, Deadline) and task.timing.date < as_of and is_open(task)


def is_late(task: Task | Duty, due: list[dt.date], as_of: dt.date) -> bool:
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
