"""The version 2 plan: the frame, the registry, the vocabulary, and the body as a tree."""

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import Field, PrivateAttr, StringConstraints

from dakplan.model.agencies import Agency, Group
from dakplan.model.base import Code, Id, Lax, Strict, Text
from dakplan.model.content import MEDIA_LABELS
from dakplan.model.v2.body import (
    Block,
    BulletsBlock,
    Clause,
    ClauseBlock,
    Duty,
    DutyBlock,
    Item,
    Kind,
    MediaBlock,
    MediaUse,
    NumberedBlock,
    ParagraphBlock,
    Section,
    SectionBlock,
    SectionKind,
    Theme,
    ThemeBlock,
    Thing,
)
from dakplan.model.v2.frame import Basis, Document
from dakplan.model.v2.numbering import NumberStyle, join, number

SCHEMA_VERSION = 2

PRESS_FORMATS: dict[str, str] = {str(code): label for code, label in MEDIA_LABELS.items()}
"""The four press types, always known: bao-in, bao-dien-tu, bao-hinh, bao-noi."""

DEFAULT_NUMBERING = (NumberStyle.ROMAN, NumberStyle.ARABIC, NumberStyle.LETTER)

Path = tuple[str | int, ...]


class MediaFormat(Strict):
    """A media format the plan adds to the four press types."""

    code: Id
    """Its code, used in media blocks, duties and progress records: mang-xa-hoi."""
    label: Text
    """Its name as printed: "Mạng xã hội"."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people type for ``--media``."""


WaiverTarget = Annotated[
    str,
    StringConstraints(pattern=r"^(document(\.[a-z_]+)?|(basis|duty|theme|clause|section|media):"
                              r"[a-z0-9][a-z0-9-]*|(agency|group):[A-Z][A-Z0-9_]*)$"),
    Field(description="What the waived finding is about: document, document.FIELD, basis:ID, "
                      "duty:ID, theme:ID, clause:ID, section:ID, media:CODE, agency:CODE, "
                      "group:CODE."),
]


class Waiver(Strict):
    """A finding accepted as a known defect of the issued document, with the reason."""

    code: Annotated[str, StringConstraints(pattern=r"^DK\d{3}$")]
    """The code of the accepted finding: DK303."""
    at: WaiverTarget
    """What the finding is about, by stable id: basis:qd-312-ubnd."""
    reason: Text
    """Why it is accepted."""


class Report(Strict):
    """What the results report adds beyond the duties' own progress records."""

    problems: list[Text] = Field(default_factory=list)
    """Difficulties and obstacles met ("Khó khăn, vướng mắc")."""
    proposals: list[Text] = Field(default_factory=list)
    """Proposals and recommendations ("Kiến nghị, đề xuất")."""
    next_period: list[Text] = Field(default_factory=list)
    """Items for the next year or period."""


@dataclass(frozen=True, slots=True)
class Place:
    """One thing of the body where it stands: found by the one walk over the tree."""

    path: Path
    """Its path in the file."""
    kind: Kind
    thing: Thing
    numbers: tuple[str, ...]
    """The numbers of its enclosing numbered sections, outermost first, and its own (a
    numbered section's, or a numbered list item's)."""
    sections: tuple[Section, ...]
    """The sections it stands in, outermost first (a section is not among its own)."""
    number: str | None = None
    """Its own printed number, when it has one."""
    depth: int = 0
    """Nesting: 1 for a top-level section; a list item one more than its list."""

    @property
    def label(self) -> str | None:
        """Where it stands in the document's numbers: "IV.2", "5. a)"; None when nowhere."""
        return _label(self.numbers)

    @property
    def part(self) -> SectionKind | None:
        """The kind of the nearest enclosing section (or itself) that has one."""
        chain = (*self.sections, self.thing) if isinstance(self.thing, Section) else self.sections
        for section in reversed(chain):
            if isinstance(section, Section) and section.kind is not None:
                return section.kind
        return None

    @property
    def section_title(self) -> str | None:
        """The heading of the nearest enclosing section that has one."""
        for section in reversed(self.sections):
            if section.heading is not None:
                return section.heading
        return None


_ITEM_MARK = {"bullets": "- ", "sub_bullets": "+ "}


