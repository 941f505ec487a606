"""The base of every model: strict, closed, documented."""

from __future__ import annotations

import re
from typing import Annotated, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic import Strict as _Strict


class Strict(BaseModel):
    """Unknown keys are errors and nothing is coerced (no ``"yes"`` -> True, no 1 -> "1")."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        use_attribute_docstrings=True,
        populate_by_name=False,
    )


Text = Annotated[str, StringConstraints(min_length=1)]
"""Non-empty text, kept exactly as written (after NFC normalisation by the loader)."""

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64),
    Field(description="A stable identifier: lower-case ASCII letters, digits and hyphens."),
]

Code = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z][A-Z0-9_]*$", max_length=32),
    Field(description="A short ASCII code in capitals, e.g. STTTT, TTXVN, VOV, VTV8."),
]

Year = Annotated[int, Field(ge=1945, le=2200, description="A calendar year, e.g. 2020.")]

YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

E = TypeVar("E")
Lax = Annotated[E, _Strict(False)]
"""An enum field that takes its value's text, as YAML gives it (strict mode wants instances)."""
