"""Waivers: known defects of an issued document, accepted in the file with a reason.

A waiver accepts exactly the findings with its code and its subject. A waiver of a code that
cannot be waived, of an unknown code, or on a target the plan does not have is DK401; one
that accepts nothing is DK402.
"""

from __future__ import annotations

from dataclasses import dataclass

from dakplan.checks.v2.base import UNWAIVABLE, subject_of
from dakplan.diagnostics import Finding
from dakplan.diagnostics.codes import CATALOGUE
from dakplan.model.v2 import PRESS_FORMATS, Plan, Section
from dakplan.model.v2.frame import Document


def targets(plan: Plan) -> set[str]:
    """Every subject a waiver may name in this plan."""
    found = {"document", *(f"document.{name}" for name in Document.model_fields)}
    found |= {f"basis:{b.id}" for b in plan.bases}
    found |= {f"agency:{a.code}" for a in plan.agencies}
    found |= {f"group:{g.code}" for g in plan.groups}
    found |= {f"media:{code}" for code in (*PRESS_FORMATS, *(m.code for m in plan.media_formats))}
    for place in plan.walk():
        thing = place.thing
        if isinstance(thing, Section):
            if thing.id is not None:
                found.add(f"section:{thing.id}")
        elif place.kind in ("duty", "theme", "clause"):
            found.add(f"{place.kind}:{thing.id}")  # type: ignore[union-attr]
    return found


@dataclass(frozen=True, slots=True)
class Waived:
    """A finding and the index of the waiver that accepts it (None: not waived)."""

    finding: Finding
    waiver: int | None = None


def apply(plan: Plan, findings: list[Finding]) -> list[Waived]:
    """The findings, each marked with the waiver that accepts it, and the waivers' own
    findings (DK401, DK402)."""
    known = targets(plan) if plan.waivers else set()  # the targets only matter to a waiver
    usable: dict[tuple[str, str], int] = {}
    out: list[Waived] = []
    for i, waiver in enumerate(plan.waivers):
        if waiver.code not in CATALOGUE:
            out.append(
                Waived(
                    Finding(
                        "DK401",
                        ("waivers", i, "code"),
                        "check.waiver_unknown_code",
                        {"code": waiver.code},
                    )
                )
            )
        elif waiver.code in UNWAIVABLE or waiver.code[:3] in ("DK0", "DK1"):
            out.append(
                Waived(
                    Finding(
                        "DK401",
                        ("waivers", i, "code"),
                        "check.waiver_structural",
                        {"code": waiver.code},
                    )
                )
            )
        elif waiver.at not in known:
            out.append(
                Waived(
                    Finding(
                        "DK401", ("waivers", i, "at"), "check.waiver_no_target", {"at": waiver.at}
                    )
                )
            )
        else:
            usable.setdefault((waiver.code, waiver.at), i)
    used: set[int] = set()
    for finding in findings:
        index = (usable.get((finding.code, subject_of(plan, finding.path))) if usable
                 else None)
        if index is not None:
            used.add(index)
        out.append(Waived(finding, index))
    for (code, at), i in usable.items():
        if i not in used:
            out.append(
                Waived(
                    Finding(
                        "DK402", ("waivers", i), "check.waiver_unused", {"code": code, "at": at}
                    )
                )
            )
    return out
