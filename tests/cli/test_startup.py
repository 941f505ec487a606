"""Start-up: a run builds only the command it invokes, and still knows every command."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from conftest import PLAN_2020, ROOT
from dakplan import __version__
from dakplan.cli.app import COMMANDS

# What a run imported, printed by the interpreter as it exits.
PROBE = """\
import atexit, sys
atexit.register(lambda: sys.stderr.write("MODULES " + " ".join(sorted(sys.modules)) + "\\n"))
sys.argv = ["dakplan", *sys.argv[1:]]
from dakplan.cli import main
main()
"""


def modules_of(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, cwd=ROOT, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return result, set(line.split()[1:])


def test_every_command_module_registers_the_commands_the_table_names() -> None:
    for module in set(COMMANDS.values()):
        __import__(module)
    from dakplan.cli import app

    registered = {c.name or c.callback.__name__ for c in app.registered_commands}  # type: ignore[union-attr]
    assert registered == set(COMMANDS)


@pytest.mark.parametrize(("lang", "heading"), [("en", "Commands:"), ("vi", "Lệnh:")])
def test_help_lists_every_command_in_order_with_its_short_help(
        run: Any, lang: str, heading: str) -> None:
    result = run("--lang", lang, "--help")
    assert result.exit_code == 0
    listing = result.stdout.split(f"\n{heading}\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listing] == list(COMMANDS)
    for line, name in zip(listing, COMMANDS, strict=True):
        summary = line.split(None, 1)[1].rstrip(".")
        detail = run("--lang", lang, name, "--help").stdout
        assert " ".join(summary.split()) in " ".join(detail.split()), name


def test_validate_imports_no_other_command() -> None:
    result, modules = modules_of("validate", str(PLAN_2020))
    assert result.returncode == 0
    assert result.stdout.endswith("1 file checked: 0 errors, 0 warnings\n")
    commands = {m for m in modules if m in set(COMMANDS.values())}
    assert commands == {"dakplan.cli.validate"}
    assert "dakplan.cli.completion" not in modules  # only when the shell asks
    assert "rich" not in modules  # no terminal: no colour, no rich


def test_version_builds_no_command_and_loads_no_plan_library() -> None:
    result, modules = modules_of("--version")
    assert (result.returncode, result.stdout) == (0, f"dakplan {__version__}\n")
    # The entry point's own helpers, but no command's module.
    entry = {"dakplan.cli.app", "dakplan.cli.pydantic_plugins"}
    assert not {m for m in modules if m.startswith("dakplan.cli.") and m not in entry}
    assert not {"pydantic", "yaml", "dakplan.model", "importlib.metadata"} & modules


def test_an_unknown_command_is_still_matched_against_every_name(run: Any) -> None:
    result = run("agencie")
    assert result.exit_code == 2
    assert "No such command 'agencie'. Did you mean 'agencies'?" in result.output


def test_exit_codes_and_output_survive_the_fast_exit() -> None:
    plan = "tests/examples/invalid/dk002-duplicate-key.yaml"
    result = subprocess.run([sys.executable, "-m", "dakplan", "validate", plan],
                            capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode, result.stdout) == (1, (
        f"{plan}:9:3: DK002 [error] duplicate key 'place' (first at line 8); YAML would keep "
        "only the last value\n1 file checked: 1 error, 0 warnings\n"))
    usage = subprocess.run([sys.executable, "-m", "dakplan", "validate", "--format", "xml",
                            str(PLAN_2020)], capture_output=True, text=True, cwd=ROOT)
    assert usage.returncode == 2
    assert usage.stderr.startswith("dakplan: ")
