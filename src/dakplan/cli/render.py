"""``dakplan render``: the plan, the results report and duty sheets as Markdown, HTML or Word.

Imported without typer (``dakplan.cli.declare``): ``dakplan.cli.fast`` runs ``render`` itself
when its arguments are plain, and typer builds the command from these annotations otherwise;
it prints through ``dakplan.cli.echo``, the same bytes either way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from dakplan.cli.declare import LazyTyper, command, completer
from dakplan.cli.echo import echo
from dakplan.cli.errors import tell
from dakplan.errors import UsageError
from dakplan.i18n import t

if TYPE_CHECKING:
    import typer

    from dakplan.diagnostics import Diagnostic
else:
    typer = LazyTyper()


def _plan_path(plan: Path | None) -> Path:
    """The plan named, or the one plan in the repository's plans folder."""
    from dakplan.cli.settings import default_plans
    from dakplan.validate import discover

    if plan is not None:
        return plan
    folder = default_plans()[0]
    files = discover([folder]) if folder.is_dir() else []
    if not files:
        raise UsageError(t("cli.no_plans", path=folder))
    if len(files) > 1:
        raise UsageError(t("render.several_plans", path=folder))
    return Path(files[0])


@command(help="help.render")
def render(
    template: Annotated[str | None, typer.Argument(
        metavar="TEMPLATE", help="help.render.template", show_default=False,
        autocompletion=completer("template"))] = None,
    plan: Annotated[Path | None, typer.Argument(
        metavar="PLAN", help="help.render.plan_file", show_default=False)] = None,
    plan_option: Annotated[Path | None, typer.Option(
        "--plan", "-p", metavar="PLAN", help="help.render.plan", show_default=False,
        hidden=True)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE", help="help.render.output",
        show_default=False)] = None,
    format: Annotated[str | None, typer.Option(
        "--format", "-f", "--to", metavar="FORMAT", help="help.render.format",
        show_default=False)] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="help.render.as_of", show_default=False)] = None,
    agency: Annotated[str | None, typer.Option(
        "--agency", "-a", metavar="AGENCY", help="help.render.agency", show_default=False,
        autocompletion=completer("agency"))] = None,
    results: Annotated[Path | None, typer.Option(
        "--results", metavar="DIR", help="help.render.results", show_default=False)] = None,
    list_: Annotated[bool, typer.Option(
        "--list", help="help.render.list")] = False,
    time_limit: Annotated[float | None, typer.Option(
        "--time-limit", metavar="SECONDS", help="help.render.time_limit",
        show_default=False)] = None,
    max_size: Annotated[float | None, typer.Option(
        "--max-size", metavar="MB", help="help.render.max_size", show_default=False)] = None,
) -> None:
    """Render a document of the plan from a template.

    Exit status: 0 written, 1 the plan is not valid, 2 usage or template error (nothing is
    written).

    Example: dakplan render plan plans/2020.yaml -o kehoach.docx;
    dakplan render report --as-of 2020-12-31 --to html -o baocao.html;
    dakplan render agency --agency VOV; dakplan render --list
    """
    from dakplan.cli.settings import default_plans, templates_folder
    from dakplan.cli.targets import check_suffix, is_stdout, refuse_terminal, write
    from dakplan.io.write import check_target
    from dakplan.query.options import parse_option_date
    from dakplan.render import SUFFIX_FORMATS, Request, available, format_for
    from dakplan.render import render as render_document
    from dakplan.render.budget import DEFAULT_MB, DEFAULT_SECONDS, MAX_MB, MAX_SECONDS
    from dakplan.render.templates import OVERRIDES, repository_root
    from dakplan.validate import load_plan_v2

    if plan_option is not None:
        if plan is not None:
            raise UsageError(t("cli.plan_twice"))
        sys.stderr.write(f"dakplan: {t('cli.plan_deprecated', template=template or 'TEMPLATE')}"
                         "\n")
        plan = plan_option
    folder = templates_folder()
    if list_:
        if template is not None and plan is None:
            plan = Path(template)  # `render --list PLAN`: the list needs no template
        path = _plan_path(plan) if plan is not None or default_plans()[0].is_dir() else None
        heading = folder or (repository_root(path) / OVERRIDES if path is not None else "-")
        echo(t("render.list_heading", folder=heading))
        for info in available(path, folder):
            where = (t("render.list_override") if info.name in _defaults() else
                     t("render.list_local")) if info.overridden else t("render.list_default")
            echo(f"  {info.name:<12} {', '.join(_formats(info.formats)):<16} {where}: "
                 f"{info.source if info.overridden else info.source.name}")
        return
    if template is None:
        raise UsageError(t("render.unknown_template", name="",
                           names=", ".join(i.name for i in available(None, folder))))
    fmt = format_for(format, None if is_stdout(output) else output)
    check_suffix(output, SUFFIX_FORMATS, fmt)
    to_stdout = output is None or is_stdout(output)
    if to_stdout:
        refuse_terminal(fmt == "docx", t("render.docx_needs_output"))
    day = None if as_of is None else parse_option_date("--as-of", as_of)
    seconds = _limit("--time-limit", time_limit, DEFAULT_SECONDS, MAX_SECONDS)
    megabytes = _limit("--max-size", max_size, DEFAULT_MB, MAX_MB)
    path = _plan_path(plan)
    if output is not None and not to_stdout:
        check_target(output, [path])
    notices: list[Diagnostic] = []
    document = load_plan_v2(path, "render", notices)
    tell(notices)
    from dakplan.results.load import results_beside

    reported = results_beside([(str(path), document)], results).get(str(path), [])
    rendered = render_document(document, Request(template, path, fmt, day, agency,
                                                 seconds, megabytes, templates=folder,
                                                 results=tuple(reported)))
    if to_stdout and fmt != "docx":
        echo(rendered.data.decode("utf-8"), nl=False)
        return
    write(None if to_stdout else output, rendered.data, rendered.inputs)


def _limit(option: str, value: float | None, default: float, most: float) -> float:
    if value is None:
        return default
    if not 0 < value <= most:  # also refuses nan
        raise UsageError(t("render.bad_limit", option=option, most=f"{most:g}",
                           value=f"{value:g}"))
    return value


def _defaults() -> set[str]:
    from dakplan.render import available

    return {info.name for info in available(None)}


def _formats(formats: tuple[str, ...]) -> list[str]:
    return ["md", "html", "docx"] if "md" in formats else ["html"]
