"""`dakplan validate` and `--version` without typer (`dakplan.cli.fast`): the same function
called with the same arguments, the same output and exit status as through typer, or typer
itself when the arguments are not plain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT
from dakplan.cli.fast import lang_first, parse_validate

# Runs the entry point; with "typer" as its first argument, never the fast way. The arguments
# the validate function receives are printed on standard error ("ARGS ..."), whichever way
# it is called, and so are the modules that were imported.
PROBE = """\
import atexit, functools, sys
way, *args = sys.argv[1:]
sys.argv = ["dakplan", *args]
import dakplan.cli.declare as declare
import dakplan.cli.validate as command
original = command.validate
@functools.wraps(original)
def spy(**kwargs):
    sys.stderr.write("ARGS " + repr(sorted(kwargs.items())) + "\\n")
    return original(**kwargs)
command.validate = spy
declare._declared[:] = [(spy if f is original else f, a, k) for f, a, k in declare._declared]
if way == "typer":
    import dakplan.cli
    dakplan.cli._fast = lambda args: None
atexit.register(lambda: sys.stderr.write(
    "TYPER " + str("typer" in sys.modules) + "\\n"))
from dakplan.cli import main
main()
"""

INVALID = "tests/examples/invalid/dk002-duplicate-key.yaml"
WARNING = "tests/examples/v2/invalid/dk402-unused-waiver.yaml"


def run(way: str, *args: str, cwd: Path = ROOT,
        env: dict[str, str] | None = None) -> tuple[int, str, str, bool]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, way, *args], capture_output=True, text=True, cwd=cwd,
        stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
             "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], **(env or {})})
    lines = result.stderr.splitlines()
    typer_used = lines[-1] == "TYPER True"
    return result.returncode, result.stdout, "\n".join(lines[:-1]), typer_used


CASES = [
    ["validate", str(PLAN_2020)],
    ["validate", INVALID, str(PLAN_2020)],
    ["validate", "-q", INVALID, str(PLAN_2020)],
    ["validate", "--quiet", "--format", "json", INVALID],
    ["validate", "--format=github", INVALID],
    ["validate", "-fjson", INVALID],
    ["validate", "-qf", "json", INVALID],
    ["validate", "-qfgithub", WARNING],
    ["validate", "--strict", WARNING],
    ["validate", "--strict", "--no-strict", WARNING],
    ["validate", "--ignore", "DK402", "--ignore", "unused-waiver", WARNING],
    ["validate", "--ignore", "DK999", WARNING],
    ["validate", "--ignore", "DK002", INVALID],
    ["validate", "--format", "xml", INVALID],
    ["validate", "--format=", INVALID],
    ["validate", "--jobs", "2", INVALID, WARNING],
    ["validate", "-j1", INVALID],
    ["validate", "--jobs", "0", INVALID],
    ["validate", "--jobs", "x", INVALID],
    ["validate", "--stdin-filename", "plan.yaml", "-"],
    ["validate", "no/such/file.yaml"],
    ["validate", "", "./plans//2020.yaml"],
    ["validate", "--", "-q"],
    ["validate", INVALID, "--lang", "vi"],
    ["--lang", "vi", "validate", WARNING],
    ["--lang", "xx-!", "validate", INVALID],
    ["validate", "--lang=", INVALID],
    ["--version"],
]
"""Plain arguments: run without typer, as typer runs them."""


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c) for c in CASES])
def test_the_fast_way_is_typers_way(args: list[str]) -> None:
    fast = run("fast", *args)
    assert fast[3] is False, "typer was imported"
    assert fast[:3] == run("typer", *args)[:3]


HANDED_OVER = [
    ["validate", "--help"],
    ["validate", "-h"],
    ["validate", "--form", "json", INVALID],
    ["validate", "--format"],
    ["validate", "--format", "-q", INVALID],
    ["validate", "-x", INVALID],
    ["validate", "--quiet=yes", INVALID],
    ["--lang", "vi", "--lang", "en", "validate", INVALID],
    ["--lang=en", "validate", "--lang", "vi", WARNING],
    ["--lang", "vi", "--version"],
    ["validate", "--lang"],
    ["--help"],
    ["explain", "DK002"],
    ["valid", INVALID],
    [],
]
"""Arguments typer words its own way: handed over, with the same result."""


@pytest.mark.parametrize("args", HANDED_OVER, ids=[" ".join(c) for c in HANDED_OVER])
def test_anything_else_is_handed_to_typer(args: list[str]) -> None:
    assert parse_validate(args) is None or args[:1] != ["validate"]
    fast = run("fast", *args)
    assert fast[3] is True
    assert fast[:3] == run("typer", *args)[:3]


def test_the_configuration_is_read_as_typer_reads_it(tmp_path: Path) -> None:
    shutil.copy(ROOT / WARNING, tmp_path / "plan.yaml")
    (tmp_path / "dakplan.toml").write_text('ignore = ["DK402"]\nstrict = true\n',
                                           encoding="utf-8")
    for args in (["validate", "plan.yaml"], ["validate", "--ignore", "DK303", "plan.yaml"],
                 ["validate", "--no-strict", "plan.yaml"]):
        fast = run("fast", *args, cwd=tmp_path)
        assert fast[3] is False
        assert fast[:3] == run("typer", *args, cwd=tmp_path)[:3]
    (tmp_path / "dakplan.toml").write_text("ignore = 3\n", encoding="utf-8")
    fast = run("fast", "validate", "plan.yaml", cwd=tmp_path)
    assert fast[0] == 2 and fast[:3] == run("typer", "validate", "plan.yaml", cwd=tmp_path)[:3]


def test_completion_is_typers() -> None:
    env = {"_DAKPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "dakplan vali", "COMP_CWORD": "1"}
    fast = run("fast", cwd=ROOT, env=env)
    assert fast[3] is True and fast[:3] == run("typer", cwd=ROOT, env=env)[:3]


def test_lang_first_moves_every_lang_before_the_separator() -> None:
    assert lang_first(["validate", "a", "--lang", "vi", "--lang=en", "--", "--lang", "x"]) == [
        "--lang", "vi", "--lang=en", "validate", "a", "--", "--lang", "x"]
    assert lang_first(["validate", "--lang"]) == ["validate", "--lang"]


def test_the_fast_parser_knows_exactly_the_options_typer_gives_validate() -> None:
    # An option added to validate, or a default changed, must reach the fast way too: else a
    # plain validate would run with another default than typer gives it.
    from typer.core import TyperOption
    from typer.main import get_command

    import dakplan.cli.fast as fast
    from dakplan.cli.app import app

    group = get_command(app)
    command = group.get_command(group.context_class(group), "validate")  # type: ignore[attr-defined]
    assert command is not None
    options = [p for p in command.params if isinstance(p, TyperOption)]
    spelt = {name for p in options for name in (*p.opts, *p.secondary_opts)} - {"--help"}
    assert spelt == set(fast._VALUES) | set(fast._FLAGS)
    assert {p.name: p.default for p in options} == fast._DEFAULTS
