"""``dakplan migrate``: a version 1 plan written out in version 2."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command, tell
from dakplan.errors import PlanError, UsageError
from dakplan.i18n import t
from dakplan.i18n.printable import escape


@command(help="help.migrate")
def migrate(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="help.migrate.plan",
                                         show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.migrate.output",
                     show_default=False),
    ] = None,
    in_place: Annotated[
        bool, typer.Option("--in-place", help="help.migrate.in_place")] = False,
) -> None:
    """Convert a version 1 plan to version 2, losslessly: the same document, the same
    duties and ids, its comments beside the same data; what version 2 has no place for is
    listed on standard error.

    Without -o the result goes to standard output; -o writes a new file (never over an
    existing one); --in-place replaces the plan itself, in one step.

    Example: dakplan migrate plans/2019.yaml -o plans/2019.v2.yaml
    """
    from dakplan.checks.v2.validate import reported, validate_source
    from dakplan.io.read import Source, read_source
    from dakplan.io.write import create_file, replace_file
    from dakplan.io.yaml_load import load_text
    from dakplan.migrate import MigrationError, convert

    if output is not None and in_place:
        raise UsageError(t("migrate.output_or_in_place"))
    source, problems = read_source(str(plan))
    if source is None:
        raise UsageError(f"{plan}: {problems[0].message}" if problems else str(plan))
    loaded = load_text(source)
    if isinstance(loaded.data, dict) and loaded.data.get("dakplan") == 2:
        typer.echo(t("migrate.already", file=str(plan)), err=True)
        return
    from dakplan.validate import registry_for, usable_registry

    shared = usable_registry(registry_for(str(plan)))
    try:
        converted = convert(source.text, source.name, shared)
    except MigrationError as error:
        raise PlanError(t("cli.invalid_plan", file=str(plan), errors=len(error.diagnostics)),
                        list(error.diagnostics)) from None
    text = converted.text
    for item in converted.dropped:
        sys.stderr.write(escape(t("migrate.dropped", file=str(plan), item=item)) + "\n")
    checked = validate_source(Source(str(output or plan), text),
                              shared if output is None else registry_for(str(output)))
    tell([e.diagnostic for e in reported(checked.entries, "migrate")])
    if output is not None:
        create_file(output, text.encode("utf-8"), [plan], yaml_data=True)
    elif in_place:
        replace_file(plan, text.encode("utf-8"), yaml_data=True)
    else:
        typer.echo(text, nl=False)
        return
    typer.echo(t("migrate.written", path=str(output or plan)), err=True)
