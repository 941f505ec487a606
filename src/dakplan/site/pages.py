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
from html import escape
from pathlib import Path
from typing import Any

from markupsafe import Markup

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.model import Plan
from dakplan.render.blocks import Block, Para
from dakplan.render.budget import Budget
from dakplan.render.html import render_block
from dakplan.render.plain import Helper
from dakplan.render.sandbox import TemplateSandbox
from dakplan.render.templates import ConfinedLoader
from dakplan.site.collect import Duty, Site, SitePlan

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""The site's own templates, installed with the package."""


def _finalize(value: Any) -> Any:
    return value


class Pages:
    """The site's template environment, for one build."""

    def __init__(self, site: Site, lang: str) -> None:
        self.site = site
        self.lang = lang
        self.budget = Budget()
        self.env = TemplateSandbox(
            self.budget, {"date": _date},
            loader=ConfinedLoader([TEMPLATES], lambda _: None),
            autoescape=True, finalize=_finalize, trim_blocks=True, lstrip_blocks=True,
            keep_trailing_newline=True, auto_reload=False)
        self.env.globals.update({"t": Helper("t", _t), "status": Helper("status", status),
                                 "role": Helper("role", role), "due": Helper("due", due)})

    def render(self, template: str, root: str, values: dict[str, Any],
               allowance: int = 0) -> bytes:
        from dakplan.render.plain import freeze_all

        context = freeze_all({"site": self.site, "lang": self.lang, "root": root,
                              "as_of": self.site.as_of, **values})
        self.budget.start(allowance)
        return self.env.get_template(template).render(context).encode("utf-8")


# --- wording a template calls ------------------------------------------------------------


def _t(key: object, **params: object) -> str:
    return t(str(key), **params)


def _date(value: object) -> str:
    return format_short_date(value) if isinstance(value, dt.date) else ""


def status(duty: Duty) -> str:
    """The duty's status as ``dakplan tasks`` words it: "not reported, overdue"."""
    label = t(f"status.{duty.status}")
    return t("status.overdue", status=label) if duty.overdue else label


def role(duty: Duty) -> str:
    if duty.role is None:
        return ""
    text = t(f"role.{duty.role}")
    if duty.via is not None:
        text = t("role.via", role=text, group=duty.via)
    if duty.carried_from is not None:
        text = t("role.carried", role=text, code=duty.carried_from)
    return text


def due(duty: Duty) -> str:
    if duty.due is not None:
        return format_short_date(duty.due)
    if duty.timing == "recurring":
        if duty.frequency is None:
            return t("timing.recurring")
        return t("timing.recurring_every", frequency=t(f"frequency.{duty.frequency}"))
    return t("timing.throughout")


# --- the document as issued ----------------------------------------------------------------


def document(file: str, plan: Plan, entry: SitePlan) -> tuple[str, frozenset[str]]:
    """The body of ``dakplan render plan -f html`` for ``plan``, with each duty's paragraph
    anchored (``doc-ID``) and linked to its status row (``task-ID``); and the ids of the duties
    whose paragraph was found (a repository's own template may word a duty otherwise)."""
    from dakplan.render import Request, context, tidy
    from dakplan.render.blocks import parse
    from dakplan.render.environment import Templates

    path = Path(file)
    templates = Templates(path)
    found = templates.find("plan", "html")
    if found is None or not found.endswith(".md.j2"):
        # An HTML-only plan template writes a whole page: the site cannot place it.
        found = "plan.md.j2"
    text = tidy(templates.render(found, context(plan, Request("plan", path, "html"))))
    by_text: dict[str, list[Duty]] = {}
    for duty in entry.duties:
        by_text.setdefault(_plain(duty.text), []).append(duty)
    linked: set[str] = set()
    out = []
    for block in parse(text):
        html = render_block(block)
        duty = _duty_of(block, by_text)
        if duty is not None:
            linked.add(duty.id)
            html = _anchor(html, duty)
        elif html.startswith(("<table class=\"header\"", "<table class=\"signature\"")):
            html = html.replace("<table ", '<table role="presentation" ', 1)
        out.append(html)
    return "\n".join(out), frozenset(linked)


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
