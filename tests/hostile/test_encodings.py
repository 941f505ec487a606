"""Encodings: UTF-8 with or without BOM, LF, CRLF or CR give the same plan; NFD gives the same
plan and the same diagnostics as NFC; anything else is refused at its first bad line."""

from __future__ import annotations

import json
import unicodedata

import pytest

from conftest import PLAN_2020, dump_plan, small_plan
from dakplan.io.encodings import (
    VIETNAMESE_LETTERS,
    _decode_cp1258,
    _decode_tcvn3,
    _decode_vni,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    guess,
)
from dakplan.io.yaml_load import load_file
from dakplan.validate import validate_file


def _invalid_plan_text() -> str:
    """The small plan with three errors on lines that hold Vietnamese text before the error's
    column, so that a change of lines or columns would show."""
    data = small_plan()
    data["implementation"][0]["tasks"][0]["lead"] = "KHONGCO"
    text = dump_plan(data)
    text = text.replace("  place: Thử Nghiệm\n", "  place: Thử Nghiệm\n  nơi: Thử Nghiệm\n")
    return text + "ghi chú: {mô tả: Đắk Lắk, mã: [Sở, *không]}\n"


def _json(run, path) -> tuple[int, list[tuple[int, int, str, str]]]:
    result = run("validate", str(path), "--format", "json")
    found = json.loads(result.stdout)["diagnostics"]
    return result.exit_code, [(d["line"], d["column"], d["code"], d["message"]) for d in found]


VARIANTS = {
    "utf-8 bom": lambda text: b"\xef\xbb\xbf" + text.encode(),
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
    "bom and crlf": lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
    "cr only": lambda text: text.replace("\n", "\r").encode(),
    "nfd": lambda text: unicodedata.normalize("NFD", text).encode(),
    "nfd, bom and crlf": lambda text: b"\xef\xbb\xbf"
    + unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode(),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_valid_plan_reads_the_same(run, tmp_path, variant) -> None:
    text = PLAN_2020.read_text(encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_bytes(text.encode())
    other = tmp_path / "other.yaml"
    other.write_bytes(VARIANTS[variant](text))
    assert other.read_bytes() != plain.read_bytes()
    assert load_file(other).data == load_file(plain).data
    assert validate_file(other).plan == validate_file(plain).plan
    assert _json(run, other) == _json(run, plain) == (0, [])


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_invalid_plan_gives_the_same_diagnostics(run, tmp_path, variant) -> None:
    text = _invalid_plan_text()
    plain = tmp_path / "plain.yaml"
    plain.write_bytes(text.encode())
    other = tmp_path / "other.yaml"
    other.write_bytes(VARIANTS[variant](text))
    status, found = _json(run, plain)
    assert status == 1
    assert {code for _, _, code, _ in found} >= {"DK001"}
    assert _json(run, other) == (status, found)


def test_nfd_errors_after_vietnamese_text_keep_their_columns(run, tmp_path) -> None:
    text = dump_plan(small_plan())
    recipients = "  - text: Sở Văn hóa\n    note: t/h\n    agencies:\n    - SVH\n"
    assert recipients in text
    text = text.replace(recipients, "  - {text: Sở Văn hóa, note: t/h, agencies: [SỞ-VH]}\n")
    plain = tmp_path / "plain.yaml"
    plain.write_text(text, encoding="utf-8")
    nfd = tmp_path / "nfd.yaml"
    nfd.write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    status, found = _json(run, plain)
    assert status == 1
    assert [(code, col) for _, col, code, _ in found] == [("DK104", 46)]
    assert "SỞ-VH" in found[0][3]
    assert _json(run, nfd) == (status, found)
    assert unicodedata.is_normalized("NFC", repr(load_file(nfd).data))


SAMPLE = "Kế hoạch hợp tác truyền thông năm 2030 của Ủy ban nhân dân tỉnh Đắk Lắk"
LEGACY = {
    "Windows-1258": encode_cp1258,
    "TCVN3 (ABC)": encode_tcvn3,
    "VNI Windows": encode_vni,
}


@pytest.mark.parametrize("name", list(LEGACY))
def test_legacy_encoding_is_named_never_read(run, tmp_path, name) -> None:
    lines = ["dakplan: 1", "# the first lines are plain ASCII", f"note: {SAMPLE}", "x: y"]
    path = tmp_path / "legacy.yaml"
    path.write_bytes(LEGACY[name]("\r\n".join(lines) + "\r\n"))
    assert guess(path.read_bytes()) == name
    status, found = _json(run, path)
    assert status == 1
    assert [(line, code) for line, _, code, _ in found] == [(3, "DK006")]
    assert name in found[0][3]
    assert load_file(path).data is None


def test_legacy_advice_in_vietnamese(run, tmp_path) -> None:
    path = tmp_path / "vni.yaml"
    path.write_bytes(encode_vni(f"note: {SAMPLE}\n"))
    result = run("--lang", "vi", "validate", str(path))
    assert result.exit_code == 1
    assert "VNI Windows" in result.stdout and "Công cụ chuyển mã" in result.stdout


def test_bytes_that_fit_no_encoding_are_not_named(run, tmp_path) -> None:
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"dakplan: 1\nx: \x89PNG\x1a\x00\xff\xfe\x80\x81\n")
    status, found = _json(run, path)
    assert status == 1
    assert [(line, code) for line, _, code, _ in found] == [(2, "DK006")]
    assert "looks like" not in found[0][3]


def test_legacy_tables_agree_with_published_spellings() -> None:
    assert encode_vni("Việt Nam, Đắk Lắk, người") == (
        b"Vie\xe4t Nam, \xd1a\xe9k La\xe9k, ng\xf6\xf4\xf8i")
    assert encode_tcvn3("Bảo Thắng, Mường Khương") == b"B\xb6o Th\xbeng, M\xad\xeang Kh\xad\xacng"
    assert encode_cp1258("Việt") == b"Vi\xea\xf2t"


def test_legacy_decoders_invert_the_encoders_for_every_letter() -> None:
    assert len(VIETNAMESE_LETTERS) == 134
    for letter in VIETNAMESE_LETTERS:
        assert _decode_vni(encode_vni(letter)) == letter
        assert _decode_cp1258(encode_cp1258(letter)) == letter
        if letter.islower() or letter in "ĂÂÊÔƠƯĐ":  # TCVN3 has no capitals with a tone
            assert _decode_tcvn3(encode_tcvn3(letter)) == letter
