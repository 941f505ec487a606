"""The reminders of ``dakplan remind`` as Markdown or plain text, one section per agency."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import JSON_VERSION, Writer
from dakplan.outputs.escape import markdown as md
from dakplan.remind import Item, Reminders


def _line(item: Item, as_of: dt.date) -> tuple[str, str]:
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
        role += " " + t("remind.via", group=item.via_name)
    if item.carried_from:
        role += ", " + t("remind.carried_from", code=item.carried_from,
                        name=item.carried_name)
    return f"{day} ({state}), {role}", " ".join(item.text.split())


def _reference(item: Item) -> str:
    return t("remind.reference", number=item.number, subject=item.subject,
             file=item.file, id=item.id)


def _sections(result: Reminders) -> Iterator[tuple[str, str, Iterable[Item]]]:
    for section in result.sections:
        yield section.agency, section.name, section.items


def _write(result: Reminders, stream: TextIO, markdown: bool) -> None:
    """Line by line as the sections come; what ``"\n".join(lines).rstrip("\n") + "\n"`` of
    every line gives: blank lines are held until a line follows them."""
    as_of = result.as_of
    blank = 0

    def out(*lines: str) -> None:
        nonlocal blank
        for line in lines:
            if not line:
                blank += 1
                continue
            stream.write("\n" * blank + line + "\n")
            blank = 0

    title = t("remind.title", day=format_short_date(as_of), days=result.within)
    out(f"# {md(title)}" if markdown else f"{title}\n{'=' * len(title)}", "")
    empty = True
    for agency, name, items in _sections(result):
        empty = False
        heading = f"{agency} — {name}"
        out(f"## {md(heading)}" if markdown else f"{heading}\n{'-' * len(heading)}", "")
        for overdue, group in groupby(items, key=lambda i: i.overdue):
            label = t("remind.overdue" if overdue else "remind.due_soon")
            out(f"**{md(label)}**" if markdown else f"{label}:", "")
            for item in group:
                head, body = _line(item, as_of)
                if markdown:
                    out(f"- **{md(head)}**: {md(body)}", f"  _{md(_reference(item))}_")
                else:
                    out(f"- {head}: {body}", f"  {_reference(item)}")
            out("")
    if empty:
        out(md(t("remind.nothing")) if markdown else t("remind.nothing"), "")


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
            "agency": agency,
            "name": name,
            "reminders": [_reminder(item, as_of) for item in items],
        } for agency, name, items in _sections(result)],
    }


def _reminder(item: Item, as_of: dt.date) -> dict[str, Any]:
    return {
        "plan": item.file, "id": item.id, "due": item.due.isoformat(),
        "days": (item.due - as_of).days, "overdue": item.overdue,
        "recurring": item.recurring, "role": item.role, "via": item.via,
        "carried_from": item.carried_from, "text": item.text,
    }


def write_json(result: Reminders, stream: TextIO) -> None:
    """``document`` as ``dump_json`` writes it, each reminder written as it comes."""
    as_of = result.as_of
    head = json.dumps({"version": JSON_VERSION, "as_of": as_of.isoformat(),
                       "within": result.within, "agencies": []}, ensure_ascii=False, indent=2)
    sections = _sections(result)
    first = next(sections, None)
    if first is None:
        stream.write(head + "\n")
        return
    stream.write(head[:-len("[]\n}")] + "[\n")
    for n, (agency, name, items) in enumerate(itertools.chain([first], sections)):
        stream.write(",\n" if n else "")
        stream.write(f"    {{\n      \"agency\": {_json(agency)},\n      \"name\": "
                     f"{_json(name)},\n      \"reminders\": [")
        opened = False
        for item in items:
            stream.write(",\n" if opened else "\n")
            opened = True
            text = json.dumps(_reminder(item, as_of), ensure_ascii=False, indent=2)
            stream.write("        " + text.replace("\n", "\n        "))
        stream.write("\n      ]\n    }" if opened else "]\n    }")
    stream.write("\n  ]\n}\n")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


FORMATS: dict[str, Writer[Reminders]] = {
    "markdown": write_markdown,
    "text": write_text,
    "json": write_json,
}
