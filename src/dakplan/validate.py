"""Load, validate and check plan files: the one path every command takes to a ``Plan``."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from dakplan.checks import run_checks
from dakplan.diagnostics import Diagnostic, Finding, Severity, make
from dakplan.diagnostics.schema import findings as schema_findings
from dakplan.errors import DakplanError, PlanError, UsageError
from dakplan.i18n import t
from dakplan.io.bounds import MAX_DEPTH
from dakplan.io.gcpause import paused_gc
from dakplan.io.locate import LineIndex
from dakplan.io.read import STDIN_NAME, Source, is_stdin, read_source, read_stdin
from dakplan.io.yaml_load import Loaded, load_text
from dakplan.model import Plan
from dakplan.model.v2 import Plan as PlanV2

if TYPE_CHECKING:
    from dakplan.checks.v2.validate import Report as ReportV2
from dakplan.model.validator_cache import ensure_plan_validator
from dakplan.shared import Merged, Shared, is_registry_data, is_registry_name, merge
from dakplan.shared import load as load_registry

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass
class FileReport:
    """What validating one file found. ``plan`` is set when the file passed the schema."""

    file: str
    plan: Plan | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)


def _locate(source: Source, found: Iterable[Finding], taken: set[int],
            merged: Merged | None = None) -> list[Diagnostic]:
    """Turn findings into diagnostics at lines; one diagnostic per spot. With a shared
    registry, a finding about one of its entries is located in the registry (and left out
    when the registry has it on its own)."""
    found = list(found)
    if not found:
        return []
    index = LineIndex(source.text)
    out: list[Diagnostic] = []
    seen: set[tuple[str, int, int]] = set()
    for item in found:
        name, at, path = source.name, index, item.path
        if merged is not None:
            if merged.repeats(item.code, path):
                continue
            in_registry, path = merged.where(path)
            if in_registry:
                name, at = merged.shared.file, merged.shared.index
        line, col = at.locate(path, key=item.at_key)
        if name == source.name and line in taken or (name, line, col) in seen:
            continue
        seen.add((name, line, col))
        related = None if item.related is None else at.locate(
            merged.where(item.related)[1] if merged is not None else item.related)[0]
        out.append(item.located(name, line, col, related))
    return out


def validate_source(source: Source, shared: Shared | None = None,
                    loaded: Loaded | None = None) -> FileReport:
    """``source`` validated as a version 1 plan, with the registry ``shared`` taken in when
    one governs it (``dakplan.shared``); ``loaded`` is ``load_text(source)`` when the caller
    has it already (loading is most of the work: it is done once)."""
    loaded = loaded if loaded is not None else load_text(source)
    report = FileReport(source.name, diagnostics=list(loaded.diagnostics))
    if loaded.data is None:
        return report
    data, merged = loaded.data, None
    if shared is not None and isinstance(data, dict):
        if not shared.usable:
            report.diagnostics.append(registry_broken(source, shared))
            return report
        merged = merge(data, shared)
        data = merged.data
    taken = {d.line for d in loaded.diagnostics}
    ensure_plan_validator()
    try:
        plan = Plan.model_validate(data)
    except ValidationError as error:
        report.diagnostics += _locate(source, schema_findings(error, Plan), taken, merged)
        report.diagnostics.sort()
        return report
    except RecursionError:
        report.diagnostics.append(make("DK007", source.name, 1, 1, "load.too_deep",
                                       {"depth": MAX_DEPTH}))
        return report
    found = run_checks(plan) + (merged.findings if merged is not None else [])
    report.diagnostics += _locate(source, found, taken, merged)
    report.diagnostics.sort()
    if not loaded.diagnostics:
        report.plan = plan
    return report


def registry_broken(source: Source, shared: Shared) -> Diagnostic:
    """DK216: the plan in ``source`` is not checked, its registry having errors."""
    return make("DK216", source.name, 1, 1, "check.registry_broken",
                {"file": shared.file, "errors": len(shared.errors)})


def _read(path: str | os.PathLike[str],
          stdin_name: str | None) -> tuple[str, Source | None, list[Diagnostic]]:
    if is_stdin(path):
        name = stdin_name or (STDIN_NAME if os.fspath(path) == "-" else os.fspath(path))
        return (name, *read_stdin(name))
    return (os.fspath(path), *read_source(os.fspath(path)))


def validate_file(path: str | os.PathLike[str], stdin_name: str | None = None) -> FileReport:
    """``path`` validated; ``-`` (or ``/dev/stdin``) is standard input, named ``stdin_name``
    (default ``<stdin>``) in the report."""
    return _validate_read(*_read(path, stdin_name))


def _validate_read(name: str, source: Source | None, problems: list[Diagnostic],
                   shared: Shared | None = None) -> FileReport:
    if source is None:
        return FileReport(name, diagnostics=problems)
    with paused_gc():
        return validate_source(source, shared if shared is not None else registry_for(name))


Registries = dict[str, "Shared | None"]
"""The registry found for each folder, for a command that reads many plans: looked up once."""


def registry_for(name: str | os.PathLike[str], found: Registries | None = None) -> Shared | None:
    """The shared registry of agencies that governs the plan named ``name`` (a path, or the
    name standard input is given), read once per run; None when there is none. ``found``
    remembers the answer for the plan's folder."""
    from dakplan.shared import for_plan

    folder = os.path.dirname(os.path.abspath(name))
    if found is not None and folder in found:
        return found[folder]
    shared = for_plan(name)
    if found is not None:
        found[folder] = shared
    return shared


