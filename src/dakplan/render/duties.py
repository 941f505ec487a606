"""One agency's duties laid out for the duty sheet: what it leads and what it supports.

Which duties an agency holds, and which agency a name means, come from ``dakplan.duties``
(shared with ``calendar`` and ``remind``); this module adds the usage errors and the layout.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from dakplan import duties as shared
from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.model import Plan, Task
from dakplan.registry import Registry
from dakplan.vn import match_key


def resolve(registry: Registry, text: str) -> str:
    """The code of the agency or group ``text`` names; a ``UsageError`` when none or several."""
    code = shared.resolve(registry, text)
    if code is not None:
        return code
    codes = registry.name_index.get(match_key(text), [])
    if len(codes) > 1:
        raise UsageError(t("render.agency_ambiguous", name=text, codes=", ".join(codes)))
    near = difflib.get_close_matches(match_key(text), list(registry.name_index), n=3, cutoff=0.6)
    hint = ", ".join(sorted({c for key in near for c in registry.name_index[key]}))
    raise UsageError(t("render.agency_unknown", name=text,
                       hint=t("render.agency_hint", codes=hint) if hint else ""))


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
    """The duty sheet of the agency or group ``text`` names (``dakplan.duties`` decides which
    duties an agency holds: its own, and its groups')."""
    registry = Registry(plan)
    code = resolve(registry, text)
    sections = {id(task): section for section, task in _sections(plan)}
    lead: list[Duty] = []
    support: list[Duty] = []
    for duty in shared.duties_of(plan, registry, code):
        task = duty.task
        via = registry.name(duty.via) if duty.via else None
        section = sections.get(id(task), "")
        if duty.role == shared.LEAD:
            others = tuple(registry.name(c) for c in task.coordinate)
            lead.append(Duty(task, section, via, registry.name(task.lead), others))
        else:
            holder = duty.via or code
            others = tuple(registry.name(c) for c in (task.lead, *task.coordinate)
                           if c != holder)
            support.append(Duty(task, section, via, registry.name(task.lead), others))
    return Sheet(code, registry.name(code), tuple(lead), tuple(support))


def _sections(plan: Plan) -> list[tuple[str, Task]]:
    out = [(part.heading, task) for part in plan.implementation for task in part.tasks]
    if plan.funding is not None:
        out += [(plan.headings.funding, item) for item in plan.funding.items
                if isinstance(item, Task)]
    out += [("", task) for task in plan.reporting]
    return out
