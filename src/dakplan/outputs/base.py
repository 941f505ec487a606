"""What every output format shares: the writer shape, the JSON, the diagnostic line.

Each command's module here has ``FORMATS: dict[str, Writer[Result]]``, its formats by name,
each writing the command's result to a stream; the command line takes its ``--format``
choices from that registry.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol, TextIO, TypeVar

from dakplan.i18n import t

if TYPE_CHECKING:
    from dakplan.diagnostics import Diagnostic

JSON_VERSION = 1
"""The ``version`` of every JSON document dakplan writes; it changes only when a field's
meaning does (added fields keep it)."""

Result = TypeVar("Result", contravariant=True)


class Writer(Protocol[Result]):
    """One output format of a command: writes the command's result to ``stream``."""

    def __call__(self, result: Result, stream: TextIO, /) -> None: ...


def dump_json(document: object, stream: TextIO) -> None:
    """The JSON every command writes: UTF-8 text as it is (not \\u escapes), indented, one
    newline at the end."""
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def diagnostic_line(d: Diagnostic) -> str:
    """``file:line:col: CODE [severity] message``, the line every command prints for a
    diagnostic: the location and code as ruff prints them, the severity word in the current
    language, so that ``grep DK203`` and ``grep '\\[warning\\]'`` both find it."""
    return f"{diagnostic_where(d)} {d.code} [{t(f'severity.{d.severity}')}] {d.message}"


def diagnostic_where(d: Diagnostic) -> str:
    """``file:line:col:``, the head of ``diagnostic_line``."""
    return f"{d.file}:{d.line}:{d.col}:"
