"""The registry of agencies and groups a document names, built as it is read.

An agency is registered where the text names one in a place that says it is one: the issuer,
the proposer of a basis, an abbreviation defined in parentheses ("Đài Tiếng nói Việt Nam
(VOV)"), the heading of a part of the implementation, the opening words of a duty, the names
after "phối hợp với", and the recipients. Elsewhere names are only looked up.

Groups: the usual ones are known by their wording ("các sở, ban, ngành" takes every
department, "UBND các huyện, thị xã, thành phố" every district, "UBND các xã, thị trấn" every
commune); a group named with its members ("các cơ quan báo chí Trung ương: TTXVN, VOV, VTV8")
has them; a heading that lists several agencies or groups makes a group of them, and the same
members named another way later ("Các Sở, ban, ngành, địa phương") are the same group.

Entries are referred to by placeholders until the whole document is read; ``finish`` then
gives every entry its code (the rule is in ``names``) and puts the codes in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.imports.names import (
    Tok,
    Unit,
    Words,
    ascii_code,
    initials,
    kind_of,
    match_prefix,
    same_name,
    spelled_out,
    strip_cac,
    tokens,
    units,
)


@dataclass(frozen=True)
class Known:
    code: str
    kinds: tuple[str, ...]
    forms: tuple[str, ...]


_GENERIC = frozenset({"dia phuong", "cac dia phuong"})
"""Words that name a known group only inside a longer name: not kept as its short forms."""

KNOWN_GROUPS = (
    Known("SBN", ("department",), (
        "sở, ban, ngành tỉnh", "sở, ban, ngành của tỉnh", "sở, ban, ngành", "sở, ngành")),
    Known("HUYEN", ("district",), (
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thành phố",
        "Ủy ban nhân dân các huyện, thị xã", "Ủy ban nhân dân các huyện", "các địa phương",
        "địa phương")),
    Known("XA", ("commune",), (
        "Ủy ban nhân dân các xã, phường, thị trấn", "Ủy ban nhân dân các xã, thị trấn",
        "Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã")),
)

@dataclass(eq=False)
class Entry:
    number: int
    name: str
    group: bool
    line: int
    kind: str | None = None
    forms: list[str] = field(default_factory=list)
    members: list[Entry] = field(default_factory=list)
    member_kinds: list[str] = field(default_factory=list)
    abbr: str | None = None
    known: str | None = None
    code: str = ""
    spelled: str | None = None
    """The short form the name was spelled out from, for the review."""
    listed: bool = False
    """A group a heading made by listing agencies ("Báo X, Đài Y")."""
    guessed: bool = False
    """Members read from the plan's parts, not from the text ("các đơn vị")."""
    plural: bool = False
    """A plural name whose members the text does not list, kept as one agency."""

    @property
    def ref(self) -> str:
        return f"\x00{self.number}\x00"

    def all_forms(self) -> list[str]:
        return [self.name, *self.forms, *([self.abbr] if self.abbr else [])]


HOME_KINDS = frozenset({"party", "people_council", "people_committee", "district", "commune"})
"""The bodies named after their locality ("Tỉnh ủy", "HĐND tỉnh", "UBND huyện"): in the
document of that locality, the locality's own."""


