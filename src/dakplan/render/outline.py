"""The body of a version 2 plan as the lines a template prints, in document order.

Numbers and marks come from the one walk over the tree (``Plan.walk``), so a template never
counts sections itself: it prints each line's heading level or mark, its number and its text.
"""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.model.v2 import Plan
from dakplan.model.v2.body import Section
from dakplan.model.v2.plan import printed_text


@dataclass(frozen=True)
class Line:
    kind: str
    """"heading" (a section's heading line), "paragraph" (a block standing in a section) or
    "item" (an entry of a bullet or numbered list)."""
    level: int
    """A heading's depth (1 for a top-level section); an item's list depth (1, 2, ...)."""
    number: str | None
    """The number as printed ("IV.", "5.", "a)"); None when it has none."""
    mark: str | None
    """An unnumbered item's mark: "-" at the first list depth, "+" below."""
    text: str
    """The first paragraph of the text (a heading's text for a heading line)."""
    more: tuple[str, ...]
    """The text's further paragraphs, printed as paragraphs under it."""
    block: str
    """What it is: section, paragraph, item, duty, theme, media, clause."""
    part: str | None
    """The kind of the nearest section that has one (implementation, funding, ...)."""


def outline(plan: Plan) -> list[Line]:
    """Every heading, paragraph and list item of the body, in the order printed."""
    labels = plan.media_labels()
    out: list[Line] = []
    for place in plan.walk():
        thing = place.thing
        part = str(place.part) if place.part is not None else None
        if isinstance(thing, Section):
            if thing.heading is not None:
                out.append(Line("heading", place.depth, place.number, None, thing.heading, (),
                                "section", part))
            continue
        if place.kind in ("bullets", "numbered"):
            continue
        text = printed_text(thing, labels)
        first, *more = [p.strip() for p in text.split("\n\n") if p.strip()] or [""]
        if place.depth:
            mark = None if place.number is not None else ("-" if place.depth == 1 else "+")
            out.append(Line("item", place.depth, place.number, mark, first, tuple(more),
                            str(place.kind), part))
        else:
            out.append(Line("paragraph", 0, None, None, first, tuple(more), str(place.kind),
                            part))
    return out
