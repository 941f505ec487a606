"""``dakplan site``: the plans as a static website."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.i18n import t


def site_language(ctx: typer.Context) -> str:
    """The site's language: ``--lang`` when given, else ``DAKPLAN_LANG``, else Vietnamese
    (the locale of the machine that builds the site is not its readers' language)."""
    given = ctx.find_root().params.get("lang")
    value = given or os.environ.get("DAKPLAN_LANG") or "vi"
    return "en" if value.lower().startswith("en") else "vi"


@command(help="help.site")
def site(
    ctx: typer.Context,
    plans: Annotated[list[Path] | None, typer.Argument(
        help="help.plans", show_default=False, metavar="PLAN")] = None,
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="help.site.output", metavar="DIR", show_default=False)] = ...,  # type: ignore[assignment]
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="help.site.as_of", metavar="DATE", show_default=False)] = None,
    jobs: Annotated[str | None, typer.Option(
        "--jobs", "-j", metavar="N", help="help.site.jobs", show_default=False)] = None,
) -> None:
    """Build the plans' website: a home page, one page per plan and per agency, search.

    Exit status: 0 written, 1 a plan or a results file is not valid, 2 usage error (a folder
    that holds other files, a bad date).

    Example: dakplan site plans -o _site --as-of 2020-11-20
    """
    from dakplan.cli.app import tell
    from dakplan.diagnostics import Diagnostic
    from dakplan.query.options import parse_option_date
    from dakplan.site import build
    from dakplan.validate import load_plans_v2, plan_files
    from dakplan.validate_jobs import check_jobs, jobs_for

    processes = check_jobs(jobs)
    if as_of is not None:
        day = parse_option_date("--as-of", as_of)
    else:
        from dakplan.query import clock

        day = clock.today()
    notices: list[Diagnostic] = []
    files = plan_files(plans)
    workers = jobs_for(files, processes)
    loaded = load_plans_v2(files, "site", notices, workers)
    tell(notices)
    from dakplan.cli.settings import templates_folder
    from dakplan.results.load import results_beside

    built = build(loaded, output, day, site_language(ctx), results_beside(loaded),
                  templates_folder(), workers)
    typer.echo(t("site.written", count=built.written, folder=output,
                 date=day.strftime("%d/%m/%Y")))
