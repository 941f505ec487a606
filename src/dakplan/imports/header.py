"""The document's header: issuing body, "Số: ...", place and date, title, subject, period.

The header's two columns are told apart by what each line says, not where it stands, so a
header read from a table, from a PDF's text (the columns run together on one line) or typed
line by line reads the same. A copy that lost its header table keeps "Số:" and the date line
at most; the issuing body is then taken from the text ("UBND tỉnh Đắk Lắk ban hành Kế hoạch
...") and listed for review.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dakplan.i18n.vn import fold
from dakplan.imports.lines import Line
from dakplan.imports.names import spelled_out, words

TITLES = {"ke hoach": "KH", "chuong trinh": "CTr", "de an": "ĐA", "phuong an": "PA"}

_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")
_NUMBER = re.compile(r"^Số\s*:?\s*(?P<num>[^/\s]*)\s*/\s*(?P<sym>\S.*?)\s*$", re.I)
_DATE = re.compile(r"^(?P<place>[^,]{2,40}),\s*ngày\b\s*(?P<d>\d{1,2})?\s*(?:\.+\s*)?"
                   r"tháng\s*(?P<m>\d{1,2})?\s*(?:\.+\s*)?năm\s*(?P<y>\d{4})", re.I)
_LOCALITY = ("TỈNH", "HUYỆN", "THÀNH PHỐ", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN", "QUẬN")
_PERIOD = re.compile(r"(?:giai đoạn|năm)\s+(\d{4})\s*[-–]\s*(\d{4})|(\d{4})\s*[-–]\s*(\d{4})"
                     r"|năm\s+(\d{4})", re.I)
_ISSUES = re.compile(r"(?P<who>[^,.;:]{3,90}?)\s+(?:ban hành|xây dựng)\s+"
                     r"(?:Kế hoạch|Chương trình|Đề án|Phương án)", re.I)


@dataclass
class Header:
    type: str = "KH"
    title: str = "KẾ HOẠCH"
    parent: str | None = None
    name: str | None = None
    number: int | None = None
    number_text: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: dt.date | str | None = None
    date_text: str | None = None
    subject: str = ""
    period: dict[str, int] | None = None
    lines: dict[str, int] = field(default_factory=dict)
    """Source line of each field read, for the review."""


def is_title(line: Line) -> bool:
    return fold(line.text) in TITLES and line.label is None


def read_header(head: list[Line], title: Line, subject: list[Line]) -> Header:
    header = Header(type=TITLES[fold(title.text)], title=title.text.upper())
    header.lines["title"] = title.line
    issuer: list[Line] = []
    for line in head:
        key = fold(line.text)
        number = _NUMBER.match(line.text)
        date = _DATE.match(line.text)
        if any(key.startswith(m) for m in _MOTTO) or not key:
            continue
        if number:
            _number(header, number, line)
        elif date:
            _date(header, date, line)
        elif line.column in (None, 0) and _upper(line.text):
            issuer.append(line)
    _issuer(header, issuer)
    header.subject = " ".join(line.text for line in subject)
    if subject:
        header.lines["subject"] = subject[0].line
    header.period = period_in(header.subject)
    return header


def _number(header: Header, found: re.Match[str], line: Line) -> None:
    header.lines["number"] = line.line
    num, header.symbol = found.group("num"), found.group("sym")
    if num.isdigit():
        header.number = int(num)
    elif num:
        header.number_text = num


def _date(header: Header, found: re.Match[str], line: Line) -> None:
    header.lines["date"] = line.line
    header.place = found.group("place").strip()
    header.date_text = line.text
    day, month, year = found.group("d"), found.group("m"), int(found.group("y"))
    try:
        if day and month:
            header.date = dt.date(year, int(month), int(day))
        elif month and 1 <= int(month) <= 12:
            header.date = f"{year}-{int(month):02d}"
    except ValueError:
        header.date = None


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _issuer(header: Header, lines: list[Line]) -> None:
    bodies: list[str] = []
    for line in lines:
        text = line.text.strip()
        if bodies and text.startswith(_LOCALITY):
            bodies[-1] += " " + text
        else:
            bodies.append(text)
    if not bodies:
        return
    header.lines["issuer"] = lines[0].line
    header.name = bodies[-1]
    if len(bodies) > 1:
        header.parent = bodies[0]


def period_in(text: str) -> dict[str, int] | None:
    """The period a text names: a span ("giai đoạn 2021-2025") first, else the last year
    named ("năm 2024")."""
    found = list(_PERIOD.finditer(text))
    for match in found:
        if match.group(1) or match.group(3):
            first, last = (match.group(1), match.group(2)) if match.group(1) else (
                match.group(3), match.group(4))
            return {"start": int(first), "end": int(last)}
    if not found:
        return None
    year = int(found[-1].group(5))
    return {"start": year, "end": year}


def issuer_in(text: str) -> str | None:
    """Who a sentence says issues the plan: "UBND tỉnh Đắk Lắk ban hành Kế hoạch ..."."""
    found = _ISSUES.search(text)
    if not found:
        return None
    who = found.group("who").strip()
    who = re.sub(r"^.*\b(?:như sau|số \S+ ngày \S+)\s*", "", who)
    return who or None


def agency_name(header: Header, texts: list[str]) -> tuple[str, bool]:
    """The issuing body's name in normal case, and whether it had to be guessed.

    The name is looked for in the text as written ("Sở Y tế xây dựng ..."); a people's
    committee named without its place ("Ủy ban nhân dân tỉnh ban hành") gets the place from
    the header. Otherwise the capitals are lowered, which a person must check.
    """
    assert header.name is not None
    wanted = words(spelled_out(header.name)).toks
    keys = [t.key for t in wanted]
    place_at = next((k for k, t in enumerate(wanted) if t.text in _LOCALITY), None)
    for text in texts:
        w = words(text)
        found = _find(w.toks, keys)
        if found is not None:
            return w.span(*found), False
    if place_at is not None:
        for text in texts:
            w = words(text)
            found = _find(w.toks, keys[:place_at + 1])
            if found is not None:
                place = " ".join(t.text.capitalize() for t in wanted[place_at + 1:])
                return f"{w.span(*found)} {place}".strip(), False
    committee = _COMMITTEE.match(spelled_out(header.name))
    if committee:  # the usual form, not a guess: "Ủy ban nhân dân tỉnh Điện Biên"
        place = " ".join(w.capitalize() for w in committee.group(2).split())
        return f"Ủy ban nhân dân {committee.group(1).lower()} {place}", False
    lowered = spelled_out(header.name).lower()
    return lowered[:1].upper() + lowered[1:], True


_COMMITTEE = re.compile(r"^ỦY BAN NHÂN DÂN (TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN) (.+)$")


def _find(toks: tuple[object, ...], keys: list[str]) -> tuple[int, int] | None:
    n = len(keys)
    for k in range(len(toks) - n + 1):
        if [t.key for t in toks[k:k + n]] == keys:  # type: ignore[attr-defined]
            return k, k + n
    return None
