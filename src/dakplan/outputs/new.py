"""What ``dakplan new`` says about the plan it drafted: as text for a person, or as JSON.

Both list the same things: the timing dates rewritten in duty texts, the places to review (those
that still name the old period, timing dates that could not be moved, waivers copied), the
duties given to the successors of agencies that no longer exist, the leads left for a person to
choose, the comments that did not come along, and the draft's findings.
"""

from __future__ import annotations

from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.new import Drafted
from dakplan.outputs.base import JSON_VERSION, Writer, diagnostic_line, dump_json


def document(result: Drafted) -> dict[str, Any]:
    target, source, draft = result.target, result.source, result.draft
    return {
        "version": JSON_VERSION,
        "output": str(target),
        "from": str(source),
        "year": draft.year,
        "years_moved": draft.years,
        "rewritten": [m.to_dict() for m in draft.rewritten],
        "review": [m.to_dict() for m in draft.review],
        "mapped": [h.to_dict() for h in draft.mapped],
        "undecided": [h.to_dict() for h in draft.undecided],
        "converted": draft.converted,
        "dropped_comments": [{"line": line, "comment": text}
                             for line, text in sorted([*draft.lost, *draft.dropped])],
        "diagnostics": [d.to_dict() for d in draft.diagnostics],
    }


def write_json(result: Drafted, stream: TextIO) -> None:
    dump_json(document(result), stream)


_NOTES = {"citation": "new.citation", "timing": "new.unsure", "waiver": "new.waiver"}
"""The note after a place to review, by its kind."""
_CHECK = ("timing", "waiver")
"""Places to review that are not mentions of the old period: listed apart."""


def write_text(result: Drafted, stream: TextIO) -> None:
    target, source, draft = result.target, result.source, result.draft
    out = [t("new.written", path=str(target), source=str(source), years=draft.years)]
    if draft.converted:
        out.append(t("new.converted", source=str(source)))
    if draft.rewritten:
        out.append(t("new.rewritten_header"))
        out += [f"  {target}:{m.line}: {m.where}: {m.old} → {m.new}" for m in draft.rewritten]
    named = [m for m in draft.review if m.kind not in _CHECK]
    check = [m for m in draft.review if m.kind in _CHECK]
    for header, mentions in (("new.review_header", named), ("new.check_header", check)):
        if mentions:
            out.append(t(header, count=len(mentions)))
            out += [f"  {target}:{m.line}: {m.where}: {m.excerpt}"
                    + (f" ({t(_NOTES[m.kind])})" if m.kind in _NOTES else "")
                    for m in mentions]
    if draft.mapped:
        out.append(t("new.mapped_header", day=format_short_date(draft.handover_day)))
        out += [f"  {target}:{h.line}: {h.remap.where}: {t(f'new.role.{h.remap.role}')} "
                f"{h.remap.old} → {', '.join(h.remap.new)}" for h in draft.mapped]
    if draft.undecided:
        out.append(t("new.undecided_header", count=len(draft.undecided)))
        out += [f"  {target}:{h.line}: {h.remap.where}: {t(f'new.role.{h.remap.role}')} "
                f"{h.remap.old}: {h.remap.note}" for h in draft.undecided]
    if draft.dropped:
        out.append(t("new.dropped_header", count=len(draft.dropped)))
        out += [f"  {source}:{line}: {text}" for line, text in draft.dropped]
    if draft.lost:
        out.append(t("new.lost_header", count=len(draft.lost)))
        out += [f"  {source}:{line}: {text}" for line, text in draft.lost]
    out += [diagnostic_line(d) for d in draft.diagnostics]
    stream.write("\n".join(out) + "\n")


FORMATS: dict[str, Writer[Drafted]] = {
    "text": write_text,
    "json": write_json,
}
