"""``dakplan registry extract``: the registry of agencies a repository's plans share, built
from the copies they carry."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.cli.validate import check_format
from dakplan.errors import UsageError
from dakplan.i18n import t

ACTIONS = ("extract",)


@command(help="help.registry")
def registry(
    action: Annotated[str, typer.Argument(metavar="ACTION", help="help.registry.action")],
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="PLAN", help="help.registry.paths", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.registry.output",
                     show_default=False),
    ] = None,
    drop: Annotated[
        bool, typer.Option("--drop-from-plans", help="help.registry.drop")] = False,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT", help="help.registry.format",
                     show_default=False),
    ] = None,
) -> None:
    """Build the registry of agencies the plans share from the copies they carry; with
    --drop-from-plans, remove from the plans the copies that agree with it.

    Exit status: 0 done, 1 plans disagree (the registry is written) or an entry cannot be
    read, 2 usage error.

    Example: dakplan registry extract plans -o agencies.yaml --drop-from-plans
    """
    from dakplan.cli.settings import default_plans
    from dakplan.cli.targets import check_suffix, is_stdout
    from dakplan.outputs.registry import FORMATS
    from dakplan.registry import extract
    from dakplan.validate import plan_files

    if action not in ACTIONS:
        raise UsageError(t("query.bad_choice", option="ACTION", value=action,
                           choices=", ".join(ACTIONS)))
    fmt = check_format(format, list(FORMATS), "text")
    check_suffix(output, {".yaml": "YAML", ".yml": "YAML"}, "YAML")
    to_stdout = output is None or is_stdout(output)
    if drop and to_stdout:
        raise UsageError(t("registry.drop_needs_output"))
    files = [f for f in plan_files(paths or default_plans()) if f != "-"]
    result = extract(files, None if to_stdout else output, drop)
    if to_stdout:  # the registry is the output: what was found goes to standard error
        sys.stdout.write(result.text)
        FORMATS[fmt](result, sys.stderr)
    else:
        FORMATS[fmt](result, sys.stdout)
    raise typer.Exit(1 if result.disagreements else 0)
