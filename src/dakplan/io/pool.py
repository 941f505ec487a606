"""A function over many items in forked worker processes, the results in the items' order.

Forking, not spawning: a worker starts as a copy of the process that has already imported
everything and built what the function needs, so it costs a few milliseconds, not a second
start-up. Where the system cannot fork (Windows) or forking is unsafe (macOS's system
libraries), ``can_fork`` is False and the caller runs the items itself.

The items are shared out before the workers start, largest first to the least loaded worker
(by the weights given, e.g. file sizes), so that no worker is left with the long tail. Each
worker sends back, for each item, its index and its result or the error it raised, pickled
through a pipe; the parent waits on every pipe at once, so that no worker blocks on a full one.
The function must not print: what a worker writes to the standard streams is not ordered.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_SIZE = 8
"""Each pickled record comes after its length, in 8 bytes (little-endian). ``pickle`` is
imported only by a run that forks: a run in one process does without it."""


class WorkerFailed(Exception):
    """A worker raised ``kind: text`` on ``item`` (its index), or ended before it sent the
    result of ``item`` (``kind`` "ended"; ``text`` says how it ended)."""

    def __init__(self, item: int, kind: str, text: str) -> None:
        super().__init__(f"{kind}: {text}")
        self.item = item
        self.kind = kind
        self.text = text


def can_fork() -> bool:
    return hasattr(os, "fork") and sys.platform != "darwin"


def cores() -> int:
    """The processors this process may run on: its affinity, where the system says, and no
    more than a container's CPU quota allows (cgroups v2 ``cpu.max``, or v1's CFS quota)."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    quota = _quota()
    return max(1, min(count, quota) if quota else count)


CGROUP = "/sys/fs/cgroup"


