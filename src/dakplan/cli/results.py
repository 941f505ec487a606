"""``dakplan results``: take an agency's filled sheet back into its results file, or check the
results files of a plan."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from dakplan.cli.declare import LazyTyper, command
from dakplan.errors import UsageError
from dakplan.i18n import t

if TYPE_CHECKING:
    import typer

    from dakplan.model.v2 import Plan
    from dakplan.tasks import TaskList

else:
    typer = LazyTyper()  # write_sheet serves `tasks -f xlsx`, which runs without typer

ACTIONS = ("import", "check", "summary")


@command(help="help.results")
def results(
    action: Annotated[str, typer.Argument(help="help.results.action", metavar="ACTION")],
    sheet: Annotated[Path | None, typer.Argument(
        help="help.results.sheet", show_default=False, metavar="FILLED.xlsx")] = None,
    plan: Annotated[Path | None, typer.Option(
        "--plan", "-p", metavar="PLAN", help="help.results.plan", show_default=False)] = None,
    round_id: Annotated[str | None, typer.Option(
        "--round", metavar="ROUND", help="help.results.round", show_default=False)] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="help.results.as_of", show_default=False)] = None,
    folder: Annotated[Path | None, typer.Option(
        "--results", metavar="FOLDER", help="help.results.folder", show_default=False)] = None,
    update: Annotated[bool, typer.Option("--update", help="help.results.update")] = False,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", help="help.results.format", show_default=False)] = None,
) -> None:
    """Import an agency's filled sheet into its results file, or check the results files.

    `import`: the sheet is checked against the plan; each problem is named with its cell and
    nothing is written (exit 1). A new results file is created; an existing one is replaced
    only with --update, after the changes are shown (without it: exit 1, nothing written).
    `check`: every results file of the plan, each problem at its line (exit 1 on an error).
    `summary`: each agency's duties in each tracking status as of a day, and its on-time rate.
    Exit 2: usage error (not a dakplan sheet, another plan, no plan).

    Example: dakplan results import vov-2020.xlsx --plan plans/2020.yaml --update
    """
    from dakplan.cli.render import _plan_path
    from dakplan.results.command import check_all, import_sheet

    if action not in ACTIONS:
        raise UsageError(t("query.bad_choice", option="ACTION", value=action,
                           choices=", ".join(ACTIONS)))
    path = _plan_path(plan)
    if action == "summary":
        import sys

        from dakplan.cli.validate import check_format
        from dakplan.outputs.results import FORMATS
        from dakplan.query.options import parse_option_date
        from dakplan.results.command import round_summary

        fmt = check_format(format, list(FORMATS), "text")
        day = None if as_of is None else parse_option_date("--as-of", as_of)
        FORMATS[fmt](round_summary(path, folder, day), sys.stdout)
        return
    if action == "check":
        lines, errors = check_all(path, folder)
        for line in lines:
            typer.echo(line)
        raise typer.Exit(1 if errors else 0)
    if sheet is None:
        raise UsageError(t("results.needs_sheet"))
    outcome = import_sheet(sheet, path, folder, round_id, as_of, update)
    for line in outcome.lines:
        typer.echo(line, err=outcome.code != 0 and not outcome.written)
    raise typer.Exit(outcome.code)


def write_sheet(loaded: Sequence[tuple[str, Plan]], listing: TaskList,
                output: Path | None) -> None:
    """``dakplan tasks --agency X -f xlsx``: the agency's duties as a workbook to fill in,
    through the one writer; standard output only when it is not a terminal."""
    import sys

    from dakplan.io.write import replace_file
    from dakplan.outputs.sheet import workbook_bytes
    from dakplan.results.layout import results_file, results_root
    from dakplan.results.load import load_results_file
    query = listing.query
    if query.agency is None or query.agency.is_group:
        raise UsageError(t("sheet.needs_agency"))
    if output is None and sys.stdout.isatty():
        raise UsageError(t("sheet.needs_output"))
    if len(loaded) != 1:
        raise UsageError(t("render.several_plans", path=", ".join(f for f, _ in loaded)))
    file, plan = loaded[0]
    code = query.agency.code
    round_id = f"{query.as_of.year:04d}-{query.as_of.month:02d}"
    existing = results_file(results_root(Path(file)), round_id, code)
    prefill = None
    if existing.is_file():
        report = load_results_file(existing, plan)
        prefill = report.results.tasks if report.results is not None else None
    data = workbook_bytes(plan, Path(file).stem, code, listing.rows, round_id, query.as_of,
                          prefill)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    replace_file(output, data, [Path(file)])
