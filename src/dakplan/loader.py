"""Bytes on disk -> plain Python data, or located diagnostics. Never an exception.

The YAML is read with libyaml when it is installed, with three changes to PyYAML's safe
loader:

* scalars resolve as in YAML 1.2's core schema: ``NO``, ``yes`` and ``on`` stay text, ``010``
  stays text, only ``true``/``false`` are booleans; a date is ``YYYY-MM-DD`` and nothing else;
* a key repeated in one mapping is an error (PyYAML keeps the last value without a word);
* an unknown or unsafe tag (``!!python/object``) is an error, and nothing is constructed from it.

All text is normalised to Unicode NFC as it is read, so a plan typed in decomposed form
behaves exactly like the same plan typed in composed form.

Reading is bounded, so that a hostile file costs no more than a large honest one: the file's
size (``MAX_BYTES``), the values it holds once aliases are expanded (``MAX_VALUES``) and its
nesting (``MAX_DEPTH``). The node tree is composed with counting, then measured, and only then
built into Python data. Only UTF-8 is read; other encodings are named, never guessed at.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan import printable
from dakplan.diagnostics import Diagnostic, make
from dakplan.i18n import t
from dakplan.vn import nfc

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Composer: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIBYAML = _Base is not yaml.SafeLoader

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: a year's plan is tens of kilobytes."""

MAX_DEPTH = 64
"""Deeper nesting is refused: a plan is about seven levels deep. The bound keeps every later
step (constructing, the schema, rendering) far from Python's recursion limit."""

MAX_VALUES = 100_000
"""More values, once aliases are expanded, are refused: the 2020 plan has under 1,000. This is
what stops a "billion laughs" file (aliases of aliases), which is measured on the node tree
before anything is built from it, in time and memory proportional to the file."""


@dataclass
class Source:
    """A file's name as the user gave it, and its text."""

    name: str
    text: str


@dataclass
class Loaded:
    """The outcome of loading one file: data when it could be read, and what went wrong."""

    source: Source | None
    data: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class _Limit(Exception):
    """The document goes past a bound; ``mark`` is where."""

    def __init__(self, key: str, mark: Any) -> None:
        super().__init__(key)
        self.key = key
        self.mark = mark


