"""The frame of a document (header, bases, closing) and the YAML the importer writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from dakplan.imports import import_document
from dakplan.imports.agencies import Registry
from dakplan.imports.bases import citations, read_basis
from dakplan.imports.closing import read_closing
from dakplan.imports.emit import emit, scalar
from dakplan.imports.header import period_in, read_header
from dakplan.imports.lines import logical_lines
from dakplan.imports.review import Review
from dakplan.imports.source import parse_text


def _lines(text: str) -> list:  # type: ignore[type-arg]
    return logical_lines(parse_text("x.txt", text))


def test_header_of_a_department_typed_line_by_line() -> None:
    lines = _lines("UBND TỈNH BẮC GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 102/KH-STTTT\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Bắc Giang, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\nAn toàn thông tin năm 2024\n")
    header = read_header(lines[:6], lines[6], lines[7:])
    assert (header.parent, header.name, header.number, header.symbol, header.place,
            header.date, header.subject, header.period) == (
        "UBND TỈNH BẮC GIANG", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 102, "KH-STTTT", "Bắc Giang",
        dt.date(2024, 3, 15), "An toàn thông tin năm 2024", {"start": 2024, "end": 2024})


def test_a_date_known_to_the_month_and_a_blank_number() -> None:
    lines = _lines("Số: /KH-UBND\nĐắk Lắk, ngày  tháng 3 năm 2020\nKẾ HOẠCH\nHợp tác\n")
    header = read_header(lines[:2], lines[2], lines[3:])
    assert (header.number, header.symbol, header.date) == (None, "KH-UBND", "2020-03")


def test_periods() -> None:
    assert period_in("Phối hợp ... giai đoạn 2021-2025") == {"start": 2021, "end": 2025}
    assert period_in("chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030") == {
        "start": 2021, "end": 2025}
    assert period_in("Hợp tác truyền thông năm 2020") == {"start": 2020, "end": 2020}
    assert period_in("Hợp tác truyền thông") is None


def test_numbers_kept_as_printed_and_short_names() -> None:
    docs = citations("Thực hiện Kế hoạch số 96/KH-UBND ngày 14/12/2023 của Ủy ban nhân dân "
                     "tỉnh triển khai Đề án X (sau đây viết tắt là Kế hoạch số 96); Tờ trình "
                     "số 118/TTr- STTTT ngày 10/01/2024, Công văn số 4127/BTTTT-PTTH&TTĐT.")
    assert docs == [
        {"type": "KH", "number": "96/KH-UBND", "date": dt.date(2023, 12, 14),
         "issuer": "Ủy ban nhân dân tỉnh", "subject": "triển khai Đề án X",
         "short_name": "Kế hoạch số 96"},
        {"type": "TTr", "number": "118/TTr- STTTT", "date": dt.date(2024, 1, 10)},
        {"name": "Công văn", "number": "4127/BTTTT-PTTH&TTĐT"}]


def test_a_proposal_names_its_proposer() -> None:
    reg = Registry()
    basis, _ = read_basis("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV "
                          "ngày 26/02/2024.", 3, reg)
    reg.finish(None)
    assert basis["id"] == "ttr-45-snv"
    assert [e.name for e in reg.entries] == ["Sở Nội vụ"]
    assert basis["documents"] == [{"type": "TTr", "number": "45/TTr-SNV",
                                   "date": dt.date(2024, 2, 26), "issuer": "Sở Nội vụ"}]


def test_an_agreement_without_number_names_its_parties() -> None:
    reg = Registry()
    reg.issuer = reg.add("Ủy ban nhân dân tỉnh Kon Tum", 1)
    basis, parties = read_basis("Căn cứ Chương trình phối hợp thông tin, tuyên truyền giữa Ủy "
                                "ban nhân dân tỉnh Kon Tum và Đài Tiếng nói Việt Nam giai đoạn "
                                "2021-2025;", 2, reg)
    assert [p.name for p in parties] == ["Ủy ban nhân dân tỉnh Kon Tum", "Đài Tiếng nói Việt Nam"]
    doc = basis["documents"][0]
    assert (doc["type"], doc["name"], doc["period"]) == (
        "CTr", "Chương trình phối hợp thông tin, tuyên truyền", {"start": 2021, "end": 2025})


def test_recipients_and_a_signature_beside_them() -> None:
    lines = _lines("Nơi nhận:                                  KT. CHỦ TỊCH\n"
                   "- Bộ Ngoại giao (b/c);                      PHÓ CHỦ TỊCH\n"
                   "- Các sở, ban, ngành tỉnh (t/h);\n"
                   "- Lưu: VT, KGVX.                            Lò Văn Khiêm\n")
    closing = read_closing(lines, Registry())
    assert [(r["text"], r.get("note"), len(r.get("agencies", []))) for r in closing.recipients] \
        == [("Bộ Ngoại giao", "b/c", 1), ("Các sở, ban, ngành tỉnh", "t/h", 1),
            ("Lưu: VT, KGVX", None, 0)]
    assert closing.signature == {"chain": [{"authority": "KT.", "on_behalf_of": "CHỦ TỊCH"}],
                                 "title": "PHÓ CHỦ TỊCH", "name": "Lò Văn Khiêm"}


def test_scalars_quoted_only_where_yaml_would_misread_them() -> None:
    assert [scalar(v) for v in ("I.", "1.", "KH-UBND", "yes", "a: b", "- x", "2020-03",
                                 dt.date(2020, 3, 1), None, 27)] == [
        "I.", '"1."', "KH-UBND", '"yes"', '"a: b"', '"- x"', "2020-03", "2020-03-01", "",
        "27"]


def test_texts_fold_and_read_back_exactly() -> None:
    texts = ["ngày  tháng 3 năm 2020 " * 8, "Trích: \"Kế hoạch\" # số 1 ... " * 6,
             "dòng một\ndòng hai", " khoảng trắng đầu", "a" * 120]
    data = {"body": [{"paragraph": t.strip() if k == 0 else t} for k, t in enumerate(texts)]}
    text = emit(data, Review(), [])
    assert yaml.safe_load(text) == data
    assert max(len(line) for line in text.splitlines()) <= 96 + 2 or "a" * 120 in text


def test_review_comments_land_where_they_belong() -> None:
    data = {"body": [{"paragraph": "Một."}, {"bullets": ["Hai.", "Ba."]}]}
    review = Review()
    review.add(7, "review.no_lead", data["body"][1]["bullets"], 1)
    review.add(1, "review.no_issuer")
    text = emit(data, review, ["đầu"])
    lines = text.splitlines()
    assert lines[:2] == ["# đầu", "# review (line 1): no issuing body found; fill in "
                                  "document.issuer"]
    at = review.items[0].yaml_line
    assert at is not None and lines[at - 1].strip().startswith("# review (line 7): no clear")
    assert lines[at] == "      - Ba."
    assert yaml.safe_load(text) == data


def test_a_plan_without_closing_or_signature_is_imported_with_review(tmp_path: Path) -> None:
    path = tmp_path / "kehoach.txt"
    path.write_text("KẾ HOẠCH\nTuyên truyền\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
                    "- Chủ trì tuyên truyền.\n", encoding="utf-8")
    got = import_document(path)
    messages = [i.message for i in got.review_items]
    assert "no issuing body found; fill in document.issuer" in messages
    assert "no 'Nơi nhận:' list found" in messages
    assert "no signature block (authority lines, title, name) found" in messages
    assert "no period ('năm 2024', 'giai đoạn 2021-2025') in the subject" in messages
    duty = got.data["body"][0]["section"]["blocks"][0]["section"]["blocks"][0]["bullets"][0]
    assert duty["duty"]["lead"] == "SYT"
    assert yaml.safe_load(got.yaml_text) == got.data
