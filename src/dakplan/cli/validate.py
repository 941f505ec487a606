"""``dakplan validate`` and ``dakplan explain``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command, fail
from dakplan.diagnostics.codes import CATALOGUE
from dakplan.i18n import t


def check_format(value: str | None, choices: list[str], default: str) -> str:
    """The output format, or a usage error naming the choices."""
    if value is None:
        return default
    if value not in choices:
        raise fail(t("cli.bad_format", value=value, choices=", ".join(choices)))
    return value


@command(help="help.validate")
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="help.validate.paths", show_default=False,
                       readable=False),  # an unreadable file is reported as DK008
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="help.validate.format", show_default=False),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="help.validate.strict")] = False,
) -> None:
    """Check plan files against the schema and the rules of a plan.

    Exit status: 0 valid, 1 problems found, 2 usage error.

    Example: dakplan validate plans/2020.yaml --format json
    """
    from dakplan.checks.v2.validate import blocking
    from dakplan.outputs.validate import REPORTERS, default_format, emit
    from dakplan.validate import plan_files, validate_any

    fmt = check_format(format, list(REPORTERS), default_format())
    reports = []
    for file in plan_files(paths):
        report = validate_any(file)
        report.plan = None  # the reporters need only the findings: memory stays flat
        reports.append(report)
    emit(fmt, reports)
    if any(e.code == "DK008" for r in reports for e in r.entries):
        raise typer.Exit(2)
    failed = any(blocking(r.entries, "validate", strict) for r in reports)
    raise typer.Exit(1 if failed else 0)


@command(help="help.explain")
def explain(
    code: Annotated[str | None, typer.Argument(help="help.explain.code")] = None,
) -> None:
    """Explain a diagnostic code: what it finds, why it matters, how to fix it.

    Without a code, list every check.

    Example: dakplan explain DK302
    """
    if code is None:
        for rule in CATALOGUE.values():
            severity = t(f"severity.{rule.severity}")
            typer.echo(f"{rule.code}  {severity:<8}  {rule.name:<26} {rule.text('summary')}")
        return
    found = CATALOGUE.get(code.upper())
    if found is None:
        raise fail(t("cli.unknown_code", code=code))
    typer.echo(t("explain.rule", code=found.code, name=found.name,
                 severity=t(f"severity.{found.severity}"), summary=found.text("summary"),
                 why=found.text("why"), fix=found.text("fix")))
