"""The registry of agencies a repository's plans share: where it is, reading and checking it,
and how a plan's data takes it in.

A plan repository keeps one ``agencies.yaml`` beside its ``plans/`` folder (or the file its
configuration names, ``registry = "..."``)::

    dakplan-registry: 1
    agencies:
      - {code: STTTT, name: Sở Thông tin và Truyền thông, kind: department,
         valid_to: 2025-02-28, merged_into: SKHCN}
    groups:
      - {code: SBN, name: Các sở, ban, ngành, member_kinds: [department]}

Every plan of the repository reads it under its own entries: the registry's agencies and groups
come first, in the registry's order; a plan's entry with a code of the registry takes that
entry's place (and is a finding: DK213 when it differs, DK214 when it is a mere copy); the
plan's other entries follow. A finding is located in the file that holds what it is about: the
plan's line for the plan's entries and everything else, the registry's line for the
registry's entries (a finding the registry has on its own is reported once, with the registry,
not again with every plan).

Which registry governs a plan is found from the plan's own folder, as the configuration is:
the ``registry`` setting of the configuration governing that folder, else the first
``agencies.yaml`` in that folder or a folder above it, up to the repository root (outside any
repository, the folder and the one above it). A plan read from standard input is governed
from the current folder (or from the folder of its ``--stdin-filename``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from dakplan.diagnostics import Diagnostic, Finding, Message, Param, Severity, make
from dakplan.diagnostics import Path as DocPath
from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.io.bounds import MAX_DEPTH
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, decode, read_source
from dakplan.io.yaml_load import load_text
from dakplan.model.agencies import Agency, Group
from dakplan.model.registry import HEADER, SharedRegistry

FILE_NAME = "agencies.yaml"
"""The registry's name by convention, beside ``plans/``; never read as a plan."""

SECTIONS: dict[str, type[BaseModel]] = {"agencies": Agency, "groups": Group}
"""The parts of a registry, and the model of each entry."""


@dataclass
class Shared:
    """A registry file as read: its entries as plain data, its model when it is one, and what
    is wrong with it on its own."""

    file: str
    """Its name in messages: the path from the current folder, or ``REV:path``."""
    source: Source
    registry: SharedRegistry | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    own: frozenset[tuple[str, DocPath]] = frozenset()
    """(code, path) of the findings it has by itself, not repeated for each plan."""

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def usable(self) -> bool:
        """Whether plans can be read with it: it is a registry, with no error."""
        return self.registry is not None and not self.errors

    @cached_property
    def data(self) -> dict[str, list[Any]]:
        """Its agencies and groups as the loader gave them (what a plan's data takes in)."""
        loaded = load_text(self.source).data
        return {name: list((loaded or {}).get(name) or []) for name in SECTIONS}

    @cached_property
    def index(self) -> LineIndex:
        return LineIndex(self.source.text)

    def line(self, path: DocPath) -> int:
        return self.index.locate(path)[0]


# --- finding it -----------------------------------------------------------------------------


def locate(plan: str | os.PathLike[str] | None, assume: Path | None = None) -> Path | None:
    """The registry file that governs the plan file ``plan`` (None, or a name that is no path
    such as ``<stdin>``: the current folder), as an absolute path, or None when there is none.
    ``assume``: a file taken to exist (one about to be written).

    A configured ``registry`` that does not exist is a usage error naming the setting.
    """
    from dakplan.config import load, shown

    assumed = assume.resolve() if assume is not None else None

    def present(path: Path) -> bool:
        return path.resolve() == assumed or path.is_file()

    folder = Path(os.path.abspath(os.fspath(plan) if plan is not None else "x")).parent
    config = load(folder)
    if config.registry is not None:
        if not present(config.registry):
            raise UsageError(t("registry.configured_missing", where=config.where("registry"),
                               file=shown(config.registry)))
        return config.registry.resolve()
    start, top = folder.resolve(), config.root
    outside = config.file is None and not (top / ".git").exists()
    for here in (start, start.parent) if outside else (start, *start.parents):
        if present(here / FILE_NAME):
            return here / FILE_NAME
        if here == top and not outside:
            break
    return None


