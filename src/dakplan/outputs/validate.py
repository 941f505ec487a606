"""Output formats for diagnostics: a registry of small reporters.

* ``text``: ``file:line:col: CODE [severity] message`` per line (``base.diagnostic_line``), a
  "valid" line per clean file, and a one-line summary; colour on a terminal only, never when
  ``NO_COLOR`` is set. ``--quiet`` keeps the diagnostics only;
* ``json``: the fixed shape documented in the README (``"version": 1``), every file whatever
  ``--quiet`` says;
* ``github``: workflow commands that GitHub Actions shows as annotations on the lines.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from dakplan.diagnostics import Diagnostic, Severity
from dakplan.i18n import t
from dakplan.outputs import escape
from dakplan.outputs.base import JSON_VERSION, Writer, diagnostic_line, diagnostic_where, dump_json
from dakplan.validate import FileReport


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
    }


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _coloured(d: Diagnostic) -> str:
    style = "red" if d.severity is Severity.ERROR else "yellow"
    word = escape.rich(f"[{t(f'severity.{d.severity}')}]")
    return (f"[bold]{escape.rich(diagnostic_where(d))}[/bold] [{style}]{d.code} {word}"
            f"[/{style}] {escape.rich(d.message)}")


def report_text(result: Checked, stream: TextIO) -> None:
    colour = _use_colour(stream)
    lines: list[str] = []
    for report in result.reports:
        if not report.diagnostics and not result.quiet:
            lines.append(t("cli.valid", file=report.file))
        lines += [_coloured(d) if colour else diagnostic_line(d) for d in report.diagnostics]
    summary = None if result.quiet else t("cli.summary", **_summary(result.reports))
    if colour:
        from rich.console import Console  # only on a terminal: rich costs start-up time

        console = Console(file=stream, highlight=False, soft_wrap=True)
        for line in lines:
            console.print(line)
        if summary is not None:
            console.print(f"[dim]{escape.rich(summary)}[/dim]")
    else:
        stream.write("".join(f"{line}\n" for line in lines))
        if summary is not None:
            stream.write(summary + "\n")


def report_json(result: Checked, stream: TextIO) -> None:
    reports = result.reports
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


def report_github(result: Checked, stream: TextIO) -> None:
    for report in result.reports:
        for d in report.diagnostics:
            level = "error" if d.severity is Severity.ERROR else "warning"
            props = f"file={escape.github_property(d.file)}"
            if d.line:
                props += f",line={d.line},col={d.col}"
            props += f",title={escape.github_property(d.code)}"
            stream.write(f"::{level} {props}::{escape.github_message(d.message)}\n")
    if not result.quiet:
        stream.write(t("cli.summary", **_summary(result.reports)) + "\n")


FORMATS: dict[str, Writer[Checked]] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
