"""Every example plan: invalid ones report exactly the codes and lines their first line names."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES

INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))
V2_INVALID = sorted((EXAMPLES / "v2" / "invalid").glob("*.yaml"))
"""Examples of format version 2 (tests/unit/model_v2 checks them through the library)."""
VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
RESULTS = sorted((EXAMPLES / "results" / "rounds").glob("*/*.yaml"))
"""Results files reporting on tests/examples/results/2030.yaml (tests/unit/results)."""
_EXPECT = re.compile(r"^# expect: (?P<items>(?:DK\d{3}@\d+ )*)exit=(?P<exit>\d)$")
REGISTRY = sorted(p for p in (EXAMPLES / "registry").rglob("*.yaml")
                  if _EXPECT.match(p.read_text(encoding="utf-8").splitlines()[0]))
"""Plans that read the registry of agencies beside them, and a registry with errors."""


def expectation(path: Path) -> tuple[list[tuple[str, int]], int]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = _EXPECT.match(first)
    assert match, f"{path.name}: first line must be '# expect: DKnnn@LINE ... exit=N'"
    items = [(code, int(line)) for code, line in
             (item.split("@") for item in match["items"].split())]
    return items, int(match["exit"])


def test_every_code_has_an_example() -> None:
    from dakplan.diagnostics.codes import CATALOGUE

    shown = {code for path in [*INVALID, *V2_INVALID, *RESULTS, *REGISTRY]
             for code, _ in expectation(path)[0]}
    # DK006-DK008 are about bytes and paths, not YAML text: tests/unit/io/test_loader.py has them.
    assert set(CATALOGUE) - shown <= {"DK006", "DK007", "DK008"}


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example(path: Path, run) -> None:  # type: ignore[no-untyped-def]
    expected, exit_code = expectation(path)
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == exit_code, result.output
    report = json.loads(result.stdout)
    assert [(d["code"], d["line"]) for d in report["diagnostics"]] == expected


@pytest.mark.parametrize("path", REGISTRY, ids=lambda p: p.relative_to(EXAMPLES).as_posix())
def test_registry_example(path: Path, run) -> None:  # type: ignore[no-untyped-def]
    """Each file's own findings, at its own lines; the registry's are its own file's."""
    expected, exit_code = expectation(path)
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == exit_code, result.output
    report = json.loads(result.stdout)
    assert [(d["code"], d["line"]) for d in report["diagnostics"]
            if d["file"] == str(path)] == expected


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_says_a_message_of_its_rule(path: Path) -> None:
    from dakplan.diagnostics.codes import CATALOGUE
    from dakplan.validate import validate_file

    for d in validate_file(path).diagnostics:
        assert d.key in CATALOGUE[d.code].messages, (d.code, d.key)


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_text(path: Path, run) -> None:  # type: ignore[no-untyped-def]
    expected, _ = expectation(path)
    result = run("validate", str(path))
    lines = result.stdout.splitlines()
    code, line = expected[0]
    assert re.match(rf"^{re.escape(str(path))}:{line}:\d+: {code} \S", lines[0]), lines[0]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example(path: Path, run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{path}: valid\n")
