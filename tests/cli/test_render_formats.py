"""HTML and Word output: the decree's page, escaped text, and the same bytes every time."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from conftest import EXAMPLES, PLAN_2020, small_plan

PROGRESS = EXAMPLES / "progress" / "2030.yaml"


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from typer.testing import CliRunner

    from dakplan.cli import app

    out = tmp_path_factory.mktemp("docx") / "kehoach.docx"
    result = CliRunner().invoke(app, ["render", "plan", str(PLAN_2020), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


def test_html_page_is_print_ready(run) -> None:
    html = run("render", "plan", str(PLAN_2020), "--to", "html").stdout
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"vi\">")
    assert "@page { size: A4; margin: 20mm 15mm 20mm 30mm;" in html
    assert 'font-family: "Times New Roman"' in html
    assert '<table class="header">' in html
    assert '<span class="ruled"><strong>Độc lập - Tự do - Hạnh phúc</strong></span>' in html
    assert "<h1>KẾ HOẠCH</h1>" in html
    assert "<h3>I. MỤC ĐÍCH, YÊU CẦU:</h3>" in html
    assert '<p class="dash">- Sở TT&amp;TT (t/h);</p>' in html
    assert "<title>KẾ HOẠCH Hợp tác truyền thông giữa UBND tỉnh Đắk Lắk" in html


def test_html_escapes_plan_text(run, write_plan) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][1]["text"] = "<script>alert(1)</script> & *x*"
    data["document"]["subject"] = "Kế hoạch <b>đậm</b>"
    html = run("render", "plan", str(write_plan(data)), "--to", "html").stdout
    assert "<script>" not in html and "<b>" not in html
    assert '<p class="dash">- &lt;script&gt;alert(1)&lt;/script&gt; &amp; *x*</p>' in html
    assert "<h2>Kế hoạch &lt;b&gt;đậm&lt;/b&gt;</h2>" in html
    assert "<title>KẾ HOẠCH Kế hoạch &lt;b&gt;đậm&lt;/b&gt;</title>" in html


def test_html_only_template_is_autoescaped(run, write_plan, tmp_path: Path) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][1]["text"] = "<script>x</script>"
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "plan.html.j2").write_text(
        "<ul>{% for line in body if line.block == 'duty' and line.part == 'implementation' %}"
        "<li>{{ line.text }}</li>{% endfor %}</ul>\n", encoding="utf-8")
    path = write_plan(data)
    html = run("render", "plan", str(path), "--to", "html").stdout
    assert html == ("<ul><li>Làm phim quảng bá.</li><li>&lt;script&gt;x&lt;/script&gt;</li>"
                    "<li>Phối hợp.</li></ul>\n")
    # Markdown and Word still come from the default Markdown template
    assert run("render", "plan", str(path)).stdout.startswith(":::: header")


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.parametrize("name,plan,extra", [
    ("plan", PLAN_2020, []), ("report", PROGRESS, []), ("agency", PLAN_2020, ["-a", "STTTT"])])
def test_same_plan_same_bytes(run, tmp_path: Path, fmt: str, name: str, plan: Path,
                              extra: list[str]) -> None:
    outputs = []
    for n in (1, 2):
        out = tmp_path / f"{n}.{fmt}"
        result = run("render", name, str(plan), "-o", str(out), *extra)
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 1000


def test_docx_zip_and_properties_are_fixed(plan_docx: Path) -> None:
    with zipfile.ZipFile(plan_docx) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in archive.namelist()
    props = docx.Document(str(plan_docx)).core_properties
    assert props.created.isoformat().startswith("2020-03-31T00:00:00")
    assert props.modified == props.created
    assert props.author == ""
    assert props.title.startswith("KẾ HOẠCH Hợp tác truyền thông")


def test_docx_page_margins_and_page_numbers(plan_docx: Path) -> None:
    document = docx.Document(str(plan_docx))
    section = document.sections[0]
    def mm(length: int) -> float:  # Word stores twentieths of a point
        return round(length / Mm(1), 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == ""
    number = section.header.paragraphs[0]
    assert number.style.name == "DK Page Number"
    assert number.style.paragraph_format.alignment == 1  # centred
    assert " PAGE " in [e.text for e in number._p.iter(qn("w:instrText"))]


def test_docx_fonts_and_sizes(plan_docx: Path) -> None:
    document = docx.Document(str(plan_docx))
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Times New Roman"}
    assert fonts.get(qn("w:asciiTheme")) is None
    assert document.styles["Normal"].font.name == "Times New Roman"
    sizes = {name: document.styles[name].font.size for name in (
        "DK Body", "DK Title", "DK Subject", "DK Heading 1", "DK Header", "DK Recipients Title",
        "DK Recipient", "DK Signer")}
    assert sizes == {"DK Body": Pt(14), "DK Title": Pt(14), "DK Subject": Pt(14),
                     "DK Heading 1": Pt(14), "DK Header": Pt(13),
                     "DK Recipients Title": Pt(12), "DK Recipient": Pt(11), "DK Signer": Pt(14)}
    body = document.styles["DK Body"].paragraph_format
    assert body.alignment == 3 and round(body.first_line_indent / Mm(1), 1) == 12.7
    assert body.space_after == Pt(6)
    styled = {p.style.name: p for p in document.paragraphs}
    assert styled["DK Title"].text == "KẾ HOẠCH"
    assert styled["DK Subject"].text.startswith("Hợp tác truyền thông giữa UBND tỉnh Đắk Lắk")
    bases = [p for p in document.paragraphs if p.text.startswith("Căn cứ Kế hoạch số 149-KH/TU")]
    assert bases and all(run.italic for run in bases[0].runs)


def test_docx_header_is_a_borderless_two_column_table(plan_docx: Path) -> None:
    document = docx.Document(str(plan_docx))
    header, signature = document.tables[0], document.tables[-1]
    for table in (header, signature):
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert [(b.tag.split("}")[1], b.get(qn("w:val"))) for b in borders] == [
            (edge, "nil") for edge in ("top", "left", "bottom", "right", "insideH", "insideV")]
    cells = [["\n".join(p.text for p in cell.paragraphs if p.text) for cell in row.cells]
             for row in header.rows]
    assert cells == [
        ["ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
         "Hạnh phúc"],
        ["Số: /KH-UBND", "Đắk Lắk, ngày  tháng 3 năm 2020"]]
    national = header.cell(0, 1).paragraphs[0].runs
    assert [(r.text, r.bold, r.font.size) for r in national if r.text.strip()] == [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, Pt(13)),
        ("Độc lập - Tự do - Hạnh phúc", True, Pt(14))]
    date = header.cell(1, 1).paragraphs[0].runs[0]
    assert (date.italic, date.font.size) == (True, Pt(14))
    left = [p for p in signature.cell(0, 0).paragraphs if p.text]
    assert left[0].text == "Nơi nhận:" and left[0].runs[0].bold and left[0].runs[0].italic
    assert [p.style.name for p in left[1:]] == ["DK Recipient"] * 13
    assert left[-1].text == "- Lưu VT, KGVX."
    right = [p.text for p in signature.cell(0, 1).paragraphs]
    assert right == ["KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Tuấn Hà"]


def test_docx_of_the_report_has_its_tables(run, tmp_path: Path) -> None:
    out = tmp_path / "baocao.docx"
    assert run("render", "report", str(PROGRESS), "-o", str(out)).exit_code == 0
    document = docx.Document(str(out))
    grids = [t for t in document.tables
             if t._tbl.tblPr.find(qn("w:tblBorders"))[0].get(qn("w:val")) == "single"]
    # statuses, tasks, agencies' statuses, agencies' rates, press partners, media, contracts
    assert len(grids) == 7
    totals = [[c.text for c in row.cells] for row in grids[-1].rows][-1]
    assert totals == ["Tổng cộng", "", "", "", "77", "232.750.000 đồng"]
    # A table whose template gives its widths (the delimiter row's dashes) steps down from
    # 12 pt until its widest column gets nine tenths of its share without splitting a word:
    # the tasks at 11 pt, their text on 46 % of the width; the ten columns of statuses per
    # agency at 10 pt. The others stay at the body's 12 pt; all fit the page.
    from dakplan.render.docx import TEXT_WIDTH

    sizes = [{r.font.size.pt if r.font.size else 12.0 for cell in t._cells
              for p in cell.paragraphs for r in p.runs} for t in grids]
    assert [len(t.columns) for t in grids] == [2, 5, 10, 6, 7, 2, 6]
    assert sizes == [{12.0}, {11.0}, {10.0}, {12.0}, {12.0}, {12.0}, {10.0}]
    assert grids[1].columns[1].width > 0.45 * TEXT_WIDTH
    # the header row of every table repeats on each page it runs onto
    assert all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in grids)
    # the charts, as pictures: status and on-time rate per agency, products, money
    assert len(document.inline_shapes) == 4
    twip = 635  # Word stores widths in twips: each column may round up by one
    assert all(sum(c.width for c in t.columns) <= TEXT_WIDTH + twip * len(t.columns)
               for t in grids)


def test_format_from_the_output_suffix(run, tmp_path: Path) -> None:
    out = tmp_path / "kehoach.html"
    assert run("render", "plan", str(PLAN_2020), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    word = tmp_path / "kehoach.docx"
    assert run("render", "plan", str(PLAN_2020), "-o", str(word)).exit_code == 0
    assert io.BytesIO(word.read_bytes()).read(2) == b"PK"
