"""The body's lines -> a tree of sections, lists and paragraphs, numbering as printed.

A labelled line is a heading when it reads like one (no sentence ends in it: no final "." or
";"), otherwise a numbered point. Headings nest by their numbering style, in the order the
styles first appear: "I." above "1." above "a)" in one document, "1." above "1.1." or "a)"
in another; a heading whose style was met higher up closes the sections below it. "-" lines
are bullets, "+" lines a sub-list of the bullet before them.

Numbers are kept as printed. ``numbering`` gives the style of each depth as the format's
``numbering`` key does; a section whose number is not the one its style and place would give
(a document that jumps from "3." to "5.") keeps its ``number``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from dakplan.imports.lines import Line

VN_LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The letters of numbered points in legal texts: no f, j, w, z; đ after d."""


@dataclass
class Item:
    line: Line
    subs: list[Line] = field(default_factory=list)


@dataclass
class ListBlock:
    style: str
    items: list[Item] = field(default_factory=list)
    start: int = 1


@dataclass
class Section:
    line: Line | None
    depth: int
    children: list[Section | ListBlock | Line] = field(default_factory=list)
    kind: str | None = None
    numbered: bool = True

    @property
    def label(self) -> str | None:
        return self.line.label if self.line else None

    @property
    def style(self) -> str | None:
        return self.line.style if self.line else None

    @property
    def heading(self) -> str:
        return self.line.text if self.line else ""

    def sections(self) -> list[Section]:
        return [c for c in self.children if isinstance(c, Section)]


def is_heading(line: Line) -> bool:
    text = line.text.rstrip()
    return (line.style not in ("-", "+") and bool(text) and not text.endswith((".", ";", ","))
            and len(text) <= 200 and ". " not in text)


def _level(line: Line) -> str:
    """The style of a heading for nesting: "1.1." of two numbers and of three differ."""
    assert line.style is not None
    if line.style == "1.1." and line.label:
        return f"1.1.#{line.label.rstrip('.').count('.')}"
    return line.style


def build(lines: list[Line]) -> Section:
    root = Section(None, -1)
    stack: list[Section] = [root]
    levels: list[str] = []
    marked = [ln.heading for ln in lines if ln.heading is not None and ln.style is not None]
    base = min(marked, default=1) - 1
    for line in lines:
        if line.heading is not None:
            line = replace(line, heading=max(1, line.heading - base))
        if line.style in ("-", "+"):
            _bullet(stack[-1], line)
        elif line.style is not None and _opens_section(line, bool(marked)):
            level = _level(line)
            if level in levels:
                depth = levels.index(level)
                del stack[depth + 1:]
                del levels[depth:]
            section = Section(line, len(stack) - 1)
            stack[-1].children.append(section)
            stack.append(section)
            levels.append(level)
        elif line.style is not None:
            level = _level(line)
            if level in levels and _closes(line, stack[levels.index(level) + 1], stack[-1]):
                depth = levels.index(level)
                del stack[depth + 1:]
                del levels[depth:]
            _point(stack[-1], line)
        elif line.heading is not None and is_heading(line):
            depth = max(0, min(line.heading - 1, len(stack) - 1))
            del stack[depth + 1:]
            del levels[depth:]
            section = Section(line, depth, numbered=False)
            stack[-1].children.append(section)
            stack.append(section)
            levels.append("none")
        else:
            stack[-1].children.append(line)
    return root


def _opens_section(line: Line, marked: bool) -> bool:
    """A labelled line is a heading when it reads like one; in a document whose headings
    carry a heading style (Word) or mark (Markdown), when it carries one, or is bold and
    reads like one (a clerk styles some headings and only bolds others)."""
    if not marked:
        return is_heading(line)
    return line.heading is not None or (line.bold and is_heading(line))


def _closes(point: Line, sibling: Section, current: Section) -> bool:
    """A point numbered like a heading above closes the sections down to that heading. In a
    document whose headings carry a style or mark, and the point none, only when it goes on
    with that heading's numbers ("3.4." after the heading "3.3."): else it is one of the
    current section's points ("1. Quảng bá du lịch." under "2. Nội dung")."""
    if sibling.line is None or sibling.line.heading is None or point.heading is not None:
        return True
    assert point.style is not None and point.label is not None
    last = current.children[-1] if current.children else None
    here = label_index(point.style, point.label)
    if isinstance(last, ListBlock) and last.style == point.style \
            and here == last.start + len(last.items):
        return False  # the next point of the current list
    heading = sibling.line
    assert heading.style is not None and heading.label is not None
    before = label_index(heading.style, heading.label)
    return here is not None and before is not None and here == before + 1 \
        and _stem(point.label) == _stem(heading.label)


