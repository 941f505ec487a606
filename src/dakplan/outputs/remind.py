"""The reminders of ``dakplan remind`` as Markdown or plain text, one section per agency."""

from __future__ import annotations

import datetime as dt
from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import JSON_VERSION, Writer, dump_json
from dakplan.outputs.escape import markdown as md
from dakplan.query.registry import Registry
from dakplan.remind import Item, Reminders


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


def _write(result: Reminders, stream: TextIO, markdown: bool) -> None:
    as_of = result.as_of
    title = t("remind.title", day=format_short_date(as_of), days=result.within)
    out: list[str] = [f"# {md(title)}" if markdown else f"{title}\n{'=' * len(title)}", ""]
    if not result.sections:
        out += [md(t("remind.nothing")) if markdown else t("remind.nothing"), ""]
    for section in result.sections:
        heading = f"{section.agency} — {section.name}"
        out += [f"## {md(heading)}" if markdown else f"{heading}\n{'-' * len(heading)}", ""]
        for overdue in (True, False):
            items = [i for i in section.items if i.overdue is overdue]
            if not items:
                continue
            label = t("remind.overdue" if overdue else "remind.due_soon")
            out += [f"**{md(label)}**" if markdown else f"{label}:", ""]
            for item in items:
                head, body = _line(item, as_of, Registry(item.plan))
                if markdown:
                    out += [f"- **{md(head)}**: {md(body)}", f"  _{md(_reference(item))}_"]
                else:
                    out += [f"- {head}: {body}", f"  {_reference(item)}"]
            out.append("")
    stream.write("\n".join(out).rstrip("\n") + "\n")


def write_markdown(result: Reminders, stream: TextIO) -> None:
    """One ``##`` section per agency, ready to paste into an e-mail or a message."""
    _write(result, stream, markdown=True)


def write_text(result: Reminders, stream: TextIO) -> None:
    """The same as plain text, headings underlined."""
    _write(result, stream, markdown=False)


def document(result: Reminders) -> dict[str, Any]:
    """The JSON of ``remind -f json`` (``"version": 1``): ``as_of``, ``within`` and one entry per
    agency with its reminders, overdue first; ``days`` counts from the as-of day (negative when
    overdue)."""
    as_of = result.as_of
    return {
        "version": JSON_VERSION,
        "as_of": as_of.isoformat(),
        "within": result.within,
        "agencies": [{
            "agency": section.agency,
            "name": section.name,
            "reminders": [{
                "plan": item.file, "id": item.task.id, "due": item.due.isoformat(),
                "days": (item.due - as_of).days, "overdue": item.overdue,
                "recurring": item.recurring, "role": item.role, "via": item.via,
                "carried_from": item.carried_from, "text": item.task.text,
            } for item in section.items],
        } for section in result.sections],
    }


def write_json(result: Reminders, stream: TextIO) -> None:
    dump_json(document(result), stream)


FORMATS: dict[str, Writer[Reminders]] = {
    "markdown": write_markdown,
    "text": write_text,
    "json": write_json,
}
