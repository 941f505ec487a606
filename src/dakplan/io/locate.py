"""Where in a text a person must look: YAML marks and offsets -> line and column, and a
path in the document (keys and list indices) -> the line of its value."""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan.i18n.vn import nfc

# libyaml's reader when it is installed (the loader and the line index share it), else PyYAML's.
LoaderBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NodeComposer: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIBYAML = LoaderBase is not yaml.SafeLoader


class Lines:
    """Offsets of a text's lines, counted as YAML counts them, to turn marks into offsets."""

    _BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in self._BREAK.finditer(text))]

    def offset(self, mark: Any) -> int:
        line = min(int(mark.line), len(self.starts) - 1)
        return self.starts[line] + int(mark.column)

    def line_col(self, at: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, at)
        return line, at - self.starts[line - 1] + 1


class LineIndex:
    """Maps a path in the document (keys and list indices) to the line a person must edit.

    Built only when there is something to report: composing the node tree costs about as much
    as loading the file again.
    """

    def __init__(self, text: str) -> None:
        loader = NodeComposer(text)
        try:
            self.root: Node | None = loader.get_single_node()
        except yaml.YAMLError:
            self.root = None
        finally:
            loader.dispose()
        self._keys: dict[int, dict[str, tuple[Node, Node]]] = {}

    def _entries(self, node: MappingNode) -> dict[str, tuple[Node, Node]]:
        """A mapping's text keys -> (key node, value node); the last wins, as in the data.
        Kept per mapping, so that locating many findings in one big mapping stays linear."""
        entries = self._keys.get(id(node))
        if entries is None:
            entries = {nfc(k.value): (k, v) for k, v in node.value if isinstance(k, ScalarNode)}
            self._keys[id(node)] = entries
        return entries

    def locate(self, path: tuple[str | int, ...], key: bool = False) -> tuple[int, int]:
        """Line and column of the value at ``path`` (of its key when ``key``); the nearest
        enclosing node when the path does not exist, such as a missing key."""
        node = self.root
        if node is None:
            return 1, 1
        mark = node.start_mark
        for i, step in enumerate(path):
            last = i == len(path) - 1
            if isinstance(node, MappingNode):
                found = self._entries(node).get(step) if isinstance(step, str) else None
                if found is None:
                    continue  # a union tag in a pydantic location, or a missing key
                mark = found[0].start_mark if (key and last) else found[1].start_mark
                node = found[1]
                if key and last:
                    break
            elif isinstance(node, SequenceNode) and isinstance(step, int):
                if not 0 <= step < len(node.value):
                    break
                node = node.value[step]
                mark = node.start_mark
            else:
                continue
        return mark.line + 1, mark.column + 1
