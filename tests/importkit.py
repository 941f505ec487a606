"""Measuring an imported plan against what the document prints, for the importer's tests.

A version-2 plan is printed back here as plain lines, the way `render plan` prints a document
once its markup is taken off (docs/format-v2.md, "What the commands read from the tree"):
header, bases, the body with every heading's number worked out from the `numbering` styles,
recipients, signature. Written from the format's text, not from the importer's code, so that
the importer's numbering is checked, not repeated.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dakplan.i18n.vn import fold, format_date, format_month
from sentence_split import normalise, sentences

LETTERS = "abcdđeghiklmnopqrstuvxy"
ROMAN = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
         (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, digits in ROMAN:
        while n >= value:
            out, n = out + digits, n - value
    return out


def label(style: str, n: int, parent: str | None) -> str:
    if style == "I.":
        return _roman(n) + "."
    if style in ("a)", "a."):
        return LETTERS[n - 1] + style[-1]
    if style == "1.1.":
        return f"{parent.rstrip('.')}.{n}." if parent else f"{n}."
    if style == "none":
        return ""
    return f"{n}{style[-1]}"


def _text(item: Any) -> str | None:
    if isinstance(item, str):
        return item
    for key in ("duty", "theme", "clause", "media"):
        if key in item:
            return str(item[key]["text"])
    if "paragraph" in item:
        return str(item["paragraph"])
    return None


def body_lines(blocks: list[Any], styles: list[str], parent: str | None = None,
               depth: int = 0, outline: list[tuple[int, str, str]] | None = None) -> list[str]:
    out: list[str] = []
    count = 0
    for block in blocks:
        if "section" in block:
            sec = block["section"]
            own = styles[0] if styles else "none"
            below = sec.get("numbering", styles[1:])
            number = ""
            if sec.get("numbered", True) is not False and own != "none":
                count += 1
                number = sec.get("number") or label(own, count, parent)
            elif sec.get("number"):
                number = sec["number"]
            heading = sec.get("heading", "")
            if outline is not None and (number or heading):
                outline.append((depth, number, heading))
            if number or heading:
                out.append(f"{number} {heading}".strip())
            out += body_lines(sec.get("blocks", []), list(below), number or parent, depth + 1,
                              outline)
        elif "bullets" in block:
            out += _items(block["bullets"], "-", 1, parent)
        elif "numbered" in block:
            spec = block["numbered"]
            out += _items(spec["items"], spec["style"], spec.get("start", 1), parent)
        else:
            text = _text(block)
            if text is not None:
                out.append(text)
    return out


def _items(items: list[Any], style: str, start: int, parent: str | None) -> list[str]:
    out: list[str] = []
    n = start
    for item in items:
        if isinstance(item, dict) and ("bullets" in item or "numbered" in item):
            sub = item.get("bullets") or item["numbered"]["items"]
            out += [f"+ {_text(s)}" for s in sub]
            continue
        mark = "-" if style == "-" else label(style, n, parent)
        out.append(f"{mark} {_text(item)}")
        n += 1
    return out


def printed_lines(data: dict[str, Any], outline: list[tuple[int, str, str]] | None = None
                  ) -> list[str]:
    doc = data["document"]
    out: list[str] = []
    issuer = doc.get("issuer") or {}
    out += [v for v in (issuer.get("parent"), issuer.get("name")) if v]
    out += ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    out.append(f"Số: {doc.get('number') or ''}/{doc.get('symbol') or ''}".replace(": /", ": /"))
    date = doc.get("date")
    if isinstance(date, dt.date):
        out.append(f"{doc.get('place')}, {format_date(date)}")
    elif isinstance(date, str):
        year, month = date.split("-")
        out.append(f"{doc.get('place')}, {format_month(int(year), int(month))}")
    out += [doc.get("title", ""), doc.get("subject", "")]
    out += [b["text"] for b in data.get("bases", [])]
    out += body_lines(data.get("body", []), list(data.get("numbering", ["I.", "1.", "a)"])),
                      outline=outline)
    out.append("Nơi nhận:")
    recipients = doc.get("recipients", [])
    for k, r in enumerate(recipients):
        note = f" ({r['note']})" if r.get("note") else ""
        out.append(f"- {r['text']}{note}{'.' if k == len(recipients) - 1 else ';'}")
    sig = doc.get("signature") or {}
    out += [f"{c['authority']} {c['on_behalf_of']}" for c in sig.get("chain", [])]
    out += [v for v in (sig.get("title"), sig.get("name")) if v]
    return out


def recall(wanted: list[str], text: str) -> tuple[int, list[str]]:
    """How many of ``wanted`` are found in ``text`` in order, and those that are not."""
    position, found, missing = 0, 0, []
    for sentence in wanted:
        at = text.find(sentence, position)
        if at < 0:
            missing.append(sentence)
            continue
        found += 1
        position = at + len(sentence)
    return found, missing


def text_of(data: dict[str, Any]) -> str:
    return " ".join(" ".join(line.split()) for line in printed_lines(data))


def sentence_recall(source_text: str, data: dict[str, Any]) -> tuple[float, list[str]]:
    wanted = sentences(source_text)
    found, missing = recall(wanted, text_of(data))
    return found / len(wanted), missing


def _split(lines: list[str]) -> list[str]:
    return [s for line in lines for s in re.split(r"(?<=\.)\s+", " ".join(line.split())) if s]


def document_recall(source_text: str, data: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(sentences found, sentences of the source, those missing), reading the source as a
    person reads a printed page: the header and the closing are tables whose columns have
    no order between them (the header's sentences need only be there; the recipients, and
    the signature, each in their order), the rest in order. A PDF's text layer runs the two
    columns of a line together with a wide gap: that splits them; a page number is no
    sentence."""
    pieces: list[str] = []
    for raw in source_text.splitlines():
        if re.fullmatch(r"\s*\d{1,3}\s*", raw):
            continue
        pieces += [normalise(p) for p in re.split(r"\s{3,}", raw.strip()) if normalise(p)]
    title = next(k for k, p in enumerate(pieces) if fold(p) == "ke hoach")
    close = next(k for k, p in enumerate(pieces) if p.startswith("Nơi nhận"))
    mine = [" ".join(line.split()) for line in printed_lines(data)]
    my_title = mine.index(data["document"]["title"])
    my_close = mine.index("Nơi nhận:")
    parts = [
        (_split(pieces[:title]), " ".join(mine[:my_title]), False),
        (_split(pieces[title:close]), " ".join(mine[my_title:my_close]), True),
        (_split([p for p in pieces[close:] if p.startswith("-")]),
         " ".join(m for m in mine[my_close:] if m.startswith("-")), True),
        (_split([p for p in pieces[close:] if not p.startswith("-")]),
         " ".join(m for m in mine[my_close:] if not m.startswith("-")), True),
    ]
    found, total, missing = 0, 0, []
    for wanted, text, ordered in parts:
        total += len(wanted)
        if ordered:
            n, lost = recall(wanted, text)
        else:
            lost = [w for w in wanted if w not in text]
            n = len(wanted) - len(lost)
        found += n
        missing += lost
    return found, total, missing


