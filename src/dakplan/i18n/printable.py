"""Characters that no output of a plan can print, and where a plan's text holds one.

Word's XML (XML 1.0) cannot hold a control character other than tab, line feed and carriage
return, nor U+FFFE, U+FFFF or half of a surrogate pair; a terminal obeys a control character
instead of showing it; a lone surrogate cannot even be written as UTF-8. Noncharacters are
reserved for a program's own use and are never text to exchange. So a plan's text (any value,
any key) must not hold:

* C0 controls U+0000-U+001F other than tab (U+0009) and line feed (U+000A). Carriage return
  is refused too: YAML turns every line break of the file into a line feed, so a carriage
  return in a value can only come from an escape (``"\\r"``), and it would end lines
  differently in every output;
* DEL (U+007F) and the C1 controls U+0080-U+009F;
* surrogates U+D800-U+DFFF (``"\\ud83d\\ude00"`` is JSON's way of writing one character; YAML
  writes it ``"\\U0001F600"``, or as the character itself);
* noncharacters: U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
  U+1FFFE, ..., U+10FFFF).

Tab and line feed are allowed in every text: each output has a meaning for them.

The YAML reader already refuses most of these when they are typed as they are; they reach a
value through double-quoted escapes (``"\\x01"``, ``"a\\0b"``, ``"\\uffff"``), and the
noncharacters U+FDD0-U+FDEF and U+1FFFE... also as typed.
"""

from __future__ import annotations

import re

_PLANE_ENDS = "".join(chr(plane | 0xFFFE) + chr(plane | 0xFFFF)
                      for plane in range(0x10000, 0x110000, 0x10000))
UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]|[" + _PLANE_ENDS + "]")
"""One character a plan's text must not hold."""

_READER_PASSES = "\x85" + "".join(map(chr, range(0xFDD0, 0xFDF0))) + _PLANE_ENDS
"""The characters above that the YAML reader lets through as typed (NEL becomes a line break in
every scalar, but costs nothing to look for)."""


def may_hold(text: str) -> bool:
    """Whether a document that the YAML reader accepted may give a value holding an unprintable
    character: it has an escape, or one of the few that pass the reader. Looking for single
    characters is a fast search; a regular expression over a whole file is not."""
    return "\\" in text or any(ch in text for ch in _READER_PASSES)


def first(text: str) -> str | None:
    """The first unprintable character of ``text``, or None."""
    found = UNPRINTABLE.search(text)
    return None if found is None else found.group()


def code_point(ch: str) -> str:
    """``U+0001``, as the Unicode standard names a character."""
    return f"U+{ord(ch):04X}"


def kind(ch: str) -> str:
    """``control``, ``surrogate`` or ``noncharacter``."""
    value = ord(ch)
    if value < 0xA0:
        return "control"
    if 0xD800 <= value <= 0xDFFF:
        return "surrogate"
    return "noncharacter"


def escaped(ch: str) -> str:
    """How YAML's double-quoted escapes write ``ch``: ``\\x01``, ``\\uFFFF``, ``\\U0001FFFE``."""
    value = ord(ch)
    if value < 0x100:
        return f"\\x{value:02X}"
    return f"\\u{value:04X}" if value < 0x10000 else f"\\U{value:08X}"


def escape(text: str) -> str:
    """``text`` with every unprintable character written as its escape, so that a message
    quoting a plan's text can always be printed."""
    if UNPRINTABLE.search(text) is None:
        return text
    return UNPRINTABLE.sub(lambda m: escaped(m.group()), text)


def surrogate_pair(text: str) -> str | None:
    """The character that a high and a low surrogate side by side in ``text`` stand for."""
    for i in range(len(text) - 1):
        high, low = ord(text[i]), ord(text[i + 1])
        if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    return None


_SIMPLE = {"0": "\x00", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n",
           "v": "\x0b", "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/",
           "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX = {"x": 2, "u": 4, "U": 8}


def read_escape(text: str, at: int) -> tuple[str | None, int]:
    """The character the escape at ``text[at]`` (a backslash) writes, and where it ends."""
    if text[at:at + 1] != "\\":
        return None, at
    letter = text[at + 1:at + 2]
    if letter in _SIMPLE:
        return _SIMPLE[letter], at + 2
    if letter in _HEX:
        digits = text[at + 2:at + 2 + _HEX[letter]]
        try:
            value = int(digits, 16)
        except ValueError:
            return None, at + 2
        return (chr(value) if value <= 0x10FFFF else None), at + 2 + len(digits)
    return None, at + 2  # an escaped line break, or a parser error reported elsewhere


def locate(text: str, start: int, end: int, double_quoted: bool) -> int | None:
    """Where, in the scalar ``text[start:end]``, its first unprintable character is written:
    the character itself, or the backslash of the escape that writes it."""
    if not double_quoted:
        found = UNPRINTABLE.search(text, start, end)
        return None if found is None else found.start()
    at = text.find('"', start, end)
    if at < 0:
        return None
    at += 1
    while at < end:
        ch = text[at]
        if ch == '"':
            return None
        if ch == "\\":
            written, after = read_escape(text, at)
            if written is not None and UNPRINTABLE.match(written):
                return at
            at = after
            continue
        if UNPRINTABLE.match(ch):
            return at
        at += 1
    return None


def backslash_before(text: str, at: int) -> int | None:
    """The backslash of the escape that ``text[at]`` is part of (libyaml points at its digits)."""
    line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    found = text.rfind("\\", line_start, at + 1)
    return None if found < 0 else found
