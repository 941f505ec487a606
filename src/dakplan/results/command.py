"""What ``dakplan results`` computes: import a filled sheet, check the results files. Returns
the lines to show and the exit code; the command line only prints them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.model.results import Results
from dakplan.model.v2 import Plan
from dakplan.query.ledger import Ledger
from dakplan.results.intake import read_sheet
from dakplan.results.layout import results_file, results_root
from dakplan.results.load import ResultsReport, load_results_file, load_round_files
from dakplan.results.store import changes, results_yaml
from dakplan.results.summary import Summary, summarise


@dataclass
class Outcome:
    code: int
    lines: list[str] = field(default_factory=list)
    written: Path | None = None


def _show(value: object) -> str:
    return "-" if value is None else str(value)


def _diagnostic_lines(reports: list[ResultsReport]) -> list[str]:
    from dakplan.outputs.base import diagnostic_line

    return [diagnostic_line(d) for report in reports for d in report.diagnostics]


def load_plan_results(plan_path: Path, plan: Plan,
                      folder: Path | None = None) -> tuple[list[Results], list[ResultsReport]]:
    """The valid results of every round, and every file's report."""
    reports = load_round_files(results_root(plan_path, folder), plan)
    return [r.results for r in reports if r.results is not None], reports


def _load(plan_path: Path) -> Plan:
    """The plan under the blocking policy, what it answers in spite of on standard error."""
    from dakplan.cli.app import tell
    from dakplan.diagnostics import Diagnostic
    from dakplan.validate import load_plan_v2

    notices: list[Diagnostic] = []
    plan = load_plan_v2(plan_path, "results", notices)
    tell(notices)
    return plan


def check_all(plan_path: Path, folder: Path | None) -> tuple[list[str], int]:
    plan = _load(plan_path)
    _, reports = load_plan_results(plan_path, plan, folder)
    lines = _diagnostic_lines(reports)
    errors = sum(r.errors for r in reports)
    lines.append(t("results.checked", files=len(reports), errors=errors))
    return lines, errors


def import_sheet(sheet: Path, plan_path: Path, folder: Path | None, round_id: str | None,
                 as_of: str | None, update: bool) -> Outcome:
    from dakplan.io.write import TargetExists, create_file, replace_file
    from dakplan.query.options import parse_option_date
    day = None if as_of is None else parse_option_date("--as-of", as_of)
    try:
        data = sheet.read_bytes()
    except OSError as exc:
        raise UsageError(t("intake.unreadable", file=sheet, reason=exc.strerror or exc)) from None
    plan = _load(plan_path)
    intake = read_sheet(data, str(sheet), plan, plan_path.stem)
    if intake.problems:
        lines = [f"{p.cell}: {p.message}" for p in intake.problems]
        return Outcome(1, [*lines, t("intake.refused", file=sheet, count=len(lines))])
    results = intake.results(round_id, day)
    if not results.round:
        raise UsageError(t("results.needs_round"))
    target = results_file(results_root(plan_path, folder), results.round, results.agency)
    # The results are checked against the plan as a file would be: the same findings, at the
    # lines of the file about to be written.
    from dakplan.io.read import Source
    from dakplan.results.load import check_source

    text = results_yaml(results)
    report = check_source(Source(str(target), text), plan, target)
    if report.errors:
        return Outcome(1, [*_diagnostic_lines([report]),
                           t("intake.refused", file=sheet, count=report.errors)])
    old: Results | None = None
    if target.exists():
        existing = load_results_file(target, plan)
        old = existing.results
        if old is None:
            return Outcome(1, [*_diagnostic_lines([existing]),
                               t("results.existing_invalid", file=target)])
    found = changes(old, results)
    lines = [f"  {task_id or '-'} {key}: {_show(a)} -> {_show(b)}" for task_id, key, a, b in found]
    if old is not None and not found:
        return Outcome(0, [t("results.unchanged", file=target)])
    if old is not None and not update:
        return Outcome(1, [t("results.would_change", file=target, count=len(found)), *lines,
                           t("results.use_update")])
    inputs = [plan_path, sheet]
    if old is None:
        try:
            create_file(target, text.encode("utf-8"), inputs, parents=True)
        except TargetExists:
            return Outcome(1, [t("results.appeared", file=target)])
        head = t("results.created", file=target, count=len(results.tasks))
    else:
        replace_file(target, text.encode("utf-8"), inputs, yaml_data=True)
        head = t("results.updated", file=target, count=len(found))
    return Outcome(0, [head, *lines], target)


def results_as_of(plan_path: Path, plan: Plan, folder: Path | None,
                  as_of: dt.date) -> list[Results]:
    """The valid results on or before ``as_of``; a file with errors raises ``PlanError``."""
    from dakplan.results.load import results_beside

    results = results_beside([(str(plan_path), plan)], folder).get(str(plan_path), [])
    return [r for r in results if r.as_of <= as_of]


def round_summary(plan_path: Path, folder: Path | None, as_of: dt.date | None) -> Summary:
    """The summary of every round on or before ``as_of`` (default: today in Vietnam)."""
    if as_of is None:
        from dakplan.query import clock

        as_of = clock.today()
    plan = _load(plan_path)
    return summarise(Ledger(plan, results_as_of(plan_path, plan, folder, as_of), as_of))