def usable_registry(shared: Shared | None) -> Shared | None:
    """``shared``, or a ``PlanError`` with its errors when plans cannot be read with it."""
    if shared is not None and not shared.usable:
        raise PlanError(t("cli.invalid_registry", file=shared.file, errors=len(shared.errors)),
                        shared.errors)
    return shared


def plan_files(paths: Iterable[str | os.PathLike[str]] | None) -> list[str]:
    """The plan files a command is given (files or folders; default ``./plans``), or a usage
    error naming a path that does not exist or a folder that holds no plan."""
    targets = list(paths or []) or [Path("plans")]
    check_targets(targets)
    files = discover(targets)
    if not files:
        raise UsageError(t("cli.no_plans", path=", ".join(str(p) for p in targets)))
    return files


def exit_code(reports: Iterable[ReportV2], strict: bool = False) -> int:
    """What ``dakplan validate`` exits with: 2 when a file could not be read (DK008), 1 when
    one has a finding that blocks validate (an error not waived or, ``strict``, a warning),
    else 0 (``checks.v2.validate.blocking``)."""
    from dakplan.checks.v2.validate import blocking

    reports = list(reports)
    if any(e.code == "DK008" for r in reports for e in r.entries):
        return 2
    return 1 if any(blocking(r.entries, "validate", strict) for r in reports) else 0


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given (``-`` too: standard input), and every ``*.yaml``/``*.yml`` under
    directories, sorted; no duplicates.

    A registry of agencies found in a folder (``agencies.yaml``) is not a plan and is left
    out. Symbolic links to files are followed; links to directories are not descended into (as
    ``Path.rglob`` does), so a link loop in a folder cannot make the walk go round. A plan entry
    that cannot be read (a dangling link, a link loop, a pipe) is kept, so that it is reported
    rather than silently skipped.
    """
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(
                str(p) for p in path.rglob("*")
                if p.suffix in PLAN_SUFFIXES and not p.is_dir() and not is_registry_name(p)
            )
        else:
            out.append(os.fspath(raw))
    return list(dict.fromkeys(out))


def load_plan(path: str | os.PathLike[str], stdin_name: str | None = None) -> Plan:
    """The validated version 1 plan in ``path`` (``-``: standard input), as the version 1
    model has it. The commands read every plan as version 2 (``load_plan_v2``); this reader
    stays for what still works on the version 1 model (its tests, the benchmark generator).

    Raises ``UsageError`` (exit 2) when the file cannot be read and ``PlanError`` (exit 1,
    with the diagnostics) when it is not a valid plan. Warnings do not stop a command.
    """
    return read_plan(path, stdin_name)[1]


def read_plan(path: str | os.PathLike[str],
              stdin_name: str | None = None) -> tuple[Source, Plan]:
    """``load_plan``, with the text the plan was read from (standard input is read once)."""
    name, source, problems = _read(path, stdin_name)
    shared = usable_registry(registry_for(name)) if source is not None else None
    report = _validate_read(name, source, problems, shared)
    unreadable = [d for d in report.diagnostics if d.code == "DK008"]
    if unreadable:
        raise UsageError(f"{report.file}: {unreadable[0].message}")
    if source is None or report.plan is None or report.errors:
        raise PlanError(t("cli.invalid_plan", file=report.file, errors=report.errors),
                        [d for d in report.diagnostics if d.severity is Severity.ERROR])
    return source, report.plan


def check_targets(targets: Iterable[str | os.PathLike[str]]) -> None:
    """A ``UsageError`` for a target that does not exist, or standard input named twice (it
    can be read once)."""
    stdin = 0
    for target in targets:
        if is_stdin(target):
            stdin += 1
            if stdin > 1:
                raise UsageError(t("cli.stdin_twice"))
        elif not os.path.lexists(target):
            raise UsageError(f"{target}: {t('load.missing')}")


def load_plan_v2(path: str | os.PathLike[str], command: str,
                 notices: list[Diagnostic] | None = None,
                 stdin_name: str | None = None, registries: Registries | None = None) -> PlanV2:
    """The version 2 plan in ``path`` (a version 1 file read through the conversion), for
    ``command``, under the blocking policy (``checks.v2.validate.blocking``).

    Raises ``UsageError`` when the file cannot be read and ``PlanError`` with the findings
    that stop ``command``; the findings it answers in spite of (``reported``) are appended to
    ``notices`` for the command line to print on stderr. The shared registry of agencies
    that governs the plan (``dakplan.shared``) is read with it; one with errors is a
    ``PlanError`` with its own.
    """
    report = read_plan_v2(path, command, notices, stdin_name, registries)[1]
    assert report.plan is not None
    return report.plan


def read_plan_v2(path: str | os.PathLike[str], command: str,
                 notices: list[Diagnostic] | None = None,
                 stdin_name: str | None = None,
                 registries: Registries | None = None) -> tuple[Source, ReportV2]:
    """``load_plan_v2``, with the text the plan was read from (standard input is read once)
    and the whole report (``report.migrated`` is the conversion of a version 1 file); the
    report's ``plan`` is set."""
    from dakplan.checks.v2.validate import Entry, Report, blocking, reported
    from dakplan.checks.v2.validate import validate_source as validate_v2

    name, source, problems = _read(path, stdin_name)
    if source is None:
        report = Report(name, entries=[Entry(d) for d in problems])
    else:
        shared = usable_registry(registry_for(name, registries))
        with paused_gc():
            report = validate_v2(source, shared)
    unreadable = [e.diagnostic for e in report.entries if e.code == "DK008"]
    if unreadable:
        raise UsageError(f"{report.file}: {unreadable[0].message}")
    stop = blocking(report.entries, command)
    if source is None or report.plan is None or stop:
        found = [e.diagnostic for e in stop] or [e.diagnostic for e in report.entries
                                                 if e.error]
        raise PlanError(t("cli.invalid_plan", file=report.file, errors=len(found)),
                        found)
    if notices is not None:
        notices += [e.diagnostic for e in reported(report.entries, command)]
    return source, report


