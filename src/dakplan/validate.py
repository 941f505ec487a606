"""Load, validate and check plan files: the one path every command takes to a ``Plan``."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from dakplan.checks import run_checks
from dakplan.diagnostics import Diagnostic, Finding, Severity, make, render
from dakplan.diagnostics.schema import findings as schema_findings
from dakplan.errors import PlanError, UsageError
from dakplan.i18n import t
from dakplan.io.bounds import MAX_DEPTH
from dakplan.io.gcpause import paused_gc
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, read_source
from dakplan.io.yaml_load import load_text
from dakplan.model import Plan
from dakplan.model.validator_cache import ensure_plan_validator

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


def _locate(source: Source, found: Iterable[Finding], taken: set[int]) -> list[Diagnostic]:
    """Turn findings into diagnostics at lines; one diagnostic per spot."""
    found = list(found)
    if not found:
        return []
    index = LineIndex(source.text)
    out: list[Diagnostic] = []
    seen: set[tuple[int, int]] = set()
    for item in found:
        line, col = index.locate(item.path, key=item.at_key)
        if line in taken or (line, col) in seen:
            continue
        seen.add((line, col))
        related = None if item.related is None else index.locate(item.related)[0]
        out.append(item.located(source.name, line, col, related))
    return out


def validate_source(source: Source) -> FileReport:
    loaded = load_text(source)
    report = FileReport(source.name, diagnostics=list(loaded.diagnostics))
    if loaded.data is None:
        return report
    taken = {d.line for d in loaded.diagnostics}
    ensure_plan_validator()
    try:
        plan = Plan.model_validate(loaded.data)
    except ValidationError as error:
        report.diagnostics += _locate(source, schema_findings(error, Plan), taken)
        report.diagnostics.sort()
        return report
    except RecursionError:
        report.diagnostics.append(make("DK007", source.name, 1, 1, "load.too_deep",
                                       {"depth": MAX_DEPTH}))
        return report
    report.diagnostics += _locate(source, run_checks(plan), taken)
    report.diagnostics.sort()
    if not loaded.diagnostics:
        report.plan = plan
    return report


def validate_file(path: str | os.PathLike[str]) -> FileReport:
    source, problems = read_source(os.fspath(path))
    if source is None:
        return FileReport(os.fspath(path), diagnostics=problems)
    with paused_gc():
        return validate_source(source)


def plan_files(paths: Iterable[str | os.PathLike[str]] | None) -> list[str]:
    """The plan files a command is given (files or folders; default ``./plans``), or a usage
    error naming a path that does not exist or a folder that holds no plan."""
    targets = list(paths or []) or [Path("plans")]
    for target in targets:
        if not os.path.lexists(target):
            raise UsageError(f"{target}: {render('load.missing')}")
    files = discover(targets)
    if not files:
        raise UsageError(t("cli.no_plans", path=", ".join(str(p) for p in targets)))
    return files


def exit_code(reports: Iterable[FileReport], strict: bool = False) -> int:
    """What ``dakplan validate`` exits with: 2 when a file could not be read (DK008), 1 when
    one has an error (or, ``strict``, a warning), else 0."""
    reports = list(reports)
    if any(d.code == "DK008" for r in reports for d in r.diagnostics):
        return 2
    return 1 if any(r.errors or (strict and r.warnings) for r in reports) else 0


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files as given, and every ``*.yaml``/``*.yml`` under directories, sorted; no duplicates.

    Symbolic links to files are followed; links to directories are not descended into (as
    ``Path.rglob`` does), so a link loop in a folder cannot make the walk go round. A plan entry
    that cannot be read (a dangling link, a link loop, a pipe) is kept, so that it is reported
    rather than silently skipped.
    """
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(
                str(p) for p in path.rglob("*") if p.suffix in PLAN_SUFFIXES and not p.is_dir()
            )
        else:
            out.append(os.fspath(raw))
    return list(dict.fromkeys(out))


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """The validated plan in ``path`` for a command that needs one.

    Raises ``UsageError`` (exit 2) when the file cannot be read and ``PlanError`` (exit 1,
    with the diagnostics) when it is not a valid plan. Warnings do not stop a command.
    """
    report = validate_file(path)
    unreadable = [d for d in report.diagnostics if d.code == "DK008"]
    if unreadable:
        raise UsageError(f"{report.file}: {unreadable[0].message}")
    if report.plan is None or report.errors:
        raise PlanError(t("cli.invalid_plan", file=report.file, errors=report.errors),
                        [d for d in report.diagnostics if d.severity is Severity.ERROR])
    return report.plan


def load_plans(paths: Iterable[str | os.PathLike[str]] | None) -> list[tuple[str, Plan]]:
    """Every plan named (files or folders; default ``./plans``), loaded and validated.

    Meant for a command, which keeps the plans until it ends: they are frozen out of the
    garbage collector's sight (``gc.freeze``), since walking them again finds nothing.
    """
    files = plan_files(paths)
    # The plans stay until the command ends: pause the collector for the whole loading and then
    # take them out of its sight, so that no later collection walks them again.
    with paused_gc():
        plans = [(file, load_plan(file)) for file in files]
        gc.freeze()
    return plans
