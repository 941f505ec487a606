"""The loader: YAML 1.2 scalars, duplicate keys, tags, encodings, NFC."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from dakplan.io.locate import LineIndex
from dakplan.io.read import Source, decode
from dakplan.io.yaml_load import load_file, load_text


def load(text: str):  # type: ignore[no-untyped-def]
    return load_text(Source("t.yaml", text))


@pytest.mark.parametrize("text, value", [
    ("NO", "NO"), ("no", "no"), ("yes", "yes"), ("on", "on"), ("Off", "Off"),
    ("010", "010"), ("0x10", "0x10"), ("1_000", "1_000"), ("12:30", "12:30"),
    ("true", True), ("false", False), ("10", 10), ("1.10", 1.1), ("~", None),
    ("2020-12-15", dt.date(2020, 12, 15)), ("2020-3-5", "2020-3-5"), ("2020-03", "2020-03"),
])
def test_yaml_1_1_surprises_do_not_change_values(text: str, value: object) -> None:
    result = load(f"v: {text}\n")
    assert result.diagnostics == []
    assert result.data == {"v": value}
    assert type(result.data["v"]) is type(value)


def test_duplicate_key_is_reported_at_the_second() -> None:
    result = load("a: 1\nb:\n  c: 1\n  c: 2\n")
    [d] = result.diagnostics
    assert (d.code, d.line, d.col) == ("DK002", 4, 3)
    assert d.message == "duplicate key 'c' (first at line 3); YAML would keep only the last value"


@pytest.mark.parametrize("tag", [
    "!!python/object/apply:os.system ['id']", "!!python/name:os.system", "!!binary aGk=",
    "!!set {a, b}", "!custom x"])
def test_unsafe_tags_are_refused_and_nothing_is_built(tag: str) -> None:
    result = load(f"a: 1\nb: {tag}\n")
    assert [(d.code, d.line) for d in result.diagnostics] == [("DK003", 2)]
    assert result.data == {"a": 1, "b": None}


def test_date_that_does_not_exist() -> None:
    result = load("d: 2021-02-29\n")
    assert [(d.code, d.line, d.col) for d in result.diagnostics] == [("DK301", 1, 4)]


def test_decomposed_text_is_normalised_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "tên: Sở Thông tin và Truyền thông\n")
    assert nfd != unicodedata.normalize("NFC", nfd)
    result = load(nfd)
    assert result.data == {"tên": "Sở Thông tin và Truyền thông"}


def test_bom_and_crlf_are_accepted() -> None:
    source, problems = decode("\ufeffa: Đắk Lắk\r\nb: 2\r\n".encode(), "x.yaml")
    assert problems == []
    assert source is not None
    assert load_text(source).data == {"a": "Đắk Lắk", "b": 2}


def test_not_utf8_names_the_line() -> None:
    raw = "a: 1\nb: Đông Hà\n".encode("cp1258")
    source, [d] = decode(raw, "x.yaml")
    assert source is None
    assert (d.code, d.line) == ("DK006", 2)
    assert "UTF-8" in d.message


def test_utf16_is_refused() -> None:
    _, [d] = decode("a: 1\n".encode("utf-16"), "x.yaml")
    assert d.code == "DK006"
    assert d.message.startswith("the file is UTF-16 or UTF-32, not UTF-8; re-save it as UTF-8")


def test_missing_and_directory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    [d] = load_file(tmp_path / "nope.yaml").diagnostics
    assert (d.code, d.message) == ("DK008", "no such file")
    [d] = load_file(tmp_path).diagnostics
    assert (d.code, d.message) == ("DK008", "is a directory, not a plan file")


def test_line_index_points_at_values_keys_and_parents() -> None:
    index = LineIndex("a:\n  b:\n    - x\n    - y: 1\n      z: 2\n")
    assert index.locate(("a", "b", 1, "z")) == (5, 10)
    assert index.locate(("a", "b", 1, "z"), key=True) == (5, 7)
    assert index.locate(("a", "b", 1, "missing")) == (4, 7)
    assert index.locate(("a", "b", 7)) == (3, 5)


@pytest.mark.parametrize("text, code, col", [
    ("!!int abc", "DK103", 4), ("!!int 010", "DK103", 4), ("!!float x", "DK103", 4),
    ("!!bool maybe", "DK103", 4), ("!!null x", "DK103", 4), ("!!timestamp foo", "DK103", 4),
    ("!!timestamp 2020-01-01T10:00:00", "DK103", 4), ("!!map x", "DK103", 4),
    ("!!seq x", "DK001", 4), ("!!str [a]", "DK001", 4), ("!!timestamp 2020-02-30", "DK301", 4),
])
def test_explicit_standard_tags_never_crash_or_change_a_value(text: str, code: str,
                                                              col: int) -> None:
    result = load(f"a: 1\nv: {text}\n")
    assert [(d.code, d.line, d.col) for d in result.diagnostics] == [(code, 2, col)]


@pytest.mark.parametrize("text, value", [
    ("!!int 12", 12), ("!!bool true", True), ("!!float 1.5", 1.5), ("!!null ~", None),
    ("!!str 010", "010"), ("!!timestamp 2020-12-15", dt.date(2020, 12, 15)),
])
def test_explicit_standard_tags_read_what_they_would_untagged(text: str, value: object) -> None:
    result = load(f"v: {text}\n")
    assert result.diagnostics == []
    assert result.data == {"v": value}


@pytest.mark.parametrize("name", [
    "plans/2020.yaml", "tests/examples/invalid/dk002-duplicate-key.yaml",
    "tests/examples/invalid/dk301-date-does-not-exist.yaml",
    "tests/examples/invalid/dk003-unsafe-tag.yaml", "tests/examples/invalid/dk001-yaml-syntax.yaml",
    "tests/examples/valid/small.yaml", "tests/corpus/nesting-block-70.yaml",
    "tests/corpus/nesting-flow-100.yaml"])
def test_libyaml_composer_and_counting_composer_agree(name: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Small alias-free files are composed by libyaml; everything else by the counting composer.
    # Both must give the same data and the same diagnostics.
    import dakplan.io.yaml_load as loader
    from conftest import ROOT

    source = Source(name, (ROOT / name).read_text(encoding="utf-8"))
    fast = load_text(source)
    monkeypatch.setattr(loader, "FAST_BYTES", 0)
    counted = load_text(source)
    assert (fast.data, fast.diagnostics) == (counted.data, counted.diagnostics)


# The mapping, its key and the list count: 3 nodes beside the list's values.
@pytest.mark.parametrize("text, past", [
    ("v: [" + "1," * 99_997 + "1]\n", True),  # one node past the bound, in a small file
    ("v: [" + "1," * 99_996 + "1]\n", False),  # at the bound exactly
    ("v: " + "[" * 64 + "]" * 64 + "\n", True),  # one level past the depth bound
    ("v: " + "[" * 63 + "]" * 63 + "\n", False),
])
def test_libyaml_composer_stops_at_the_bounds_as_the_counting_composer_does(
        text: str, past: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import dakplan.io.yaml_load as loader

    assert len(text) < loader.FAST_BYTES
    fast = load(text)
    monkeypatch.setattr(loader, "FAST_BYTES", 0)
    counted = load(text)
    assert fast.diagnostics == counted.diagnostics
    assert [d.code for d in fast.diagnostics] == (["DK007"] if past else [])
    assert fast.data == counted.data
