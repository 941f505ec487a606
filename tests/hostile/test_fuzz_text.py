"""Plan texts with every class of character a plan may be given: control characters (typed,
or as YAML escapes), noncharacters, escaped surrogates, bidirectional and zero-width marks,
combining marks, decomposed (NFD) Vietnamese, characters outside the BMP, and the characters
YAML, Markdown, HTML and CSV give a meaning to. Whatever the text, and wherever it stands (a
task's text, an agency's name, a heading, the subject, a key), `validate`, `render`, `tasks`
and `agencies` end with exit 0, 1 or 2 and no traceback; they agree on whether the plan is
valid; a text holding an unprintable character is DK009; what a valid plan gives is printable;
nothing is written but the output asked for. Deterministic in CI (derandomize)."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import dump_plan, small_plan
from dakplan.cli import app
from dakplan.i18n import set_language
from dakplan.i18n.printable import UNPRINTABLE

CONTROLS = [chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]]
NONCHARACTERS = ["\ufdd0", "\ufde7", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]
BIDI = ["\u200e", "\u200f", "\u061c", *map(chr, range(0x202A, 0x202F)),
        *map(chr, range(0x2066, 0x206A))]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\u2029",
             "\u00a0", "\u3000"]
COMBINING = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b",
             "\u0338", "\u20dd"]
WORDS = ["Sở Thông tin và Truyền thông", "Đắk Lắk", "phóng sự", "Ủy ban nhân dân", "tiếng Việt"]
MEANINGFUL = ['"', "\\", "'", ":", "#", "&", "*", "!", "|", ">", "-", "{", "}", "[", "]", "%",
              "@", "`", "=", "+", "<", "</script>", "**", "_", "~", "\t", "\n", "\r", ";", ",",
              "&amp;", "javascript:", "{{ plan }}", "{% raw %}"]
OUTSIDE_BMP = ["\U0001f600", "\U0001f1fb\U0001f1f3", "\U00020000", "\U000e0001", "\U000f0000"]

# What the YAML reader refuses typed as it is (outside YAML 1.1's printable set), and the line
# breaks, which typed inside a quoted scalar make a new line (and may break the indentation).
_READER_REFUSES = re.compile("[^\t\n\r -~\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAKS = re.compile("[\n\r\x85\u2028\u2029]")


def _escape(ch: str, form: str) -> str:
    code = ord(ch)
    if form == "x" and code < 0x100:
        return f"\\x{code:02x}"
    if form in ("x", "u") and code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


@st.composite
def piece(draw: st.DrawFn) -> tuple[str, bool]:
    """Some text and whether it is typed as it is (False: written with escapes)."""
    kind = draw(st.sampled_from(["control", "nonchar", "surrogate", "bidi", "invisible",
                                 "combining", "word", "nfd", "meaningful", "bmp", "astral"]))
    pool = {"control": CONTROLS, "nonchar": NONCHARACTERS, "surrogate": SURROGATES,
            "bidi": BIDI, "invisible": INVISIBLE, "combining": COMBINING, "word": WORDS,
            "meaningful": MEANINGFUL, "astral": OUTSIDE_BMP}
    if kind == "nfd":
        text = unicodedata.normalize("NFD", draw(st.sampled_from(WORDS)))
    elif kind == "bmp":
        text = draw(st.text(st.characters(max_codepoint=0xFFFF, exclude_categories=["Cs"]),
                            min_size=1, max_size=3))
    else:
        text = draw(st.sampled_from(pool[kind]))
    typed = kind != "surrogate" and draw(st.booleans())
    return text, typed


def _quoted(pieces: list[tuple[str, bool]]) -> str:
    """A YAML double-quoted scalar holding ``pieces``."""
    out = []
    for text, typed in pieces:
        for ch in text:
            if typed and ch not in '"\\':
                out.append(ch)
            else:
                out.append(_escape(ch, "x" if ch in '"\\' else "u"))
    return '"' + "".join(out) + '"'


PLACES = ["task text", "agency name", "heading", "subject", "key", "short name"]
MARK = "zzfuzzvaluezz"


def _plan_text(place: str, value: str) -> str:
    data = small_plan()
    if place == "task text":
        data["implementation"][0]["tasks"][0]["text"] = MARK
    elif place == "agency name":
        data["agencies"][1]["name"] = MARK
    elif place == "heading":
        data["implementation"][1]["heading"] = MARK
    elif place == "subject":
        data["document"]["subject"] = MARK
    elif place == "short name":
        data["agencies"][1]["short"] = [MARK]
    else:
        data["implementation"][0]["tasks"][0][MARK] = "giá trị"
    text = dump_plan(data)
    assert text.count(MARK) == 1
    return text.replace(MARK, value)


COMMANDS: list[tuple[str, list[str]]] = [
    ("validate", ["validate", "{plan}"]),
    ("render md", ["render", "plan", "{plan}", "-f", "md"]),
    ("render html", ["render", "agency", "{plan}", "--agency", "SVH", "-f", "html"]),
    ("render docx", ["render", "plan", "{plan}", "-f", "docx", "-o", "{dir}/out.docx"]),
    ("tasks csv", ["tasks", "{plan}", "-f", "csv", "--as-of", "2030-06-01"]),
    ("tasks table", ["tasks", "{plan}", "--as-of", "2030-06-01", "--group-by", "agency"]),
    ("agencies", ["agencies", "{plan}", "-f", "markdown"]),
]

FOLDER: list[Path] = []


def _run(args: list[str]) -> Any:
    result = CliRunner().invoke(app, args, catch_exceptions=True)
    set_language("en")
    return result


@settings(max_examples=30, derandomize=True, database=None,
          deadline=dt.timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(piece(), min_size=1, max_size=8), place=st.sampled_from(PLACES))
def test_any_text_ends_in_an_exit_code(tmp_path_factory: Any, pieces: list[tuple[str, bool]],
                                       place: str) -> None:
    if not FOLDER:
        FOLDER.append(tmp_path_factory.mktemp("fuzz-text"))
    folder = FOLDER[0]
    for old in folder.iterdir():
        old.unlink()
    plan = folder / "plan.yaml"
    text = _plan_text(place, _quoted(pieces))
    plan.write_text(text, encoding="utf-8")
    written = plan.read_bytes()
    cwd = os.getcwd()
    os.chdir(folder)  # anything written but the output asked for would land here
    try:
        results = {name: _run([a.format(plan=plan, dir=folder) for a in args])
                   for name, args in COMMANDS}
    finally:
        os.chdir(cwd)
    validity = results["validate"].exit_code
    event(f"{place}: exit {validity}")
    for name, result in results.items():
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            name, repr(result.exception))
        assert "Traceback" not in result.output, name
        assert result.exit_code == validity, (name, result.exit_code, result.output)
        assert UNPRINTABLE.search(result.output.replace("\r\n", "\n")) is None, name
    assert validity in (0, 1)
    # Only escapes put an unprintable character into a value; typed, most are refused by YAML.
    refused_typed = any(typed and _READER_REFUSES.search(t) for t, typed in pieces)
    breaks_typed = any(typed and _BREAKS.search(t) for t, typed in pieces)
    escaped_bad = any(not typed and UNPRINTABLE.search(t) for t, typed in pieces)
    report = results["validate"].stdout
    if escaped_bad and not refused_typed and not breaks_typed:
        assert " DK009 " in report, report
    if refused_typed:
        assert " DK001 " in report or " DK006 " in report, report
    expected = {"plan.yaml", "out.docx"} if validity == 0 else {"plan.yaml"}
    assert {p.name for p in folder.iterdir()} == expected
    if validity == 0:
        with zipfile.ZipFile(folder / "out.docx") as docx:
            assert UNPRINTABLE.search(docx.read("word/document.xml").decode("utf-8")) is None
    assert plan.read_bytes() == written
