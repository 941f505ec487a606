"""`dakplan.imports`: whole documents of the family imported into version-2 plan data.

The seed (the 2020 Đắk Lắk plan as OCR'd) against plans/2020.yaml; the five family
fixtures against their plan.yaml; three more documents (tests/family/import/*.txt) against
what a reader finds in them; each also as the Word files a clerk makes (typed numbering,
Word's automatic numbering, header and closing tables), and dakplan's own Word rendering of
plans/2020.yaml. Measured: sentences kept in order, duties with the right lead, coordinators
and timing, the section numbering as printed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import PLAN_2020, ROOT
from dakplan.imports import Imported, import_document
from dakplan.model.v2 import Plan
from dakplan.validate import load_plan_v2
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
from roundtrip import tally
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


def test_what_the_family_fixtures_keep() -> None:
    """The README's figures for the five fixtures: sentences of printed.txt kept in order;
    of the duties of plan.yaml, those read with the same lead, coordinators and timing (the
    coordinators missed are those the fixtures count without 'phối hợp với', listed in
    test_import_roundtrip.py)."""
    total: dict[str, list[int]] = {}
    for plan in FAMILY:
        printed = plan.parent / "printed.txt"
        got = import_document(printed)
        found, of, _ = document_recall(printed.read_text(encoding="utf-8"), got.data)
        figures = tally(load_plan_v2(plan, "tasks"), Plan.model_validate(got.data))
        figures["sentences"] = (found, of)
        for field, (kept, count) in figures.items():
            total.setdefault(field, [0, 0])
            total[field] = [total[field][0] + kept, total[field][1] + count]
    assert total == {"sentences": [331, 331], "duties": [41, 41], "leads": [41, 41],
                     "coordinators": [35, 41], "timings": [41, 41]}


# --- three documents of other wording ---------------------------------------------------

DEPARTMENTS = {"kinds": ["department"]}
DISTRICTS = {"kinds": ["district"]}
COMMUNES = {"kinds": ["commune"]}

ALWAYS = {"type": "throughout"}
WEEKLY = {"type": "recurring", "frequency": "weekly"}
QUARTERLY = {"type": "recurring", "frequency": "quarterly"}


def _by(day: str) -> dict[str, Any]:
    return {"type": "deadline", "date": dt.date.fromisoformat(day)}


EXPECTED: dict[str, dict[str, Any]] = {
    # each duty: how its text starts, its lead, its coordinators, its timing, as a reader
    # of the document finds them
    "district-chu-se": {
        "duties": [
            ("Chủ trì, phối hợp với Trung tâm", "Phòng Văn hóa và Thông tin huyện",
             ["Trung tâm Văn hóa - Thông tin và Thể thao huyện"], _by("2023-03-31")),
            ("Hướng dẫn UBND các xã", "Phòng Văn hóa và Thông tin huyện", [], ALWAYS),
            ("Hằng quý, tổng hợp", "Phòng Văn hóa và Thông tin huyện", [], QUARTERLY),
            ("Xây dựng tin, bài", "Trung tâm Văn hóa - Thông tin và Thể thao huyện", [],
             ALWAYS),
            ("Trong tháng 9/2023", "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
             ["Phòng Văn hóa và Thông tin huyện"],
             {"type": "window", "start": dt.date(2023, 9, 1), "end": dt.date(2023, 9, 30)}),
            ("Quán triệt", "Các cơ quan, đơn vị thuộc huyện", [], ALWAYS),
            ("Chỉ đạo đài truyền thanh xã", COMMUNES, [], WEEKLY),
            ("Báo cáo kết quả thực hiện về Phòng", COMMUNES, [],
             {**QUARTERLY, "by": [{"month": 3, "day": 25}]}),
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
        "duties": [
            ("Phòng Thông tin - Báo chí", "Phòng Thông tin - Báo chí - Xuất bản",
             ["Báo Bắc Giang", "Đài Phát thanh và Truyền hình tỉnh"],
             {"type": "recurring", "frequency": "monthly"}),
            ("Phòng Bưu chính", "Phòng Bưu chính, Viễn thông và Công nghệ thông tin", [],
             _by("2024-05-30")),
            ("Đăng tải các tin", "Trung tâm Công nghệ thông tin và Truyền thông", [], ALWAYS),
            ("Phối hợp với các doanh nghiệp", "Trung tâm Công nghệ thông tin và Truyền thông",
             ["Các doanh nghiệp viễn thông"], ALWAYS),
            ("Phòng Thông tin cơ sở", "Phòng Thông tin cơ sở", [], WEEKLY),
            ("Văn phòng Sở tham mưu", "Văn phòng Sở", [], ALWAYS),
            ("Các phòng, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở", [],
             {"type": "deadlines", "dates": [dt.date(2024, 6, 15), dt.date(2024, 11, 15)]}),
        ],
        "outline": [
            (0, "1.", "MỤC ĐÍCH, YÊU CẦU"), (1, "1.1.", "Mục đích"), (1, "1.2.", "Yêu cầu"),
            (0, "2.", "NỘI DUNG TUYÊN TRUYỀN"), (0, "3.", "NHIỆM VỤ CỤ THỂ"),
            (1, "3.3.", "Trung tâm Công nghệ thông tin và Truyền thông thực hiện:"),
            (0, "4.", "TỔ CHỨC THỰC HIỆN")],
    },
    "external-dien-bien": {
        "duties": [
            ("Là cơ quan thường trực", "Sở Thông tin và Truyền thông", [], ALWAYS),
            ("Chủ trì, phối hợp với Sở Văn hóa", "Sở Thông tin và Truyền thông",
             ["Sở Văn hóa, Thể thao và Du lịch"],
             {"type": "window", "start": dt.date(2022, 7, 1), "end": dt.date(2022, 9, 30)}),
            ("Tổng hợp kết quả, báo cáo UBND", "Sở Thông tin và Truyền thông", [],
             _by("2022-11-30")),
            ("Chủ trì biên soạn tập gấp", "Sở Ngoại vụ", [], ALWAYS),
            ("Chủ trì tuyên truyền về biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
             ["Ủy ban nhân dân các huyện biên giới"], QUARTERLY),
            ("Duy trì các chuyên mục", ("Báo Điện Biên Phủ", "Đài Phát thanh và Truyền hình tỉnh"),
             [], WEEKLY),
            ("Xây dựng kế hoạch thông tin đối ngoại", (DEPARTMENTS, DISTRICTS), [],
             _by("2022-02-28")),
            ("Báo cáo kết quả thực hiện trước", (DEPARTMENTS, DISTRICTS), [], _by("2022-11-15")),
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
MISSED = {("department-bac-giang", "Phối hợp với các doanh nghiệp", "coordinators"):
          "telecom companies are no body of the registry: the import registers none after "
          "'phối hợp với các doanh nghiệp'"}
"""What the import reads otherwise than a reader, with the reason."""


def _spec(value: Any) -> Any:
    """An expected lead as ``who`` describes one: a name, a group's members, or its kinds."""
    if isinstance(value, str):
        return ("agency", _key(value))
    if isinstance(value, dict):
        return ("group", frozenset(), frozenset(value["kinds"]))
    return ("group", frozenset(_spec(v) for v in value), frozenset())


