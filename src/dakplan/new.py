"""Draft next year's plan from this year's (``dakplan new 2021 --from plans/2020.yaml``).

What a person drafting next year's plan expects, and what this does:

* the structure and every duty are copied: document frame, agencies, groups, purposes,
  requirements, themes, media, parts, tasks, funding clauses, recipients, signature block;
* the plan's own dates move by the years between: the period and every task deadline
  (29 February becomes 28 February in a year that has none);
* citations do not move: legal bases and the documents and events themes refer to keep their
  numbers, dates and periods, because they name documents that exist. Agreements that no longer
  cover the new period show up as ``dakplan validate`` warnings (DK305);
* what belongs to the issued document is cleared: its number and issue date (a new plan is
  neither registered nor dated), and every task's status and progress;
* duties of agencies that no longer exist on the new period's first day go to the agencies that
  carry them then (``succession.map_to_successors``): a lead, coordinating agency or group member
  that ended with one successor is replaced by it, and every replacement is listed; a lead split
  among several successors is left as it was and listed for a person to choose;
* prose is not rewritten, with one exception: where a task's text spells out its own deadline
  ("Trước ngày 15/12/2020"), that date is rewritten to the moved deadline so that the text and
  the timing agree. Every rewrite is listed. Every other mention of a year of the old period
  ("năm 2020", "11/02/2020") is listed with its line, for the editor to review.

The draft is the source's text with only what changed edited in (``yaml_dump.dump_over``): its
comments, key order, quoting and layout stay. A comment goes only with a field that is removed
(a task's status and progress, last year's report), and every such comment is listed for the
editor. Its ``# yaml-language-server: $schema=...`` line is re-pointed from the draft's folder.
The draft is validated before it is written, and never written over an existing file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from dakplan.diagnostics import Diagnostic, Severity
from dakplan.errors import DakplanError, UsageError
from dakplan.i18n import t
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, is_stdin
from dakplan.io.write import TargetExists, create_file
from dakplan.io.yaml_dump import dump_over, dump_yaml
from dakplan.io.yaml_load import load_text
from dakplan.model import Plan
from dakplan.model.base import FIRST_YEAR, LAST_YEAR
from dakplan.query.succession import Remap, map_to_successors
from dakplan.shared import SECTIONS, Shared, merge
from dakplan.validate import read_plan, registry_for, validate_source

Path_ = tuple[str | int, ...]

_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")
_CITATIONS = ("bases",)
"""Top-level sections whose text cites documents: listed for review as citations."""


@dataclass(frozen=True)
class Mention:
    """A place in the draft that names a year of the old plan, or a date rewritten in it."""

    path: Path_
    line: int
    excerpt: str
    kind: str
    """``rewritten`` (a task's own deadline in its text), ``text``, ``citation`` or
    ``comment`` (review; a comment's path is ``#``)."""
    old: str | None = None
    new: str | None = None

    @property
    def where(self) -> str:
        return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path).lstrip(".")

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.where, "line": self.line, "kind": self.kind,
                "excerpt": self.excerpt, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Handover:
    """A duty of an agency that no longer exists, given to its successors in the draft, or left
    for a person to decide (``new`` empty)."""

    line: int
    """The line of the field in the draft (``lead``, ``coordinate`` or a group's ``members``)."""
    remap: Remap

    def to_dict(self) -> dict[str, Any]:
        remap = self.remap
        return {"line": self.line, "where": remap.where, "role": remap.role, "old": remap.old,
                "new": list(remap.new), "note": remap.note}


@dataclass
class Draft:
    """A drafted plan: its YAML text and what the editor must look at."""

    year: int
    years: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    handovers: list[Handover] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)
    """The source's comments that went with removed fields: (line in the source, text)."""

    @property
    def handover_day(self) -> dt.date:
        """The day the agencies are looked up on: the first day of the new period."""
        return dt.date(self.year, 1, 1)

    @property
    def mapped(self) -> list[Handover]:
        return [h for h in self.handovers if h.remap.done]

    @property
    def undecided(self) -> list[Handover]:
        return [h for h in self.handovers if not h.remap.done]

    @property
    def rewritten(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "rewritten"]

    @property
    def review(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind != "rewritten"]


