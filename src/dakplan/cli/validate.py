"""``dakplan validate`` and ``dakplan explain``."""

from __future__ import annotations

import sys
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="help.validate.quiet")] = False,
) -> None:
    """Check plan files against the schema and the rules of a plan.

    Exit status: 0 valid, 1 problems found, 2 usage error.

    Example: dakplan validate plans/2020.yaml --format json
    """
    from dakplan.outputs.validate import FORMATS, Checked, default_format
    from dakplan.validate import exit_code, plan_files, validate_file

    fmt = check_format(format, list(FORMATS), default_format())
    reports = []
    for file in plan_files(paths):
        report = validate_file(file)
        report.plan = None  # the reporters need only the findings: memory stays flat
        reports.append(report)
    FORMATS[fmt](Checked(reports, quiet), sys.stdout)
    raise typer.Exit(exit_code(reports, strict))


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
