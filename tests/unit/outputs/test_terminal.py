"""Coloured lines without rich are the bytes rich writes, or rich writes them."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dakplan.outputs import terminal

ENV = ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TERM", "COLORTERM", "COLUMNS")


class Tty(io.StringIO):
    encoding = "utf-8"
    errors = "strict"

    def __init__(self, tty: bool = True, encoding: str = "utf-8") -> None:
        super().__init__()
        self.tty = tty
        self.encoding = encoding  # type: ignore[misc]

    def isatty(self) -> bool:
        return self.tty


@pytest.fixture(autouse=True)
def _terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


def by_rich(lines: list[list[terminal.Piece]], stream: Tty | None = None) -> str:
    out = stream or Tty()
    terminal._with_rich(lines, out)  # type: ignore[arg-type]
    return out.getvalue()


def by_write(lines: list[list[terminal.Piece]], stream: Tty | None = None) -> str:
    out = stream or Tty()
    terminal.write(lines, out)  # type: ignore[arg-type]
    return out.getvalue()


VALIDATE = [
    [(None, "plans/2020.yaml: valid")],
    [("bold", "plans/kế hoạch.yaml:9:3:"), (None, " "), ("red", "DK002 [error]"),
     (None, " duplicate key 'place' (first at line 8); YAML would keep only the last value")],
    [("bold", "plans/a.yaml:12:5:"), (None, " "), ("yellow", "DK307 [cảnh báo]"),
     (None, " 'Sở Văn hóa' [SVH] không có trong danh sách")],
    [("dim", "2 files checked: 1 error, 1 warning")],
]


def test_what_validate_prints_is_written_without_rich_as_rich_writes_it() -> None:
    assert terminal._direct(VALIDATE, Tty()) is not None  # type: ignore[arg-type]
    assert by_write(VALIDATE) == by_rich(VALIDATE)
    assert by_write(VALIDATE).splitlines()[1] == (
        "\x1b[1mplans/kế hoạch.yaml:9:3:\x1b[0m \x1b[31mDK002 [error]\x1b[0m duplicate key "
        "'place' (first at line 8); YAML would keep only the last value")


@pytest.mark.parametrize("text", [
    "a :cat: b", "[bold]x[/bold]", "tab\there", "bell\x07", "cr\rlf", "back\\slash", "end\\",
    "x:a[b]:cat:", "[a:cat:]", ":smile-emoji:", "two\nlines", ":CAT:", "[link=x]y[/link]",
])
def test_what_rich_would_change_goes_to_rich(text: str) -> None:
    for line in ([(None, text)], [("bold", text), (None, " tail")]):
        assert by_write([line]) == by_rich([line]), text
    if terminal._direct([[(None, text)]], Tty()) is None:  # type: ignore[arg-type]
        return
    assert by_rich([[(None, text)]]) == text + "\n"


@pytest.mark.parametrize(("env", "tty"), [
    ({"NO_COLOR": "1"}, True), ({"TERM": "dumb"}, True), ({"TTY_COMPATIBLE": "0"}, True),
    ({"FORCE_COLOR": ""}, True), ({"TTY_COMPATIBLE": "1"}, False), ({"FORCE_COLOR": "1"}, False),
    ({}, False), ({"COLORTERM": "truecolor"}, True), ({"TERM": "xterm"}, True), ({}, True),
])
def test_the_environment_rich_reads_decides_alike(
        monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert by_write(VALIDATE, Tty(tty)) == by_rich(VALIDATE, Tty(tty))


def test_a_text_the_terminal_cannot_encode_is_left_to_rich() -> None:
    line = [[(None, "Sở Văn hóa")]]
    assert terminal._direct(line, Tty(encoding="ascii")) is None  # type: ignore[arg-type]


PIECE_TEXT = st.lists(st.sampled_from(
    list("ab:[]/@#=- ") + ["cat", "smile", "Đ", "ố", "\\", "\t", "\x1b", "bold", "red"]),
    max_size=12).map("".join)
LINES = st.lists(st.lists(st.tuples(st.sampled_from([None, *terminal.CODES]), PIECE_TEXT),
                          min_size=1, max_size=4), min_size=1, max_size=3)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_any_pieces_are_written_as_rich_writes_them(lines: Any) -> None:
    expected = by_rich(lines)
    direct = terminal._direct(lines, Tty())  # type: ignore[arg-type]
    assert direct is None or direct == expected
    assert by_write(lines) == expected
