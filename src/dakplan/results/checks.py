"""Checks of one agency's results against the plan they report on (codes DK5xx).

Each finding points at the line to edit: the task id's key, the date, the product's format.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dakplan.diagnostics import Finding
from dakplan.model.results import Results
from dakplan.model.v2 import Plan
from dakplan.query.duties import duties_of
from dakplan.query.registry import Registry


def check_results(results: Results, plan: Plan, file: Path | None = None) -> Iterator[Finding]:
    registry = Registry(plan)
    period = plan.document.period
    if results.agency not in registry.agencies:
        yield Finding("DK505", ("agency",), "results.unknown_agency", {"code": results.agency})
        return
    if file is not None:
        if file.stem != results.agency:
            yield Finding(
                "DK505",
                ("agency",),
                "results.file_agency",
                {"code": results.agency, "file": file.name},
            )
        if file.parent.name != results.round:
            yield Finding(
                "DK505",
                ("round",),
                "results.file_round",
                {"round": results.round, "folder": file.parent.name},
            )
    if not period.first_day <= results.as_of <= period.last_day:
        yield Finding(
            "DK503",
            ("as_of",),
            "results.outside_period",
            {"day": str(results.as_of), "period": str(period)},
        )
    known = {duty.id for _, duty, _ in plan.located_duties()}
    held = {duty.task.id for duty in duties_of(registry, results.agency, carry_on=results.as_of)}
    used = set(plan.formats_used())
    for task_id, result in results.tasks.items():
        where = ("tasks", task_id)
        if task_id not in known:
            yield Finding("DK501", where, "results.unknown_task", {"id": task_id}, at_key=True)
            continue
        if task_id not in held:
            yield Finding(
                "DK502",
                where,
                "results.not_a_duty",
                {"id": task_id, "code": results.agency},
                at_key=True,
            )
        if result.completed is not None:
            if not period.first_day <= result.completed <= period.last_day:
                yield Finding(
                    "DK503",
                    (*where, "completed"),
                    "results.outside_period",
                    {"day": str(result.completed), "period": str(period)},
                )
            elif result.completed > results.as_of:
                yield Finding(
                    "DK503",
                    (*where, "completed"),
                    "results.after_as_of",
                    {"day": str(result.completed), "as_of": str(results.as_of)},
                )
        elif str(result.status) == "done":
            yield Finding("DK506", (*where, "status"), "results.done_no_date", {"id": task_id})
        for fmt in result.products:
            if fmt not in used:
                yield Finding(
                    "DK504",
                    (*where, "products", str(fmt)),
                    "results.unused_media",
                    {"format": str(fmt)},
                    at_key=True,
                )
