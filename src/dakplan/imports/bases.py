"""The "Căn cứ / Thực hiện / Theo đề nghị của / Xét đề nghị của" paragraphs and what they cite.

A cited document is read where it has the usual form: a type ("Kế hoạch", "Nghị quyết",
"Công văn", ...), "số" and its number as printed (kept byte for byte, odd spacing included:
"118/TTr- STTTT"), "ngày" and its date, "của" and its issuer, then its subject ("về ...",
"ban hành ...", "triển khai ..."), a period ("giai đoạn 2017-2021"), the parties of an
agreement ("giữa X và Y") and the name the plan gives it ("(sau đây viết tắt là ...)").
An agreement or programme without a number is cited by its name.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.imports import mentions
from dakplan.imports.agencies import Entry, Registry
from dakplan.imports.names import words
from dakplan.imports.sections import slug

INTROS = ("can cu", "thuc hien", "theo de nghi", "xet de nghi")

TYPES = {
    "kế hoạch": "KH", "nghị quyết": "NQ", "quyết định": "QĐ", "chỉ thị": "CT",
    "chương trình": "CTr", "báo cáo": "BC", "thông báo": "TB", "hướng dẫn": "HD",
    "tờ trình": "TTr", "hợp đồng": "HĐ", "bản thỏa thuận": "BTT", "thỏa thuận": "BTT",
    "thoả thuận": "BTT", "bản ghi nhớ": "BGN", "đề án": "ĐA", "phương án": "PA",
    "nghị định": "NĐ", "thông tư": "TT", "công văn": None, "văn bản": None, "luật": None,
    "công điện": None,
}
_TYPE_WORDS = "|".join(sorted((re.escape(k) for k in TYPES), key=len, reverse=True))
_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_NUMBERED = re.compile(
    rf"(?P<type>{_TYPE_WORDS})\s+số\s+(?P<num>\d+[\w/&.\-]*(?:(?<=-)\s+[A-ZĐ][\w&.\-]*)?)"
    rf"(?:\s+(?:ký\s+)?ngày\s+(?P<date>{_DATE}))?", re.I)
_NAMED = re.compile(rf"^(?:nội dung\s+)?(?P<type>{_TYPE_WORDS})\b", re.I)
_ISSUER = re.compile(rf"^\s*của\s+(?P<who>.+?)(?=\s+(?:về|ban hành|triển khai|phê duyệt|quy "
                     rf"định|hướng dẫn|tại|giai đoạn)\b|\s+và\s+(?:các\s+)?(?:{_TYPE_WORDS})"
                     rf"|\s*[,;(.]|\s*$)", re.I)
_SUBJECT = re.compile(r"^\s*(?:về việc|về|v/v)\s+|^\s*(?=(?:ban hành|triển khai|phê duyệt)\s)",
                      re.I)
_SHORT = re.compile(r"\(\s*sau đây (?:viết tắt|gọi tắt|gọi) là\s+(?P<name>[^)]+?)\s*\)", re.I)
_PERIOD = re.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})", re.I)
_BETWEEN = re.compile(r"\bgiữa\s+", re.I)
_SIGNED = re.compile(rf"\bký\s+ngày\s+({_DATE})", re.I)
_STOP = re.compile(r"\s+(?:giai đoạn|giữa|về việc|về|của|ký ngày|ngày)\b|\s*[(;]|[,.]\s*$",
                   re.I)
_PROPOSER = re.compile(r"^(?:Theo|Xét) đề nghị của\s+(?:(?:Giám đốc|Phó Giám đốc|Thủ trưởng"
                       r"|Chánh Văn phòng|Trưởng|Chủ tịch|Trưởng ban)\s+)?(?P<who>.+?)"
                       r"(?=\s+tại\b|\s*[,.;]|$)", re.I)


def is_basis(text: str) -> bool:
    return fold(text).startswith(INTROS)


def parse_date(text: str) -> dt.date | None:
    found = re.match(r"(\d{1,2})\s*(?:/|\s+tháng\s+)\s*(\d{1,2})\s*(?:/|\s+năm\s+)\s*(\d{4})",
                     text)
    if not found:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def citations(text: str, reg: Registry | None = None, line: int = 0) -> list[dict[str, Any]]:
    """The documents ``text`` cites by number, in order."""
    out: list[dict[str, Any]] = []
    plain = _SHORT.sub(lambda m: " " * len(m.group()), text)  # "(sau đây ... Kế hoạch số 96)"
    for found in _NUMBERED.finditer(plain):
        word = found.group("type").lower()
        doc: dict[str, Any] = {}
        if TYPES.get(word):
            doc["type"] = TYPES[word]
        else:
            doc["name"] = found.group("type")[:1].upper() + found.group("type")[1:]
        doc["number"] = found.group("num").rstrip(".,;")
        if found.group("date"):
            date = parse_date(found.group("date"))
            if date:
                doc["date"] = date
        rest = text[found.end():]
        rest = _next_citation(rest)
        _issuer_subject(doc, rest)
        out.append(doc)
    return out


def _next_citation(rest: str) -> str:
    nxt = re.search(rf"[,;]\s*(?:và\s+)?(?:{_TYPE_WORDS})\s+số\s", rest, re.I)
    return rest[:nxt.start()] if nxt else rest


def _issuer_subject(doc: dict[str, Any], rest: str) -> None:
    found = _ISSUER.match(rest)
    if found:
        doc["issuer"] = found.group("who").strip()
        rest = rest[found.end():]
    short = _SHORT.search(rest)
    if short:
        rest = rest[:short.start()]
    subject = _SUBJECT.match(rest)
    if subject:
        value = rest[subject.end():].strip().rstrip(";.,:").strip()
        value = re.split(r";\s", value)[0].strip()
        if value:
            doc["subject"] = value
            period = _PERIOD.search(value)
            if period:
                doc["period"] = {"start": int(period.group(1)), "end": int(period.group(2))}
    if short:
        doc["short_name"] = short.group("name").strip()


def read_basis(text: str, line: int, reg: Registry) -> tuple[dict[str, Any], list[Entry]]:
    """One basis paragraph -> its data, and the parties of the agreements it cites."""
    mentions.abbreviations(reg, text, line)
    basis: dict[str, Any] = {"id": ""}
    proposer = _PROPOSER.match(text)
    if proposer:
        who = proposer.group("who").strip()
        who = who[:1].upper() + who[1:]
        found = mentions.entity(reg, words(who), 0, line, new=True)
        if found is not None:
            basis["proposer"] = found[0].ref
    basis["text"] = text
    documents = citations(text, reg, line)
    if proposer and documents and documents[0].get("type") == "TTr" \
            and "issuer" not in documents[0]:
        documents[0]["issuer"] = proposer.group("who").strip()[:1].upper() + \
            proposer.group("who").strip()[1:]
    parties: list[Entry] = []
    if not documents:
        for segment in re.split(r";\s*", _drop_intro(text)):
            doc, found_parties = _named(segment, reg, line)
            if doc:
                documents.append(doc)
                parties += [p for p in found_parties if p not in parties]
    if documents:
        basis["documents"] = documents
    basis["id"] = basis_id(documents, text)
    return basis, parties


def _drop_intro(text: str) -> str:
    return re.sub(r"^(?:Căn cứ|Thực hiện|Theo đề nghị của|Xét đề nghị của)\s+", "", text,
                  flags=re.I)


def _named(segment: str, reg: Registry, line: int) -> tuple[dict[str, Any] | None, list[Entry]]:
    """A document cited without a number: "Thỏa thuận hợp tác ... giai đoạn 2015 - 2020
    giữa UBND tỉnh Đắk Lắk và Thông tấn xã Việt Nam (TTXVN)"."""
    segment = segment.strip().rstrip(".;,")
    typed = _NAMED.match(segment)
    period = _PERIOD.search(segment)
    between = _BETWEEN.search(segment)
    if not (typed or period or between):
        return None, []
    doc: dict[str, Any] = {}
    start = typed.start("type") if typed else 0
    if typed and TYPES.get(typed.group("type").lower()):
        doc["type"] = TYPES[typed.group("type").lower()]
    stop = _STOP.search(segment, start + (len(typed.group("type")) if typed else 0))
    doc["name"] = segment[start:stop.start() if stop else len(segment)].strip()
    signed = _SIGNED.search(segment)
    if signed:
        date = parse_date(signed.group(1))
        if date:
            doc["date"] = date
    rest = segment[stop.start():] if stop else ""
    issuer = re.search(r"\bcủa\s+(?P<who>[^,;(]+?)(?=\s+(?:về|giai đoạn|giữa)\b|\s*[,;(]|$)",
                       rest)
    if issuer and not between:
        doc["issuer"] = issuer.group("who").strip()
    subject = re.search(r"\bvề (?:việc )?(?P<what>.+?)(?=\s+giai đoạn\b|\s+giữa\b|\s+ký ngày"
                        r"|\s*\(|$)", rest)
    if subject:
        doc["subject"] = subject.group("what").strip().rstrip(",")
    if period:
        doc["period"] = {"start": int(period.group(1)), "end": int(period.group(2))}
    parties: list[Entry] = []
    if between:
        listed = mentions.entities(reg, words(segment), _token_at(segment, between.end()), line,
                                   new=True)
        parties = [e for e, _, _ in listed]
        if parties:
            doc["parties"] = [p.ref for p in parties]
    short = _SHORT.search(segment)
    if short:
        doc["short_name"] = short.group("name").strip()
    return doc, parties


def _token_at(text: str, offset: int) -> int:
    toks = words(text).toks
    return next((k for k, t in enumerate(toks) if t.start >= offset), len(toks))


def basis_id(documents: list[dict[str, Any]], text: str) -> str:
    if documents:
        doc = documents[0]
        if "number" in doc:
            kind = doc.get("type") or "".join(w[0] for w in doc.get("name", "vb").split())
            parts = re.split(r"[^0-9A-Za-zĐđ]+", doc["number"])
            digits = next((p for p in parts if p.isdigit()), "")
            issuer = [p for p in parts if p and not p.isdigit() and fold(p) != fold(kind)]
            return slug(f"{kind} {digits} {issuer[0] if issuer else ''}", 3) or "can-cu"
        if doc.get("name"):
            return slug(doc["name"], 4) or "can-cu"
    return slug(_drop_intro(text), 4) or "can-cu"
