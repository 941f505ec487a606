"""The tracking rule: each duty in exactly one of seven statuses as of a day."""

from __future__ import annotations

import datetime as dt

import pytest

from dakplan.query.tracking import Reported, Tracked, combine, deadline, judge, on_time_rate

D = dt.date
DUE = D(2020, 12, 15)


@pytest.mark.parametrize(("reported", "as_of", "status", "late"), [
    (None, D(2020, 12, 15), Tracked.NOT_REPORTED, False),  # the due day itself is not late
    (None, D(2020, 12, 16), Tracked.NOT_REPORTED, True),
    (Reported("not_started"), D(2020, 12, 1), Tracked.NOT_STARTED, False),
    (Reported("not_started"), D(2020, 12, 31), Tracked.NOT_STARTED, True),
    (Reported("in_progress"), D(2020, 12, 15), Tracked.IN_PROGRESS, False),
    (Reported("in_progress"), D(2020, 12, 16), Tracked.IN_PROGRESS_OVERDUE, True),
    (Reported("done", D(2020, 12, 15)), D(2020, 12, 31), Tracked.DONE_ON_TIME, False),
    (Reported("done", D(2020, 12, 16)), D(2020, 12, 31), Tracked.DONE_LATE, False),
    # no completion date: the day of the report stands for it
    (Reported("done", None, D(2020, 12, 20)), D(2020, 12, 31), Tracked.DONE_LATE, False),
    (Reported("done"), D(2020, 12, 31), Tracked.DONE_ON_TIME, False),
    # completed after the day asked about: still being done then
    (Reported("done", D(2020, 12, 20)), D(2020, 12, 18), Tracked.IN_PROGRESS_OVERDUE, True),
    (Reported("done", D(2020, 12, 10)), D(2020, 12, 5), Tracked.IN_PROGRESS, False),
    (Reported("cancelled"), D(2020, 12, 31), Tracked.CANCELLED, False),
])
def test_judge(reported: Reported | None, as_of: dt.date, status: Tracked, late: bool) -> None:
    found = judge(reported, DUE, as_of)
    assert (found.status, found.late) == (status, late)


def test_no_deadline_is_never_late() -> None:
    assert judge(Reported("in_progress"), None, D(2099, 1, 1)).status is Tracked.IN_PROGRESS
    assert judge(Reported("done", D(2099, 1, 1)), None, D(2099, 1, 1)).status \
        is Tracked.DONE_ON_TIME


def test_combine_a_group_is_done_when_every_member_is() -> None:
    done = Reported("done", D(2020, 12, 1))
    later = Reported("done", D(2020, 12, 20))
    assert combine([done, later]) == Reported("done", D(2020, 12, 20))
    assert combine([done, None]) == Reported("in_progress")
    assert combine([None, None]) is None
    assert combine([Reported("not_started"), None]) == Reported("not_started")
    assert combine([Reported("cancelled"), done]) == Reported("done", D(2020, 12, 1))
    assert combine([Reported("cancelled"), Reported("cancelled")]).status == "cancelled"
    assert combine([Reported("in_progress"), done]) == Reported("in_progress")


def test_on_time_rate() -> None:
    counts = {Tracked.DONE_ON_TIME: 3, Tracked.DONE_LATE: 1, Tracked.IN_PROGRESS: 5}
    assert on_time_rate(counts, 0) == 0.75
    assert on_time_rate(counts, 2) == 0.5
    assert on_time_rate({}, 0) is None


def test_deadline_of_several_due_dates() -> None:
    """The round being worked on: the latest one passed when nothing was heard since the one
    before it, else the next one; a duty done is judged against the last."""
    due = (D(2020, 3, 31), D(2020, 9, 30), D(2020, 12, 15))
    june = Reported("in_progress", None, D(2020, 6, 30))
    assert deadline(due, None, D(2020, 3, 1)) == D(2020, 3, 31)
    assert deadline(due, None, D(2020, 4, 1)) == D(2020, 3, 31)  # the first round missed
    assert deadline(due, june, D(2020, 4, 1)) == D(2020, 9, 30)  # heard from: the next one
    assert deadline(due, june, D(2020, 11, 1)) == D(2020, 12, 15)  # heard since 31/03
    assert deadline(due, june, D(2020, 12, 20)) == D(2020, 12, 15)  # nothing since 30/09
    assert judge(june, deadline(due, june, D(2020, 12, 20)), D(2020, 12, 20)).status \
        is Tracked.IN_PROGRESS_OVERDUE
    assert deadline(due, Reported("done", D(2020, 5, 1)), D(2020, 4, 1)) == D(2020, 12, 15)
    assert deadline((DUE,), None, D(2030, 1, 1)) == DUE
    assert deadline((), None, D(2030, 1, 1)) is None
