"""Helpers of the version 2 tests: validate a text, list what was found."""

from __future__ import annotations

from conftest import EXAMPLES
from dakplan.checks.v2.validate import Report, validate_source
from dakplan.io.read import Source

SMALL = EXAMPLES / "v2" / "valid" / "small.yaml"


def small(*edits: tuple[str, str], extra: str = "") -> str:
    """The small v2 plan with each ``old`` replaced by ``new`` (each must occur once)."""
    text = SMALL.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text + extra


def check(text: str, name: str = "plan.yaml") -> Report:
    return validate_source(Source(name, text))


def found(report: Report) -> list[tuple[str, int]]:
    return [(e.code, e.diagnostic.line) for e in report.entries]


def line_of(text: str, fragment: str) -> int:
    """The 1-based line where ``fragment`` first occurs."""
    return text[: text.index(fragment)].count("\n") + 1
