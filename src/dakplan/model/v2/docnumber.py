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

_UNIT = r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹa-zđà-ỹ0-9&]*"
_STATE = re.compile(rf"^(?P<n>\d+)(?:/(?P<year>\d{{4}}))?/(?P<head>{_UNIT})"
                    rf"(?P<units>(?:-{_UNIT})*)$")
_PARTY = re.compile(rf"^(?P<n>\d+)-(?P<type>[A-ZĐ][A-ZĐa-z]*)/(?P<head>{_UNIT})"
                    rf"(?P<units>(?:-{_UNIT})*)$")
_SYMBOL = re.compile(rf"^[A-ZĐ][A-ZĐa-z]*(?:-{_UNIT})+$")


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A number read from its printed form."""

    number: int
    year: int | None
    type: str | None
    issuer: str
    units: tuple[str, ...]


def parse(text: str) -> DocNumber | str:
    """The number read from ``text``, or a short English description of what is wrong.

    Typed state documents ``N[/YYYY]/TYPE-ISSUER[-UNIT]``, untyped ones (laws, official
    letters) ``N[/YYYY]/ISSUER[-UNIT]``, Party documents ``N-TYPE/ISSUER[-UNIT]``.
    """
    match = _PARTY.match(text)
    if match:
        units = tuple(u for u in match["units"].split("-") if u)
        return DocNumber(int(match["n"]), None, match["type"], match["head"], units)
    match = _STATE.match(text)
    if match:
        parts = [match["head"], *(u for u in match["units"].split("-") if u)]
        year = int(match["year"]) if match["year"] else None
        if parts[0] in DOC_TYPES and len(parts) > 1:
            return DocNumber(int(match["n"]), year, parts[0], parts[1], tuple(parts[2:]))
        return DocNumber(int(match["n"]), year, None, parts[0], tuple(parts[1:]))
    return _problem(text)


def _problem(text: str) -> str:
    if text != text.strip():
        return f"space before or after '{text.strip()}'"
    found = re.search(r"([-/])\s+|\s+([-/])", text)
    if found:
        mark = found.group(1) or found.group(2)
        where = "after" if found.group(1) else "before"
        return f"space {where} '{mark}' in '{text}'"
    if re.search(r"\s", text):
        return f"space inside '{text}'"
    if "/" not in text:
        return f"no '/' in '{text}'"
    if not re.match(r"^\d", text):
        return f"no number before '/' in '{text}'"
    tail = text.split("/", 1)[1]
    if re.search(r"[a-zđà-ỹ]", tail.split("-")[-1]) and not re.search(r"[A-Z]", tail[:1]):
        return f"lower-case letters in the issuer of '{text}'"
    if "--" in text or text.endswith("-") or text.endswith("/"):
        return f"an empty part in '{text}'"
    return f"'{text}' is not of the form N/TYPE-ISSUER or N-TYPE/ISSUER"


def symbol_problem(symbol: str) -> str | None:
    """What is wrong with a plan's own symbol ("KH-UBND"), or None."""
    if _SYMBOL.match(symbol):
        return None
    if re.search(r"\s", symbol):
        return f"space inside '{symbol}'"
    if "-" not in symbol:
        return f"no '-' between the type and the issuer in '{symbol}'"
    return f"'{symbol}' is not of the form TYPE-ISSUER[-UNIT]"
