"""`dakplan render report` over results files: the round of three agencies of
tests/resultskit.py (sheets written, filled as a person would, imported) gives the 2020 report
its exact counts and rates, its charts in every format, the same bytes on every run; a plan
over five years gets one line per year."""

from __future__ import annotations

import base64
import io
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import PLAN_2020
from dakplan.cli import app
from dakplan.i18n import set_language
from resultskit import ROUND_06, ROUND_12, fill

FAMILY = Path(__file__).resolve().parent.parent / "family"

STATUS_ROWS = ("| Hoàn thành đúng hạn | {} |\n| Hoàn thành quá hạn | {} |\n"
               "| Đang thực hiện trong hạn | {} |\n| Đang thực hiện quá hạn | {} |\n"
               "| Chưa thực hiện | {} |\n| Đã hủy | {} |\n| Chưa báo cáo | {} |\n"
               "| **Tổng số** | **{}** |\n"
               "| *Trong đó quá hạn (chưa hoàn thành khi đã hết hạn)* | *{}* |\n")
CHARTS = 5  # progress over the two rounds, status and rate per agency, money, products


def _invoke(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    set_language("en")
    return result


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    (root / "plans").mkdir()
    plan = root / "plans" / "2020.yaml"
    shutil.copy(PLAN_2020, plan)
    for as_of, values in (("2020-06-30", ROUND_06), ("2020-12-31", ROUND_12)):
        for agency, cells in values.items():
            sheet = root / f"{agency}-{as_of}.xlsx"
            made = _invoke("tasks", str(plan), "--agency", agency, "-f", "xlsx", "-o",
                           str(sheet), "--as-of", as_of)
            assert made.exit_code == 0, made.output
            taken = _invoke("results", "import", str(fill(sheet, cells)), "--plan", str(plan))
            assert taken.exit_code == 0, taken.output
            sheet.unlink()
    return root


def _render(repo: Path, fmt: str, *more: str) -> bytes:
    out = repo / f"baocao.{fmt}"
    result = _invoke("render", "report", str(repo / "plans" / "2020.yaml"), "--as-of",
                     "2020-12-31", "-o", str(out), *more)
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    out.unlink()
    return data


def test_the_2020_report_has_the_rounds_figures(repo: Path) -> None:
    md = _render(repo, "md").decode("utf-8")
    # the duties once each, by their lead's report (results summary's "plan"), adding up
    assert STATUS_ROWS.format(3, 0, 5, 1, 2, 1, 5, 17, 1) in md
    assert ("Kế hoạch có 17 nhiệm vụ; đến 31/12/2020 đã hoàn thành 3 nhiệm vụ, 1 nhiệm vụ quá "
            "hạn chưa hoàn thành. Tỷ lệ hoàn thành đúng hạn: 75% ") in md
    # per agency both roles, as `tasks --agency` counts them (Sở TT&TT 14, of which it leads
    # 12), each by its own report; the same figures as `results summary`
    assert "| Sở Thông tin và Truyền thông | 14 | 3 | 1 | 2 | 0 | 1 | 1 | 6 | 0 |\n" in md
    assert "| Đài Tiếng nói Việt Nam | 12 | 3 | 0 | 0 | 1 | 1 | 0 | 7 | 1 |\n" in md
    assert "| Thông tấn xã Việt Nam | 12 | 2 | 0 | 1 | 0 | 0 | 0 | 9 | 1 |\n" in md
    assert ("| Ban điều hành kênh Truyền hình Quốc gia VTV8 | 12 | 0 | 0 | 0 | 0 | 0 | 0 | 12 "
            "| 2 |\n") in md
    assert ("| Sở Thông tin và Truyền thông | 14 | 12 | 75% | 4 | 120.000.000 đồng |\n") in md
    assert "| Đài Tiếng nói Việt Nam | 12 | 5 | 75% | 54 | 50.000.000 đồng |\n" in md
    assert "| Thông tấn xã Việt Nam | 12 | 5 | 67% | 50 | 80.000.000 đồng |\n" in md
    assert "| Ban điều hành kênh Truyền hình Quốc gia VTV8 | 12 | 5 | 0% | 0 | 0 đồng |\n" in md
    # the tasks with what was reported, completion days included
    assert ("| 13 | Trước ngày 15/12/2020, Sở Thông tin và Truyền thông chủ trì phối hợp với các "
            "đơn vị đầu mối") in md
    assert ("| trước ngày 15/12/2020 | Hoàn thành đúng hạn ngày 10/12/2020: *Đã tổ chức hội "
            "nghị đánh giá* |") in md
    assert "| trước ngày 15/12/2020 | Đang thực hiện quá hạn |" in md  # the BCTW report
    # products and money per partner and per format; contracts by task name, never by id
    assert "| Thông tấn xã Việt Nam | 10 | 40 | 0 | 0 | 50 | 80.000.000 đồng | 07/HĐ-TTXVN |" \
        in md
    assert ("| Báo in | 14 |\n| Báo điện tử | 70 |\n| Báo hình | 0 |\n| Báo nói | 24 |\n"
            "| **Tổng số** | **108** |") in md
    assert ("| 12/HĐ-STTTT | Sở Thông tin và Truyền thông | 16. Căn cứ nội dung truyền thông "
            "theo Kế hoạch này và kinh phí được UBND tỉnh giao, Sở Thông… | 30/11/2020 | 4 "
            "| 120.000.000 đồng |") in md
    assert "| **Tổng cộng** | | | | **108** | **250.000.000 đồng** |" in md
    assert not re.search(r"\| (stttt|bctw)-[a-z-]+ \|", md)
    # the charts in the file itself, as SVG data
    uris = re.findall(r"^!\[([^\]]+)\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)$", md,
                      re.MULTILINE)
    assert [title for title, _ in uris] == [
        "Tiến độ qua các đợt báo cáo", "Tình trạng nhiệm vụ theo cơ quan (chủ trì và phối hợp)",
        "Tỷ lệ hoàn thành đúng hạn theo cơ quan", "Kinh phí theo cơ quan báo chí",
        "Sản phẩm truyền thông theo loại hình"]
    assert all(b"<svg" in base64.b64decode(data) for _, data in uris)
    assert _render(repo, "md").decode("utf-8") == md  # the same bytes again


def test_the_charts_are_in_the_page_and_in_word(repo: Path) -> None:
    html = _render(repo, "html")
    assert html == _render(repo, "html")
    page = html.decode("utf-8")
    figures = re.findall(r'<figure class="chart" id="chart-([a-z]+)">\n<svg role="img" '
                         r'aria-label="([^"]+)"', page)
    assert [name for name, _ in figures] == ["rounds", "status", "rate", "money", "media"]
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page
    assert page.count("<figcaption>") == CHARTS

    word = _render(repo, "docx")
    assert word == _render(repo, "docx")
    with zipfile.ZipFile(io.BytesIO(word)) as archive:
        pictures = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(pictures) == CHARTS
        assert all(archive.read(n)[:8] == b"\x89PNG\r\n\x1a\n" for n in pictures)
    import docx

    document = docx.Document(io.BytesIO(word))
    assert len(document.inline_shapes) == CHARTS
    from dakplan.render.docx import CHART_WIDTH, TEXT_WIDTH

    assert all(shape.width == CHART_WIDTH for shape in document.inline_shapes)
    # the task column takes about half the text width: the 2020 report's task list fits on
    # two pages instead of five, agency names no longer broken word by word
    tasks = next(t for t in document.tables if t.rows[0].cells[1].text == "Nhiệm vụ"
                 and len(t.columns) == 5)
    assert tasks.columns[1].width > 0.45 * TEXT_WIDTH
    assert tasks.columns[2].width > 0.14 * TEXT_WIDTH  # "Các cơ quan báo chí Trung ương"


def test_results_from_another_folder(repo: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "rounds"
    shutil.copytree(repo / "results" / "2020", elsewhere)
    plan = tmp_path / "2020.yaml"
    shutil.copy(PLAN_2020, plan)
    bare = _invoke("render", "report", str(plan), "--as-of", "2020-12-31").stdout
    assert STATUS_ROWS.format(0, 0, 0, 0, 0, 0, 17, 17, 2) in bare
    given = _invoke("render", "report", str(plan), "--as-of", "2020-12-31", "--results",
                    str(elsewhere)).stdout
    assert STATUS_ROWS.format(3, 0, 5, 1, 2, 1, 5, 17, 1) in given


def test_a_chart_the_report_has_not_is_a_template_error(repo: Path, tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copy(PLAN_2020, tmp_path / "plans" / "2020.yaml")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "chart.md.j2").write_text(
        "# Biểu đồ\n\n![Tiến độ](chart:rounds)\n", encoding="utf-8")
    result = _invoke("render", "chart", str(tmp_path / "plans" / "2020.yaml"))
    assert result.exit_code == 2
    # nothing reported: nothing to draw
    assert result.stderr == ("dakplan: the template shows chart 'rounds', which this report does "
                             "not have; its charts: -\n")
    (tmp_path / "results").mkdir()
    shutil.copytree(repo / "results" / "2020", tmp_path / "results" / "2020")
    (tmp_path / "templates" / "chart.md.j2").write_text(
        "# Biểu đồ\n\n![Tiến độ](chart:nope)\n", encoding="utf-8")
    result = _invoke("render", "chart", str(tmp_path / "plans" / "2020.yaml"))
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: the template shows chart 'nope', which this report does "
                             "not have; its charts: status, rate, media, money, rounds\n")


FIVE_YEAR_ROUNDS = {
    "2021-12/STTTT": """\
dakplan_results: 1
plan: kt
agency: STTTT
round: 2021-12
as_of: 2021-12-31
tasks:
  stttt-danh-muc-nam: {status: done, completed: 2021-11-10}
  stttt-bao-cao-nam: {status: done, completed: 2021-12-20}
  stttt-thuong-truc: {status: in_progress}
""",
    "2022-12/STTTT": """\
dakplan_results: 1
plan: kt
agency: STTTT
round: 2022-12
as_of: 2022-12-31
tasks:
  stttt-danh-muc-nam: {status: done, completed: 2022-11-14}
  stttt-bao-cao-nam: {status: done, completed: 2022-12-12}
  stttt-thuong-truc: {status: in_progress}
  stttt-du-toan: {status: done, completed: 2022-08-01}
""",
}


def test_a_five_year_plan_has_a_line_per_year(tmp_path: Path) -> None:
    """Invented rounds for the five-year family plan. 2021: eleven duties, ten due that year
    (the window of 2024-2025 is not): the yearly list done on 10/11 (due 15/11, on time), the
    yearly report on 20/12 (due 15/12, late), the standing duty in progress, the one deadline
    of 31/03/2021 not reported and past; 2022: the same nine yearly and standing ones (the
    2021 deadline is behind), three done on time; 2023, as of 30/06: nothing reported yet
    this year, so last year's "done" answers for nothing."""
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "kt.yaml"
    shutil.copy(FAMILY / "five-year" / "plan.yaml", plan)
    for name, text in FIVE_YEAR_ROUNDS.items():
        target = tmp_path / "results" / "kt" / f"{name}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    result = _invoke("render", "report", str(plan), "--as-of", "2023-06-30")
    assert result.exit_code == 0, result.output
    assert ("| 2021 | 10 | 1 | 1 | 1 | 0 | 0 | 0 | 7 | 1 | 33% |\n"
            "| 2022 | 9 | 3 | 0 | 1 | 0 | 0 | 0 | 5 | 0 | 100% |\n"
            "| 2023 | 9 | 0 | 0 | 0 | 0 | 0 | 0 | 9 | 0 | — |\n") in result.stdout
    assert "### VII. NHIỆM VỤ GIAI ĐOẠN TIẾP THEO" in result.stdout


def test_plan_text_never_becomes_a_chart(tmp_path: Path) -> None:
    """Plan text is escaped before any chart line is looked for: a duty worded as a chart
    reference stays its words, in every format."""
    import yaml

    from conftest import dump_plan

    data = yaml.safe_load(PLAN_2020.read_text(encoding="utf-8"))

    def duties(node: Any) -> Any:
        if isinstance(node, dict):
            if "duty" in node:
                yield node["duty"]
            for value in node.values():
                yield from duties(value)
        elif isinstance(node, list):
            for value in node:
                yield from duties(value)

    next(d for d in duties(data["body"]) if d["id"] == "bctw-ho-tro-thong-tin")["text"] = (
        "![x](chart:status)")
    plan = tmp_path / "2020.yaml"
    plan.write_text(dump_plan(data), encoding="utf-8")
    result = _invoke("render", "report", str(plan))
    assert result.exit_code == 0, result.output
    assert "| 1 | !\\[x\\](chart:status) |" in result.stdout
    html = _invoke("render", "report", str(plan), "-f", "html").stdout
    assert html.count("<figure") == result.stdout.count("](data:image/svg+xml") == 0
    assert "<td class=\"left\">![x](chart:status)</td>" in html
