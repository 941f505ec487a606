from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from dakplan.i18n.vn import (
    fold,
    format_date,
    format_money,
    format_month,
    format_number,
    match_key,
    nfc,
    parse_date,
    sort_key,
)


def test_vietnamese_alphabetical_order() -> None:
    words = ["đường", "dung", "Ê-đê", "em", "ăn", "an", "ân", "bé", "Cư", "ơn", "ôm", "om", "ưa",
             "uống", "yến", "xoài"]
    assert sorted(words, key=sort_key) == [
        "an", "ăn", "ân", "bé", "Cư", "dung", "đường", "em", "Ê-đê", "om", "ôm", "ơn", "uống",
        "ưa", "xoài", "yến"]


def test_tones_break_ties_in_dictionary_order() -> None:
    assert sorted(["má", "mà", "ma", "mạ", "mả", "mã"], key=sort_key) == [
        "ma", "mà", "mả", "mã", "má", "mạ"]


def test_sort_key_is_the_same_for_nfc_and_nfd() -> None:
    word = "Thông tấn xã Việt Nam"
    assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)


@pytest.mark.parametrize("name", ["Sở TT&TT", "so tttt", "SỞ TT-TT", "Sở  TT & TT",
                                  unicodedata.normalize("NFD", "Sở TT&TT")])
def test_match_key_ignores_case_diacritics_punctuation(name: str) -> None:
    assert match_key(name) == "sotttt"


def test_fold_maps_d_stroke() -> None:
    assert fold("Đắk Lắk") == "dak lak"
    assert nfc(unicodedata.normalize("NFD", "Đắk Lắk")) == "Đắk Lắk"


def test_dates_as_the_decree_writes_them() -> None:
    assert format_date(dt.date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020"
    assert format_date(dt.date(2020, 3, 15)) == "ngày 15 tháng 3 năm 2020"
    assert format_date(dt.date(2020, 12, 1)) == "ngày 01 tháng 12 năm 2020"
    assert format_month(2020, 3) == "ngày  tháng 3 năm 2020"


@pytest.mark.parametrize("text", ["2020-12-15", "15/12/2020", "15-12-2020", " 15/12/2020 "])
def test_parse_date_iso_and_vietnamese(text: str) -> None:
    assert parse_date(text) == dt.date(2020, 12, 15)


@pytest.mark.parametrize("text, message", [
    ("30/02/2020", "'30/02/2020' is not a date that exists"),
    ("2020-13-01", "'2020-13-01' is not a date that exists"),
    ("tomorrow", "'tomorrow' is not a date (write 2020-12-15 or 15/12/2020)"),
])
def test_parse_date_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse_date(text)
    assert str(raised.value) == message


def test_money() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(-1000) == "-1.000"
    assert format_money(50000000) == "50.000.000 đồng"
