"""The plain data a template sees: the one boundary between dakplan's objects and a template.

Everything handed to a template goes through ``freeze`` first, and the sandbox
(``render.sandbox``) lets a template reach nothing but what is built here:

- ``Record``: a model or a dataclass as its fields (and the model's properties, computed once),
  read as ``task.text`` or ``task["text"]``; it has no method a template could call;
- ``Table``: a mapping of plain keys to plain values (``progress.products``);
- tuples for lists; ``str``, ``int``, ``float``, ``bool``, ``None`` and ``datetime.date``
  (enumeration members become their text);
- ``Helper``: a named function dakplan wrote, over data it was given (``name(code)``).

Any other object is refused while freezing, so a new kind of value cannot reach a template by
accident. An object seen twice freezes to the same value (``duties is sameas sheet.lead``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from functools import cache, cached_property
from typing import Any

from markupsafe import Markup
from pydantic import BaseModel


class Record:
    """The fields of one model or dataclass, by name; nothing else (no public attribute of its
    own, so that a field named like a method still reads as the field)."""

    __slots__ = ("_fields", "_kind", "_text")

    def __init__(self, kind: str, fields: dict[str, Any], text: str | None = None) -> None:
        self._kind = kind
        self._fields = fields
        self._text = text

    def __getattr__(self, name: str) -> Any:
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> Any:
        return self._fields[name]

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(f"{self._kind} is a record, not a list")

    def __str__(self) -> str:
        if self._text is None:
            raise TypeError(f"{self._kind} is a record, not text: write one of its fields "
                            f"({', '.join(self._fields)})")
        return self._text

    def __repr__(self) -> str:
        return f"<{self._kind}>"



def kind_of(record: Record) -> str:
    """The name of the model a record was made from (``Task``), for messages."""
    return record._kind


def fields_of(record: Record) -> tuple[str, ...]:
    return tuple(record._fields)


class Table(Mapping[Any, Any]):
    """A read-only mapping of plain keys to plain values."""

    __slots__ = ("_items",)

    def __init__(self, items: dict[Any, Any]) -> None:
        self._items = items

    def __getitem__(self, key: Any) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return repr(self._items)


class Helper:
    """A function dakplan gives templates; it sees only the plain data it was built over."""

    __slots__ = ("_function", "_name")

    def __init__(self, name: str, function: Callable[..., Any]) -> None:
        self._name = name
        self._function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"{self._name}()"


def names(table: Mapping[str, str]) -> Helper:
    """``name(code)``: the name of an agency or group code, or the code itself."""
    frozen = {str(code): str(text) for code, text in table.items()}

    def name(code: object) -> str:
        text = str(code)
        return frozen.get(text, text)

    return Helper("name", name)


def freeze(value: Any) -> Any:
    """``value`` as plain data (see the module's documentation); ``TypeError`` for an object
    that has no plain form."""
    return _Freezer().freeze(value)


def freeze_all(values: Mapping[str, Any]) -> dict[str, Any]:
    """Every value of a template's context, frozen together (shared objects stay shared)."""
    freezer = _Freezer()
    return {str(key): freezer.freeze(value) for key, value in values.items()}


class _Freezer:
    def __init__(self) -> None:
        # id -> (original, frozen): the original is kept so that its id is not reused
        self._seen: dict[int, tuple[Any, Any]] = {}

    def freeze(self, value: Any) -> Any:
        kind = type(value)
        if kind in _SCALARS:
            return value
        if value is None or isinstance(value, (Helper, Markup, Record, Table)):
            return value  # already plain
        if isinstance(value, Enum):
            return self.freeze(value.value)
        if isinstance(value, str):
            return str(value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        seen = self._seen.get(id(value))
        if seen is not None:
            return seen[1]
        frozen = self._build(value)
        self._seen[id(value)] = (value, frozen)
        return frozen

    def _build(self, value: Any) -> Any:
        if isinstance(value, BaseModel) or (
                dataclasses.is_dataclass(value) and not isinstance(value, type)):
            names, has_text = _layout(type(value))
            fields = {name: self.freeze(getattr(value, name)) for name in names}
            return Record(type(value).__name__, fields, str(value) if has_text else None)
        if isinstance(value, Mapping):
            return Table({self.freeze(k): self.freeze(v) for k, v in value.items()})
        if isinstance(value, (list, tuple)):
            return tuple([self.freeze(item) for item in value])
        raise TypeError(f"{type(value).__name__} has no plain form for a template")


_SCALARS = frozenset({str, int, float, bool, dt.date})


@cache
def _layout(cls: Any) -> tuple[tuple[str, ...], bool]:
    """The names a record of ``cls`` has (a model's fields, then its own public properties;
    a dataclass's fields), and whether the class has a text of its own (``Period``: 2020)."""
    if issubclass(cls, BaseModel):
        names = [*cls.model_fields, *_properties(cls)]
    else:
        names = [f.name for f in dataclasses.fields(cls)]
    own_str: Any = cls.__str__
    return tuple(names), own_str not in (object.__str__, BaseModel.__str__)


def _properties(cls: type) -> list[str]:
    """The public properties a model class defines itself (``Document.number_symbol``)."""
    found: list[str] = []
    for klass in reversed(cls.__mro__):
        if klass is BaseModel or not issubclass(klass, BaseModel):
            continue
        for name, attribute in vars(klass).items():
            if (isinstance(attribute, (property, cached_property)) and not name.startswith("_")
                    and name not in found):
                found.append(name)
    return found
