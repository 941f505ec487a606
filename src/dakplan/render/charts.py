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

from dakplan.i18n.vn import sort_key
from dakplan.query.tracking import TRACKED, Tracked
from dakplan.results.summary import AgencyTally, Summary

STATUS_LABELS: dict[Tracked, str] = {
    Tracked.DONE_ON_TIME: "Hoàn thành đúng hạn",
    Tracked.DONE_LATE: "Hoàn thành quá hạn",
    Tracked.IN_PROGRESS: "Đang thực hiện trong hạn",
    Tracked.IN_PROGRESS_OVERDUE: "Đang thực hiện quá hạn",
    Tracked.NOT_STARTED: "Chưa thực hiện",
    Tracked.CANCELLED: "Đã hủy",
    Tracked.NOT_REPORTED: "Chưa báo cáo",
}
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


def status_chart(summary: Summary) -> Any:
    agencies = _in_order(summary)
    figure = _figure(len(agencies))
    ax = figure.add_subplot()
    ys = list(range(len(agencies)))[::-1]
    left = [0] * len(agencies)
    for status in TRACKED:
        counts = [a.all.counts[status] for a in agencies]
        color, hatch = _STYLE[status]
        ax.barh(ys, counts, left=left, color=color, hatch=hatch, edgecolor="black",
                linewidth=0.6, label=STATUS_LABELS[status])
        for y, start, n in zip(ys, left, counts, strict=True):
            if n:
                plain = status in _DARK and not hatch  # white on black reads; on hatching not
                ax.text(start + n / 2, y, str(n), ha="center", va="center", fontsize=8,
                        color="white" if plain else "black",
                        bbox=None if plain else
                        {"facecolor": "white", "edgecolor": "none", "pad": 0.6})
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.set_yticks(ys, [_wrap(a.name) for a in agencies], fontsize=8)
    ax.set_xlabel("Số nhiệm vụ (chủ trì và phối hợp)", fontsize=8)
    ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.4 / max(
        len(agencies), 1)), ncol=3, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return figure


def on_time_chart(summary: Summary) -> Any:
    rows = _in_order(summary)
    figure = _figure(len(rows))
    ax = figure.add_subplot()
    rates = [a.all.on_time_rate for a in rows]
    _bars(ax, [_wrap(a.name) for a in rows], [100 * (r or 0) for r in rates],
          [("—" if r is None else f"{100 * r:.0f}%") for r in rates])
    ax.set_xlim(0, 115)
    ax.set_xlabel("Tỷ lệ hoàn thành đúng hạn (%), trong số nhiệm vụ đã hoàn thành hoặc đã "
                  "đến hạn", fontsize=8)
    return figure


def media_chart(summary: Summary) -> Any:
    figure = _figure(len(summary.media))
    ax = figure.add_subplot()
    _bars(ax, [label for _, label, _ in summary.media], [n for _, _, n in summary.media],
          [f"{n:,}".replace(",", ".") for _, _, n in summary.media])
    ax.set_xlabel("Số sản phẩm", fontsize=8)
    return figure


def money_chart(summary: Summary, money: Money | None = None) -> Any:
    rows = summary.money if money is None else money
    figure = _figure(len(rows))
    ax = figure.add_subplot()
    _bars(ax, [_wrap(name) for _, name, _ in rows], [amount for _, _, amount in rows],
          [_money(amount) for _, _, amount in rows])
    ax.set_xticks([])
    ax.set_xlabel("Kinh phí (đồng)", fontsize=8)
    return figure


def rounds_chart(summary: Summary) -> Any:
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
    ax.set_ylabel("Nhiệm vụ đã hoàn thành", fontsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return figure


CHARTS: dict[str, tuple[str, Callable[[Summary], bool]]] = {
    "status": ("Tình trạng nhiệm vụ theo cơ quan (chủ trì và phối hợp)",
               lambda s: bool(s.agencies)),
    "rate": ("Tỷ lệ hoàn thành đúng hạn theo cơ quan", lambda s: bool(s.agencies)),
    "media": ("Sản phẩm truyền thông theo loại hình", lambda s: bool(s.media)),
    "money": ("Kinh phí theo cơ quan", lambda s: bool(s.money)),
    "rounds": ("Tiến độ qua các đợt báo cáo", lambda s: len(s.rounds) >= 2),
}
"""Each chart: its title, and whether the summary has anything to show."""

_DRAW: dict[str, Callable[[Summary], Any]] = {
    "status": status_chart, "rate": on_time_chart, "media": media_chart,
    "money": money_chart, "rounds": rounds_chart}


def available(summary: Summary, money: Money | None = None) -> list[tuple[str, str]]:
    """(name, title) of every chart the summary has data for, in report order, drawing
    nothing; ``money``: the rows of the money chart when not the summary's own (a report's
    partners)."""
    out = []
    for name, (title, shown) in CHARTS.items():
        if name == "money" and money is not None:
            if any(amount for _, _, amount in money):
                out.append((name, "Kinh phí theo cơ quan báo chí"))
        elif shown(summary):
            out.append((name, title))
    return out


def draw(name: str, title: str, summary: Summary, money: Money | None = None,
         svg: bool = True, png: bool = True) -> Chart:
    """One chart, as SVG and/or PNG."""
    figure = money_chart(summary, money) if name == "money" else _DRAW[name](summary)
    vector, raster = _save(figure, svg, png)
    return Chart(name, title, vector, raster)


def charts(summary: Summary, money: Money | None = None) -> list[Chart]:
    """Every chart the summary has data for, in report order."""
    return [draw(name, title, summary, money) for name, title in available(summary, money)]
