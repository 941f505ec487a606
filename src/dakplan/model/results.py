"""What one agency reports of its duties in one reporting round: a file of its own, beside the
plan and never inside it (the issued plan is a signed document)."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from dakplan.model.base import Code, Id, Lax, Strict, Text
from dakplan.model.tasks import Status

RESULTS_VERSION = 1


class TaskResult(Strict):
    """What the agency reports of one of its duties."""

    status: Lax[Status]
    """not_started, in_progress, done or cancelled, as the agency reports it."""
    completed: dt.date | None = None
    """The day the duty was done (for ``done``): on time or late is judged from it."""
    result: Text | None = None
    """What was done, in a sentence or two."""
    products: dict[Id, Annotated[int, Field(ge=0)]] = Field(default_factory=dict)
    """Products delivered, per media format code (the four press types or the plan's own):
    {bao-hinh: 12}."""
    amount: Annotated[int, Field(ge=0)] | None = None
    """Money spent, in đồng."""
    contract: Text | None = None
    """The contract it was paid under, as numbered."""


class Results(Strict):
    """One agency's report for one round (``results/<plan>/<round>/<AGENCY>.yaml``)."""

    dakplan_results: Literal[1]
    """The version of this file format."""
    plan: Text
    """The plan reported on: the stem of its file name (``2020`` for plans/2020.yaml)."""
    agency: Code
    """The reporting agency's code, as in the plan's registry."""
    round: Id
    """The reporting round, as named in the folder: ``2020-06``, ``2020-q4``."""
    as_of: dt.date
    """The day the report speaks for."""
    tasks: dict[Id, TaskResult] = Field(default_factory=dict)
    """Per task id of the plan: what was reported."""
