"""``dakplan import``: a version-2 plan from a Word document or its text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.i18n import t


@command("import", help="help.import")
def import_(
    document: Annotated[Path, typer.Argument(help="help.import.document", metavar="DOCUMENT")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="help.import.output", show_default=False,
                     metavar="PLAN.yaml"),
    ] = None,
) -> None:
    """Import a plan from a Word document (.docx) or its text (.txt, .md).

    The review list (what was guessed or could not be placed, with the document's line) goes
    to standard error, and as comments into the plan where each belongs; so do the findings of
    checking the imported plan.

    Exit status: 0 imported, 1 imported but the plan has errors to fix, 2 the document cannot
    be read or the output exists.

    Example: dakplan import ke-hoach-2020.docx -o plans/2020.yaml
    """
    from dakplan.importing import import_plan
    from dakplan.imports.messages import say
    from dakplan.io.gcpause import release
    from dakplan.outputs.base import diagnostic_line

    release()  # the start-up is over: reading the document is work (dakplan.io.gcpause)
    result = import_plan(document, output)
    items = result.imported.review_items
    if items:
        sys.stderr.write(say("review.header", count=len(items)) + "\n")
        for item in items:
            where = f"{document}:{item.line}"
            if item.yaml_line is not None and output is not None:
                where += f" ({output}:{item.yaml_line})"
            sys.stderr.write(f"  {where}: {item.message}\n")
    for entry in result.report.entries:
        if not entry.waived:
            sys.stderr.write(diagnostic_line(entry.diagnostic) + "\n")
    if output is None:
        sys.stdout.write(result.imported.yaml_text)
    else:
        data = result.imported.data
        duties = result.report.plan.duties() if result.report.plan is not None else []
        registry = len(data.get("agencies") or []) + len(data.get("groups") or [])
        sys.stderr.write(t("import.written", path=output, document=document,
                           duties=len(list(duties)), agencies=registry) + "\n")
    if result.report.errors:
        sys.stderr.write(t("import.findings", errors=result.report.errors,
                           warnings=result.report.warnings) + "\n")
        raise typer.Exit(1)
