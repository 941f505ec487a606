"""`dakplan.imports`: whole documents of the family imported into version-2 plan data.

The seed (the 2020 Đắk Lắk plan as OCR'd) against plans/2020.yaml; the five family
fixtures against their plan.yaml; three more documents (tests/family/import/*.txt) against
what a reader finds in them; each also as the Word files a clerk makes (typed numbering,
Word's automatic numbering, header and closing tables), and dakplan's own Word rendering of
plans/2020.yaml. Measured: sentences kept in order, duties with the right lead, the section
numbering as printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import PLAN_2020, ROOT
from dakplan.imports import Imported, import_document
from docxkit import write_docx
from importkit import (
    _key,
    document_recall,
    duties,
    lead_accuracy,
    outline,
    recall,
    text_of,
    who,
)
from sentence_split import sentences

SEED = ROOT / "tests" / "data" / "source-2020.txt"
FAMILY = sorted((ROOT / "tests" / "family").glob("*/plan.yaml"))
IMPORTS = sorted((ROOT / "tests" / "family" / "import").glob("*.txt"))


@pytest.fixture(scope="module")
def seed() -> Imported:
    return import_document(SEED)


def _rows(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(d["text"], d["lead"], d.get("coordinate", []), d["timing"]) for d in duties(data)]


# --- the seed ---------------------------------------------------------------------------


def test_seed_keeps_every_sentence_in_order(seed: Imported) -> None:
    wanted = sentences(SEED.read_text(encoding="utf-8"))
    assert len(wanted) == 84  # the count the render test finds in the same source
    found, missing = recall(wanted, text_of(seed.data))
    assert missing == []
    assert found == 84


DEVIATIONS: dict[str, str] = {}
"""Duty fields of the import that differ from plans/2020.yaml, with the reason.
None is left: every duty, lead, coordinator and timing is read as the example has it."""


def test_seed_duties_leads_coordinators_and_timings_are_the_examples(seed: Imported) -> None:
    expected = yaml.safe_load(PLAN_2020.read_text(encoding="utf-8"))
    assert _rows(seed.data) == _rows(expected)
    assert len(_rows(seed.data)) == 17


def test_seed_registry_partners_and_frame_are_the_examples(seed: Imported) -> None:
    expected = yaml.safe_load(PLAN_2020.read_text(encoding="utf-8"))
    got = seed.data
    assert [a["code"] for a in got["agencies"]] == [
        "UBND", "TTXVN", "VOV", "VTV8", "BTGTU", "STTTT", "DPTTH", "BAODL", "BTTTT", "TU",
        "HDND", "CTTDT"]
    assert {a["code"] for a in got["agencies"]} == {a["code"] for a in expected["agencies"]}
    assert [(g["code"], g.get("members"), g.get("member_kinds")) for g in got["groups"]] == [
        (g["code"], g.get("members"), g.get("member_kinds")) for g in expected["groups"]]
    assert got["partners"] == expected["partners"] == ["TTXVN", "VOV", "VTV8"]
    assert got["numbering"] == expected["numbering"]
    assert outline(got) == outline(expected)
    for key in ("type", "title", "issuer", "number", "symbol", "place", "date", "subject",
                "period", "signature", "recipients"):
        assert got["document"][key] == expected["document"][key], key
    assert [b["text"] for b in got["bases"]] == [b["text"] for b in expected["bases"]]
    assert got["bases"][0]["documents"] == expected["bases"][0]["documents"]


def test_seed_review_names_the_lost_header_and_the_guesses(seed: Imported) -> None:
    messages = [(i.line, i.message) for i in seed.review_items]
    assert messages[0] == (15, "the header with the issuing body is missing; the issuer is "
                               "taken from 'UBND tỉnh Đắk Lắk'")
    assert (101, "read as the plan's reporting duty, an unnumbered section after 'KINH PHÍ'") \
        in messages
    assert any("'Công TTĐT tỉnh' is printed only in short form" in m for _, m in messages)
    lines = seed.yaml_text.splitlines()
    for item in seed.review_items:
        assert item.yaml_line is not None
        assert lines[item.yaml_line - 1].strip() == f"# review (line {item.line}): {item.message}"


def test_yaml_reads_back_as_the_data_and_is_deterministic(seed: Imported) -> None:
    assert yaml.safe_load(seed.yaml_text) == seed.data
    assert import_document(SEED).yaml_text == seed.yaml_text
    assert seed.yaml_text.startswith("# Imported by dakplan from source-2020.txt")


# --- the family fixtures --------------------------------------------------------------------


@pytest.mark.parametrize("plan", FAMILY, ids=lambda p: p.parent.name)
def test_family_fixture(plan: Path) -> None:
    printed = (plan.parent / "printed.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load(plan.read_text(encoding="utf-8"))
    got = import_document(plan.parent / "printed.txt")
    found, total, missing = document_recall(printed, got.data)
    assert found / total >= 0.98, missing
    accuracy, wrong = lead_accuracy(expected, got.data)
    assert accuracy >= 0.95, wrong
    assert outline(got.data) == outline(expected)
    assert got.data["numbering"] == expected["numbering"]
    assert yaml.safe_load(got.yaml_text) == got.data


# --- three documents of other wording ---------------------------------------------------

DEPARTMENTS = {"kinds": ["department"]}
DISTRICTS = {"kinds": ["district"]}
COMMUNES = {"kinds": ["commune"]}

EXPECTED: dict[str, dict[str, Any]] = {
    "district-chu-se": {
        "leads": [
            ("Chủ trì, phối hợp với Trung tâm", "Phòng Văn hóa và Thông tin huyện"),
            ("Hướng dẫn UBND các xã", "Phòng Văn hóa và Thông tin huyện"),
            ("Hằng quý, tổng hợp", "Phòng Văn hóa và Thông tin huyện"),
            ("Xây dựng tin, bài", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
            ("Trong tháng 9/2023", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
            ("Quán triệt", "Các cơ quan, đơn vị thuộc huyện"),
            ("Chỉ đạo đài truyền thanh xã", COMMUNES),
            ("Báo cáo kết quả thực hiện về Phòng", COMMUNES),
        ],
        "outline": [
            (0, "I.", "MỤC ĐÍCH, YÊU CẦU"), (1, "1.", "Mục đích"), (1, "2.", "Yêu cầu"),
            (0, "II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"), (1, "1.", "Nội dung"),
            (1, "2.", "Hình thức"), (0, "III.", "TỔ CHỨC THỰC HIỆN"),
            (1, "1.", "Phòng Văn hóa và Thông tin huyện"),
            (1, "2.", "Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
            (1, "3.", "Các cơ quan, đơn vị thuộc huyện"), (1, "4.", "UBND các xã, thị trấn")],
    },
    "department-bac-giang": {
        "leads": [
            ("Phòng Thông tin - Báo chí", "Phòng Thông tin - Báo chí - Xuất bản"),
            ("Phòng Bưu chính", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin"),
            ("Đăng tải các tin", "Trung tâm Công nghệ thông tin và Truyền thông"),
            ("Phối hợp với các doanh nghiệp", "Trung tâm Công nghệ thông tin và Truyền thông"),
            ("Phòng Thông tin cơ sở", "Phòng Thông tin cơ sở"),
            ("Văn phòng Sở tham mưu", "Văn phòng Sở"),
            ("Các phòng, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở"),
        ],
        "outline": [
            (0, "1.", "MỤC ĐÍCH, YÊU CẦU"), (1, "1.1.", "Mục đích"), (1, "1.2.", "Yêu cầu"),
            (0, "2.", "NỘI DUNG TUYÊN TRUYỀN"), (0, "3.", "NHIỆM VỤ CỤ THỂ"),
            (1, "3.3.", "Trung tâm Công nghệ thông tin và Truyền thông thực hiện:"),
            (0, "4.", "TỔ CHỨC THỰC HIỆN")],
    },
    "external-dien-bien": {
        "leads": [
            ("Là cơ quan thường trực", "Sở Thông tin và Truyền thông"),
            ("Chủ trì, phối hợp với Sở Văn hóa", "Sở Thông tin và Truyền thông"),
            ("Tổng hợp kết quả, báo cáo UBND", "Sở Thông tin và Truyền thông"),
            ("Chủ trì biên soạn tập gấp", "Sở Ngoại vụ"),
            ("Chủ trì tuyên truyền về biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
            ("Duy trì các chuyên mục", ("Báo Điện Biên Phủ", "Đài Phát thanh và Truyền hình tỉnh")),
            ("Xây dựng kế hoạch thông tin đối ngoại", (DEPARTMENTS, DISTRICTS)),
            ("Báo cáo kết quả thực hiện trước", (DEPARTMENTS, DISTRICTS)),
        ],
        "outline": [
            (0, "I.", "MỤC ĐÍCH, YÊU CẦU"), (1, "1.", "Mục đích"), (1, "2.", "Yêu cầu"),
            (0, "II.", "NHIỆM VỤ"), (1, "1.", "Thông tin về tỉnh Điện Biên ra nước ngoài"),
            (1, "2.", "Thông tin về thế giới và Việt Nam cho Nhân dân trong tỉnh"),
            (0, "III.", "TỔ CHỨC THỰC HIỆN"), (1, "1.", "Sở Thông tin và Truyền thông"),
            (1, "2.", "Sở Ngoại vụ"), (1, "3.", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
            (1, "4.", "Báo Điện Biên Phủ, Đài Phát thanh và Truyền hình tỉnh"),
            (1, "5.", "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
            (0, "IV.", "KINH PHÍ")],
    },
}


def _spec(value: Any) -> Any:
    """An expected lead as ``who`` describes one: a name, a group's members, or its kinds."""
    if isinstance(value, str):
        return ("agency", _key(value))
    if isinstance(value, dict):
        return ("group", frozenset(), frozenset(value["kinds"]))
    return ("group", frozenset(_spec(v) for v in value), frozenset())


