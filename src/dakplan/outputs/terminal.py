"""Coloured lines on a terminal, written as rich writes them, mostly without rich.

Importing rich costs a cold ``dakplan validate`` on a terminal about a tenth of its time, for a
few colours around plain text. ``write`` takes lines of pieces (a style and a text): when rich
would print every piece's text unchanged and colour it with the plain ANSI codes (a terminal
that is not "dumb", no ``NO_COLOR``, nothing rich reads as markup, a control character or an
emoji code it would replace), it writes those codes itself: the same bytes. Anything else goes
to rich, the pieces as escaped console markup, so the output is rich's in every case.
"""

from __future__ import annotations

import builtins
import os
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

Piece = tuple[str | None, str]
"""A text and its style (None: plain), one of ``CODES``."""

CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33"}
"""rich's escape codes for the styles the outputs use (the same in every colour system)."""

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")
"""Control characters (rich strips some, expands tabs) and backslashes (rich's markup
escapes are not all undone): such a text goes to rich."""

_TAG = re.compile(r"\[[a-z#/@][^[]*?]")
"""What rich's markup reads as a tag, which its ``escape`` protects: rich reads the text in
pieces cut at each of them, and replaces emoji codes piece by piece."""

_EMOJI_LIKE = re.compile(r":\S*?:")


def write(lines: Iterable[Sequence[Piece]], stream: TextIO) -> None:
    """Print each line of pieces, coloured, as ``rich.console.Console.print`` would (soft
    wrap, no highlighting). Neighbouring pieces of one style are one text."""
    pieces = [list(line) for line in lines]
    text = _direct(pieces, stream)
    if text is None:
        _with_rich(pieces, stream)
    else:
        stream.write(text)
        stream.flush()


def markup(line: Sequence[Piece]) -> str:
    """The pieces as rich console markup."""
    from rich.markup import escape

    return "".join(escape(text) if style is None else f"[{style}]{escape(text)}[/{style}]"
                   for style, text in _runs(line))


def _runs(line: Sequence[Piece]) -> list[Piece]:
    """The pieces, neighbours of one style joined (escaped apart, the end of one and the
    start of the next could read as a tag)."""
    runs: list[Piece] = []
    for style, text in line:
        if runs and runs[-1][0] == style:
            runs[-1] = (style, runs[-1][1] + text)
        else:
            runs.append((style, text))
    return runs


def _with_rich(lines: list[list[Piece]], stream: TextIO) -> None:
    from rich.console import Console

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for line in lines:
        console.print(markup(line))


def _direct(lines: list[list[Piece]], stream: TextIO) -> str | None:
    """The bytes rich would write, when they are plain to tell; else None."""
    if not _plain_terminal(stream):
        return None
    out: list[str] = []
    for line in lines:
        for style, text in _runs(line):
            if (style is not None and style not in CODES) or not _unchanged(text):
                return None
            if text:
                out.append(text if style is None else f"\x1b[{CODES[style]}m{text}\x1b[0m")
        out.append("\n")
    text = "".join(out)
    try:
        text.encode(stream.encoding or "utf-8", stream.errors or "strict")
    except (UnicodeError, LookupError):
        return None  # rich words this error its own way
    return text


def _plain_terminal(stream: TextIO) -> bool:
    """rich would see a terminal with a colour system, and colours on."""
    environ = os.environ
    if os.name == "nt" or hasattr(builtins, "get_ipython"):
        return False  # the Windows console's own ways, Jupyter's
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return False
    if environ.get("NO_COLOR", "") != "" or environ.get("TERM", "").lower() in ("dumb",
                                                                                "unknown"):
        return False
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    if "FORCE_COLOR" in environ:
        return environ["FORCE_COLOR"] != ""
    try:
        return stream.isatty()
    except ValueError:
        return False


def _unchanged(text: str) -> bool:
    """rich prints ``text``, escaped as markup, as it is."""
    if _UNSAFE.search(text):
        return False
    if not _EMOJI_LIKE.search(text):
        return True
    try:
        from rich._emoji_replace import _emoji_replace
    except ImportError:  # another rich: let it do its own
        return False
    position = 0
    for match in _TAG.finditer(text):
        for part in (text[position:match.start()], match.group()):
            if _emoji_replace(part) != part:
                return False
        position = match.end()
    return _emoji_replace(text[position:]) == text[position:]
