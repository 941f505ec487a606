"""Write the site into a folder: every page computed first, then written through the project's
one writer (``io.write``), each file whole or not at all.

The same plans and the same day give the same bytes: pages are made in a fixed order from
sorted data, and the only date on them is the build day (``--as-of``). A folder is written
into only when it is new or empty, or when dakplan built a site there before (it holds the
marker file, which lists what that build wrote); files dakplan did not write are never
removed or replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from dakplan.errors import DakplanError, UsageError
from dakplan.i18n import language, set_language, t
from dakplan.i18n.vn import format_short_date
from dakplan.io import pool
from dakplan.io.gcpause import paused_gc
from dakplan.io.write import PLAN_SUFFIXES, replace_file
from dakplan.query.names import Plans
from dakplan.query.status import STATUSES
from dakplan.results.summary import Summary, Tally
from dakplan.site.collect import Duty, Site

if TYPE_CHECKING:
    from dakplan.query.status import PlanResults as Results

MARKER = ".dakplan-site"
"""The file that says dakplan built the folder: its first line, then one line per file written
(``sha256 path``)."""
_MARKER_HEAD = "dakplan site: this folder was written by `dakplan site`; it lists the files."
ASSETS = ("search.js", "site.css")
"""Files copied from the package's ``site/assets`` folder as they are."""


HOME_OVERDUE = 200
"""The most overdue duties the home page lists (the most recently due); every agency's page
lists all of its own."""


@dataclass(frozen=True)
class Built:
    folder: Path
    written: int
    removed: int
    as_of: dt.date


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """The pages in ``lang`` (the site's language), the run's own messages as before."""
    before = language()
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def pages(plans: Plans, as_of: dt.date, lang: str,
          results: Results | None = None, templates: Path | None = None,
          jobs: int = 1) -> dict[str, bytes]:
    """Every file of the site by its path in the folder (``/``-separated), in sorted order.
    ``results``: each plan's results files, checked; ``templates``: the repository's
    templates folder, when its configuration names one; ``jobs``: the processes that make
    the plan and agency pages (``io.pool``: the same bytes whatever the number)."""
    from dakplan.site import search
    from dakplan.site.collect import collect
    from dakplan.site.pages import page
    from dakplan.site.tables import DutyTable, labels_css

    results = results or {}
    # What the pages are made of lives until they are written: the collector, walking it again
    # at every burst of allocations, finds nothing to free (as when plans are loaded).
    with speaking(lang), paused_gc():
        site = collect(plans, as_of, results)
        by_file = dict(plans)
        # A plan's column shows its file's name ("2020"): the home page lists the titles, and a
        # title on each of an agency's thousands of rows would make the page several times
        # larger.
        names = {p.slug: p.name for p in site.plans}
        soon_end = as_of + dt.timedelta(days=site.soon_days)
        listed = DutyTable("list", "", names, lang=lang)
        date, end = format_short_date(as_of), format_short_date(soon_end)
        # Templates get summaries: the rows are written by DutyTable, and freezing every duty
        # for a template would cost more than writing it.
        # The home page lists the most recently due of the overdue duties, HOME_OVERDUE at most:
        # years of duties nobody reported on made it a page of megabytes (15.6 MB for 100
        # plans of 300 tasks), which no one reads on a phone; the agencies' table below it
        # counts every overdue duty and links to each agency's page, which lists all of them.
        overdue = _most_recent(site.overdue, HOME_OVERDUE)
        home = {
            "page": "home", "statuses": STATUSES, "soon_end": soon_end,
            "soon_days": site.soon_days, "overdue_count": len(site.overdue),
            "overdue_shown": len(overdue), "soon_count": len(site.soon),
            "plans": [replace(p, duties=()) for p in site.plans],
            "agencies": [replace(a, duties=()) for a in site.agencies],
            "overdue": listed.html(overdue, t("site.overdue_caption", date=date)),
            "soon": listed.html(site.soon, t("site.soon_caption", start=date, end=end)),
            "on_time": _on_time(site.figures, site),
        }
        out: dict[str, bytes] = {
            "index.html": page("home.html.j2", lang, "", as_of, home),
            "search.html": page("search.html.j2", lang, "", as_of, {"page": "search"}),
            "assets/search-index.js": search.script(search.entries(site, plans), as_of),
            "assets/labels.css": labels_css().encode("utf-8"),
        }
        global _MAKING
        _MAKING = _Making(site, by_file, names, date, templates, lang, as_of)
        work = [(True, n) for n in range(len(site.plans))] + \
               [(False, n) for n in range(len(site.agencies))]
        # A plan's page (its document rendered) costs some twenty rows of an agency's page a
        # duty.
        weights = [20 * site.plans[n].total if is_plan else len(site.agencies[n].duties)
                   for is_plan, n in work]
        try:
            made = pool.ordered_map(_make, work, jobs, weights)
        except pool.WorkerFailed as failure:
            key = "site.worker_ended" if failure.kind == "ended" else "site.worker_failed"
            raise DakplanError(t(key, kind=failure.kind, text=failure.text)) from None
        finally:
            _MAKING = None
        for name, data in made:
            if isinstance(data, DakplanError):
                raise data
            out[name] = data
    assets = files("dakplan.site") / "assets"
    for name in ASSETS:
        out[f"assets/{name}"] = (assets / name).read_bytes()
    return dict(sorted(out.items()))


