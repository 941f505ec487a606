"""``dakplan calendar``: deadlines and recurring duties as an iCalendar file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from dakplan.cli.app import command, tell
from dakplan.diagnostics import Diagnostic
from dakplan.i18n import t


@command(help="help.calendar")
def calendar(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="help.calendar.output", show_default=False)
    ],
    paths: Annotated[
        list[Path] | None, typer.Argument(help="help.plans", show_default=False)
    ] = None,
    agency: Annotated[
        str | None, typer.Option("--agency", "-a", help="help.calendar.agency")
    ] = None,
    alarm_days: Annotated[
        int, typer.Option("--alarm-days", help="help.calendar.alarm_days")
    ] = 14,
) -> None:
    """Write every deadline and recurring duty as an iCalendar (.ics) file.

    Example: dakplan calendar plans/2020.yaml --agency STTTT -o stttt.ics
    """
    from dakplan.calendar import build_calendar
    from dakplan.io.write import replace_file
    from dakplan.query.options import MAX_ALARM_DAYS, check_days

    check_days("--alarm-days", alarm_days, MAX_ALARM_DAYS)  # before reading any plan
    plans = _loaded(paths)
    result = build_calendar(plans, agency=agency, alarm_days=alarm_days)
    replace_file(output, result.data, [Path(file) for file, _ in plans])
    typer.echo(t("calendar.written", file=str(output), events=result.events,
                 recurring=result.recurring, undated=result.undated))
    if result.standing:
        typer.echo(t("calendar.standing", count=result.standing))


def _loaded(paths: list[Path] | None) -> list[tuple[str, Any]]:
    from dakplan.validate import load_plans_v2

    notices: list[Diagnostic] = []
    plans = load_plans_v2(paths, "calendar", notices)
    tell(notices)
    return plans
