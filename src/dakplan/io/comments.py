"""Comments of one YAML text carried into another text that holds the same data in another
shape (a version 1 plan and its version 2 conversion), by the paths of the data they stand
beside.

A comment belongs to the data on its line (``number:   # not registered yet``), or to the
entry below it (a comment line above ``- id: ...``), or, when it is indented deeper than the
line that follows it, to the block it closes. Each is written at the same place of the other
text: beside, above or after the entry the data moved to (``place`` says where each path
went). The result must read as exactly the same data as the text it was written into; a
comment that cannot be placed so is returned as lost, never guessed into another place.

Both texts must have been loaded (and so bounded) by ``yaml_load`` already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan.i18n.vn import nfc
from dakplan.io.locate import NodeComposer

Path = tuple[str | int, ...]
Placement = Literal["above", "after", "beside"]


@dataclass(frozen=True)
class Comment:
    """One comment of a text after its leading block."""

    line: int
    """Its line, from 1."""
    text: str
    """The comment as written, from its ``#``."""
    column: int
    """The column of its ``#``, from 0."""
    gap: str
    """The blanks before a comment beside data (kept, so that aligned comments stay aligned)."""
    whole_line: bool


@dataclass(frozen=True)
class _Entry:
    line: int
    """The line it starts on (its key's line), from 0."""
    end: int
    """The last line of its value, from 0."""
    column: int
    """The column of its key, or of an item's content."""
    node: Node


@dataclass
class Carried:
    """The text with the comments written in, and where each went."""

    text: str
    placed: list[tuple[int, int, str]] = field(default_factory=list)
    """(line in the source, line in the result, comment), from 1."""
    lost: list[tuple[int, str]] = field(default_factory=list)
    """(line in the source, comment): those that have no place in the result."""


def leading_block(text: str) -> list[str]:
    """The comment lines (and blank lines among them) before the first line of data."""
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith("#") or (not line.strip() and out):
            out.append(line)
        elif line.strip():
            break
    while out and not out[-1].strip():
        out.pop()
    return out


def comments_after_leading(text: str) -> list[Comment]:
    """Every comment after the leading block; a ``#`` inside a quoted or plain text is none."""
    skip = len(leading_block(text))
    spans: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        return []
    starts: list[int] = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    found: list[Comment] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if number <= skip:
            continue
        for hit in re.finditer(r"(?:^|(?<=\s))(#.*)$", line):
            at = starts[number - 1] + hit.start(1)
            if any(a <= at < b for a, b in spans):
                continue
            before = line[: hit.start(1)]
            gap = before[len(before.rstrip()):]
            found.append(Comment(number, hit.group(1).rstrip(), hit.start(1), gap,
                                 not before.strip()))
            break
    return found


