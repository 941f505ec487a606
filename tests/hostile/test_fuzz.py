"""Whatever the bytes, `dakplan validate` ends with exit 0, 1 or 2 and a message: mutations of
plans/2020.yaml (truncation, byte flips, line swaps, duplicated keys, re-encoding, NFD, hostile
snippets) never make it raise. Deterministic in CI (derandomize), bounded by a deadline."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import PLAN_2020
from dakplan.cli import app
from dakplan.i18n import set_language
from dakplan.io.encodings import encode_cp1258, encode_tcvn3, encode_vni

ORIGINAL = PLAN_2020.read_bytes()

ENCODINGS = {
    "cp1258": lambda text: encode_cp1258(text, "replace"),
    "tcvn3": lambda text: encode_tcvn3(text, "replace"),
    "vni": lambda text: encode_vni(text, "replace"),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-32": lambda text: text.encode("utf-32"),
    "latin-1": lambda text: text.encode("latin-1", errors="replace"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "nfd": lambda text: unicodedata.normalize("NFD", text).encode(),
    "crlf": lambda text: text.replace("\n", "\r\n").encode(),
}

SNIPPETS = [
    b"!!python/object/apply:os.system [ls]", b"*undefined", b"&a [*a]", b"[" * 200,
    b"{" * 70 + b"}" * 70, b"\x00", b"\t", b"---", b"...", b"? [a]\n: b", b"<<: {a: 1}",
    b"2020-02-30", b"!!binary AAAA", b"'unclosed", b"%YAML 1.1", b"\xef\xbb\xbf", b"\xff\xfe",
    b"- ", b": ", b"~", b"0x1F", b"1e999", b".nan", b"NO", b"010",
    # explicit standard tags on values they do not fit (once a traceback)
    b"!!int abc", b"!!int 010", b"!!float x", b"!!bool maybe", b"!!null x", b"!!timestamp x",
    b"!!map x", b"!!seq x", b"!!str [a]", b"!!merge x", b"!<tag:yaml.org,2002:int> q",
    # escapes of what a value may not hold (DK009; tests/hostile/test_fuzz_text.py goes wider)
    b'"\\x01"', b'"a\\0b"', b'"\\uffff"', b'"\\ud800"', b'"\\ud83d\\ude00"', b'"\\U00110000"',
    "\ufdd0".encode(), b'"\\x1b[2J"',
]


def _lines(raw: bytes) -> list[bytes]:
    return raw.splitlines(keepends=True)


@st.composite
def mutation(draw: st.DrawFn, raw: bytes) -> bytes:
    kind = draw(st.sampled_from(
        ["truncate", "flip", "swap", "duplicate", "encode", "snippet", "delete"]))
    lines = _lines(raw)
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw)))]
    if kind == "flip":
        out = bytearray(raw)
        for _ in range(draw(st.integers(1, 8))):
            if out:
                out[draw(st.integers(0, len(out) - 1))] = draw(st.integers(0, 255))
        return bytes(out)
    if kind == "swap" and len(lines) > 1:
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
        return b"".join(lines)
    if kind == "duplicate" and lines:
        i = draw(st.integers(0, len(lines) - 1))  # a key line twice: a duplicate key
        lines.insert(i, lines[i])
        return b"".join(lines)
    if kind == "delete" and lines:
        del lines[draw(st.integers(0, len(lines) - 1))]
        return b"".join(lines)
    if kind == "encode":
        text = raw.decode("utf-8", errors="replace")
        return ENCODINGS[draw(st.sampled_from(sorted(ENCODINGS)))](text)
    if kind == "snippet":
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + draw(st.sampled_from(SNIPPETS)) + raw[at:]
    return raw


@st.composite
def mutated_plan(draw: st.DrawFn) -> bytes:
    raw = ORIGINAL
    for _ in range(draw(st.integers(1, 3))):
        raw = draw(mutation(raw))
    return raw


FOLDER: list[Path] = []


@settings(max_examples=200, derandomize=True, database=None,
          deadline=dt.timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
@given(raw=mutated_plan(), fmt=st.sampled_from(["text", "json", "github"]))
def test_any_bytes_end_in_an_exit_code_and_a_message(tmp_path_factory, raw, fmt) -> None:
    if not FOLDER:
        FOLDER.append(tmp_path_factory.mktemp("fuzz"))
    path = FOLDER[0] / "plan.yaml"
    path.write_bytes(raw)
    result = CliRunner().invoke(app, ["validate", str(path), "--format", fmt],
                                catch_exceptions=True)
    set_language("en")
    event(f"exit {result.exit_code}")  # the spread shows with --hypothesis-show-statistics
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    assert result.exit_code in (0, 1, 2)
    assert (result.stdout + result.stderr).strip()
    if result.exit_code == 1:
        assert "DK" in result.stdout
    assert path.read_bytes() == raw
