"""Build the shared registry of agencies from the copies the plans carry (``dakplan registry
extract``), and take the copies out of the plans when asked.

* Every plan's own ``agencies`` and ``groups`` are read as written (each entry checked by the
  model: an entry that is not valid stops the command, nothing written).
* Entries are taken in the order they first appear, the plans in the order given (a folder's
  plans by name, so by year). Each field is the value of the last plan that gives it: later
  plans know of later changes (a merger's ``valid_to`` and ``merged_into``), and a field one
  plan leaves out another may give.
* Two plans that give one field different values disagree: every such pair is reported (the
  code, the field, each plan with its line and value); the registry takes the later value.
* ``--drop-from-plans`` removes from each plan the copies that agree with the registry (every
  field they give has the registry's value), with the round-trip writer, so comments, order and
  quoting stay; a copy that disagrees stays in its plan (``dakplan validate`` then says DK213
  there until someone decides). The registry is written first, then each plan, every file
  atomically; a plan is changed only when the registry written is the one it reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dakplan.diagnostics import Diagnostic, Message, make
from dakplan.errors import PlanError, UsageError
from dakplan.i18n import t
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, read_source
from dakplan.io.yaml_cut import drop_items
from dakplan.io.yaml_dump import dump_yaml
from dakplan.io.yaml_load import load_text
from dakplan.model.registry import HEADER, REGISTRY_VERSION
from dakplan.shared import SECTIONS

KINDS = {"agencies": "agency", "groups": "group"}

HEAD_COMMENT = ("# The agencies and groups every plan of this repository reads "
                "(dakplan registry extract).")


@dataclass(frozen=True)
class Given:
    """One plan's value of one field of an entry."""

    plan: str
    line: int
    value: Any


@dataclass(frozen=True)
class Disagreement:
    """Two plans that give one field of one entry different values; ``kept`` is the value the
    registry takes (the later plan's)."""

    kind: str
    """``agency`` or ``group``."""
    code: str
    field: str
    other: Given
    kept: Given

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "code": self.code, "field": self.field,
                "plan": self.other.plan, "line": self.other.line,
                "value": _plain(self.other.value), "kept_plan": self.kept.plan,
                "kept_line": self.kept.line, "kept_value": _plain(self.kept.value)}


@dataclass
class PlanCopies:
    """What one plan holds of the registry, and what was taken out of it."""

    file: str
    copies: int = 0
    dropped: list[str] = field(default_factory=list)
    """Codes of the copies removed from the plan (``--drop-from-plans``)."""
    kept: list[str] = field(default_factory=list)
    """Codes of the copies left in it because they disagree with the registry."""
    lost_comments: list[tuple[int, str]] = field(default_factory=list)
    """Comments that went with the removed copies: (line in the plan, text)."""
    text: str | None = None
    """The plan's new text, when copies are removed."""


@dataclass
class Extraction:
    """The registry built from the plans: its text, and what the plans said."""

    text: str
    entries: dict[str, list[dict[str, Any]]]
    disagreements: list[Disagreement]
    plans: list[PlanCopies]
    target: Path | None = None
    """The file written; None when the registry went to standard output."""

    @property
    def agencies(self) -> int:
        return len(self.entries["agencies"])

    @property
    def groups(self) -> int:
        return len(self.entries["groups"])


@dataclass
class _Read:
    file: str
    source: Source
    data: dict[str, Any]
    index: LineIndex


def _read_plans(files: Iterable[str]) -> list[_Read]:
    """Each plan's text and data; any plan that does not load, or an entry the model refuses,
    is a ``PlanError`` with every such problem."""
    from dakplan.diagnostics.schema import describe, findings

    out: list[_Read] = []
    problems: list[Diagnostic] = []
    for file in files:
        source, unread = read_source(file)
        if source is None:
            raise UsageError(f"{file}: {unread[0].message}")
        loaded = load_text(source)
        if loaded.data is None or loaded.diagnostics:
            problems += loaded.diagnostics
            continue
        data = loaded.data
        index = LineIndex(source.text)
        for section, model in SECTIONS.items():
            entries = data.get(section) or []
            if not isinstance(entries, list):
                line, col = index.locate((section,))
                problems.append(make("DK103", file, line, col, "schema.type",
                                     {"expected": Message("type.list"),
                                      "got": describe(entries)}))
                continue
            for i, entry in enumerate(entries):
                try:
                    model.model_validate(entry)
                except ValidationError as error:
                    for found in findings(error, model):
                        path = (section, i, *found.path)
                        line, col = index.locate(path, key=found.at_key)
                        problems.append(found.located(file, line, col, None))
        out.append(_Read(file, source, data, index))
    if problems:
        raise PlanError(t("registry.invalid_entries", count=len(problems)), problems)
    return out


