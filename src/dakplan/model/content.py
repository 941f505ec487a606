"""Purposes, requirements, content themes and media formats."""

from enum import StrEnum

from pydantic import Field

from dakplan.model.base import Id, Lax, Strict, Text, Year
from dakplan.model.document import DocRef


class MediaFormat(StrEnum):
    """The closed list of media formats (loại hình báo chí) of the Press Law."""

    PRINT = "bao-in"
    """Báo in: print."""
    ONLINE = "bao-dien-tu"
    """Báo điện tử: online."""
    TELEVISION = "bao-hinh"
    """Báo hình: television."""
    RADIO = "bao-noi"
    """Báo nói: radio."""

    @property
    def label(self) -> str:
        return MEDIA_LABELS[self]


MEDIA_LABELS: dict[MediaFormat, str] = {
    MediaFormat.PRINT: "Báo in",
    MediaFormat.ONLINE: "Báo điện tử",
    MediaFormat.TELEVISION: "Báo hình",
    MediaFormat.RADIO: "Báo nói",
}


class Event(Strict):
    """An event a theme refers to."""

    name: Text
    """The event as the theme names it."""
    year: Year | None = None
    """The year it takes place, when the plan says (it may lie outside the plan's period)."""


class Theme(Strict):
    """One content theme of "Nội dung truyền thông"."""

    id: Id
    text: Text
    """The bullet as issued."""
    documents: list[DocRef] = Field(default_factory=list)
    """Documents the theme refers to."""
    events: list[Event] = Field(default_factory=list)
    """Events the theme refers to."""


class Media(Strict):
    """The "Hình thức" paragraph: which media formats the plan uses."""

    text: Text | None = None
    """The paragraph as issued."""
    formats: list[Lax[MediaFormat]]
    """Codes of the media formats used: bao-in, bao-dien-tu, bao-hinh, bao-noi."""


class Headings(Strict):
    """Section headings as the plan prints them (without their numbers)."""

    objectives: Text = "MỤC ĐÍCH, YÊU CẦU"
    """Heading of section I (purposes and requirements)."""
    purposes: Text = "Mục đích"
    """Sub-heading of the purposes."""
    requirements: Text = "Yêu cầu"
    """Sub-heading of the requirements."""
    content: Text = "NỘI DUNG"
    """Heading of section II (content and media formats)."""
    themes: Text = "Nội dung truyền thông"
    """Sub-heading of the content themes."""
    media: Text = "Hình thức truyền thông"
    """Sub-heading of the media formats."""
    implementation: Text = "TỔ CHỨC THỰC HIỆN"
    """Heading of section III (who does what)."""
    funding: Text = "KINH PHÍ"
    """Heading of section IV (funding)."""