def load_plans_v2(paths: Iterable[str | os.PathLike[str]] | None, command: str,
                  notices: list[Diagnostic] | None = None,
                  jobs: int = 1) -> list[tuple[str, PlanV2]]:
    """``load_plans`` for the commands that read version 2 (a version 1 file through the
    conversion), under the blocking policy: see ``load_plan_v2``. ``jobs``: the processes
    that read and check the files (``io.pool``); the same plans, notices and first error
    whatever the number."""
    files = plan_files(paths)
    registries: Registries = {}
    if jobs > 1 and len(files) > 1 and not any(map(is_stdin, files)):
        return _load_forked(files, command, notices, registries, jobs)
    with paused_gc():
        plans = [(STDIN_NAME if file == "-" else file,
                  load_plan_v2(file, command, notices, registries=registries))
                 for file in files]
        gc.freeze()
    return plans


_LOADING: tuple[str, Registries] = ("", {})
"""The command and the registries of a forked load, set before the workers fork."""


def _load_forked(files: list[str], command: str, notices: list[Diagnostic] | None,
                 registries: Registries, jobs: int) -> list[tuple[str, PlanV2]]:
    """``load_plans_v2`` in ``jobs`` forked workers: the registries looked up here, in order,
    and inherited with the validator; each worker reads and checks its share of the files and
    sends back the plans, or the error that stops one (raised here for the first in order)."""
    from dakplan.io import pool

    global _LOADING
    for file in files:
        registry_for(file, registries)
    ensure_plan_validator()
    _LOADING = (command, registries)
    sizes = []
    for file in files:
        try:
            sizes.append(os.stat(file).st_size)
        except OSError:
            sizes.append(0)
    with paused_gc():
        try:
            loaded = pool.ordered_map(_load_one, files, jobs, sizes)
        except pool.WorkerFailed as failure:
            key = "cli.worker_ended" if failure.kind == "ended" else "cli.worker_failed"
            raise DakplanError(t(key, file=files[failure.item], kind=failure.kind,
                                 text=failure.text)) from None
        plans = []
        for file, (plan, found, error) in zip(files, loaded, strict=True):
            if error is not None:
                raise error
            assert plan is not None
            if notices is not None:
                notices += found
            plans.append((file, plan))
        gc.freeze()
    return plans


