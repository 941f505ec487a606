"""What changed between two plans, in the plan's own terms: plain data, no formatting.

Tasks are matched by id wherever they sit (implementation, funding, reporting); agencies and
groups by code; bases, themes and funding clauses by id; recipients by their text (compared
without case, diacritics or punctuation); purposes and requirements, which have no ids, by
their order, with unchanged bullets lined up the way ``diff`` lines up lines.

Each difference is one ``Change``. ``kind`` says what happened (see ``KINDS``), ``key`` names
the thing (a task id, an agency code, a document field, a bullet's position), and the other
fields carry the values: ``old``/``new`` for a value that changed, ``added``/``removed`` for
lists whose members changed, ``days`` for a deadline that moved.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dakplan.i18n.vn import match_key
from dakplan.model import Deadline, FundingClause, Plan, Task

KINDS: tuple[str, ...] = (
    "document.changed",
    "recipient.added", "recipient.removed", "recipient.changed",
    "basis.added", "basis.removed", "basis.changed",
    "agency.added", "agency.removed", "agency.changed",
    "group.added", "group.removed", "group.changed",
    "purpose.added", "purpose.removed", "purpose.changed",
    "requirement.added", "requirement.removed", "requirement.changed",
    "theme.added", "theme.removed", "theme.changed",
    "media.changed",
    "heading.changed",
    "part.added", "part.removed", "part.renamed",
    "task.added", "task.removed", "task.reassigned", "task.coordinate", "task.reworded",
    "task.deadline_moved", "task.timing", "task.themes", "task.media", "task.status",
    "task.progress", "task.moved",
    "clause.added", "clause.removed", "clause.changed",
)
"""Every kind of change, in the order changes are listed."""


@dataclass(frozen=True)
class Change:
    """One difference between two plans."""

    kind: str
    key: str
    field: str | None = None
    old: Any = None
    new: Any = None
    added: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()
    days: int | None = None

    @property
    def section(self) -> str:
        return self.kind.split(".", 1)[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "added": list(self.added),
            "removed": list(self.removed),
            "days": self.days,
        }


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    """Every change from ``old`` to ``new``, section by section in the order of ``KINDS``."""
    changes: list[Change] = []
    changes += _document(old, new)
    changes += _keyed("recipient", _recipients(old), _recipients(new), label="text")
    changes += _keyed("basis", _dump_by(old.bases, "id"), _dump_by(new.bases, "id"))
    changes += _keyed("agency", _dump_by(old.agencies, "code"), _dump_by(new.agencies, "code"))
    changes += _keyed("group", _dump_by(old.groups, "code"), _dump_by(new.groups, "code"))
    changes += _bullets("purpose", old.purposes, new.purposes)
    changes += _bullets("requirement", old.requirements, new.requirements)
    changes += _keyed("theme", _dump_by(old.themes, "id"), _dump_by(new.themes, "id"))
    changes += _fields("media.changed", "", _media(old), _media(new))
    changes += _fields("heading.changed", "", old.headings.model_dump(),
                       new.headings.model_dump())
    part_map, part_changes = _parts(old, new)
    changes += part_changes
    changes += _tasks(old, new, part_map)
    changes += _keyed("clause", _dump_by(_clauses(old), "id"), _dump_by(_clauses(new), "id"))
    return changes


# --- generic comparisons -------------------------------------------------------------------


def _is_scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, dict | list) for v in value)


def _fields(kind: str, key: str, old: dict[str, Any], new: dict[str, Any],
            prefix: str = "") -> list[Change]:
    """One change per field whose value differs; nested mappings are compared field by field.

    With an empty ``key`` the field path is the key (document fields, headings); otherwise
    the field path goes into ``field``.
    """
    out: list[Change] = []
    for name in [*new, *(n for n in old if n not in new)]:
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        path = f"{prefix}{name}"
        if isinstance(before, dict) and isinstance(after, dict):
            out += _fields(kind, key, before, after, f"{path}.")
            continue
        thing, field = (key, path) if key else (path, None)
        if isinstance(before, list) and isinstance(after, list) \
                and _is_scalar_list(before) and _is_scalar_list(after):
            added = tuple(v for v in after if v not in before)
            removed = tuple(v for v in before if v not in after)
            if added or removed:
                out.append(Change(kind, thing, field, added=added, removed=removed))
                continue
        out.append(Change(kind, thing, field, old=before, new=after))
    return out


def _keyed(what: str, old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]],
           label: str | None = None) -> list[Change]:
    """Entries matched by key: added, removed (after the others), or changed field by field.

    ``label`` names the field shown as the entry's key, when the matching key is not it.
    """
    out: list[Change] = []
    for key, entry in new.items():
        shown = entry[label] if label else key
        if key not in old:
            out.append(Change(f"{what}.added", shown, new=entry))
        else:
            out += _fields(f"{what}.changed", shown, old[key], entry)
    out += [Change(f"{what}.removed", entry[label] if label else key, old=entry)
            for key, entry in old.items() if key not in new]
    return out


def _dump_by(items: Iterable[Any], attr: str) -> dict[str, dict[str, Any]]:
    return {getattr(item, attr): item.model_dump(mode="json") for item in items}


def _align(old: Sequence[str], new: Sequence[str]) -> Iterable[tuple[str, range, range]]:
    """``difflib`` opcodes over texts compared by their match keys."""
    matcher = difflib.SequenceMatcher(None, [match_key(s) for s in old],
                                      [match_key(s) for s in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        yield tag, range(i1, i2), range(j1, j2)


def _bullets(what: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    """Bullets without ids: lined up by order; a replaced bullet is a change of wording."""
    out: list[Change] = []
    for tag, olds, news in _align(old, new):
        if tag == "equal":
            for i, j in zip(olds, news, strict=True):
                if old[i] != new[j]:  # same words, other case or punctuation
                    out.append(Change(f"{what}.changed", str(j + 1), old=old[i], new=new[j]))
            continue
        paired = min(len(olds), len(news)) if tag == "replace" else 0
        for i, j in zip(olds[:paired], news[:paired], strict=True):
            out.append(Change(f"{what}.changed", str(j + 1), old=old[i], new=new[j]))
        out += [Change(f"{what}.added", str(j + 1), new=new[j]) for j in news[paired:]]
        out += [Change(f"{what}.removed", str(i + 1), old=old[i]) for i in olds[paired:]]
    return out


# --- sections ------------------------------------------------------------------------------


def _document(old: Plan, new: Plan) -> list[Change]:
    def dump(plan: Plan) -> dict[str, Any]:
        data = plan.document.model_dump(mode="json", exclude={"recipients"})
        data["period"] = str(plan.document.period)
        return data

    return _fields("document.changed", "", dump(old), dump(new))


def _recipients(plan: Plan) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for recipient in plan.document.recipients:
        out.setdefault(match_key(recipient.text), recipient.model_dump(mode="json"))
    return out


def _media(plan: Plan) -> dict[str, Any]:
    if plan.media is None:
        return {"text": None, "formats": []}
    return plan.media.model_dump(mode="json")


def _clauses(plan: Plan) -> list[FundingClause]:
    if plan.funding is None:
        return []
    return [item for item in plan.funding.items if isinstance(item, FundingClause)]


def _parts(old: Plan, new: Plan) -> tuple[dict[int, int], list[Change]]:
    """Parts of "Tổ chức thực hiện" lined up by heading; which old part became which new one."""
    olds = [p.heading for p in old.implementation]
    news = [p.heading for p in new.implementation]
    mapping: dict[int, int] = {}
    out: list[Change] = []
    for tag, oi, ni in _align(olds, news):
        paired = len(oi) if tag == "equal" else min(len(oi), len(ni)) if tag == "replace" else 0
        for i, j in zip(oi[:paired], ni[:paired], strict=True):
            mapping[i] = j
            if olds[i] != news[j]:
                out.append(Change("part.renamed", olds[i], old=olds[i], new=news[j]))
        out += [Change("part.added", news[j], new=news[j]) for j in ni[paired:]]
        out += [Change("part.removed", olds[i], old=olds[i]) for i in oi[paired:]]
    return mapping, out


def _where(plan: Plan) -> dict[str, tuple[str, int | None]]:
    """Each task id -> (section, index of its part in "Tổ chức thực hiện" or None); a duplicated
    id keeps its first place."""
    out: dict[str, tuple[str, int | None]] = {}
    for i, part in enumerate(plan.implementation):
        for task in part.tasks:
            out.setdefault(task.id, ("implementation", i))
    if plan.funding is not None:
        for item in plan.funding.items:
            if isinstance(item, Task):
                out.setdefault(item.id, ("funding", None))
    for task in plan.reporting:
        out.setdefault(task.id, ("reporting", None))
    return out


def _place(plan: Plan, where: tuple[str, int | None]) -> dict[str, Any]:
    section, index = where
    heading = plan.implementation[index].heading if index is not None else None
    return {"section": section, "heading": heading}


def _task_summary(task: Task) -> dict[str, Any]:
    return task.model_dump(mode="json", include={"lead", "coordinate", "text", "timing"})


def _tasks(old: Plan, new: Plan, part_map: dict[int, int]) -> list[Change]:
    old_tasks: dict[str, Task] = {}
    new_tasks: dict[str, Task] = {}
    for plan, tasks in ((old, old_tasks), (new, new_tasks)):
        for task in plan.tasks():
            tasks.setdefault(task.id, task)
    old_where, new_where = _where(old), _where(new)
    out: list[Change] = []
    for task in new.tasks():
        if task.id not in old_tasks:
            out.append(Change("task.added", task.id, new=_task_summary(task)))
            continue
        if new_tasks[task.id] is not task:
            continue  # a duplicate id: `dakplan validate` reports it; compare the first only
        out += _task(old_tasks[task.id], task)
        section, index = old_where[task.id]
        mapped = (section, part_map.get(index, -1) if index is not None else None)
        if mapped != new_where[task.id]:
            out.append(Change("task.moved", task.id, old=_place(old, old_where[task.id]),
                              new=_place(new, new_where[task.id])))
    out += [Change("task.removed", task_id, old=_task_summary(task))
            for task_id, task in old_tasks.items() if task_id not in new_tasks]
    return out


def _codes(kind: str, key: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    added = tuple(c for c in new if c not in old)
    removed = tuple(c for c in old if c not in new)
    if added or removed:
        return [Change(kind, key, added=added, removed=removed)]
    return []


def _task(old: Task, new: Task) -> list[Change]:
    key = new.id
    out: list[Change] = []
    if old.lead != new.lead:
        out.append(Change("task.reassigned", key, old=old.lead, new=new.lead))
    out += _codes("task.coordinate", key, old.coordinate, new.coordinate)
    if old.text != new.text:
        out.append(Change("task.reworded", key, old=old.text, new=new.text))
    if isinstance(old.timing, Deadline) and isinstance(new.timing, Deadline):
        if old.timing.date != new.timing.date:
            out.append(Change("task.deadline_moved", key, old=old.timing.date.isoformat(),
                              new=new.timing.date.isoformat(),
                              days=_days(old.timing.date, new.timing.date)))
    elif old.timing != new.timing:
        out.append(Change("task.timing", key, old=old.timing.model_dump(mode="json"),
                          new=new.timing.model_dump(mode="json")))
    out += _codes("task.themes", key, old.themes, new.themes)
    out += _codes("task.media", key, [str(m) for m in old.media], [str(m) for m in new.media])
    if old.status != new.status:
        out.append(Change("task.status", key, old=_str(old.status), new=_str(new.status)))
    before = [p.model_dump(mode="json") for p in old.progress]
    after = [p.model_dump(mode="json") for p in new.progress]
    if before != after:
        out.append(Change("task.progress", key, added=tuple(p for p in after if p not in before),
                          removed=tuple(p for p in before if p not in after)))
    return out


def _days(old: dt.date, new: dt.date) -> int:
    return (new - old).days


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


# --- words ---------------------------------------------------------------------------------

_WORD = re.compile(r"\S+|\s+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` -> ``new`` as runs of (op, text): op is ``=`` kept, ``-`` removed, ``+`` added.

    Words are compared as written (with their diacritics), so a changed tone mark shows.
    """
    a, b = _WORD.findall(old), _WORD.findall(new)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", "".join(b[j1:j2])))
    return out
