"""The registry of one plan, with what each entry stands for and how many tasks it has
(``dakplan agencies``)."""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.model.agencies import Agency, Group
from dakplan.model.v2 import Plan
from dakplan.query.duties import duties_of
from dakplan.query.registry import Registry

# --- the registry with task counts --------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """How many tasks an agency or group has, by its strongest part in each."""

    lead: int = 0
    lead_via_group: int = 0
    coordinate: int = 0
    coordinate_via_group: int = 0

    @property
    def via_group(self) -> int:
        return self.lead_via_group + self.coordinate_via_group

    @property
    def total(self) -> int:
        return self.lead + self.lead_via_group + self.coordinate + self.coordinate_via_group


def count_tasks(registry: Registry, code: str) -> Counts:
    """The tasks the plan gives ``code`` (not those it carries on for ended agencies)."""
    tally = {"lead": 0, "lead_via_group": 0, "coordinate": 0, "coordinate_via_group": 0}
    for duty in duties_of(registry, code):
        tally[duty.role if duty.via is None else f"{duty.role}_via_group"] += 1
    return Counts(**tally)


@dataclass(frozen=True)
class RegistryView:
    """One plan's registry, with what each entry stands for and how many tasks it has. It
    keeps the plan's agencies and groups, not the plan: a command listing many plans keeps one
    plan at a time (``stream``)."""

    file: str
    agencies: tuple[Agency, ...]
    groups: tuple[Group, ...]
    sources: dict[str, str]
    """Code -> the shared registry file the entry was read from (``Plan.registry_source``);
    the plan's own entries are not in it."""
    groups_of: dict[str, list[str]]
    """Agency code -> the groups it belongs to, directly or not, in plan order."""
    members_of: dict[str, list[str]]
    """Group code -> the registered agencies it stands for, in plan order."""
    counts: dict[str, Counts]


def registry_view(file: str, plan: Plan) -> RegistryView:
    registry = Registry(plan)
    order = [a.code for a in plan.agencies]
    codes = [*order, *(g.code for g in plan.groups)]
    return RegistryView(
        file,
        tuple(plan.agencies),
        tuple(plan.groups),
        {code: source for code in codes if (source := plan.registry_source(code)) is not None},
        {a.code: registry.groups_of(a.code) for a in plan.agencies},
        {g.code: [c for c in order if c in registry.members(g.code)] for g in plan.groups},
        {code: count_tasks(registry, code) for code in (*order, *(g.code for g in plan.groups))},
    )
