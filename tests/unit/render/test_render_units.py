"""Units of dakplan.render: filters, the Markdown block reader, escaping."""

from __future__ import annotations

import datetime as dt

import pytest
from jinja2 import Environment

from dakplan.render import blocks, filters
from dakplan.render.blocks import Div, Heading, Para, Span, Table


@pytest.mark.parametrize("value,expected", [
    (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
    (dt.date(2020, 2, 29), "ngày 29 tháng 02 năm 2020"),
    (dt.date(2020, 12, 15), "ngày 15 tháng 12 năm 2020"),
    ("2020-03", "ngày  tháng 3 năm 2020"),
    (None, "ngày  tháng  năm"),
])
def test_vn_date(value: object, expected: str) -> None:
    assert filters.vn_date(value) == expected


def test_vn_date_refuses_other_text() -> None:
    with pytest.raises(ValueError, match="neither a date nor a YYYY-MM month"):
        filters.vn_date("March")


def test_numbers_money_roman() -> None:
    assert filters.number(1234567) == "1.234.567"
    assert filters.money(1234567) == "1.234.567 đồng"
    assert filters.money(0) == "0 đồng"
    assert [filters.roman(n) for n in (1, 4, 9, 14, 40)] == ["I", "IV", "IX", "XIV", "XL"]
    assert filters.short_date(dt.date(2020, 12, 5)) == "05/12/2020"
    assert filters.media_label("bao-noi") == "Báo nói"
    assert filters.lower_first("Hợp tác") == "hợp tác"


def test_vn_sort() -> None:
    names = ["Sở Y tế", "Đài Truyền hình A", "Báo B", "Dân tộc", "ấp", "an"]
    assert filters.vn_sort(Environment(), names) == ["an", "ấp", "Báo B", "Dân tộc",
                                                     "Đài Truyền hình A", "Sở Y tế"]


def test_md_escape() -> None:
    assert filters.md_escape("a *b* _c_ | [d]") == "a \\*b\\* \\_c\\_ \\| \\[d\\]"
    assert filters.md_escape("- not a bullet") == "\\- not a bullet"
    assert filters.md_escape("# not a heading") == "\\# not a heading"
    assert filters.md_escape("2020. not a list") == "2020\\. not a list"
    assert filters.md_escape("82.750.000 đồng") == "82.750.000 đồng"
    assert filters.md_escape("::: header") == "\\::: header"
    assert filters.md_escape("one\n  - two") == "one - two"
    assert filters.md_escape("ngày  tháng 3") == "ngày  tháng 3"
    assert filters.md_escape(filters.markdown("**kept**")) == "**kept**"


def test_blocks_read_the_conventions() -> None:
    text = (":::: header\n::: cell\n**A**\\\nB\n:::\n::::\n\n# Title\n\nOne\ntwo  \nthree\n\n"
            "- dash *it*\ncontinued\n- \\*x\\*\n\n| a | b |\n|:-:|--:|\n| 1 \\| 2 | **3** |\n")
    assert blocks.parse(text) == [
        Div("header", [Div("cell", [Para([(Span("A", bold=True),), (Span("B"),)])])]),
        Heading(1, (Span("Title"),)),
        Para([(Span("One two"),), (Span("three"),)]),
        Para([(Span("dash "), Span("it", italic=True), Span(" continued"))], bullet=True),
        Para([(Span("*x*"),)], bullet=True),
        Table([(Span("a"),), (Span("b"),)], ["center", "right"],
              [[(Span("1 | 2"),), (Span("3", bold=True),)]]),
    ]


def test_blocks_never_fail_on_bad_nesting() -> None:
    assert blocks.parse(":::\ntext\n::: open\nmore") == [
        Para([(Span("text"),)]), Div("open", [Para([(Span("more"),)])])]
    assert blocks.parse("***both*** plain") == [
        Para([(Span("both", bold=True, italic=True), Span(" plain"))])]


@pytest.mark.parametrize("name, lines", [
    ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]),
    ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI", ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"]),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]),
    ("ỦY BAN NHÂN DÂN", ["ỦY BAN NHÂN DÂN"]),
    ("BAN CHỈ ĐẠO\nCHUYỂN ĐỔI SỐ TỈNH", ["BAN CHỈ ĐẠO", "CHUYỂN ĐỔI SỐ TỈNH"]),
])
def test_issuer_name_on_the_lines_the_header_prints(name: str, lines: list[str]) -> None:
    from dakplan.render.filters import bold_lines, header_lines

    assert header_lines(name) == lines
    assert str(bold_lines(lines)) == "\\\n".join(f"**{line}**" for line in lines)


def test_delimiter_dashes_give_column_widths() -> None:
    """As in pandoc: dashes that differ from column to column (one of more than three) are the
    columns' relative widths; Word and HTML take them."""
    from dakplan.render.docx import TEXT_WIDTH, _column_widths
    from dakplan.render.html import body

    wide = blocks.parse("| TT | Nhiệm vụ | Chủ trì |\n|--:|:--------|:---|\n| 1 | a | b |\n")
    assert isinstance(wide[0], blocks.Table) and wide[0].widths == [2, 8, 3]
    assert blocks.parse("| a | b |\n|:--|--:|\n| 1 | 2 |\n")[0].widths is None  # type: ignore[union-attr]
    assert ('<colgroup><col style="width:15.4%"><col style="width:61.5%">'
            '<col style="width:23.1%"></colgroup>') in body(wide)
    need = [TEXT_WIDTH * 0.1] * 3
    shares = _column_widths(need, [1, 1, 1], [2, 8, 3])
    assert abs(sum(shares) - TEXT_WIDTH) < 3 and shares[1] == int(TEXT_WIDTH * 8 / 13)
    # a column whose longest word needs more than its share gets it, from the others' room
    tight = _column_widths([TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.1, TEXT_WIDTH * 0.1], [1, 1, 1],
                           [2, 8, 3])
    assert tight[0] == int(TEXT_WIDTH * 0.3) and abs(sum(tight) - TEXT_WIDTH) < 3
