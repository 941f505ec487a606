"""``dakplan remind``: what is due soon or overdue, per agency, ready to send."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

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
    from dakplan.remind import Gathering, Reminders, Section
    from dakplan.stream import Stream

    fmt = check_format(format, list(FORMATS), "markdown")
    if as_of is None:
        from dakplan.query import clock

        day = clock.today()
    else:
        day = parse_option_date("--as-of", as_of)
    check_days("--within", within, MAX_WINDOW_DAYS)  # before reading any plan
    notices: list[Diagnostic] = []

    def ask(cards: Any) -> str | None:
        if agency is None:
            return None
        from dakplan.query.names import resolve_agency

        return resolve_agency(cards, agency).code

    # The plans one at a time; each one's reminders, small plain records, sorted in bounded
    # memory and written as they come.
    stream = Stream(paths or default_plans(), "remind", ask)
    with Gathering(day, within) as gathering:
        def add(index: int, file: str, plan: Any, results: Any, only: str | None) -> None:
            gathering.add(index, file, plan, results, only)

        stream.read(add, notices)
        tell(notices)
        only = stream.settle(add)
        sections = (Section(code, name, items)
                    for code, name, items in gathering.sections(only))
        FORMATS[fmt](Reminders(day, within, sections), sys.stdout)
