"""Document numbers as printed ("01/NQ-CP", "149-KH/TU", "118/TTr- STTTT"): read when they
follow one of the usual forms, and otherwise the problem named, never refused."""

from __future__ import annotations

import re
from dataclasses import dataclass

DOC_TYPES = frozenset(
    "NQ QĐ CT QC QyĐ TC HD HĐ TB KH CTr PA ĐA DA BC BB TTr CV GM GGT GUQ GNP GXN GCN BTT BGN "
    "TT NĐ PL LT GP GCT GTT".split()
)
"""Type abbreviations of Decree 30 (annex III) and of legal normative documents."""

_PART = r"[^-/\n]+"
"""A unit of the issuer ("UBND", "STTTT"): its letters are checked by ``_unit`` after the
match. (As a character class, ``[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹa-zđà-ỹ0-9&]*``, the unit costs the regular
expression compiler a walk over every code point of its ranges, thousands, in each of the
five places it appears: a tenth of ``dakplan validate``'s own start-up.)"""
_STATE = re.compile(rf"^(?P<n>\d+)(?:/(?P<year>\d{{4}}))?/(?P<head>{_PART})"
                    rf"(?P<units>(?:-{_PART})*)$")
_PARTY = re.compile(rf"^(?P<n>\d+)-(?P<type>[A-ZĐ][A-ZĐa-z]*)/(?P<head>{_PART})"
                    rf"(?P<units>(?:-{_PART})*)$")
_SYMBOL = re.compile(rf"^[A-ZĐ][A-ZĐa-z]*(?P<units>(?:-{_PART})+)$")


def _unit(text: str) -> bool:
    """``text`` is a unit: an upper-case letter (ASCII, or from À to Ỹ), then letters (ASCII,
    or from À to ỹ), digits and ``&``."""
    first = text[0]
    if not ("A" <= first <= "Z" or "\u00c0" <= first <= "\u1ef8"):
        return False
    return all("A" <= c <= "Z" or "a" <= c <= "z" or "0" <= c <= "9" or c == "&"
               or "\u00c0" <= c <= "\u1ef9" for c in text[1:])


def _match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern``'s match of ``text`` when every unit it holds is one."""
    match = pattern.match(text)
    if match is None:
        return None
    parts = match["units"].split("-")[1:]
    if "head" in pattern.groupindex:
        parts.append(match["head"])
    return match if all(_unit(part) for part in parts) else None


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A number read from its printed form."""

    number: int
    year: int | None
    type: str | None
    issuer: str
    units: tuple[str, ...]


Problem = tuple[str, dict[str, str]]
"""What is wrong with a number: a message key under ``number.`` and its parameters."""


def parse(text: str) -> DocNumber | Problem:
    """The number read from ``text``, or what is wrong with it.

    Typed state documents ``N[/YYYY]/TYPE-ISSUER[-UNIT]``, untyped ones (laws, official
    letters) ``N[/YYYY]/ISSUER[-UNIT]``, Party documents ``N-TYPE/ISSUER[-UNIT]``.
    """
    match = _match(_PARTY, text)
    if match:
        units = tuple(u for u in match["units"].split("-") if u)
        return DocNumber(int(match["n"]), None, match["type"], match["head"], units)
    match = _match(_STATE, text)
    if match:
        parts = [match["head"], *(u for u in match["units"].split("-") if u)]
        year = int(match["year"]) if match["year"] else None
        if parts[0] in DOC_TYPES and len(parts) > 1:
            return DocNumber(int(match["n"]), year, parts[0], parts[1], tuple(parts[2:]))
        return DocNumber(int(match["n"]), year, None, parts[0], tuple(parts[1:]))
    return _problem(text)


def _problem(text: str) -> Problem:
    found = re.search(r"([-/])\s+|\s+([-/])", text)
    if found:
        mark = found.group(1) or found.group(2)
        return ("space_after" if found.group(1) else "space_before"), {"mark": mark}
    if re.search(r"\s", text):
        return "space_inside", {}
    if "/" not in text:
        return "no_slash", {}
    if not re.match(r"^\d", text):
        return "no_number", {}
    if "--" in text or text.endswith(("-", "/")) or "//" in text:
        return "empty_part", {}
    if re.search(r"[a-zđà-ỹ]", text.rsplit("/", 1)[-1].split("-")[0][:1]):
        return "lower_issuer", {}
    return "other", {}


def symbol_problem(symbol: str) -> Problem | None:
    """What is wrong with a plan's own symbol ("KH-UBND"), or None."""
    if _match(_SYMBOL, symbol):
        return None
    if re.search(r"\s", symbol):
        return "space_inside", {}
    if "-" not in symbol:
        return "symbol_no_dash", {}
    return "symbol_other", {}
