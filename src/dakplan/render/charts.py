"""The charts of the results report, as SVG (Markdown, HTML) and PNG (Word), from a
``results.summary.Summary``:

* status per agency, stacked bars; on-time rate per agency; products per media format; money
  per agency; progress over the rounds (when there are two or more).

Drawn with matplotlib: one library gives both the vector SVG and the PNG Word needs
(python-docx takes PNG, not SVG), it installs from wheels on every platform with no system
library (cairosvg would need libcairo), and it brings DejaVu Sans, a font with every
Vietnamese letter. Only its object API is used (``Figure``, no ``pyplot`` state).

Read in black and white: every status has its own hatching and shade of grey, and every bar is
labelled with its number. The same summary gives the same bytes: no date or tool version in
the files, and the SVG's ids are salted with a fixed text.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dakplan.i18n import template
from dakplan.i18n.vn import sort_key
from dakplan.query.tracking import TRACKED, Tracked
from dakplan.results.summary import AgencyTally, Summary


def _say(key: str, lang: str) -> str:
    """A chart's words in ``lang`` (the catalogue's ``chart.*``): the results report is a
    Vietnamese document whatever the reader's language, the site is in its own."""
    return template(f"chart.{key}", lang)


def status_label(status: Tracked, lang: str = "vi") -> str:
    """The legend's name of a status ("Hoàn thành đúng hạn")."""
    return _say(status.value, lang)


_STYLE: dict[Tracked, tuple[str, str]] = {
    Tracked.DONE_ON_TIME: ("#1a1a1a", ""),
    Tracked.DONE_LATE: ("#555555", "///"),
    Tracked.IN_PROGRESS: ("#8c8c8c", ""),
    Tracked.IN_PROGRESS_OVERDUE: ("#b0b0b0", "xxx"),
    Tracked.NOT_STARTED: ("#d9d9d9", "..."),
    Tracked.CANCELLED: ("#ffffff", "\\\\\\"),
    Tracked.NOT_REPORTED: ("#ffffff", ""),
}
_DARK = {Tracked.DONE_ON_TIME, Tracked.DONE_LATE}


Money = tuple[tuple[str, str, int], ...]
"""(code, name, đồng) of each bar of the money chart."""


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    svg: bytes
    png: bytes


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"


def _figure(rows: int) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(7.5, max(2.2, 0.45 * rows + 1.3)), dpi=100)
    figure.set_layout_engine("constrained")
    return figure


def _save(figure: Any, svg: bool = True, png: bool = True) -> tuple[bytes, bytes]:
    """The figure as SVG and as PNG (each ``b""`` when not asked for: a document takes one)."""
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "dakplan", "svg.fonttype": "path",
                                "font.family": "DejaVu Sans", "hatch.linewidth": 0.8}):
        vector, raster = io.BytesIO(), io.BytesIO()
        if svg:
            figure.savefig(vector, format="svg", metadata={"Date": None, "Creator": None})
        if png:
            figure.savefig(raster, format="png", dpi=150, metadata={"Software": None})
    return vector.getvalue(), raster.getvalue()


def _bars(ax: Any, labels: list[str], values: list[float], texts: list[str]) -> None:
    ys = list(range(len(labels)))[::-1]
    ax.barh(ys, values, color="#8c8c8c", edgecolor="black", linewidth=0.6, hatch="//")
    top = max(values, default=0) or 1
    for y, value, text in zip(ys, values, texts, strict=True):
        ax.text(value + top * 0.01, y, text, va="center", fontsize=8)
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlim(0, top * 1.25)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _in_order(summary: Summary) -> list[AgencyTally]:
    """The agencies top to bottom in Vietnamese order of their names, as the report's tables
    list them."""
    return sorted(summary.agencies, key=lambda a: (sort_key(a.name), a.code))


def status_chart(summary: Summary, lang: str = "vi") -> Any:
    agencies = _in_order(summary)
    figure = _figure(len(agencies))
    ax = figure.add_subplot()
    ys = list(range(len(agencies)))[::-1]
    left = [0] * len(agencies)
    for status in TRACKED:
        counts = [a.all.counts[status] for a in agencies]
        color, hatch = _STYLE[status]
        ax.barh(ys, counts, left=left, color=color, hatch=hatch, edgecolor="black",
                linewidth=0.6, label=status_label(status, lang))
        for y, start, n in zip(ys, left, counts, strict=True):
            if n:
                plain = status in _DARK and not hatch  # white on black reads; on hatching not
                ax.text(start + n / 2, y, str(n), ha="center", va="center", fontsize=8,
                        color="white" if plain else "black",
                        bbox=None if plain else
                        {"facecolor": "white", "edgecolor": "none", "pad": 0.6})
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.set_yticks(ys, [_wrap(a.name) for a in agencies], fontsize=8)
    ax.set_xlabel(_say("status_axis", lang), fontsize=8)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.4 / max(
        len(agencies), 1)), ncol=3, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return figure


