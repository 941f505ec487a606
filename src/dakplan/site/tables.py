"""Tables of duties as HTML, written here rather than by a template: an agency of a large
repository has thousands of duties, and a row made through the sandbox costs a hundred times
what it costs here (a site of 100 plans of 300 tasks holds some 200,000 rows). Every text is
escaped for HTML as it is written, as ``render.html`` does for the document.

A row is lean, as it comes back on many pages (a duty of a group is on each member's page):
its cells carry no class but the status's; what a column looks like (``nowrap``) and the
column names narrow screens show beside each value, one duty to a block, come from the style
sheet ``labels_css`` writes once for the site, by the table's kind (``t-agency``) and the
cell's place in its row. A cell of plan text says ``lang="vi"`` only on a site in another
language (on a Vietnamese site the page says it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from markupsafe import Markup, escape

from dakplan.i18n import t
from dakplan.i18n.en import EN
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.tasks import due_text
from dakplan.query.status import SAYS_OVERDUE
from dakplan.site.collect import Duty, Held, Result

HEADS = {"due": "col.due", "task": "col.task", "text": "col.task", "lead": "col.lead",
         "coordinate": "col.coordinate", "role": "col.role", "plan": "col.plan",
         "section": "col.section", "status": "col.status", "results": "site.col_results"}
"""Columns by name, and the catalogue key of each heading. ``task`` links to the duty's row on
its plan's page; ``text`` is the duty's text on that page, linked back to the paragraph."""


KINDS: dict[str, tuple[str, ...]] = {
    "plan": ("section", "text", "lead", "coordinate", "due", "status", "results"),
    "agency": ("due", "task", "role", "plan", "section", "status"),
    "list": ("due", "task", "lead", "plan", "status"),
}
"""The site's tables by kind, and their columns: a plan's duties in the order of its text,
an agency's duties, the home page's lists."""

NOWRAP = frozenset({"due", "plan", "section", "status"})
"""Columns whose values are not broken across lines on a wide screen."""


def labels_css() -> str:
    """The tables' columns by place: those that do not wrap, and the column names narrow
    screens show before each value, in the site's language."""
    cell = ".t-{kind} > tbody > tr > :nth-child({n})"
    nowrap = [cell.format(kind=kind, n=n) for kind, columns in KINDS.items()
              for n, column in enumerate(columns, 1) if column in NOWRAP]
    rules = []
    for kind, columns in KINDS.items():
        for n, column in enumerate(columns, 1):
            label = t(HEADS[column]).replace("\\", "\\\\").replace('"', '\\"')
            rules.append(f'  {cell.format(kind=kind, n=n)}::before {{ content: "{label}: "; }}')
    return ("/* The tables' columns: which do not wrap, and their names shown before each value "
            "on narrow screens. */\n" + ",\n".join(nowrap) + " { white-space: nowrap; }\n"
            "@media (max-width: 40rem) {\n" + ",\n".join(f"  {c}" for c in nowrap)
            + " { white-space: normal; }\n" + "\n".join(rules) + "\n}\n")


def status(duty: Duty) -> str:
    """The duty's status as ``dakplan tasks`` words it: "not reported, overdue"."""
    label = t(f"status.{duty.status}")
    return t("status.overdue", status=label) if duty.overdue and duty.status not in \
        SAYS_OVERDUE else label


def role(held: Held) -> str:
    """The agency's part, as ``dakplan tasks`` words it: "lead via BCTW"."""
    text = t(f"role.{held.role}")
    if held.via is not None:
        text = t("role.via", role=text, group=held.via)
    if held.carried_from is not None:
        text = t("role.carried", role=text, code=held.carried_from)
    return text


def due(duty: Duty) -> str:
    return due_text(duty.due, duty.timing, duty.frequency)


