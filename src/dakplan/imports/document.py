"""A document read -> version-2 plan data: the parts found, read, and put in the format's order.

The document is cut where the family's documents always cut: everything before the title
("KẾ HOẠCH") is the header; the line after it the subject; the "Căn cứ / Thực hiện / Theo đề
nghị" paragraphs that follow are the bases; "Nơi nhận:" starts the closing; what lies between
is the body, whose last paragraphs ("Trên đây là Kế hoạch ...", the one ending "./.") close
it outside any section.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.imports import mentions
from dakplan.imports.agencies import Entry, Registry
from dakplan.imports.bases import TYPES, is_basis, read_basis
from dakplan.imports.body import Context, build_body
from dakplan.imports.closing import is_recipients_title, read_closing
from dakplan.imports.header import (
    Header,
    agency_name,
    is_title,
    issuer_in,
    period_in,
    read_header,
)
from dakplan.imports.lines import Line, logical_lines, merge_columns, unwrap
from dakplan.imports.messages import say
from dakplan.imports.names import ascii_code, kind_of, spelled_out
from dakplan.imports.paragraphs import ImportFailure, Source
from dakplan.imports.review import Review
from dakplan.imports.sections import build, section_styles

TITLE_WITHIN = 60
"""The title must come within this many lines: a longer header is no header."""

_LOCALITY_END = re.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã)$", re.I)


def assemble(source: Source) -> tuple[dict[str, Any], Review, Context]:
    lines = logical_lines(source)
    title_at = next((k for k, ln in enumerate(lines[:TITLE_WITHIN]) if is_title(ln)), None)
    if title_at is None:
        raise ImportFailure(source.name, say("import.no_title", count=TITLE_WITHIN))
    review = Review(source.unit)
    k = title_at + 1
    subject: list[Line] = []
    while k < len(lines):
        ln = lines[k]
        if is_basis(ln.text) or ln.label or is_recipients_title(ln) or (
                subject and ln.gap_before):
            break
        subject.append(ln)
        k += 1
    close_at = next((j for j in range(k, len(lines)) if is_recipients_title(lines[j])
                     and lines[j].column in (None, 0)), len(lines))
    body = merge_columns(lines[k:close_at])
    if source.unit == "line":
        body = unwrap(body)
    b = 0
    while b < len(body) and body[b].label is None and is_basis(body[b].text):
        b += 1
    basis_lines, body = body[:b], body[b:]
    header = read_header(lines[:title_at], lines[title_at], subject)
    texts = [ln.text for ln in [*basis_lines, *body]]
    reg = Registry(tuple(p for p in (header.place,) if p))
    _issuer(header, reg, review, texts, lines[title_at].line, basis_lines, body)
    year = header.period["start"] if header.period and \
        header.period["start"] == header.period["end"] else None
    ctx = Context(reg, review, year)
    bases: list[dict[str, Any]] = []
    partners: list[Entry] = []
    for ln in basis_lines:
        basis, parties = read_basis(ln.text, ln.line, reg)
        bases.append(basis)
        partners += [p for p in parties if p is not reg.issuer and p not in partners]
    for ln in body:
        mentions.abbreviations(reg, ln.text, ln.line)
    tail = _closing_paragraphs(body)
    tree = build(body[:len(body) - len(tail)])
    numbering = section_styles(tree)
    blocks = build_body(tree, ctx, numbering)
    blocks += [{"paragraph": ln.text} for ln in tail]
    closing = read_closing(lines[close_at:], reg)
    if header.period is None:
        _period(header, review, [ln.text for ln in [*body[:1], *tail]])
    document = _document(header, reg, review, closing, close_at < len(lines))
    data: dict[str, Any] = {"dakplan": 2, "document": document}
    if bases:
        data["bases"] = bases
    data["agencies"], data["groups"] = [], []
    if partners:
        data["partners"] = [p.ref for p in partners]
    if ctx.formats:
        data["media_formats"] = [{"code": c, "label": label} for c, label in ctx.formats.items()]
    data["numbering"] = numbering
    data["body"] = blocks
    _units_meant(reg, ctx, review)
    _finish(data, reg, header, review)
    for line in closing.stray:
        review.add(line.line, "review.unplaced", document, "signature")
    return data, review, ctx


def _issuer(header: Header, reg: Registry, review: Review, texts: list[str], line: int,
            basis_lines: list[Line], body: list[Line]) -> None:
    if header.name:
        name, guessed = agency_name(header, texts)
        if guessed:
            review.add(header.lines.get("issuer", line), "review.issuer_case", name=name)
    else:
        candidates = [ln for ln in [*body[:2], *basis_lines[-1:]] if issuer_in(ln.text)]
        if not candidates:
            review.add(line, "review.no_issuer")
            return
        who = issuer_in(candidates[0].text)
        assert who is not None
        name = spelled_out(who)
        if _LOCALITY_END.search(name) and header.place:
            name = f"{name} {header.place}"
        header.name = name.upper()
        header.lines["issuer"] = candidates[0].line
        review.add(candidates[0].line, "review.issuer_from_text", text=who)
    entry = reg.add(name, header.lines.get("issuer", line), kind=kind_of(name))
    reg.issuer = entry
    reg.home = _home(name, header)
    placeless = _without_place(name, header.place)
    if placeless:
        entry.forms.append(placeless)


def _home(name: str, header: Header) -> tuple[str, str] | None:
    """The issuer's locality (("tỉnh", "Lâm Đồng")): the level its own name, or the body
    above it, prints before the place of the date line."""
    if not header.place:
        return None
    for body in (name, header.parent or ""):
        found = re.search(r"\b(tinh|huyen|thanh pho|thi xa|xa|phuong|thi tran)\s+"
                          rf"{re.escape(fold(header.place))}$", fold(body))
        if found:
            level = {"tinh": "tỉnh", "huyen": "huyện", "thanh pho": "thành phố",
                     "thi xa": "thị xã", "xa": "xã", "phuong": "phường",
                     "thi tran": "thị trấn"}[found.group(1)]
            return level, header.place
    return None


def _without_place(name: str, place: str | None) -> str | None:
    if place and name.endswith(" " + place):
        rest = name[:-len(place) - 1]
        return rest if _LOCALITY_END.search(rest) else None
    return None


def _closing_paragraphs(body: list[Line]) -> list[Line]:
    """The body's last paragraphs that stand outside its sections: from "Trên đây là ..."
    or the paragraph ending "./." to the end."""
    start = len(body)
    for k in range(len(body) - 1, -1, -1):
        ln = body[k]
        if ln.label is not None:
            break
        if ln.text.startswith("Trên đây") or (ln.text.endswith("./.") and start == len(body)):
            start = k
    return body[start:]


def _period(header: Header, review: Review, texts: list[str]) -> None:
    for text in texts:
        found = period_in(text)
        if found:
            header.period = found
            review.add(header.lines.get("subject", 0), "review.period_from", text=text[:80])
            return
    review.add(header.lines.get("subject", 0), "review.no_period")


def _document(header: Header, reg: Registry, review: Review, closing: Any,
              has_recipients: bool) -> dict[str, Any]:
    issuer: dict[str, Any] = {}
    if header.parent:
        issuer["parent"] = header.parent
    if header.name:
        issuer["name"] = header.name
    if reg.issuer is not None:
        issuer["agency"] = reg.issuer.ref
    doc: dict[str, Any] = {"type": header.type, "title": header.title}
    if issuer:
        doc["issuer"] = issuer
    doc["number"] = header.number
    doc["symbol"] = header.symbol
    doc["place"] = header.place
    doc["date"] = header.date
    doc["subject"] = header.subject
    if header.period:
        doc["period"] = header.period
    if closing.signature:
        doc["signature"] = closing.signature
    doc["recipients"] = closing.recipients
    if header.symbol is None:
        review.add(header.lines.get("title", 0), "review.no_number", doc, "number")
    elif header.number_text:
        review.add(header.lines["number"], "review.number", doc, "number",
                   text=header.number_text)
    if "date" not in header.lines:
        review.add(header.lines.get("title", 0), "review.no_date", doc, "date")
    elif header.date is None:
        review.add(header.lines["date"], "review.date", doc, "date", text=header.date_text)
    if not closing.signature:
        review.add(closing.signature_line or header.lines.get("title", 0),
                   "review.no_signature", doc, "recipients")
    if not has_recipients:
        review.add(header.lines.get("title", 0), "review.no_recipients", doc, "recipients")
    return doc


def _issuer_code(header: Header) -> str | None:
    if header.symbol:
        parts = header.symbol.split("-")
        if len(parts) >= 2 and (parts[0] in TYPES.values() or parts[0] == header.type):
            code = ascii_code(parts[1])
            return code if code[:1].isalpha() else None
    return None


_UNITS = ("cac don vi", "cac don vi lien quan", "cac co quan don vi")


def _units_meant(reg: Registry, ctx: Context, review: Review) -> None:
    """ "Các đơn vị báo cáo ...": in a plan, the units are those it gives parts to."""
    for entry in reg.entries:
        if entry.group and not entry.members and not entry.member_kinds \
                and fold(entry.name) in _UNITS:
            members = [p for p in ctx.parts if p is not entry and p is not reg.issuer]
            if members:
                entry.members = members
                entry.guessed = True


def _finish(data: dict[str, Any], reg: Registry, header: Header, review: Review) -> None:
    used = _refs(data)
    for entry in list(reg.entries):
        used |= {m.ref for m in entry.members} if entry.ref in used else set()
    reg.entries = [e for e in reg.entries if e.ref in used or e is reg.issuer]
    for entry in reg.entries:
        if entry.group and not entry.members and not entry.member_kinds:
            _unlisted(entry)
    table = reg.finish(_issuer_code(header))
    agencies, groups = reg.data()
    data["agencies"], data["groups"] = agencies, groups
    if not groups:
        del data["groups"]
    for entry, item in zip([e for e in reg.entries if not e.group], agencies, strict=True):
        if entry.plural:
            review.add(entry.line, "review.group_as_agency", item, "code", name=entry.name,
                       code=entry.code)
        elif entry.spelled and not _common(entry.spelled):
            review.add(entry.line, "review.agency_expanded", item, "code",
                       short=entry.spelled, name=entry.name)
        elif entry.kind == "other" and entry is not reg.issuer:
            review.add(entry.line, "review.agency_new", item, "code", name=entry.name,
                       code=entry.code, kind=entry.kind)
    for entry, item in zip([e for e in reg.entries if e.group], groups, strict=True):
        if entry.guessed:
            review.add(entry.line, "review.group_guess", item, "code", name=entry.name,
                       members=", ".join(m.code for m in entry.members))
    _replace(data, table)
    _unique_ids(data)


_EVERY = {"so": ("SBN", "department"), "huyen": ("HUYEN", "district"), "xa": ("XA", "commune")}
"""Plural names that take in every body of a kind: "Các sở" is every department."""


def _unlisted(entry: Entry) -> None:
    """A plural name whose members the text does not list ("Các Trung tâm Y tế huyện"): every
    body of a kind when it names one ("Các sở"); else one agency standing for them all, for
    review (a group must have members, and none is invented)."""
    every = _EVERY.get(" ".join(fold(entry.name).split()[1:]))
    if every is not None:
        entry.known, kind = every
        entry.member_kinds = [kind]
        return
    entry.group = False
    entry.plural = True
    entry.kind = kind_of(" ".join(entry.name.split()[1:]) or entry.name)


_REF = re.compile(r"\x00\d+\x00")
_COMMON = re.compile(r"\b(?:UBND|HĐND)\b")


def _common(short: str) -> bool:
    """A short form using only the abbreviations every reader knows (UBND, HĐND)."""
    return not re.search(r"\b[A-ZĐ]{2,}\b", _COMMON.sub("", short))


def _refs(node: Any) -> set[str]:
    if isinstance(node, str):
        return set(_REF.findall(node))
    if isinstance(node, dict):
        return {r for v in node.values() for r in _refs(v)}
    if isinstance(node, list):
        return {r for v in node for r in _refs(v)}
    return set()


def _replace(node: Any, table: dict[str, str]) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else ()
    for key, value in list(items):
        if isinstance(value, str) and "\x00" in value:
            codes = {ref: code.lower() for ref, code in table.items()} if key == "id" else table
            node[key] = _REF.sub(_lookup(codes), value)
        elif isinstance(value, dict | list):
            _replace(value, table)


def _lookup(codes: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda found: codes[found.group()]


def _unique_ids(data: dict[str, Any]) -> None:
    seen: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                base = node["id"] or "muc"
                value, n = base, 2
                while value in seen:
                    value, n = f"{base}-{n}", n + 1
                node["id"] = value
                seen.add(value)
            for value_ in node.values():
                walk(value_)
        elif isinstance(node, list):
            for value_ in node:
                walk(value_)

    walk(data.get("bases", []))
    walk(data.get("body", []))