# --- dates ---------------------------------------------------------------------------------


def shift_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years; 29 February lands on 28 February when it must."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _date_forms(day: dt.date) -> re.Pattern[str]:
    """``15/12/2020``, ``5/1/2020``, ``05-01-2020``, ``15.12.2020`` and ``ngày 15 tháng 12 năm
    2020``: the ways a plan's text spells a date."""
    d, m, y = day.day, day.month, day.year
    dd, mm = rf"0?{d}", rf"0?{m}"
    return re.compile(rf"(?<!\d)(?:{dd}(?P<sep>[/.-]){mm}(?P=sep){y}"
                      rf"|ngày\s+{dd}\s+tháng\s+{mm}\s+năm\s+{y})(?!\d)")


def _respell(found: str, new: dt.date) -> str:
    """``found`` (a spelling of some date) spelled the same way for ``new``."""
    values = iter((new.day, new.month, new.year))

    def number(match: re.Match[str]) -> str:
        return str(next(values)).zfill(len(match.group(0)))

    return re.sub(r"\d+", number, found)


# --- drafting ------------------------------------------------------------------------------


def _walk_strings(data: Any, path: Path_ = ()) -> list[tuple[Path_, str]]:
    if isinstance(data, str):
        return [(path, data)]
    if isinstance(data, dict):
        return [item for k, v in data.items() for item in _walk_strings(v, (*path, k))]
    if isinstance(data, list):
        return [item for i, v in enumerate(data) for item in _walk_strings(v, (*path, i))]
    return []


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _task_lists(data: dict[str, Any]) -> list[tuple[Path_, dict[str, Any]]]:
    out: list[tuple[Path_, dict[str, Any]]] = []
    for i, part in enumerate(data.get("implementation", [])):
        out += [(("implementation", i, "tasks", j), task)
                for j, task in enumerate(part.get("tasks", []))]
    for k, item in enumerate((data.get("funding") or {}).get("items", [])):
        if "lead" in item:
            out.append((("funding", "items", k), item))
    out += [(("reporting", m), task) for m, task in enumerate(data.get("reporting", []))]
    return out


Rewrite = tuple[Path_, str, str]
"""Where a task's text spelled its deadline: the path of the text, old and new spelling."""


def years_to(plan: Plan, year: int) -> int:
    """The years between ``plan``'s period and one starting in ``year``; a ``UsageError`` when
    that is no move or lands outside the years a plan can cover."""
    period = plan.document.period
    years = year - period.start
    if years == 0:
        raise UsageError(t("new.same_year", year=year))
    if not FIRST_YEAR <= period.end + years <= LAST_YEAR or not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(t("new.bad_year", year=year, first=FIRST_YEAR, last=LAST_YEAR))
    return years


def draft_data(plan: Plan, year: int) -> tuple[dict[str, Any], int, list[Rewrite]]:
    """The new plan as data, the years moved, and the dates rewritten in task texts."""
    period = plan.document.period
    years = years_to(plan, year)
    data = plan.model_dump(mode="python", exclude_unset=True)
    document = data["document"]
    document["number"] = None
    document["date"] = None
    document["period"] = {"start": period.start + years, "end": period.end + years}
    data.pop("report", None)  # last year's results report is not next year's plan
    rewritten: list[Rewrite] = []
    for path, task in _task_lists(data):
        task.pop("status", None)
        task.pop("progress", None)
        timing = task["timing"]
        if timing.get("type") != "deadline":
            continue
        old, new = timing["date"], shift_years(timing["date"], years)
        timing["date"] = new

        def swap(match: re.Match[str], new: dt.date = new, path: Path_ = path) -> str:
            spelled = _respell(match.group(0), new)
            rewritten.append(((*path, "text"), match.group(0), spelled))
            return spelled

        task["text"] = _date_forms(old).sub(swap, task["text"])
    return data, years, rewritten


