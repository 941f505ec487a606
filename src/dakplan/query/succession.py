"""Agencies over time: who carries a duty when the agency it names no longer exists.

Plans outlive the agencies they name: on 1 March 2025 every Sở Thông tin và Truyền thông was
merged into the Sở Khoa học và Công nghệ. The registry records each agency's lifetime
(``valid_from``/``valid_to``) and who took over (``merged_into``, ``successors``); this module
follows those links to the agencies that exist on a given day, and explains what it found.

``tasks --agency`` (explain an old code), ``validate`` (DK307) and ``new`` (carry duties over to
the successors) all build on ``successors`` and ``map_to_successors``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.model import Group
from dakplan.model.v2 import Duty, Plan
from dakplan.query.registry import Registry


@dataclass(frozen=True)
class Succession:
    """Who carries the duties of ``code`` on the day ``on``."""

    code: str
    on: dt.date
    carriers: tuple[str, ...]
    """Codes that exist on ``on`` and carry the duties: ``(code,)`` when it still exists."""
    ended: dt.date | None = None
    """The last day of ``code`` when it no longer existed on ``on``."""
    starts: dt.date | None = None
    """The first day of ``code`` when it did not exist yet on ``on``."""
    path: tuple[str, ...] = ()
    """Every agency passed through, in order, from ``code`` to the carriers."""
    dead_ends: tuple[str, ...] = ()
    """Agencies on the way that ended with no successor recorded."""

    @property
    def current(self) -> bool:
        """Whether ``code`` itself exists on ``on`` (nothing to explain)."""
        return self.carriers == (self.code,)

    def explain(self, registry: Registry) -> str:
        """One sentence a person can read, in the current language."""
        def named(code: str) -> str:
            name = registry.name(code)
            return code if name == code else f"{code} ({name})"

        day = format_short_date(self.on)
        if self.current:
            return t("succession.current", agency=named(self.code), day=day)
        if self.starts is not None:
            return t("succession.not_yet", agency=named(self.code), day=day,
                     start=format_short_date(self.starts))
        assert self.ended is not None
        ended = format_short_date(self.ended)
        if not self.carriers:
            return t("succession.no_successor", agency=named(self.code), ended=ended)
        via = [c for c in self.path[1:] if c not in self.carriers]
        text = t("succession.carried", agency=named(self.code), ended=ended, day=day,
                 carriers=", ".join(named(c) for c in self.carriers))
        if via:
            text += " " + t("succession.via", via=", ".join(named(c) for c in via))
        return text


def successors(registry: Registry, code: str, on: dt.date) -> Succession:
    """Who carries the duties of agency ``code`` on ``on``.

    An agency that exists that day carries its own duties. One that has ended passes them to
    the agencies it was merged into or succeeded by, followed link by link until agencies that
    exist on ``on`` are reached (STTTT -> SKHCN -> ... ). Groups and unknown codes have no
    lifetime: they are their own carriers.
    """
    agency = registry.agencies.get(code)
    if agency is None or agency.exists_on(on):
        return Succession(code, on, (code,))
    if agency.valid_from is not None and on < agency.valid_from:
        return Succession(code, on, (), starts=agency.valid_from, path=(code,))
    carriers: list[str] = []
    path: list[str] = [code]
    dead_ends: list[str] = []
    queue = list(agency.carried_by)
    if not queue:
        dead_ends.append(code)
    while queue:
        current = queue.pop(0)
        if current in path:
            continue  # a cycle in the registry; DK201/DK307 point at the data
        path.append(current)
        entry = registry.agencies.get(current)
        if entry is None or entry.exists_on(on):
            if current in registry:
                carriers.append(current)
            continue
        if entry.valid_from is not None and on < entry.valid_from:
            continue  # a successor that does not exist yet does not carry anything yet
        if not entry.carried_by:
            dead_ends.append(current)
        queue.extend(entry.carried_by)
    return Succession(code, on, tuple(carriers), ended=agency.valid_to, path=tuple(path),
                      dead_ends=tuple(dead_ends))


@dataclass(frozen=True)
class Remap:
    """One reference that ``map_to_successors`` changed, or could not change."""

    where: str
    """The task id, or ``group:CODE`` for a group's member list."""
    role: str
    """``lead``, ``coordinate`` or ``member``."""
    old: str
    new: tuple[str, ...]
    """The codes put in its place; empty when it was left as it was (see ``note``)."""
    note: str = field(default="")

    @property
    def done(self) -> bool:
        return bool(self.new)


def map_to_successors(plan: Plan, on: dt.date) -> tuple[Plan, list[Remap]]:
    """The plan with every duty of an agency that no longer exists on ``on`` given to the
    agencies that carry it then, and a list of what was changed, in document order (the
    duties, wherever they stand, then the groups).

    A lead passes to its successor when there is exactly one; when the agency was split among
    several, nobody can tell which of them leads, so the lead stays as it was and the ``Remap``
    says so (``done`` is false). Coordinating agencies and group members pass to all carriers.
    Recipient lines and the plan's text are left alone: they are the document's own words.
    """
    registry = Registry(plan)
    changes: list[Remap] = []

    def carriers(code: str) -> Succession:
        return successors(registry, code, on)

    def map_duty(duty: Duty) -> dict[str, object]:
        update: dict[str, object] = {}
        found = carriers(duty.lead)
        if not found.current:
            if len(found.carriers) == 1:
                update["lead"] = found.carriers[0]
                changes.append(Remap(duty.id, "lead", duty.lead, found.carriers,
                                     found.explain(registry)))
            else:
                changes.append(Remap(duty.id, "lead", duty.lead, (),
                                     t("succession.choose_lead", code=duty.lead,
                                       carriers=", ".join(found.carriers) or "-")))
        coordinate: list[str] = []
        for code in duty.coordinate:
            found = carriers(code)
            if found.current or not found.carriers:
                coordinate.append(code)
                if not found.current:
                    changes.append(Remap(duty.id, "coordinate", code, (),
                                         found.explain(registry)))
                continue
            changes.append(Remap(duty.id, "coordinate", code, found.carriers,
                                 found.explain(registry)))
            coordinate += found.carriers
        lead = str(update.get("lead", duty.lead))
        coordinate = [c for c in dict.fromkeys(coordinate) if c != lead]
        if coordinate != duty.coordinate:
            update["coordinate"] = coordinate
        return update

    def map_group(group: Group) -> list[str] | None:
        members: list[str] = []
        for code in group.members:
            found = carriers(code)
            if found.current or not found.carriers:
                members.append(code)
                continue
            changes.append(Remap(f"group:{group.code}", "member", code, found.carriers,
                                 found.explain(registry)))
            members += found.carriers
        members = list(dict.fromkeys(members))
        return members if members != group.members else None

    # Only what changed is written into the data: a plan written back with exclude_unset
    # (``dakplan new``) must not gain fields it did not have.
    data = plan.model_dump(mode="python", exclude_unset=True)
    changed = False
    for path, duty, _ in plan.located_duties():
        update = map_duty(duty)
        if update:
            _at(data, path).update(update)
            changed = True
    for i, group in enumerate(plan.groups):
        members = map_group(group)
        if members is not None:
            data["groups"][i]["members"] = members
            changed = True
    return (Plan.model_validate(data) if changed else plan), changes


def _at(data: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        data = data[step]
    return data
