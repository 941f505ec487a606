"""``dakplan validate`` over many files on every core: how many processes, and the reports.

The reports are the ones one process makes, in the same order (the files are shared out
among forked workers and the reports put back in order), so every output format prints the
same bytes whatever the number of processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dakplan.errors import DakplanError, UsageError
from dakplan.i18n import t
from dakplan.io import pool
from dakplan.io.read import is_stdin
from dakplan.validate import Registries, schedule, validate_any

if TYPE_CHECKING:
    from dakplan.checks.v2.validate import Report as ReportV2

AUTO_BYTES = 1 << 20
"""Without ``--jobs``, files that add up to less than this (1 MiB, about seven plans of 300
tasks, under a second of work) are validated in one process: below it, starting the workers
and bringing their reports back would cost more than they save on a busy machine."""

MAX_JOBS = 256


def check_jobs(value: str | None) -> int | None:
    """``--jobs`` as a number of processes (None: not given), or a usage error."""
    if value is None:
        return None
    text = value.strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_JOBS:
        raise UsageError(t("cli.bad_jobs", value=value, most=MAX_JOBS))
    return int(text)


def jobs_for(files: list[str], jobs: int | None) -> int:
    """The processes to validate ``files`` with: ``jobs`` when given, else one per core when
    the files (standard input aside) add up to ``AUTO_BYTES``; never more than the files."""
    named = [file for file in files if not is_stdin(file)]
    if jobs is None:
        if len(named) < 2 or not pool.can_fork() or sum(_sizes(named)) < AUTO_BYTES:
            return 1
        jobs = pool.cores()
    return max(1, min(jobs, len(named)))


def reports(files: list[str], stdin_name: str | None = None,
            jobs: int | None = None) -> Iterator[ReportV2]:
    """The report of each file (and of each registry the files read, before the first plan
    that reads it), in order, without the plans: what ``dakplan validate`` prints
    (``validate.validate_each``). ``jobs`` as ``jobs_for`` takes it."""
    workers = jobs_for(files, jobs)
    if workers == 1:
        one: Registries = {}
        for item in schedule(files, stdin_name, one):  # validate.validate_each, in order
            yield _bare(validate_any(item, stdin_name, one) if isinstance(item, str) else item)
        return
    from dakplan.model.v2 import Plan
    from dakplan.model.validator_cache import ensure_plan_validator, ensure_validator

    global _FOUND, _STDIN_NAME
    ensure_plan_validator()  # built (or read) once, here, and inherited by every worker
    ensure_validator(Plan)
    found: Registries = {}
    # The registries are looked up here, in order, and inherited by the workers with the
    # validator; standard input is read here, once; the workers take the named files.
    items = list(schedule(files, stdin_name, found))
    _FOUND, _STDIN_NAME = found, stdin_name
    done: dict[int, ReportV2] = {}
    rest: list[int] = []
    for i, item in enumerate(items):
        if not isinstance(item, str):
            done[i] = item
        elif is_stdin(item):
            done[i] = _checked(item)
        else:
            rest.append(i)
    named = [str(items[i]) for i in rest]
    try:
        found_reports = pool.ordered_map(_checked, named, min(workers, max(1, len(named))),
                                         list(_sizes(named)))
    except pool.WorkerFailed as failure:
        key = "cli.worker_ended" if failure.kind == "ended" else "cli.worker_failed"
        raise DakplanError(t(key, file=named[failure.item], kind=failure.kind,
                             text=failure.text)) from None
    done.update(zip(rest, found_reports, strict=True))
    for i in range(len(items)):
        yield done[i]


_FOUND: Registries = {}
_STDIN_NAME: str | None = None
"""The registries and the standard input's name of the run, set before the workers fork."""


def _checked(file: str) -> ReportV2:
    return _bare(validate_any(file, _STDIN_NAME, _FOUND))


def _bare(report: ReportV2) -> ReportV2:
    report.plan = None  # the reporters need only the findings (and a worker sends only them)
    report.migrated = None
    return report


def _sizes(files: Iterable[str]) -> Iterator[int]:
    for file in files:
        try:
            yield os.stat(file).st_size
        except (OSError, ValueError):
            yield 0  # unreadable: reported as DK008 by whoever takes it
