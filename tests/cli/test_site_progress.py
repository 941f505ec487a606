"""The home page's on-time rates per agency: the figures of ``dakplan results summary`` (the
results files and the plan's own records), the report's charts as SVG in the page, and the
same figures as a table; the same bytes run to run."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020

AS_OF = "2020-12-16"
# agency -> task id -> what it reported in round 2020-12. Not a word of this was reported.
ROUND = {
    "STTTT": {"stttt-danh-gia-nam": ("done", "2020-12-10"),
              "stttt-hop-bao-dinh-ky": ("in_progress", None),
              "stttt-cung-cap-thong-tin": ("done", "2020-10-01"),
              "stttt-giao-luu": ("not_started", None),
              "stttt-khen-thuong": ("cancelled", None)},
    "VOV": {"bctw-bao-cao-ket-qua": ("in_progress", None),
            "bctw-tu-lieu": ("done", "2020-12-01"),
            "stttt-danh-gia-nam": ("done", "2020-12-14")},
    "TTXVN": {"bctw-bao-cao-ket-qua": ("done", "2020-12-14")},
}


def _results(root: Path, agency: str, tasks: dict[str, tuple[str, str | None]]) -> None:
    lines = ["dakplan_results: 1", "plan: '2020'", f"agency: {agency}", "round: 2020-12",
             "as_of: 2020-12-15", "tasks:"]
    for task, (status, completed) in tasks.items():
        lines += [f"  {task}:", f"    status: {status}"]
        if completed:
            lines.append(f"    completed: {completed}")
    folder = root / "results" / "2020" / "2020-12"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{agency}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plan repository: plans/2020.yaml and a round of results from three agencies."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    shutil.copy(PLAN_2020, root / "plans" / "2020.yaml")
    for agency, tasks in ROUND.items():
        _results(root, agency, tasks)
    return root


class _Rows(HTMLParser):
    """The rows of the on-time table: each cell's text, the header cell first."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.inside = False
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and "on-time" in (dict(attrs).get("class") or ""):
            self.inside = True
        elif self.inside and tag == "tr":
            self.rows.append([])
        elif self.inside and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = False
        elif self.inside and tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _table(home: str) -> list[list[str]]:
    parser = _Rows()
    parser.feed(home)
    return parser.rows


def _build(run: Any, repo: Path, out: Path, *extra: str) -> str:
    result = run(*extra, "site", str(repo / "plans"), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    return (out / "index.html").read_text(encoding="utf-8")


def test_the_table_gives_what_results_summary_gives(run: Any, repo: Path,
                                                    tmp_path: Path) -> None:
    home = _build(run, repo, tmp_path / "site")
    summary = run("results", "summary", "--plan", str(repo / "plans" / "2020.yaml"),
                  "--as-of", AS_OF, "-f", "json")
    assert summary.exit_code == 0, summary.stderr
    figures = json.loads(summary.stdout)
    head, *rows, every = _table(home)
    assert head == ["Cơ quan", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                    "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Chưa thực hiện",
                    "Đã hủy", "Chưa báo cáo", "Tổng", "Trong đó quá hạn", "Tỷ lệ đúng hạn"]

    def shown(tally: dict[str, Any]) -> list[str]:
        rate = tally["on_time_rate"]
        return [*(str(n) for n in tally["counts"].values()), str(tally["total"]),
                str(tally["late"]), "—" if rate is None else f"{100 * rate:.0f} %"]

    by_code = {a["code"]: a for a in figures["agencies"]}
    assert len(rows) == len(by_code) == 7
    for row in rows:
        code = row[0].rsplit(" ", 1)[1]
        assert row[0] == f"{by_code[code]['name']} {code}"
        assert row[1:] == shown(by_code[code]), code
    assert every[1:] == shown(figures["plan"])
    stttt = next(row for row in rows if row[0].endswith("STTTT"))
    assert stttt[1:] == ["2", "0", "1", "0", "1", "1", "9", "14", "1", "67 %"]


def test_the_report_charts_are_in_the_page(run: Any, repo: Path, tmp_path: Path) -> None:
    home = _build(run, repo, tmp_path / "site")
    assert home.count('<figure class="chart">') == 2
    for name in ("status", "rate"):
        assert f'<svg role="img" aria-labelledby="chart-{name}" ' in home
        assert f'<span id="chart-{name}">' in home
    assert "<?xml" not in home and "<metadata>" not in home and "<!DOCTYPE svg" not in home
    ids = re.findall(r' id="([^"]*)"', home)
    assert len(ids) == len(set(ids))  # two charts, one glyph: each keeps its own id
    for target in re.findall(r'(?:url\(#|href="#)([^")]*)', home):
        assert target in ids, target
    assert 'href="#on-time-figures"' in home and 'id="on-time-figures"' in home


def test_the_same_bytes_run_to_run(run: Any, repo: Path, tmp_path: Path) -> None:
    first = _build(run, repo, tmp_path / "a")
    assert _build(run, repo, tmp_path / "b") == first
    # A later round changes the figures, and the page with them.
    _results(repo, "VOV", {**ROUND["VOV"], "bctw-bao-cao-ket-qua": ("done", "2020-12-15")})
    assert _build(run, repo, tmp_path / "c") != first


def test_in_english(run: Any, repo: Path, tmp_path: Path) -> None:
    home = _build(run, repo, tmp_path / "site", "--lang", "en")
    head, *_ = _table(home)
    assert head[:3] == ["Agency", "Done on time", "Done late"]
    assert head[-3:] == ["Total", "Of which overdue", "On-time rate"]
    assert '<span id="chart-rate">On-time rate by agency</span>' in home


def test_a_results_file_with_errors_writes_nothing(run: Any, repo: Path,
                                                   tmp_path: Path) -> None:
    broken = repo / "results" / "2020" / "2020-12" / "VOV.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("status: done",
                                                                 "status: finished"),
                      encoding="utf-8")
    out = tmp_path / "site"
    result = run("site", str(repo / "plans"), "-o", str(out), "--as-of", AS_OF)
    assert result.exit_code == 1
    assert f"{broken}:10:13: DK104" in result.stderr
    assert not out.exists()


def test_nothing_reported_a_table_and_no_chart(run: Any, repo: Path, tmp_path: Path) -> None:
    shutil.rmtree(repo / "results")
    home = _build(run, repo, tmp_path / "site")
    assert "<svg" not in home and '<figure class="chart">' not in home
    head, *rows, every = _table(home)
    assert len(rows) == 7 and every[-4:] == ["17", "17", "2", "0 %"]


def test_the_charts_speak_the_site_language(run: Any, repo: Path, tmp_path: Path) -> None:
    # matplotlib writes each text of a chart, drawn as paths, in a comment before it.
    english = _build(run, repo, tmp_path / "en", "--lang", "en")
    for words in ("Done on time", "Not reported", "Duties (led and coordinated)",
                  "Done on time (%), of the duties done or past their deadline"):
        assert f"<!-- {words} -->" in english, words
    assert "<!-- Hoàn thành đúng hạn -->" not in english
    assert "<!-- Chưa báo cáo -->" not in english
    vietnamese = _build(run, repo, tmp_path / "vi")
    for words in ("Hoàn thành đúng hạn", "Chưa báo cáo", "Số nhiệm vụ (chủ trì và phối hợp)"):
        assert f"<!-- {words} -->" in vietnamese, words
    assert "<!-- Done on time -->" not in vietnamese