def _measured(path: Path, got: Imported) -> tuple[float, float, list[str]]:
    found, total, missing = document_recall(path.read_text(encoding="utf-8"), got.data)
    expected = EXPECTED[path.stem]["leads"]
    mine = duties(got.data)
    right = 0
    wrong: list[str] = []
    for start, lead in expected:
        duty = next((d for d in mine if d["text"].startswith(start)), None)
        if duty is not None and who(got.data, duty["lead"]) == _spec(lead):
            right += 1
        else:
            wrong.append(start)
    assert len(mine) == len(expected)  # no duty more than a reader finds
    return found / total, right / len(expected), missing + wrong


@pytest.mark.parametrize("path", IMPORTS, ids=lambda p: p.stem)
def test_document_of_other_wording(path: Path) -> None:
    got = import_document(path)
    sentences_kept, leads_right, problems = _measured(path, got)
    assert sentences_kept >= 0.98, problems
    assert leads_right >= 0.95, problems
    assert outline(got.data) == EXPECTED[path.stem]["outline"]
    assert yaml.safe_load(got.yaml_text) == got.data


def test_duties_without_a_lead_stay_text_and_are_listed() -> None:
    path = ROOT / "tests" / "family" / "import" / "external-dien-bien.txt"
    got = import_document(path)
    listed = [(i.line, i.message) for i in got.review_items if "no clear lead" in i.message]
    assert [line for line, _ in listed] == [28, 30, 33]
    section = got.data["body"][1]["section"]
    assert section["kind"] == "duties"
    first = section["blocks"][0]["section"]["blocks"][0]["bullets"][0]
    assert first.startswith("Sản xuất video clip giới thiệu du lịch Điện Biên")