def _measured(path: Path, got: Imported) -> dict[str, Any]:
    """Sentences kept in order, and for the duties a reader finds: the right lead,
    coordinators and timing; with what is missed, by its field."""
    found, total, missing = document_recall(path.read_text(encoding="utf-8"), got.data)
    expected = EXPECTED[path.stem]["duties"]
    mine = duties(got.data)
    assert len(mine) == len(expected)  # no duty more than a reader finds
    right = {"leads": 0, "coordinators": 0, "timings": 0}
    missed: list[tuple[str, str, str]] = []
    for start, lead, coordinators, timing in expected:
        duty = next((d for d in mine if d["text"].startswith(start)), None)
        checks = {"leads": duty is not None and who(got.data, duty["lead"]) == _spec(lead),
                  "coordinators": duty is not None and [
                      who(got.data, c) for c in duty.get("coordinate", [])] == [
                      _spec(c) for c in coordinators],
                  "timings": duty is not None and duty["timing"] == timing}
        for field, ok in checks.items():
            right[field] += ok
            if not ok:
                missed.append((path.stem, start, field))
    return {"sentences": (found, total), "missing": missing, "missed": missed,
            **{field: (n, len(expected)) for field, n in right.items()}}


@pytest.mark.parametrize("path", IMPORTS, ids=lambda p: p.stem)
def test_document_of_other_wording(path: Path) -> None:
    got = import_document(path)
    measured = _measured(path, got)
    assert measured["missing"] == []
    assert measured["missed"] == [m for m in MISSED if m[0] == path.stem]
    assert outline(got.data) == EXPECTED[path.stem]["outline"]
    assert yaml.safe_load(got.yaml_text) == got.data


def test_what_the_documents_of_other_wording_keep() -> None:
    """The README's figures for tests/family/import."""
    total: dict[str, list[int]] = {}
    for path in IMPORTS:
        measured = _measured(path, import_document(path))
        for field in ("sentences", "leads", "coordinators", "timings"):
            kept, of = measured[field]
            total.setdefault(field, [0, 0])
            total[field] = [total[field][0] + kept, total[field][1] + of]
    assert total == {"sentences": [205, 205], "leads": [23, 23], "coordinators": [22, 23],
                     "timings": [23, 23]}


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
        measured = _measured(path, got)
        assert (measured["missing"], measured["missed"]) == (
            [], [m for m in MISSED if m[0] == path.stem])
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