class Registry:
    def __init__(self, places: tuple[str, ...] = ()) -> None:
        self.entries: list[Entry] = []
        self.places = places
        self.issuer: Entry | None = None
        self.home: tuple[str, str] | None = None
        """The issuer's locality: its level as the issuer's name prints it and its name
        (("tỉnh", "Lâm Đồng")), when the issuer is a body of the place in the date line."""
        self._units: dict[str, tuple[Unit, ...]] = {}

    # --- registering ---

    def add(self, name: str, line: int, *, group: bool = False, abbr: str | None = None,
            kind: str | None = None) -> Entry:
        full = spelled_out(name)
        kind = None if group else (kind or kind_of(full))
        if kind in HOME_KINDS:
            full = self._at_home(full)
        entry = Entry(len(self.entries) + 1, full, group, line, kind, abbr=abbr)
        if full != name:
            entry.forms.append(name)
            entry.spelled = name
        self.entries.append(entry)
        return entry

    def _at_home(self, name: str) -> str:
        """ "Tỉnh ủy", "Hội đồng nhân dân tỉnh" in a plan of tỉnh Lâm Đồng: the province's own,
        named in full as the issuer is ("Tỉnh ủy Lâm Đồng")."""
        if self.home is None:
            return name
        level, place = self.home
        key, low = fold(name), fold(level)
        if key == f"{low} uy" or key.endswith(f" {low}"):
            return f"{name} {place}"
        return name

    def known(self, known: Known, printed: str, line: int) -> Entry:
        for entry in self.entries:
            if entry.known == known.code:
                self.saw(entry, printed)
                return entry
        entry = Entry(len(self.entries) + 1, _capital(printed), True, line, known=known.code,
                      member_kinds=list(known.kinds))
        self.entries.append(entry)
        return entry

    def compound(self, members: list[Entry], printed: str, line: int) -> Entry:
        wanted = {id(m) for m in members}
        for entry in self.entries:
            if entry.group and entry.members and {id(m) for m in entry.members} == wanted:
                self.saw(entry, printed)
                return entry
        entry = Entry(len(self.entries) + 1, _capital(printed), True, line, members=members,
                      listed=True)
        self.entries.append(entry)
        return entry

    def saw(self, entry: Entry, printed: str) -> None:
        """Remember another way the text writes ``entry`` (and, for a group a heading made by
        listing agencies, the way it writes each of them: "Báo X, Đài PT-TH Y")."""
        key = fold(printed)
        if printed and key not in _GENERIC and all(fold(f) != key for f in entry.all_forms()):
            entry.forms.append(printed)
        if entry.listed:
            pieces = re.split(r"\s*[,;]\s*", printed)
            if len(pieces) < len(entry.members):
                pieces = re.split(r"\s*[,;]\s*|\s+và\s+", printed)
            if len(pieces) == len(entry.members):
                for member, piece in zip(entry.members, pieces, strict=True):
                    if any(same_name(piece, form) for form in member.all_forms()):
                        self.saw(member, piece)

    # --- looking up ---

    def _units_of(self, form: str) -> tuple[Unit, ...]:
        if form not in self._units:
            self._units[form] = units(strip_cac(tokens(form)))
        return self._units[form]

    def match_at(self, w: Words, i: int) -> tuple[Entry | Known, int, str] | None:
        """The entry or known group the tokens from ``i`` name, longest first: (it, the end,
        the text as printed). Nothing is registered: ``take`` does that."""
        toks = w.toks
        if i >= len(toks):
            return None
        skip = 1 if toks[i].key in ("cac", "nhung") else 0
        text = units(toks[i + skip:])
        best: tuple[int, Entry | Known] | None = None
        candidates: list[tuple[str, Entry | Known]] = [
            (form, entry) for entry in self.entries for form in _match_forms(entry)]
        candidates += [(form, known) for known in KNOWN_GROUPS for form in known.forms]
        for form, target in candidates:
            name = self._units_of(form)
            if not name or text[:1] and name[0].key != text[0].key and not (
                    text[0].abbr or name[0].abbr):
                continue
            end = match_prefix(text, name)
            if end is not None and end > 0 and (best is None or end > best[0]):
                best = (end, target)
        if best is None:
            return None
        end = i + skip + _tokens_for(toks[i + skip:], best[0])
        return best[1], end, w.span(i, end)

    def take(self, target: Entry | Known, printed: str, line: int) -> Entry:
        """The entry of a match, registered if it is a known group met for the first time."""
        if isinstance(target, Known):
            return self.known(target, printed, line)
        self.saw(target, printed)
        return target

    def find(self, name: str) -> Entry | None:
        for entry in self.entries:
            if any(same_name(name, form) for form in entry.all_forms()):
                return entry
        return None

    # --- finishing ---

    def finish(self, issuer_code: str | None) -> dict[str, str]:
        """Give every entry its code; the placeholder -> code table."""
        taken: set[str] = set()
        if self.issuer is not None and issuer_code:
            self.issuer.code = issuer_code
            taken.add(issuer_code)
        for entry in self.entries:
            if entry.code:
                continue
            base = self._code(entry) or "CQ"
            if base in taken and not entry.known and not entry.abbr and not entry.listed:
                base = initials(entry.name, self.places, group=entry.group,
                                locality=True) or base
            code, n = base[:30], 2
            while code in taken:
                code, n = f"{base[:28]}{n}", n + 1
            entry.code = code
            taken.add(code)
        return {e.ref: e.code for e in self.entries}

    def _code(self, entry: Entry) -> str:
        if entry.known:
            return entry.known
        if entry.abbr:
            return ascii_code(entry.abbr)
        if entry.listed:
            shortest = min(entry.all_forms(), key=len)
            code = initials(shortest, self.places, group=True)
            joined = [m.code or self._code(m) for m in entry.members]
            if 0 < len(code) <= 6 and code not in joined:
                return code
            return "".join(joined)
        code = initials(entry.name, self.places, group=entry.group)
        if entry.group and not code:  # only generic nouns: "Các đơn vị" -> DONVI
            return ascii_code(" ".join(t.key for t in strip_cac(tokens(entry.name))))
        if entry.group and len(code) < 2:
            code = initials(entry.name, self.places)
        return code

    def data(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        agencies: list[dict[str, Any]] = []
        groups: list[dict[str, Any]] = []
        for entry in self.entries:
            short = _shorts(entry)
            if entry.group:
                item: dict[str, Any] = {"code": entry.code, "name": entry.name}
                if short:
                    item["short"] = short
                if entry.members:
                    item["members"] = [m.code for m in entry.members]
                if entry.member_kinds:
                    item["member_kinds"] = list(entry.member_kinds)
                groups.append(item)
            else:
                item = {"code": entry.code, "name": entry.name}
                if short:
                    item["short"] = short
                item["kind"] = entry.kind
                agencies.append(item)
        return agencies, groups


_TRAILING_LOCALITY = re.compile(r"\s+(?:tỉnh|huyện|thành phố|thị xã)$")
_COMMITTEE = re.compile(r"^(?:Ủy ban|UBND|HĐND|Hội đồng)", re.I)


def _match_forms(entry: Entry) -> list[str]:
    """The forms ``entry`` is recognised by: a unit of the province or district may be named
    without "tỉnh"/"huyện" ("Phòng Văn hóa và Thông tin" for "... Thông tin huyện"); a
    people's committee may not, since "UBND tỉnh" and "UBND huyện" are two bodies."""
    forms = entry.all_forms()
    if entry.group or _COMMITTEE.match(entry.name):
        return forms
    return forms + [_TRAILING_LOCALITY.sub("", f) for f in forms
                    if _TRAILING_LOCALITY.search(f) and len(f.split()) > 2]


def _shorts(entry: Entry) -> list[str]:
    out: list[str] = []
    seen = {fold(entry.name)}
    for form in [*entry.forms, *([entry.abbr] if entry.abbr else [])]:
        key = fold(form)
        if key not in seen and len(form) <= len(entry.name) + 12:
            seen.add(key)
            out.append(form)
    return out


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _tokens_for(toks: tuple[Tok, ...], n_units: int) -> int:
    """How many tokens make the first ``n_units`` units ("Trung ương" is two tokens)."""
    count = 0
    k = 0
    while count < n_units and k < len(toks):
        if toks[k].key == "trung" and k + 1 < len(toks) and toks[k + 1].key == "uong":
            k += 2
        else:
            k += 1
        count += 1
    return k
