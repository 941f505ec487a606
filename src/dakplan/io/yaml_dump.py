"""Plain data -> a readable plan file: block style, Unicode, long text folded, empty values
left empty, enums as their text, short lists and records inline."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

import yaml

# --- YAML out ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, long text folded, empty values left empty, enums as their text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else ">" if len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)


def _none(dumper: yaml.SafeDumper, value: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_WORDLIKE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _short(value: Any) -> bool:
    """A value that reads well inline: a number, a date, or a code-like word."""
    if isinstance(value, str):
        return bool(_WORDLIKE.match(value)) and len(value) <= 24
    return isinstance(value, int | dt.date) and not isinstance(value, bool)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    # Lists of codes stay on one line, as people write them: `agencies: [TU, HDND]`.
    inline = bool(value) and all(_short(v) for v in value) and len(value) <= 8
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=inline)


def _dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    # Small records of plain values too: `timing: {type: deadline, date: 2021-12-15}`.
    inline = bool(value) and len(value) <= 3 and all(_short(v) for v in value.values())
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=inline)


_Dumper.add_representer(list, _list)
_Dumper.add_representer(dict, _dict)
_Dumper.add_representer(str, _str)
_Dumper.add_multi_representer(Enum, lambda d, v: _str(d, v.value))
_Dumper.add_representer(type(None), _none)


def dump_yaml(data: dict[str, Any], modeline: str | None = None) -> str:
    """``data`` as a plan file: the modeline, then one block per top-level section."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=96, indent=2)
    lines = body.splitlines()
    out: list[str] = [f"# yaml-language-server: $schema={modeline}"] if modeline else []
    for i, line in enumerate(lines):
        if i and line[:1] not in (" ", "-", "#", ""):
            out.append("")  # a blank line between top-level sections
        out.append(line)
    return "\n".join(out) + "\n"


# --- YAML out over its source, comments kept -------------------------------------------------


def dump_over(source: str, data: dict[str, Any], modeline: str | None = None
              ) -> tuple[str, list[tuple[int, str]], list[tuple[int, str]]]:
    """``data`` written over the YAML text ``source`` it was drafted from; the comments of
    ``source`` that did not survive, and those of the result, as ``(line, text)``.

    The source's comments (the top block, beside keys, inside lists), key order, quoting and
    block or flow style stay where its values stay; only what differs from ``data`` is
    changed. A removed key takes with it its own comment and those just above it; those below
    it stay, with the key before. New values are written as ``dump_yaml`` writes them. The
    first line, when it is a ``$schema=`` modeline, becomes ``modeline``.

    ``source`` must have been loaded (and so bounded) by ``yaml_load`` already: the
    round-trip parser is not given untrusted text of unknown size.
    """
    import io

    yaml_rt = _round_trip()
    tree = yaml_rt.load(source)
    before = _comments(tree)
    _merge_map(tree, data)
    after = _comments(tree)
    out = io.StringIO()
    yaml_rt.dump(tree, out)
    text = out.getvalue().rstrip("\n") + "\n"  # blank lines a removed section left behind
    first, _, rest = text.partition("\n")
    if _MODELINE.match(first):
        text = (f"# yaml-language-server: $schema={modeline}\n" if modeline else "") + rest
    elif modeline:
        text = f"# yaml-language-server: $schema={modeline}\n" + text
    return text, _lost(source, before, after), _located(text, after)


_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=\S+\s*$")


def drop_items_rt(source: str, drops: dict[str, set[int]]
                  ) -> tuple[str, list[tuple[int, str]]]:
    """``source`` with the items at the given indices of its top-level lists removed (a list
    left empty goes with its key), and the comments of ``source`` that did not survive: by the
    round-trip writer, for lists in flow style (``yaml_cut.drop_items`` cuts the lines of
    block lists and leaves the rest byte for byte).

    A removed item takes with it its own comments and those just above it; those below it
    stay, with the item before. ``source`` must have been loaded (and so bounded) by
    ``yaml_load`` already.
    """
    import io

    yaml_rt = _round_trip()
    tree = yaml_rt.load(source)
    before = _comments(tree)
    for key, indices in drops.items():
        items = tree.get(key)
        for index in sorted(indices, reverse=True):
            _remove_item(items, index)
        if items.ca.comment and items.ca.comment[1] == []:
            # the list's heading comments all went: no empty slot may stay (the writer would
            # then run the first item onto its key's line)
            items.ca.comment[1] = None
            slot = tree.ca.items.get(key)
            if slot is not None and len(slot) > 3 and slot[3] == []:
                slot[3] = None
        if not items:
            _remove_key(tree, key)
    after = _comments(tree)
    out = io.StringIO()
    yaml_rt.dump(tree, out)
    return out.getvalue().rstrip("\n") + "\n", _lost(source, before, after)