def duties(data: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "duty" in node and isinstance(node["duty"], dict):
                out.append(node["duty"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data.get("body", []))
    return out


def _key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in ("cac", "va"))


def who(data: dict[str, Any], code: str, depth: int = 0) -> Any:
    """What a lead or coordinator code stands for, independent of the code chosen: an
    agency's name, a group's members (or the kinds it takes in), recursively."""
    for agency in data.get("agencies", []):
        if agency["code"] == code:
            return ("agency", _key(agency["name"]))
    for group in data.get("groups", []):
        if group["code"] == code and depth < 8:
            members = frozenset(who(data, m, depth + 1) for m in group.get("members", []))
            kinds = frozenset(group.get("member_kinds", []))
            if not members and not kinds:
                return ("agency", _key(group["name"]))
            return ("group", members, kinds)
    return ("unknown", code)


def lead_accuracy(expected: dict[str, Any], got: dict[str, Any]) -> tuple[float, list[str]]:
    """Share of the expected plan's duties that are duties of the imported plan with the same
    lead (found by their text), and the texts of those that are not."""
    mine = {fold(d["text"]): d for d in duties(got)}
    wrong: list[str] = []
    wanted = duties(expected)
    for duty in wanted:
        other = mine.get(fold(duty["text"]))
        if other is None or who(got, other["lead"]) != who(expected, duty["lead"]):
            wrong.append(duty["text"][:60])
    return (len(wanted) - len(wrong)) / len(wanted), wrong


def outline(data: dict[str, Any]) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    printed_lines(data, found)
    return found
