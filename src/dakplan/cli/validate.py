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
    from dakplan.validate import discover, validate_file

    fmt = check_format(format, list(FORMATS), default_format())
    targets = paths or [Path("plans")]
    for target in targets:
        if not target.exists() and not target.is_symlink():
            raise fail(f"{target}: {t('load.missing')}")
    files = discover(targets)
    if not files:
        raise fail(t("cli.no_plans", path=", ".join(str(p) for p in targets)))
    reports = []
    for file in files:
        report = validate_file(file)
        report.plan = None  # the reporters need only the findings: memory stays flat
        reports.append(report)
    FORMATS[fmt](Checked(reports, quiet), sys.stdout)
    if any(d.code == "DK008" for r in reports for d in r.diagnostics):
        raise typer.Exit(2)
    failed = any(r.errors or (strict and r.warnings) for r in reports)
    raise typer.Exit(1 if failed else 0)


@command(help="help.explain")
def explain(
    code: Annotated[str | None, typer.Argument(help="help.explain.code")] = None,
) -> None:
    """Explain a diagnostic code: what it finds, why it matters, how to fix it.

    Without a code, list every check.

    Example: dakplan explain DK302
    """
    from dakplan.diagnostics.codes import rule_text

    if code is None:
        for rule in CATALOGUE.values():
            severity = t(f"severity.{rule.severity}")
            typer.echo(f"{rule.code}  {severity:<8}  {rule.name:<26} {rule_text(rule, 'summary')}")
        return
    found = CATALOGUE.get(code.upper())
    if found is None:
        raise fail(t("cli.unknown_code", code=code))
    typer.echo(t("explain.rule", code=found.code, name=found.name,
                 severity=t(f"severity.{found.severity}"), summary=rule_text(found, "summary"),
                 why=rule_text(found, "why"), fix=rule_text(found, "fix")))
