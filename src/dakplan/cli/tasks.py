"""``dakplan tasks`` and ``dakplan agencies``: who does what, by when."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.cli.validate import check_format

FORMATS = ["table", "json", "csv", "markdown"]

PlansArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Plan files or folders (default: every plan under ./plans).",
                   show_default=False, metavar="PLAN"),
]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json, csv or markdown (default: table).",
                 show_default=False, metavar="FORMAT"),
]


@command()
def tasks(
    plans: PlansArg = None,
    agency: Annotated[str | None, typer.Option(
        "--agency", "-a", help="Only this agency's tasks (code, name, short name or alias), "
        "with those of every group it belongs to.", metavar="NAME")] = None,
    due_before: Annotated[str | None, typer.Option(
        "--due-before", help="Deadline on or before DATE (2020-12-15 or 15/12/2020).",
        metavar="DATE")] = None,
    due_after: Annotated[str | None, typer.Option(
        "--due-after", help="Deadline on or after DATE.", metavar="DATE")] = None,
    overdue: Annotated[bool, typer.Option(
        "--overdue", help="Deadline passed as of --as-of and not done or cancelled.")] = False,
    due_within: Annotated[int | None, typer.Option(
        "--due-within", help="Open tasks due from --as-of to DAYS days later.",
        metavar="DAYS")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="The day overdue and --due-within count from (default: today).",
        metavar="DATE")] = None,
    status: Annotated[list[str] | None, typer.Option(
        "--status", help="not_reported, not_started, in_progress, done or cancelled "
        "(repeat or separate with commas).", metavar="STATUS")] = None,
    theme: Annotated[list[str] | None, typer.Option(
        "--theme", help="Tasks serving this theme id.", metavar="ID")] = None,
    media: Annotated[list[str] | None, typer.Option(
        "--media", help="Tasks producing for this media format: code or label "
        "(bao-hinh, \"báo hình\").", metavar="FORMAT")] = None,
    role: Annotated[str | None, typer.Option(
        "--role", help="lead or coordinate (with --agency or --group-by agency).",
        metavar="ROLE")] = None,
    group_by: Annotated[str | None, typer.Option(
        "--group-by", help="agency: one list per agency.", metavar="agency")] = None,
    format: FormatOpt = None,
) -> None:
    """List tasks: who leads, who coordinates, by when, and their status.

    Sorted by deadline (dated tasks first, then recurring, then standing ones), then in
    Vietnamese alphabetical order. Exit status: 0 ok (even when no task matches), 1 a plan is
    not valid, 2 usage error.

    Example: dakplan tasks --agency "Sở TT&TT" --due-before 15/12/2020 plans/2020.yaml
    """
    from dakplan.query import TaskQuery, list_tasks
    from dakplan.task_formats import FORMATS as WRITERS
    from dakplan.validate import load_plans

    fmt = check_format(format, list(WRITERS), "table")
    loaded = load_plans(plans)
    query = TaskQuery.parse(
        loaded, today=dt.date.today(), agency=agency, as_of=as_of, due_before=due_before,
        due_after=due_after, overdue=overdue, due_within=due_within, statuses=status or [],
        themes=theme or [], media=media or [], role=role, group_by=group_by)
    WRITERS[fmt](list_tasks(loaded, query), sys.stdout)


@command()
def agencies(plans: PlansArg = None, format: FormatOpt = None) -> None:
    """List the agencies and groups of each plan, what each group stands for, and how many
    tasks each has (leading, coordinating, through a group).

    Exit status: 0 ok, 1 a plan is not valid, 2 usage error.

    Example: dakplan agencies plans/2020.yaml --format markdown
    """
    from dakplan.agency_formats import FORMATS as WRITERS
    from dakplan.query import registry_view
    from dakplan.validate import load_plans

    fmt = check_format(format, list(WRITERS), "table")
    WRITERS[fmt]([registry_view(file, plan) for file, plan in load_plans(plans)], sys.stdout)
