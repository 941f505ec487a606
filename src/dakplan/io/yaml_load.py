"""Text -> plain Python data, or located diagnostics. Never an exception.

The YAML is read with libyaml when it is installed, with three changes to PyYAML's safe
loader:

* scalars resolve as in YAML 1.2's core schema: ``NO``, ``yes`` and ``on`` stay text, ``010``
  stays text, only ``true``/``false`` are booleans; a date is ``YYYY-MM-DD`` and nothing else;
* a key repeated in one mapping is an error (PyYAML keeps the last value without a word);
* an unknown or unsafe tag (``!!python/object``) is an error, and nothing is constructed from it.

All text is normalised to Unicode NFC as it is read, so a plan typed in decomposed form
behaves exactly like the same plan typed in composed form.

The node tree is composed with counting (``bounds``), then measured, and only then built into
Python data.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan.diagnostics import Diagnostic, Message, Params, make
from dakplan.i18n import printable
from dakplan.i18n.vn import nfc
from dakplan.io.bounds import MAX_DEPTH, MAX_VALUES, Limit, check_bounds
from dakplan.io.locate import LIBYAML, Lines, LoaderBase
from dakplan.io.read import MAX_BYTES, Source, read_source
from dakplan.io.yaml_errors import syntax_diagnostic, unprintable


@dataclass
class Loaded:
    """The outcome of loading one file: data when it could be read, and what went wrong."""

    source: Source | None
    data: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class _PythonComposer(yaml.composer.Composer):
    """PyYAML's composer, put ahead of libyaml's: ``PlanLoader.compose_node`` counts as it
    goes, so a huge or deep file costs no more than a file at the bound. (libyaml's own composer
    builds the whole tree first; its parser still does the parsing.) Without libyaml the base
    loader has this composer already, and the order of the bases keeps a consistent MRO."""

    peek_event: Any  # from the parser this is mixed with


class PlanLoader(_PythonComposer, LoaderBase):  # type: ignore[misc]
    """A safe loader that resolves YAML 1.2 core scalars and records problems as it goes;
    composing stops at the ``MAX_VALUES``-th node or at ``MAX_DEPTH`` levels."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}

    def __init__(self, stream: str, name: str) -> None:
        LoaderBase.__init__(self, stream)
        self.anchors: dict[str, Node] = {}
        self._nodes = 0
        self._depth = 0
        self.name = name
        self.problems: list[Diagnostic] = []
        self._tree = "*" not in stream  # without an alias, the document is a tree
        self._text = stream
        self._scan = printable.may_hold(stream)  # else no value can hold such a character
        self._lines: Lines | None = None
        self._unprintable: set[Any] = set()

    def _problem(self, code: str, node: Node, key: str, params: Params) -> None:
        mark = node.start_mark
        self.problems.append(make(code, self.name, mark.line + 1, mark.column + 1, key, params))

    def _check_printable(self, node: ScalarNode, value: str) -> None:
        """A text holding a character no output can print is a finding where it is written."""
        ch = printable.first(value)
        if ch is None or node.start_mark in self._unprintable:
            return  # a value reached again through an alias is reported once
        self._unprintable.add(node.start_mark)
        if self._lines is None:
            self._lines = Lines(self._text)
        lines = self._lines
        start, end = lines.offset(node.start_mark), lines.offset(node.end_mark)
        at = printable.locate(self._text, start, end, node.style == '"')
        line, col = lines.line_col(at) if at is not None else (
            node.start_mark.line + 1, node.start_mark.column + 1)
        self.problems.append(make("DK009", self.name, line, col, "load.unprintable",
                                  unprintable(ch, value)))

    def construct_yaml_str(self, node: ScalarNode) -> str:
        value = self.construct_scalar(node)
        if self._scan:
            self._check_printable(node, value)
        return nfc(value)

    def construct_date(self, node: ScalarNode) -> dt.date | str:
        text: str = self.construct_scalar(node)
        match = _DATE.match(text)
        if match is None:  # an explicit !!timestamp on something that is not YYYY-MM-DD
            self._problem("DK103", node, "load.bad_tagged", {"text": text, "tag": "!!timestamp"})
            return text
        year, month, day = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            self._problem("DK301", node, "load.bad_date", {"text": text})
            return text

    def construct_unsafe(self, node: Node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._problem("DK003", node, "load.unsafe_tag", {"tag": tag})
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
        self._problem("DK103", node, "load.bad_tagged",
                      {"text": shown, "tag": tag.replace("tag:yaml.org,2002:", "!!")})
        return shown

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):  # !!map on a scalar or a list
            self._problem("DK103", node, "load.bad_tagged", {"text": "...", "tag": "!!map"})
            return {}
        mapping: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                self._problem("DK001", key_node, "load.syntax", {"problem": "a key must be text"})
                continue
            if key in first_line:
                self._problem("DK002", key_node, "load.duplicate_key",
                              {"key": str(key), "first": first_line[key]})
            else:
                first_line[key] = key_node.start_mark.line + 1
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    # --- Speed: shortcuts through PyYAML's generic machinery (benchmarked in bench/). ---------
    # Text is nine scalars in ten of a plan; each one otherwise passes four calls deep, and
    # the Python composer (which keeps the bounds) a few more.

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        """PyYAML's ``Composer.compose_node`` with the bounds counted, and nodes that have no
        anchor composed in place: the same errors and nodes."""
        self._nodes += 1
        if self._nodes > MAX_VALUES:
            raise Limit("load.too_many_values", self.peek_event().start_mark)
        if self._depth >= MAX_DEPTH:
            raise Limit("load.too_deep", self.peek_event().start_mark)
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


