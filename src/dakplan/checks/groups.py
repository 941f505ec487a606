"""Groups must have members, must not contain themselves, and every duty needs a lead."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.base import Context, Finding, check
from dakplan.i18n import t


@check("DK205", "DK206")
def group_structure(ctx: Context) -> Iterator[Finding]:
    for i, group in enumerate(ctx.plan.groups):
        if not group.members and not group.member_kinds:
            yield Finding("DK205", ("groups", i, "code"), t("check.empty_group", code=group.code))
        cycle = ctx.registry.cycle(group.code)
        if cycle:
            yield Finding("DK206", ("groups", i, "members"),
                          t("check.group_cycle", code=group.code, cycle=" -> ".join(cycle)))


@check("DK207", "DK208")
def responsibility(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    for path, task in ctx.plan.located_tasks():
        lead = task.lead
        if lead in registry.groups and not registry.members(lead) and not (
            registry.has_kind_rule(lead)
        ):
            yield Finding("DK207", (*path, "lead"), t("check.nobody", code=lead))
        if lead in task.coordinate:
            j = task.coordinate.index(lead)
            yield Finding("DK208", (*path, "coordinate", j),
                          t("check.lead_coordinates", code=lead))


@check("DK209")
def ambiguous_names(ctx: Context) -> Iterator[Finding]:
    entries = [("agencies", i, a) for i, a in enumerate(ctx.plan.agencies)]
    entries += [("groups", i, g) for i, g in enumerate(ctx.plan.groups)]
    index = ctx.registry.name_index
    reported: set[tuple[str, str]] = set()
    from dakplan.vn import match_key

    for section, i, entry in entries:
        for name in entry.names:
            codes = index.get(match_key(name), [])
            others = [c for c in codes if c != entry.code]
            for other in others:
                pair = tuple(sorted((entry.code, other)))
                if pair in reported:
                    continue
                reported.add(pair)  # type: ignore[arg-type]
                yield Finding("DK209", (section, i, "code"),
                              t("check.ambiguous_name", name=name, first=other, second=entry.code))
