"""A duty's status as of a day: the one entry point ``tasks``, ``remind``, ``calendar``, the
results report and the site ask, so that each says the same of every duty.

The rule itself is ``query.tracking``'s (the provinces' task-tracking statuses, modelled on
Decision 42/2014/QĐ-TTg): done on time, done late, in progress within its deadline, in
progress past it, not started, cancelled, not reported; and, as a mark within those, open past
the deadline ("trong đó quá hạn", ``overdue`` here). What it judges is what was reported
(``query.ledger``): the agencies' results files beside the plan (``results.layout``) and the
plan's own inline ``status``/``progress`` records.

* A duty as such (a list of every task, a calendar of the plan) is judged by its lead's report
  (a group's: done when every member reports it done): ``Judge.task``.
* A duty as one agency holds it (``tasks --agency``, a section of ``remind``, an agency's
  calendar) is judged by that agency's own report, led or coordinated: ``Judge.duty``.

Callers take the codes from ``STATUSES`` and their labels from the catalogue
(``status.<code>``); ``--status done`` stands for both kinds of done (``GROUPS``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dakplan.model.results import Results
from dakplan.model.v2 import Duty, Plan
from dakplan.query.ledger import Ledger
from dakplan.query.tracking import TRACKED, Judgement, Tracked

DONE_ON_TIME = Tracked.DONE_ON_TIME.value
DONE_LATE = Tracked.DONE_LATE.value
IN_PROGRESS = Tracked.IN_PROGRESS.value
IN_PROGRESS_OVERDUE = Tracked.IN_PROGRESS_OVERDUE.value
NOT_STARTED = Tracked.NOT_STARTED.value
CANCELLED = Tracked.CANCELLED.value
NOT_REPORTED = Tracked.NOT_REPORTED.value

STATUSES: tuple[str, ...] = tuple(status.value for status in TRACKED)
"""Every status a duty can have, in the order reports count them and ``--status`` lists
them; each duty has exactly one, so they add up to the total."""

DONE = frozenset({DONE_ON_TIME, DONE_LATE})
CLOSED = frozenset({DONE_ON_TIME, DONE_LATE, CANCELLED})
"""Statuses that end a duty: no reminder, no alarm, never overdue."""

GROUPS: dict[str, tuple[str, ...]] = {"done": (DONE_ON_TIME, DONE_LATE)}
"""Names ``--status`` takes for several statuses at once."""

PlanResults = Mapping[str, Sequence[Results]]
"""Each plan's results files, checked, by the plan's file name (as the ``(file, plan)`` pairs
of a command name it); a plan not in it has none."""

SAYS_OVERDUE = frozenset({IN_PROGRESS_OVERDUE})
"""Statuses whose label already says the deadline passed (no second "overdue" mark)."""


@dataclass(frozen=True)
class Judged:
    """A duty's status as of a day."""

    status: str
    """One of ``STATUSES``."""
    overdue: bool
    """Open, and its deadline before the day ("trong đó quá hạn")."""
    completed: dt.date | None = None
    """The day it was done, when it is done and the day is known."""

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED

    @property
    def marked_overdue(self) -> bool:
        """Shown with an "overdue" mark beside its status label."""
        return self.overdue and self.status not in SAYS_OVERDUE


def _judged(judgement: Judgement) -> Judged:
    return Judged(judgement.status.value, judgement.late, judgement.completed)


class Judge:
    """The status of each duty of ``plan`` as of ``as_of``, from ``results`` (the agencies'
    results files, checked) and the plan's inline records."""

    def __init__(self, plan: Plan, as_of: dt.date, results: Iterable[Results] = ()) -> None:
        self.as_of = as_of
        self.ledger = Ledger(plan, results, as_of)

    def task(self, task: Duty) -> Judged:
        """The duty as such: its lead's report."""
        return _judged(self.ledger.judge_task(task))

    def own(self, agency: str, task: Duty) -> Judged:
        """The duty by ``agency``'s own report alone (as ``results summary`` counts it)."""
        return _judged(self.ledger.judge_duty(agency, task))

    def duty(self, agency: str, task: Duty, carried_from: str | None = None) -> Judged:
        """The duty as ``agency`` holds it: its own report; for a duty it carries on from an
        ended agency, that agency's report until it reports itself."""
        if carried_from is not None and self.ledger.reported(agency, task) is None:
            agency = carried_from
        return _judged(self.ledger.judge_duty(agency, task))