def _stem(label: str) -> str:
    """What a label repeats of its parent's: "3." of "3.4."."""
    core = label.rstrip(".)").rsplit(".", 1)
    return core[0] if len(core) == 2 else ""


def _bullet(section: Section, line: Line) -> None:
    last = section.children[-1] if section.children else None
    if line.style == "+" and isinstance(last, ListBlock) and last.items:
        last.items[-1].subs.append(line)
    elif isinstance(last, ListBlock) and last.style == "-":
        last.items.append(Item(line))
    else:
        section.children.append(ListBlock("-", [Item(line)]))


def _point(section: Section, line: Line) -> None:
    assert line.style is not None and line.label is not None
    number = label_index(line.style, line.label)
    last = section.children[-1] if section.children else None
    if isinstance(last, ListBlock) and last.style == line.style \
            and number == last.start + len(last.items):
        last.items.append(Item(line))
    else:
        section.children.append(ListBlock(line.style, [Item(line)], number or 1))


# --- numbers ------------------------------------------------------------------------------


def label_index(style: str, label: str) -> int | None:
    """The count a label stands for in its style: "III." -> 3, "đ)" -> 5, "2.3." -> 3."""
    core = label.rstrip(".)")
    if style == "I.":
        return _from_roman(core)
    if style in ("a)", "a."):
        return VN_LETTERS.index(core) + 1 if core in VN_LETTERS else None
    if style == "1.1.":
        core = core.split(".")[-1]
    return int(core) if core.isdigit() else None


def _from_roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for k, ch in enumerate(text):
        v = values.get(ch)
        if v is None:
            return None
        total += -v if k + 1 < len(text) and values.get(text[k + 1], 0) > v else v
    return total


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                          (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def format_number(style: str, n: int, parent: str | None) -> str:
    """What style ``style`` prints for the ``n``-th item under a parent numbered ``parent``."""
    if style == "I.":
        return f"{_roman(n)}."
    if style in ("a)", "a."):
        letter = VN_LETTERS[n - 1] if n <= len(VN_LETTERS) else "?"
        return letter + style[-1]
    if style == "1.1.":
        return f"{(parent or '').rstrip('.')}.{n}." if parent else f"{n}."
    return f"{n}{style[-1]}"


def printed_numbers(root: Section, numbering: list[str]) -> dict[int, tuple[str | None,
                                                                           list[str] | None]]:
    """id(section) -> (the number the format prints for it, its own ``numbering`` or None).

    A section gets its own ``numbering`` when the styles met below it are not those it
    inherits (one part lettered "a)" where the others use "1.").
    """
    out: dict[int, tuple[str | None, list[str] | None]] = {}

    def walk(section: Section, parent: str | None, own: list[str]) -> None:
        count = 0
        for child in section.sections():
            style = own[0] if own else "none"
            below = own[1:]
            styles = section_styles(child)
            override = styles if styles and styles != below[:len(styles)] else None
            if override is not None:
                below = override
            if not child.numbered or style == "none":
                out[id(child)] = (None, override)
                walk(child, None, below)
                continue
            count += 1
            number = format_number(style, count, parent)
            out[id(child)] = (number, override)
            walk(child, child.label or number, below)

    walk(root, None, numbering)
    return out


def section_styles(section: Section) -> list[str]:
    """The styles of the levels below ``section``, as first met at each depth."""
    styles: list[str] = []

    def collect(s: Section, depth: int) -> None:
        for child in s.sections():
            if len(styles) <= depth:
                styles.append("none")
            if child.numbered and child.style is not None and styles[depth] == "none":
                styles[depth] = child.style
            collect(child, depth + 1)

    collect(section, 0)
    while styles and styles[-1] == "none":
        styles.pop()
    return styles


def slug(text: str, words: int = 4) -> str:
    from dakplan.i18n.vn import fold

    parts = [p for p in re.split(r"[^a-z0-9]+", fold(text)) if p][:words]
    return "-".join(parts)[:48].strip("-")
