"""Draft next year's plan from this year's (``dakplan new 2021 --from plans/2020.yaml``).

What a person drafting next year's plan expects, and what this does:

* the whole body is copied, section by section, with every duty, theme, clause and paragraph,
  and so are the frame (recipients, signature chain), the registry, the partners, the media
  formats and the waivers (each waiver is listed: the defect it accepts may be gone);
* the plan's own dates move by the years between: the period and the dates of every duty's
  timing, in each form (a deadline, several deadlines, a window's start and end; a recurrence
  moves with the period, its anchors have no year); 29 February becomes 28 February in a year
  that has none;
* citations do not move: legal bases and the documents and events themes refer to keep their
  numbers, dates and periods, because they name documents that exist. Agreements that no longer
  cover the new period show up as ``dakplan validate`` warnings (DK305);
* what belongs to the issued document is cleared: its number and issue date (a new plan is
  neither registered nor dated), and every task's status and progress;
* duties of agencies that no longer exist on the new period's first day go to the agencies that
  carry them then (``succession.map_to_successors``): a lead, coordinating agency or group member
  that ended with one successor is replaced by it, and every replacement is listed; a lead split
  among several successors is left as it was and listed for a person to choose;
* prose is not rewritten, with one exception: where a duty's text spells out one of its own
  timing dates ("Trước ngày 15/12/2020", "từ ngày 01/6/2020 đến ngày 31/8/2020", a due date
  of its recurrence), that date is rewritten to the moved date, so that the text and the timing
  agree. Every rewrite is listed. A date the text gives as timing that is none of the duty's
  (what ``validate`` reports as DK308 or DK301) cannot be moved with certainty: it is listed for
  review, as is every other mention of a year of the old period or of its issue year
  ("năm 2020", "11/02/2020").

A version 2 plan is drafted over its own text; a version 1 plan is first converted
(``migrate.convert``, its comments carried) and drafted as version 2. The draft is that text
with only what changed edited in (``yaml_dump.dump_over``): its comments, key order, quoting and
layout stay. A comment goes only with a field that is removed (a duty's status and progress,
last year's report) or, from a version 1 plan, with data version 2 has no place for; every such
comment is listed for the editor. Its ``# yaml-language-server: $schema=...`` line is
re-pointed from the draft's folder. The draft is checked before it is written (a structural
finding stops it; others are listed), and never written over an existing file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from dakplan.checks.v2.text import TextDate, timing_dates
from dakplan.checks.v2.validate import blocking, reported, validate_source
from dakplan.diagnostics import Diagnostic
from dakplan.errors import DakplanError, UsageError
from dakplan.i18n import t
from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, is_stdin
from dakplan.io.write import TargetExists, create_file
from dakplan.io.yaml_dump import dump_over, dump_yaml
from dakplan.io.yaml_load import load_text
from dakplan.model.base import FIRST_YEAR, LAST_YEAR
from dakplan.model.v2 import Duty, Plan, due_dates
from dakplan.query.succession import Remap, map_to_successors
from dakplan.shared import SECTIONS, Shared, merge
from dakplan.validate import read_plan_v2, registry_for

Path_ = tuple[str | int, ...]

_MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")
_CITATIONS = ("bases",)
"""Top-level sections whose text cites documents: listed for review as citations."""
_CODES = ("id", "code", "at")
"""Fields that hold ids and codes, not prose: never listed for review."""


@dataclass(frozen=True)
class Mention:
    """A place in the draft that names a year of the old plan, or a date rewritten in it."""

    path: Path_
    line: int
    excerpt: str
    kind: str
    """``rewritten`` (a duty's own timing date in its text); for review: ``text``,
    ``citation``, ``timing`` (a date a duty's text gives as timing that is none of its own),
    ``waiver`` (a copied waiver) or ``comment`` (a comment's path is ``#``)."""
    old: str | None = None
    new: str | None = None
    place: str | None = None
    """Where it stands in the document's own terms, for a text of the body: the label of its
    section and the thing by id (``III.2 duty:stttt-danh-gia-nam.text``)."""

    @property
    def key(self) -> str:
        """Its path in the data: ``body[3].section.blocks[1]...``."""
        return _dotted(self.path)

    @property
    def where(self) -> str:
        return self.place or self.key

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.key, "place": self.where, "line": self.line, "kind": self.kind,
                "excerpt": self.excerpt, "old": self.old, "new": self.new}


def _dotted(path: Path_) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _places(plan: Plan) -> Callable[[Path_], str | None]:
    """How a path of the body is named in the document's terms: the label where it stands,
    the thing by id (or its kind), then the field within it; None outside the body."""
    found = {place.path: place for place in plan.walk()}

    def name(path: Path_) -> str | None:
        for cut in range(len(path), 0, -1):
            place = found.get(path[:cut])
            if place is None:
                continue
            thing = place.thing
            ident = getattr(thing, "id", None)
            what = f"{place.kind}:{ident}" if ident else place.kind
            rest = _dotted(path[cut:])
            label = f"{place.label} " if place.label else ""
            return f"{label}{what}" + (f".{rest}" if rest and not rest.startswith("[")
                                       else rest)
        return None

    return name


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
    lost: list[tuple[int, str]] = field(default_factory=list)
    """A version 1 source's comments that have no place in version 2: (line, text)."""
    converted: bool = False
    """The source was version 1, converted before it was drafted."""

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


Rewrite = tuple[Path_, str, str, int]
"""Where a duty's text spelled one of its dates: the path of the text, old and new spelling,
and the offset of the new one in the new text."""
Unsure = tuple[Path_, TextDate]
"""A date a duty's text (at that path) gives as timing that is none of its own."""


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


def _shift_timing(timing: dict[str, Any], years: int) -> None:
    """A timing's dates moved by ``years``, in place, in every form that has dates."""
    kind = timing.get("type")
    if kind == "deadline":
        timing["date"] = shift_years(timing["date"], years)
    elif kind == "deadlines":
        dates = sorted({shift_years(d, years) for d in timing["dates"]})
        if len(dates) == 1:  # 28 and 29 February of a leap year, moved to a common one
            timing.clear()
            timing.update(type="deadline", date=dates[0])
        else:
            timing["dates"] = dates
    elif kind == "window":
        for key in ("start", "end"):
            if timing.get(key) is not None:
                timing[key] = shift_years(timing[key], years)


def _own_dates(plan: Plan, duty: Duty) -> list[dt.date]:
    """The dates of a duty that its text may spell: its deadline(s), its window's start and
    end, every due date of its recurrence in the period."""
    timing = duty.timing
    days = due_dates(timing, plan.document.period)
    start = getattr(timing, "start", None)
    return sorted({*days, *([start] if isinstance(start, dt.date) else [])})


def _rewrite(text: str, moves: dict[dt.date, dt.date]
             ) -> tuple[str, list[tuple[str, str, int]]]:
    """``text`` with every spelling of a date in ``moves`` respelled for its new date, in one
    pass (so a date moved onto another's old date is not moved twice); each rewrite with the
    old and new spelling and where the new one starts."""
    hits: list[tuple[int, int, dt.date]] = []
    for old in moves:
        hits += [(m.start(), m.end(), old) for m in _date_forms(old).finditer(text)]
    hits.sort()
    out: list[str] = []
    done: list[tuple[str, str, int]] = []
    at = written = 0
    for start, end, old in hits:
        if start < at:
            continue
        spelled = _respell(text[start:end], moves[old])
        out += [text[at:start], spelled]
        written += start - at
        done.append((text[start:end], spelled, written))
        written += len(spelled)
        at = end
    out.append(text[at:])
    return "".join(out), done


def _unsure(text: str, own: list[dt.date]) -> list[TextDate]:
    """The dates ``text`` gives as timing that are none of ``own`` (a date with a year), nor
    the day and month of one of them (a date without), or that do not exist."""
    full = set(own)
    yearless = {(d.day, d.month) for d in own}
    out = []
    for date in timing_dates(text):
        if not date.exists:
            out.append(date)
        elif date.year is not None:
            if dt.date(date.year, date.month, date.day) not in full:
                out.append(date)
        elif (date.day, date.month) not in yearless:
            out.append(date)
    return out


def draft_data(plan: Plan, year: int) -> tuple[dict[str, Any], int, list[Rewrite], list[Unsure]]:
    """The new plan as data, the years moved, the dates rewritten in duty texts and the
    timing dates of duty texts that could not be moved with certainty."""
    period = plan.document.period
    years = years_to(plan, year)
    data = plan.model_dump(mode="python", exclude_unset=True)
    document = data["document"]
    for key in ("number", "date"):  # the new plan is neither registered nor dated
        if key in document:
            document[key] = None
    document["period"] = {"start": period.start + years, "end": period.end + years}
    data.pop("report", None)  # last year's results report is not next year's plan
    rewritten: list[Rewrite] = []
    unsure: list[Unsure] = []
    for path, duty, _ in plan.located_duties():
        node = _get(data, path)
        node.pop("status", None)
        node.pop("progress", None)
        _shift_timing(node["timing"], years)
        moves = {old: shift_years(old, years) for old in _own_dates(plan, duty)}
        node["text"], done = _rewrite(node["text"], moves)
        rewritten += [((*path, "text"), old, new, at) for old, new, at in done]
        unsure += [((*path, "text"), date)
                   for date in _unsure(node["text"], sorted(set(moves.values())))]
    return data, years, rewritten, unsure


def _old_years(plan: Plan) -> re.Pattern[str]:
    """The years of the old period, and the issue year of a plan issued before its period."""
    period = plan.document.period
    years = [*range(period.start, period.end + 1)]
    issued = plan.document.date
    if issued is not None:
        year = issued.year if isinstance(issued, dt.date) else int(str(issued)[:4])
        years += [] if year in years else [year]
    return re.compile(rf"(?<!\d)(?:{'|'.join(str(y) for y in years)})(?!\d)")


def draft(plan: Plan, year: int, modeline: str | None = None,
          source: str | None = None, shared: Shared | None = None) -> Draft:
    """Next year's plan drafted from ``plan``, as YAML text, with the places to review.

    ``source``, the version 2 text ``plan`` was read from, gives the draft its comments and
    layout. ``shared``, the registry ``plan`` was read with: the draft keeps only the plan's
    own entries, and reads the registry's as its source did.
    """
    years_to(plan, year)
    plan, remaps = map_to_successors(plan, dt.date(year, 1, 1))
    data, years, rewrites, unsure = draft_data(plan, year)
    if shared is not None and source is not None:
        remaps = _own_entries(data, source, remaps)
    text, dropped, notes = _write(data, modeline, source, shared)
    index = LineIndex(text)
    duty_paths: dict[str, Path_] = {}
    for path, duty, _ in plan.located_duties():
        duty_paths.setdefault(duty.id, path)
    handovers = sorted((Handover(index.locate(_remap_path(data, duty_paths, remap))[0], remap)
                        for remap in remaps), key=lambda h: h.line)
    mentions: list[Mention] = []
    spans: dict[Path_, list[tuple[int, int]]] = {}
    """What of a text is already listed: the dates rewritten, those not moved."""
    for path, old, new, at in rewrites:
        duty_text = _get(data, path)
        spans.setdefault(path, []).append((at, at + len(new)))
        mentions.append(Mention(path, index.locate(path)[0],
                                _excerpt(duty_text, at, at + len(new)), "rewritten", old, new))
    for path, date in unsure:
        value = _get(data, path)
        end = date.offset + len(date.raw)
        spans.setdefault(path, []).append((date.offset, end))
        mentions.append(Mention(path, index.locate(path)[0],
                                _excerpt(value, date.offset, end), "timing", date.raw))
    for i, waiver in enumerate(data.get("waivers", [])):
        path = ("waivers", i)
        mentions.append(Mention(path, index.locate(path)[0],
                                f"{waiver['code']} {waiver['at']}", "waiver"))
    pattern = _old_years(plan)
    for path, value in _walk_strings(data):
        if path[-1] in _CODES or path[:1] == ("document",) and path[-1] == "date":
            continue
        if path[0] == "waivers":
            continue  # listed above, once each
        kind = "citation" if path[0] in _CITATIONS or "documents" in path else "text"
        for match in pattern.finditer(value):
            if any(a <= match.start() < b for a, b in spans.get(path, [])):
                continue
            mentions.append(Mention(path, index.locate(path)[0],
                                    _excerpt(value, match.start(), match.end()), kind,
                                    match.group(0)))
    for line, comment in notes:
        for match in pattern.finditer(comment):
            if not _MODELINE.match(comment):
                mentions.append(Mention(("#",), line, _excerpt(
                    comment, match.start(), match.end()), "comment", match.group(0)))
    mentions.sort(key=lambda m: (m.line, m.kind != "rewritten"))
    name = _places(plan)
    mentions = [replace(m, place=name(m.path)) if m.path[:1] == ("body",) else m
                for m in mentions]
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


def _remap_path(data: dict[str, Any], duties: dict[str, Path_], remap: Remap) -> Path_:
    """Where in ``data`` the field a ``Remap`` speaks of stands."""
    if remap.role == "member":
        code = remap.where.removeprefix("group:")
        index = next(i for i, group in enumerate(data.get("groups", []))
                     if group["code"] == code)
        return ("groups", index, "members")
    return (*duties[remap.where], remap.role)


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
    """Draft ``year``'s plan from the plan in ``source`` (``-``: standard input; version 1 or
    2) and write it to ``output`` (default: ``YEAR.yaml`` in ``plans``); with ``output`` ``-``
    nothing is written, and the caller prints ``Drafted.draft.text``.

    Raises ``UsageError`` when ``output`` exists (nothing is overwritten) and ``PlanError``
    when the source, or the draft, has a finding that stops ``new`` (a structural one).
    """
    from dakplan.migrate import convert

    target = Path(output) if output is not None else default_output(year, plans)
    to_stdout = os.fspath(target) == STDOUT
    if not to_stdout and (target.exists() or target.is_symlink()):
        raise UsageError(t("new.exists", path=str(target)))
    origin, checked = read_plan_v2(source, "new", stdin_name=stdin_name)
    assert checked.plan is not None
    shared = registry_for(origin.name)
    text, lines, lost = origin.text, None, []
    if checked.migrated is not None:
        converted = convert(origin.text, origin.name, shared)
        text, lines, lost = converted.text, converted.lines, converted.lost
    result = draft(checked.plan, year, modeline_for(source, origin.text, target), text, shared)
    if lines is not None:  # the lines of the v1 file the dropped comments stood on
        result.dropped = [(lines.get(line, line), comment) for line, comment in result.dropped]
        result.converted = True
    result.lost = lost
    report = validate_source(Source("<stdout>" if to_stdout else str(target), result.text),
                             shared if to_stdout else registry_for(target))
    stop = blocking(report.entries, "new")
    if stop or report.plan is None:
        found = stop or [e for e in report.entries if e.error]
        raise DakplanError(t("new.invalid_draft", errors="; ".join(
            f"{e.diagnostic.line}: {e.code} {e.diagnostic.message}" for e in found)), 1)
    result.diagnostics = [e.diagnostic for e in reported(report.entries, "new")]
    if to_stdout:
        return Drafted(target, Path(source), result)
    try:
        create_file(target, result.text.encode("utf-8"), [Path(source)], parents=True)
    except TargetExists:
        raise UsageError(t("new.exists", path=str(target))) from None
    return Drafted(target, Path(source), result)
