"""``dakplan validate`` and ``dakplan explain``.

Imported without typer (``dakplan.cli.declare``): ``dakplan.cli.fast`` runs ``validate`` itself
when its arguments are plain, and typer builds the command from these annotations otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from dakplan.cli.declare import LazyTyper, command, completer
from dakplan.errors import UsageError
from dakplan.i18n import t

if TYPE_CHECKING:
    import typer
else:
    typer = LazyTyper()


def check_format(value: str | None, choices: list[str], default: str) -> str:
    """The output format, or a usage error naming the choices."""
    if value is None:
        return default
    if value not in choices:
        raise UsageError(t("cli.bad_format", value=value, choices=", ".join(choices)))
    return value


@command(help="help.validate")
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PLAN", help="help.validate.paths", show_default=False,
                       readable=False),  # an unreadable file is reported as DK008
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT", help="help.validate.format",
                     show_default=False),
    ] = None,
    strict: Annotated[bool | None, typer.Option(
        "--strict/--no-strict", help="help.validate.strict", show_default=False)] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", metavar="CODE", help="help.validate.ignore", show_default=False,
        autocompletion=completer("code"))] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME", help="help.validate.stdin_filename",
        show_default=False)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="help.validate.quiet")] = False,
    jobs: Annotated[str | None, typer.Option(
        "--jobs", "-j", metavar="N", help="help.validate.jobs", show_default=False)] = None,
) -> int:
    """Check plan files against the schema and the rules of a plan.

    Exit status: 0 valid, 1 problems found, 2 usage error.

    Example: dakplan validate plans/2020.yaml --format json; cat plan.yaml | dakplan validate -
    """
    from dakplan.cli import settings
    from dakplan.outputs.validate import FORMATS, Checked, default_format
    from dakplan.validate import exit_code, plan_files
    from dakplan.validate_jobs import check_jobs
    from dakplan.validate_jobs import reports as checked_reports

    fmt = check_format(format, list(FORMATS), default_format())
    ignored = settings.ignored(ignore)
    fail_on_warnings = settings.strict(strict)
    processes = check_jobs(jobs)
    reports = []
    for report in checked_reports(plan_files(paths or settings.default_plans()), stdin_filename,
                                  processes):  # without the plans: memory stays flat
        if ignored:
            report.entries = [e for e in report.entries if e.code not in ignored]
        reports.append(report)
    FORMATS[fmt](Checked(reports, quiet), sys.stdout)
    return exit_code(reports, fail_on_warnings)


@command(help="help.explain")
def explain(
    codes: Annotated[list[str] | None, typer.Argument(
        metavar="CODE", help="help.explain.code", show_default=False,
        autocompletion=completer("code"))] = None,
) -> None:
    """Explain diagnostic codes: what each finds, why it matters, how to fix it.

    Without a code, list every check.

    Example: dakplan explain DK302 deadline-outside-period
    """
    from dakplan.diagnostics.codes import CATALOGUE

    if not codes:
        for rule in CATALOGUE.values():
            severity = t(f"severity.{rule.severity}")
            typer.echo(f"{rule.code}  {severity:<8}  {rule.name:<26} {rule.text('summary')}")
        return
    by_name = {rule.name: rule for rule in CATALOGUE.values()}
    found = []
    for code in codes:
        match = CATALOGUE.get(code.upper()) or by_name.get(code.lower())
        if match is None:
            raise UsageError(t("cli.unknown_code", code=code))
        found.append(match)
    typer.echo("\n".join(t("explain.rule", code=rule.code, name=rule.name,
                            severity=t(f"severity.{rule.severity}"),
                            summary=rule.text("summary"), why=rule.text("why"),
                            fix=rule.text("fix")) for rule in found))
