"""The duties of one agency, and the agency a person names.

Kept minimal on purpose for ``calendar`` and ``remind``: ``dakplan tasks`` (query.py) answers
the same questions with filters; the two are to be unified there.
"""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.model import Plan, Task
from dakplan.registry import Registry
from dakplan.vn import match_key

LEAD, COORDINATE = "lead", "coordinate"


@dataclass(frozen=True)
class Duty:
    """A task as one agency holds it."""

    task: Task
    role: str
    """``lead`` (chủ trì) or ``coordinate`` (phối hợp)."""
    via: str | None = None
    """The group through which the agency holds it ("BCTW"), or None when named directly."""


def resolve(registry: Registry, name: str) -> str | None:
    """The registry code a person means by ``name``: a code, a name, a short name or an alias,
    compared without case, diacritics or punctuation. None when unknown or ambiguous."""
    if name in registry:
        return name
    codes = registry.name_index.get(match_key(name), [])
    return codes[0] if len(codes) == 1 else None


def holders(registry: Registry, task: Task) -> dict[str, Duty]:
    """Every agency that holds ``task``, with its role: the lead and the coordinating agencies,
    a group's duty being a duty of each of its members. Leading wins over coordinating."""
    out: dict[str, Duty] = {}
    for role, codes in ((LEAD, [task.lead]), (COORDINATE, task.coordinate)):
        for code in codes:
            via = code if code in registry.groups else None
            for agency in sorted(registry.members(code)):
                out.setdefault(agency, Duty(task, role, via))
    return out


def duties_of(plan: Plan, registry: Registry, code: str) -> list[Duty]:
    """The duties of ``code`` in document order. For an agency: those it leads or coordinates,
    named directly or through a group. For a group: those given to the group itself."""
    out: list[Duty] = []
    for task in plan.tasks():
        if code in registry.groups:
            if task.lead == code:
                out.append(Duty(task, LEAD))
            elif code in task.coordinate:
                out.append(Duty(task, COORDINATE))
            continue
        duty = holders(registry, task).get(code)
        if duty is not None:
            out.append(duty)
    return out
