"""Diagnostics: what a check found, where, and how bad it is.

Every problem dakplan reports is a ``Diagnostic`` with a stable code, catalogued in ``codes``.
A check finds a ``Finding`` at a path in the document; it becomes a ``Diagnostic`` when its line
is looked up. Both carry a message key and its parameters, not words: the words are chosen when
the diagnostic is shown (``message``, ``render(lang)``), in the language of the run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from dakplan.diagnostics.codes import CATALOGUE, MESSAGES, Rule, Severity
from dakplan.i18n import LANGUAGES, fill, language, template
from dakplan.i18n.printable import escape

__all__ = ["CATALOGUE", "Diagnostic", "Finding", "Invalid", "Message", "Param", "Params", "Path",
           "Rule", "Severity", "make", "render"]

Path = tuple[str | int, ...]
"""Where in the YAML document: ``("implementation", 1, "tasks", 0, "lead")``."""

_NONE: Params = MappingProxyType({})
"""No parameters (one shared, read-only mapping)."""


@dataclass(frozen=True, slots=True)
class Message:
    """A message not yet worded: its key and its parameters."""

    key: str
    params: Params = field(default_factory=dict)

    def render(self, lang: str | None = None) -> str:
        return render(self.key, self.params, lang)


Param = str | int | Message
"""A parameter of a message: plain text, a number, or a message of its own (a hint, a type)."""
Params = Mapping[str, Param]


def render(key: str, params: Params = _NONE, lang: str | None = None) -> str:
    """The message ``key`` worded in ``lang`` (default: the current language).

    A finding's messages are in its rule's entry (``codes``); the fragments several rules share
    are in the general catalogues.
    """
    lang = lang or language()
    texts = MESSAGES.get(key)
    text = texts[LANGUAGES.index(lang)] if texts else template(key, lang)
    return fill(text, {name: value.render(lang) if isinstance(value, Message) else value
                       for name, value in params.items()}, lang)


class Invalid(ValueError):
    """A value the model refuses, with the message to say why (worded when shown)."""

    def __init__(self, key: str, **params: Param) -> None:
        self.text = Message(key, params)
        super().__init__(key)

    def __str__(self) -> str:
        return self.text.render()


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One finding. ``line`` and ``col`` are 1-based; 0 means "the file as a whole"."""

    file: str
    line: int
    col: int
    code: str
    severity: Severity = field(compare=False)
    key: str = field(compare=False)
    params: Params = field(default_factory=dict, compare=False)

    def render(self, lang: str | None = None) -> str:
        # A message may quote the plan's text (an unknown key, a value of the wrong form): it
        # must print even when that text holds a character that cannot (DK009).
        return escape(render(self.key, self.params, lang))

    @property
    def message(self) -> str:
        """The message in the current language."""
        return self.render()

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.col,
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
        }


def make(code: str, file: str, line: int, col: int, key: str, params: Params = _NONE,
         severity: Severity | None = None) -> Diagnostic:
    """A diagnostic of a catalogued code, with the code's own severity unless overridden."""
    return Diagnostic(file, line, col, code, severity or CATALOGUE[code].severity, key, params)


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem at a path in the document; the line is looked up only when it is reported."""

    code: str
    path: Path
    key: str
    params: Params = field(default_factory=dict)
    at_key: bool = False
    """Point at the key at ``path`` rather than at its value (an unknown key)."""
    severity: Severity | None = None
    related: Path | None = None
    """A second place the message names: its line becomes the parameter ``first`` (the first of
    two duplicates)."""

    def located(self, file: str, line: int, col: int, related_line: int | None) -> Diagnostic:
        params = self.params if related_line is None else {**self.params, "first": related_line}
        return make(self.code, file, line, col, self.key, params, self.severity)