def is_registry_name(path: str | os.PathLike[str]) -> bool:
    """Whether a file found in a plans folder is a registry by its name (never a plan)."""
    return Path(path).name == FILE_NAME


# --- reading and checking it ----------------------------------------------------------------

_LOADED: dict[tuple[str, str], Shared] = {}
"""Registries read in this run, by name and text: read once however many plans use them."""


def for_plan(plan: str | os.PathLike[str] | None) -> Shared | None:
    """The registry governing ``plan`` (see ``locate``), read and checked; None without one."""
    from dakplan.config import shown

    found = locate(plan)
    if found is None:
        return None
    name = shown(found)
    source, problems = read_source(name)
    if source is None:
        return Shared(name, Source(name, ""), None, problems)
    return load(source)


def from_bytes(raw: bytes, name: str) -> Shared:
    """A registry as git gives it (``git show REV:path``), named ``name``."""
    source, problems = decode(raw, name)
    if source is None:
        return Shared(name, Source(name, ""), None, problems)
    return load(source)


def at_revision(commit: str, plan: str, label: str, root: Path) -> Shared | None:
    """The registry governing ``plan`` (a path in the repository at ``root``) as it was at
    ``commit``, named ``LABEL:path``; None when that revision has none. It is looked for where
    the working tree's layout puts it (the configured ``registry``, else ``agencies.yaml`` in
    the plan's folder or one above it), so a revision from before the registry reads alone."""
    from dakplan.config import load as load_config
    from dakplan.io import git

    folder = (root / plan).parent
    config = load_config(folder)
    if config.registry is not None:
        try:
            candidates = [config.registry.resolve().relative_to(root.resolve()).as_posix()]
        except ValueError:
            return None
    else:
        parts = Path(plan).parent.parts
        candidates = [Path(*parts[:n], FILE_NAME).as_posix() for n in range(len(parts), -1, -1)]
    present = set(git.list_files(commit, candidates, root))
    found = next((c for c in candidates if c in present), None)
    if found is None:
        return None
    return from_bytes(git.show(commit, found, root), f"{label}:{found}")


def load(source: Source) -> Shared:
    """``source`` read as a registry and checked by itself (``checks.registry``)."""
    key = (source.name, source.text)
    if key not in _LOADED:
        _LOADED[key] = _load(source)
    return _LOADED[key]


def _load(source: Source) -> Shared:
    from dakplan.checks.registry import check_registry
    from dakplan.diagnostics.schema import findings as schema_findings

    loaded = load_text(source)
    shared = Shared(source.name, source, None, list(loaded.diagnostics))
    if loaded.data is None or loaded.diagnostics:
        return shared
    try:
        registry = SharedRegistry.model_validate(loaded.data)
    except ValidationError as error:
        shared.diagnostics = _located(shared, schema_findings(error, SharedRegistry))
        return shared
    except RecursionError:
        shared.diagnostics = [make("DK007", source.name, 1, 1, "load.too_deep",
                                   {"depth": MAX_DEPTH})]
        return shared
    found = check_registry(registry)
    shared.registry = registry
    shared.diagnostics = _located(shared, found)
    shared.own = frozenset((f.code, f.path) for f in found)
    return shared


