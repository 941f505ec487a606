"""Duties: who must do what, with whom, by when; and what has been reported of them."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from dakplan.model.base import Code, Id, Lax, Strict, Text
from dakplan.model.content import MediaFormat


class Deadline(Strict):
    """Done by a fixed date ("trước ngày 15/12/2020")."""

    type: Literal["deadline"]
    """Always "deadline"."""
    date: dt.date
    """The last day: the duty is due on or before it."""


class Throughout(Strict):
    """A standing duty for the whole period of the plan."""

    type: Literal["throughout"]
    """Always "throughout"."""


class Frequency(StrEnum):
    """How often a recurring duty comes back."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


class Recurring(Strict):
    """A duty that comes back ("định kỳ"); the plan may not say how often."""

    type: Literal["recurring"]
    """Always "recurring"."""
    frequency: Lax[Frequency] | None = None
    """How often, when the plan says; empty for a plain "định kỳ"."""


Timing = Annotated[Deadline | Throughout | Recurring, Field(discriminator="type")]


class Status(StrEnum):
    """What the responsible agency reported. A task with no report is "not reported"."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Progress(Strict):
    """One progress record reported for a task (for the results report)."""

    date: dt.date
    """When it was reported or done (YYYY-MM-DD, unquoted)."""
    note: Text | None = None
    """What was done, in a sentence."""
    agency: Code | None = None
    """Who reported or delivered, when a group shares the task."""
    products: dict[Lax[MediaFormat], Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    """Products delivered, per media format: {bao-hinh: 12}."""
    amount: Annotated[int, Field(ge=0)] | None = None
    """Money spent, in đồng."""
    contract: Text | None = None
    """The contract it was paid under, as numbered."""


class Task(Strict):
    """One duty of the plan."""

    id: Id
    lead: Code
    """The agency or group responsible (chủ trì)."""
    coordinate: list[Code] = Field(default_factory=list)
    """Agencies or groups it works with (phối hợp)."""
    text: Text
    """The duty as issued."""
    timing: Timing
    """When: a deadline (with a date), throughout the period, or recurring."""
    themes: list[Id] = Field(default_factory=list)
    """Ids of the content themes it serves."""
    media: list[Lax[MediaFormat]] = Field(default_factory=list)
    """Media formats it produces for."""
    status: Lax[Status] | None = None
    """Reported status; empty until someone reports."""
    progress: list[Progress] = Field(default_factory=list)
    """Progress records, oldest first."""

    @property
    def due(self) -> dt.date | None:
        return self.timing.date if isinstance(self.timing, Deadline) else None


class FundingClause(Strict):
    """A funding rule that is not a duty ("each party bears its own costs")."""

    id: Id
    text: Text
    """The clause as issued."""
    source: Literal["each_party", "state_budget", "other"] | None = None
    """Where the money comes from, when the clause says."""


def _funding_tag(value: Any) -> str:
    if isinstance(value, dict):
        return "task" if "lead" in value else "clause"
    return "task" if isinstance(value, Task) else "clause"


FundingItem = Annotated[
    Annotated[Task, Tag("task")] | Annotated[FundingClause, Tag("clause")],
    Discriminator(_funding_tag),
]
"""An entry of "Kinh phí": a duty when it names who leads it, otherwise a clause."""


class Part(Strict):
    """One numbered part of "Tổ chức thực hiện": the duties of one agency or group."""

    heading: Text
    """The heading as issued, without its number."""
    tasks: list[Task]
    """The duties of this part, in order."""
