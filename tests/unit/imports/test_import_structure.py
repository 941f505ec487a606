"""Lines, labels and the section tree: what a heading is, how sections nest and number."""

from __future__ import annotations

from dakplan.imports.lines import logical_lines, split_label, style_of, unwrap
from dakplan.imports.sections import (
    ListBlock,
    Section,
    build,
    format_number,
    label_index,
    printed_numbers,
    section_styles,
)
from dakplan.imports.source import parse_text


def _lines(text: str) -> list:  # type: ignore[type-arg]
    return logical_lines(parse_text("x.txt", text))


def test_labels_and_their_styles() -> None:
    assert split_label("III. TỔ CHỨC THỰC HIỆN") == ("III.", "I.", "TỔ CHỨC THỰC HIỆN")
    assert split_label("3.3. Trung tâm") == ("3.3.", "1.1.", "Trung tâm")
    assert split_label("đ) Báo cáo") == ("đ)", "a)", "Báo cáo")
    assert split_label("• Mục") == ("-", "-", "Mục")
    assert split_label("15/12/2020 là hạn") == (None, None, "15/12/2020 là hạn")
    assert [style_of(x) for x in ("IV.", "2.", "2.1.", "b)", "+")] == ["I.", "1.", "1.1.",
                                                                        "a)", "+"]


def test_numbers_printed_by_style() -> None:
    assert [format_number("I.", n, None) for n in (1, 4, 9)] == ["I.", "IV.", "IX."]
    assert [format_number("a)", n, None) for n in (4, 5, 6)] == ["d)", "đ)", "e)"]
    assert format_number("1.1.", 3, "2.") == "2.3."
    assert (label_index("I.", "XIV."), label_index("a)", "đ)"), label_index("1.1.", "3.3.")) \
        == (14, 5, 3)


def test_pdf_lines_joined_columns_split_page_numbers_dropped() -> None:
    text = ("Số: 86/KH-UBND               Điện Biên, ngày 11 tháng 01 năm 2022\n"
            "- Giới thiệu rộng rãi hình ảnh, tiềm năng, thế mạnh của tỉnh, nhất là di tích\n"
            "lịch sử Chiến trường.\n"
            "                                         2\n"
            "IV. KINH PHÍ\n"
            "Kinh phí thực hiện Kế hoạch được bố trí.\n")
    lines = _lines(text)
    assert [(ln.text, ln.column) for ln in lines[:2]] == [
        ("Số: 86/KH-UBND", 0), ("Điện Biên, ngày 11 tháng 01 năm 2022", 1)]
    body = unwrap(lines[2:])
    assert [ln.printed for ln in body] == [
        "- Giới thiệu rộng rãi hình ảnh, tiềm năng, thế mạnh của tỉnh, nhất là di tích lịch "
        "sử Chiến trường.", "IV. KINH PHÍ", "Kinh phí thực hiện Kế hoạch được bố trí."]


def test_blank_lines_always_end_a_paragraph() -> None:
    lines = unwrap(_lines("Một đoạn văn rất dài không có dấu chấm ở cuối dòng này nhé\n\n"
                          "đoạn sau.\n"))
    assert len(lines) == 2


def _tree(text: str) -> Section:
    return build(_lines(text))


def test_headings_nest_points_stay_points() -> None:
    root = _tree("II. NỘI DUNG\n\n1. Các chủ trương của Đảng.\n\n2. Kết quả thực hiện.\n\n"
                 "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\na) Chủ trì.\n\nb) Tổng hợp.\n\n"
                 "2. Sở Thông tin và Truyền thông\n\n- Hướng dẫn.\n\nV. KINH PHÍ\n")
    ii, iv, v = root.sections()
    assert isinstance(ii.children[0], ListBlock) and len(ii.children[0].items) == 2
    assert [s.heading for s in iv.sections()] == ["Sở Nội vụ", "Sở Thông tin và Truyền thông"]
    points = iv.sections()[0].children[0]
    assert isinstance(points, ListBlock) and points.style == "a)"
    assert v.heading == "KINH PHÍ" and v.depth == 0
    assert section_styles(root) == ["I.", "1."]


def test_a_printed_number_that_jumps_is_kept() -> None:
    root = _tree("1. MỤC ĐÍCH\n\n1.1. Mục đích\n\n3. NHIỆM VỤ\n\n3.1. Phòng A chủ trì.\n\n"
                 "3.3. Trung tâm B thực hiện:\n\n- Đăng tải.\n")
    numbering = section_styles(root)
    assert numbering == ["1.", "1.1."]
    numbers = printed_numbers(root, numbering)
    first, third = root.sections()
    assert numbers[id(first)] == ("1.", None)
    assert numbers[id(third)] == ("2.", None)  # printed "3.": the import keeps `number`
    assert numbers[id(third.sections()[0])] == ("3.1.", None)


def test_a_part_numbered_in_another_style_gets_its_own_numbering() -> None:
    root = _tree("I. MỤC ĐÍCH\n\n1. Mục đích\n\nII. TỔ CHỨC\n\na) Sở A\n\n- Làm.\n")
    numbers = printed_numbers(root, section_styles(root))
    assert numbers[id(root.sections()[1])] == ("II.", ["a)"])
