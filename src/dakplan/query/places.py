"""Where a task stands in the document: its part and numbered section."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from dakplan.model import Plan, Task

# --- sections -----------------------------------------------------------------------------

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass(frozen=True)
class Place:
    """Where a task stands in the document."""

    part: Literal["implementation", "funding", "reporting"]
    section: str | None
    """The printed number: "III.2" for the second part of "Tổ chức thực hiện", "IV" for
    funding; None for the reporting paragraph, which stands after the numbered sections."""
    title: str | None
    """The heading of the part of "Tổ chức thực hiện" or of funding; None for reporting."""
    index: int | None = None
    """Which part of "Tổ chức thực hiện" (0 for the first); None outside it."""


def located(plan: Plan) -> Iterator[tuple[Place, Task]]:
    """Every task with its place, in document order: the one walk over the plan's sections.
    Sections are numbered I, II, ... in the order the plan prints them (objectives, content,
    implementation, funding), counting only those it has."""
    present = [
        bool(plan.purposes or plan.requirements),
        bool(plan.themes or plan.media),
        bool(plan.implementation),
        plan.funding is not None,
    ]
    numbers = {}
    n = 0
    for name, has in zip(("objectives", "content", "implementation", "funding"), present,
                         strict=True):
        if has:
            numbers[name] = _ROMAN[n] if n < len(_ROMAN) else str(n + 1)
            n += 1
    for i, part in enumerate(plan.implementation):
        place = Place("implementation", f"{numbers['implementation']}.{i + 1}", part.heading, i)
        for task in part.tasks:
            yield place, task
    if plan.funding is not None:
        place = Place("funding", numbers["funding"], plan.headings.funding)
        for item in plan.funding.items:
            if isinstance(item, Task):
                yield place, item
    for task in plan.reporting:
        yield Place("reporting", None, None), task


def places(plan: Plan) -> dict[str, Place]:
    """Task id -> its place (``located``); a duplicated id keeps its first place."""
    out: dict[str, Place] = {}
    for place, task in located(plan):
        out.setdefault(task.id, place)
    return out