FAST_BYTES = MAX_BYTES
"""Alias-free documents up to this size (every file the reader accepts) are built straight
from libyaml's events, with no node tree (``_from_events``): bulk validation takes about a
third less time than composing a tree first. The bounds are counted as the events come, and
anything out of bounds, or unusual, or in error, is composed again by the counting composer,
which is the reference and reports it. Setting it to 0 sends every file that way (the tests
compare the two)."""


class _Fallback(Exception):
    """Something the event builder leaves to the counting composer (which reports it)."""


def _from_events(loader: PlanLoader) -> tuple[Any, Any]:
    """The document's data and the start mark of its root (None, None for a stream with no
    document), built from libyaml's events as ``construct_document`` builds it from the node
    tree: the same values, the same problems in the same order. Raises ``_Fallback`` for what
    the counting composer must do: a node past a bound (counted as that composer counts,
    keys included), an anchor or alias, an explicit tag on a list or mapping (or a
    collection's tag on a scalar), a list or mapping as a key, more than one document."""
    get = loader.get_event
    resolvers = loader.yaml_implicit_resolvers
    scan = loader._scan
    check_printable = loader._check_printable
    construct = loader.construct_object
    problem = loader._problem
    is_nfc, normalize = unicodedata.is_normalized, unicodedata.normalize
    counted = [0]  # nodes of the collections finished or entered so far

    def scalar(event: Any) -> Any:
        """What ``construct_object`` makes of the scalar node composed from ``event``."""
        if event.anchor is not None:
            raise _Fallback
        tag, text = event.tag, event.value
        if tag is None or tag == "!":  # PlanLoader.resolve
            tag = _STR
            if event.implicit[0]:
                for candidate, regexp in resolvers.get(text[:1], ()):
                    if regexp.match(text):
                        tag = candidate
                        break
        if tag == _STR:
            if scan:
                check_printable(event, text)
            return text if text.isascii() or is_nfc("NFC", text) else normalize("NFC", text)
        return construct(ScalarNode(tag, text, event.start_mark, event.end_mark,
                                    style=event.style))

    def plain(event: Any) -> bool:
        """A scalar that resolves to text with no tag or anchor to look at (most of them)."""
        return (event.tag is None and event.anchor is None
                and not (event.implicit[0] and event.value[:1] in resolvers))

    def collection(start: Any, depth: int) -> Any:
        """The list or mapping that ``start`` opens, at ``depth`` (the root is at 1)."""
        if depth > MAX_DEPTH or start.anchor is not None or start.tag not in (None, "!"):
            raise _Fallback
        deeper = depth + 1
        # ``n`` counts this collection's own nodes since the last nested one, and ``room``
        # is what the bound leaves for them: the count is exact without a shared counter.
        n, room = 0, MAX_VALUES - counted[0]
        if start.__class__ is SequenceStartEvent:
            items: list[Any] = []
            append = items.append
            while True:
                event = get()
                kind = event.__class__
                if kind is SequenceEndEvent:
                    break
                n += 1
                if n > room or deeper > MAX_DEPTH:
                    raise _Fallback
                if kind is ScalarEvent:
                    if plain(event):
                        text = event.value
                        if scan:
                            check_printable(event, text)
                        append(text if text.isascii() or is_nfc("NFC", text)
                               else normalize("NFC", text))
                    else:
                        append(scalar(event))
                elif kind is MappingStartEvent or kind is SequenceStartEvent:
                    counted[0] += n
                    n = 0
                    append(collection(event, deeper))
                    room = MAX_VALUES - counted[0]
                else:
                    raise _Fallback  # an alias
            counted[0] += n
            return items
        mapping: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        while True:
            event = get()
            kind = event.__class__
            if kind is MappingEndEvent:
                break
            if kind is not ScalarEvent:
                raise _Fallback  # a list or mapping as a key, or an alias
            n += 1
            if n > room or deeper > MAX_DEPTH:
                raise _Fallback
            key_event = event
            key = scalar(event)
            if key in first_line:  # as construct_mapping, before the value is built
                problem("DK002", key_event, "load.duplicate_key",
                        {"key": str(key), "first": first_line[key]})
            else:
                first_line[key] = key_event.start_mark.line + 1
            event = get()
            kind = event.__class__
            n += 1
            if n > room:
                raise _Fallback
            if kind is ScalarEvent:
                if plain(event):
                    text = event.value
                    if scan:
                        check_printable(event, text)
                    value = (text if text.isascii() or is_nfc("NFC", text)
                             else normalize("NFC", text))
                else:
                    value = scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                counted[0] += n
                n = 0
                value = collection(event, deeper)
                room = MAX_VALUES - counted[0]
            else:
                raise _Fallback  # an alias
            mapping[key] = value
        counted[0] += n
        return mapping

    get()  # the stream's start
    event = get()
    if event.__class__ is StreamEndEvent:
        return None, None
    if event.__class__ is not DocumentStartEvent:
        raise _Fallback
    event = get()
    kind = event.__class__
    counted[0] = 1
    if kind is ScalarEvent:
        data = scalar(event)
    elif kind is MappingStartEvent or kind is SequenceStartEvent:
        data = collection(event, 1)
    else:
        raise _Fallback
    if get().__class__ is not DocumentEndEvent or get().__class__ is not StreamEndEvent:
        raise _Fallback  # more than one document: the composer says so
    if loader.state_generators:  # a scalar tagged !!map or !!seq, finished after the rest
        raise _Fallback
    return data, event.start_mark