def _located(shared: Shared, found: Iterable[Finding]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for item in found:
        line, col = shared.index.locate(item.path, key=item.at_key)
        related = None if item.related is None else shared.line(item.related)
        out.append(item.located(shared.file, line, col, related))
    return sorted(out)


def is_registry_data(data: object) -> bool:
    """Whether loaded YAML is a registry (it has the ``dakplan-registry`` header)."""
    return isinstance(data, dict) and HEADER in data


# --- a plan's data with it ------------------------------------------------------------------


@dataclass
class Merged:
    """A plan's data with the registry's entries taken in, and where each entry came from."""

    data: dict[str, Any]
    shared: Shared
    origins: dict[str, list[tuple[bool, int]]]
    """Per section, for each entry of the merged list: (from the registry, its index there)."""
    findings: list[Finding]
    """DK213 and DK214, at the merged paths of the plan's own entries."""
    sources: dict[str, str]
    """The codes read from the registry -> the registry's file name."""

    def where(self, path: DocPath) -> tuple[bool, DocPath]:
        """Whether ``path`` (in the merged data) is in the registry, and its path in the file
        that holds it."""
        if len(path) >= 2 and isinstance(path[0], str) and isinstance(path[1], int):
            table = self.origins.get(path[0])
            if table is not None and 0 <= path[1] < len(table):
                in_registry, index = table[path[1]]
                return in_registry, (path[0], index, *path[2:])
        return False, path

    def repeats(self, code: str, path: DocPath) -> bool:
        """Whether a finding at ``path`` of the merged data is one the registry has on its own
        (reported with the registry, not again with the plan)."""
        in_registry, at = self.where(path)
        return in_registry and (code, at) in self.shared.own


def merge(data: dict[str, Any], shared: Shared) -> Merged:
    """``data`` (a plan as loaded, either version) with the agencies and groups of ``shared``
    (which must be ``usable``) taken in: the registry's entries in its order, a plan's entry
    with a registry code in that entry's place, then the plan's other entries."""
    out = dict(data)
    origins: dict[str, list[tuple[bool, int]]] = {}
    findings: list[Finding] = []
    sources: dict[str, str] = {}
    for section, model in SECTIONS.items():
        mine = data.get(section, [])
        if not isinstance(mine, list):
            continue  # the schema reports it at the plan's line; nothing to take in
        first: dict[str, int] = {}
        for k, entry in enumerate(mine):
            if isinstance(entry, dict) and isinstance(entry.get("code"), str):
                first.setdefault(entry["code"], k)
        merged: list[Any] = []
        table: list[tuple[bool, int]] = []
        replaced: set[int] = set()
        theirs = shared.data[section]
        models: list[Any] = getattr(shared.registry, section)
        for j, entry in enumerate(theirs):
            at = first.get(models[j].code)
            if at is None:
                merged.append(entry)
                table.append((True, j))
                sources[models[j].code] = shared.file
                continue
            replaced.add(at)
            finding = _compare(section, model, mine[at], models[j], len(merged), shared, j)
            if finding is not None:
                findings.append(finding)
            merged.append(mine[at])
            table.append((False, at))
        for k, entry in enumerate(mine):
            if k not in replaced:
                merged.append(entry)
                table.append((False, k))
        out[section] = merged
        origins[section] = table
    return Merged(out, shared, origins, findings, sources)


_KIND = {"agencies": "agency", "groups": "group"}


def _compare(section: str, model: type[BaseModel], mine: dict[str, Any], theirs: BaseModel,
             at: int, shared: Shared, index: int) -> Finding | None:
    """DK213 when the plan's entry says something else than the registry's, DK214 when it is
    the same entry again; nothing when the plan's entry is not valid (the schema says so)."""
    try:
        own = model.model_validate(mine)
    except ValidationError:
        return None
    params: dict[str, Param] = {
        "kind": Message(f"registry.kind.{_KIND[section]}"), "code": str(mine["code"]),
        "file": shared.file, "line": shared.line((section, index))}
    ours, registry = own.model_dump(), theirs.model_dump()
    differ = [name for name in ours if ours[name] != registry[name]]
    if not differ:
        return Finding("DK214", (section, at, "code"), "check.registry_copy", params)
    given = [name for name in differ if name in mine]
    path: DocPath = (section, at, given[0] if given else "code")
    return Finding("DK213", path, "check.registry_redefined",
                   {**params, "fields": ", ".join(differ)})
