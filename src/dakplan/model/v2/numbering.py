"""Numbering styles of sections and numbered lists, and the labels built from them.

A label says where a thing stands in the document's own numbers: "III.2", "5. a)", "IV.1. a)".
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class NumberStyle(StrEnum):
    """How a level of sections, or a numbered list, numbers its entries."""

    ROMAN = "I."
    """I., II., III., IV. ..."""
    ARABIC = "1."
    """1., 2., 3."""
    ARABIC_PAREN = "1)"
    """1), 2), 3)"""
    DOTTED = "1.1."
    """The parent's number, then this one: 2.1., 2.2."""
    LETTER = "a)"
    """a), b), c), d), đ), e), g) ...: the order of Vietnamese legal texts."""
    LETTER_DOT = "a."
    """a., b., c. ... (same letters)."""
    NONE = "none"
    """The level is not numbered."""


LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
"""The letters of points in Vietnamese legal texts (Decree 30): no f, j, w, z; đ after d."""

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = []
    for value, mark in _ROMAN:
        while n >= value:
            out.append(mark)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """The n-th point letter (1-based); past "y" the letters double ("aa"), as long lists do."""
    count = len(LETTERS)
    return LETTERS[(n - 1) % count] * ((n - 1) // count + 1)


def number(style: NumberStyle, n: int, parent: str | None = None) -> str | None:
    """The printed number of the n-th entry (1-based) in ``style``; None when not numbered."""
    if style is NumberStyle.ROMAN:
        return f"{roman(n)}."
    if style is NumberStyle.ARABIC:
        return f"{n}."
    if style is NumberStyle.ARABIC_PAREN:
        return f"{n})"
    if style is NumberStyle.DOTTED:
        base = (parent or "").rstrip(".")
        return f"{base}.{n}." if base else f"{n}."
    if style is NumberStyle.LETTER:
        return f"{letter(n)})"
    if style is NumberStyle.LETTER_DOT:
        return f"{letter(n)}."
    return None


def _simple_arabic(part: str) -> bool:
    """A component of the form "2." (joined directly onto the one before it)."""
    return part.endswith(".") and part[:-1].isdigit()


def join(parts: Sequence[str]) -> str | None:
    """The label of a thing under numbers ``parts`` (outermost first); None without numbers.

    "III." + "2." -> "III.2"; "5." + "b)" -> "5. b)"; "2." + "2.1." -> "2.1"; the final period
    goes.
    """
    groups: list[list[str]] = []
    for part in parts:
        last = groups[-1] if groups else None
        if last and part.count(".") > 1 and part.startswith(last[-1]):
            last[-1] = part  # "2.1." repeats its parent "2."
        elif last and _simple_arabic(part) and last[-1].endswith("."):
            last.append(part)
        else:
            groups.append([part])
    if not groups:
        return None
    label = " ".join("".join(group) for group in groups)
    return label[:-1] if label.endswith(".") else label
