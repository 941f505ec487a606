"""Items cut out of the top-level lists of a YAML text, the rest of it left byte for byte.

``registry extract --drop-from-plans`` takes the registry's copies out of a plan a person wrote
and keeps editing: its comments, quoting, line breaks and blank lines must stay as they are, so
the lines of each item are cut from the text instead of the document being written again. An
item takes with it the comments just above it (at its depth or shallower, no blank line
between) and those below it indented deeper (its own); a list left empty goes with its key and
the comments just above the key. A list written in flow style (``[...]``) has no lines of its
own to cut: it is rewritten by the round-trip writer (``yaml_dump.drop_items_rt``).
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from dakplan.io.locate import LineIndex

Lost = list[tuple[int, str]]

_COMMENT = re.compile(r"^(\s*)#")


def drop_items(source: str, drops: dict[str, set[int]]) -> tuple[str, Lost]:
    """``source`` without the items at the given indices of its top-level lists (by key), and
    the comments that went with them, as ``(line, comment)``. ``source`` must have been loaded
    (and so bounded) by ``yaml_load`` already."""
    root = LineIndex(source).root
    lists: dict[str, SequenceNode] = {}
    key_lines: dict[str, tuple[int, int]] = {}
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if isinstance(key, ScalarNode) and key.value in drops:
                if not isinstance(value, SequenceNode) or value.flow_style:
                    from dakplan.io.yaml_dump import drop_items_rt

                    return drop_items_rt(source, drops)
                lists[key.value] = value
                key_lines[key.value] = (key.start_mark.line, key.start_mark.column)
    lines = source.splitlines(keepends=True)
    cut: set[int] = set()
    for key, indices in drops.items():
        items = lists.get(key)
        if items is None:
            continue
        spans = [_span(lines, node.start_mark.line, node.start_mark.column, end)
                 for node, end in zip(items.value, _ends(lines, items), strict=True)]
        if set(indices) >= set(range(len(items.value))):
            line, column = key_lines[key]
            last = _deeper(lines, spans[-1][1], column)
            cut.update(range(_heading(lines, line, column), last + 1))
            continue
        for index in indices:
            first, last = spans[index]
            cut.update(range(first, last + 1))
    text = "".join(line for n, line in enumerate(lines) if n not in cut)
    lost = [(n + 1, _comment_of(lines[n])) for n in sorted(cut) if _comment_of(lines[n])]
    return text, lost


def _ends(lines: list[str], items: SequenceNode) -> list[int]:
    """The last line of each item's own text (0-based): up to the next item, or the end of
    the list, less the blank and comment lines that follow it."""
    starts = [node.start_mark.line for node in items.value]
    ends: list[int] = []
    for i, node in enumerate(items.value):
        end = node.end_mark.line - (1 if node.end_mark.column == 0 else 0)
        limit = starts[i + 1] - 1 if i + 1 < len(starts) else end
        end = min(max(end, starts[i]), max(limit, starts[i]))
        while end > starts[i] and _blank_or_comment(lines[end]):
            end -= 1
        ends.append(end)
    return ends


def _span(lines: list[str], start: int, column: int, end: int) -> tuple[int, int]:
    """The lines an item owns: the comments just above its dash, its text, and the comments
    after it indented deeper than its dash."""
    before = lines[start][:column].rstrip()
    dash = len(before) - 1 if before.endswith("-") else max(0, column - 2)
    return _heading(lines, start, dash), _deeper(lines, end, dash)


def _deeper(lines: list[str], last: int, column: int) -> int:
    """``last``, or the last of the comment lines right after it indented deeper than
    ``column`` (they belong to what ends on ``last``)."""
    while last + 1 < len(lines):
        match = _COMMENT.match(lines[last + 1])
        if match is None or len(match.group(1)) <= column:
            break
        last += 1
    return last


def _heading(lines: list[str], line: int, column: int) -> int:
    """The first of the comment lines just above ``line`` at ``column`` or shallower."""
    first = line
    while first > 0:
        match = _COMMENT.match(lines[first - 1])
        if match is None or len(match.group(1)) > column:
            break
        first -= 1
    return first


def _blank_or_comment(line: str) -> bool:
    return not line.strip() or _COMMENT.match(line) is not None


def _comment_of(line: str) -> str:
    """The comment a line holds (a whole-line one, or one after a value), else ``""``."""
    match = _COMMENT.match(line)
    if match is not None:
        return line.strip()
    at = _trailing_hash(line)
    return line[at:].strip() if at is not None else ""


def _trailing_hash(line: str) -> int | None:
    """Where a comment starts after a value: a ``#`` after a space, outside quotes."""
    quote: str | None = None
    for i, char in enumerate(line):
        if quote is not None:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            return i
    return None
