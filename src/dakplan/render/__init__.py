"""Render a plan's documents from templates: Markdown, standalone HTML and Word.

The library side of ``dakplan render``; it never imports typer. ``render`` returns the bytes
and the files it read; ``dakplan.io.write.replace_file`` puts them on disk.

Pipeline: plan -> context (``context``) -> sandboxed Jinja template (``environment``) ->
Markdown with a few block conventions (``blocks``) -> the format's writer (``html``, ``docx``).
An HTML-only template (``NAME.html.j2``) skips the Markdown step for HTML output.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.model.results import Results
from dakplan.model.v2 import Plan
from dakplan.render.budget import DEFAULT_MB, DEFAULT_SECONDS, Budget
from dakplan.render.templates import NAME, TemplateInfo, available

FORMATS = ("md", "html", "docx")
"""Output formats, by the name ``--format`` takes."""

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                  ".docx": "docx"}

__all__ = ["FORMATS", "Request", "Rendered", "TemplateInfo", "available", "render",
           "format_for"]


@dataclass(frozen=True)
class Request:
    template: str
    plan_path: Path
    format: str = "md"
    as_of: dt.date | None = None
    """The day statuses are judged on; default: the last day of the plan's period."""
    agency: str | None = None
    """An agency code or name, for the duty sheet."""
    time_limit: float = DEFAULT_SECONDS
    """How long the template may run, in seconds."""
    max_size: float = DEFAULT_MB
    """How much text the template may write, in millions of characters."""
    templates: Path | None = None
    """The repository's templates folder, when its configuration names one."""
    results: tuple[Results, ...] = ()
    """The agencies' results files of the plan, checked (``results.load.results_beside``)."""


@dataclass(frozen=True)
class Rendered:
    data: bytes
    inputs: tuple[Path, ...] = field(default=())
    """Every file the render read: the plan and the templates."""


def format_for(explicit: str | None, output: Path | None) -> str:
    """The output format: the one asked for, else the output file's suffix, else Markdown."""
    if explicit is not None:
        if explicit not in FORMATS:
            raise UsageError(t("cli.bad_format", value=explicit, choices=", ".join(FORMATS)))
        return explicit
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "md")
    return "md"


_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def tidy(markdown: str) -> str:
    """No blank lines at the start, at most one in a row, one newline at the end."""
    return _BLANKS.sub("\n\n", markdown.lstrip("\n")).rstrip() + "\n"


def context(plan: Plan, request: Request, report: bool = True) -> dict[str, Any]:
    """What a template sees, before ``render.plain`` freezes it to plain data. Documented in
    README (section "dakplan render"). ``report``: False leaves out the results report's
    figures, for a caller that knows its template does not read them (they are the costliest
    part)."""
    from dakplan.query.registry import Registry
    from dakplan.render import figures
    from dakplan.render.outline import outline
    from dakplan.render.plain import names

    registry = Registry(plan)
    as_of = request.as_of or plan.document.period.last_day
    values: dict[str, Any] = {
        "plan": plan,
        "doc": plan.document,
        "as_of": as_of,
        "name": names({code: registry.name(code) for code in [*registry.agencies,
                                                              *registry.groups]}),
        "body": outline(plan),
    }
    if report:
        values["report"] = figures.compute(plan, as_of, request.results)
    if request.agency is not None:
        from dakplan.render.duties import sheet

        values["sheet"] = sheet(plan, request.agency)
    return values


def render(plan: Plan, request: Request) -> Rendered:
    """Render ``request.template`` for ``plan`` in ``request.format``."""
    from dakplan.render.environment import Templates

    if request.format not in FORMATS:
        raise UsageError(t("cli.bad_format", value=request.format, choices=", ".join(FORMATS)))
    names = [info.name for info in available(request.plan_path, request.templates)]
    if not NAME.match(request.template) or request.template not in names:
        raise UsageError(t("render.unknown_template", name=request.template,
                           names=", ".join(names)))
    templates = Templates(request.plan_path, Budget(request.time_limit, request.max_size),
                          folder=request.templates)
    found = templates.find(request.template, request.format)
    if found is None:  # pragma: no cover - available() listed it
        raise UsageError(t("render.unknown_template", name=request.template,
                           names=", ".join(names)))
    values = context(plan, request)
    text = templates.render(found, values)
    drawn = _charts(text, values["report"], request.format)
    inputs = (request.plan_path, *dict.fromkeys(Path(f) for f in templates.files))
    if found.endswith(".md.j2"):
        text = tidy(text)
    if found.endswith(".html.j2") or request.format == "md":
        if request.format == "md" and drawn:
            text = _data_uris(text, drawn)
        return Rendered(text.encode("utf-8"), inputs)

    from dakplan.render.blocks import parse

    blocks = parse(text)
    title = f"{plan.document.title} {plan.document.subject}"
    if request.format == "html":
        from dakplan.render.html import body

        html = body(blocks, {name: chart.svg for name, chart in drawn.items()})
        page = templates.render("_page.html.j2", {"title": title, "body": Markup(html)},
                                allowance=len(html))
        inputs = (request.plan_path, *dict.fromkeys(Path(f) for f in templates.files))
        return Rendered(page.encode("utf-8"), inputs)

    from dakplan.render.docx import write

    day = plan.document.latest_date
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return Rendered(write(blocks, title=title, stamp=stamp,
                          images={name: chart.png for name, chart in drawn.items()}), inputs)


def _charts(text: str, report: Any, fmt: str) -> dict[str, Any]:
    """The charts the rendered text shows (``![title](chart:NAME)`` lines), drawn once each:
    only those, so that a template without charts never loads the plotting library. A name
    the report has no chart for is a usage error naming the charts it has."""
    from dakplan.render.blocks import CHART_REF

    wanted = list(dict.fromkeys(m.group(2) for m in CHART_REF.finditer(text)))
    if not wanted:
        return {}
    from dakplan.render import charts as drawing
    from dakplan.render.figures import money_rows

    titles = {chart.name: chart.title for chart in report.charts}
    for name in wanted:
        if name not in titles:
            raise UsageError(t("render.unknown_chart", name=name,
                               names=", ".join(titles) or "-"))
    summary, money = report.summary, money_rows(report)
    word = fmt == "docx"
    return {name: drawing.draw(name, titles[name], summary, money, svg=not word, png=word)
            for name in wanted}


def _data_uris(text: str, drawn: dict[str, Any]) -> str:
    """Markdown carries its charts in itself: one file, on standard output as well."""
    import base64

    from dakplan.render.blocks import CHART_REF

    def uri(match: re.Match[str]) -> str:
        data = base64.b64encode(drawn[match.group(2)].svg).decode("ascii")
        return f"{match.group(1)}data:image/svg+xml;base64,{data})"

    return CHART_REF.sub(uri, text)