def _fast(source: Source) -> tuple[PlanLoader, Any, Any] | None:
    """The loader, data and root mark of ``_from_events``, or None where the counting composer
    must read the file."""
    text = source.text
    if not LIBYAML or "*" in text or len(text) > FAST_BYTES:
        return None
    loader = PlanLoader(text, source.name)  # the pure-Python reader checks here
    try:
        data, mark = _from_events(loader)
    except Exception:  # an error, a bound, anything unusual: the reference path decides
        loader.dispose()
        return None
    loader.dispose()
    return loader, data, mark


def load_text(source: Source) -> Loaded:
    """Parse ``source`` into plain data; every problem becomes a diagnostic.

    The document is composed into a node tree first and measured (``check_bounds``); only a
    tree within bounds is built into Python data.
    """
    result = Loaded(source)
    loader: PlanLoader | None = None
    try:
        fast = _fast(source)
        if fast is not None:
            loader, data, mark = fast
        else:
            loader = PlanLoader(source.text, source.name)
            root = loader.get_single_node()
            # Without an alias (no '*' anywhere) the tree is a tree: the composer's own count
            # and depth are already its bounds, and measuring it again would cost a third of
            # the load.
            limit = check_bounds(root) if root is not None and "*" in source.text else None
            if limit is not None:
                raise limit
            data = loader.construct_document(root) if root is not None else None
            mark = root.start_mark if root is not None else None
    except Limit as limit:
        mark = limit.mark
        result.diagnostics.append(
            make("DK007", source.name, mark.line + 1, mark.column + 1, limit.key,
                 {"depth": MAX_DEPTH, "values": f"{MAX_VALUES:,}"}))
        return result
    except yaml.YAMLError as exc:
        result.diagnostics.append(syntax_diagnostic(source, exc))
        return result
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        # Defence in depth: every constructor above reports its own problems; should one still
        # fail on a value nobody foresaw, the user gets a diagnostic, not a traceback.
        result.diagnostics.append(make("DK001", source.name, 1, 1, "load.syntax",
                                       {"problem": str(exc) or type(exc).__name__}))
        return result
    except RecursionError:  # the pure-Python parser, without libyaml's bound, on deep nesting
        result.diagnostics.append(
            make("DK007", source.name, 1, 1, "load.too_deep", {"depth": MAX_DEPTH}))
        return result
    finally:
        if loader is not None:
            loader.dispose()
    result.diagnostics.extend(loader.problems)
    if data is None:
        result.diagnostics.append(make("DK004", source.name, 1, 1, "load.empty"))
    elif not isinstance(data, dict):
        kind = Message("type.list" if isinstance(data, list) else "type.other")
        result.diagnostics.append(make("DK004", source.name, mark.line + 1, mark.column + 1,
                                       "load.not_mapping", {"kind": kind}))
    else:
        result.data = data
    return result


def load_file(path: str | os.PathLike[str]) -> Loaded:
    source, problems = read_source(os.fspath(path))
    if source is None:
        return Loaded(None, None, problems)
    return load_text(source)
