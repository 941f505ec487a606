"""The home page's on-time rates per agency, with the results report's charts.

Each plan's results (its results files, ``results/<plan>/<round>/<AGENCY>.yaml``, checked by
the command, and its own ``status``/``progress`` records) are summarised as ``dakplan results
summary`` summarises them (every duty an agency leads or coordinates, judged by that agency's
own report, by the tracking rule of ``query.tracking``), then added up per agency over the
plans: ``site.collect`` counts them in the walk that makes the pages' rows
(``Site.figures``), each duty judged once. The charts are the report's own
(``render.charts``), drawn from that sum as SVG alone and put in the page as elements; the
table beside them gives the same figures as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dakplan.query.tracking import Tracked
from dakplan.results.summary import Summary, Tally

CHARTS = ("status", "rate")
"""The report's charts the home page shows: the agencies' duties by status, their on-time
rates."""


@dataclass(frozen=True)
class Chart:
    name: str
    svg: str
    """An ``<svg>`` element for the page: labelled by the element ``chart-NAME``, its ids
    made its own (two charts on one page would otherwise share a glyph's id)."""


def charts(figures: Summary) -> list[Chart]:
    """The report's charts of ``figures`` the home page shows, as SVG elements; none when
    nobody has reported anything yet (as the report: every bar would say "not reported")."""
    reported = [t for t in (figures.plan, *(a.all for a in figures.agencies))
                if t.total > t.counts[Tracked.NOT_REPORTED]]
    if not reported:
        return []
    from dakplan.i18n import language
    from dakplan.render.charts import available, draw

    lang = language()  # the site's: its pages are made in it
    return [Chart(name, inline(draw(name, title, figures, png=False, lang=lang).svg,
                               f"chart-{name}"))
            for name, title in available(figures, lang=lang) if name in CHARTS]


_BEFORE_ROOT = re.compile(r"\A.*?(?=<svg\b)", re.S)
_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
# The file's one style rule is for every element of the document it is in: in a page, the
# site's style sheet gives it to the charts alone (`.chart svg *`).
_STYLE = re.compile(r"\s*<style type=\"text/css\">[^<]*</style>")
_ID = re.compile(r' id="([^"]*)"')
_REFERENCE = re.compile(r'(url\(#|href="#)([^")]*)')


def inline(svg: bytes, label: str) -> str:
    """The SVG file ``svg`` as an element of a page: no XML declaration, doctype or metadata;
    labelled by the element whose id is ``label``; an id that something refers to prefixed with
    ``label`` and one nothing refers to left out."""
    text = svg.decode("utf-8")
    text = _METADATA.sub("", _BEFORE_ROOT.sub("", text, count=1), count=1)
    text = _STYLE.sub("", text, count=1)
    used = {m.group(2) for m in _REFERENCE.finditer(text)}
    text = _ID.sub(lambda m: f' id="{label}-{m.group(1)}"' if m.group(1) in used else "", text)
    text = _REFERENCE.sub(lambda m: f"{m.group(1)}{label}-{m.group(2)}", text)
    return text.replace("<svg ", f'<svg role="img" aria-labelledby="{label}" ', 1).rstrip()


def rate(tally: Tally) -> str:
    """The on-time rate as the charts label it: "75 %", "—" when nothing is due or done yet."""
    value = tally.on_time_rate
    return "—" if value is None else f"{100 * value:.0f} %"
