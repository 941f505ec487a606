"""The reminders of ``dakplan remind`` as Markdown or plain text, one section per agency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import dump_json
from dakplan.query.registry import Registry
from dakplan.remind import Item, Section


def _line(item: Item, as_of: dt.date, registry: Registry) -> tuple[str, str]:
    """The reminder's head (date, state, role) and its body (the duty as worded)."""
    day = format_short_date(item.due)
    if item.overdue:
        state = t("remind.overdue_by", days=(as_of - item.due).days)
    elif item.recurring:
        state = t("remind.recurring_starts")
    else:
        state = t("remind.due_in", days=(item.due - as_of).days)
    role = t(f"remind.role.{item.role}")
    if item.via:
        role += " " + t("remind.via", group=registry.name(item.via))
    if item.carried_from:
        role += ", " + t("remind.carried_from", code=item.carried_from,
                        name=registry.name(item.carried_from))
    return f"{day} ({state}), {role}", " ".join(item.task.text.split())


def _reference(item: Item) -> str:
    document = item.plan.document
    return t("remind.reference", number=document.number_symbol, subject=document.subject,
             file=item.file, id=item.task.id)


def render(sections: Sequence[Section], as_of: dt.date, within: int,
           markdown: bool = True) -> str:
    """The reminders as Markdown or plain text, one section per agency."""
    title = t("remind.title", day=format_short_date(as_of), days=within)
    out: list[str] = [f"# {title}" if markdown else f"{title}\n{'=' * len(title)}", ""]
    if not sections:
        out += [t("remind.nothing"), ""]
    for section in sections:
        heading = f"{section.agency} — {section.name}"
        out += [f"## {heading}" if markdown else f"{heading}\n{'-' * len(heading)}", ""]
        for overdue in (True, False):
            items = [i for i in section.items if i.overdue is overdue]
            if not items:
                continue
            label = t("remind.overdue" if overdue else "remind.due_soon")
            out += [f"**{label}**" if markdown else f"{label}:", ""]
            for item in items:
                head, body = _line(item, as_of, Registry(item.plan))
                if markdown:
                    out += [f"- **{head}**: {body}", f"  _{_reference(item)}_"]
                else:
                    out += [f"- {head}: {body}", f"  {_reference(item)}"]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


JSON_VERSION = 1


def document(sections: Sequence[Section], as_of: dt.date, within: int) -> dict[str, Any]:
    """The JSON of ``remind -f json`` (``"version": 1``): ``as_of``, ``within`` and one entry per
    agency with its reminders, overdue first; ``days`` counts from the as-of day (negative when
    overdue)."""
    return {
        "version": JSON_VERSION,
        "as_of": as_of.isoformat(),
        "within": within,
        "agencies": [{
            "agency": section.agency,
            "name": section.name,
            "reminders": [{
                "plan": item.file, "id": item.task.id, "due": item.due.isoformat(),
                "days": (item.due - as_of).days, "overdue": item.overdue,
                "recurring": item.recurring, "role": item.role, "via": item.via,
                "carried_from": item.carried_from, "text": item.task.text,
            } for item in section.items],
        } for section in sections],
    }


def write_json(sections: Sequence[Section], as_of: dt.date, within: int,
               stream: TextIO) -> None:
    dump_json(document(sections, as_of, within), stream)