@dataclass
class _Making:
    """What the plan and agency pages are made from, set before the workers fork."""

    site: Site
    by_file: dict[str, Any]
    names: dict[str, str]
    date: str
    templates: Path | None
    lang: str
    as_of: dt.date
    environments: dict[tuple[Path, ...], object] = field(default_factory=dict)
    rows: Any = None


_MAKING: _Making | None = None


def _make(item: tuple[bool, int]) -> tuple[str, bytes | DakplanError]:
    """One plan's page (``(True, n)``: the ``n``th of ``Site.plans``) or one agency's, by its
    path; the error that stops it, as a value, so that it is raised in order."""
    from dakplan.site.pages import document, page
    from dakplan.site.tables import DutyTable

    making = _MAKING
    assert making is not None
    site, names, date, lang, as_of = (making.site, making.names, making.date, making.lang,
                                      making.as_of)
    is_plan, n = item
    if is_plan:
        entry = site.plans[n]
        name = f"plans/{entry.slug}.html"
        try:
            body, linked = document(entry.file, making.by_file[entry.file], entry,
                                    making.environments, making.templates)
            table = DutyTable("plan", "../", names, linked, lang)
            return name, page(
                "plan.html.j2", lang, "../", as_of,
                {"page": "plan", "entry": replace(entry, duties=()),
                 "document": Markup(body),
                 "table": table.html(entry.duties, t("site.duties_caption", date=date),
                                     anchors=True)},
                allowance=len(body))
        except DakplanError as exc:
            return name, exc
    agency = site.agencies[n]
    name = f"agencies/{agency.slug}.html"
    if making.rows is None:
        # One table for every agency page a process makes: a duty's cells are written once.
        making.rows = DutyTable("agency", "../", names, lang=lang)
    caption = t("site.agency_caption", name=agency.name, date=date)
    try:
        return name, page("agency.html.j2", lang, "../", as_of,
                          {"page": "agency", "entry": replace(agency, duties=()),
                           "table": making.rows.html(agency.duties, caption)})
    except DakplanError as exc:
        return name, exc


def _on_time(figures: Summary | None, site: Site) -> dict[str, Any]:
    """The home page's on-time section: the charts, and their figures as a table."""
    assert figures is not None  # collect counts them
    from dakplan.query.tracking import TRACKED
    from dakplan.site.progress import charts, rate

    def cells(tally: Tally) -> dict[str, Any]:
        return {"counts": [(heads[n], tally.counts[s]) for n, s in enumerate(TRACKED)],
                "total": tally.total, "late": tally.late, "rate": rate(tally)}

    heads = [_capital(t(f"tracked.{status}")) for status in TRACKED]
    slugs = {agency.code: agency.slug for agency in site.agencies}
    return {
        "charts": [{"name": c.name, "svg": Markup(c.svg)} for c in charts(figures)],
        "heads": heads,
        "rows": [{"code": a.code, "name": a.name, "slug": slugs[a.code], **cells(a.all)}
                 for a in figures.agencies],
        "all": cells(figures.plan),
    }


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def build(plans: Plans, folder: Path, as_of: dt.date, lang: str,
          results: Results | None = None, templates: Path | None = None,
          jobs: int = 1) -> Built:
    """Write the site of ``plans`` into ``folder``; ``UsageError`` when the folder is not one
    dakplan may write into (nothing is written then)."""
    inputs = [Path(file) for file, _ in plans]
    previous = _check_folder(folder, inputs)
    made = pages(plans, as_of, lang, results, templates, jobs)
    listing = [_MARKER_HEAD, *(f"{_digest(data)}  {name}" for name, data in made.items())]
    _make_folders(folder, made)
    # The marker first: a build stopped half-way leaves a folder the next build may finish.
    replace_file(folder / MARKER, ("\n".join(listing) + "\n").encode("utf-8"), inputs)
    for name, data in made.items():
        target = folder / name
        if _unchanged(target, data):
            continue
        replace_file(target, data, inputs)
    removed = 0
    for name, digest in previous.items():
        if name not in made and _remove_if(folder / name, digest):
            removed += 1
    return Built(folder, len(made), removed, as_of)