def _old_years(plan: Plan) -> re.Pattern[str]:
    period = plan.document.period
    years = "|".join(str(y) for y in range(period.start, period.end + 1))
    return re.compile(rf"(?<!\d)(?:{years})(?!\d)")


def draft(plan: Plan, year: int, modeline: str | None = None,
          source: str | None = None, shared: Shared | None = None) -> Draft:
    """Next year's plan drafted from ``plan``, as YAML text, with the places to review.

    ``source``, the text ``plan`` was read from, gives the draft its comments and layout.
    ``shared``, the registry ``plan`` was read with: the draft keeps only the plan's own
    entries, and reads the registry's as its source did.
    """
    years_to(plan, year)
    plan, remaps = map_to_successors(plan, dt.date(year, 1, 1))
    data, years, rewrites = draft_data(plan, year)
    if shared is not None and source is not None:
        remaps = _own_entries(data, source, remaps)
    text, dropped, notes = _write(data, modeline, source, shared)
    index = LineIndex(text)
    handovers = sorted((Handover(index.locate(_remap_path(data, remap))[0], remap)
                        for remap in remaps), key=lambda h: h.line)
    mentions: list[Mention] = []
    for path, old, new in rewrites:
        task_text = _get(data, path)
        at = task_text.find(new)
        mentions.append(Mention(path, index.locate(path)[0],
                                _excerpt(task_text, at, at + len(new)), "rewritten", old, new))
    pattern = _old_years(plan)
    for path, value in _walk_strings(data):
        if path[-1] in ("id", "code") or path[:1] == ("document",) and path[-1] == "date":
            continue
        kind = "citation" if path[0] in _CITATIONS or "documents" in path else "text"
        for match in pattern.finditer(value):
            mentions.append(Mention(path, index.locate(path)[0],
                                    _excerpt(value, match.start(), match.end()), kind,
                                    match.group(0)))
    for line, comment in notes:
        for match in pattern.finditer(comment):
            if not _MODELINE.match(comment):
                mentions.append(Mention(("#",), line, _excerpt(
                    comment, match.start(), match.end()), "comment", match.group(0)))
    mentions.sort(key=lambda m: (m.line, m.kind != "rewritten"))
    return Draft(year, years, text, mentions, handovers=handovers, dropped=dropped)


def _own_entries(data: dict[str, Any], source: str, remaps: list[Remap]) -> list[Remap]:
    """Leave in ``data`` only the agencies and groups the source plan has itself (the others
    are the shared registry's, which the draft reads as its source did), and the remaps of
    those: a shared group's members are the registry's to change."""
    own = load_text(Source("source", source)).data or {}
    for section in SECTIONS:
        codes = {e.get("code") for e in own.get(section) or [] if isinstance(e, dict)}
        if section in data:
            data[section] = [e for e in data[section] if e["code"] in codes]
            if not data[section] and section not in own:
                del data[section]
    groups = {g["code"] for g in data.get("groups", [])}
    return [r for r in remaps if r.role != "member" or r.where.removeprefix("group:") in groups]


Lines = list[tuple[int, str]]


def _write(data: dict[str, Any], modeline: str | None, source: str | None,
           shared: Shared | None = None) -> tuple[str, Lines, Lines]:
    """The draft's text, the source's comments dropped, and the draft's comments: over its
    source when the result reads back as the same plan (it always should; if ever not, correct
    data without the comments beats a wrong plan)."""
    if source is not None:
        text, dropped, notes = dump_over(source, data, modeline)
        if _reads_as(text, data, shared):
            return text, dropped, notes
    return dump_yaml(data, modeline), [], []