class Plan(Strict):
    """A plan ("Kế hoạch"), format version 2: the document as a tree of sections."""

    dakplan: Literal[2]
    """The version of this file format."""
    document: Document
    """The header and frame of the document."""
    bases: list[Basis] = Field(default_factory=list)
    """The bases ("Căn cứ", "Thực hiện", "Theo đề nghị của", "Xét đề nghị của") in order."""
    agencies: list[Agency]
    """The registry of agencies the plan names."""
    groups: list[Group] = Field(default_factory=list)
    """Groups whose members share the group's duties."""
    partners: list[Code] = Field(default_factory=list)
    """Codes of the agencies and groups the plan works with as partners."""
    media_formats: list[MediaFormat] = Field(default_factory=list)
    """Media formats the plan adds to the four press types."""
    numbering: list[Lax[NumberStyle]] = list(DEFAULT_NUMBERING)
    """Numbering styles of the levels of sections, outermost first."""
    body: list[Block] = Field(default_factory=list)
    """The blocks between the bases and "Nơi nhận", in order."""
    waivers: list[Waiver] = Field(default_factory=list)
    """Findings accepted as known defects of the issued document, with reasons."""
    report: Report | None = None
    """What the results report adds."""
    _registry_sources: dict[str, str] = PrivateAttr(default_factory=dict)

    # --- the registry ---------------------------------------------------------------------

    def registry_source(self, code: str) -> str | None:
        """The shared registry file an agency or group was read from (``dakplan.shared``);
        None for the plan's own entries."""
        return self._registry_sources.get(code)

    def read_with_registry(self, sources: dict[str, str]) -> None:
        """Record which entries came from a shared registry: code -> the registry's file."""
        self._registry_sources = dict(sources)

    # --- the vocabulary -------------------------------------------------------------------

    def media_labels(self) -> dict[str, str]:
        """Every known format code with its label: the press types, then the plan's own."""
        return {**PRESS_FORMATS, **{f.code: f.label for f in self.media_formats}}

    def formats_used(self) -> list[str]:
        """The format codes the plan uses, in document order: its media blocks', then its
        duties'; each once."""
        used = [f for _, use in self.media_uses() for f in use.formats]
        used += [f for _, duty, _ in self.located_duties() for f in duty.media]
        return list(dict.fromkeys(used))

    # --- the one walk over the tree -------------------------------------------------------

    def walk(self) -> Iterator[Place]:
        """Every section, block and list item of the body, in document order.

        The walk of one plan is done once for the few plans walked last (``_walked``): a
        command walks a plan in its checks, then again for its answer (``tasks`` placing each
        duty, ``render`` its outline), and walking is most of what some of those cost."""
        return iter(_walked(self))

    def duties(self) -> Iterator[Place]:
        """Every duty, wherever it stands, in document order (``place.thing`` is the Duty)."""
        return (place for place in self.walk() if place.kind == "duty")

    def located_duties(self) -> Iterator[tuple[Path, Duty, str | None]]:
        """Every duty with its path and its label."""
        for place in self.duties():
            assert isinstance(place.thing, Duty)
            yield place.path, place.thing, place.label

    def themes(self) -> Iterator[tuple[Path, Theme]]:
        for place in self.walk():
            if isinstance(place.thing, Theme):
                yield place.path, place.thing

    def clauses(self) -> Iterator[tuple[Path, Clause]]:
        for place in self.walk():
            if isinstance(place.thing, Clause):
                yield place.path, place.thing

    def media_uses(self) -> Iterator[tuple[Path, MediaUse]]:
        for place in self.walk():
            if isinstance(place.thing, MediaUse):
                yield place.path, place.thing

    def sections(self, kind: SectionKind | str | None = None) -> Iterator[Place]:
        """Every section (of ``kind`` when given), in document order."""
        for place in self.walk():
            if isinstance(place.thing, Section) and (kind is None or place.thing.kind == kind):
                yield place

    # --- the printed text -----------------------------------------------------------------

    def printed_lines(self) -> list[str]:
        """The lines of the document from the bases to the closing sentence, as printed
        (one per paragraph, heading or list item, with its number or mark)."""
        lines = [basis.text for basis in self.bases]
        labels = self.media_labels()
        for place in self.walk():
            thing = place.thing
            if isinstance(thing, Section):
                if thing.heading is not None:
                    lines.append(f"{place.number} {thing.heading}" if place.number
                                 else thing.heading)
                continue
            if place.kind in ("bullets", "numbered"):
                continue
            for paragraph in printed_text(thing, labels).split("\n\n"):
                lines.append(_mark(place) + " ".join(paragraph.split()))
        return lines

    def sentences(self) -> list[str]:
        """The document's sentences in order, bases to closing (headings and marks included)."""
        out: list[str] = []
        for line in self.printed_lines():
            out += [s for s in re.split(r"(?<=\.)\s+", line) if s]
        return out


def printed_text(thing: object, labels: dict[str, str]) -> str:
    """The text a block or item prints: its own, or for a media statement without one, its
    formats' labels (``labels``: ``Plan.media_labels``) joined with ", "."""
    if isinstance(thing, MediaUse):
        return thing.text or ", ".join(labels.get(f, f) for f in thing.formats)
    if isinstance(thing, str):
        return thing
    return thing.text  # type: ignore[attr-defined, no-any-return]


def _mark(place: Place) -> str:
    if place.number is not None and place.kind != "section" and place.depth:
        return f"{place.number} "
    if place.depth >= 2:
        return "+ "
    if place.depth == 1:
        return "- "
    return ""


