"""Word's automatic numbering: the label Word prints before a numbered paragraph.

A numbered paragraph carries only a reference (``w:numPr``: a list ``numId`` and a level
``ilvl``), in its own properties or through its style; the label ("II.", "1.2.", "b)", a
bullet) is computed by Word when it lays the page out, so it is in no text. This module does
the same computation from ``word/numbering.xml``: each list instance (``w:num``) points to a
definition (``w:abstractNum``) whose levels give a format (decimal, upperRoman, lowerLetter,
bullet ...), a text pattern (``%1.%2.``) and a start value.

Counters follow Word: instances of one definition continue each other's counting unless an
instance restarts a level (``w:lvlOverride/w:startOverride``); numbering a level resets the
levels below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """The lists of one document, and the counters as its paragraphs are read in order."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    """abstractNumId -> ilvl -> level."""
    instances: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    """numId -> (abstractNumId, {ilvl: start override})."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl``; counts it."""
        if num_id not in self.instances:
            return None
        abstract, overrides = self.instances[num_id]
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl)
        if level is None:
            return None
        counts = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "+" if level.text.strip() == "+" else "-"
        if level.fmt == "none":
            return None

        def value(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            at = levels.get(k, Level("decimal", "", 1))
            return _format(at.fmt, counts.get(k, at.start))

        return re.sub(r"%([1-9])", value, level.text).strip() or None


def _format(fmt: str, n: int) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                          (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                          (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def _val(element: Any, tag: str) -> str | None:
    found = element.find(qn(tag)) if element is not None else None
    return found.get(qn("w:val")) if found is not None else None


def read_numbering(part: Any) -> Numbering:
    """The definitions of a document's numbering part (python-docx's ``numbering_part``)."""
    numbering = Numbering()
    root = part.element if part is not None else None
    if root is None:
        return numbering
    for abstract in root.findall(qn("w:abstractNum")):
        levels: dict[int, Level] = {}
        for lvl in abstract.findall(qn("w:lvl")):
            start = _val(lvl, "w:start")
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "",
                int(start) if start and start.isdigit() else 1)
        numbering.levels[abstract.get(qn("w:abstractNumId"), "")] = levels
    for num in root.findall(qn("w:num")):
        overrides: dict[int, int] = {}
        for override in num.findall(qn("w:lvlOverride")):
            start = _val(override, "w:startOverride")
            if start and start.isdigit():
                overrides[int(override.get(qn("w:ilvl"), "0"))] = int(start)
        numbering.instances[num.get(qn("w:numId"), "")] = (
            _val(num, "w:abstractNumId") or "", overrides)
    return numbering


def num_pr(ppr: Any) -> tuple[str, int] | None:
    """(numId, ilvl) of paragraph properties, or None; numId 0 switches numbering off."""
    if ppr is None:
        return None
    found = ppr.find(qn("w:numPr"))
    if found is None:
        return None
    num_id = _val(found, "w:numId")
    ilvl = _val(found, "w:ilvl") or "0"
    if num_id is None:
        return None
    return num_id, int(ilvl) if ilvl.isdigit() else 0
