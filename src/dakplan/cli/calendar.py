"""``dakplan calendar``: deadlines and recurring duties as an iCalendar file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer

from dakplan.cli.app import command, completer, tell
from dakplan.diagnostics import Diagnostic
from dakplan.errors import UsageError
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
    from dakplan.calendar import Gathering
    from dakplan.cli.settings import default_plans
    from dakplan.cli.targets import check_suffix, is_stdout
    from dakplan.query.options import MAX_ALARM_DAYS, check_days
    from dakplan.stream import Stream

    check_suffix(output, {".ics": "iCalendar"}, "iCalendar")
    check_days("--alarm-days", alarm_days, MAX_ALARM_DAYS)  # before reading any plan
    notices: list[Diagnostic] = []
    # The plans one at a time; each one's events go to a spool as they are made (for the
    # agency as resolved so far: a plan given another is read again), then to the file.
    stream = Stream(paths or default_plans(), "calendar", _asker(agency))
    gathered: dict[object, Gathering] = {}

    def add(index: int, file: str, plan: Any, results: Any, question: object) -> None:
        if isinstance(question, _Refused):
            return  # raised once every plan is read, if it stands
        if question not in gathered:
            gathered[question] = Gathering(question, alarm_days)  # type: ignore[arg-type]
        gathered[question].add(index, file, plan, results)

    try:
        stream.read(add, notices)
        tell(notices)
        # As build_calendar: a results file with an error, then the agency, then the events.
        question = stream.settle(add)
        if isinstance(question, _Refused):
            raise question.error
        calendar = gathered[question]
        result = calendar.finish(stream.names)
        if is_stdout(output):
            sys.stdout.flush()
            for chunk in calendar.chunks():
                sys.stdout.buffer.write(chunk)
            sys.stdout.flush()
        else:
            from dakplan.io.write import replace_file_from

            replace_file_from(output, calendar.chunks(), [Path(f) for f in stream.names])
    finally:
        for each in gathered.values():
            each.close()
    err = is_stdout(output)  # the calendar itself is on standard output
    typer.echo(t("calendar.written", file=str(output), events=result.events,
                 recurring=result.recurring, undated=result.undated), err=err)
    if result.standing:
        typer.echo(t("calendar.standing", count=result.standing), err=err)


@dataclass(frozen=True)
class _Refused:
    """The agency could not be resolved against the plans read so far: the error, raised
    after the plans' own (as ``build_calendar`` raises it after ``results_beside``)."""

    message: str
    error: UsageError = field(compare=False, hash=False)


def _asker(agency: str | None) -> Callable[[Any], object]:
    def ask(cards: Any) -> object:
        if agency is None:
            return None
        from dakplan.query.names import resolve_agency

        try:
            return resolve_agency(cards, agency)
        except UsageError as error:
            return _Refused(str(error), error)

    return ask
