"""What changed between two plans, in the plan's own terms: plain data, no formatting.

Both plans are version 2 (a version 1 file is read through the conversion). Duties are matched
by id wherever they stand; agencies, groups, partners and media formats by code; bases,
themes and funding clauses by id; waivers by code and target; recipients by their text
(compared without case, diacritics or punctuation). Sections are matched by id, else by kind
and heading, else (renamed) by id alone, else by their order among the sections of the same
parent; the paragraphs and plain list items of a section, which have no ids, by their order,
with unchanged ones lined up the way ``diff`` lines up lines.

Each difference is one ``Change``. ``kind`` says what happened (see ``KINDS``), ``key`` names
the thing (a duty id, an agency code, a section's label, a document field, an item's
position), and the other fields carry the values: ``old``/``new`` for a value that changed,
``added``/``removed`` for lists whose members changed, ``days`` for a deadline that moved,
``at`` for where a paragraph or item stands (its section's label).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dakplan.i18n.vn import match_key
from dakplan.model.tasks import Deadline
from dakplan.model.v2 import Duty, Plan, Section
from dakplan.model.v2.body import BulletsBlock, NumberedBlock, ParagraphBlock
from dakplan.model.v2.plan import Place

KINDS: tuple[str, ...] = (
    "document.changed",
    "recipient.added", "recipient.removed", "recipient.changed",
    "basis.added", "basis.removed", "basis.changed",
    "agency.added", "agency.removed", "agency.changed",
    "group.added", "group.removed", "group.changed",
    "partner.added", "partner.removed",
    "format.added", "format.removed", "format.changed",
    "section.added", "section.removed", "section.renamed", "section.renumbered",
    "section.moved",
    "paragraph.added", "paragraph.removed", "paragraph.changed",
    "purpose.added", "purpose.removed", "purpose.changed",
    "requirement.added", "requirement.removed", "requirement.changed",
    "item.added", "item.removed", "item.changed",
    "theme.added", "theme.removed", "theme.changed",
    "media.changed",
    "task.added", "task.removed", "task.reassigned", "task.coordinate", "task.reworded",
    "task.deadline_moved", "task.timing", "task.themes", "task.media", "task.status",
    "task.progress", "task.moved",
    "clause.added", "clause.removed", "clause.changed",
    "waiver.added", "waiver.removed", "waiver.changed",
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
    at: str | None = None
    """Where a paragraph, list item or media statement stands: its section's label (or
    heading); None at the top of the body and for things named by id or code."""

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
            "at": self.at,
        }


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    """Every change from ``old`` to ``new``, part by part in the order of ``KINDS`` (the
    changes of one duty together)."""
    changes: list[Change] = []
    changes += _document(old, new)
    changes += _keyed("recipient", _recipients(old), _recipients(new), label="text")
    changes += _keyed("basis", _dump_by(old.bases, "id"), _dump_by(new.bases, "id"))
    changes += _keyed("agency", _dump_by(old.agencies, "code"), _dump_by(new.agencies, "code"))
    changes += _keyed("group", _dump_by(old.groups, "code"), _dump_by(new.groups, "code"))
    changes += _codes_each("partner", old.partners, new.partners)
    changes += _keyed("format", _dump_by(old.media_formats, "code"),
                      _dump_by(new.media_formats, "code"))
    olds, news = _Sections(old), _Sections(new)
    matched = _match(olds, news)
    changes += _section_changes(olds, news, matched)
    changes += _texts(olds, news, matched)
    changes += _keyed("theme", _dump_by((t for _, t in old.themes()), "id"),
                      _dump_by((t for _, t in new.themes()), "id"))
    changes += _media(old, new)
    changes += _duties(old, new, olds, news, matched)
    changes += _keyed("clause", _dump_by((c for _, c in old.clauses()), "id"),
                      _dump_by((c for _, c in new.clauses()), "id"))
    changes += _keyed("waiver", _waivers(old), _waivers(new))
    return changes


# --- generic comparisons -------------------------------------------------------------------


def _is_scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(not isinstance(v, dict | list) for v in value)


def _fields(kind: str, key: str, old: dict[str, Any], new: dict[str, Any],
            prefix: str = "") -> list[Change]:
    """One change per field whose value differs; nested mappings are compared field by field.

    With an empty ``key`` the field path is the key (document fields, media statements);
    otherwise the field path goes into ``field``.
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
    out: dict[str, dict[str, Any]] = {}
    for item in items:
        out.setdefault(str(getattr(item, attr)), item.model_dump(mode="json"))
    return out


