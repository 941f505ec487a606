"""Output formats for ``dakplan diff``: a registry of small writers.

* ``text``: one line per change, for a terminal;
* ``markdown``: the same as a list, for a pull-request comment or a job summary;
* ``json``: the fixed shape documented in the README (``"version": 2``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any, TextIO

from dakplan.changes import Change, word_diff
from dakplan.diff import WORKING_TREE, Comparison, FileDiff
from dakplan.i18n import language, t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import Writer, dump_json
from dakplan.outputs.escape import markdown as md_escape

DIFF_JSON_VERSION = 2
"""The ``version`` of the diff JSON, a step ahead of ``outputs.base.JSON_VERSION``: 2 has the
version 2 change kinds (sections, paragraphs, items, waivers) in place of headings and parts,
timings in their version 2 forms, ``task.moved`` between labels, and ``at`` on every change."""

_CONTEXT = 6
"""Words kept on each side of a change when a long text is shown."""


# --- values as a person reads them ---------------------------------------------------------


def _date(iso: str) -> str:
    if language() == "vi":
        return format_short_date(dt.date.fromisoformat(iso))
    return iso


def _anchor(frequency: str | None, anchor: dict[str, Any]) -> str:
    day, month = anchor["day"], anchor.get("month")
    if month is None:
        return t("diff.anchor.day", day=day)
    if frequency == "yearly":
        return f"{day:02d}/{month:02d}"
    return t("diff.anchor.month_day", day=day, month=month)


def _timing(value: dict[str, Any]) -> str:
    """A timing in words, in each of its forms."""
    kind = value.get("type")
    if kind == "deadline":
        return t("diff.timing.deadline", date=_date(value["date"]))
    if kind == "deadlines":
        return t("diff.timing.deadlines", dates=", ".join(_date(d) for d in value["dates"]))
    if kind == "window":
        if value.get("start"):
            return t("diff.timing.window", start=_date(value["start"]), end=_date(value["end"]))
        return t("diff.timing.window_end", end=_date(value["end"]))
    if kind == "recurring" and value.get("frequency"):
        frequency = value["frequency"]
        if value.get("by"):
            return t("diff.timing.recurring_by", frequency=frequency,
                     by=", ".join(_anchor(frequency, a) for a in value["by"]))
        return t("diff.timing.recurring_every", frequency=frequency)
    return t(f"diff.timing.{kind}")


def _value(value: Any) -> str:
    if value is None:
        return t("diff.none")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _place(value: dict[str, Any], show: Callable[[str], str]) -> str:
    """Where a duty or section stands: the label and heading of its section."""
    parts = [show(value["label"])] if value.get("label") else []
    if value.get("heading"):
        parts.append(f"\"{value['heading']}\"")
    if parts:
        return " ".join(parts)
    part = value.get("part")
    return t(f"diff.section.{part}") if part in ("funding", "reporting") \
        else t("diff.section.none")


def _quoted(text: Any) -> str:
    return f"\"{text}\"" if text is not None else t("diff.none")


def _is_prose(old: Any, new: Any) -> bool:
    return (isinstance(old, str) and isinstance(new, str)
            and (len(old) > 40 or len(new) > 40) and " " in old + new)


def _elide(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Long unchanged stretches shortened to a few words on each side, joined by '…'."""
    out: list[tuple[str, str]] = []
    for i, (op, text) in enumerate(runs):
        words = re.findall(r"\S+", text)
        if op != "=" or len(words) <= 2 * _CONTEXT:
            out.append((op, text))
            continue
        head = words[:_CONTEXT] if i > 0 else []
        tail = words[-_CONTEXT:] if i < len(runs) - 1 else []
        middle = " ".join(part for part in (" ".join(head), "…", " ".join(tail)) if part)
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        out.append(("=", f"{lead}{middle}{trail}"))
    return out


# --- one change -> subject and phrase -------------------------------------------------------


Marks = Callable[[list[tuple[str, str]]], str]


def _set(change: Change, show: Callable[[str], str]) -> str:
    parts = []
    if change.added:
        parts.append(t("diff.set.added", items=", ".join(show(str(v)) for v in change.added)))
    if change.removed:
        parts.append(t("diff.set.removed", items=", ".join(show(str(v)) for v in change.removed)))
    return "; ".join(parts)


def _detail(change: Change, show: Callable[[str], str], marks: Marks) -> str:
    if change.added or change.removed:
        return _set(change, show)
    if _is_prose(change.old, change.new):
        return marks(_elide(word_diff(change.old, change.new)))
    return f"{show(_value(change.old))} → {show(_value(change.new))}"


