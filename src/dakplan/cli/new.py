"""``dakplan new``: next year's plan drafted from this year's."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.cli.validate import check_format
from dakplan.i18n import t


@command(help="help.new")
def new(
    year: Annotated[int, typer.Argument(help="help.new.year")],
    source: Annotated[
        Path,
        typer.Option("--from", help="help.new.source", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="help.new.output", show_default=False),
    ] = None,
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="help.new.format", show_default=False),
    ] = None,
) -> None:
    """Draft next year's plan from this year's: duties copied (those of agencies that no
    longer exist given to their successors), dates moved, number, date, status and progress
    cleared; lists every place that still names the old year.

    Exit status: 0 written, 1 the source is not a valid plan, 2 usage error (the output
    exists, missing file).

    Example: dakplan new 2021 --from plans/2020.yaml
    """
    from dakplan.newplan import new_plan
    from dakplan.vn import format_short_date

    fmt = check_format(format, ["text", "json"], "text")
    target, draft = new_plan(year, source, output)
    if fmt == "json":
        json.dump({
            "version": 1,
            "output": str(target),
            "from": str(source),
            "year": draft.year,
            "years_moved": draft.years,
            "rewritten": [m.to_dict() for m in draft.rewritten],
            "review": [m.to_dict() for m in draft.review],
            "mapped": [h.to_dict() for h in draft.mapped],
            "undecided": [h.to_dict() for h in draft.undecided],
            "diagnostics": [d.to_dict() for d in draft.diagnostics],
        }, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    out = [t("new.written", path=str(target), source=str(source), years=draft.years)]
    if draft.rewritten:
        out.append(t("new.rewritten_header"))
        out += [f"  {target}:{m.line}: {m.where}: {m.old} → {m.new}" for m in draft.rewritten]
    if draft.review:
        out.append(t("new.review_header", count=len(draft.review)))
        out += [f"  {target}:{m.line}: {m.where}: {m.excerpt}"
                + (f" ({t('new.citation')})" if m.kind == "citation" else "")
                for m in draft.review]
    if draft.mapped:
        out.append(t("new.mapped_header", day=format_short_date(draft.handover_day)))
        out += [f"  {target}:{h.line}: {h.remap.where}: {t(f'new.role.{h.remap.role}')} "
                f"{h.remap.old} → {', '.join(h.remap.new)}" for h in draft.mapped]
    if draft.undecided:
        out.append(t("new.undecided_header", count=len(draft.undecided)))
        out += [f"  {target}:{h.line}: {h.remap.where}: {t(f'new.role.{h.remap.role}')} "
                f"{h.remap.old}: {h.remap.note}" for h in draft.undecided]
    for d in draft.diagnostics:
        out.append(f"{d.file}:{d.line}:{d.col}: {d.code} {d.message}")
    typer.echo("\n".join(out))
