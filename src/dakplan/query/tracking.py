"""The tracking rule: what a duty's status is as of a day, from what was reported of it and
its deadline, in the terms of the provinces' task-tracking rules (modelled on Decision
42/2014/QĐ-TTg on following up assigned tasks).

Seven statuses, each duty in exactly one, so that they add up to the total:

* ``done_on_time``: done, completed on or before the deadline (or with no deadline);
* ``done_late``: done, completed after the deadline;
* ``in_progress``: being done, the deadline not yet passed;
* ``in_progress_overdue``: being done, the deadline passed;
* ``not_started``, ``cancelled``, ``not_reported``.

``late`` marks every duty still open after its deadline ("trong đó quá hạn"): the in-progress
overdue ones and the not started or not reported ones past their deadline; it is a part of the
totals, never a status of its own. The deadline day itself is not late.

When a duty reported done has no completion date, the day of the report stands for it; with
neither, it is counted on time (nothing shows it was late). A completion date after the as-of
day means the duty was still being done then.

The deadline of a timing (``deadline``, the one place that says so): its due date (a
deadline's date, a window's end); the last day of the period for a standing duty or one that
recurs without dates (it runs to the end of the plan). With several due dates (several
deadlines, a recurring duty's dated rounds) the deadline is the round being worked on as of the
day: the latest one passed when nothing was reported since the one before it (that round was
missed), else the next one, else the last; a duty reported done is judged against the last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dakplan.model.v2 import Duty, Plan, due_dates


class Tracked(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    IN_PROGRESS_OVERDUE = "in_progress_overdue"
    NOT_STARTED = "not_started"
    CANCELLED = "cancelled"
    NOT_REPORTED = "not_reported"


TRACKED = tuple(Tracked)
"""Every status, in the order reports list them."""
DONE = frozenset({Tracked.DONE_ON_TIME, Tracked.DONE_LATE})


@dataclass(frozen=True)
class Reported:
    """What is known of a duty: the reported status (not_started, in_progress, done,
    cancelled), the completion date, and the day of the report."""

    status: str
    completed: dt.date | None = None
    reported_on: dt.date | None = None


@dataclass(frozen=True)
class Judgement:
    status: Tracked
    late: bool
    """Still open after the deadline ("trong đó quá hạn")."""
    completed: dt.date | None = None


def due_of(task: Duty, plan: Plan) -> tuple[dt.date, ...]:
    """A duty's due dates, ascending; the period's last day when its timing has none."""
    document = plan.document
    due = due_dates(task.timing, document.period, document.issue_date)
    return tuple(due) if due else (document.period.last_day,)


def deadline(due: Sequence[dt.date], reported: Reported | None, as_of: dt.date
             ) -> dt.date | None:
    """The deadline that counts as of ``as_of`` among ``due`` (see the module's rule)."""
    if not due:
        return None
    if len(due) == 1 or (reported is not None and reported.status == "done"):
        return due[-1]
    passed = [d for d in due if d < as_of]
    if passed:
        before = passed[-2] if len(passed) > 1 else None
        heard = reported is not None and reported.reported_on is not None and (
            before is None or reported.reported_on > before)
        if not heard:
            return passed[-1]
    upcoming = [d for d in due if d >= as_of]
    return upcoming[0] if upcoming else due[-1]


def judge(reported: Reported | None, due: dt.date | None, as_of: dt.date) -> Judgement:
    """The status of a duty as of ``as_of``: pure, the one rule every command follows."""
    past = due is not None and due < as_of
    if reported is None:
        return Judgement(Tracked.NOT_REPORTED, past)
    if reported.status == "cancelled":
        return Judgement(Tracked.CANCELLED, False)
    if reported.status == "done":
        completed = reported.completed or reported.reported_on
        if completed is None or completed <= as_of:
            late = due is not None and completed is not None and completed > due
            return Judgement(Tracked.DONE_LATE if late else Tracked.DONE_ON_TIME, False,
                             completed)
        return Judgement(Tracked.IN_PROGRESS_OVERDUE if past else Tracked.IN_PROGRESS, past)
    if reported.status == "in_progress":
        return Judgement(Tracked.IN_PROGRESS_OVERDUE if past else Tracked.IN_PROGRESS, past)
    return Judgement(Tracked.NOT_STARTED, past)


_ADVANCE = {"not_started": 0, "in_progress": 1, "done": 2}


def combine(reports: Iterable[Reported | None]) -> Reported | None:
    """One report for a duty several agencies hold together (a group leads it): done when
    every one of them reports it done (completed on the last of their days), cancelled when all
    cancel, otherwise as far as the one furthest behind; None when nobody reported. Those that
    cancel are left out of the others' count."""
    reports = list(reports)
    if not any(r is not None for r in reports):
        return None
    live = [r for r in reports if r is None or r.status != "cancelled"]
    if not live:
        return Reported("cancelled", None, max((r.reported_on for r in reports
                                                if r is not None and r.reported_on),
                                               default=None))
    if any(r is None for r in live):
        return Reported("in_progress" if any(r is not None and r.status != "not_started"
                                             for r in live) else "not_started")
    known = [r for r in live if r is not None]
    slowest = min(known, key=lambda r: _ADVANCE.get(r.status, 0))
    if slowest.status != "done":
        # heard from all of them since the earliest of their reports
        days = [r.reported_on for r in known]
        heard = None if None in days else min(d for d in days if d is not None)
        return Reported(slowest.status if all(r.status == slowest.status for r in known)
                        else "in_progress", None, heard)
    days = [r.completed or r.reported_on for r in known]
    return Reported("done", None if None in days else max(d for d in days if d is not None))


def on_time_rate(counts: dict[Tracked, int], late_open: int) -> float | None:
    """Done on time among the duties that are done or past their deadline (cancelled ones
    left out); None when there are none yet."""
    done = counts.get(Tracked.DONE_ON_TIME, 0)
    judged = done + counts.get(Tracked.DONE_LATE, 0) + late_open
    return None if judged == 0 else done / judged