def _round_trip() -> Any:
    from ruamel.yaml import YAML

    yaml_rt = YAML(typ="rt")
    yaml_rt.width = 96
    yaml_rt.indent(mapping=2, sequence=4, offset=2)
    yaml_rt.preserve_quotes = True
    return yaml_rt


def _remove_item(items: Any, index: int) -> None:
    """Delete ``items[index]`` as ``_remove_key`` deletes a key: the comments below it go to
    the item before (or above the list's new first item); its own, and those just above it,
    go with it."""
    below = _trailing(items, index)
    column = items.lc.item(index)[1] if hasattr(items, "lc") else 0
    del items[index]
    if index > 0:
        before = index - 1
        _set_trailing(items, before, _without_heading(_trailing(items, before), column) + below)
        return
    heading = (items.ca.comment or [None, None])[1]
    # Above the first item: the comments just above it (no blank line between) at its depth
    # or shallower are its own; one a blank line away heads the list and stays.
    while heading and heading[-1].value.endswith("\n") and not heading[-1].value.endswith(
            "\n\n") and _column(heading[-1]) <= column:
        heading.pop()
    if items and below.strip():
        _head(items, below)


def _head(items: Any, lines: str) -> None:
    """Put the comment ``lines`` above the first item of ``items``, after those there."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if items.ca.comment is None:
        items.ca.comment = [None, []]
    if items.ca.comment[1] is None:
        items.ca.comment[1] = []
    for line in lines.split("\n"):
        if line.strip():
            stripped = line.lstrip()
            items.ca.comment[1].append(
                CommentToken(stripped + "\n", CommentMark(len(line) - len(stripped)), None))


def _plain(value: Any) -> Any:
    """A value as plain data, whatever parser made it: equal values compare equal."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _merge_map(node: Any, new: dict[str, Any]) -> None:
    for key in [k for k in node if k not in new]:
        _remove_key(node, key)
    for position, (key, value) in enumerate(new.items()):
        if key in node:
            node[key] = _merge(node[key], value)
            continue
        at = min(position, len(node))
        before = list(node)[at - 1] if at else None
        # What followed the key before (the comments above the next one) now follows this.
        lines = _trailing(node, before) if before is not None else ""
        if before is not None:
            _set_trailing(node, before, "")
        node.insert(at, key, _fresh(value))
        if lines:
            _set_trailing(node, key, lines)


def _merge(old: Any, new: Any) -> Any:
    """``old`` (a round-trip node) made to hold ``new``, kept as it is where it already does."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(old, CommentedMap) and isinstance(new, dict):
        _merge_map(old, new)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        while len(old) > len(new):
            old.pop()
        for i, value in enumerate(new):
            if i < len(old):
                old[i] = _merge(old[i], value)
            else:
                old.append(_fresh(value))
        return old
    if _plain(old) == _plain(new):
        return old
    if isinstance(new, Enum):
        new = new.value
    if isinstance(new, str) and isinstance(old, str) and type(old) is not str:
        return type(old)(new)  # the source's quoting or block style, for the new text
    return _fresh(new)


def _fresh(value: Any) -> Any:
    """A new value in the style ``dump_yaml`` gives it."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        return (LiteralScalarString(value) if "\n" in value else
                FoldedScalarString(value) if len(value) > 80 else value)
    if isinstance(value, dict):
        node = CommentedMap((k, _fresh(v)) for k, v in value.items())
        if value and len(value) <= 3 and all(_short(v) for v in value.values()):
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_fresh(v) for v in value)
        if value and all(_short(v) for v in value) and len(value) <= 8:
            seq.fa.set_flow_style()
        return seq
    return value


def _remove_key(node: Any, key: str) -> None:
    """Delete ``key``: the comments below it go to the key before; its own, and those just
    above it, go with it."""
    keys = list(node)
    at = keys.index(key)
    below = _trailing(node, key)
    column = node.lc.key(key)[1] if hasattr(node, "lc") else 0
    del node[key]
    node.ca.items.pop(key, None)
    if at == 0:
        return  # nothing before it here to hold them: they are reported as lost
    before = keys[at - 1]
    _set_trailing(node, before, _without_heading(_trailing(node, before), column) + below)


def _without_heading(lines: str, column: int) -> str:
    """``lines`` less the comments directly above a key at ``column``: those at its depth or
    shallower, with no blank line between. A comment indented deeper belongs to what is above."""
    kept = lines.split("\n")
    end = len(kept) - 1 if kept and kept[-1] == "" else len(kept)
    start = end
    while start > 0:
        line = kept[start - 1]
        stripped = line.lstrip()
        if not stripped.startswith("#") or len(line) - len(stripped) > column:
            break
        start -= 1
    return "\n".join(kept[:start] + kept[end:])


