"""`-` is standard input or output, as a user types it in a shell: real pipes, a real terminal."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, ROOT, dump_plan, small_plan

INVALID = (ROOT / "tests" / "examples" / "invalid" / "dk002-duplicate-key.yaml").read_bytes()


def dakplan(*args: str, input: bytes | None = None, cwd: Path = ROOT,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dakplan", *args], input=input, cwd=cwd,
                          capture_output=True, env={**os.environ, "LANG": "C.UTF-8", **(env or {})})


def text(result: subprocess.CompletedProcess[bytes]) -> tuple[int, str, str]:
    return result.returncode, result.stdout.decode(), result.stderr.decode()


# -- reading -----------------------------------------------------------------------------


def test_validate_reads_a_plan_piped_to_dash() -> None:
    assert text(dakplan("validate", "-", input=PLAN_2020.read_bytes())) == (
        0, "<stdin>: valid\n1 file checked: 0 errors, 0 warnings\n", "")


def test_dev_stdin_is_standard_input_too_and_keeps_its_name() -> None:
    code, out, _ = text(dakplan("validate", "/dev/stdin", input=INVALID))
    assert code == 1
    assert out.startswith("/dev/stdin:")


def test_findings_in_a_piped_plan_name_the_stdin_filename_an_editor_gives() -> None:
    code, out, _ = text(dakplan("validate", "-", "--stdin-filename", "plans/2031.yaml",
                                input=INVALID))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("plans/2031.yaml:") and " DK002 " in first
    as_json = dakplan("validate", "-", "--stdin-filename", "plans/2031.yaml", "-f", "json",
                      input=INVALID)
    assert b'"file": "plans/2031.yaml"' in as_json.stdout


def test_a_piped_plan_is_checked_with_files_beside_it() -> None:
    code, out, _ = text(dakplan("validate", str(PLAN_2020), "-", input=INVALID))
    assert code == 1
    assert f"{PLAN_2020}: valid" in out and "<stdin>:" in out


def test_standard_input_named_twice_is_a_usage_error() -> None:
    assert text(dakplan("validate", "-", "/dev/stdin", input=b"")) == (
        2, "", "dakplan: standard input (-) can be read only once\n")


def test_an_empty_pipe_is_a_plan_with_nothing_in_it() -> None:
    code, out, _ = text(dakplan("validate", "-", input=b""))
    assert code == 1
    assert out.startswith("<stdin>:1:1: DK004 ")


def test_tasks_and_render_read_the_plan_from_a_pipe() -> None:
    code, out, _ = text(dakplan("tasks", "-", "--agency", "VOV", "-f", "json",
                                input=PLAN_2020.read_bytes()))
    assert code == 0
    assert json.loads(out)["plans"] == ["<stdin>"]
    code, out, _ = text(dakplan("render", "plan", "-", input=PLAN_2020.read_bytes()))
    assert code == 0 and out.startswith(":::: header")


def test_an_invalid_piped_plan_stops_a_command_naming_stdin() -> None:
    code, out, err = text(dakplan("tasks", "-", input=INVALID))
    assert (code, out) == (1, "")
    assert "<stdin>:" in err and "<stdin> is not a valid plan" in err


# -- writing ------------------------------------------------------------------------------


def test_dash_output_writes_to_standard_output_and_no_file_named_dash(tmp_path: Path) -> None:
    for args in (["render", "plan", str(PLAN_2020), "-o", "-"],
                 ["schema", "-o", "-"],
                 ["calendar", str(PLAN_2020), "-o", "-"]):
        result = dakplan(*args, cwd=tmp_path)
        assert result.returncode == 0, args
        assert result.stdout
        assert not (tmp_path / "-").exists(), args
    schema = dakplan("schema", "-o", "-").stdout
    assert schema == dakplan("schema").stdout
    calendar = dakplan("calendar", str(PLAN_2020), "-o", "-")
    assert calendar.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert calendar.stderr.decode().startswith("-: 3 events written")


def test_new_to_dash_prints_the_plan_and_says_what_to_review_on_stderr(tmp_path: Path) -> None:
    code, out, err = text(dakplan("new", "2021", "--from", str(PLAN_2020), "-o", "-",
                                  cwd=tmp_path))
    assert code == 0
    assert list(tmp_path.iterdir()) == []
    assert "period: {start: 2021, end: 2021}" in out
    assert err.startswith("wrote - from ")
    assert dakplan("validate", "-", input=out.encode()).returncode == 0
    piped = dakplan("new", "2021", "--from", "-", "-o", "-", input=PLAN_2020.read_bytes(),
                    cwd=tmp_path)
    assert piped.returncode == 0
    # the schema reference counts from the current folder for both ends
    assert piped.stdout.decode().splitlines()[0] == (
        "# yaml-language-server: $schema=../schema/plan.schema.json")
    assert piped.stdout.decode().splitlines()[1:] == out.splitlines()[1:]


def test_word_output_goes_to_a_pipe() -> None:
    result = dakplan("render", "plan", str(PLAN_2020), "-f", "docx", "-o", "-")
    assert result.returncode == 0
    with zipfile.ZipFile(io.BytesIO(result.stdout)) as docx:
        assert "word/document.xml" in docx.namelist()
    # without -o too: standard output is the default
    assert dakplan("render", "plan", str(PLAN_2020), "-f", "docx").stdout == result.stdout


def _on_a_terminal(*args: str) -> tuple[int, bytes]:
    """Run dakplan with its standard output on a pseudo-terminal; its exit code and what the
    terminal showed."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "dakplan", *args], cwd=ROOT,
                               stdout=terminal, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        shown += chunk
    _, err = process.communicate(timeout=60)
    os.close(controller)
    return process.returncode, shown + err