def phrase(change: Change, show: Callable[[str], str], marks: Marks) -> str:
    """What happened to the thing, in words (``show`` quotes codes, ``marks`` shows edits)."""
    kind, action = change.kind.split(".", 1)
    if action == "added" and kind == "task":
        return t("diff.task_added", lead=show(change.new["lead"]),
                 timing=_timing(change.new["timing"]))
    if action in ("added", "removed") and kind == "section":
        heading = change.new if action == "added" else change.old
        return t(f"diff.{action}") + (f" ({_quoted(heading)})" if heading else "")
    if action in ("added", "removed"):
        return t(f"diff.{action}")
    if action == "changed":
        detail = _detail(change, show, marks)
        return f"{change.field}: {detail}" if change.field else detail
    if action == "renamed":
        return t("diff.renamed", old=_quoted(change.old), new=_quoted(change.new))
    if action == "renumbered":
        return t("diff.renumbered", old=show(change.old or "-"), new=show(change.new or "-"))
    if action == "reassigned":
        return t("diff.reassigned", old=show(change.old), new=show(change.new))
    if action == "reworded":
        return t("diff.reworded", detail=marks(_elide(word_diff(change.old, change.new))))
    if action == "deadline_moved":
        return t("diff.deadline_moved", old=_date(change.old), new=_date(change.new),
                 days=f"{change.days:+d}")
    if action == "timing":
        return t("diff.timing", old=_timing(change.old), new=_timing(change.new))
    if action in ("coordinate", "themes", "media"):
        return t(f"diff.{action}", detail=_set(change, show))
    if action == "status":
        return t("diff.status", old=_value(change.old), new=_value(change.new))
    if action == "progress":
        return t("diff.progress", added=len(change.added), removed=len(change.removed))
    if action == "moved":
        return t("diff.moved", old=_place(change.old, show), new=_place(change.new, show))
    return change.kind  # pragma: no cover  (every kind is handled above)


def subject(change: Change) -> str:
    what = t(f"diff.what.{change.section}", key=change.key)
    return t("diff.in", what=what, at=change.at) if change.at else what


def _label(side: str) -> str:
    return t("diff.working_tree") if side == WORKING_TREE else side


def _old_label(result: Comparison, show: Callable[[str], str]) -> str:
    """The old side; a merge base that is not the named revision's tip is named too."""
    old = show(_label(result.old))
    return t("diff.merge_base", rev=old, commit=show(result.base[:7])) if result.base else old


def _status_line(file: FileDiff) -> str:
    if file.status in ("added", "removed", "unchanged"):
        return t(f"diff.file.{file.status}")
    return t("diff.file.changes", count=len(file.changes))


# --- text ----------------------------------------------------------------------------------


def _text_marks(runs: list[tuple[str, str]]) -> str:
    return "".join(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
                   for op, text in runs)


def report_text(result: Comparison, stream: TextIO) -> None:
    lines = [t("diff.header", old=_old_label(result, str), new=_label(result.new))]
    for file in result.files:
        lines.append(f"{file.path}: {_status_line(file)}")
        for change in file.changes:
            lines.append(f"  {subject(change)}: {phrase(change, str, _text_marks)}")
    lines.append(t("diff.summary", files=len(result.files), changes=result.changes))
    stream.write("".join(f"{line}\n" for line in lines))


# --- markdown ------------------------------------------------------------------------------

_CODE_LIKE = re.compile(r"^[A-Za-z0-9_.:/-]+$")


def _md_show(text: str) -> str:
    return f"`{text}`" if _CODE_LIKE.match(text) else md_escape(text)


def _md_marks(runs: list[tuple[str, str]]) -> str:
    out = []
    for i, (op, text) in enumerate(runs):
        if op == "+" and i > 0 and runs[i - 1][0] == "-" and not text[:1].isspace():
            out.append(" ")  # "~~old~~ **new**", not "~~old~~**new**"
        if op == "=":
            out.append(md_escape(text))
            continue
        core = text.strip()
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        mark = "~~" if op == "-" else "**"
        out.append(f"{lead}{mark}{md_escape(core)}{mark}{trail}" if core else text)
    return "".join(out)


def report_markdown(result: Comparison, stream: TextIO) -> None:
    title = t("diff.md_title", old=_old_label(result, _md_show),
              new=_md_show(_label(result.new)))
    lines = [f"## {title}", ""]
    for file in result.files:
        lines += [f"### {_md_show(file.path)}: {md_escape(_status_line(file))}", ""]
        for change in file.changes:
            what = md_escape(subject(change))
            lines.append(f"- **{what}**: {phrase(change, _md_show, _md_marks)}")
        if file.changes:
            lines.append("")
    if not result.files:
        lines += [f"_{md_escape(t('diff.no_files'))}_", ""]
    lines.append(md_escape(t("diff.summary", files=len(result.files), changes=result.changes)))
    stream.write("\n".join(lines) + "\n")


# --- json ----------------------------------------------------------------------------------


def report_json(result: Comparison, stream: TextIO) -> None:
    document = {
        "version": DIFF_JSON_VERSION,
        "old": result.old,
        "new": result.new,
        "base": result.base,
        "files": [
            {"path": f.path, "status": f.status, "changes": [c.to_dict() for c in f.changes]}
            for f in result.files
        ],
        "summary": {
            "files": len(result.files),
            "changed": sum(f.status != "unchanged" for f in result.files),
            "changes": result.changes,
        },
    }
    dump_json(document, stream)


FORMATS: dict[str, Writer[Comparison]] = {
    "text": report_text,
    "markdown": report_markdown,
    "json": report_json,
}
