"""Printing a command's answer as ``typer.echo`` prints it, without importing typer.

``dakplan.cli.fast`` runs a command without typer, and typer runs it otherwise: a command that
prints through ``echo`` prints the same bytes either way, by construction. ``echo`` does what
click's ``echo`` does for a text message to standard output (``typer/_click/utils.py``): ANSI
escape sequences are removed when standard output is not a terminal (a message quoting a plan
must not colour a file or a pipe), a stream that declares itself ASCII is written in UTF-8
(click's repair of a misconfigured locale), and every message is flushed at once.
"""

from __future__ import annotations

import codecs
import re
import sys

_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")
"""An ANSI escape sequence, as click recognises one."""


def echo(message: str = "", nl: bool = True) -> None:
    """Write ``message`` (and a newline, unless ``nl`` is false) on standard output."""
    stream = sys.stdout
    if stream is None:
        return  # no standard output at all (as click)
    out = message + "\n" if nl else message
    if not out:
        stream.flush()
        return
    if not _isatty(stream):
        out = _ANSI.sub("", out)
    buffer = getattr(stream, "buffer", None)
    if buffer is not None and _ascii(stream):
        stream.flush()
        buffer.write(out.encode("utf-8", "replace"))
        buffer.flush()
        return
    stream.write(out)
    stream.flush()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except Exception:  # a stream that cannot tell is not a terminal (as click)
        return False


def _ascii(stream: object) -> bool:
    """The stream's encoding is ASCII (or it names none), which click takes as misconfigured."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "ascii"
    except LookupError:
        return False