def _load_one(file: str) -> tuple[PlanV2 | None, list[Diagnostic], DakplanError | None]:
    command, registries = _LOADING
    found: list[Diagnostic] = []
    try:
        return load_plan_v2(file, command, found, registries=registries), found, None
    except DakplanError as exc:
        return None, [], exc


def validate_any(path: str | os.PathLike[str], stdin_name: str | None = None,
                 registries: Registries | None = None) -> ReportV2:
    """What ``dakplan validate`` reports for one file: a version 2 file by the version 2
    checks, with its waivers; a version 1 file (or one that is no plan yet) by version 1's,
    as before (every other command reads it through the conversion, with DK010)."""
    from dakplan.checks.v2.validate import Entry
    from dakplan.checks.v2.validate import Report as Checked
    from dakplan.checks.v2.validate import validate_source as validate_v2

    name, source, problems = _read(path, stdin_name)
    if source is None:
        return Checked(name, entries=[Entry(d) for d in problems])
    with paused_gc():
        loaded = load_text(source)
        if is_registry_data(loaded.data):
            return registry_report(load_registry(source))
        shared = registry_for(name, registries)
        if isinstance(loaded.data, dict) and loaded.data.get("dakplan") == 2:
            return validate_v2(source, shared, loaded)
        first = validate_source(source, shared, loaded)
    return Checked(first.file, version=1, entries=[Entry(d) for d in first.diagnostics])


def registry_report(shared: Shared) -> ReportV2:
    """What ``dakplan validate`` reports for a registry file: its own findings."""
    from dakplan.checks.v2.validate import Entry
    from dakplan.checks.v2.validate import Report as Checked

    return Checked(shared.file, entries=[Entry(d) for d in shared.diagnostics])


def validate_each(files: Iterable[str], stdin_name: str | None = None) -> Iterator[ReportV2]:
    """``validate_any`` of each file, each registry the files read reported once, before
    the first plan that reads it (a registry given as a file is reported there)."""
    found: Registries = {}
    for item in schedule(files, stdin_name, found):
        yield item if not isinstance(item, str) else validate_any(item, stdin_name, found)


def schedule(files: Iterable[str], stdin_name: str | None,
             found: Registries) -> Iterator[ReportV2 | str]:
    """What ``validate_each`` reports, in order: a registry's report (ready), or a file to
    check with ``validate_any(file, stdin_name, found)``. The registries the files read are
    looked up into ``found`` as the walk goes, so that the checks can run elsewhere (in forked
    workers) once the walk is done."""
    reported: set[str] = set()
    for file in files:
        name = (stdin_name or STDIN_NAME) if is_stdin(file) else file
        shared = None if _is_registry_file(file) else registry_for(name, found)
        if shared is not None and os.path.realpath(shared.file) not in reported:
            reported.add(os.path.realpath(shared.file))
            yield registry_report(shared)
        if not is_stdin(file) and os.path.realpath(file) in reported:
            continue  # the registry, given as a file too
        if _is_registry_file(file):
            reported.add(os.path.realpath(file))
        yield file


def _is_registry_file(file: str) -> bool:
    """A file given to ``validate`` that is a registry itself (its name says so)."""
    from dakplan.shared import is_registry_name

    return not is_stdin(file) and is_registry_name(file)
