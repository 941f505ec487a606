"""Deadlines, bases and agreements must make sense against the plan's own dates."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.base import Context, check
from dakplan.diagnostics import Finding
from dakplan.i18n.vn import format_short_date
from dakplan.model import Period


@check("DK302", "DK306")
def deadlines_in_period(ctx: Context) -> Iterator[Finding]:
    period = ctx.plan.document.period
    if period.end < period.start:
        return  # DK304 says so; every date would be "outside"
    for path, task in ctx.plan.located_tasks():
        due = task.due
        if due is not None and not period.first_day <= due <= period.last_day:
            yield Finding("DK302", (*path, "timing", "date"), "check.deadline_outside",
                          {"date": format_short_date(due), "period": str(period)})
        for j, record in enumerate(task.progress):
            if not period.first_day <= record.date <= period.last_day:
                yield Finding("DK306", (*path, "progress", j, "date"), "check.progress_outside",
                              {"date": format_short_date(record.date), "period": str(period)})


@check("DK303")
def bases_before_plan(ctx: Context) -> Iterator[Finding]:
    document = ctx.plan.document
    if document.date is None:
        return
    latest = document.latest_date
    plan_date = document.date if isinstance(document.date, str) else format_short_date(latest)
    for i, basis in enumerate(ctx.plan.bases):
        for j, doc in enumerate(basis.documents):
            if doc.date is not None and doc.date > latest:
                ref = doc.number or doc.name or doc.type
                yield Finding("DK303", ("bases", i, "documents", j, "date"),
                              "check.basis_after", {"ref": ref, "date": format_short_date(doc.date),
                                                    "plan_date": plan_date})


def _reversed(period: Period) -> bool:
    return period.end < period.start


@check("DK304", "DK305")
def periods(ctx: Context) -> Iterator[Finding]:
    plan_period = ctx.plan.document.period
    if _reversed(plan_period):
        yield Finding("DK304", ("document", "period", "end"), "check.period_reversed",
                      {"start": str(plan_period.start), "end": str(plan_period.end)})
    for i, basis in enumerate(ctx.plan.bases):
        for j, doc in enumerate(basis.documents):
            if doc.period is None:
                continue
            path = ("bases", i, "documents", j, "period")
            if _reversed(doc.period):
                yield Finding("DK304", (*path, "end"), "check.period_reversed",
                              {"start": str(doc.period.start), "end": str(doc.period.end)})
            elif doc.parties and not (
                doc.period.start <= plan_period.start and plan_period.end <= doc.period.end
            ):
                yield Finding("DK305", path, "check.not_covered",
                              {"agreement": str(doc.period), "period": str(plan_period)})