@pytest.mark.parametrize("output", [[], ["-o", "-"]])
def test_word_output_refuses_a_terminal(output: list[str]) -> None:
    code, shown = _on_a_terminal("render", "plan", str(PLAN_2020), "--to", "docx", *output)
    assert code == 2
    assert b"PK" not in shown
    assert b"Word output is binary and is not written to a terminal" in shown


def test_text_output_still_goes_to_a_terminal() -> None:
    code, shown = _on_a_terminal("render", "plan", str(PLAN_2020), "-o", "-")
    assert code == 0
    assert shown.startswith(b":::: header")


# -- suffixes -----------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "message"), [
    (["render", "plan", str(PLAN_2020), "-o", "{tmp}/plan.pdf"],
     "-o {tmp}/plan.pdf: unknown suffix '.pdf'; use one of: .md, .markdown, .html, .htm, "
     ".docx"),
    (["render", "plan", str(PLAN_2020), "-f", "docx", "-o", "{tmp}/x.md"],
     "-o {tmp}/x.md: a '.md' file cannot hold docx output; use one of: .docx"),
    (["render", "plan", str(PLAN_2020), "--to", "html", "-o", "{tmp}/x.docx"],
     "-o {tmp}/x.docx: a '.docx' file cannot hold html output; use one of: .html, .htm"),
    (["calendar", str(PLAN_2020), "-o", "{tmp}/x.md"],
     "-o {tmp}/x.md: unknown suffix '.md'; use one of: .ics"),
    (["schema", "-o", "{tmp}/x.yaml"], "-o {tmp}/x.yaml: unknown suffix '.yaml'; use one of: "
     ".json"),
    (["new", "2021", "--from", str(PLAN_2020), "-o", "{tmp}/x.json"],
     "-o {tmp}/x.json: unknown suffix '.json'; use one of: .yaml, .yml"),
])
def test_an_output_suffix_that_does_not_fit_is_a_usage_error(
        run: Any, tmp_path: Path, args: list[str], message: str) -> None:
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: {message.format(tmp=tmp_path)}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_suffix_in_capitals_or_none_at_all_is_taken(run: Any, tmp_path: Path) -> None:
    assert run("render", "plan", str(PLAN_2020), "-o", str(tmp_path / "KEHOACH.DOCX")
               ).exit_code == 0
    assert zipfile.is_zipfile(tmp_path / "KEHOACH.DOCX")
    assert run("render", "plan", str(PLAN_2020), "-f", "html", "-o", str(tmp_path / "page")
               ).exit_code == 0
    assert (tmp_path / "page").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# -- render TEMPLATE [PLAN] ---------------------------------------------------------------


def test_render_takes_the_plan_as_an_argument(run: Any) -> None:
    result = run("render", "report", str(PLAN_2020), "--as-of", "2020-12-31")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == run("render", "report", "--as-of", "2020-12-31", "--plan",
                                str(PLAN_2020)).stdout


def test_plan_option_still_works_with_a_notice(run: Any) -> None:
    result = run("render", "report", "--plan", str(PLAN_2020))
    assert result.exit_code == 0
    assert result.stderr == ("dakplan: --plan is deprecated and will go: give the plan after "
                             "the template (dakplan render report PLAN)\n")
    assert "--plan" not in run("render", "--help").stdout


def test_the_plan_given_both_ways_is_a_usage_error(run: Any) -> None:
    result = run("render", "report", str(PLAN_2020), "--plan", str(PLAN_2020))
    assert result.exit_code == 2
    assert "give the plan once" in result.stderr


def test_render_list_takes_the_plan_as_its_argument(run: Any, tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "2030.yaml"
    plan.write_text(dump_plan(small_plan()), encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "memo.md.j2").write_text("memo\n", encoding="utf-8")
    result = run("render", "--list", str(plan))
    assert result.exit_code == 0
    assert "memo" in result.stdout