def _quota() -> int | None:
    """The CPUs a cgroup's quota amounts to, rounded up; None without a quota."""
    for path, split in ((f"{CGROUP}/cpu.max", None),
                        (f"{CGROUP}/cpu/cpu.cfs_quota_us", f"{CGROUP}/cpu/cpu.cfs_period_us")):
        try:
            with open(path, encoding="ascii") as handle:
                fields = handle.read().split()
            if split is not None:
                with open(split, encoding="ascii") as handle:
                    fields += handle.read().split()
            if len(fields) != 2 or fields[0] in ("max", "-1"):
                return None
            quota, period = int(fields[0]), int(fields[1])
        except (OSError, ValueError):
            continue
        if quota > 0 and period > 0:
            return -(-quota // period)
        return None
    return None


def share(weights: Sequence[int], workers: int) -> list[list[int]]:
    """The indices of ``weights`` in ``workers`` groups of about equal weight: the heaviest
    first, each to the group with the least so far; each group in its items' order."""
    groups: list[list[int]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for index in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        least = loads.index(min(loads))
        groups[least].append(index)
        loads[least] += max(weights[index], 1)
    return [sorted(group) for group in groups if group]


def ordered_map(func: Callable[[T], R], items: Sequence[T], workers: int,
                weights: Sequence[int] | None = None) -> list[R]:
    """``[func(item) for item in items]``, computed by up to ``workers`` forked processes.

    Raises ``WorkerFailed`` for the first item (in order) whose call raised, or that a worker
    which ended early never sent. One worker or one item, or a system that will not make
    another process now: the items are computed here, and an error is raised as it is.
    """
    if workers <= 1 or len(items) <= 1 or not can_fork():
        return [func(item) for item in items]
    groups = share(weights or [1] * len(items), min(workers, len(items)))
    import copyreg  # noqa: F401  (imported once, here, and inherited by every worker)
    import pickle  # noqa: F401
    # What the workers inherit is never collected again: freezing it spares each of them the
    # collector's walks over it (and the copies of the pages those walks would write to).
    gc.freeze()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()  # else a worker would inherit, and could write, the parent's buffer
    children: dict[int, tuple[int, list[int]]] = {}  # read end -> (pid, its items)
    try:
        for group in groups:
            try:
                pid, fd = _forked()
            except OSError:  # out of processes or memory: the same results, in this process
                _stop(children)
                return [func(item) for item in items]
            if pid is None:  # the worker, and ``fd`` its end of the pipe
                for other in children:
                    os.close(other)
                _work(func, items, group, fd)  # never returns
            children[fd] = (pid, group)
        return _collect(children, len(items))
    finally:
        _stop(children)


def _forked() -> tuple[int | None, int]:
    """In the parent, the worker's pid and the read end of its pipe; in the worker, None and
    the write end."""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        raise
    if pid == 0:
        os.close(read)
        return None, write
    os.close(write)
    return pid, read


def _work(func: Callable[[T], R], items: Sequence[T], group: list[int], fd: int) -> NoReturn:
    """Send ``(index, True, result)`` or ``(index, False, (kind, text))`` for each item of
    ``group``, then end the process without running the parent's exit handlers."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent reports it, once
        for index in group:
            try:
                record: tuple[int, bool, Any] = (index, True, func(items[index]))
                data = _dumps(record)
            except Exception as exc:
                data = _dumps((index, False, (type(exc).__name__, str(exc))))
            # Sent as each is done: a worker that dies has sent all it finished.
            _send(fd, len(data).to_bytes(_SIZE, "little") + data)
    except BaseException:  # the parent has gone, or stopped us: nothing left to tell it
        code = 1
    finally:
        os._exit(code)


def _send(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _dumps(value: Any) -> bytes:
    import copyreg
    import io
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    # A read-only mapping (a shared empty default, say) travels as the same read-only mapping.
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _proxy}
    pickler.dump(value)
    return buffer.getvalue()


def _proxy(value: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _read_only, (dict(value),)


def _read_only(value: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(value)


def _collect(children: dict[int, tuple[int, list[int]]], count: int) -> list[Any]:
    """Every result, read from the workers' pipes as they come; then the first failure, if
    any, in the items' order (whichever worker happened to meet its failure first)."""
    import selectors

    results: list[Any] = [None] * count
    failures: dict[int, WorkerFailed] = {}
    pending = {fd: bytearray() for fd in children}
    with selectors.DefaultSelector() as selector:
        for fd in children:
            selector.register(fd, selectors.EVENT_READ)
        while pending:
            for key, _ in selector.select():
                fd = key.fd
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    buffer = pending[fd]
                    buffer += chunk
                    _records(buffer, children[fd][1], results, failures)
                    continue
                selector.unregister(fd)
                os.close(fd)
                pending.pop(fd)
                pid, group = children.pop(fd)
                _, status = os.waitpid(pid, 0)
                if group:  # items it never sent
                    failures.setdefault(group[0], WorkerFailed(group[0], "ended", _how(status)))
    if failures:
        raise failures[min(failures)]
    return results


def _records(buffer: bytearray, group: list[int], results: list[Any],
             failures: dict[int, WorkerFailed]) -> None:
    """Take every whole record off the front of ``buffer``; ``group`` keeps the items still
    to come (a worker sends them in order)."""
    import pickle

    while len(buffer) >= _SIZE:
        end = _SIZE + int.from_bytes(buffer[:_SIZE], "little")
        if len(buffer) < end:
            return
        index, ok, value = pickle.loads(buffer[_SIZE:end])
        del buffer[:end]
        group.remove(index)
        if ok:
            results[index] = value
        else:
            failures[index] = WorkerFailed(index, *value)


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            return f"signal {number} ({signal.Signals(number).name})"
        except ValueError:
            return f"signal {number}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _stop(children: dict[int, tuple[int, list[int]]]) -> None:
    """Stop and reap the workers still running (after a failure or an interruption)."""
    for fd, (pid, _) in children.items():
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass
        try:
            os.close(fd)
        except OSError:
            pass
    children.clear()
