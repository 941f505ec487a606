"""``dakplan diff``: what changed between two plans, in the plan's own terms."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from dakplan.cli.app import command, fail, tell
from dakplan.cli.validate import check_format
from dakplan.i18n import t


@command(help="help.diff")
def diff(
    paths: Annotated[
        list[str] | None,
        typer.Argument(metavar="PLAN", help="help.diff.paths", show_default=False),
    ] = None,
    git: Annotated[
        str | None,
        typer.Option("--git", metavar="REV", help="help.diff.git", show_default=False),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", metavar="FORMAT", help="help.diff.format",
                     show_default=False),
    ] = None,
) -> None:
    """Show what changed between two plans: duties added, removed, reassigned, reworded or
    moved, timings changed, sections added, removed, renamed or renumbered, paragraphs and
    items, document fields, signature, bases, recipients, waivers and the rest changed.

    ``--git REV`` compares the working tree with the merge base of REV and HEAD (what a pull
    request from this branch into REV would show); ``A..B`` and ``A...B`` have git's meaning.

    Exit status: 0 whether or not anything changed (a side's errors that do not stop it on
    standard error), 1 when a side cannot be read as a plan, 2 usage error (missing file, bad
    revision, no merge base, not a git repository).

    Examples: dakplan diff plans/2020.yaml plans/2021.yaml;
    dakplan diff --git main --format markdown; dakplan diff --git origin/main...HEAD
    """
    from dakplan.diff import compare_files, compare_git
    from dakplan.outputs.diff import FORMATS

    fmt = check_format(format, list(FORMATS), "text")
    if git is not None:
        result = compare_git(git, paths or None)
    elif paths is not None and len(paths) == 2:
        result = compare_files(paths[0], paths[1])
    else:
        raise fail(t("diff.usage"))
    FORMATS[fmt](result, sys.stdout)
    tell(result.notices)
