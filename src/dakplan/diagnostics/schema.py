"""Pydantic's validation errors -> findings a person can act on, at the line to edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError

from dakplan.diagnostics import Finding, Invalid, Message, Param

_TYPE_ERRORS = {
    "string_type": "type.text",
    "int_type": "type.number",
    "int_from_float": "type.number",
    "date_type": "type.date",
    "date_from_datetime_inexact": "type.date",
    "list_type": "type.list",
    "dict_type": "type.mapping",
    "model_type": "type.mapping",
    "model_attributes_type": "type.mapping",
    "bool_type": "type.boolean",
    "none_required": "type.empty",
}

_PATTERNS = {
    r"^[a-z0-9][a-z0-9-]*$": "schema.form_id",
    r"^[A-Z][A-Z0-9_]*$": "schema.form_code",
}


def describe(value: Any) -> Param:
    """How a value looks to the person who typed it."""
    if value is None:
        return Message("type.empty")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 40 else f"'{value[:37]}...'"
    if isinstance(value, list):
        return Message("type.list")
    if isinstance(value, dict):
        return Message("type.mapping")
    return Message("type.other")


@cache
def _all_field_names(root: type[BaseModel]) -> tuple[str, ...]:
    names: set[str] = set()
    stack: list[type[BaseModel]] = [root]
    seen: set[type[BaseModel]] = set()
    while stack:
        model = stack.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            stack.extend(_models_in(info.annotation))
    return tuple(sorted(names))


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        yield from _models_in(arg)
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and origin is not annotation:
        yield from _models_in(origin)


MAX_HINTS = 200
"""Unknown keys past this many get no "did you mean" (a hostile file may have 100,000)."""


def findings(error: ValidationError, root: type[BaseModel]) -> Iterator[Finding]:
    """One finding per pydantic error, located by its path in the document.

    A misspelt key shows up twice in pydantic (an unknown key, and the missing key it was meant
    to be); only the unknown key is reported, with the suggestion.
    """
    import difflib  # here: a plan that passes the schema (the cold start) never needs it

    items = error.errors(include_url=False)
    missing = {tuple(i["loc"]) for i in items if i["type"] == "missing"}
    # A suggestion costs a fuzzy match over every field name: only the first MAX_HINTS unknown
    # keys get one (a hostile file may have 100,000).
    unknown = [tuple(i["loc"]) for i in items if i["type"] == "extra_forbidden"]
    nearest = {loc: difflib.get_close_matches(str(loc[-1]), _all_field_names(root), n=1)
               for loc in unknown[:MAX_HINTS]}
    typos: set[tuple[object, ...]] = set()
    for loc, near in nearest.items():
        if near and (*loc[:-1], near[0]) in missing:
            typos.add((*loc[:-1], near[0]))
    for item in items:
        if tuple(item["loc"]) in typos:
            continue
        loc = tuple(item["loc"])
        kind = item["type"]
        value = item.get("input")
        ctx = item.get("ctx") or {}
        if kind == "missing":
            yield Finding("DK101", loc[:-1], "schema.missing", {"key": str(loc[-1])})
        elif kind == "union_tag_not_found":
            yield Finding("DK101", loc, "schema.missing",
                          {"key": str(ctx.get("discriminator", "type")).strip("'")})
        elif kind == "extra_forbidden":
            near = nearest.get(loc, [])
            hint: Param = Message("schema.hint", {"near": near[0]}) if near else ""
            yield Finding("DK102", loc, "schema.unknown", {"key": str(loc[-1]), "hint": hint},
                          at_key=True)
        elif kind in _TYPE_ERRORS:
            yield Finding("DK103", loc, "schema.type", {"expected": Message(_TYPE_ERRORS[kind]),
                                                        "got": describe(value)})
        elif kind in ("enum", "literal_error", "union_tag_invalid"):
            choices = str(ctx.get("expected") or ctx.get("expected_tags") or "")
            got = value if not isinstance(value, dict) else ctx.get("tag", "")
            if isinstance(value, str | int) and not isinstance(value, bool) or kind != "enum":
                yield Finding("DK104", loc, "schema.choice", {"got": str(got), "choices": choices})
            else:
                yield Finding("DK103", loc, "schema.type", {"expected": Message("type.text"),
                                                            "got": describe(value)})
        elif kind == "string_pattern_mismatch":
            pattern = str(ctx.get("pattern", ""))
            form = (Message(_PATTERNS[pattern]) if pattern in _PATTERNS
                    else Message("schema.form_other", {"pattern": pattern}))
            yield Finding("DK104", loc, "schema.not_form", {"value": describe(value),
                                                            "form": form})
        elif kind in ("is_instance_of", "union_tag_invalid") or kind.endswith("_type"):
            yield Finding("DK103", loc, "schema.type", {"expected": Message("type.other"),
                                                        "got": describe(value)})
        else:
            cause = ctx.get("error")  # what a validator of the model raised
            detail: Param = (cause.text if isinstance(cause, Invalid)
                             else item["msg"].removeprefix("Value error, "))
            yield Finding("DK104", loc, "schema.value",
                          {"value": describe(value), "detail": detail})
