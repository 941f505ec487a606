"""Where a task stands in the document: its part and numbered section."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from dakplan.model.v2 import Duty, Plan


@dataclass(frozen=True)
class Place:
    """Where a task stands in the document."""

    part: str | None
    """The kind of the nearest section that has one: implementation, funding, reporting ..."""
    section: str | None
    """Its label in the document's own numbers: "III.2", "5. b)"; None where nothing is
    numbered (the reporting paragraph after the numbered sections)."""
    title: str | None
    """The heading of the nearest section that has one."""


def located(plan: Plan) -> Iterator[tuple[Place, Duty]]:
    """Every duty with its place, in document order: the one walk over the tree of sections."""
    for place in plan.duties():
        assert isinstance(place.thing, Duty)
        yield (Place(None if place.part is None else str(place.part), place.label,
                     place.section_title), place.thing)


def places(plan: Plan) -> dict[str, Place]:
    """Duty id -> its place (``located``); a duplicated id keeps its first place."""
    out: dict[str, Place] = {}
    for place, duty in located(plan):
        out.setdefault(duty.id, place)
    return out


def places_and_duties(plan: Plan) -> tuple[dict[str, Place], list[Duty]]:
    """``places`` and every duty in document order (``every_duty``), from one walk."""
    where: dict[str, Place] = {}
    duties: list[Duty] = []
    for place, duty in located(plan):
        where.setdefault(duty.id, place)
        duties.append(duty)
    return where, duties