def _check_folder(folder: Path, inputs: list[Path]) -> dict[str, str]:
    """What the previous build wrote (path -> digest); empty for a new or empty folder.
    ``UsageError`` for a folder holding anything else, or holding a plan this run reads."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise UsageError(t("site.not_folder", folder=folder))
    if not folder.exists():
        return {}
    real = folder.resolve()
    for source in inputs:
        if source.resolve().is_relative_to(real):
            raise UsageError(t("site.holds_input", folder=folder, plan=source))
    try:
        entries = sorted(os.listdir(folder))
    except OSError as exc:
        raise UsageError(t("cli.cannot_write", file=folder, reason=exc.strerror)) from None
    if not entries:
        return {}
    marker = folder / MARKER
    if MARKER not in entries or not marker.is_file() or marker.is_symlink():
        plans = [e for e in entries if e.lower().endswith(PLAN_SUFFIXES)]
        key = "site.holds_plan" if plans else "site.not_site"
        raise UsageError(t(key, folder=folder, names=", ".join((plans or entries)[:3])))
    try:
        lines = marker.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise UsageError(t("site.not_site", folder=folder, names=MARKER)) from None
    if not lines or lines[0] != _MARKER_HEAD:
        raise UsageError(t("site.not_site", folder=folder, names=MARKER))
    previous = {}
    for line in lines[1:]:
        digest, _, name = line.partition("  ")
        if name and _safe(name):
            previous[name] = digest
    return previous


def _safe(name: str) -> bool:
    """A path the marker may name: inside the folder, no ``..``, not absolute."""
    parts = name.split("/")
    return not name.startswith("/") and all(p not in ("", ".", "..") for p in parts)


def _make_folders(folder: Path, made: dict[str, bytes]) -> None:
    needed = sorted({str(Path(name).parent) for name in made} - {"."})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for sub in needed:
            path = folder / sub
            if os.path.lexists(path) and (path.is_symlink() or not path.is_dir()):
                raise UsageError(t("site.not_folder", folder=path))
            path.mkdir(exist_ok=True)
    except OSError as exc:
        raise UsageError(t("cli.cannot_write", file=folder, reason=exc.strerror)) from None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unchanged(target: Path, data: bytes) -> bool:
    """The file already holds exactly ``data``: leave it (and its time) alone."""
    try:
        return (target.is_file() and not target.is_symlink()
                and target.stat().st_size == len(data) and target.read_bytes() == data)
    except OSError:
        return False


def _remove_if(path: Path, digest: str) -> bool:
    """Remove a page the previous build wrote and no page replaces now, unless someone has
    changed it since (then it is theirs)."""
    try:
        if path.is_symlink() or not path.is_file() or _digest(path.read_bytes()) != digest:
            return False
        path.unlink()
    except OSError:
        return False
    return True


def _most_recent(overdue: tuple[Duty, ...], most: int) -> tuple[Duty, ...]:
    """The ``most`` duties of ``overdue`` (in deadline order: dated, then recurring, then
    throughout) due most recently, in that order: the dated ones with the latest deadlines,
    and only while there are fewer of those, the undated ones (a duty "throughout" the
    period is overdue once the period is over, with no deadline of its own)."""
    if len(overdue) <= most:
        return overdue
    dated = [duty for duty in overdue if duty.due is not None]
    undated = [duty for duty in overdue if duty.due is None]
    kept = dated[max(len(dated) - most, 0):]
    kept += undated[:most - len(kept)]
    chosen = {id(duty) for duty in kept}
    return tuple(duty for duty in overdue if id(duty) in chosen)
