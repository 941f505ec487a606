"""Bytes on disk -> plain Python data, or located diagnostics. Never an exception.

The YAML is read with libyaml when it is installed, with three changes to PyYAML's safe
loader:

* scalars resolve as in YAML 1.2's core schema: ``NO``, ``yes`` and ``on`` stay text, ``010``
  stays text, only ``true``/``false`` are booleans; a date is ``YYYY-MM-DD`` and nothing else;
* a key repeated in one mapping is an error (PyYAML keeps the last value without a word);
* an unknown or unsafe tag (``!!python/object``) is an error, and nothing is constructed from it.

All text is normalised to Unicode NFC as it is read, so a plan typed in decomposed form
behaves exactly like the same plan typed in composed form.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan.diagnostics import Diagnostic, make
from dakplan.i18n import t
from dakplan.vn import nfc

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Composer: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: a year's plan is tens of kilobytes."""


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


class PlanLoader(_Base):  # type: ignore[misc]
    """A safe loader that resolves YAML 1.2 core scalars and records problems as it goes."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}

    def __init__(self, stream: str, name: str) -> None:
        super().__init__(stream)
        self.name = name
        self.problems: list[Diagnostic] = []

    def _problem(self, code: str, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(make(code, self.name, mark.line + 1, mark.column + 1, message))

    def construct_yaml_str(self, node: ScalarNode) -> str:
        return nfc(self.construct_scalar(node))

    def construct_date(self, node: ScalarNode) -> dt.date | str:
        text: str = self.construct_scalar(node)
        year, month, day = (int(g) for g in _DATE.match(text).groups())  # type: ignore[union-attr]
        try:
            return dt.date(year, month, day)
        except ValueError:
            self._problem("DK301", node, t("load.bad_date", text=text))
            return text

    def construct_unsafe(self, node: Node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        self._problem("DK003", node, t("load.unsafe_tag", tag=tag))
        return None

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
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

PlanLoader.add_constructor("tag:yaml.org,2002:str", PlanLoader.construct_yaml_str)
PlanLoader.add_constructor("tag:yaml.org,2002:timestamp", PlanLoader.construct_date)
PlanLoader.add_constructor(None, PlanLoader.construct_unsafe)
for _tag in ("binary", "omap", "pairs", "set"):
    PlanLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", PlanLoader.construct_unsafe)


def read_source(path: str) -> tuple[Source | None, list[Diagnostic]]:
    """Read ``path`` as UTF-8 text (a BOM is allowed), or say why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, [make("DK008", path, 0, 0, t("load.missing"))]
    except IsADirectoryError:
        return None, [make("DK008", path, 0, 0, t("load.directory"))]
    except OSError as exc:
        return None, [make("DK008", path, 0, 0, t("load.unreadable", reason=exc.strerror))]
    if len(raw) > MAX_BYTES:
        return None, [make("DK007", path, 0, 0, f"larger than {MAX_BYTES // 1024 // 1024} MB")]
    return decode(raw, path)


def decode(raw: bytes, name: str) -> tuple[Source | None, list[Diagnostic]]:
    """UTF-8 bytes (with or without BOM, LF or CRLF) -> ``Source``."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [make("DK006", name, 1, 1, t("load.encoding_utf16"))]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [make("DK006", name, line, col, t("load.encoding"))]
    return Source(name, text), []


def _mark_diagnostic(code: str, name: str, exc: yaml.MarkedYAMLError, message: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return make(code, name, line, col, message)


def load_text(source: Source) -> Loaded:
    """Parse ``source`` into plain data; every problem becomes a diagnostic."""
    loader = PlanLoader(source.text, source.name)
    result = Loaded(source)
    try:
        data = loader.get_single_data()
    except yaml.composer.ComposerError as exc:
        if "single document" in f"{exc.context} {exc.problem}":
            result.diagnostics.append(
                _mark_diagnostic("DK005", source.name, exc, t("load.multiple"))
            )
        else:
            result.diagnostics.append(
                _mark_diagnostic("DK001", source.name, exc, t("load.syntax", problem=exc.problem))
            )
        return result
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or str(exc)
        result.diagnostics.append(
            _mark_diagnostic("DK001", source.name, exc, t("load.syntax", problem=problem))
        )
        return result
    except yaml.YAMLError as exc:  # a reader error without a mark (control characters)
        result.diagnostics.append(make("DK001", source.name, 1, 1, t("load.syntax", problem=exc)))
        return result
    finally:
        loader.dispose()
    result.diagnostics.extend(loader.problems)
    if data is None:
        result.diagnostics.append(make("DK004", source.name, 1, 1, t("load.empty")))
    elif not isinstance(data, dict):
        kind = t("type.list") if isinstance(data, list) else t("type.other")
        message = t("load.not_mapping", kind=kind)
        result.diagnostics.append(make("DK004", source.name, 1, 1, message))
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
                found = None
                for key_node, value_node in node.value:
                    if isinstance(key_node, ScalarNode) and nfc(key_node.value) == step:
                        found = (key_node, value_node)
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
