"""The results charts: each present when it has data, the same bytes from run to run, a real
SVG and PNG, and their numbers from the summary."""

from __future__ import annotations

import datetime as dt
import re
import struct

from dakplan.query.tracking import TRACKED, Tracked
from dakplan.render.charts import CHARTS, _save, charts, media_chart
from dakplan.results.summary import AgencyTally, RoundPoint, Summary, Tally


def tally(**counts: int) -> Tally:
    full = dict.fromkeys(TRACKED, 0)
    full.update({Tracked(k): v for k, v in counts.items()})
    return Tally(full, counts.get("in_progress_overdue", 0))


SUMMARY = Summary(
    as_of=dt.date(2020, 12, 31),
    plan=tally(done_on_time=3, in_progress=2, not_reported=1),
    agencies=(
        AgencyTally("STTTT", "Sở Thông tin và Truyền thông",
                    tally(done_on_time=3, done_late=1, in_progress_overdue=1, not_reported=2),
                    tally(done_on_time=2)),
        AgencyTally("VOV", "Đài Tiếng nói Việt Nam", tally(not_reported=4), tally()),
    ),
    media=(("bao-in", "Báo in", 14), ("bao-noi", "Báo nói", 0)),
    money=(("VOV", "Đài Tiếng nói Việt Nam", 50_000_000),),
    rounds=(RoundPoint("2020-06", dt.date(2020, 6, 30), 0, 6),
            RoundPoint("2020-12", dt.date(2020, 12, 31), 3, 6)),
)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_chart_is_drawn_and_deterministic() -> None:
    first, second = charts(SUMMARY), charts(SUMMARY)
    assert [c.name for c in first] == list(CHARTS) == [
        "status", "rate", "media", "money", "rounds"]
    for a, b in zip(first, second, strict=True):
        assert (a.svg, a.png) == (b.svg, b.png), a.name
        assert a.svg.startswith(b"<?xml") and b"<svg" in a.svg
        assert not re.search(rb"<dc:date>|Matplotlib v", a.svg)  # no date, no tool version
        width, height = png_size(a.png)
        assert width == 1125 and height >= 330
    # Black-and-white print: the statuses are told apart by hatching, not colour alone.
    status = first[0].svg
    assert status.count(b'id="h') >= 4


def test_a_chart_without_data_is_left_out() -> None:
    bare = Summary(SUMMARY.as_of, SUMMARY.plan, SUMMARY.agencies, SUMMARY.media, (),
                   SUMMARY.rounds[:1])
    assert [c.name for c in charts(bare)] == ["status", "rate", "media"]


def test_charts_differ_when_the_numbers_do() -> None:
    other = Summary(SUMMARY.as_of, SUMMARY.plan, SUMMARY.agencies,
                    (("bao-in", "Báo in", 15), ("bao-noi", "Báo nói", 0)), SUMMARY.money,
                    SUMMARY.rounds)
    assert _save(media_chart(other)) != _save(media_chart(SUMMARY))
