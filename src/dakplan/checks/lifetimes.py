"""Duties must go to agencies that exist when the duty is to be done (agencies over time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dakplan.checks.base import Context, check
from dakplan.diagnostics import Finding, Message, Path
from dakplan.i18n.vn import format_short_date
from dakplan.model import Agency, Deadline, Task
from dakplan.query.succession import successors


def _span(ctx: Context, task: Task | None) -> tuple[dt.date, dt.date]:
    """The days a duty needs its agency: its deadline, or the whole period."""
    period = ctx.plan.document.period
    if task is not None and isinstance(task.timing, Deadline):
        return task.timing.date, task.timing.date
    return period.first_day, period.last_day


def _problem(ctx: Context, agency: Agency, span: tuple[dt.date, dt.date]) -> Message | None:
    first, last = span
    if agency.valid_from is not None and first < agency.valid_from:
        return Message("check.agency_not_yet", {"code": agency.code,
                                                "day": format_short_date(first),
                                                "start": format_short_date(agency.valid_from)})
    if agency.valid_to is not None and agency.valid_to < last:
        gone = max(first, agency.valid_to + dt.timedelta(days=1))  # the first day it is missed
        found = successors(ctx.registry, agency.code, gone)
        carried = (Message("check.carried_by", {"carriers": ", ".join(found.carriers)})
                   if found.carriers else "")
        return Message("check.agency_ended", {"code": agency.code,
                                              "day": format_short_date(gone),
                                              "ended": format_short_date(agency.valid_to),
                                              "carried": carried})
    return None


def _groups_with_duties(ctx: Context) -> set[str]:
    """Groups that lead or coordinate a duty, directly or as a member of such a group."""
    groups = ctx.registry.groups
    named = {code for _, task in ctx.plan.located_tasks() for code in (task.lead, *task.coordinate)
             if code in groups}
    return named | {code for group in named for code in ctx.registry.within(group)
                    if code in groups}


@check("DK307")
def agencies_exist_in_period(ctx: Context) -> Iterator[Finding]:
    agencies = ctx.registry.agencies
    # Only an agency with a first or last day can be missing on a day: most plans have few.
    dated = {code for code, agency in agencies.items()
             if agency.valid_from is not None or agency.valid_to is not None}
    if not dated:
        return
    for path, task in ctx.plan.located_tasks():
        if task.lead not in dated and dated.isdisjoint(task.coordinate):
            continue
        refs: list[tuple[Path, str]] = [((*path, "lead"), task.lead)]
        refs += [((*path, "coordinate", j), code) for j, code in enumerate(task.coordinate)]
        for where, code in refs:
            agency = agencies.get(code) if code in dated else None
            problem = agency and _problem(ctx, agency, _span(ctx, task))
            if problem:
                yield Finding("DK307", where, problem.key, problem.params)
    # A group shares its duties with its listed members; members taken in by kind ("all
    # departments") are whichever agencies of that kind exist, so they are not flagged.
    used = _groups_with_duties(ctx)
    for i, group in enumerate(ctx.plan.groups):
        if group.code not in used:
            continue
        for j, code in enumerate(group.members):
            agency = agencies.get(code)
            problem = agency and _problem(ctx, agency, _span(ctx, None))
            if problem:
                yield Finding("DK307", ("groups", i, "members", j), problem.key, problem.params)


@check("DK215")
def successor_cycles(ctx: Context) -> Iterator[Finding]:
    from dakplan.checks.registry import successor_cycles as cycles  # it imports this package

    return cycles(ctx.plan.agencies)
