"""Text no output can print (DK009): which characters, found in any value or key, at the
column where they are written, the same with or without libyaml."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dakplan.diagnostics import Diagnostic, Severity
from dakplan.i18n import printable
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_text

REFUSED = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1f", "\x7f", "\x80", "\x85",
           "\x9f", "\ud800", "\udbff", "\udc00", "\udfff", "\ufdd0", "\ufdef", "\ufffe",
           "\uffff", "\U0001fffe", "\U0001ffff", "\U0010fffe", "\U0010ffff"]
ALLOWED = ["\t", "\n", " ", "~", "\xa0", "ộ", "đ", "\u0301", "\u200b", "\u200e", "\u200f",
           "\u202e", "\u2066", "\u2028", "\ufeff", "\ufdcf", "\ufdf0", "\ufffd", "\ue000",
           "\U0001f600", "\U0001fffd", "\U00020000"]


@pytest.mark.parametrize("ch", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_refused(ch: str) -> None:
    assert printable.first(f"Sở {ch} Tin") == ch


@pytest.mark.parametrize("ch", ALLOWED, ids=[f"U+{ord(c):04X}" for c in ALLOWED])
def test_allowed(ch: str) -> None:
    assert printable.first(f"Sở {ch} Tin") is None


def test_names_and_kinds() -> None:
    assert [printable.code_point(c) for c in ("\x01", "\uffff", "\U0001fffe")] == [
        "U+0001", "U+FFFF", "U+1FFFE"]
    assert [printable.kind(c) for c in ("\x00", "\x9f", "\ud800", "\ufdd0", "\U0010ffff")] == [
        "control", "control", "surrogate", "noncharacter", "noncharacter"]


@pytest.mark.parametrize("ch", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
@pytest.mark.parametrize("form", ["a: x{}y\n", "a: 'x{}y'\n", 'a: "x{}y"\n', "a: |\n  x{}y\n",
                                  "x{}y: a\n"])
def test_typed_as_it_is_never_reaches_a_value_unseen(ch: str, form: str) -> None:
    # Scanning values is skipped when printable.may_hold says none can hold such a character:
    # whatever the YAML reader lets through must be found all the same.
    result = load_text(Source("f.yaml", form.format(ch)))
    texts = [*result.data, *result.data.values()] if isinstance(result.data, dict) else []
    assert result.diagnostics or not any(printable.first(str(v)) for v in texts)
    assert printable.may_hold('a: "\\x01"')
    assert not printable.may_hold("a: Sở Thông tin và Truyền thông\tx\n")


def test_messages_quoting_plan_text_always_print() -> None:
    d = Diagnostic("f.yaml", 1, 1, "DK102", Severity.ERROR, "schema.unknown",
                   {"key": "a\x00b\ud800\U0001ffff", "hint": ""})
    assert d.message == "unknown key 'a\\x00b\\uD800\\U0001FFFF'"
    d.message.encode("utf-8")


def _found(text: str) -> list[tuple[int, int, str, str]]:
    result = load_text(Source("f.yaml", text))
    return [(d.line, d.col, d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize(("text", "line", "col", "char"), [
    ('a: "Sở \\x01Tin"\n', 1, 8, "U+0001"),
    ('a: "a\\0b"\n', 1, 6, "U+0000"),
    ('a: "\\uffff"\n', 1, 5, "U+FFFF"),
    ('a: "\\ud800"\n', 1, 5, "U+D800"),
    ('a: "x\\U0001FFFE"\n', 1, 6, "U+1FFFE"),
    ('a: "\\N \\r"\n', 1, 5, "U+0085"),
    ('a: "first\n  second \\x05 here"\n', 2, 10, "U+0005"),  # folded over two lines
    ('a: "x\\\n  \\x07"\n', 2, 3, "U+0007"),  # an escaped line break before it
    ('a: !!str "t\\x06"\n', 1, 12, "U+0006"),
    ('a: [ok, "b\\x03"]\n', 1, 11, "U+0003"),
    ("a: x \ufdd0 y\n", 1, 6, "U+FDD0"),  # as typed: plain, single-quoted, block
    ("a: 'it''s \ufdd1'\n", 1, 11, "U+FDD1"),
    ("a: |\n  line one\n  line \U0001fffe two\n", 3, 8, "U+1FFFE"),
    ('a: 1\n"k\\x01ey": 2\n', 2, 3, "U+0001"),  # a key
    ('a:\n  - b: {"c\\x1b": d}\n', 2, 11, "U+001B"),
])
def test_found_where_it_is_written(text: str, line: int, col: int, char: str) -> None:
    [(at_line, at_col, code, message)] = _found(text)
    assert (at_line, at_col, code) == (line, col, "DK009")
    assert message.startswith(f"{char} (")
    assert message.endswith("cannot be printed or saved in a Word file; delete it")


def test_each_value_once_even_through_aliases() -> None:
    assert [f[:3] for f in _found('a: &x "v\\x02"\nb: *x\nc: [*x, "\\x04"]\n')] == [
        (1, 9, "DK009"), (3, 10, "DK009")]


def test_a_surrogate_pair_gets_the_escape_yaml_wants() -> None:
    [(_, col, _, message)] = _found('a: "Sở \\ud83d\\ude00"\n')
    assert col == 8
    assert message == ("U+D83D (half of a surrogate pair) cannot be printed or saved in a Word "
                       "file; delete it; with the escape after it, it is JSON's way of writing "
                       "U+1F600: write that character itself, or \"\\U0001F600\"")


def test_tab_and_line_breaks_are_text() -> None:
    assert _found('a: "cột 1\\tcột 2\\nhàng 2"\nb: |\n  x\n  y\n') == []


CASES = ['a: "\\x01"\n', 'a: "x\\ud800"\n', 'a: "\\ud83d\\ude00"\n', 'a: "\\uffff"\n',
         '"k\\x01": v\n', 'a: &x "\\x02"\nb: *x\n', 'a: "ok"\nb: "\\udfff z"\n']


def test_the_same_findings_without_libyaml() -> None:
    # libyaml refuses an escaped surrogate itself, PyYAML's parser lets it into the value: the
    # finding is the same either way.
    script = (
        "import sys, json\n"
        "sys.modules['yaml._yaml'] = None\n"
        "import yaml\n"
        "assert not hasattr(yaml, 'CSafeLoader')\n"
        "from dakplan.io.read import Source\n"
        "from dakplan.io.yaml_load import load_text\n"
        "print(json.dumps([[(d.line, d.col, d.code, d.message) for d in "
        "load_text(Source('f.yaml', text)).diagnostics] for text in json.loads(sys.argv[1])]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, json.dumps(CASES)], check=True,
                         capture_output=True, text=True).stdout
    pure = [[tuple(d) for d in found] for found in json.loads(out)]
    assert pure == [_found(text) for text in CASES]
    assert all(found and found[0][2] == "DK009" for found in pure)
