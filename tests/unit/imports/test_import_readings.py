"""What a document marks and names, read as the plan means it: heading marks against numbered
points, the locality's own bodies, plural names, groups a heading lists, content sections and
the press a media statement names. Each on a small document, as ``import_document`` reads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dakplan.imports import import_document
from dakplan.imports.lines import logical_lines
from dakplan.imports.sections import build
from dakplan.imports.source import parse_text

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\n\nSố: 12/KH-UBND\n\n"
        "Thử Nghiệm, ngày 20 tháng 12 năm 2029\n\nKẾ HOẠCH\n\nThử nghiệm năm 2030\n\n")


def _import(tmp_path: Path, body: str, recipients: str = "Sở Văn hóa (t/h)") -> Any:
    path = tmp_path / "kehoach.txt"
    path.write_text(f"{HEAD}{body}\nTrên đây là Kế hoạch./.\n\nNơi nhận:\n- {recipients};\n"
                    "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nTrần Văn A\n",
                    encoding="utf-8")
    return import_document(path)


def _sections(blocks: list[Any]) -> list[tuple[str | None, str | None, list[str]]]:
    """(heading, kind, kinds of its blocks) of each section, depth first."""
    out: list[tuple[str | None, str | None, list[str]]] = []
    for block in blocks:
        if "section" in block:
            section = block["section"]
            out.append((section.get("heading"), section.get("kind"),
                        [next(iter(b)) for b in section["blocks"]]))
            out += _sections(section["blocks"])
    return out


def test_markdown_heading_marks_are_heading_levels() -> None:
    source = parse_text("x.md", "# KẾ HOẠCH\n### 1. Mục tiêu\n#### a) Sở Văn hóa\nVăn bản.\n")
    assert [(p.text, p.heading) for p in source.paras] == [
        ("KẾ HOẠCH", 1), ("1. Mục tiêu", 3), ("a) Sở Văn hóa", 4), ("Văn bản.", None),
        ("", None)]


def test_where_headings_are_marked_a_point_numbered_like_them_stays_a_point() -> None:
    text = ("### 1. Nội dung\n\n1\\. Quảng bá du lịch.\n\n2\\. Bảo tồn di sản\n\n"
            "### 2. Tổ chức thực hiện\n\n#### a) Các sở\n\na) Hằng quý, gửi báo cáo.\n\n"
            "b) Định kỳ cung cấp thông tin.\n")
    root = build(logical_lines(parse_text("x.md", text)))
    content, implementation = root.sections()
    assert [c.style for c in content.children] == ["1."]  # one list, in its section
    assert [s.heading for s in implementation.sections()] == ["Các sở"]
    points = implementation.sections()[0].children
    assert len(points) == 1 and [i.line.label for i in points[0].items] == ["a)", "b)"]


def test_a_point_going_on_with_a_marked_headings_numbers_is_its_sibling() -> None:
    text = ("### 3. NHIỆM VỤ\n\n3.1. Phòng A chủ trì.\n\n#### 3.2. Trung tâm B thực hiện:\n\n"
            "- Đăng tải.\n\n3.3. Phòng C hướng dẫn.\n\n3.4. Văn phòng tham mưu.\n")
    (duties,) = build(logical_lines(parse_text("x.md", text))).sections()
    kinds = [(type(c).__name__, getattr(c, "heading", None)) for c in duties.children]
    assert kinds == [("ListBlock", None), ("Section", "Trung tâm B thực hiện:"),
                     ("ListBlock", None)]
    assert [i.line.label for i in duties.children[2].items] == ["3.3.", "3.4."]


def test_unmarked_points_still_close_the_sections_of_a_text_without_marks() -> None:
    root = build(logical_lines(parse_text(
        "x.txt", "II. NHIỆM VỤ\n\n1. Sở Y tế\n\n- Chủ trì.\n\n2. Các sở phối hợp thực hiện.\n")))
    (duties,) = root.sections()
    assert [type(c).__name__ for c in duties.children] == ["Section", "ListBlock"]


def test_the_localitys_own_bodies_are_named_in_full(tmp_path: Path) -> None:
    got = _import(tmp_path, "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa\n\n- Tuyên truyền.\n",
                  "TT Tỉnh ủy, TT HĐND tỉnh, UBND huyện Một (b/c)")
    assert [(a["code"], a["name"], a.get("short"), a["kind"])
            for a in got.data["agencies"][2:]] == [
        ("TU", "Tỉnh ủy Thử Nghiệm", ["Tỉnh ủy"], "party"),
        ("HDND", "Hội đồng nhân dân tỉnh Thử Nghiệm", ["HĐND tỉnh"], "people_council"),
        # a district's committee: not the province's own; its code keeps its locality, since
        # UBND is the issuer's
        ("UBNDHM", "Ủy ban nhân dân huyện Một", ["UBND huyện Một"], "district")]
    assert got.review_items == []


def test_every_department_and_a_plural_name_kept_as_one_agency(tmp_path: Path) -> None:
    got = _import(tmp_path, "I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở\n\n- Cung cấp thông tin.\n\n"
                            "2. Các Trung tâm Y tế huyện\n\n- Tuyên truyền tại cơ sở.\n")
    assert got.data["groups"] == [{"code": "SBN", "name": "Các sở",
                                   "member_kinds": ["department"]}]
    (agency,) = [a for a in got.data["agencies"] if a["code"] not in ("UBND", "SVH")]
    assert agency == {"code": "TTYT", "name": "Các Trung tâm Y tế huyện", "kind": "other"}
    assert [i.message for i in got.review_items if "TTYT" in i.message] == [
        "'Các Trung tâm Y tế huyện' names several bodies without listing them; kept as one "
        "agency, TTYT; make it a group with members if each must answer for its duties"]


def test_a_listed_group_whose_short_code_is_a_members_joins_their_codes(
        tmp_path: Path) -> None:
    got = _import(tmp_path, "I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành tỉnh; Ủy ban nhân "
                            "dân các huyện, thị xã, thành phố\n\n- Cung cấp thông tin.\n\n"
                            "2. Báo Thử Nghiệm, Đài PT-TH Thử Nghiệm\n\n- Đăng tin.\n")
    groups = {g["code"]: g.get("members") for g in got.data["groups"]}
    assert groups["SBNHUYEN"] == ["SBN", "HUYEN"]
    assert groups["BAOTNDPTTH"] == ["BAOTN", "DPTTH"]
    radio = next(a for a in got.data["agencies"] if a["code"] == "DPTTH")
    assert radio["name"] == "Đài Phát thanh - Truyền hình Thử Nghiệm"


def test_content_over_themes_and_forms_and_the_press_a_statement_names(tmp_path: Path) -> None:
    got = _import(tmp_path, "I. NỘI DUNG\n\n1. Nội dung truyền thông\n\n- Quảng bá du lịch.\n\n"
                            "2. Hình thức truyền thông\n\n- Tuyên truyền trên Báo Thử Nghiệm, "
                            "Đài Phát thanh và Truyền hình tỉnh.\n\n- Phát thanh trên hệ thống "
                            "loa truyền thanh cơ sở.\n\n- Đăng tải trên các cơ quan báo chí.\n")
    assert _sections(got.data["body"]) == [
        ("NỘI DUNG", "content", ["section", "section"]),
        ("Nội dung truyền thông", "themes", ["bullets"]),
        ("Hình thức truyền thông", "forms", ["bullets"])]
    forms = got.data["body"][0]["section"]["blocks"][1]["section"]["blocks"][0]["bullets"]
    assert [m["media"]["formats"] for m in forms] == [
        ["bao-in", "bao-dien-tu", "bao-hinh", "bao-noi"], ["loa-truyen-thanh"],
        ["bao-in", "bao-dien-tu", "bao-hinh", "bao-noi"]]
