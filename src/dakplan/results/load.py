"""Results files -> checked ``Results``, or located diagnostics. Never an exception.

Read with the plan's own loader (bounded YAML, NFC, YAML 1.2 scalars), validated by the strict
model, then checked against the plan; every problem is a diagnostic at its line.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from dakplan.diagnostics import Diagnostic, Finding, Severity
from dakplan.diagnostics.schema import findings as schema_findings
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, read_source
from dakplan.io.yaml_load import load_text
from dakplan.model.results import Results
from dakplan.model.v2 import Plan
from dakplan.results.checks import check_results
from dakplan.results.layout import result_files


@dataclass
class ResultsReport:
    file: str
    results: Results | None = None
    """Set when the file passed the schema and has no error against the plan."""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)


def locate(source: Source, found: Iterable[Finding]) -> list[Diagnostic]:
    found = list(found)
    if not found:
        return []
    index = LineIndex(source.text)
    out = []
    for item in found:
        line, col = index.locate(item.path, key=item.at_key)
        related = index.locate(item.related)[0] if item.related is not None else None
        out.append(item.located(source.name, line, col, related))
    return sorted(set(out))


def check_source(source: Source, plan: Plan, path: Path | None = None) -> ResultsReport:
    loaded = load_text(source)
    report = ResultsReport(source.name, diagnostics=list(loaded.diagnostics))
    if loaded.data is None:
        return report
    try:
        results = Results.model_validate(loaded.data)
    except ValidationError as error:
        report.diagnostics += locate(source, schema_findings(error, Results))
        return report
    report.diagnostics += locate(source, check_results(results, plan, path))
    if not report.errors:
        report.results = results
    return report


def load_results_file(path: str | os.PathLike[str], plan: Plan) -> ResultsReport:
    source, problems = read_source(os.fspath(path))
    if source is None:
        return ResultsReport(os.fspath(path), diagnostics=problems)
    return check_source(source, plan, Path(path))


def load_round_files(root: Path, plan: Plan) -> list[ResultsReport]:
    """Every results file of the plan, checked, in round then agency order."""
    return [load_results_file(path, plan) for path in result_files(root)]


def results_beside(plans: Sequence[tuple[str, Plan]], folder: Path | None = None
                   ) -> dict[str, list[Results]]:
    """Each plan's results (``results.layout``: the folder beside the plan, or ``folder``),
    checked against it, by the plan's file name; a plan read from standard input has none. A
    results file with an error is a ``PlanError`` listing its findings: a status judged
    without it would be wrong."""
    found: dict[str, list[Results]] = {}
    bad: list[ResultsReport] = []
    for file, plan in plans:
        path = Path(file)
        if file == "-" or not path.is_file():
            continue
        found[file], wrong = results_of(file, plan, folder)
        bad += wrong
    if bad:
        raise stop_for(bad)
    return found


def results_of(file: str, plan: Plan, folder: Path | None = None
               ) -> tuple[list[Results], list[ResultsReport]]:
    """One plan's part of ``results_beside``: its results without error, and the reports of
    its results files with one."""
    from dakplan.results.layout import results_root

    path = Path(file)
    if file == "-" or not path.is_file():
        return [], []
    reports = load_round_files(results_root(path, folder), plan)
    return ([r.results for r in reports if r.results is not None],
            [r for r in reports if r.errors])


def stop_for(bad: list[ResultsReport]) -> Exception:
    """The ``PlanError`` of ``results_beside`` for the results files ``bad``."""
    from dakplan.errors import PlanError
    from dakplan.i18n import t

    return PlanError(t("results.invalid_files", count=len(bad)),
                     [d for r in bad for d in r.diagnostics])