def _reads_as(text: str, data: dict[str, Any], shared: Shared | None = None) -> bool:
    loaded = load_text(Source("draft", text))
    if loaded.data is None or loaded.diagnostics:
        return False
    ours, theirs = loaded.data, data
    if shared is not None and shared.usable:
        ours, theirs = merge(ours, shared).data, merge(theirs, shared).data
    try:
        return bool(Plan.model_validate(ours).model_dump()
                    == Plan.model_validate(theirs).model_dump())
    except ValueError:  # pydantic's ValidationError
        return False


def _remap_path(data: dict[str, Any], remap: Remap) -> Path_:
    """Where in ``data`` the field a ``Remap`` speaks of stands."""
    if remap.role == "member":
        code = remap.where.removeprefix("group:")
        index = next(i for i, group in enumerate(data.get("groups", []))
                     if group["code"] == code)
        return ("groups", index, "members")
    path = next(path for path, task in _task_lists(data) if task["id"] == remap.where)
    return (*path, remap.role)


def _get(data: Any, path: Path_) -> Any:
    for step in path:
        data = data[step]
    return data


def modeline_for(source: str | os.PathLike[str], text: str,
                 output: str | os.PathLike[str]) -> str | None:
    """The ``$schema=`` reference on the first line of ``text`` (read from ``source``),
    re-pointed from the output's folder. Standard input and output count as the current
    folder."""
    first = text.splitlines()[0] if text else ""
    match = _MODELINE.match(first)
    if match is None:
        return None
    ref = match.group(1)
    if "://" in ref or os.path.isabs(ref):
        return ref
    here = Path.cwd()
    target = (here if is_stdin(source) else Path(source).resolve().parent) / ref
    rel = os.path.relpath(target, here if os.fspath(output) == STDOUT
                          else Path(output).resolve().parent)
    return PurePosixPath(*Path(rel).parts).as_posix()


# --- the whole job -------------------------------------------------------------------------


STDOUT = "-"
"""The output that is standard output: the draft is not written to a file."""


def default_output(year: int, plans: Path | None = None) -> Path:
    return (plans or Path("plans")) / f"{year}.yaml"


@dataclass(frozen=True)
class Drafted:
    """What ``dakplan new`` did: the draft, the plan it started from, the file it wrote."""

    target: Path
    source: Path
    draft: Draft


def new_plan(year: int, source: str | os.PathLike[str],
             output: str | os.PathLike[str] | None = None, *, plans: Path | None = None,
             stdin_name: str | None = None) -> Drafted:
    """Draft ``year``'s plan from the plan in ``source`` (``-``: standard input) and write it
    to ``output`` (default: ``YEAR.yaml`` in ``plans``); with ``output`` ``-`` nothing is
    written, and the caller prints ``Drafted.draft.text``.

    Raises ``UsageError`` when ``output`` exists (nothing is overwritten) and ``PlanError``
    when the source is not a valid plan.
    """
    target = Path(output) if output is not None else default_output(year, plans)
    to_stdout = os.fspath(target) == STDOUT
    if not to_stdout and (target.exists() or target.is_symlink()):
        raise UsageError(t("new.exists", path=str(target)))
    origin, plan = read_plan(source, stdin_name)
    shared = registry_for(origin.name)
    result = draft(plan, year, modeline_for(source, origin.text, target), origin.text, shared)
    report = validate_source(Source("<stdout>" if to_stdout else str(target), result.text),
                             shared if to_stdout else registry_for(target))
    errors = [d for d in report.diagnostics if d.severity is Severity.ERROR]
    if errors or report.plan is None:
        raise DakplanError(t("new.invalid_draft", errors="; ".join(
            f"{d.line}: {d.code} {d.message}" for d in errors)), 1)
    result.diagnostics = report.diagnostics
    if to_stdout:
        return Drafted(target, Path(source), result)
    try:
        create_file(target, result.text.encode("utf-8"), [Path(source)], parents=True)
    except TargetExists:
        raise UsageError(t("new.exists", path=str(target))) from None
    return Drafted(target, Path(source), result)