class _BoundedComposer(yaml.composer.Composer):
    """PyYAML's composer, counting as it goes: it stops at the ``MAX_VALUES``-th node or at
    ``MAX_DEPTH`` levels, so a huge or deep file costs no more than a file at the bound.
    (libyaml's own composer builds the whole tree first; its parser still does the parsing.)"""

    _nodes = 0
    _depth = 0
    peek_event: Any  # from the parser this is mixed with

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._nodes += 1
        if self._nodes > MAX_VALUES:
            raise _Limit("load.too_many_values", self.peek_event().start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Limit("load.too_deep", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class PlanLoader(_BoundedComposer, _Base):  # type: ignore[misc]
    """A safe loader that resolves YAML 1.2 core scalars and records problems as it goes."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}

    def __init__(self, stream: str, name: str) -> None:
        _Base.__init__(self, stream)
        self.anchors: dict[str, Node] = {}
        self._nodes = 0
        self._depth = 0
        self.name = name
        self.problems: list[Diagnostic] = []
        self._tree = "*" not in stream  # without an alias, the document is a tree
        self._text = stream
        self._scan = printable.may_hold(stream)  # else no value can hold such a character
        self._lines: _Lines | None = None
        self._unprintable: set[Any] = set()

    def _problem(self, code: str, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(make(code, self.name, mark.line + 1, mark.column + 1, message))

    def _check_printable(self, node: ScalarNode, value: str) -> None:
        """A text holding a character no output can print is a finding where it is written."""
        ch = printable.first(value)
        if ch is None or node.start_mark in self._unprintable:
            return  # a value reached again through an alias is reported once
        self._unprintable.add(node.start_mark)
        if self._lines is None:
            self._lines = _Lines(self._text)
        lines = self._lines
        start, end = lines.offset(node.start_mark), lines.offset(node.end_mark)
        at = printable.locate(self._text, start, end, node.style == '"')
        line, col = lines.line_col(at) if at is not None else (
            node.start_mark.line + 1, node.start_mark.column + 1)
        self.problems.append(make("DK009", self.name, line, col, unprintable(ch, value)))

    def construct_yaml_str(self, node: ScalarNode) -> str:
        value = self.construct_scalar(node)
        if self._scan:
            self._check_printable(node, value)
        return nfc(value)

    def construct_date(self, node: ScalarNode) -> dt.date | str:
        text: str = self.construct_scalar(node)
        match = _DATE.match(text)
        if match is None:  # an explicit !!timestamp on something that is not YYYY-MM-DD
            self._problem("DK103", node, t("load.bad_tagged", text=text, tag="!!timestamp"))
            return text
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            self._problem("DK301", node, t("load.bad_date", text=text))
            return text

    def construct_unsafe(self, node: Node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._problem("DK003", node, t("load.unsafe_tag", tag=tag))
        return None

    def construct_checked(self, node: Node) -> Any:
        """An explicit ``!!int``/``!!float``/``!!bool``/``!!null``: read only what the same
        value would resolve to untagged (``!!int 010`` is not silently 8, ``!!int abc`` is not
        a crash); anything else is reported and kept as text."""
        tag = node.tag
        text = node.value if isinstance(node, ScalarNode) else None
        pattern = _EXPLICIT[tag]
        if isinstance(text, str) and pattern.match(text):
            return _STANDARD[tag](self, node)
        shown = text if isinstance(text, str) else "..."
        self._problem("DK103", node, t("load.bad_tagged", text=shown,
                                       tag=tag.replace("tag:yaml.org,2002:", "!!")))
        return shown

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):  # !!map on a scalar or a list
            self._problem("DK103", node, t("load.bad_tagged", text="...", tag="!!map"))
            return {}
        mapping: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                self._problem("DK001", key_node, t("load.syntax", problem="a key must be text"))
                continue
            if key in first_line:
                self._problem(
                    "DK002", key_node, t("load.duplicate_key", key=key, first=first_line[key])
                )
            else:
                first_line[key] = key_node.start_mark.line + 1
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    # --- Speed: shortcuts through PyYAML's generic machinery (benchmarked in bench/). ---------
    # Text is nine scalars in ten of a plan; each one otherwise passes four calls deep, and
    # the Python composer (which keeps the bounds) a few more.

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        """``_BoundedComposer.compose_node`` and PyYAML's ``Composer.compose_node`` in one, with
        nodes that have no anchor composed in place: the same bounds, errors and nodes."""
        self._nodes += 1
        if self._nodes > MAX_VALUES:
            raise _Limit("load.too_many_values", self.peek_event().start_mark)
        if self._depth >= MAX_DEPTH:
            raise _Limit("load.too_deep", self.peek_event().start_mark)
        event = self.peek_event()
        kind = event.__class__
        if event.anchor is not None or kind not in _PLAIN_STARTS:  # anchors and aliases
            self._depth += 1
            try:
                return yaml.composer.Composer.compose_node(self, parent, index)
            finally:
                self._depth -= 1
        self.get_event()
        tag = event.tag
        if kind is ScalarEvent:
            if tag is None or tag == "!":
                tag = self.resolve(ScalarNode, event.value, event.implicit)
            return ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                              style=event.style)
        node: Node
        self._depth += 1
        try:
            if kind is MappingStartEvent:
                if tag is None or tag == "!":
                    tag = self.resolve(MappingNode, None, event.implicit)
                node = MappingNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
                pairs = node.value
                while self.peek_event().__class__ is not MappingEndEvent:
                    key = self.compose_node(node, None)
                    pairs.append((key, self.compose_node(node, key)))
            else:
                if tag is None or tag == "!":
                    tag = self.resolve(SequenceNode, None, event.implicit)
                node = SequenceNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
                items = node.value
                while self.peek_event().__class__ is not SequenceEndEvent:
                    items.append(self.compose_node(node, len(items)))
        finally:
            self._depth -= 1
        node.end_mark = self.get_event().end_mark
        return node

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        kind = node.__class__
        if kind is ScalarNode and node.tag == _STR:
            if self._scan:
                self._check_printable(node, node.value)  # type: ignore[arg-type]
            return nfc(node.value)  # exactly what construct_yaml_str returns
        if self._tree:  # no node is reached twice: nothing to remember, nothing to defer
            if kind is MappingNode and node.tag == _MAP:
                return self.construct_mapping(node)  # type: ignore[arg-type]  # = construct_yaml_map
            if kind is SequenceNode and node.tag == _SEQ:
                return [self.construct_object(child) for child in node.value]
        return super().construct_object(node, deep=deep)

    def resolve(self, kind: Any, value: Any, implicit: tuple[bool, bool]) -> Any:
        """PyYAML's ``resolve`` without path resolvers, which a plan never has."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        if kind is SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        return self.DEFAULT_MAPPING_TAG


class _Lines:
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


def unprintable(ch: str, text: str) -> str:
    """The message for an unprintable character ``ch`` in ``text``."""
    message = t("load.unprintable", char=printable.code_point(ch),
                kind=t(f"load.kind.{printable.kind(ch)}"))
    pair = printable.surrogate_pair(text) if printable.kind(ch) == "surrogate" else None
    if pair is not None:
        message += t("load.surrogate_pair", char=printable.code_point(pair),
                     escape=printable.escaped(pair))
    return message


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_PLAIN_STARTS = (ScalarEvent, MappingStartEvent, SequenceStartEvent)


def _resolver(tag: str, pattern: str, first: str) -> None:
    PlanLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))


_resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
_resolver("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789")
_resolver(
    "tag:yaml.org,2002:float",
    r"^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
    "-+0123456789.",
)
_resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN")
PlanLoader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])
_resolver("tag:yaml.org,2002:timestamp", r"^\d{4}-\d{2}-\d{2}$", "0123456789")

_EXPLICIT: dict[str, re.Pattern[str]] = {}
_STANDARD: dict[str, Any] = {}
for _name in ("bool", "int", "float", "null"):
    _full = f"tag:yaml.org,2002:{_name}"
    # The resolvers list each pattern once per first character it may start with: one copy of
    # each is the same language and a fraction of the compile time.
    _patterns = dict.fromkeys(
        rx.pattern for resolvers in PlanLoader.yaml_implicit_resolvers.values()
        for tag, rx in resolvers if tag == _full)
    _EXPLICIT[_full] = re.compile("|".join(f"(?:{pattern})" for pattern in _patterns))
    _STANDARD[_full] = yaml.constructor.SafeConstructor.yaml_constructors[_full]
    PlanLoader.add_constructor(_full, PlanLoader.construct_checked)
PlanLoader.add_constructor("tag:yaml.org,2002:str", PlanLoader.construct_yaml_str)
PlanLoader.add_constructor("tag:yaml.org,2002:timestamp", PlanLoader.construct_date)
PlanLoader.add_constructor(None, PlanLoader.construct_unsafe)
for _tag in ("binary", "omap", "pairs", "set"):
    PlanLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", PlanLoader.construct_unsafe)