def extract(files: list[str], target: Path | None = None, drop: bool = False) -> Extraction:
    """The registry the plans in ``files`` share, from their own copies (see the module);
    written to ``target`` (None: not written, for standard output); with ``drop``, the copies
    that agree with it taken out of the plans."""
    plans = _read_plans(files)
    entries: dict[str, list[dict[str, Any]]] = {}
    given: dict[tuple[str, str, str], list[Given]] = {}
    for section, model in SECTIONS.items():
        merged: dict[str, dict[str, Any]] = {}
        for read in plans:
            for i, entry in enumerate(read.data.get(section) or []):
                code = entry["code"]
                merged.setdefault(code, {})
                for name, value in entry.items():
                    line = read.index.locate((section, i, name))[0]
                    given.setdefault((section, code, name), []).append(
                        Given(read.file, line, value))
                    merged[code][name] = value
        order = list(model.model_fields)
        entries[section] = [{name: found[name] for name in order if name in found}
                            for found in merged.values()]
    disagreements = [
        Disagreement(KINDS[section], code, name, other, values[-1])
        for (section, code, name), values in given.items()
        for other in values[:-1] if _plain(other.value) != _plain(values[-1].value)
    ]
    text = registry_text(entries)
    result = Extraction(text, entries, disagreements, [])
    for read in plans:
        result.plans.append(_copies(read, entries, drop))
    if target is not None:
        _write(result, target, [Path(f) for f in files], drop)
    return result


def registry_text(entries: dict[str, list[dict[str, Any]]]) -> str:
    data: dict[str, Any] = {HEADER: REGISTRY_VERSION}
    data.update({section: found for section, found in entries.items() if found})
    return f"{HEAD_COMMENT}\n{dump_yaml(data)}"


def _agrees(mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    """Every field the plan's copy gives has the registry's value."""
    return all(_plain(value) == _plain(theirs.get(name)) for name, value in mine.items())


def _copies(read: _Read, entries: dict[str, list[dict[str, Any]]], drop: bool) -> PlanCopies:
    copies = PlanCopies(read.file)
    drops: dict[str, set[int]] = {}
    for section in SECTIONS:
        registry = {e["code"]: e for e in entries[section]}
        for i, entry in enumerate(read.data.get(section) or []):
            copies.copies += 1
            if _agrees(entry, registry[entry["code"]]):
                drops.setdefault(section, set()).add(i)
                copies.dropped.append(entry["code"])
            else:
                copies.kept.append(entry["code"])
    if not drop:
        copies.dropped = []
        return copies
    if drops:
        copies.text, copies.lost_comments = drop_items(read.source.text, drops)
    return copies


def _write(result: Extraction, target: Path, inputs: list[Path], drop: bool) -> None:
    from dakplan.io.write import TargetExists, create_file, replace_file
    from dakplan.shared import locate

    if drop:
        for copies in result.plans:
            if locate(copies.file, assume=target) != target.resolve():
                raise UsageError(t("registry.not_governing", target=str(target),
                                   plan=copies.file))
    try:
        create_file(target, result.text.encode("utf-8"), inputs, yaml_data=True)
    except TargetExists:
        raise UsageError(t("registry.exists", file=str(target))) from None
    result.target = target
    for copies in result.plans:
        if copies.text is not None:
            replace_file(Path(copies.file), copies.text.encode("utf-8"), yaml_data=True)


def _plain(value: Any) -> Any:
    """A value as it compares and as JSON shows it (dates as ISO text)."""
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def shown_value(value: Any) -> str:
    """A value as a person reads it in a message: YAML's flow form."""
    plain = _plain(value)
    if isinstance(plain, list):
        return "[" + ", ".join(str(v) for v in plain) + "]"
    return str(plain)
