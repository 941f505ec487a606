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

from dakplan.query.tracking import TRACKED, Tracked
from dakplan.results.summary import Summary

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

    figure = Figure(figsize=(7.5, max(2.2, 0.55 * rows + 1.4)), dpi=100)
    figure.set_layout_engine("constrained")
    return figure


def _save(figure: Any) -> tuple[bytes, bytes]:
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": "dakplan", "svg.fonttype": "path",
                                "font.family": "DejaVu Sans", "hatch.linewidth": 0.8}):
        svg, png = io.BytesIO(), io.BytesIO()
        figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        figure.savefig(png, format="png", dpi=150, metadata={"Software": None})
    return svg.getvalue(), png.getvalue()


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


def status_chart(summary: Summary) -> Any:
    agencies = summary.agencies
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
                ax.text(start + n / 2, y, str(n), ha="center", va="center", fontsize=8,
                        color="white" if status in _DARK else "black",
                        bbox=None if status in _DARK else
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
    rows = list(summary.agencies)
    figure = _figure(len(rows))
    ax = figure.add_subplot()
    rates = [a.all.on_time_rate for a in rows]
    _bars(ax, [_wrap(a.name) for a in rows], [100 * (r or 0) for r in rates],
          [("—" if r is None else f"{100 * r:.0f} %") for r in rates])
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


def money_chart(summary: Summary) -> Any:
    figure = _figure(len(summary.money))
    ax = figure.add_subplot()
    _bars(ax, [_wrap(name) for _, name, _ in summary.money],
          [amount for _, _, amount in summary.money],
          [_money(amount) for _, _, amount in summary.money])
    ax.set_xticks([])
    ax.set_xlabel("Kinh phí (đồng)", fontsize=8)
    return figure


def rounds_chart(summary: Summary) -> Any:
    figure = _figure(4)
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


CHARTS: dict[str, tuple[str, Callable[[Summary], Any], Callable[[Summary], bool]]] = {
    "status": ("Tình trạng nhiệm vụ theo cơ quan", status_chart,
               lambda s: bool(s.agencies)),
    "on_time": ("Tỷ lệ hoàn thành đúng hạn theo cơ quan", on_time_chart,
                lambda s: bool(s.agencies)),
    "media": ("Sản phẩm truyền thông theo loại hình", media_chart, lambda s: bool(s.media)),
    "money": ("Kinh phí theo cơ quan", money_chart, lambda s: bool(s.money)),
    "rounds": ("Tiến độ qua các đợt báo cáo", rounds_chart, lambda s: len(s.rounds) >= 2),
}
"""Each chart: its title, how it is drawn, and whether the summary has anything to show."""


def charts(summary: Summary) -> list[Chart]:
    """Every chart the summary has data for, in report order."""
    out = []
    for name, (title, draw, shown) in CHARTS.items():
        if shown(summary):
            svg, png = _save(draw(summary))
            out.append(Chart(name, title, svg, png))
    return out
