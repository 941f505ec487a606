"""The site's HTML pages: the plan as issued through the project's render pipeline, and the
site's own pages from the Jinja templates shipped beside this module.

The site's templates are ours, but what they show is plan text, which is not: they run in the
same sandbox as every template (``render.sandbox``) over plain data, with every value escaped
for HTML. The plan's document is ``dakplan render plan -f html``'s body (a plan repository's
own ``plan`` template included), each duty's paragraph given an anchor and a link to its row
of status and results.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import TemplateError

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.model.v2 import Plan
from dakplan.render.blocks import Block, Para
from dakplan.render.budget import Budget
from dakplan.render.html import render_block
from dakplan.render.plain import Helper
from dakplan.render.sandbox import TemplateSandbox
from dakplan.render.templates import ConfinedLoader
from dakplan.site.collect import Duty, SitePlan
from dakplan.site.tables import status

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""The site's own templates, installed with the package."""


def _finalize(value: Any) -> Any:
    return value


@cache
def _environment() -> TemplateSandbox:
    """The site's templates, compiled once per process (they are ours and do not change)."""
    env = TemplateSandbox(
        Budget(), {"date": _date},
        loader=ConfinedLoader([TEMPLATES], lambda _: None),
        autoescape=True, finalize=_finalize, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, auto_reload=False)
    env.globals["t"] = Helper("t", _t)
    return env


def page(template: str, lang: str, root: str, as_of: dt.date, values: dict[str, Any],
         allowance: int = 0) -> bytes:
    """The page ``template`` over ``values`` (frozen to plain data first). ``root`` leads from
    the page's folder to the site's top folder; ``allowance``: characters of HTML dakplan made
    (the document) that the size bound does not count."""
    from dakplan.render.plain import freeze_all

    env = _environment()
    context = freeze_all({"lang": lang, "root": root, "as_of": as_of, **values})
    env.budget.start(allowance)
    try:
        return env.get_template(template).render(context).encode("utf-8")
    except TemplateError as exc:
        raise UsageError(t("render.template_error", where=template, problem=str(exc))) from None


# --- wording a template calls ------------------------------------------------------------


def _t(key: object, **params: object) -> str:
    return t(str(key), **params)


def _date(value: object) -> str:
    return format_short_date(value) if isinstance(value, dt.date) else ""


# --- the document as issued ----------------------------------------------------------------


def document(file: str, plan: Plan, entry: SitePlan,
             environments: dict[tuple[Path, ...], Any],
             folder: Path | None = None) -> tuple[str, frozenset[str]]:
    """The body of ``dakplan render plan -f html`` for ``plan``, with each duty's paragraph
    anchored (``doc-ID``) and linked to its status row (``task-ID``); and the ids of the duties
    whose paragraph was found (a repository's own template may word a duty otherwise).
    ``environments``: the template environments of this build, by templates folders;
    ``folder``: the repository's templates folder, when its configuration names one."""
    from dakplan.render import Request, context, tidy
    from dakplan.render.blocks import parse
    from dakplan.render.environment import Templates
    from dakplan.render.templates import search_path

    path = Path(file)
    # One environment per templates folder, so that a template is compiled once per build.
    folders = tuple(search_path(path, folder))
    templates = environments.get(folders)
    if templates is None:
        templates = environments[folders] = Templates(path, folder=folder)
    found = templates.find("plan", "html")
    if found is None or not found.endswith(".md.j2"):
        # An HTML-only plan template writes a whole page: the site cannot place it.
        found = "plan.md.j2"
    key = (folders, found)
    if key not in _READS_REPORT:
        _READS_REPORT[key] = reads(templates.env, found, "report")
    values = context(plan, Request("plan", path, "html"), report=_READS_REPORT[key])
    text = tidy(templates.render(found, values))
    by_text: dict[str, list[Duty]] = {}
    for duty in entry.duties:
        by_text.setdefault(_plain(duty.text), []).append(duty)
    linked: set[str] = set()
    out = []
    for block in parse(text):
        html = render_block(block)
        found_duty = _duty_of(block, by_text)
        if found_duty is not None:
            linked.add(found_duty.id)
            html = _anchor(html, found_duty)
        elif html.startswith(("<table class=\"header\"", "<table class=\"signature\"")):
            html = html.replace("<table ", '<table role="presentation" ', 1)
        out.append(html)
    return "\n".join(out), frozenset(linked)


_READS_REPORT: dict[tuple[tuple[Path, ...], str], bool] = {}
"""Whether a plan template (by its templates folders and name) reads ``report``."""


def reads(env: Any, name: str, variable: str) -> bool:
    """Whether the template ``name``, or one it includes, imports or extends, may read the
    context's ``variable``: True unless every template it can reach is known and none names
    it (a template named at render time, or one that cannot be read or parsed, may)."""
    from jinja2 import meta

    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            tree = env.parse(env.loader.get_source(env, current)[0])
        except TemplateError:
            return True
        if variable in meta.find_undeclared_variables(tree):
            return True
        for referenced in meta.find_referenced_templates(tree):
            if referenced is None:
                return True
            todo.append(referenced)
    return False


def _plain(text: str) -> str:
    return " ".join(text.split())


def _duty_of(block: Block, by_text: dict[str, list[Duty]]) -> Duty | None:
    if not isinstance(block, Para):
        return None
    text = _plain(" ".join("".join(span.text for span in line) for line in block.lines))
    waiting = by_text.get(text)
    return waiting.pop(0) if waiting else None


def _anchor(html: str, duty: Duty) -> str:
    """The paragraph ``<p ...>...</p>`` with an id and, at its end, a link to its status."""
    label = escape(status(duty), quote=False)
    link = (f' <a class="duty-status s-{duty.status}{" late" if duty.overdue else ""}" '
            f'href="#task-{duty.id}">{escape(t("site.duty_link"), quote=False)}: '
            f"{label}</a>")
    if not (html.startswith("<p") and html.endswith("</p>")):  # pragma: no cover - a Para
        return html
    return f'<p id="doc-{duty.id}"' + html[2:-len("</p>")] + link + "</p>"