def _inner(block: object) -> tuple[Kind, Thing]:
    if isinstance(block, ParagraphBlock):
        return "paragraph", block.paragraph
    if isinstance(block, DutyBlock):
        return "duty", block.duty
    if isinstance(block, ThemeBlock):
        return "theme", block.theme
    if isinstance(block, MediaBlock):
        return "media", block.media
    if isinstance(block, ClauseBlock):
        return "clause", block.clause
    raise TypeError(type(block).__name__)


_WALKS: dict[int, tuple[weakref.ref[Plan], tuple[Place, ...]]] = {}
"""id(plan) -> (the plan, its walk): the plans walked last, each until it is let go."""
_KEEP_WALKS = 4


def _walked(plan: Plan) -> tuple[Place, ...]:
    """``plan.walk()`` as a tuple, the same for as long as the plan lives (a plan, its
    sections and a ``Place`` are frozen, so a walk stays true). An entry goes when its plan
    is let go (a walk refers to the body, not to the plan), or when more plans are walked."""
    key = id(plan)
    entry = _WALKS.get(key)
    if entry is not None and entry[0]() is plan:
        return entry[1]
    styles = tuple(NumberStyle(s) for s in plan.numbering)
    places = tuple(_blocks(plan.body, ("body",), (), (), styles, 1))
    while len(_WALKS) >= _KEEP_WALKS:
        del _WALKS[next(iter(_WALKS))]  # the oldest

    def gone(ref: weakref.ref[Plan], key: int = key) -> None:
        if _WALKS.get(key, (None,))[0] is ref:
            del _WALKS[key]

    _WALKS[key] = (weakref.ref(plan, gone), places)
    return places


@lru_cache(maxsize=4096)
def _label(numbers: tuple[str, ...]) -> str | None:
    """``numbering.join``, once per distinct chain of numbers: every duty under one section
    has the same label, asked for on every walk of the tree."""
    return join(numbers)


def _blocks(blocks: list[Block], path: Path, numbers: tuple[str, ...],
            sections: tuple[Section, ...], styles: tuple[NumberStyle, ...],
            depth: int) -> Iterator[Place]:
    count = 0
    for i, block in enumerate(blocks):
        here = (*path, i)
        if isinstance(block, SectionBlock):
            section = block.section
            own: str | None = None
            if section.numbered:
                if section.number is not None:
                    own = section.number
                    count += 1
                elif styles and styles[0] is not NumberStyle.NONE:
                    count += 1
                    own = number(styles[0], count, numbers[-1] if numbers else None)
            inner = (*numbers, own) if own else numbers
            yield Place((*here, "section"), "section", section, inner, sections, own, depth)
            below = (tuple(NumberStyle(s) for s in section.numbering)
                     if section.numbering is not None else styles[1:])
            yield from _blocks(section.blocks, (*here, "section", "blocks"), inner,
                               (*sections, section), below, depth + 1)
        elif isinstance(block, BulletsBlock):
            yield Place((*here, "bullets"), "bullets", block.bullets, numbers, sections)
            yield from _items(block.bullets, (*here, "bullets"), numbers, sections, None, 1, 1)
        elif isinstance(block, NumberedBlock):
            listed = block.numbered
            yield Place((*here, "numbered"), "numbered", listed, numbers, sections)
            yield from _items(listed.items, (*here, "numbered", "items"), numbers, sections,
                              NumberStyle(listed.style), listed.start, 1)
        else:
            kind, thing = _inner(block)
            yield Place((*here, kind), kind, thing, numbers, sections)


def _items(items: list[Item], path: Path, numbers: tuple[str, ...],
           sections: tuple[Section, ...], style: NumberStyle | None, start: int,
           depth: int) -> Iterator[Place]:
    n = start - 1
    previous: str | None = None
    for j, item in enumerate(items):
        here = (*path, j)
        if isinstance(item, BulletsBlock | NumberedBlock):
            under = (*numbers, previous) if previous else numbers
            if isinstance(item, BulletsBlock):
                yield Place((*here, "bullets"), "bullets", item.bullets, under, sections)
                yield from _items(item.bullets, (*here, "bullets"), under, sections, None, 1,
                                  depth + 1)
            else:
                listed = item.numbered
                yield Place((*here, "numbered"), "numbered", listed, under, sections)
                yield from _items(listed.items, (*here, "numbered", "items"), under, sections,
                                  NumberStyle(listed.style), listed.start, depth + 1)
            continue
        own = None
        if style is not None and style is not NumberStyle.NONE:
            n += 1
            own = number(style, n, numbers[-1] if numbers else None)
        previous = own
        inner = (*numbers, own) if own else numbers
        if isinstance(item, str):
            yield Place(here, "item", item, inner, sections, own, depth)
        else:
            kind, thing = _inner(item)
            yield Place((*here, kind), kind, thing, inner, sections, own, depth)
