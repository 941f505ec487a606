"""Where a task stands in the document: its part and numbered section."""

from __future__ import annotations

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


def places(plan: Plan) -> dict[str, Place]:
    """Duty id -> its place, from the one walk over the tree."""
    out: dict[str, Place] = {}
    for place in plan.duties():
        assert isinstance(place.thing, Duty)
        out[place.thing.id] = Place(None if place.part is None else str(place.part),
                                    place.label, place.section_title)
    return out
