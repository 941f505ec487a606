"""How large a document may be, and the measure of its node tree against it.

Reading is bounded, so that a hostile file costs no more than a large honest one: the values it
holds once aliases are expanded (``MAX_VALUES``) and its nesting (``MAX_DEPTH``); the file's size
is bounded where it is read (``read.MAX_BYTES``).
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, SequenceNode

MAX_DEPTH = 64
"""Deeper nesting is refused: a plan is about seven levels deep. The bound keeps every later
step (constructing, the schema, rendering) far from Python's recursion limit."""

MAX_VALUES = 100_000
"""More values, once aliases are expanded, are refused: the 2020 plan has under 1,000. This is
what stops a "billion laughs" file (aliases of aliases), which is measured on the node tree
before anything is built from it, in time and memory proportional to the file."""


class Limit(Exception):
    """The document goes past a bound; ``mark`` is where."""

    def __init__(self, key: str, mark: Any) -> None:
        super().__init__(key)
        self.key = key
        self.mark = mark


def check_bounds(root: Node) -> Limit | None:
    """The first bound ``root`` goes past, or None.

    Aliases make the tree a graph: a node may be reached many times. Each distinct node is
    measured once (its expanded size and height are remembered), so the cost is proportional to
    the file, whatever the aliases expand to. Recursion never goes deeper than ``MAX_DEPTH``.
    """
    measured: dict[int, tuple[int, int]] = {}
    active: set[int] = set()

    def visit(node: Node, depth: int) -> tuple[int, int]:
        if depth > MAX_DEPTH:
            raise Limit("load.too_deep", node.start_mark)
        key = id(node)
        if key in measured:
            size, height = measured[key]
            if depth + height - 1 > MAX_DEPTH:
                raise Limit("load.too_deep", node.start_mark)
            return size, height
        if key in active:
            raise Limit("load.alias_cycle", node.start_mark)
        active.add(key)
        if isinstance(node, MappingNode):
            children = [part for pair in node.value for part in pair]
        elif isinstance(node, SequenceNode):
            children = list(node.value)
        else:
            children = []
        size, height = 1, 1
        for child in children:
            child_size, child_height = visit(child, depth + 1)
            size += child_size
            height = max(height, child_height + 1)
            if size > MAX_VALUES:
                raise Limit("load.too_many", node.start_mark)
        active.discard(key)
        measured[key] = (size, height)
        return size, height

    try:
        visit(root, 1)
    except Limit as limit:
        return limit
    return None
