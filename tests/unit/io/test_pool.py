"""The fork pool: results in the items' order, failures by the first item, no worker left."""

from __future__ import annotations

import os
import signal
import time
from types import FrameType, MappingProxyType
from typing import Any

import pytest

from dakplan.io import pool

pytestmark = pytest.mark.skipif(not pool.can_fork(), reason="the pool forks")


def _square_with_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_results_come_back_in_order_from_other_processes() -> None:
    results = pool.ordered_map(_square_with_pid, list(range(40)), 3)
    assert [value for value, _ in results] == [n * n for n in range(40)]
    pids = {pid for _, pid in results}
    assert len(pids) == 3 and os.getpid() not in pids


def test_one_worker_or_one_item_stays_in_this_process() -> None:
    assert {pid for _, pid in pool.ordered_map(_square_with_pid, [1, 2, 3], 1)} == {os.getpid()}
    assert pool.ordered_map(_square_with_pid, [5], 4) == [(25, os.getpid())]
    assert pool.ordered_map(_square_with_pid, [], 4) == []
    with pytest.raises(ZeroDivisionError):
        pool.ordered_map(lambda n: 1 // n, [1, 0], 1)


def test_the_heaviest_items_are_spread_first() -> None:
    groups = pool.share([10, 1, 1, 1, 9, 1, 1], 2)
    assert groups == [[0, 2, 5], [1, 3, 4, 6]]
    assert pool.share([1, 1], 5) == [[0], [1]]  # no empty group


def test_read_only_mappings_and_large_results_travel_whole() -> None:
    def result(n: int) -> Any:
        return {"n": n, "empty": MappingProxyType({}), "big": "x" * 300_000}

    results = pool.ordered_map(result, [1, 2, 3], 2)
    assert [r["n"] for r in results] == [1, 2, 3]
    assert all(type(r["empty"]) is MappingProxyType and r["big"] == "x" * 300_000
               for r in results)


def test_the_first_failing_item_is_the_one_raised() -> None:
    def fail_on_odd(n: int) -> int:
        if n % 2:
            raise ValueError(f"odd {n}")
        return n

    for _ in range(3):
        with pytest.raises(pool.WorkerFailed) as caught:
            pool.ordered_map(fail_on_odd, [0, 2, 3, 5, 7, 8], 3)
        assert (caught.value.item, caught.value.kind, caught.value.text) == (2, "ValueError",
                                                                             "odd 3")


def test_a_result_that_cannot_be_sent_is_a_failure_of_its_item() -> None:
    with pytest.raises(pool.WorkerFailed) as caught:
        pool.ordered_map(lambda n: (lambda: n) if n == 1 else n, [0, 1, 2], 2)
    assert caught.value.item == 1
    assert caught.value.kind in ("PicklingError", "AttributeError")


def test_a_worker_that_dies_names_the_first_item_it_did_not_send() -> None:
    def die_on_three(n: int) -> int:
        if n == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        return n

    with pytest.raises(pool.WorkerFailed) as caught:
        pool.ordered_map(die_on_three, [0, 1, 2, 3, 4, 5], 2)
    assert (caught.value.item, caught.value.kind) == (3, "ended")
    assert caught.value.text == "signal 9 (SIGKILL)"
    _no_child_left()


def test_an_interrupted_parent_stops_and_reaps_its_workers() -> None:
    class Interrupted(Exception):
        pass

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise Interrupted()

    before = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        with pytest.raises(Interrupted):
            pool.ordered_map(lambda n: time.sleep(30), [1, 2], 2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
    _no_child_left()


def _no_child_left() -> None:
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


@pytest.mark.parametrize(("files", "quota"), [
    ({"cpu.max": "max 100000\n"}, None),
    ({"cpu.max": "150000 100000\n"}, 2),
    ({"cpu.max": "50000 100000\n"}, 1),
    ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
    ({"cpu/cpu.cfs_quota_us": "300000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 3),
    ({"cpu.max": "garbage\n"}, None),
    ({}, None),
])
def test_a_containers_cpu_quota_bounds_the_cores(
        tmp_path: Any, monkeypatch: pytest.MonkeyPatch, files: dict[str, str],
        quota: int | None) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="ascii")
    monkeypatch.setattr(pool, "CGROUP", str(tmp_path))
    assert pool._quota() == quota
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5, 6, 7},
                        raising=False)
    assert pool.cores() == (quota or 8)


def test_a_system_that_will_not_fork_now_gets_the_same_results(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_more(*args: Any) -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_more)
    results = pool.ordered_map(_square_with_pid, list(range(5)), 2)
    assert results == [(n * n, os.getpid()) for n in range(5)]
