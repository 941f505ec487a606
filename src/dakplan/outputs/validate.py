"""Output formats for diagnostics: a registry of small reporters.

* ``text``: ``file:line:col: CODE [severity] message`` per line (``base.diagnostic_line``; a
  waived finding says so after its severity), a "valid" line per clean file, and a one-line
  summary that counts waived findings apart; colour on a terminal only, never when ``NO_COLOR``
  is set. ``--quiet`` keeps the diagnostics only;
* ``json``: the fixed shape documented in the README (``"version": 1``), every file whatever
  ``--quiet`` says;
* ``github``: workflow commands that GitHub Actions shows as annotations on the lines (none for
  a waived finding: it is accepted in the file).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from dakplan.checks.v2.validate import Entry
from dakplan.checks.v2.validate import Report as FileReport
from dakplan.diagnostics import Severity
from dakplan.i18n import t
from dakplan.outputs import escape, terminal
from dakplan.outputs.base import JSON_VERSION, Writer, diagnostic_where, dump_json
from dakplan.outputs.terminal import Piece


@dataclass(frozen=True)
class Checked:
    """What ``dakplan validate`` shows: a report per file, and whether to show problems only."""

    reports: Sequence[FileReport]
    quiet: bool = False


def _summary(reports: Sequence[FileReport]) -> dict[str, int]:
    return {
        "files": len(reports),
        "errors": sum(r.errors for r in reports),
        "warnings": sum(r.warnings for r in reports),
        "waived": sum(r.waived for r in reports),
    }


def _summary_line(reports: Sequence[FileReport]) -> str:
    """The count line; waived findings are counted apart, and only when there are some."""
    counts = _summary(reports)
    line = t("cli.summary", **counts)
    return line + t("cli.summary_waived", **counts) if counts["waived"] else line


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _marks(entry: Entry) -> str:
    """``CODE [severity]``, and ``(waived: reason)`` when the file accepts the finding."""
    d = entry.diagnostic
    marks = f"{d.code} [{t(f'severity.{d.severity}')}]"
    if entry.waiver is not None:
        marks += " " + t("cli.waived", reason=_short(entry.waiver.reason))
    return marks


def _line(entry: Entry) -> str:
    d = entry.diagnostic
    return f"{diagnostic_where(d)} {_marks(entry)} {d.message}"


def _coloured(entry: Entry) -> list[Piece]:
    d = entry.diagnostic
    style = ("dim" if entry.waived else "red" if d.severity is Severity.ERROR else "yellow")
    return [("bold", diagnostic_where(d)), (None, " "), (style, _marks(entry)),
            (None, f" {d.message}")]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def report_text(result: Checked, stream: TextIO) -> None:
    colour = _use_colour(stream)
    lines: list[list[Piece]] = []
    for report in result.reports:
        if not report.entries and not result.quiet:
            lines.append([(None, t("cli.valid", file=report.file))])
        lines += [_coloured(e) if colour else [(None, _line(e))] for e in report.entries]
    if not result.quiet:
        lines.append([("dim", _summary_line(result.reports))])
    if colour:
        terminal.write(lines, stream)  # as rich colours it, without importing rich
    else:
        stream.write("".join(text for line in lines for _, text in (*line, (None, "\n"))))


def report_json(result: Checked, stream: TextIO) -> None:
    reports = result.reports
    document = {
        "version": JSON_VERSION,
        "files": [
            {"file": r.file, "valid": r.errors == 0, "errors": r.errors, "warnings": r.warnings,
             "waived": r.waived}
            for r in reports
        ],
        "diagnostics": [e.to_dict() for r in reports for e in r.entries],
        "summary": _summary(reports),
    }
    dump_json(document, stream)


def report_github(result: Checked, stream: TextIO) -> None:
    for report in result.reports:
        for entry in report.entries:
            if entry.waived:
                continue  # accepted in the file: no annotation on the line
            d = entry.diagnostic
            level = "error" if d.severity is Severity.ERROR else "warning"
            props = f"file={escape.github_property(d.file)}"
            if d.line:
                props += f",line={d.line},col={d.col}"
            props += f",title={escape.github_property(d.code)}"
            stream.write(f"::{level} {props}::{escape.github_message(d.message)}\n")
    if not result.quiet:
        stream.write(_summary_line(result.reports) + "\n")


FORMATS: dict[str, Writer[Checked]] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
