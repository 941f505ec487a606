"""``dakplan calendar``: deadlines and recurring duties as an iCalendar file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dakplan.cli.app import command, completer, tell
from dakplan.diagnostics import Diagnostic
from dakplan.i18n import t


@command(help="help.calendar")
def calendar(
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help="help.calendar.output",
                           show_default=False)
    ],
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="PLAN", help="help.plans", show_default=False)
    ] = None,
    agency: Annotated[
        str | None, typer.Option("--agency", "-a", metavar="AGENCY", help="help.calendar.agency",
                                 autocompletion=completer("agency"))
    ] = None,
    alarm_days: Annotated[
        int, typer.Option("--alarm-days", metavar="DAYS", help="help.calendar.alarm_days")
    ] = 14,
) -> None:
    """Write every deadline and recurring duty as an iCalendar (.ics) file.

    Example: dakplan calendar plans/2020.yaml --agency STTTT -o stttt.ics
    """
    from dakplan.calendar import build_calendar
    from dakplan.cli.settings import default_plans
    from dakplan.cli.targets import check_suffix, is_stdout, write
    from dakplan.query.options import MAX_ALARM_DAYS, check_days

    check_suffix(output, {".ics": "iCalendar"}, "iCalendar")
    check_days("--alarm-days", alarm_days, MAX_ALARM_DAYS)  # before reading any plan
    plans = _loaded(paths or default_plans())
    from dakplan.results.load import results_beside

    result = build_calendar(plans, agency=agency, alarm_days=alarm_days,
                            results=results_beside(plans))
    write(output, result.data, [Path(file) for file, _ in plans])
    err = is_stdout(output)  # the calendar itself is on standard output
    typer.echo(t("calendar.written", file=str(output), events=result.events,
                 recurring=result.recurring, undated=result.undated), err=err)
    if result.standing:
        typer.echo(t("calendar.standing", count=result.standing), err=err)


def _loaded(paths: list[Path] | None) -> list[tuple[str, Any]]:
    from dakplan.validate import load_plans_v2

    notices: list[Diagnostic] = []
    plans = load_plans_v2(paths, "calendar", notices)
    tell(notices)
    return plans
