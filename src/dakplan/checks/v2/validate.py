"""Read a plan file of either version into a version 2 ``Plan``, check it, apply its waivers,
and say which findings stop which command.

A version 1 file is read through ``dakplan.migrate``: its schema is version 1's (so its
messages are), its checks are version 2's, and every finding is located at the v1 file's own
line (DK010 says the file was converted).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dakplan.checks.v2 import run_checks
from dakplan.checks.v2.base import TextFinding, structural
from dakplan.checks.v2.waivers import apply
from dakplan.diagnostics import Diagnostic, Finding, Severity, make
from dakplan.diagnostics.schema import findings as schema_findings
from dakplan.i18n.vn import nfc
from dakplan.io.bounds import MAX_DEPTH
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, read_source
from dakplan.io.yaml_load import Loaded, load_text
from dakplan.model.v2 import Plan, Waiver
from dakplan.model.validator_cache import built
from dakplan.shared import Merged, Shared, merge

if TYPE_CHECKING:
    from dakplan.migrate import Migrated


@dataclass(frozen=True, slots=True)
class Entry:
    """One located finding, and the waiver that accepts it when one does."""

    diagnostic: Diagnostic
    waiver: Waiver | None = None
    waiver_line: int | None = None

    @property
    def code(self) -> str:
        return self.diagnostic.code

    @property
    def waived(self) -> bool:
        return self.waiver is not None

    @property
    def structural(self) -> bool:
        return structural(self.diagnostic.code)

    @property
    def error(self) -> bool:
        return self.diagnostic.severity is Severity.ERROR

    def to_dict(self) -> dict[str, object]:
        return {**self.diagnostic.to_dict(), "waived": self.waived, "waiver_line": self.waiver_line}


@dataclass
class Report:
    """What reading and checking one file found. ``plan`` is set when the plan was built."""

    file: str
    version: int | None = None
    plan: Plan | None = None
    entries: list[Entry] = field(default_factory=list)
    migrated: Migrated | None = None
    """The conversion, for a version 1 file."""

    @property
    def errors(self) -> int:
        return sum(e.error and not e.waived for e in self.entries)

    @property
    def warnings(self) -> int:
        return sum(not e.error and not e.waived for e in self.entries)

    @property
    def waived(self) -> int:
        return sum(e.waived for e in self.entries)


class Command(StrEnum):
    """The commands, by how findings affect them."""

    VALIDATE = "validate"
    TASKS = "tasks"
    AGENCIES = "agencies"
    CALENDAR = "calendar"
    REMIND = "remind"
    RENDER = "render"
    NEW = "new"
    MIGRATE = "migrate"
    IMPORT = "import"
    DIFF = "diff"
    RESULTS = "results"
    SITE = "site"


_WRITERS = (Command.NEW, Command.MIGRATE, Command.IMPORT)


def blocking(entries: Iterable[Entry], command: Command | str, strict: bool = False) -> list[Entry]:
    """The findings that stop ``command`` (exit 1, no answer).

    Structural errors stop every command; ``validate`` also stops on every unwaived content
    error (and on unwaived warnings with ``--strict``). A waived finding stops nothing.
    """
    command = Command(command)
    out = []
    for entry in entries:
        if entry.waived:
            continue
        if entry.error and (entry.structural or command is Command.VALIDATE):
            out.append(entry)
        elif strict and command is Command.VALIDATE:
            out.append(entry)
    return out


def reported(entries: Iterable[Entry], command: Command | str) -> list[Entry]:
    """The findings a command that answers prints on stderr: the unwaived errors (and, for
    the commands that write plans, the warnings as well). ``validate`` lists everything."""
    command = Command(command)
    if command is Command.VALIDATE:
        return list(entries)
    return [e for e in entries if not e.waived and (e.error or command in _WRITERS)]


# --- reading ------------------------------------------------------------------------------


def validate_file(path: str | os.PathLike[str], shared: Shared | None = None) -> Report:
    source, problems = read_source(os.fspath(path))
    if source is None:
        return Report(os.fspath(path), entries=[Entry(d) for d in problems])
    return validate_source(source, shared)


def validate_source(source: Source, shared: Shared | None = None,
                    loaded: Loaded | None = None) -> Report:
    """The plan in ``source``, either version, read and checked; with ``shared``, the
    registry of agencies that governs it (``dakplan.shared``) is taken in under the plan's
    own entries, and a registry with errors leaves the plan unchecked (DK216). ``loaded`` is
    ``load_text(source)`` when the caller has it already: the file is loaded once (nothing
    below changes the data it holds)."""
    loaded = loaded if loaded is not None else load_text(source)
    report = Report(source.name, entries=[Entry(d) for d in loaded.diagnostics])
    if loaded.data is None or loaded.diagnostics:
        return report
    data: dict[str, Any] = loaded.data
    version = data.get("dakplan")
    report.version = version if isinstance(version, int) and not isinstance(version, bool) else None
    migrated: Migrated | None = None
    merged: Merged | None = None
    extra: list[Finding] = []
    if shared is not None and not shared.usable:
        from dakplan.validate import registry_broken

        report.entries.append(Entry(registry_broken(source, shared)))
        return report
    if version == 1:
        # Imported here: the conversion (and the comment carrying and YAML writing it
        # brings) is only for version 1 files, and a cold start on a version 2 file is
        # shorter without it.
        from dakplan.migrate import migrate_data
        from dakplan.validate import validate_source as validate_v1

        first = validate_v1(source, shared, loaded)
        if first.plan is None:
            report.entries = [Entry(d) for d in first.diagnostics]
            return report
        if shared is not None:
            merged = merge(data, shared)
            data = merged.data
        migrated = migrate_data(data)
        report.migrated = migrated
        data = migrated.data
        extra.append(Finding("DK010", ("dakplan",), "check.version_1"))
    elif shared is not None:
        merged = merge(data, shared)
        data = merged.data
    extra += merged.findings if merged is not None else []
    places = _Places(source, migrated, merged)
    try:
        plan = built(Plan).model_validate(data)
    except ValidationError as error:
        found: list[tuple[Finding, int | None]] = [(f, None) for f in schema_findings(error, Plan)]
        report.entries += _locate(places, found, None)
        report.entries.sort(key=lambda e: e.diagnostic)
        return report
    except RecursionError:
        report.entries.append(
            Entry(make("DK007", source.name, 1, 1, "load.too_deep", {"depth": MAX_DEPTH}))
        )
        return report
    if merged is not None:
        plan.read_with_registry(merged.sources)
    report.plan = plan
    marked = apply(plan, [*extra, *run_checks(plan)])
    report.entries += _locate(places, [(m.finding, m.waiver) for m in marked], plan)
    report.entries.sort(key=lambda e: e.diagnostic)
    return report


@dataclass
class _Places:
    """Where a path of the plan as checked is in the files: through the conversion of a
    version 1 file, and into the shared registry for the entries read from it."""

    source: Source
    migrated: Migrated | None
    merged: Merged | None

    # Built only when there is something to report: composing the node tree costs about as
    # much as loading the file again.
    @cached_property
    def index(self) -> LineIndex:
        return LineIndex(self.source.text)

    @cached_property
    def starts(self) -> list[int]:
        return _line_starts(self.source.text)

    def find(self, path: tuple[str | int, ...]) -> tuple[Source, LineIndex, tuple[str | int, ...]]:
        if self.migrated is not None:
            path = self.migrated.v1_path(path)
        if self.merged is not None:
            in_registry, path = self.merged.where(path)
            if in_registry:
                shared = self.merged.shared
                return shared.source, shared.index, path
        return self.source, self.index, path

    def repeated(self, item: Finding) -> bool:
        """A finding about the registry that the registry has on its own."""
        if self.merged is None:
            return False
        path = self.migrated.v1_path(item.path) if self.migrated is not None else item.path
        return self.merged.repeats(item.code, path)


def _locate(
    places: _Places,
    found: list[tuple[Finding, int | None]],
    plan: Plan | None,
) -> list[Entry]:
    """Findings -> entries at lines and columns; one per spot."""
    if not found:
        return []
    out: list[Entry] = []
    seen: set[tuple[str, int, int, str]] = set()
    for item, waiver_index in found:
        if places.repeated(item):
            continue
        source, index, path = places.find(item.path)
        line, col = index.locate(path, key=item.at_key)
        if isinstance(item, TextFinding) and source is places.source:
            line, col = _in_text(index, path, item.offset, source.text,
                                 places.starts) or (line, col)
        if (source.name, line, col, item.code) in seen:
            continue
        seen.add((source.name, line, col, item.code))
        related = None
        if item.related is not None:
            _, at, there = places.find(item.related)
            related = at.locate(there)[0]
        waiver = waiver_line = None
        if waiver_index is not None and plan is not None:
            waiver = plan.waivers[waiver_index]
            waiver_line = places.index.locate(places.find(("waivers", waiver_index))[2])[0]
        out.append(Entry(item.located(source.name, line, col, related), waiver, waiver_line))
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _node(root: Node | None, path: tuple[str | int, ...]) -> Node | None:
    node = root
    for step in path:
        if isinstance(node, MappingNode) and isinstance(step, str):
            node = next(
                (v for k, v in node.value if isinstance(k, ScalarNode) and nfc(k.value) == step),
                None,
            )
        elif isinstance(node, SequenceNode) and isinstance(step, int):
            node = node.value[step] if 0 <= step < len(node.value) else None
        else:
            return None
    return node


def _in_text(
    index: LineIndex, path: tuple[str | int, ...], offset: int, text: str, starts: list[int]
) -> tuple[int, int] | None:
    """Line and column of the character ``offset`` into the scalar at ``path``: the scalar's
    characters are matched to the file's, skipping what folding and indentation add."""
    node = _node(index.root, path)
    if not isinstance(node, ScalarNode):
        return None
    value = nfc(node.value)
    raw_at, end = node.start_mark.index, node.end_mark.index
    if node.style in (">", "|"):
        newline = text.find("\n", raw_at)
        raw_at = newline + 1 if 0 <= newline < end else raw_at
    elif node.style in ("'", '"'):
        raw_at += 1
    for i, char in enumerate(value[: offset + 1]):
        if char.isspace():
            continue
        while raw_at < end and text[raw_at] != char:
            raw_at += 1
        if raw_at >= end:
            return None
        if i == offset:
            break
        raw_at += 1
    line = max(0, _bisect(starts, raw_at))
    return line + 1, raw_at - starts[line] + 1


def _bisect(starts: list[int], at: int) -> int:
    import bisect

    return bisect.bisect_right(starts, at) - 1
