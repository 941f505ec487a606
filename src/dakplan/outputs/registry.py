"""What ``dakplan registry extract`` says: the registry built, the fields the plans disagree
on, and what each plan holds of it (and lost, when copies were removed); text or JSON."""

from __future__ import annotations

from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.outputs.base import JSON_VERSION, Writer, dump_json
from dakplan.registry import Extraction, shown_value


def document(result: Extraction) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "output": str(result.target) if result.target is not None else None,
        "agencies": result.agencies,
        "groups": result.groups,
        "disagreements": [d.to_dict() for d in result.disagreements],
        "plans": [{"file": p.file, "copies": p.copies, "dropped": p.dropped, "kept": p.kept,
                   "dropped_comments": [{"line": line, "comment": text}
                                        for line, text in p.lost_comments]}
                  for p in result.plans],
    }


def write_json(result: Extraction, stream: TextIO) -> None:
    dump_json(document(result), stream)


def write_text(result: Extraction, stream: TextIO) -> None:
    counts = {"agencies": result.agencies, "groups": result.groups, "plans": len(result.plans)}
    out = [t("registry.written", file=str(result.target), **counts) if result.target is not None
           else t("registry.built", **counts)]
    if result.disagreements:
        out.append(t("registry.disagree_header", count=len(result.disagreements)))
        out += ["  " + t("registry.disagree", kind=t(f"registry.kind.{d.kind}"), code=d.code,
                         field=d.field, plan=d.other.plan, line=d.other.line,
                         value=shown_value(d.other.value), kept_plan=d.kept.plan,
                         kept_line=d.kept.line, kept_value=shown_value(d.kept.value))
                for d in result.disagreements]
    for plan in result.plans:
        agreeing = plan.copies - len(plan.kept)
        if plan.dropped:
            out.append(t("registry.dropped", file=plan.file, count=len(plan.dropped)))
        elif agreeing:
            out.append(t("registry.copies", file=plan.file, count=agreeing))
        if plan.kept:
            out.append(t("registry.kept", file=plan.file, count=len(plan.kept),
                         codes=", ".join(plan.kept)))
        if plan.lost_comments:
            out.append("  " + t("registry.lost_header", count=len(plan.lost_comments)))
            out += [f"    {plan.file}:{line}: {text}" for line, text in plan.lost_comments]
    stream.write("\n".join(out) + "\n")


FORMATS: dict[str, Writer[Extraction]] = {
    "text": write_text,
    "json": write_json,
}
