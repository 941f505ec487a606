"""The version 2 examples: each invalid one reports exactly the codes and lines its first line
names, and the exit code `validate` will give; the valid one is clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES
from dakplan.checks.v2.validate import blocking, validate_file

INVALID = sorted((EXAMPLES / "v2" / "invalid").glob("*.yaml"))
VALID = sorted((EXAMPLES / "v2" / "valid").glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: (?P<items>(?:DK\d{3}@\d+ )+)exit=(?P<exit>\d)$")


def expectation(path: Path) -> tuple[list[tuple[str, int]], int]:
    match = _EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, path.name
    items = [(code, int(line)) for code, line in
             (item.split("@") for item in match["items"].split())]
    return items, int(match["exit"])


def test_there_are_examples() -> None:
    assert len(INVALID) >= 10 and VALID


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example(path: Path) -> None:
    expected, exit_code = expectation(path)
    report = validate_file(path)
    assert [(e.code, e.diagnostic.line) for e in report.entries] == expected
    assert (1 if blocking(report.entries, "validate") else 0) == exit_code
    assert path.name.startswith(expected[0][0].lower())


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example(path: Path) -> None:
    report = validate_file(path)
    assert report.plan is not None
    assert report.entries == []
