"""Dates of a version 2 plan against its own dates: due dates within [issue date, period
end], bases not after the plan, agreements covering it, agencies existing when needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dakplan.checks import dates as v1_dates
from dakplan.checks.v2.base import Context, check
from dakplan.diagnostics import Finding, Message, Path
from dakplan.i18n.vn import format_short_date
from dakplan.model import Agency
from dakplan.model.tasks import Deadline
from dakplan.model.v2 import Deadlines, Duty, Recurring, Window, due_dates
from dakplan.model.v2.frame import month_span
from dakplan.model.v2.timing import missing_day
from dakplan.query.succession import successors


def _due_paths(duty: Duty) -> list[tuple[Path, dt.date]]:
    timing = duty.timing
    if isinstance(timing, Deadline):
        return [(("timing", "date"), timing.date)]
    if isinstance(timing, Deadlines):
        return [(("timing", "dates", k), day) for k, day in enumerate(timing.dates)]
    if isinstance(timing, Window):
        found: list[tuple[Path, dt.date]] = [(("timing", "end"), timing.end)]
        return [(("timing", "start"), timing.start), *found] if timing.start else found
    return []


@check("DK301")
def anchors_exist(ctx: Context) -> Iterator[Finding]:
    for path, duty, _ in ctx.duties:
        timing = duty.timing
        if not isinstance(timing, Recurring):
            continue
        for k, anchor in enumerate(timing.by):
            month = missing_day(timing, anchor)
            if month is not None:
                yield Finding(
                    "DK301",
                    (*path, "timing", "by", k, "day"),
                    "check.anchor_missing",
                    {"day": anchor.day, "month": month},
                )


@check("DK302", "DK306")
def due_in_span(ctx: Context) -> Iterator[Finding]:
    document = ctx.plan.document
    period = document.period
    if period.end < period.start:
        return  # DK304 says so; every date would be "outside"
    first, last = document.earliest_due, period.last_day
    for path, duty, _ in ctx.duties:
        for where, day in _due_paths(duty):
            if where[-1] == "start":
                continue  # a window may open before the plan; it is due at its end
            if not first <= day <= last:
                yield Finding(
                    "DK302",
                    (*path, *where),
                    "check.due_outside",
                    {
                        "date": format_short_date(day),
                        "first": format_short_date(first),
                        "last": format_short_date(last),
                    },
                )
        for j, record in enumerate(duty.progress):
            if not min(first, period.first_day) <= record.date <= last:
                yield Finding(
                    "DK306",
                    (*path, "progress", j, "date"),
                    "check.progress_outside",
                    {"date": format_short_date(record.date), "period": str(period)},
                )


@check("DK303")
def bases_before_plan(ctx: Context) -> Iterator[Finding]:
    document = ctx.plan.document
    if document.date is None:
        return
    latest = document.latest_date
    plan_date = document.date if isinstance(document.date, str) else format_short_date(latest)
    for i, basis in enumerate(ctx.plan.bases):
        for j, doc in enumerate(basis.documents):
            if doc.date is None:
                continue
            earliest = month_span(doc.date)[0]
            if earliest > latest:
                shown = doc.date if isinstance(doc.date, str) else format_short_date(doc.date)
                yield Finding(
                    "DK303",
                    ("bases", i, "documents", j, "date"),
                    "check.basis_after",
                    {"ref": doc.ref, "date": shown, "plan_date": plan_date},
                )


@check("DK304", "DK305")
def periods(ctx: Context) -> Iterator[Finding]:
    return v1_dates.periods(ctx.v1)


def _span(ctx: Context, duty: Duty | None) -> tuple[dt.date, dt.date]:
    """The days a duty needs its agency: from its first to its last due date, a window's
    span, or the whole period."""
    period = ctx.plan.document.period
    if duty is not None:
        timing = duty.timing
        if isinstance(timing, Window):
            return timing.start or period.first_day, timing.end
        if isinstance(timing, Deadline | Deadlines):
            days = due_dates(timing, period)
            return days[0], days[-1]
    return period.first_day, period.last_day


def _problem(ctx: Context, agency: Agency, span: tuple[dt.date, dt.date]) -> Message | None:
    first, last = span
    if agency.valid_from is not None and first < agency.valid_from:
        return Message(
            "check.agency_not_yet",
            {
                "code": agency.code,
                "day": format_short_date(first),
                "start": format_short_date(agency.valid_from),
            },
        )
    if agency.valid_to is not None and agency.valid_to < last:
        gone = max(first, agency.valid_to + dt.timedelta(days=1))
        found = successors(ctx.registry, agency.code, gone)
        carried = (
            Message("check.carried_by", {"carriers": ", ".join(found.carriers)})
            if found.carriers
            else ""
        )
        return Message(
            "check.agency_ended",
            {
                "code": agency.code,
                "day": format_short_date(gone),
                "ended": format_short_date(agency.valid_to),
                "carried": carried,
            },
        )
    return None


def _groups_with_duties(ctx: Context) -> set[str]:
    """Groups that lead or coordinate a duty, directly or as a member of such a group."""
    groups = ctx.registry.groups
    stack = [
        code
        for _, duty, _ in ctx.duties
        for code in (duty.lead, *duty.coordinate)
        if code in groups
    ]
    found: set[str] = set()
    while stack:
        code = stack.pop()
        if code not in found:
            found.add(code)
            stack += [m for m in groups[code].members if m in groups]
    return found


@check("DK307")
def agencies_exist_when_due(ctx: Context) -> Iterator[Finding]:
    agencies = ctx.registry.agencies
    # Only an agency with a lifetime can be missing on a day: the others are passed over
    # before a duty's days are worked out (once a duty) or a path is made.
    bounded = {code for code, agency in agencies.items()
               if agency.valid_from is not None or agency.valid_to is not None}
    for path, duty, _ in ctx.duties:
        span: tuple[dt.date, dt.date] | None = None
        for j, code in enumerate((duty.lead, *duty.coordinate)):
            if code not in bounded:
                continue
            span = span or _span(ctx, duty)
            message = _problem(ctx, agencies[code], span)
            if message:
                where: Path = (*path, "lead") if j == 0 else (*path, "coordinate", j - 1)
                yield Finding("DK307", where, message.key, message.params)
    used = _groups_with_duties(ctx)
    for i, group in enumerate(ctx.plan.groups):
        if group.code not in used:
            continue
        for j, code in enumerate(group.members):
            agency = agencies.get(code)
            message = _problem(ctx, agency, _span(ctx, None)) if agency is not None else None
            if message:
                yield Finding("DK307", ("groups", i, "members", j), message.key, message.params)