_POSITION = {"CommentedMap": 2, "CommentedSeq": 0}
"""Where ruamel keeps the comment after an entry: in a mapping's slot 2, a sequence's slot 0."""


def _path(node: Any, key: Any) -> tuple[list[Any], tuple[Any, Any]]:
    """The block containers that end where ``node[key]`` ends (innermost first), and the
    innermost (container, key) whose comment slot follows its last line."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    ends: list[Any] = []
    while True:
        value = node[key]
        if not (isinstance(value, CommentedMap | CommentedSeq) and len(value)
                and not value.fa.flow_style()):
            return ends[::-1], (node, key)
        ends.append(value)
        node, key = value, (list(value)[-1] if isinstance(value, CommentedMap)
                            else len(value) - 1)


def _slot(holder: Any, index: Any) -> tuple[list[Any], int]:
    position = _POSITION[type(holder).__name__]
    entry = holder.ca.items.setdefault(index, [None] * (4 if position == 2 else 2))
    return entry, position


def _trailing(node: Any, key: Any) -> str:
    """The lines of comments (and blank lines) after the line ``node[key]`` ends on."""
    ends, (holder, index) = _path(node, key)
    token = holder.ca.items.get(index, [None] * 4)[_POSITION[type(holder).__name__]]
    lines = token.value.partition("\n")[2] if token is not None else ""
    for container in ends:
        # a token kept at the end of a block knows its column; its text does not hold it
        lines += "".join(" " * _column(t) + t.value for t in getattr(container.ca, "end", None)
                         or [])
    return lines


def _column(token: Any) -> int:
    mark = getattr(token, "start_mark", None)
    return int(getattr(mark, "column", 0) or 0)


def _set_trailing(node: Any, key: Any, lines: str) -> None:
    """Make ``lines`` what follows the line ``node[key]`` ends on; the comment on that line
    itself stays."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    ends, (holder, index) = _path(node, key)
    for container in ends:
        if getattr(container.ca, "end", None):
            container.ca.end = []
    entry, position = _slot(holder, index)
    token = entry[position]
    own = token.value.partition("\n")[0] if token is not None else ""
    if not own and not lines:
        entry[position] = None
        return
    value = f"{own}\n{lines}"
    if token is None:
        token = CommentToken(value, CommentMark(0), None)
    else:
        token.value = value
    entry[position] = token


_COMMENT_LINE = re.compile(r"^\s*(#.*?)\s*$")


def _comments(tree: Any) -> list[str]:
    """Every comment of a round-trip tree, in the order of its text (the parser knows a ``#``
    in a quoted string is not one)."""
    from ruamel.yaml.tokens import CommentToken

    found: list[tuple[int, int, str]] = []
    seen: set[int] = set()

    def visit(item: Any) -> None:
        if isinstance(item, CommentToken):
            if id(item) in seen:
                return
            seen.add(id(item))
            line = getattr(item.start_mark, "line", 0)
            for offset, part in enumerate(item.value.split("\n")):
                match = _COMMENT_LINE.match(part)
                if match:
                    found.append((line, offset, match.group(1)))
        elif isinstance(item, list | tuple):
            for sub in item:
                visit(sub)
        elif isinstance(item, dict):
            for sub in item.values():
                visit(sub)

    def walk(node: Any) -> None:
        ca = getattr(node, "ca", None)
        if ca is not None:
            visit(ca.comment)
            visit(ca.items)
            visit(getattr(ca, "end", None))
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree)
    return [comment for *_, comment in sorted(found)]


def _located(text: str, comments: list[str]) -> list[tuple[int, str]]:
    """``comments`` of ``text`` with their lines, in the order of the lines. A parser's marks
    are its entry's, not always the comment's own, and a moved comment has none: each is found
    in the text, on the first line ending with it that no other took."""
    lines = [line.rstrip() for line in text.splitlines()]
    taken: set[int] = set()
    out: list[tuple[int, str]] = []
    for comment in comments:
        at = next((i for i, line in enumerate(lines) if i not in taken and line.endswith(comment)),
                  None)
        if at is not None:
            taken.add(at)
        out.append(((at + 1) if at is not None else 0, comment))
    return sorted(out)


def comment_lines(text: str) -> list[tuple[int, str]]:
    """Every comment of a YAML text and its line."""
    from ruamel.yaml import YAML

    return _located(text, _comments(YAML(typ="rt").load(text)))


def _lost(source: str, before: list[str], after: list[str]) -> list[tuple[int, str]]:
    """The comments of ``source`` not kept (the modeline, re-pointed, is not lost)."""
    kept: dict[str, int] = {}
    for comment in after:
        kept[comment] = kept.get(comment, 0) + 1
    lost = []
    for line, comment in _located(source, before):
        if _MODELINE.match(comment):
            continue
        if kept.get(comment):
            kept[comment] -= 1
        else:
            lost.append((line, comment))
    return lost
