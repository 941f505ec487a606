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

from dakplan.diagnostics import Severity
from dakplan.i18n import t
from dakplan.outputs.base import dump_json
from dakplan.validate import FileReport

JSON_VERSION = 1


def _summary(reports: Sequence[FileReport]) -> dict[str, int]:
    return {
        "files": len(reports),
        "errors": sum(r.errors for r in reports),
        "warnings": sum(r.warnings for r in reports),
    }


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def report_text(reports: Sequence[FileReport], stream: TextIO) -> None:
    colour = _use_colour(stream)
    lines: list[str] = []
    for report in reports:
        if not report.diagnostics:
            lines.append(t("cli.valid", file=report.file))
        for d in report.diagnostics:
            where = f"{d.file}:{d.line}:{d.col}:"
            if colour:
                style = "red" if d.severity is Severity.ERROR else "yellow"
                lines.append(f"[bold]{_esc(where)}[/bold] [{style}]{d.code}[/{style}] "
                             f"{_esc(d.message)}")
            else:
                lines.append(f"{where} {d.code} {d.message}")
    summary = t("cli.summary", **_summary(reports))
    if colour:
        from rich.console import Console  # only on a terminal: rich costs start-up time

        console = Console(file=stream, highlight=False, soft_wrap=True)
        for line in lines:
            console.print(line)
        console.print(f"[dim]{_esc(summary)}[/dim]")
    else:
        stream.write("".join(f"{line}\n" for line in lines))
        stream.write(summary + "\n")


def _esc(text: str) -> str:
    return text.replace("[", "\\[")


def report_json(reports: Sequence[FileReport], stream: TextIO) -> None:
    document = {
        "version": JSON_VERSION,
        "files": [
            {"file": r.file, "valid": r.errors == 0, "errors": r.errors, "warnings": r.warnings}
            for r in reports
        ],
        "diagnostics": [d.to_dict() for r in reports for d in r.diagnostics],
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
        for d in report.diagnostics:
            level = "error" if d.severity is Severity.ERROR else "warning"
            props = f"file={_gh_escape(d.file, True)}"
            if d.line:
                props += f",line={d.line},col={d.col}"
            props += f",title={_gh_escape(d.code, True)}"
            stream.write(f"::{level} {props}::{_gh_escape(d.message)}\n")
    stream.write(t("cli.summary", **_summary(reports)) + "\n")


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