def _codes_each(what: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    return ([Change(f"{what}.added", code) for code in new if code not in old]
            + [Change(f"{what}.removed", code) for code in old if code not in new])


def _align(old: Sequence[str], new: Sequence[str]) -> Iterable[tuple[str, range, range]]:
    """``difflib`` opcodes over texts compared by their match keys."""
    matcher = difflib.SequenceMatcher(None, [match_key(s) for s in old],
                                      [match_key(s) for s in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        yield tag, range(i1, i2), range(j1, j2)


def _lined_up(what: str, old: Sequence[str], new: Sequence[str],
              at: str | None) -> list[Change]:
    """Texts without ids: lined up by order; a replaced text is a change of wording. The key
    is the 1-based position in the new plan (in the old one for a removed text)."""
    out: list[Change] = []
    for tag, olds, news in _align(old, new):
        if tag == "equal":
            for i, j in zip(olds, news, strict=True):
                if old[i] != new[j]:  # same words, other case or punctuation
                    out.append(Change(f"{what}.changed", str(j + 1), old=old[i], new=new[j],
                                      at=at))
            continue
        paired = min(len(olds), len(news)) if tag == "replace" else 0
        for i, j in zip(olds[:paired], news[:paired], strict=True):
            out.append(Change(f"{what}.changed", str(j + 1), old=old[i], new=new[j], at=at))
        out += [Change(f"{what}.added", str(j + 1), new=new[j], at=at) for j in news[paired:]]
        out += [Change(f"{what}.removed", str(i + 1), old=old[i], at=at) for i in olds[paired:]]
    return out


# --- the frame -----------------------------------------------------------------------------


def _document(old: Plan, new: Plan) -> list[Change]:
    def dump(plan: Plan) -> dict[str, Any]:
        data = plan.document.model_dump(mode="json", exclude={"recipients"})
        data["period"] = str(plan.document.period)
        # the chain as its printed lines: a line added, removed or reworded reads as such
        data["signature"]["chain"] = plan.document.signature.lines[:-1]
        return data

    return _fields("document.changed", "", dump(old), dump(new))


def _recipients(plan: Plan) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for recipient in plan.document.recipients:
        out.setdefault(match_key(recipient.text), recipient.model_dump(mode="json"))
    return out


def _waivers(plan: Plan) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for waiver in plan.waivers:
        out.setdefault(f"{waiver.code} {waiver.at}", waiver.model_dump(mode="json"))
    return out


def _media(old: Plan, new: Plan) -> list[Change]:
    """Media statements, in document order, compared one by one."""
    def dumps(plan: Plan) -> list[dict[str, Any]]:
        return [{"text": use.text, "formats": list(use.formats)} for _, use in plan.media_uses()]

    before, after = dumps(old), dumps(new)
    empty: dict[str, Any] = {"text": None, "formats": []}
    several = max(len(before), len(after)) > 1
    out: list[Change] = []
    for i in range(max(len(before), len(after))):
        a = before[i] if i < len(before) else empty
        b = after[i] if i < len(after) else empty
        out += _fields("media.changed", "", a, b, f"{i + 1}." if several else "")
    return out


# --- sections ------------------------------------------------------------------------------


class _Sections:
    """The sections of a plan in document order, each with its enclosing section."""

    def __init__(self, plan: Plan) -> None:
        self.places: list[Place] = list(plan.sections())
        index = {id(place.thing): i for i, place in enumerate(self.places)}
        self.index = index
        self.parents: list[int | None] = [
            index[id(place.sections[-1])] if place.sections else None for place in self.places]
        self.root: list[Any] = plan.body

    def section(self, i: int) -> Section:
        thing = self.places[i].thing
        assert isinstance(thing, Section)
        return thing

    def heading_key(self, i: int) -> str | None:
        heading = self.section(i).heading
        return None if heading is None else match_key(heading)

    def name(self, i: int | None) -> str | None:
        """A section as a change names it: its label, else its heading, else its id."""
        if i is None:
            return None
        section = self.section(i)
        return self.places[i].label or section.heading or section.id or "-"

    def where(self, i: int | None) -> dict[str, Any]:
        """Where a thing in section ``i`` stands: the label, the heading, the kind."""
        if i is None:
            return {"label": None, "heading": None, "part": None}
        place = self.places[i]
        titled = next((s.heading for s in (*place.sections, place.thing)[::-1]
                       if isinstance(s, Section) and s.heading is not None), None)
        return {"label": place.label, "heading": titled, "part": place.part}


def _match(olds: _Sections, news: _Sections) -> dict[int, int]:
    """New section index -> old section index, for the sections that are the same."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def first(test: Any) -> None:
        for j in range(len(news.places)):
            if j in pairs:
                continue
            for i in range(len(olds.places)):
                if i not in taken and test(i, j):
                    pairs[j] = i
                    taken.add(i)
                    break

    def same_id(i: int, j: int) -> bool:
        return olds.section(i).id is not None and olds.section(i).id == news.section(j).id

    def same_title(i: int, j: int) -> bool:
        return (olds.section(i).kind == news.section(j).kind
                and olds.heading_key(i) == news.heading_key(j))

    first(lambda i, j: same_id(i, j) and olds.heading_key(i) == news.heading_key(j))
    first(same_title)
    first(same_id)
    # the rest, renamed without ids: lined up by order among the sections of the same parent
    for parent in [None, *range(len(news.places))]:
        old_parent = None if parent is None else pairs.get(parent, -1)
        if old_parent == -1:
            continue
        js = [j for j in range(len(news.places)) if j not in pairs and news.parents[j] == parent]
        is_ = [i for i in range(len(olds.places))
               if i not in taken and olds.parents[i] == old_parent]
        if not js or not is_:
            continue
        keys_old = [olds.heading_key(i) or "" for i in is_]
        keys_new = [news.heading_key(j) or "" for j in js]
        for tag, oi, ni in _align(keys_old, keys_new):
            if tag not in ("equal", "replace"):
                continue
            for a, b in zip(oi, ni, strict=False):
                pairs[js[b]] = is_[a]
                taken.add(is_[a])
    return pairs


def _section_changes(olds: _Sections, news: _Sections, pairs: dict[int, int]) -> list[Change]:
    out: list[Change] = []
    for j, place in enumerate(news.places):
        key = news.name(j) or "-"
        section = news.section(j)
        i = pairs.get(j)
        if i is None:
            out.append(Change("section.added", key, new=section.heading))
            continue
        before = olds.section(i)
        if before.heading != section.heading:
            out.append(Change("section.renamed", key, old=before.heading, new=section.heading))
        if olds.places[i].number != place.number:
            out.append(Change("section.renumbered", key, old=olds.places[i].label,
                              new=place.label))
        old_parent, new_parent = olds.parents[i], news.parents[j]
        if (pairs.get(new_parent) if new_parent is not None else None) != old_parent \
                or (new_parent is None) != (old_parent is None):
            out.append(Change("section.moved", key, old=olds.where(old_parent),
                              new=news.where(new_parent)))
    matched = set(pairs.values())
    out += [Change("section.removed", olds.name(i) or "-", old=olds.section(i).heading)
            for i in range(len(olds.places)) if i not in matched]
    return out


def _own_texts(blocks: list[Any]) -> tuple[list[str], list[str]]:
    """A section's own paragraphs and the plain items of its lists (sub-lists included), in
    order; what stands in its sub-sections is theirs."""
    paragraphs: list[str] = []
    items: list[str] = []

    def listed(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, str):
                items.append(entry)
            elif isinstance(entry, BulletsBlock):
                listed(entry.bullets)
            elif isinstance(entry, NumberedBlock):
                listed(entry.numbered.items)

    for block in blocks:
        if isinstance(block, ParagraphBlock):
            paragraphs.append(block.paragraph)
        elif isinstance(block, BulletsBlock):
            listed(block.bullets)
        elif isinstance(block, NumberedBlock):
            listed(block.numbered.items)
    return paragraphs, items


_ITEMS = {"purposes": "purpose", "requirements": "requirement"}
"""The items of these sections keep the names version 1 gave them."""


def _texts(olds: _Sections, news: _Sections, pairs: dict[int, int]) -> list[Change]:
    """Paragraphs and plain items of the body and of each section matched."""
    sides: list[tuple[list[Any], list[Any], str | None, str | None]] = [
        (olds.root, news.root, None, None)]
    sides += [(olds.section(i).blocks, news.section(j).blocks, news.name(j),
               news.section(j).kind) for j, i in sorted(pairs.items())]
    out: list[Change] = []
    for before, after, at, kind in sides:
        old_paragraphs, old_items = _own_texts(before)
        new_paragraphs, new_items = _own_texts(after)
        out += _lined_up("paragraph", old_paragraphs, new_paragraphs, at)
        out += _lined_up(_ITEMS.get(str(kind), "item"), old_items, new_items, at)
    return out


# --- duties --------------------------------------------------------------------------------


def _located(plan: Plan, sections: _Sections) -> dict[str, tuple[Duty, int | None]]:
    """Each duty id -> the duty and the index of its nearest section; a duplicated id keeps
    its first place."""
    out: dict[str, tuple[Duty, int | None]] = {}
    for place in plan.duties():
        duty = place.thing
        assert isinstance(duty, Duty)
        nearest = sections.index[id(place.sections[-1])] if place.sections else None
        out.setdefault(duty.id, (duty, nearest))
    return out


def _summary(duty: Duty) -> dict[str, Any]:
    return duty.model_dump(mode="json", include={"lead", "coordinate", "text", "timing"})


def _duties(old: Plan, new: Plan, olds: _Sections, news: _Sections,
            pairs: dict[int, int]) -> list[Change]:
    before, after = _located(old, olds), _located(new, news)
    out: list[Change] = []
    for duty_id, (duty, where) in after.items():
        if duty_id not in before:
            out.append(Change("task.added", duty_id, new=_summary(duty)))
            continue
        was, where_was = before[duty_id]
        out += _duty(was, duty)
        if (pairs.get(where) if where is not None else None) != where_was \
                or (where is None) != (where_was is None):
            out.append(Change("task.moved", duty_id, old=olds.where(where_was),
                              new=news.where(where)))
    out += [Change("task.removed", duty_id, old=_summary(duty))
            for duty_id, (duty, _) in before.items() if duty_id not in after]
    return out


def _codes(kind: str, key: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    added = tuple(c for c in new if c not in old)
    removed = tuple(c for c in old if c not in new)
    if added or removed:
        return [Change(kind, key, added=added, removed=removed)]
    return []


def _duty(old: Duty, new: Duty) -> list[Change]:
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
