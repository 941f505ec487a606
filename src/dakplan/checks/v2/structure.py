"""Groups, responsibility and labels of version 2 plans (the registry checks are version 1's)."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks import groups as v1_groups
from dakplan.checks import registry as registry_checks
from dakplan.checks.v2.base import Context, check
from dakplan.diagnostics import Finding, Path
from dakplan.model.v2 import Section


@check("DK205", "DK206")
def group_structure(ctx: Context) -> Iterator[Finding]:
    return v1_groups.group_structure(ctx.v1)


@check("DK209")
def ambiguous_names(ctx: Context) -> Iterator[Finding]:
    return v1_groups.ambiguous_names(ctx.v1)


@check("DK215")
def successor_cycles(ctx: Context) -> Iterator[Finding]:
    return registry_checks.successor_cycles(ctx.plan.agencies)


@check("DK207", "DK208")
def responsibility(ctx: Context) -> Iterator[Finding]:
    registry = ctx.registry
    for path, duty, _ in ctx.duties:
        lead = duty.lead
        if (
            lead in registry.groups
            and not registry.members(lead)
            and not (registry.has_kind_rule(lead))
        ):
            yield Finding("DK207", (*path, "lead"), "check.nobody", {"code": lead})
        if lead in duty.coordinate:
            j = duty.coordinate.index(lead)
            yield Finding(
                "DK208", (*path, "coordinate", j), "check.lead_coordinates", {"code": lead}
            )


@check("DK212")
def duplicate_labels(ctx: Context) -> Iterator[Finding]:
    """Two sections or numbered points that print the same number in the same place."""
    first: dict[tuple[str, ...], Path] = {}
    for place in ctx.places:
        if place.number is None:
            continue
        path = place.path
        if place.kind == "section" and isinstance(place.thing, Section) and place.thing.number:
            path = (*path, "number")
        if place.numbers in first:
            yield Finding(
                "DK212",
                path,
                "check.duplicate_label",
                {"label": place.label or place.number},
                related=first[place.numbers],
            )
        else:
            first[place.numbers] = path
