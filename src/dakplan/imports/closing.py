"""The closing: "Nơi nhận:" with its recipients, and the signature block beside or under it.

Recipients are the "- ..." lines after "Nơi nhận:"; each keeps its text as printed without the
dash, the note in parentheses ((b/c) to report, (t/h) to carry out, (p/h) to coordinate) and
the final punctuation, and names the agencies it addresses ("TT Tỉnh ủy" is the Tỉnh ủy's
standing committee, so the Tỉnh ủy). The archive line ("Lưu: VT, ...") names none.

The signature is the lines that are not recipients: the right column of a table or of a PDF
line, or what follows the list: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
outermost first, then the signer's title, then the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.imports import mentions
from dakplan.imports.agencies import Registry
from dakplan.imports.lines import Line

_NOTE = re.compile(r"\s*\((b/c|t/h|p/h)\)\s*$")
_AUTHORITY = re.compile(r"^(TM|KT|Q|TL|TUQ)\s*\.\s*(.+)$")
_NAME = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,5}$")


@dataclass
class Closing:
    recipients: list[dict[str, Any]] = field(default_factory=list)
    recipient_lines: list[int] = field(default_factory=list)
    signature: dict[str, Any] | None = None
    signature_line: int = 0
    stray: list[Line] = field(default_factory=list)


def is_recipients_title(line: Line) -> bool:
    return fold(line.text).startswith("noi nhan")


def read_closing(lines: list[Line], reg: Registry) -> Closing:
    closing = Closing()
    listed: list[Line] = []
    signature: list[Line] = []
    for line in lines:
        if is_recipients_title(line) and not listed:
            continue
        if line.column == 1:
            signature.append(line)
        elif line.style in ("-", "+"):
            listed.append(line)
        elif listed and not listed[-1].text.endswith((";", ".")) and not _signature_like(line):
            listed[-1] = Line(f"{listed[-1].text} {line.text}", listed[-1].line, "-", "-")
        else:
            signature.append(line)
    for line in listed:
        closing.recipients.append(_recipient(line, reg))
        closing.recipient_lines.append(line.line)
    _signature(closing, signature)
    return closing


def _signature_like(line: Line) -> bool:
    text = line.text
    return bool(_AUTHORITY.match(text) or _upper(text) or _NAME.match(text))


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _recipient(line: Line, reg: Registry) -> dict[str, Any]:
    text = line.text.strip()
    text = re.sub(r"[;.,]\s*$", "", text).strip()
    note = _NOTE.search(text)
    item: dict[str, Any] = {"text": text[:note.start()].strip() if note else text}
    if note:
        item["note"] = note.group(1)
    if not fold(item["text"]).startswith("luu"):
        found = mentions.recipients(reg, item["text"], line.line)
        if found:
            item["agencies"] = [e.ref for e in found]
    return item


def _signature(closing: Closing, lines: list[Line]) -> None:
    chain: list[dict[str, str]] = []
    title: str | None = None
    name: str | None = None
    for line in lines:
        text = line.text.strip()
        found = _AUTHORITY.match(text)
        if found and title is None:
            chain.append({"authority": f"{found.group(1)}.", "on_behalf_of": found.group(2)})
        elif _upper(text) and title is None:
            title = text
        elif title is not None and name is None and _NAME.match(text):
            name = text
        else:
            closing.stray.append(line)
        if closing.signature_line == 0:
            closing.signature_line = line.line
    if title is None and name is None:
        return
    signature: dict[str, Any] = {}
    if chain:
        signature["chain"] = chain
    signature["title"] = title
    signature["name"] = name
    closing.signature = signature