# --- the same documents as Word files -----------------------------------------------------


@pytest.mark.parametrize("numbering", ["manual", "auto"])
@pytest.mark.parametrize("path", [*IMPORTS, *(p.parent / "printed.txt" for p in FAMILY), SEED],
                         ids=lambda p: p.parent.name + "/" + p.stem if p.stem == "printed"
                         else p.stem)
def test_word_file_imports_as_its_text(path: Path, numbering: str, tmp_path: Path) -> None:
    docx_path = write_docx(path.read_text(encoding="utf-8"), tmp_path / "kehoach.docx",
                           numbering)
    got = import_document(docx_path)
    assert got.data == import_document(path).data
    if path.parent.name == "import":
        sentences_kept, leads_right, problems = _measured(path, got)
        assert (sentences_kept, leads_right) == (1.0, 1.0), problems
    assert all(i.unit == "paragraph" for i in got.review_items)


def test_dakplans_own_word_rendering_imports_back(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "kehoach.docx"
    result = run("render", "plan", str(PLAN_2020), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    got = import_document(target)
    expected = yaml.safe_load(PLAN_2020.read_text(encoding="utf-8"))
    assert _rows(got.data) == _rows(expected)
    assert outline(got.data) == outline(expected)
    found, missing = recall(sentences(SEED.read_text(encoding="utf-8")), text_of(got.data))
    assert missing == []