def _entries(text: str) -> tuple[dict[Path, _Entry], dict[int, Path]]:
    """Every mapping entry and list item of a text by its path, and the shallowest path that
    starts on each line."""
    loader = NodeComposer(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    paths: dict[Path, _Entry] = {}
    lines: dict[int, Path] = {}
    text_lines = [*text.split("\n"), ""]

    def last_line(node: Node) -> int:
        # a block collection ends where the next token starts: its last line is its last
        # child's; a block scalar ends at the start of the line after it
        if isinstance(node, MappingNode | SequenceNode) and node.value and not node.flow_style:
            last = node.value[-1]
            return last_line(last[1] if isinstance(last, tuple) else last)
        mark = node.end_mark
        line = mark.line - 1 if mark.column == 0 and mark.line > node.start_mark.line \
            else mark.line
        while line > node.start_mark.line and not text_lines[line].strip():
            line -= 1
        return line

    def walk(node: Node, path: Path) -> None:
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    continue
                here = (*path, nfc(key.value))
                paths[here] = _Entry(key.start_mark.line, last_line(value),
                                     key.start_mark.column, value)
                lines.setdefault(key.start_mark.line, here)
                walk(value, here)
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                here = (*path, i)
                paths[here] = _Entry(item.start_mark.line, last_line(item),
                                     item.start_mark.column, item)
                lines.setdefault(item.start_mark.line, here)
                walk(item, here)

    if root is not None:
        walk(root, ())
    return paths, lines


def _belongs(comment: Comment, source: dict[Path, _Entry],
             lines: dict[int, Path]) -> tuple[Placement, Path] | None:
    """Where a comment stands in the source: beside, above or after which entry."""
    at = comment.line - 1
    if not comment.whole_line:
        on = lines.get(at)
        return ("beside", on) if on is not None else None
    after = next((lines[n] for n in sorted(lines) if n > at), None)
    if after is not None and comment.column <= source[after].column:
        return "above", after
    before = next((lines[n] for n in sorted(lines, reverse=True) if n < at), None)
    if before is None:
        return ("above", after) if after is not None else None
    # the comment closes a block: the shallowest entry above it that is indented as deep
    chosen = before
    for cut in range(len(before) - 1, 0, -1):
        outer = before[:cut]
        if outer in source and source[outer].column >= comment.column:
            chosen = outer
    return "after", chosen


def _multiline_inline(entry: _Entry) -> bool:
    """A value a comment beside its first line would cut: a plain or quoted text, or a flow
    collection, spread over several lines."""
    node = entry.node
    if entry.end <= entry.line:
        return False
    if isinstance(node, ScalarNode):
        return node.style not in ("|", ">")
    return bool(getattr(node, "flow_style", False))


def carry(source: str, target: str, place: Callable[[Path], Path | None]) -> Carried:
    """``target`` with the comments of ``source`` after its leading block written in, each
    beside, above or after the data it belongs to, which ``place`` finds in ``target``
    (``None``: it has no place there)."""
    comments = comments_after_leading(source)
    if not comments:
        return Carried(target)
    try:
        src_paths, src_lines = _entries(source)
        tgt_paths, _ = _entries(target)
        expected = yaml.safe_load(target)
    except yaml.YAMLError:
        return Carried(target, lost=[(c.line, c.text) for c in comments])
    wanted: list[tuple[Comment, Placement, _Entry]] = []
    lost: list[tuple[int, str]] = []
    for comment in comments:
        found = _belongs(comment, src_paths, src_lines)
        moved = place(found[1]) if found is not None else None
        entry = tgt_paths.get(moved) if moved is not None else None
        if found is None or entry is None:
            lost.append((comment.line, comment.text))
            continue
        wanted.append((comment, found[0], entry))
    for beside in (True, False):
        written = _write(target, wanted, beside)
        try:
            same = yaml.safe_load(written.text) == expected
        except yaml.YAMLError:
            same = False
        if same:
            written.lost = sorted(lost)
            return written
    return Carried(target, lost=[(c.line, c.text) for c in comments])


def _write(target: str, wanted: list[tuple[Comment, Placement, _Entry]],
           beside: bool) -> Carried:
    lines = target.split("\n")
    above: dict[int, list[tuple[Comment, str]]] = {}
    below: dict[int, list[tuple[Comment, str]]] = {}
    side: dict[int, Comment] = {}
    for comment, how, entry in wanted:
        start = lines[entry.line]
        indent = " " * (len(start) - len(start.lstrip()))
        if how == "beside" and beside and entry.line not in side \
                and not _multiline_inline(entry):
            side[entry.line] = comment
        elif how == "after":
            below.setdefault(entry.end, []).append((comment, indent))
        else:
            above.setdefault(entry.line, []).append((comment, indent))
    out: list[str] = []
    placed: list[tuple[int, int, str]] = []
    for number, line in enumerate(lines):
        for comment, indent in above.get(number, []):
            out.append(indent + comment.text)
            placed.append((comment.line, len(out), comment.text))
        if number in side:
            comment = side[number]
            out.append(line + (comment.gap or "  ") + comment.text)
            placed.append((comment.line, len(out), comment.text))
        else:
            out.append(line)
        for comment, indent in below.get(number, []):
            out.append(indent + comment.text)
            placed.append((comment.line, len(out), comment.text))
    return Carried("\n".join(out), sorted(placed))
