"""Agency names: when two spellings are one body, the code a name gets, its kind."""

from __future__ import annotations

import pytest

from dakplan.imports import mentions
from dakplan.imports.agencies import Registry
from dakplan.imports.names import initials, kind_of, same_name, spelled_out, words


@pytest.mark.parametrize(("short", "name"), [
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin và Truyền thông"),
    ("so thong tin truyen thong", "Sở Thông tin và Truyền thông"),
    ("Đài PT và TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
    ("Đài PT-TH Lâm Đồng", "Đài Phát thanh - Truyền hình Lâm Đồng"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Công TTĐT tỉnh", "Cổng Thông tin điện tử tỉnh"),
    ("Trung tâm VH-TT&TT huyện", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
    ("Sở VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("cơ quan báo chí TW", "Các cơ quan báo chí Trung ương"),
])
def test_same_body(short: str, name: str) -> None:
    assert same_name(short, name)
    assert same_name(name, short)


@pytest.mark.parametrize(("a", "b"), [
    ("Sở Nội vụ", "Sở Ngoại vụ"),
    ("UBND tỉnh", "UBND huyện"),
    ("Sở TT&TT", "Sở Tài chính"),
    ("Báo Đắk Lắk", "Báo Lâm Đồng"),
])
def test_other_bodies(a: str, b: str) -> None:
    assert not same_name(a, b)


@pytest.mark.parametrize(("name", "code"), [
    ("Sở Thông tin và Truyền thông", "STTTT"),
    ("Bộ Thông tin và Truyền thông", "BTTTT"),
    ("Ủy ban nhân dân tỉnh Đắk Lắk", "UBND"),
    ("Hội đồng nhân dân tỉnh", "HDND"),
    ("Tỉnh ủy", "TU"),
    ("Ban Tuyên giáo Tỉnh ủy", "BTGTU"),
    ("Báo Đắk Lắk", "BAODL"),
    ("Đài Phát thanh và Truyền hình tỉnh", "DPTTH"),
    ("Đài Phát thanh - Truyền hình Lâm Đồng", "DPTTH"),
    ("Cổng Thông tin điện tử tỉnh", "CTTDT"),
    ("Thông tấn xã Việt Nam", "TTXVN"),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
])
def test_codes_from_names(name: str, code: str) -> None:
    assert initials(name, ("Lâm Đồng",)) == code


def test_group_codes() -> None:
    assert initials("Các cơ quan báo chí Trung ương", group=True) == "BCTW"
    assert initials("Các Sở, ban, ngành, địa phương", group=True) == "SBNDP"


@pytest.mark.parametrize(("name", "kind"), [
    ("Thông tấn xã Việt Nam", "central_press"), ("Bộ Ngoại giao", "central_government"),
    ("Ban Tuyên giáo Tỉnh ủy", "party"), ("Hội đồng nhân dân tỉnh", "people_council"),
    ("Ủy ban nhân dân tỉnh Kon Tum", "people_committee"),
    ("Ủy ban nhân dân huyện Chư Sê", "district"), ("Sở Y tế", "department"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "department"), ("Báo Kon Tum", "local_press"),
    ("Phòng Nghiệp vụ Y", "other"),
])
def test_kinds(name: str, kind: str) -> None:
    assert kind_of(name) == kind


def test_short_forms_spelled_out() -> None:
    assert spelled_out("Đài PT và TH tỉnh") == "Đài Phát thanh và Truyền hình tỉnh"
    assert spelled_out("HĐND tỉnh") == "Hội đồng nhân dân tỉnh"
    assert spelled_out("Sở Y tế") == "Sở Y tế"


def _registry() -> Registry:
    reg = Registry(("Đắk Lắk",))
    mentions.abbreviations(reg, "giữa UBND tỉnh và Thông tấn xã Việt Nam (TTXVN), Đài Tiếng "
                                "nói Việt Nam (VOV) và Ban điều hành kênh VTV8 (VTV8)", 1)
    return reg


def test_abbreviations_in_parentheses_register_agencies() -> None:
    reg = _registry()
    assert [(e.name, e.abbr) for e in reg.entries] == [
        ("Thông tấn xã Việt Nam", "TTXVN"), ("Đài Tiếng nói Việt Nam", "VOV"),
        ("Ban điều hành kênh VTV8", "VTV8")]


def test_a_group_named_with_its_members() -> None:
    reg = _registry()
    found = mentions.heading_agency(reg, "Các cơ quan báo chí Trung ương: TTXVN, VOV, VTV8", 2)
    assert found is not None and found.group
    assert [m.abbr for m in found.members] == ["TTXVN", "VOV", "VTV8"]


def test_a_heading_listing_groups_is_a_group_met_again_in_other_words() -> None:
    reg = Registry()
    part = mentions.heading_agency(reg, "Các Sở, ban, ngành và UBND các huyện, thị xã, "
                                        "thành phố", 3)
    assert part is not None and [m.known for m in part.members] == ["SBN", "HUYEN"]
    again = mentions.subject(reg, "Các Sở, ban, ngành, địa phương tích cực phối hợp.", 4)
    assert again is part
    reg.finish(None)
    assert part.code == "SBNDP"


def test_subject_chair_and_coordinators() -> None:
    reg = Registry()
    text = ("Hằng năm, trước ngày 15/11, Sở Thông tin và Truyền thông chủ trì, phối hợp với "
            "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam thống nhất danh mục.")
    lead = mentions.subject(reg, text, 1)
    assert lead is not None and lead.name == "Sở Thông tin và Truyền thông"
    assert mentions.chair(reg, text, 1) is lead
    assert [e.name for e in mentions.coordinators(reg, text, 1)] == [
        "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]


def test_no_coordinator_where_with_names_no_agency() -> None:
    reg = Registry()
    text = ("Tạo điều kiện cho phóng viên trực tiếp làm việc với người phát ngôn của tỉnh và "
            "các sở, ban, ngành, địa phương.")
    assert mentions.coordinators(reg, text, 1) == []
    assert mentions.subject(reg, "Phòng, chống dịch bệnh tại cộng đồng.", 1) is None


def test_recipients_name_bodies_not_officers() -> None:
    reg = Registry()
    reg.issuer = reg.add("Sở Y tế", 1)
    names = [[e.name for e in mentions.recipients(reg, text, 2)] for text in (
        "TT Tỉnh ủy, TT HĐND tỉnh", "Giám đốc, các PGĐ Sở", "CVP, PCVP UBND tỉnh",
        "Bộ Ngoại giao")]
    assert names == [["Tỉnh ủy", "Hội đồng nhân dân tỉnh"], ["Sở Y tế"], [], ["Bộ Ngoại giao"]]
    assert words("Sở TT&TT").span(0, 3) == "Sở TT&TT"
