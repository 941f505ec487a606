"""``dakplan remind``: what is due soon or overdue, per agency, ready to send."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command, tell
from dakplan.cli.validate import check_format
from dakplan.diagnostics import Diagnostic


@command(help="help.remind")
def remind(
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="PLAN", help="help.plans", show_default=False)
    ] = None,
    within: Annotated[int, typer.Option("--within", metavar="DAYS",
                                        help="help.remind.within")] = 14,
    format: Annotated[
        str | None, typer.Option("--format", "-f", metavar="FORMAT", help="help.remind.format",
                                 show_default=False)
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE", help="help.remind.as_of",
                                 show_default=False)
    ] = None,
    agency: Annotated[
        str | None, typer.Option("--agency", "-a", help="help.remind.agency", metavar="NAME")
    ] = None,
) -> None:
    """Say what is due within DAYS of a day, or overdue, one section per agency.

    Without --as-of, the day is today in Vietnam.

    Example: dakplan remind plans/2020.yaml --as-of 2020-12-01 --within 14 --agency VOV
    """
    from dakplan.cli.settings import default_plans
    from dakplan.outputs.remind import FORMATS
    from dakplan.query.options import MAX_WINDOW_DAYS, check_days, parse_option_date
    from dakplan.remind import Reminders, reminders
    from dakplan.validate import load_plans_v2

    fmt = check_format(format, list(FORMATS), "markdown")
    if as_of is None:
        from dakplan.query import clock

        day = clock.today()
    else:
        day = parse_option_date("--as-of", as_of)
    check_days("--within", within, MAX_WINDOW_DAYS)  # before reading any plan
    notices: list[Diagnostic] = []
    plans = load_plans_v2(paths or default_plans(), "remind", notices)
    tell(notices)
    named = None
    if agency is not None:
        from dakplan.query.names import resolve_agency

        named = resolve_agency(plans, agency)
    from dakplan.results.load import results_beside

    sections = reminders(plans, day, within, only=None if named is None else named.code,
                         results=results_beside(plans))
    FORMATS[fmt](Reminders(day, within, sections), sys.stdout)
