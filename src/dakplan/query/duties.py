"""Who holds a task: an agency's tasks are those it leads or coordinates, directly or through
any group it belongs to (a department is in "all departments", which may be inside a larger
group); with a day, also those of the ended agencies it carries on (``succession``).
``tasks``, ``calendar`` and ``remind`` list duties through ``duties_of``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, cast

from dakplan.model.v2 import Duty as Task
from dakplan.model.v2 import Plan
from dakplan.query.registry import Registry
from dakplan.query.succession import successors

Role = Literal["lead", "coordinate"]
ROLES: tuple[Role, ...] = ("lead", "coordinate")


def involvement(task: Task, code: str, groups: Iterable[str]) -> tuple[Role, str | None] | None:
    """How ``code`` takes part in ``task``: its role and the group it comes through (None when
    named directly). Leading beats coordinating, and being named beats coming through a group."""
    groups = list(groups)
    if task.lead == code:
        return "lead", None
    if task.lead in groups:
        return "lead", task.lead
    if code in task.coordinate:
        return "coordinate", None
    for other in task.coordinate:
        if other in groups:
            return "coordinate", other
    return None


# --- duties -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duty:
    """A task as one agency or group holds it."""

    task: Task
    role: Role
    """``lead`` (chủ trì) or ``coordinate`` (phối hợp)."""
    via: str | None = None
    """The group through which it holds the task ("BCTW"), or None when named directly."""
    carried_from: str | None = None
    """The ended agency whose duty this is, when the holder carries it on (see ``duties_of``)."""

    @property
    def strength(self) -> tuple[bool, bool, bool]:
        """Smaller is stronger: leading, then one's own duty, then being named directly."""
        return self.role != "lead", self.carried_from is not None, self.via is not None


def predecessors(registry: Registry, code: str, on: dt.date) -> list[str]:
    """The agencies, in plan order, that had ended by ``on`` and whose duties ``code`` carries
    then (``succession.successors``)."""
    out = []
    for agency in registry.plan.agencies:
        if agency.code == code or not agency.carried_by:
            continue
        found = successors(registry, agency.code, on)
        if not found.current and code in found.carriers:
            out.append(agency.code)
    return out


def every_duty(plan: Plan) -> list[Task]:
    """Every duty of a plan in document order, wherever it stands."""
    return [duty for _, duty, _ in plan.located_duties()]


def duties_of(registry: Registry, code: str, carry_on: dt.date | None = None,
              tasks: Iterable[Task] | None = None) -> list[Duty]:
    """The tasks ``code`` (an agency or a group) leads or coordinates, named directly or through
    any group that takes it in, however deep, in document order; each once, with its strongest
    part.

    With ``carry_on``, an agency also gets the duties of the agencies that had ended by that day
    and that it carries on (STTTT's for SKHCN after 1 March 2025), marked ``carried_from``; a
    task it holds both ways is listed with the stronger part, its own when they are equal (the
    rule ``dakplan remind`` follows). ``tasks``: look only at these (default: all the plan's).
    """
    sources: list[tuple[str, list[str], str | None]] = [
        (code, registry.containing(code), None)]
    if carry_on is not None and code in registry.agencies:
        sources += [(old, registry.containing(old), old)
                    for old in predecessors(registry, code, carry_on)]
    out: list[Duty] = []
    for task in every_duty(cast(Plan, registry.plan)) if tasks is None else tasks:
        if len(sources) == 1:  # the common case, kept cheap: one agency, no one to carry for
            part = involvement(task, code, sources[0][1])
            if part is not None:
                out.append(Duty(task, *part))
            continue
        found = [Duty(task, *part, carried_from=carried) for holder, groups, carried in sources
                 if (part := involvement(task, holder, groups)) is not None]
        if found:
            out.append(min(found, key=lambda duty: duty.strength))
    return out
