"""Groups must have members, must not contain themselves, and every duty needs a lead."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.base import Context, check
from dakplan.diagnostics import Finding
from dakplan.i18n.vn import match_key
from dakplan.model import Agency, Group


@check("DK205", "DK206")
def group_structure(ctx: Context) -> Iterator[Finding]:
    for i, group in enumerate(ctx.plan.groups):
        if not group.members and not group.member_kinds:
            yield Finding("DK205", ("groups", i, "code"), "check.empty_group",
                          {"code": group.code})
        cycle = ctx.registry.cycle(group.code)
        if cycle:
            yield Finding("DK206", ("groups", i, "members"), "check.group_cycle",
                          {"code": group.code, "cycle": " -> ".join(cycle)})


@check("DK207", "DK208")
def responsibility(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    for path, task in ctx.plan.located_tasks():
        lead = task.lead
        if lead in registry.groups and not registry.members(lead) and not (
            registry.has_kind_rule(lead)
        ):
            yield Finding("DK207", (*path, "lead"), "check.nobody", {"code": lead})
        if lead in task.coordinate:
            j = task.coordinate.index(lead)
            yield Finding("DK208", (*path, "coordinate", j), "check.lead_coordinates",
                          {"code": lead})


@check("DK209")
def ambiguous_names(ctx: Context) -> Iterator[Finding]:
    """Report each clash where the later entry brings in a name an earlier one already has."""
    owner: dict[str, str] = {}
    entries: list[tuple[str, int, Agency | Group]] = [
        *(("agencies", i, a) for i, a in enumerate(ctx.plan.agencies)),
        *(("groups", i, g) for i, g in enumerate(ctx.plan.groups)),
    ]
    for section, i, entry in entries:
        named: list[tuple[tuple[str | int, ...], str]] = [
            ((section, i, "code"), entry.code), ((section, i, "name"), entry.name)]
        named += [((section, i, "short", j), n) for j, n in enumerate(entry.short)]
        named += [((section, i, "aliases", j), n) for j, n in enumerate(entry.aliases)]
        for path, name in named:
            key = match_key(name)
            first = owner.setdefault(key, entry.code)
            if first != entry.code:
                yield Finding("DK209", path, "check.ambiguous_name",
                              {"name": name, "first": first, "second": entry.code})
