"""One agency's duties, for the duty sheet: what it leads and what it supports.

The agency is named by code or by any of its names, compared with ``vn.match_key``. This is
the minimal resolution ``render`` needs; ``resolve`` is the one function to swap for the shared
query module once it exists.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.model import Plan, Task
from dakplan.registry import Registry
from dakplan.vn import match_key


def resolve(registry: Registry, text: str) -> str:
    """The code of the agency or group ``text`` names; a ``UsageError`` when none or several."""
    if text in registry:
        return text
    codes = registry.name_index.get(match_key(text), [])
    if len(codes) == 1:
        return codes[0]
    if len(codes) > 1:
        raise UsageError(t("render.agency_ambiguous", name=text, codes=", ".join(codes)))
    near = difflib.get_close_matches(match_key(text), list(registry.name_index), n=3, cutoff=0.6)
    hint = ", ".join(sorted({c for key in near for c in registry.name_index[key]}))
    raise UsageError(t("render.agency_unknown", name=text,
                       hint=t("render.agency_hint", codes=hint) if hint else ""))


def related(registry: Registry, code: str) -> list[str]:
    """``code`` and every group that contains it, directly or through other groups."""
    parents: dict[str, list[str]] = {}
    for group in registry.plan.groups:
        for member in group.members:
            parents.setdefault(member, []).append(group.code)
    if code in registry.agencies:
        for outer in registry.groups_of(code):
            parents.setdefault(code, [])
            if outer not in parents[code]:
                parents[code].append(outer)
    out = [code]
    for current in out:
        out += [p for p in parents.get(current, []) if p not in out]
    return out


@dataclass(frozen=True)
class Duty:
    task: Task
    section: str
    """The heading of the part of the plan the duty is in."""
    via: str | None
    """The group through which the agency has the duty, when not named itself."""
    lead: str
    """The lead's name."""
    partners: tuple[str, ...]
    """Names of the others involved: coordinators, or the lead and other coordinators."""


@dataclass(frozen=True)
class Sheet:
    code: str
    name: str
    lead: tuple[Duty, ...]
    support: tuple[Duty, ...]


def sheet(plan: Plan, text: str) -> Sheet:
    registry = Registry(plan)
    code = resolve(registry, text)
    mine = related(registry, code)
    lead: list[Duty] = []
    support: list[Duty] = []
    for section, task in _sections(plan):
        if task.lead in mine:
            others = tuple(registry.name(c) for c in task.coordinate)
            via = None if task.lead == code else registry.name(task.lead)
            lead.append(Duty(task, section, via, registry.name(task.lead), others))
        else:
            hit = next((c for c in task.coordinate if c in mine), None)
            if hit is None:
                continue
            others = tuple(registry.name(c) for c in (task.lead, *task.coordinate) if c != hit)
            via = None if hit == code else registry.name(hit)
            support.append(Duty(task, section, via, registry.name(task.lead), others))
    return Sheet(code, registry.name(code), tuple(lead), tuple(support))


def _sections(plan: Plan) -> list[tuple[str, Task]]:
    out = [(part.heading, task) for part in plan.implementation for task in part.tasks]
    if plan.funding is not None:
        out += [(plan.headings.funding, item) for item in plan.funding.items
                if isinstance(item, Task)]
    out += [("", task) for task in plan.reporting]
    return out