def on_time_chart(summary: Summary, lang: str = "vi") -> Any:
    rows = _in_order(summary)
    figure = _figure(len(rows))
    ax = figure.add_subplot()
    rates = [a.all.on_time_rate for a in rows]
    _bars(ax, [_wrap(a.name) for a in rows], [100 * (r or 0) for r in rates],
          [("—" if r is None else f"{100 * r:.0f}%") for r in rates])
    ax.set_xlim(0, 115)
    ax.set_xlabel(_say("rate_axis", lang), fontsize=8)
    return figure


def media_chart(summary: Summary, lang: str = "vi") -> Any:
    figure = _figure(len(summary.media))
    ax = figure.add_subplot()
    _bars(ax, [label for _, label, _ in summary.media], [n for _, _, n in summary.media],
          [f"{n:,}".replace(",", ".") for _, _, n in summary.media])
    ax.set_xlabel(_say("media_axis", lang), fontsize=8)
    return figure


def money_chart(summary: Summary, money: Money | None = None, lang: str = "vi") -> Any:
    rows = summary.money if money is None else money
    figure = _figure(len(rows))
    ax = figure.add_subplot()
    _bars(ax, [_wrap(name) for _, name, _ in rows], [amount for _, _, amount in rows],
          [_money(amount) for _, _, amount in rows])
    ax.set_xticks([])
    ax.set_xlabel(_say("money_axis", lang), fontsize=8)
    return figure


def rounds_chart(summary: Summary, lang: str = "vi") -> Any:
    figure = _figure(3)
    ax = figure.add_subplot()
    xs = list(range(len(summary.rounds)))
    done = [p.done for p in summary.rounds]
    ax.plot(xs, done, color="black", marker="o", linewidth=1.2)
    for x, point in zip(xs, summary.rounds, strict=True):
        ax.annotate(f"{point.done}/{point.total}", (x, point.done), textcoords="offset points",
                    xytext=(0, 7), ha="center", fontsize=8)
    ax.set_xticks(xs, [f"{p.round}\n{p.as_of:%d/%m/%Y}" for p in summary.rounds], fontsize=8)
    from matplotlib.ticker import MaxNLocator

    ax.set_ylim(0, max(p.total for p in summary.rounds) * 1.1)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xmargin(0.1)
    ax.set_ylabel(_say("rounds_axis", lang), fontsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return figure


CHARTS: dict[str, Callable[[Summary], bool]] = {
    "status": lambda s: bool(s.agencies),
    "rate": lambda s: bool(s.agencies),
    "media": lambda s: bool(s.media),
    "money": lambda s: bool(s.money),
    "rounds": lambda s: len(s.rounds) >= 2,
}
"""Each chart (its title the catalogue's ``chart.NAME``), and whether the summary has anything
to show."""

_DRAW: dict[str, Callable[[Summary, str], Any]] = {
    "status": status_chart, "rate": on_time_chart, "media": media_chart,
    "money": lambda summary, lang: money_chart(summary, None, lang), "rounds": rounds_chart}


def available(summary: Summary, money: Money | None = None,
              lang: str = "vi") -> list[tuple[str, str]]:
    """(name, title) of every chart the summary has data for, in report order, drawing
    nothing; ``money``: the rows of the money chart when not the summary's own (a report's
    partners); ``lang``: the language of the titles (the report's: Vietnamese)."""
    out = []
    for name, shown in CHARTS.items():
        if name == "money" and money is not None:
            if any(amount for _, _, amount in money):
                out.append((name, _say("money_partners", lang)))
        elif shown(summary):
            out.append((name, _say(name, lang)))
    return out


def draw(name: str, title: str, summary: Summary, money: Money | None = None,
         svg: bool = True, png: bool = True, lang: str = "vi") -> Chart:
    """One chart, as SVG and/or PNG, its words in ``lang``."""
    figure = (money_chart(summary, money, lang) if name == "money"
              else _DRAW[name](summary, lang))
    vector, raster = _save(figure, svg, png)
    return Chart(name, title, vector, raster)


def charts(summary: Summary, money: Money | None = None, lang: str = "vi") -> list[Chart]:
    """Every chart the summary has data for, in report order."""
    return [draw(name, title, summary, money, lang=lang)
            for name, title in available(summary, money, lang)]
