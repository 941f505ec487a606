"""Output formats for diagnostics: a registry of small reporters.

* ``text``: ``file:line:col: CODE message`` per line, for people (colour on a terminal only,
  never when ``NO_COLOR`` is set);
* ``json``: the fixed shape documented in the README (``"version": 1``);
* ``github``: workflow commands that GitHub Actions shows as annotations on the lines.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from dakplan.checks.v2.validate import Report as FileReport
from dakplan.diagnostics import Severity
from dakplan.i18n import t
from dakplan.outputs.base import dump_json

JSON_VERSION = 1


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


def report_text(reports: Sequence[FileReport], stream: TextIO) -> None:
    colour = _use_colour(stream)
    lines: list[str] = []
    for report in reports:
        if not report.entries:
            lines.append(t("cli.valid", file=report.file))
        for entry in report.entries:
            d = entry.diagnostic
            where = f"{d.file}:{d.line}:{d.col}:"
            code = d.code
            if entry.waiver is not None:
                code += " " + t("cli.waived", reason=_short(entry.waiver.reason))
            if colour:
                style = ("dim" if entry.waived else
                         "red" if d.severity is Severity.ERROR else "yellow")
                lines.append(f"[bold]{_esc(where)}[/bold] [{style}]{_esc(code)}[/{style}] "
                             f"{_esc(d.message)}")
            else:
                lines.append(f"{where} {code} {d.message}")
    summary = _summary_line(reports)
    if colour:
        from rich.console import Console  # only on a terminal: rich costs start-up time

        console = Console(file=stream, highlight=False, soft_wrap=True)
        for line in lines:
            console.print(line)
        console.print(f"[dim]{_esc(summary)}[/dim]")
    else:
        stream.write("".join(f"{line}\n" for line in lines))
        stream.write(summary + "\n")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _esc(text: str) -> str:
    return text.replace("[", "\\[")


def report_json(reports: Sequence[FileReport], stream: TextIO) -> None:
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


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def report_github(reports: Sequence[FileReport], stream: TextIO) -> None:
    for report in reports:
        for entry in report.entries:
            if entry.waived:
                continue  # accepted in the file: no annotation on the line
            d = entry.diagnostic
            level = "error" if d.severity is Severity.ERROR else "warning"
            props = f"file={_gh_escape(d.file, True)}"
            if d.line:
                props += f",line={d.line},col={d.col}"
            props += f",title={_gh_escape(d.code, True)}"
            stream.write(f"::{level} {props}::{_gh_escape(d.message)}\n")
    stream.write(_summary_line(reports) + "\n")


Reporter = Callable[[Sequence[FileReport], TextIO], None]
REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def emit(name: str, reports: Sequence[FileReport], stream: TextIO | None = None) -> None:
    REPORTERS[name](reports, stream or sys.stdout)
