"""`dakplan validate` as a user runs it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import EXAMPLES, PLAN_2020, ROOT, small_plan
from dakplan import __version__


def test_2020_plan_is_valid(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(PLAN_2020))
    assert result.exit_code == 0
    assert result.stdout == (
        f"{PLAN_2020}: valid\n1 file checked: 0 errors, 0 warnings\n"
    )


def _good_and_bad(write_plan, warning: bool = False):  # type: ignore[no-untyped-def]
    good = write_plan(small_plan(), "plans/a.yaml")
    bad = small_plan()
    if warning:
        bad["implementation"][0]["tasks"][0]["media"] = ["bao-in"]  # not in media.formats
    else:
        bad["implementation"][0]["tasks"][0]["lead"] = "NOPE"
    path = write_plan(bad, "plans/b.yaml")
    key = "- bao-in" if warning else "lead: NOPE"
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text.strip() == key)
    return good, path, line


def test_quiet_prints_the_problems_only(run, write_plan) -> None:  # type: ignore[no-untyped-def]
    good, bad, line = _good_and_bad(write_plan)
    result = run("validate", "--quiet", str(good.parent))
    assert result.exit_code == 1
    assert result.stdout == f"{bad}:{line}:11: DK201 [error] unknown agency or group 'NOPE'\n"
    clean = run("validate", "-q", str(good))
    assert (clean.exit_code, clean.stdout, clean.stderr) == (0, "", "")


def test_the_severity_word_is_in_the_line_and_the_language(run, write_plan) -> None:  # type: ignore[no-untyped-def]
    _, bad, line = _good_and_bad(write_plan, warning=True)
    english = run("validate", str(bad))
    assert english.exit_code == 0  # a warning fails only with --strict
    assert english.stdout.splitlines()[0].startswith(f"{bad}:{line}:7: DK203 [warning] ")
    vietnamese = run("--lang", "vi", "validate", "--strict", str(bad))
    assert vietnamese.exit_code == 1
    assert vietnamese.stdout.splitlines()[0].startswith(f"{bad}:{line}:7: DK203 [cảnh báo] ")
    assert vietnamese.stdout.splitlines()[1] == "đã kiểm tra 1 tệp: 0 lỗi, 1 cảnh báo"


def test_quiet_github_and_json(run, write_plan) -> None:  # type: ignore[no-untyped-def]
    good, bad, line = _good_and_bad(write_plan)
    github = run("validate", "-q", "-f", "github", str(good.parent))
    assert github.stdout == (f"::error file={bad},line={line},col=11,title=DK201::unknown agency "
                             "or group 'NOPE'\n")
    document = json.loads(run("validate", "-q", "-f", "json", str(good.parent)).stdout)
    assert [f["file"] for f in document["files"]] == [str(good), str(bad)]


def test_default_is_every_plan_under_plans(run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    result = run("validate")
    assert result.exit_code == 0
    assert "plans/2020.yaml: valid" in result.stdout


def test_folder_argument(run, write_plan) -> None:  # type: ignore[no-untyped-def]
    good = write_plan(small_plan(), "plans/a.yaml")
    bad = small_plan()
    bad["implementation"][0]["tasks"][0]["lead"] = "NOPE"
    write_plan(bad, "plans/sub/b.yml")
    result = run("validate", str(good.parent))
    assert result.exit_code == 1
    assert f"{good}: valid" in result.stdout
    assert "DK201 [error] unknown agency or group 'NOPE'" in result.stdout
    assert "2 files checked: 1 error, 0 warnings" in result.stdout


def test_json_shape(run) -> None:  # type: ignore[no-untyped-def]
    path = EXAMPLES / "invalid" / "dk302-deadline-outside-period.yaml"
    result = run("validate", str(path), str(PLAN_2020), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {
        "version": 1,
        "files": [
            {"file": str(path), "valid": False, "errors": 1, "warnings": 0, "waived": 0},
            {"file": str(PLAN_2020), "valid": True, "errors": 0, "warnings": 0, "waived": 0},
        ],
        "diagnostics": [{
            "file": str(path), "line": 69, "column": 13, "code": "DK302", "severity": "error",
            "message": "deadline 30/06/2031 is outside the plan's period 2030",
            "waived": False, "waiver_line": None,
        }],
        "summary": {"files": 2, "errors": 1, "warnings": 0, "waived": 0},
    }


def test_github_annotations(run) -> None:  # type: ignore[no-untyped-def]
    path = EXAMPLES / "invalid" / "dk201-unknown-agency.yaml"
    result = run("validate", str(path), "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        f"::error file={path},line=63,col=11,title=DK201::unknown agency or group 'SVX' "
        "(did you mean 'SVH'?)"
    )


def test_github_format_is_chosen_on_actions(run) -> None:  # type: ignore[no-untyped-def]
    path = EXAMPLES / "invalid" / "dk203-unused-media.yaml"
    result = run("validate", str(path), env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::warning file=")


def test_warnings_pass_unless_strict(run) -> None:  # type: ignore[no-untyped-def]
    path = str(EXAMPLES / "invalid" / "dk208-lead-coordinates.yaml")
    assert run("validate", path).exit_code == 0
    assert run("validate", path, "--strict").exit_code == 1


def test_no_colour_when_not_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate", str(EXAMPLES / "invalid" / "dk201-unknown-agency.yaml"))
    assert "\x1b[" not in result.stdout


@pytest.mark.parametrize("args, message", [
    (["missing.yaml"], "dakplan: missing.yaml: no such file\n"),
    (["--format", "xml", "plans"],
     "dakplan: unknown format 'xml'; use one of: text, json, github\n"),
])
def test_usage_errors_exit_2(run, args, message, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    result = run("validate", *args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_no_plans_folder_exits_2(run, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = run("validate")
    assert result.exit_code == 2
    assert "plans: no such file" in result.stderr


def test_unknown_option_exits_2(run) -> None:  # type: ignore[no-untyped-def]
    assert run("validate", "--nope").exit_code == 2


def test_version(run) -> None:  # type: ignore[no-untyped-def]
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"dakplan {__version__}\n"


def test_explain(run) -> None:  # type: ignore[no-untyped-def]
    result = run("explain", "dk302")
    assert result.exit_code == 0
    assert result.stdout.startswith("DK302 deadline-outside-period (error)\n")
    assert "How to fix it:" in result.stdout
    listing = run("explain").stdout.splitlines()
    assert listing[0].startswith("DK001  error")
    assert run("explain", "DK999").exit_code == 2


def test_every_command_has_help_with_an_example(run) -> None:  # type: ignore[no-untyped-def]
    from dakplan.cli.app import COMMANDS

    assert "validate" in COMMANDS
    for name in COMMANDS:
        result = run(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout, name


def test_validate_never_changes_the_plan(run, write_plan) -> None:  # type: ignore[no-untyped-def]
    path = write_plan(small_plan())
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    run("validate", str(path))
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_module_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "dakplan", "validate", str(PLAN_2020)],
                            capture_output=True, text=True, cwd=Path(ROOT))
    assert result.returncode == 0
    assert result.stdout.endswith("0 errors, 0 warnings\n")
