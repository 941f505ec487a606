"""Plan data -> YAML text, with the review list written as comments where each item belongs.

A YAML library cannot write comments, so this writer writes the text itself, in the style of
the plan files: block mappings indented by two, small records and lists of codes inline
(``timing: {type: deadline, date: 2020-12-15}``, ``agencies: [TU, HDND]``), long texts folded
(``>-``) at the width of the page, a blank line between top-level sections. Scalars are written
plain only where YAML reads them back as the same string; otherwise double-quoted. The output
depends only on the data: the same document gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import yaml

from dakplan.imports.review import Review, ReviewItem

WIDTH = 96
_FLOW_KEYS = frozenset({"timing", "period", "recipients", "chain", "by", "media_formats",
                        "issuer"})
_RESOLVER = yaml.resolver.Resolver()
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or "\t" in text:
        return False
    if text[0] in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and any(c in text for c in ",[]{}"):
        return False
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == "tag:yaml.org,2002:str")


def scalar(value: Any, flow: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text, flow) else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | dt.date)


def _short(value: Any) -> bool:
    return isinstance(value, int | dt.date) or (
        isinstance(value, str) and len(value) <= 24 and bool(re.match(r"^[\w.-]+$", value)))


def _flow(value: Any, key: str | None = None) -> str | None:
    """``value`` written inline, or None when it should not be."""
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(_short(v) for v in value) or (key in ("short", "aliases") and len(value) <= 4
                                              and all(isinstance(v, str) for v in value)):
            return "[" + ", ".join(scalar(v, True) for v in value) + "]"
        return None
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if item is None:
                return None
            if _is_scalar(item):
                parts.append(f"{key}: {scalar(item, True)}")
            elif isinstance(item, list) and all(_short(v) for v in item):
                parts.append(f"{key}: {_flow(item)}")
            else:
                return None
        return "{" + ", ".join(parts) + "}"
    return None


def _folded(text: str, indent: int) -> list[str] | None:
    """``text`` as the lines of a folded block scalar, or None when it cannot be one."""
    if not text or text != text.strip() or "\t" in text or "\n" in text:
        return None
    pieces = re.split(r"(?<=\S) (?=\S)", text)
    room = max(WIDTH - indent, 40)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + 1 + len(piece) > room:
            lines.append(current)
            current = piece
        else:
            current = f"{current} {piece}" if current else piece
    lines.append(current)
    return lines


def _literal(text: str) -> list[str] | None:
    lines = text.split("\n")
    if any(line != line.strip() or "\t" in line for line in lines) or not lines[0]:
        return None
    return lines


class _Writer:
    def __init__(self, review: Review) -> None:
        self.review = review
        self.out: list[str] = []

    def commented(self, value: Any) -> bool:
        """Whether a comment is to be written anywhere inside ``value``."""
        if self.review.has(value):
            return True
        children = value.values() if isinstance(value, dict) else value \
            if isinstance(value, list) else ()
        return any(self.commented(v) for v in children if isinstance(v, dict | list))

    def comments(self, items: list[ReviewItem], indent: int) -> None:
        for item in items:
            item.yaml_line = len(self.out) + 1
            self.out.append(f"{' ' * indent}# review ({item.unit} {item.line}): {item.message}")

    def text_value(self, prefix: str, text: str, indent: int) -> None:
        if len(prefix) + len(scalar(text)) <= WIDTH and "\n" not in text:
            self.out.append(f"{prefix} {scalar(text)}".rstrip())
            return
        block = _folded(text, indent) if "\n" not in text else _literal(text)
        if block is None:
            self.out.append(f"{prefix} {scalar(text)}")
            return
        self.out.append(f"{prefix} {'>-' if chr(10) not in text else '|-'}")
        self.out += [f"{' ' * indent}{line}" if line else "" for line in block]

    def value(self, prefix: str, key: str | None, value: Any, indent: int) -> None:
        """Write ``value`` after ``prefix`` ("key:" or "-"), nested lines at ``indent``."""
        if isinstance(value, str):
            self.text_value(prefix, value, indent)
            return
        if _is_scalar(value):
            self.out.append(f"{prefix} {scalar(value)}".rstrip())
            return
        inline = _flow(value, key) if (key in _FLOW_KEYS or isinstance(value, list)
                                       or len(value) <= 3) else None
        if inline is not None and self.commented(value):
            inline = None  # a comment needs a line of its own
        if inline is not None and len(prefix) + 1 + len(inline) <= WIDTH:
            self.out.append(f"{prefix} {inline}")
            return
        if isinstance(value, dict):
            self.out.append(prefix)
            self.mapping(value, indent)
        else:
            self.out.append(prefix)
            self.sequence(value, indent, key)

    def mapping(self, data: dict[str, Any], indent: int, first_prefix: str | None = None,
                top: bool = False) -> None:
        for k, (key, value) in enumerate(data.items()):
            if top and k:
                self.out.append("")
            pad = first_prefix if (k == 0 and first_prefix is not None) else " " * indent
            if not (k == 0 and first_prefix is not None):
                self.comments(self.review.at(data, key), indent)
            self.value(f"{pad}{key}:", key, value, indent + 2)

    def sequence(self, items: list[Any], indent: int, key: str | None) -> None:
        for k, item in enumerate(items):
            head = self.review.at(items, k)
            if isinstance(item, dict) and item:
                head = head + self.review.at(item, next(iter(item)))
            self.comments(head, indent)
            prefix = f"{' ' * indent}- "
            if isinstance(item, dict) and item and (key in _FLOW_KEYS or len(item) <= 3) \
                    and not self.commented(item):
                inline = _flow(item)
                if inline is not None and len(prefix) + len(inline) <= WIDTH:
                    self.out.append(prefix + inline)
                    continue
            if isinstance(item, dict) and item:
                self.mapping(item, indent + 2, first_prefix=prefix)
            else:
                self.value(prefix.rstrip(), None, item, indent + 2)


def emit(data: dict[str, Any], review: Review, leading: list[str]) -> str:
    writer = _Writer(review)
    writer.out += [f"# {line}" if line else "#" for line in leading]
    placed = review.placed()
    writer.comments([i for i in review.sorted() if id(i) not in placed], 0)
    writer.mapping(data, 0, top=True)
    return "\n".join(writer.out) + "\n"
