"""The body of a version 2 plan: an ordered tree of sections holding blocks.

Every block is a mapping with one key that names its kind (``- paragraph: ...``,
``- duty: {...}``, ``- section: {...}``); any block may stand in any section, at any depth.
"""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Discriminator, Field, Tag, model_validator

from dakplan.model.base import Code, Id, Lax, Strict, Text
from dakplan.model.content import Event
from dakplan.model.tasks import Status
from dakplan.model.v2.frame import CitedDocument
from dakplan.model.v2.numbering import NumberStyle
from dakplan.model.v2.timing import Timing


class Progress(Strict):
    """One progress record reported for a duty."""

    date: dt.date
    """When it was reported or done."""
    note: Text | None = None
    """What was done, in a sentence."""
    agency: Code | None = None
    """Who reported or delivered, when a group shares the duty."""
    products: dict[Id, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    """Products delivered, per media format code: {bao-hinh: 12}."""
    amount: Annotated[int, Field(ge=0)] | None = None
    """Money spent, in đồng."""
    contract: Text | None = None
    """The contract it was paid under, as numbered."""


class Duty(Strict):
    """One duty of the plan, wherever it stands."""

    id: Id
    lead: Code
    """The agency or group responsible (chủ trì)."""
    coordinate: list[Code] = Field(default_factory=list)
    """Agencies or groups it works with (phối hợp)."""
    timing: Timing
    """When: one or several deadlines, a window, recurring, or throughout the period."""
    themes: list[Id] = Field(default_factory=list)
    """Ids of the content themes it serves."""
    media: list[Id] = Field(default_factory=list)
    """Codes of the media formats it produces for."""
    status: Lax[Status] | None = None
    """Reported status; empty until someone reports."""
    progress: list[Progress] = Field(default_factory=list)
    """Progress records, oldest first."""
    text: Text
    """The duty as issued."""


class Theme(Strict):
    """One content theme ("Nội dung truyền thông"), wherever it stands."""

    id: Id
    text: Text
    """The theme as issued."""
    documents: list[CitedDocument] = Field(default_factory=list)
    """Documents the theme refers to."""
    events: list[Event] = Field(default_factory=list)
    """Events the theme refers to (version 1's)."""


class MediaUse(Strict):
    """A "Hình thức" statement: which media formats the plan uses."""

    text: Text | None = None
    """The text as issued; empty: the formats' labels, joined with ", "."""
    formats: list[Id] = Field(default_factory=list)
    """Codes of the formats it names (the four press types or the plan's own)."""

    @model_validator(mode="after")
    def _says_something(self) -> "MediaUse":
        if self.text is None and not self.formats:
            raise ValueError("a media block needs its 'text' or its 'formats'")
        return self


class FundingSource(StrEnum):
    """Where the money of a funding clause comes from."""

    EACH_PARTY = "each_party"
    STATE_BUDGET = "state_budget"
    SOCIALISED = "socialised"
    OTHER = "other"


class Clause(Strict):
    """A funding rule that is not a duty ("each party bears its own costs")."""

    id: Id
    text: Text
    """The clause as issued."""
    source: Lax[FundingSource] | None = None
    """Where the money comes from: each_party, state_budget, socialised (xã hội hóa), other."""
    amount: Annotated[int, Field(ge=0)] | None = None
    """The sum in đồng the clause names."""


class SectionKind(StrEnum):
    """What a section is, for the report and the queries; nothing reads its position."""

    OBJECTIVES = "objectives"
    PURPOSES = "purposes"
    REQUIREMENTS = "requirements"
    CONTENT = "content"
    THEMES = "themes"
    FORMS = "forms"
    DUTIES = "duties"
    IMPLEMENTATION = "implementation"
    FUNDING = "funding"
    REPORTING = "reporting"
    SCHEDULE = "schedule"


class ParagraphBlock(Strict):
    """A paragraph of the document: ``- paragraph: TEXT``."""

    paragraph: Text
    """A paragraph as issued."""


class DutyBlock(Strict):
    """A duty, printed as its text: ``- duty: {id, lead, timing, text}``."""

    duty: Duty
    """The duty."""


class ThemeBlock(Strict):
    """A content theme, printed as its text: ``- theme: {id, text}``."""

    theme: Theme
    """The theme."""


class MediaBlock(Strict):
    """A "Hình thức" statement: ``- media: {text, formats}``."""

    media: MediaUse
    """The statement and the formats it names."""


class ClauseBlock(Strict):
    """A funding clause, printed as its text: ``- clause: {id, text, source}``."""

    clause: Clause
    """The clause."""


class BulletsBlock(Strict):
    """A bulleted list: ``- bullets: [ITEM, ...]``."""

    bullets: Annotated[list["Item"], Field(min_length=1)]
    """The items, printed with "- " ("+ " under another item)."""


class NumberedList(Strict):
    """A numbered list: its style, its first number, its items."""

    style: Lax[NumberStyle] = NumberStyle.ARABIC
    """How the items are numbered: "1.", "1)", "a)", "a.", "I."."""
    start: Annotated[int, Field(ge=1)] = 1
    """The number of the first item."""
    items: Annotated[list["Item"], Field(min_length=1)]
    """The items."""


class NumberedBlock(Strict):
    """A numbered list: ``- numbered: {style: "1.", items: [ITEM, ...]}``."""

    numbered: NumberedList
    """The list."""


class Section(Strict):
    """A section: its number, its heading, its blocks."""

    id: Id | None = None
    """A stable id, needed to waive a finding about it or to follow it in a diff."""
    kind: Lax[SectionKind] | None = None
    """What the section is (objectives, themes, implementation, funding, ...)."""
    number: Text | None = None
    """The number as printed ("5."), when the numbering styles would not give it."""
    numbered: bool = True
    """false: the section prints no number and does not count."""
    heading: Text | None = None
    """The heading as printed, without its number; a section may have none."""
    numbering: list[Lax[NumberStyle]] | None = None
    """Numbering styles of the levels below this section, outermost first."""
    blocks: list["Block"] = Field(default_factory=list)
    """Its blocks, in order."""

    @model_validator(mode="after")
    def _number_or_not(self) -> "Section":
        if self.number is not None and not self.numbered:
            raise ValueError("a section with 'numbered: false' cannot have a 'number'")
        return self


class SectionBlock(Strict):
    """A section: ``- section: {heading, blocks}``."""

    section: Section
    """The section."""


_TAGS: dict[type[BaseModel], str] = {
    ParagraphBlock: "paragraph", BulletsBlock: "bullets", NumberedBlock: "numbered",
    DutyBlock: "duty", ThemeBlock: "theme", MediaBlock: "media", ClauseBlock: "clause",
    SectionBlock: "section",
}
BLOCK_KINDS = tuple(_TAGS.values())


def _tag(value: Any) -> str | None:
    """The kind of a block: its one key (the first known key when it has several, so that
    the others are reported as unknown keys)."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        for key in value:
            if key in BLOCK_KINDS:
                return str(key)
        return str(next(iter(value))) if value else None
    return _TAGS.get(type(value))


Item = Annotated[
    Annotated[Text, Tag("text")]
    | Annotated[DutyBlock, Tag("duty")]
    | Annotated[ThemeBlock, Tag("theme")]
    | Annotated[MediaBlock, Tag("media")]
    | Annotated[ClauseBlock, Tag("clause")]
    | Annotated[BulletsBlock, Tag("bullets")]
    | Annotated[NumberedBlock, Tag("numbered")],
    Discriminator(_tag),
]
"""An item of a list: a text, a duty, theme, media statement or clause, or a sub-list."""

Block = Annotated[
    Annotated[ParagraphBlock, Tag("paragraph")]
    | Annotated[BulletsBlock, Tag("bullets")]
    | Annotated[NumberedBlock, Tag("numbered")]
    | Annotated[DutyBlock, Tag("duty")]
    | Annotated[ThemeBlock, Tag("theme")]
    | Annotated[MediaBlock, Tag("media")]
    | Annotated[ClauseBlock, Tag("clause")]
    | Annotated[SectionBlock, Tag("section")],
    Discriminator(_tag),
]
"""A block of the body or of a section."""

Thing = str | Duty | Theme | MediaUse | Clause | Section | NumberedList | list[Any]
"""What a walk over the tree yields: a text, a duty, theme, media statement, clause, section,
or a list (bullets or numbered)."""

Kind = Literal["paragraph", "item", "bullets", "numbered", "duty", "theme", "media", "clause",
               "section"]
