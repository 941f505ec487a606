"""Text made safe for the markup it is written into: one escaper per markup.

Every output that puts plan text (or a message quoting it) into a markup takes its escaper
from here: ``markdown`` for the Markdown of ``tasks``, ``agencies``, ``diff``, ``remind`` and
the ``*.md.j2`` templates; ``rich`` for colour on a terminal; ``github_message`` and
``github_property`` for GitHub Actions workflow commands.
"""

from __future__ import annotations

import re

_NEWLINE = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_MD_SPECIAL = re.compile(r"([\\*_`|\[\]<~])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LINE_START = re.compile(r"^(?:#{1,6}|[-+>])(?=\s|$)|^:{3}")
_MD_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_MD_ANY = re.compile(r"[\r\n\\*_`|\[\]<~&]")
"""A character one of the patterns above could act on, but for a line's first."""
_MD_FIRST = frozenset("#-+>:0123456789")
"""A line's first character that may start a block marker."""


def markdown(text: str, *, block: bool = True) -> str:
    """``text`` as Markdown that shows it as it is and opens nothing.

    A line break (with the spaces around it) becomes one space, so the text cannot open a new
    block; other spacing is kept ("ngày  tháng 3" has two spaces on purpose). Inline markers
    (emphasis, code, links, table pipes, GitHub's ``~~`` strike-through) are escaped with a
    backslash; so are ``<`` and an ``&`` that would start a character reference, so the text
    opens no HTML tag, comment or ``<scheme:...>`` link. With ``block`` (text that may start a
    line), a leading heading, list, quote or fence marker is escaped too; a table cell is
    inline only and needs none of these (``block=False``), so a "-" stays "-".
    """
    if _MD_ANY.search(text) is None and not (block and text and text[0] in _MD_FIRST):
        return text  # most values: a report writes thousands, each went through five passes
    text = _NEWLINE.sub(" ", text).strip("\r\n")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    if not block:
        return text
    text = _MD_LINE_START.sub(r"\\\g<0>", text)
    return _MD_ORDERED.sub(r"\1\\\2", text)


def rich(text: str) -> str:
    """``text`` printed as it is by rich (a ``[`` would start console markup)."""
    from rich.markup import escape  # rich only where a terminal is written to

    return escape(text)


def github_message(text: str) -> str:
    """The message of a workflow command (``::error ...::MESSAGE``): one line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value of a workflow command (``file=...,title=...``)."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")
