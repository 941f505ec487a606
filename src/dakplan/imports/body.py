"""The section tree -> the ``body`` blocks of format version 2.

What a block is follows from the kind of the section it stands in, read from the heading
("TỔ CHỨC THỰC HIỆN" is implementation, "KINH PHÍ" funding, "Nội dung ..." themes, "Hình
thức ..." media forms): in a section of duties each point or paragraph is a duty, led by the
agency heading its part, or by the one "X chủ trì" names, or the one its text opens with; in
the funding section a point that no agency carries out is a clause; in a themes section each
point is a theme; in a forms section a point naming media is a media block. A point that
should be a duty but names nobody to lead it stays plain text, listed for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.imports import mentions
from dakplan.imports.agencies import Entry, Registry
from dakplan.imports.bases import citations
from dakplan.imports.lines import Line
from dakplan.imports.review import Review
from dakplan.imports.sections import ListBlock, Section, printed_numbers, slug
from dakplan.imports.timing import read_timing

DUTY_KINDS = ("implementation", "duties", "reporting", "schedule")

_KINDS: tuple[tuple[str, str], ...] = (
    (r"to chuc thuc hien", "implementation"),
    (r"^kinh phi", "funding"),
    (r"che do bao cao|^bao cao", "reporting"),
    (r"tien do|lo trinh", "schedule"),
    (r"nhiem vu|giai phap", "duties"),
    (r"^muc dich.*yeu cau|^muc tieu", "objectives"),
    (r"^muc dich", "purposes"),
    (r"^yeu cau", "requirements"),
    (r"^noi dung.*hinh thuc", "content"),
    (r"^hinh thuc", "forms"),
    (r"^noi dung", "themes"),
)

PRESS = (("bao in", "bao-in"), ("bao dien tu", "bao-dien-tu"), ("bao hinh", "bao-hinh"),
         ("bao noi", "bao-noi"))
PRESS_TYPES = tuple(code for _, code in PRESS)
PRESS_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bbao chi\b", PRESS_TYPES),
    (r"\b(?:dai phat thanh|dai pt)\b", ("bao-noi",)),
    (r"\btruyen hinh\b|\bdai pt (?:va )?th\b", ("bao-hinh",)),
)
"""The press a media statement names by its bodies: "các cơ quan báo chí" publishes in the
four press types, a radio station on báo nói, television on báo hình, a newspaper ("Báo Vĩnh
Long", a capital after "Báo") in print and online."""
_NEWSPAPER = re.compile(r"\bBáo (?=[A-ZĐ])")
FORMATS = (
    (r"\bcong thong tin dien tu\b|\bcong ttdt\b", "cong-ttdt", "Cổng thông tin điện tử"),
    (r"trang thong tin dien tu", "trang-ttdt", "Trang thông tin điện tử"),
    (r"mang xa hoi|zalo|facebook", "mang-xa-hoi", "Mạng xã hội"),
    (r"loa truyen thanh|he thong truyen thanh|dai truyen thanh", "loa-truyen-thanh",
     "Hệ thống loa truyền thanh cơ sở"),
    (r"to roi|pa no|pano|ap phich|bang ron", "to-roi-pa-no", "Tờ rơi, pa-nô, áp phích"),
    (r"\btrien lam\b", "trien-lam", "Triển lãm"),
    (r"\ban pham\b|\btap gap\b", "an-pham-video", "Ấn phẩm, video"),
)


@dataclass
class Context:
    reg: Registry
    review: Review
    year: int | None
    formats: dict[str, str] = field(default_factory=dict)
    duties: list[tuple[dict[str, Any], Line]] = field(default_factory=list)
    parts: list[Entry] = field(default_factory=list)
    """The agencies heading the parts of duty sections, in order."""


def heading_kind(text: str, parent: str | None, depth: int) -> str | None:
    """The kind a heading gives its section: at the top level any kind; below, the parts of
    objectives (purposes, requirements) and of content (themes, forms) only."""
    key = fold(text)
    kind = next((k for pattern, k in _KINDS if re.search(pattern, key)), None)
    if kind is None or depth == 0:
        return kind
    if parent == "objectives" and kind in ("objectives", "purposes", "requirements"):
        return "purposes" if kind == "objectives" else kind
    if parent == "content" and kind in ("themes", "forms"):
        return kind
    return None


def build_body(root: Section, ctx: Context, numbering: list[str]) -> list[dict[str, Any]]:
    numbers = printed_numbers(root, numbering)
    return _blocks(root, ctx, None, None, numbers)


def _blocks(section: Section, ctx: Context, kind: str | None, lead: Entry | None,
            numbers: dict[int, tuple[str | None, list[str] | None]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for child in section.children:
        if isinstance(child, Section):
            out += _section(child, ctx, kind, lead, numbers)
        elif isinstance(child, ListBlock):
            out.append(_list(child, ctx, kind, lead))
        else:
            out.append(_paragraph(child, ctx, kind, lead))
    return out


def _section(section: Section, ctx: Context, parent: str | None, lead: Entry | None,
             numbers: dict[int, tuple[str | None, list[str] | None]]) -> list[dict[str, Any]]:
    own = heading_kind(section.heading, parent, section.depth) if section.line else None
    if own == "themes" and any(
            heading_kind(c.heading, "content", c.depth) for c in section.sections() if c.line):
        own = "content"  # "NỘI DUNG" over "Nội dung truyền thông" and "Hình thức"
    kind = own or parent
    part = None
    if kind in DUTY_KINDS and own is None and section.line is not None:
        part = mentions.heading_agency(ctx.reg, section.heading, section.line.line)
        lead = part or lead
        if part is not None and part not in ctx.parts:
            ctx.parts.append(part)
    data: dict[str, Any] = {"id": part.ref.lower() if part else slug(section.heading) or own
                            or "muc"}
    if own:
        data["kind"] = own
    number, override = numbers.get(id(section), (None, None))
    if not section.numbered:
        data["numbered"] = False
    elif section.label and section.label != number:
        data["number"] = section.label
    if section.heading:
        data["heading"] = section.heading
    if override:
        data["numbering"] = override
    blocks = _blocks(section, ctx, kind, lead, numbers)
    data["blocks"] = blocks
    out = [{"section": data}]
    if own == "funding":
        trailing = _reporting(blocks)
        if trailing:
            del blocks[len(blocks) - len(trailing):]
            report: dict[str, Any] = {"id": "bao-cao", "kind": "reporting", "numbered": False,
                                      "blocks": trailing}
            out.append({"section": report})
            for block in trailing:
                ctx.review.add(_line_of(ctx, block["duty"]), "review.reporting", block, "duty",
                               heading=section.heading)
    return out


def _reporting(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The duties at the end of a funding section that are about reporting, not money."""
    trailing: list[dict[str, Any]] = []
    for block in reversed(blocks[1:]):
        duty = block.get("duty")
        if duty is None or "bao cao" not in fold(duty["text"]):
            break
        trailing.insert(0, block)
    return trailing


def _line_of(ctx: Context, duty: dict[str, Any]) -> int:
    return next((line.line for d, line in ctx.duties if d is duty), 0)


def _list(block: ListBlock, ctx: Context, kind: str | None,
          lead: Entry | None) -> dict[str, Any]:
    items: list[Any] = []
    for item in block.items:
        items.append(_entry(item.line, ctx, kind, lead, items, len(items)))
        if item.subs:
            items.append({"bullets": [sub.text for sub in item.subs]})
    if block.style == "-":
        return {"bullets": items}
    numbered: dict[str, Any] = {"style": block.style}
    if block.start != 1:
        numbered["start"] = block.start
    numbered["items"] = items
    return {"numbered": numbered}


def _paragraph(line: Line, ctx: Context, kind: str | None, lead: Entry | None) -> dict[str, Any]:
    holder: dict[str, Any] = {}
    value = _entry(line, ctx, kind, lead, holder, "paragraph")
    if isinstance(value, str):
        holder["paragraph"] = value
        return holder
    block: dict[str, Any] = value
    return block


def _entry(line: Line, ctx: Context, kind: str | None, lead: Entry | None,
           container: object, slot: object) -> Any:
    """A point or paragraph as the thing its section makes of it (a text when nothing)."""
    text = line.text
    mentions.abbreviations(ctx.reg, text, line.line)
    if text.endswith(":"):
        return text
    if kind in DUTY_KINDS or kind == "funding":
        if fold(text).startswith("kinh phi"):
            return {"clause": _clause(text)}
        chair = mentions.chair(ctx.reg, text, line.line)
        opens = mentions.subject(ctx.reg, text, line.line)  # read even under a lead: a name
        who = chair if chair is not None and chair is not lead else lead or opens
        if who is None:
            if kind == "funding":
                return {"clause": _clause(text)}
            ctx.review.add(line.line, "review.no_lead", container, slot)
            return text
        return {"duty": _duty(text, who, ctx, line)}
    if kind == "themes":
        theme: dict[str, Any] = {"id": slug(text), "text": text}
        documents = citations(text)
        if documents:
            theme["documents"] = documents
        return {"theme": theme}
    if kind == "forms":
        formats = _formats(text, ctx)
        if formats:
            return {"media": {"text": text, "formats": formats}}
    return text


def _duty(text: str, who: Entry, ctx: Context, line: Line) -> dict[str, Any]:
    duty: dict[str, Any] = {"id": f"{who.ref}-{slug(text, 3)}", "lead": who.ref}
    issuer = ctx.reg.issuer
    coordinate = [e for e in mentions.coordinators(ctx.reg, text, line.line)
                  if e is not who and e is not issuer]
    if coordinate:
        duty["coordinate"] = [e.ref for e in coordinate]
    timing = read_timing(text, ctx.year)
    duty["timing"] = timing.value
    duty["text"] = text
    for key, params in timing.notes:
        ctx.review.add(line.line, key, duty, "timing", **params)
    ctx.duties.append((duty, line))
    return duty


def _clause(text: str) -> dict[str, Any]:
    key = fold(text)
    if re.search(r"moi ben|tu dam nhiem|tu bao dam|tu dam bao|tu chi tra", key):
        source = "each_party"
    elif "xa hoi hoa" in key:
        source = "socialised"
    elif "ngan sach" in key:
        source = "state_budget"
    else:
        source = "other"
    clause: dict[str, Any] = {"id": slug(text), "text": text, "source": source}
    amount = re.search(r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|VNĐ)", text)
    if amount:
        clause["amount"] = int(amount.group(1).replace(".", ""))
    return clause


def _formats(text: str, ctx: Context) -> list[str]:
    key = fold(text)
    found: list[tuple[int, str]] = []
    for phrase, code in PRESS:
        at = key.find(phrase)
        if at >= 0:
            found.append((at, code))
    for pattern, codes in PRESS_BODIES:
        match = re.search(pattern, key)
        if match:
            found += [(match.start(), code) for code in codes]
    if _NEWSPAPER.search(text):
        found += [(len(key), "bao-in"), (len(key), "bao-dien-tu")]
    for pattern, code, label in FORMATS:
        match = re.search(pattern, key)
        if match:
            found.append((match.start(), code))
            ctx.formats.setdefault(code, label)
    named = {code for _, code in found}
    press = [code for code in PRESS_TYPES if code in named]  # in the vocabulary's order
    return press + list(dict.fromkeys(code for _, code in sorted(found)
                                      if code not in PRESS_TYPES))
