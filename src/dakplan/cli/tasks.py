"""``dakplan tasks`` and ``dakplan agencies``: who does what, by when.

Imported without typer (``dakplan.cli.declare``): ``dakplan.cli.fast`` runs both commands
itself when their arguments are plain, and typer builds them from these annotations otherwise
(which is why each signature spells its annotations out: an alias made at import would need
typer).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from dakplan.cli.declare import LazyTyper, command, completer
from dakplan.cli.errors import tell
from dakplan.cli.validate import check_format

if TYPE_CHECKING:
    import typer

    from dakplan.diagnostics import Diagnostic
else:
    typer = LazyTyper()


@command(help="help.tasks")
def tasks(
    plans: Annotated[list[Path] | None, typer.Argument(
        help="help.plans", show_default=False, metavar="PLAN")] = None,
    agency: Annotated[str | None, typer.Option(
        "--agency", "-a", help="help.tasks.agency", metavar="AGENCY",
        autocompletion=completer("agency"))] = None,
    due_before: Annotated[str | None, typer.Option(
        "--due-before", help="help.tasks.due_before", metavar="DATE")] = None,
    due_after: Annotated[str | None, typer.Option(
        "--due-after", help="help.tasks.due_after", metavar="DATE")] = None,
    overdue: Annotated[bool, typer.Option(
        "--overdue", help="help.tasks.overdue")] = False,
    due_within: Annotated[int | None, typer.Option(
        "--due-within", help="help.tasks.due_within", metavar="DAYS")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="help.tasks.as_of", metavar="DATE")] = None,
    status: Annotated[list[str] | None, typer.Option(
        "--status", help="help.tasks.status", metavar="STATUS")] = None,
    theme: Annotated[list[str] | None, typer.Option(
        "--theme", help="help.tasks.theme", metavar="ID",
        autocompletion=completer("theme"))] = None,
    media: Annotated[list[str] | None, typer.Option(
        "--media", help="help.tasks.media", metavar="FORMAT")] = None,
    role: Annotated[str | None, typer.Option(
        "--role", help="help.tasks.role", metavar="ROLE")] = None,
    group_by: Annotated[str | None, typer.Option(
        "--group-by", help="help.tasks.group_by", metavar="agency")] = None,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="help.tasks.format", show_default=False,
        metavar="FORMAT")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="help.tasks.output", show_default=False)] = None,
) -> None:
    """List tasks: who leads, who coordinates, by when, and their status.

    Sorted by deadline (dated tasks first, then recurring, then standing ones), then in
    Vietnamese alphabetical order. Exit status: 0 ok (even when no task matches), 1 a plan is
    not valid, 2 usage error.

    Example: dakplan tasks --agency "Sở TT&TT" --due-before 15/12/2020 plans/2020.yaml
    """
    from dakplan.cli.settings import default_plans
    from dakplan.outputs.tasks import FORMATS as WRITERS
    from dakplan.query.options import MAX_WINDOW_DAYS, check_days
    from dakplan.tasks import TaskQuery, list_tasks

    fmt = check_format(format, [*WRITERS, "xlsx"], "table")
    if due_within is not None:
        check_days("--due-within", due_within, MAX_WINDOW_DAYS)  # before reading any plan
    notices: list[Diagnostic] = []

    def parse(plans: Any) -> TaskQuery:
        return TaskQuery.parse(
            plans, agency=agency, as_of=as_of, due_before=due_before,
            due_after=due_after, overdue=overdue, due_within=due_within, statuses=status or [],
            themes=theme or [], media=media or [], role=role, group_by=group_by)

    if fmt == "xlsx":  # one plan, kept: the workbook is made from it
        from dakplan.results.load import results_beside
        from dakplan.validate import load_plans_v2

        loaded = load_plans_v2(plans or default_plans(), "tasks", notices)
        tell(notices)
        query = parse(loaded)
        listing = list_tasks(loaded, query, results_beside(loaded))
        from dakplan.cli.results import write_sheet

        return write_sheet(loaded, listing, output)
    # Every other format: the plans one at a time, each let go once its rows are taken; the
    # rows, made for the format at once, are sorted in bounded memory and written as they come.
    from dakplan.outputs.tasks import STREAMED
    from dakplan.stream import Stream
    from dakplan.tasks import Gathered

    stream = Stream(plans or default_plans(), "tasks", parse, themes=bool(theme))
    tty = fmt == "table" and sys.stdout.isatty()
    gathered: dict[TaskQuery, tuple[Any, Gathered]] = {}

    def add(index: int, file: str, plan: Any, results: Any, query: TaskQuery) -> None:
        if query not in gathered:
            maker = STREAMED[fmt](query, stream.names, tty)
            gathered[query] = (maker, Gathered(query, maker.make))
        gathered[query][1].add(index, file, plan, results)

    try:
        stream.read(add, notices)
        tell(notices)
        query = stream.settle(add)
        maker, result = gathered[query]
        maker.write(result, sys.stdout)
    finally:
        for _, each in gathered.values():
            each.close()


@command(help="help.agencies")
def agencies(
    plans: Annotated[list[Path] | None, typer.Argument(
        help="help.plans", show_default=False, metavar="PLAN")] = None,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="help.tasks.format", show_default=False,
        metavar="FORMAT")] = None,
) -> None:
    """List the agencies and groups of each plan, what each group stands for, and how many
    tasks each has (leading, coordinating, through a group).

    Exit status: 0 ok, 1 a plan is not valid, 2 usage error.

    Example: dakplan agencies plans/2020.yaml --format markdown
    """
    from dakplan.agencies import registry_view
    from dakplan.cli.settings import default_plans
    from dakplan.outputs.agencies import FORMATS as WRITERS
    from dakplan.outputs.agencies import STREAMED
    from dakplan.validate import each_plan_v2, plan_files

    fmt = check_format(format, list(WRITERS), "table")
    notices: list[Diagnostic] = []
    # One plan at a time: a view keeps the plan's registry, not the plan.
    views = (registry_view(file, plan)
             for file, plan in each_plan_v2(plan_files(plans or default_plans()), "agencies",
                                            notices))
    if fmt == "table" and sys.stdout.isatty():  # rich lays out every table at once
        kept = list(views)
        tell(notices)
        return WRITERS[fmt](kept, sys.stdout)
    from dakplan.io.spill import Spool

    # Each view's text as it is made, held in a spool (nothing is said before every plan is
    # read and found valid), then handed on.
    writer = STREAMED[fmt]()
    with Spool(text=True) as spool:
        writer.begin(spool.file)
        first = True
        for view in views:
            writer.plan(view, first, spool.file)
            first = False
        writer.end(spool.file, first)
        tell(notices)
        spool.copy_to(sys.stdout)
