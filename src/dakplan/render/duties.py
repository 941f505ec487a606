"""One agency's duties laid out for the duty sheet: what it leads and what it supports.

Which agency a name means and which duties it holds come from ``dakplan.query`` (as for
``dakplan tasks``, ``calendar`` and ``remind``); this module lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan
from dakplan.query.duties import duties_of
from dakplan.query.names import resolve_agency
from dakplan.query.places import located
from dakplan.query.registry import Registry


def resolve(plan: Plan, text: str) -> str:
    """The code of the agency or group ``text`` names (``dakplan.query``, as ``dakplan tasks``
    reads ``--agency``); a ``UsageError`` naming the nearest names when none or several."""
    return resolve_agency([("", plan)], text).code


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
    """The duty sheet of the agency or group ``text`` names (``query.duties_of`` decides which
    duties it holds: its own, and those of every group that takes it in)."""
    registry = Registry(plan)
    code = resolve(plan, text)
    sections = {id(task): place.title or "" for place, task in located(plan)}
    lead: list[Duty] = []
    support: list[Duty] = []
    for duty in duties_of(registry, code):
        task = duty.task
        via = registry.name(duty.via) if duty.via else None
        section = sections.get(id(task), "")
        if duty.role == "lead":
            others = tuple(registry.name(c) for c in task.coordinate)
            lead.append(Duty(task, section, via, registry.name(task.lead), others))
        else:
            holder = duty.via or code
            others = tuple(registry.name(c) for c in (task.lead, *task.coordinate)
                           if c != holder)
            support.append(Duty(task, section, via, registry.name(task.lead), others))
    return Sheet(code, registry.name(code), tuple(lead), tuple(support))
