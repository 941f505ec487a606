"""Both message catalogues say the same things: same keys, same placeholders, nothing missing."""

from __future__ import annotations

import re
import string

import pytest

from conftest import ROOT
from dakplan.diagnostics.codes import CATALOGUE
from dakplan.i18n import PLURAL, detect_language, set_language, t
from dakplan.i18n.en import EN
from dakplan.i18n.vi import VI

SRC = ROOT / "src" / "dakplan"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys() -> None:
    assert sorted(set(EN) - set(VI)) == []
    assert sorted(set(VI) - set(EN)) == []


@pytest.mark.parametrize("key", sorted(EN))
def test_same_placeholders(key: str) -> None:
    assert _fields(EN[key]) == _fields(VI[key]), key


def test_vietnamese_is_not_a_copy_of_english() -> None:
    # Codes, formats and example commands may be the same in both; sentences may not.
    same = [k for k in EN if EN[k] == VI[k] and " " in EN[k] and not k.startswith("schema.value")]
    assert same == []


def test_every_key_used_in_the_code_is_catalogued() -> None:
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bt\(\s*"([a-z_]+\.[a-z_.]+)"', text))
        used |= set(re.findall(r'help="(help\.[a-z_.]+)"', text))
    missing = sorted(k for k in used if k not in EN)
    assert missing == []
    assert "help.calendar" in used and "remind.title" in used


def test_rule_texts_follow_the_language_set() -> None:
    rule = CATALOGUE["DK302"]
    set_language("vi")
    assert rule.text("fix") == "Chuyển thời hạn vào trong thời kỳ, hoặc mở rộng `document.period`."
    set_language("en")
    assert rule.text("fix") == ("Move the deadline into the period, or widen "
                                "`document.period`.")


def _plural_specs(template: str) -> list[list[str]]:
    return [spec.split("|") for _, _, spec, _ in string.Formatter().parse(template)
            if spec and "|" in spec]


@pytest.mark.parametrize(("files", "errors", "english", "vietnamese"), [
    (1, 1, "1 file checked: 1 error, 0 warnings", "đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo"),
    (2, 0, "2 files checked: 0 errors, 0 warnings", "đã kiểm tra 2 tệp: 0 lỗi, 0 cảnh báo"),
])
def test_counts_take_the_plural_form_of_the_language(
        files: int, errors: int, english: str, vietnamese: str) -> None:
    assert t("cli.summary", files=files, errors=errors, warnings=0) == english
    set_language("vi")
    try:
        assert t("cli.summary", files=files, errors=errors, warnings=0) == vietnamese
    finally:
        set_language("en")


@pytest.mark.parametrize("key", sorted(EN))
def test_plural_forms_match_the_language(key: str) -> None:
    # English: one and other; Vietnamese has one form, so a count needs no choice there.
    assert all(len(forms) == 2 for forms in _plural_specs(EN[key])), key
    assert all(len(forms) == 1 for forms in _plural_specs(VI[key])), key
    assert PLURAL["en"](1) == 0 and PLURAL["en"](0) == PLURAL["en"](2) == 1


def test_no_count_is_left_with_a_bracketed_plural() -> None:
    assert [k for k in EN if "(s)" in EN[k]] == []


def test_t_speaks_the_language_set() -> None:
    set_language("vi")
    assert t("cli.valid", file="a.yaml") == "a.yaml: hợp lệ"
    set_language("en")
    assert t("cli.valid", file="a.yaml") == "a.yaml: valid"


@pytest.mark.parametrize(("explicit", "env", "expected"), [
    ("vi", {}, "vi"),
    ("en", {"DAKPLAN_LANG": "vi"}, "en"),
    (None, {"DAKPLAN_LANG": "vi"}, "vi"),
    (None, {"LANG": "vi_VN.UTF-8"}, "vi"),
    (None, {"LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"}, "en"),
    (None, {"LANG": "C.UTF-8"}, "en"),
])
def test_detect_language(monkeypatch: pytest.MonkeyPatch, explicit: str | None,
                         env: dict[str, str], expected: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert detect_language(explicit) == expected
