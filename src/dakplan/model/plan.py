"""The plan: one file, the whole document."""

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from dakplan.model.agencies import Agency, Group
from dakplan.model.base import Strict, Text
from dakplan.model.content import Headings, Media, Theme
from dakplan.model.document import Basis, Document
from dakplan.model.report import Report
from dakplan.model.tasks import FundingItem, Part, Task

SCHEMA_VERSION = 1


class Funding(Strict):
    """Section "Kinh phí": clauses and funding duties, in the order issued."""

    items: list[FundingItem]
    """Clauses (id, text) and duties (with a lead and a timing), in order."""


class Plan(Strict):
    """A plan ("Kế hoạch") of a People's Committee, as issued."""

    dakplan: Literal[1]
    """The version of this file format."""
    document: Document
    """The header and frame of the document: number, date, subject, period, signature."""
    bases: list[Basis] = Field(default_factory=list)
    """The legal bases ("Căn cứ ...", "Thực hiện ...") in order."""
    agencies: list[Agency]
    """The registry of agencies the plan names."""
    groups: list[Group] = Field(default_factory=list)
    """Groups whose members share the group's duties."""
    # Built without validating (there is nothing to validate: every field takes its default),
    # so that importing the model builds no validator; the value is the same as Headings().
    headings: Headings = Headings.model_construct()
    """Section headings as printed, when they differ from the usual ones."""
    purposes: list[Text] = Field(default_factory=list)
    """"Mục đích": one entry per bullet."""
    requirements: list[Text] = Field(default_factory=list)
    """"Yêu cầu": one entry per bullet."""
    themes: list[Theme] = Field(default_factory=list)
    """"Nội dung truyền thông"."""
    media: Media | None = None
    """"Hình thức": the media formats used."""
    implementation: list[Part] = Field(default_factory=list)
    """"Tổ chức thực hiện": one part per responsible agency or group."""
    funding: Funding | None = None
    """"Kinh phí": funding clauses and duties."""
    reporting: list[Task] = Field(default_factory=list)
    """Duties set out after the sections (the reporting paragraph)."""
    report: Report | None = None
    """What the year-end results report adds: problems, proposals, next year's items."""

    def located_tasks(self) -> Iterator[tuple[tuple[str | int, ...], Task]]:
        """Every duty in document order, with its path in the file."""
        for i, part in enumerate(self.implementation):
            for j, task in enumerate(part.tasks):
                yield ("implementation", i, "tasks", j), task
        if self.funding is not None:
            for k, item in enumerate(self.funding.items):
                if isinstance(item, Task):
                    yield ("funding", "items", k), item
        for m, task in enumerate(self.reporting):
            yield ("reporting", m), task

    def tasks(self) -> Iterator[Task]:
        """Every duty in document order: implementation, funding, reporting."""
        for part in self.implementation:
            yield from part.tasks
        if self.funding is not None:
            for item in self.funding.items:
                if isinstance(item, Task):
                    yield item
        yield from self.reporting