def read_source(path: str) -> tuple[Source | None, list[Diagnostic]]:
    """Read ``path`` as UTF-8 text (a BOM is allowed), or say why it cannot be read.

    Only a regular file is read: a FIFO or a device would block or never end. It is opened
    without blocking and checked before a byte is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None, [make("DK008", path, 0, 0, t("load.missing"))]
    except IsADirectoryError:
        return None, [make("DK008", path, 0, 0, t("load.directory"))]
    except OSError as exc:
        return None, [make("DK008", path, 0, 0, t("load.unreadable", reason=_reason(exc)))]
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            return None, [make("DK008", path, 0, 0, t("load.directory"))]
        if not stat.S_ISREG(mode):
            return None, [make("DK008", path, 0, 0, t("load.not_regular"))]
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [make("DK008", path, 0, 0, t("load.unreadable", reason=_reason(exc)))]
    finally:
        os.close(fd)
    return decode(raw, path)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


_BREAK = re.compile(rb"\r\n|\r|\n")


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of ``offset``; CRLF, CR and LF all end a line."""
    breaks = list(_BREAK.finditer(raw, 0, offset))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - start + 1


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 or UTF-32 text without a BOM: ASCII letters come with zero bytes between them."""
    head = raw[:1024]
    return len(head) >= 2 and head.count(0) * 4 >= len(head) and (head[0] == 0 or head[1] == 0)


def decode(raw: bytes, name: str) -> tuple[Source | None, list[Diagnostic]]:
    """UTF-8 bytes (with or without BOM, LF or CRLF) -> ``Source``, in NFC.

    Anything else is refused with the first line that is not UTF-8: nothing is guessed and read
    the wrong way. The message names the legacy Vietnamese encoding the bytes look like, since
    the way to fix the file depends on it.
    """
    if len(raw) > MAX_BYTES:  # here, not only in read_source: diff --git decodes git blobs
        return None, [make("DK007", name, 0, 0, t("load.too_large", mb=MAX_BYTES // 1024 // 1024))]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        return None, [make("DK006", name, 1, 1, t("load.encoding_utf16"))]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        from dakplan.legacy_encodings import guess

        line, col = _line_col(raw, exc.start)
        encoding = guess(raw)
        if encoding is None:
            message = t("load.encoding")
        elif encoding == "Windows-1258":
            message = t("load.encoding_ansi", encoding=encoding)
        else:
            message = t("load.encoding_legacy", encoding=encoding)
        return None, [make("DK006", name, line, col, message)]
    # The whole text, not only its values: then a plan typed in NFD gives the same lines,
    # columns and messages as the same plan in NFC. YAML's own characters are ASCII, which
    # normalisation leaves alone.
    return Source(name, nfc(text)), []


def _mark_diagnostic(code: str, name: str, exc: yaml.MarkedYAMLError, message: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    if "end of stream" in str(exc.problem) and exc.context_mark is not None:
        mark = exc.context_mark  # an unclosed quote or bracket: where it opened, not the end
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return make(code, name, line, col, message)


def check_bounds(root: Node) -> _Limit | None:
    """The first bound ``root`` goes past, or None.

    Aliases make the tree a graph: a node may be reached many times. Each distinct node is
    measured once (its expanded size and height are remembered), so the cost is proportional to
    the file, whatever the aliases expand to. Recursion never goes deeper than ``MAX_DEPTH``.
    """
    measured: dict[int, tuple[int, int]] = {}
    active: set[int] = set()

    def visit(node: Node, depth: int) -> tuple[int, int]:
        if depth > MAX_DEPTH:
            raise _Limit("load.too_deep", node.start_mark)
        key = id(node)
        if key in measured:
            size, height = measured[key]
            if depth + height - 1 > MAX_DEPTH:
                raise _Limit("load.too_deep", node.start_mark)
            return size, height
        if key in active:
            raise _Limit("load.alias_cycle", node.start_mark)
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
                raise _Limit("load.too_many", node.start_mark)
        active.discard(key)
        measured[key] = (size, height)
        return size, height

    try:
        visit(root, 1)
    except _Limit as limit:
        return limit
    return None


def _escaped_surrogate(source: Source, mark: Any) -> Diagnostic | None:
    """libyaml refuses half of a surrogate pair written as an escape (``"\\ud83d"``) as a syntax
    error, where PyYAML's own parser lets it into the value: either way it is the finding of
    every other unprintable character, at the escape."""
    text = source.text
    lines = _Lines(text)
    at = printable.backslash_before(text, lines.offset(mark))
    if at is None:
        return None
    ch, after = printable.read_escape(text, at)
    if ch is None or printable.kind(ch) != "surrogate":
        return None
    following, _ = printable.read_escape(text, after)
    line, col = lines.line_col(at)
    return make("DK009", source.name, line, col, unprintable(ch, ch + (following or "")))


def _syntax(source: Source, exc: yaml.YAMLError) -> Diagnostic:
    """A parser's complaint as a diagnostic at its line."""
    name = source.name
    if isinstance(exc, yaml.composer.ComposerError) and "single document" in (
        f"{exc.context} {exc.problem}"
    ):
        return _mark_diagnostic("DK005", name, exc, t("load.multiple"))
    if isinstance(exc, yaml.MarkedYAMLError):
        if "invalid Unicode character escape" in str(exc.problem) and exc.problem_mark:
            found = _escaped_surrogate(source, exc.problem_mark)
            if found is not None:
                return found
        if "maximum nesting depth" in str(exc.problem):  # libyaml's own bound (1000)
            return _mark_diagnostic("DK007", name, exc, t("load.too_deep", depth=MAX_DEPTH))
        return _mark_diagnostic("DK001", name, exc, t("load.syntax", problem=exc.problem or exc))
    if isinstance(exc, yaml.reader.ReaderError):  # a control character, with its position
        before = source.text[: exc.position]
        if _LIBYAML:  # libyaml counts the position in bytes of UTF-8, PyYAML in characters
            before = source.text.encode("utf-8")[: exc.position].decode("utf-8", "replace")
        line = before.count("\n") + 1
        col = len(before) - (before.rfind("\n") + 1) + 1
        problem = f"character #x{exc.character:04x} is not allowed in YAML"
        return make("DK001", name, line, col, t("load.syntax", problem=problem))
    return make("DK001", name, 1, 1, t("load.syntax", problem=exc))


