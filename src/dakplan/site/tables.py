"""Tables of duties as HTML, written here rather than by a template: an agency of a large
repository has thousands of duties, and a row made through the sandbox costs a hundred times
what it costs here (a site of 100 plans of 300 tasks holds some 200,000 rows). Every text is
escaped for HTML as it is written, as ``render.html`` does for the document.

Each cell carries its column's class (``c-due``); narrow screens show the column's name
beside the value, one duty to a block, from the style sheet ``labels_css`` writes (once for the
site, rather than an attribute on each of its cells).
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


def labels_css() -> str:
    """The column names narrow screens show before each value, in the site's language."""
    rules = []
    for column, head in HEADS.items():
        label = t(head).replace("\\", "\\\\").replace('"', '\\"')
        rules.append(f'  .table .c-{column}::before {{ content: "{label}: "; }}')
    return ("/* The column names shown before each value on narrow screens. */\n"
            "@media (max-width: 40rem) {\n" + "\n".join(rules) + "\n}\n")


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
    """Rows of duties with the named columns, for pages ``root`` away from the site's top
    folder. ``plans``: each plan's slug and the name its column shows. ``linked``: the duties
    whose paragraph on their plan's page can be linked back to."""

    def __init__(self, columns: Iterable[str], root: str, plans: Mapping[str, str],
                 linked: frozenset[str] = frozenset()) -> None:
        self.columns = list(columns)
        self.root = root
        self.plans = {slug: str(escape(name)) for slug, name in plans.items()}
        self.linked = linked
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
        return Markup(f'<div class="table">\n<table class="duties">\n<caption>{escape(caption)}'
                      f"</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n"
                      "</tbody>\n</table>\n</div>")

    def _td(self, column: str, value: str, extra: str = "") -> str:
        return f'<td class="c-{column}"{extra}>{value}</td>'

    def _due(self, duty: Duty, held: Held | None) -> str:
        return f'<td class="c-due nowrap">{escape(due(duty))}</td>'

    def _task(self, duty: Duty, held: Held | None) -> str:
        return (f'<th scope="row" class="c-task" lang="vi">'
                f'<a href="{self.root}plans/{duty.plan}.html#task-{duty.id}">'
                f"{escape(duty.text)}</a></th>")

    def _text(self, duty: Duty, held: Held | None) -> str:
        back = (f' <a class="back" href="#doc-{duty.id}">{escape(t("site.in_text"))}</a>'
                if duty.id in self.linked else "")
        return f'<th scope="row" class="c-text" lang="vi">{escape(duty.text)}{back}</th>'

    def _lead(self, duty: Duty, held: Held | None) -> str:
        return self._td("lead", str(escape(duty.lead_name)), ' lang="vi"')

    def _coordinate(self, duty: Duty, held: Held | None) -> str:
        return self._td("coordinate", str(escape("; ".join(duty.coordinate) or "-")),
                        ' lang="vi"')

    def _role(self, duty: Duty, held: Held | None) -> str:
        if held is None:
            return self._td("role", "-")
        key = (held.role, held.via, held.carried_from)
        shown = self._roles.get(key)
        if shown is None:
            shown = self._roles[key] = str(escape(role(held)))
        return self._td("role", shown)

    def _plan(self, duty: Duty, held: Held | None) -> str:
        return self._td("plan", f'<a href="{self.root}plans/{duty.plan}.html" lang="vi">'
                                f"{self.plans.get(duty.plan, duty.plan)}</a>")

    def _section(self, duty: Duty, held: Held | None) -> str:
        return self._td("section", str(escape(duty.section or "-")))

    def _status(self, duty: Duty, held: Held | None) -> str:
        key = (duty.status, duty.overdue)
        shown = self._statuses.get(key)
        if shown is None:
            shown = self._statuses[key] = (f'<span class="status s-{duty.status}">'
                                           f"{escape(status(duty))}</span>")
        return self._td("status", shown)

    def _results(self, duty: Duty, held: Held | None) -> str:
        if not duty.results:
            return self._td("results", "-")
        items = "".join(f"<li>{escape(result_text(result))}</li>" for result in duty.results)
        return self._td("results", f'<ul class="results">{items}</ul>', ' lang="vi"')


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
