"""``dakplan new``: next year's plan drafted from this year's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.cli.validate import check_format


@command(help="help.new")
def new(
    year: Annotated[int, typer.Argument(metavar="YEAR", help="help.new.year")],
    source: Annotated[
        Path,
        typer.Option("--from", metavar="PLAN", help="help.new.source", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.new.output",
                     show_default=False),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT", help="help.new.format",
                     show_default=False),
    ] = None,
) -> None:
    """Draft next year's plan from this year's, in format version 2 (a version 1 plan is
    converted first): duties copied (those of agencies that no longer exist given to their
    successors), the period and every timing date moved, in the duties' texts too, number,
    date, status and progress cleared; lists every place that still names the old year.

    Exit status: 0 written, 1 the source or the draft has a structural error, 2 usage error
    (the output exists, missing file).

    Example: dakplan new 2021 --from plans/2020.yaml
    """
    from dakplan.cli.settings import current
    from dakplan.cli.targets import check_suffix, is_stdout
    from dakplan.config import shown
    from dakplan.new import new_plan
    from dakplan.outputs.new import FORMATS

    fmt = check_format(format, list(FORMATS), "text")
    check_suffix(output, {".yaml": "YAML", ".yml": "YAML"}, "YAML")
    plans = Path(shown(current().plans_folder))
    drafted = new_plan(year, source, output, plans=plans)
    if is_stdout(output):  # the plan is the output: what to review goes to standard error
        sys.stdout.write(drafted.draft.text)
        FORMATS[fmt](drafted, sys.stderr)
        return
    FORMATS[fmt](drafted, sys.stdout)