FAST_BYTES = 256 * 1024
"""Alias-free documents up to this size are composed by libyaml itself (faster than the
counting composer: bulk validation takes about a fifth less time); the tree is then measured,
and anything out of bounds, or any error, is composed again by the counting composer, which
reports it. A plan of 300 tasks is about 150 KB. The worst case at this size (a flat list of
127,000 values) costs 0.6 s and 60 MB before it is refused."""


def _fast_tree(loader: PlanLoader, text: str) -> Node | None | bool:
    """The document's node tree composed by libyaml, or False where the counting composer must
    do it (aliases, a large file, an error, a tree past a bound)."""
    if not _LIBYAML or "*" in text or len(text) > FAST_BYTES:
        return False
    try:
        root: Node | None = _Base.get_single_node(loader)  # libyaml's composer, our resolver
    except yaml.YAMLError:
        return False
    if root is None:
        return None
    count = 0
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH or count > MAX_VALUES:
            return False
        kind = node.__class__
        if kind is MappingNode:
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif kind is SequenceNode:
            stack.extend((child, depth + 1) for child in node.value)
    return root


def load_text(source: Source) -> Loaded:
    """Parse ``source`` into plain data; every problem becomes a diagnostic.

    The document is composed into a node tree first and measured (``check_bounds``); only a
    tree within bounds is built into Python data.
    """
    result = Loaded(source)
    loader: PlanLoader | None = None
    try:
        loader = PlanLoader(source.text, source.name)  # the pure-Python reader checks here
        fast = _fast_tree(loader, source.text)
        if fast is False:
            loader.dispose()
            loader = PlanLoader(source.text, source.name)
            root = loader.get_single_node()
        else:
            root = fast  # type: ignore[assignment]
        # Without an alias (no '*' anywhere) the tree is a tree: the composer's own count and
        # depth are already its bounds, and measuring it again would cost a third of the load.
        limit = check_bounds(root) if root is not None and "*" in source.text else None
        if limit is not None:
            raise limit
        data = loader.construct_document(root) if root is not None else None
    except _Limit as limit:
        mark = limit.mark
        message = t(limit.key, depth=MAX_DEPTH, values=f"{MAX_VALUES:,}")
        result.diagnostics.append(
            make("DK007", source.name, mark.line + 1, mark.column + 1, message))
        return result
    except yaml.YAMLError as exc:
        result.diagnostics.append(_syntax(source, exc))
        return result
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        # Defence in depth: every constructor above reports its own problems; should one still
        # fail on a value nobody foresaw, the user gets a diagnostic, not a traceback.
        result.diagnostics.append(make("DK001", source.name, 1, 1,
                                       t("load.syntax", problem=str(exc) or type(exc).__name__)))
        return result
    except RecursionError:  # the pure-Python parser, without libyaml's bound, on deep nesting
        result.diagnostics.append(
            make("DK007", source.name, 1, 1, t("load.too_deep", depth=MAX_DEPTH)))
        return result
    finally:
        if loader is not None:
            loader.dispose()
    result.diagnostics.extend(loader.problems)
    if data is None:
        result.diagnostics.append(make("DK004", source.name, 1, 1, t("load.empty")))
    elif not isinstance(data, dict):
        kind = t("type.list") if isinstance(data, list) else t("type.other")
        mark = root.start_mark  # type: ignore[union-attr]
        result.diagnostics.append(make("DK004", source.name, mark.line + 1, mark.column + 1,
                                       t("load.not_mapping", kind=kind)))
    else:
        result.data = data
    return result


def load_file(path: str | os.PathLike[str]) -> Loaded:
    source, problems = read_source(os.fspath(path))
    if source is None:
        return Loaded(None, None, problems)
    return load_text(source)


class LineIndex:
    """Maps a path in the document (keys and list indices) to the line a person must edit.

    Built only when there is something to report: composing the node tree costs about as much
    as loading the file again.
    """

    def __init__(self, text: str) -> None:
        loader = _Composer(text)
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