class DutyTable:
    """Rows of duties in the columns of ``kind`` (``KINDS``), for pages ``root`` away from the
    site's top folder. ``plans``: each plan's slug and the name its column shows. ``linked``:
    the duties whose paragraph on their plan's page can be linked back to. ``lang``: the
    site's language."""

    def __init__(self, kind: str, root: str, plans: Mapping[str, str],
                 linked: frozenset[str] = frozenset(), lang: str = "vi") -> None:
        self.kind = kind
        self.columns = list(KINDS[kind])
        self.root = root
        self.plans = {slug: str(escape(name)) for slug, name in plans.items()}
        self.linked = linked
        self.vi = "" if lang == "vi" else ' lang="vi"'
        self.labels = {c: str(escape(t(HEADS[c]))) for c in self.columns}
        self.cells: list[Callable[[Duty, Held | None], str]] = [
            getattr(self, f"_{c}") for c in self.columns]
        self._statuses: dict[tuple[str, bool], str] = {}
        self._roles: dict[tuple[str, str | None, str | None], str] = {}
        # A duty's cells but its holder's part, by the duty (its id: every duty lives as long
        # as the site): one table serves every agency page, where a duty held by several
        # agencies (a group's members) comes back on each of their pages.
        self._fixed: dict[int, tuple[str | None, ...]] = {}

    def html(self, rows: Iterable[Duty] | Iterable[Held], caption: str,
             anchors: bool = False) -> Markup:
        """The table of duties, or of the duties an agency holds (with its part in each);
        ``anchors``: each row is the target ``task-ID`` (a plan's own page)."""
        head = "".join(f'<th scope="col">{self.labels[c]}</th>' for c in self.columns)
        lines = []
        for row in rows:
            held = row if isinstance(row, Held) else None
            duty = row.duty if isinstance(row, Held) else row
            at = f' id="task-{duty.id}"' if anchors else ""
            late = ' class="late"' if duty.overdue else ""
            fixed = self._fixed.get(id(duty))
            if fixed is None:
                fixed = self._fixed[id(duty)] = tuple(
                    None if column == "role" else cell(duty, None)
                    for column, cell in zip(self.columns, self.cells, strict=True))
            cells = "".join(self._role(duty, held) if shown is None else shown
                            for shown in fixed)
            lines.append(f'<tr{at} data-task="{duty.id}"{late}>{cells}</tr>')
        body = "\n".join(lines)
        return Markup(f'<div class="table">\n<table class="duties t-{self.kind}">\n'
                      f"<caption>{escape(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
                      f"<tbody>\n{body}\n</tbody>\n</table>\n</div>")

    def _due(self, duty: Duty, held: Held | None) -> str:
        return f"<td>{escape(due(duty))}</td>"

    def _task(self, duty: Duty, held: Held | None) -> str:
        return (f'<th scope="row"{self.vi}><a href="{self.root}plans/{duty.plan}.html'
                f'#task-{duty.id}">{escape(duty.text)}</a></th>')

    def _text(self, duty: Duty, held: Held | None) -> str:
        back = (f' <a class="back" href="#doc-{duty.id}">{escape(t("site.in_text"))}</a>'
                if duty.id in self.linked else "")
        return f'<th scope="row"{self.vi}>{escape(duty.text)}{back}</th>'

    def _lead(self, duty: Duty, held: Held | None) -> str:
        return f"<td{self.vi}>{escape(duty.lead_name)}</td>"

    def _coordinate(self, duty: Duty, held: Held | None) -> str:
        return f"<td{self.vi}>{escape('; '.join(duty.coordinate) or '-')}</td>"

    def _role(self, duty: Duty, held: Held | None) -> str:
        if held is None:
            return "<td>-</td>"
        key = (held.role, held.via, held.carried_from)
        shown = self._roles.get(key)
        if shown is None:
            shown = self._roles[key] = f"<td>{escape(role(held))}</td>"
        return shown

    def _plan(self, duty: Duty, held: Held | None) -> str:
        return (f'<td><a href="{self.root}plans/{duty.plan}.html"{self.vi}>'
                f"{self.plans.get(duty.plan, duty.plan)}</a></td>")

    def _section(self, duty: Duty, held: Held | None) -> str:
        return f"<td>{escape(duty.section or '-')}</td>"

    def _status(self, duty: Duty, held: Held | None) -> str:
        key = (duty.status, duty.overdue)
        shown = self._statuses.get(key)
        if shown is None:
            shown = self._statuses[key] = (f'<td class="status s-{duty.status}">'
                                           f"{escape(status(duty))}</td>")
        return shown

    def _results(self, duty: Duty, held: Held | None) -> str:
        if not duty.results:
            return "<td>-</td>"
        items = "".join(f"<li>{escape(result_text(result))}</li>" for result in duty.results)
        return f'<td{self.vi}><ul class="results">{items}</ul></td>'


def result_text(result: Result) -> str:
    """A record of what was reported, as a line: "30/06/2020 (STTTT): note" for the plan's own
    progress record; "30/06/2020, round 2020-06 (STTTT): done 12/06/2020: note" for a record
    in a results file."""
    text = format_short_date(result.date)
    if result.round is not None:
        text = t("site.result_round", date=text, round=result.round)
    if result.agency:
        text += f" ({result.agency})"
    said = []
    if result.status is not None:
        key = f"status.{result.status}"
        said.append(t(key) if key in EN else result.status)
        if result.completed is not None:
            said[-1] += f" {format_short_date(result.completed)}"
    if result.note:
        said.append(result.note)
    return text + (": " + ": ".join(said) if said else "")
