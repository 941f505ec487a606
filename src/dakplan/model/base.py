"""The base of every model: strict, closed, documented."""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, TypeVar

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, StringConstraints
from pydantic import Strict as _Strict
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema


class Strict(BaseModel):
    """Unknown keys are errors and nothing is coerced (no ``"yes"`` -> True, no 1 -> "1")."""

    # Start-up time: the validator is built when first used (one build for Plan, not one per
    # model), and the docstrings under the fields are read only when a JSON Schema is made
    # (pydantic's use_attribute_docstrings parses every model's source at import).
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        populate_by_name=False,
        defer_build=True,
    )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = super().__get_pydantic_json_schema__(core_schema, handler)
        target = handler.resolve_ref_schema(json_schema)
        properties = target.get("properties", {})
        for name, doc in field_docs(cls).items():
            if name in properties and cls.model_fields[name].description is None:
                properties[name] = {**properties[name], "description": doc}
        return json_schema


@cache
def field_docs(cls: type) -> dict[str, str]:
    """The docstring under each annotated field of ``cls`` and its bases, as pydantic's
    ``use_attribute_docstrings`` reads them (a subclass's own docstring wins)."""
    import ast
    import inspect
    import textwrap

    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not (isinstance(klass, type) and issubclass(klass, Strict)):
            continue
        try:
            source = textwrap.dedent(inspect.getsource(klass))
        except (OSError, TypeError):
            continue
        body = ast.parse(source).body[0].body  # type: ignore[attr-defined]
        for field, after in zip(body, body[1:], strict=False):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[field.target.id] = inspect.cleandoc(after.value.value)
    return docs


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

FIRST_YEAR, LAST_YEAR = 1945, 2200
"""The years a plan can cover; every date typed on the command line falls within them too."""

Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR,
                            description="A calendar year, e.g. 2020.")]

YEAR_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

E = TypeVar("E")
Lax = Annotated[E, _Strict(False)]
"""An enum field that takes its value's text, as YAML gives it (strict mode wants instances)."""
