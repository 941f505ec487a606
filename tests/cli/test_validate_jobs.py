"""`dakplan validate --jobs N`: the same output, in the same order, with the same exit code
as one process; a bad value or a failed worker is a message, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, PLAN_2020, ROOT, dump_plan, small_plan
from dakplan import validate_jobs
from dakplan.io import pool

CORPUS = ROOT / "tests" / "corpus"
FILES = sorted(str(p.relative_to(ROOT)) for folder in (EXAMPLES, CORPUS)
               for p in folder.rglob("*") if p.suffix in (".yaml", ".yml"))


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the reports name the files as they were given


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 50
    assert any("invalid" in f for f in FILES) and any("corpus" in f for f in FILES)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
@pytest.mark.parametrize("extra", [[], ["--quiet"], ["--strict", "--ignore", "DK307"]])
def test_every_format_prints_the_same_bytes_with_any_number_of_processes(
        run: Any, fmt: str, extra: list[str]) -> None:
    one = run("validate", "--jobs", "1", "--format", fmt, *extra, *FILES)
    assert one.exit_code == 1
    assert one.stdout.count(".yaml") > 50
    for jobs in ("2", "3", "64"):
        many = run("validate", "--jobs", jobs, "--format", fmt, *extra, *FILES)
        assert (many.exit_code, many.stdout, many.stderr) == (
            one.exit_code, one.stdout, one.stderr), jobs


def test_exit_codes_are_those_of_one_process(run: Any) -> None:
    valid = [f for f in FILES if f.startswith("tests/examples/valid/")] + [str(PLAN_2020)]
    invalid = [f for f in FILES if f.startswith("tests/examples/invalid/")]
    assert len(valid) > 1 and len(invalid) > 1
    for files, code in ((valid, 0), (invalid, 1)):
        one, two = (run("validate", "-j", jobs, *files) for jobs in ("1", "2"))
        assert (one.exit_code, two.exit_code) == (code, code)
        assert two.stdout == one.stdout


def test_a_folder_and_standard_input_keep_their_places(run: Any) -> None:
    text = dump_plan(small_plan())
    args = [str(EXAMPLES / "invalid"), "-", str(PLAN_2020), "--stdin-filename", "typed.yaml"]
    one = run("validate", "--jobs", "1", *args, input=text)
    two = run("validate", "--jobs", "2", *args, input=text)
    assert (two.exit_code, two.stdout) == (one.exit_code, one.stdout)
    lines = two.stdout.splitlines()
    assert "typed.yaml: valid" in lines
    assert lines.index("typed.yaml: valid") < lines.index(f"{PLAN_2020}: valid")


def test_a_real_pipe_gets_the_same_bytes(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"{n}.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    (tmp_path / "4.yaml").write_text("a: [\n", encoding="utf-8")
    outputs = [subprocess.run([sys.executable, "-m", "dakplan", "validate", "--jobs", jobs,
                               "--format", "json", str(tmp_path)],
                              capture_output=True, cwd=ROOT) for jobs in ("1", "2")]
    assert outputs[0].returncode == outputs[1].returncode == 1
    assert outputs[0].stdout == outputs[1].stdout
    assert outputs[0].stderr == outputs[1].stderr == b""


@pytest.mark.parametrize("value", ["0", "-1", "two", "2.5", "", "257", "٣"])
def test_a_bad_number_of_processes_is_a_usage_error(run: Any, value: str) -> None:
    result = run("validate", "--jobs", value, str(PLAN_2020))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"dakplan: --jobs {value}: give a number of processes from 1 to 256\n"


def test_a_bad_number_of_processes_is_said_in_vietnamese_too(run: Any) -> None:
    result = run("--lang", "vi", "validate", "-j", "0", str(PLAN_2020))
    assert result.exit_code == 2
    assert result.stderr == "dakplan: --jobs 0: hãy cho số tiến trình từ 1 đến 256\n"


def test_help_names_the_option(run: Any) -> None:
    result = run("validate", "--help")
    assert "--jobs" in result.stdout and "1 MiB" in " ".join(result.stdout.split())


def _failing_on(name: str, how: str) -> Any:
    real = validate_jobs.validate_any

    def validate_any(path: Any, stdin_name: str | None = None, found: Any = None) -> Any:
        if os.path.basename(str(path)) == name:
            if how == "raise":
                raise RuntimeError("boom")
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, stdin_name, found)

    return validate_any


def _plans(tmp_path: Path, count: int) -> list[str]:
    for n in range(count):
        (tmp_path / f"{n:02d}.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    return sorted(str(p) for p in tmp_path.glob("*.yaml"))


def test_an_error_in_a_worker_is_a_message_naming_the_file(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _plans(tmp_path, 6)
    monkeypatch.setattr(validate_jobs, "validate_any", _failing_on("03.yaml", "raise"))
    result = run("validate", "--jobs", "2", *files)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (f"dakplan: {files[3]}: a worker process failed while validating it "
                             "(RuntimeError: boom); run with --jobs 1 to see where\n")


def test_of_two_failures_the_first_file_is_named_whichever_worker_meets_its_own_first(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _plans(tmp_path, 6)
    real = validate_jobs.validate_any

    def validate_file(path: Any, stdin_name: str | None = None, found: Any = None) -> Any:
        if os.path.basename(str(path)) in ("01.yaml", "04.yaml"):
            raise ValueError(os.path.basename(str(path)))
        return real(path, stdin_name, found)

    monkeypatch.setattr(validate_jobs, "validate_any", validate_file)
    for _ in range(3):
        result = run("validate", "--jobs", "3", *files)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"dakplan: {files[1]}: ")
        assert "(ValueError: 01.yaml)" in result.stderr


def test_a_worker_that_dies_is_a_message_not_a_hang(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _plans(tmp_path, 6)
    monkeypatch.setattr(validate_jobs, "validate_any", _failing_on("02.yaml", "kill"))
    result = run("validate", "--jobs", "2", *files)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == ("dakplan: a worker process ended unexpectedly (signal 9 (SIGKILL)) "
                             f"before validating {files[2]}; run with --jobs 1\n")


def test_one_process_raises_as_it_always_did(
        run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _plans(tmp_path, 3)
    monkeypatch.setattr(validate_jobs, "validate_any", _failing_on("01.yaml", "raise"))
    with pytest.raises(RuntimeError, match="boom"):
        run("validate", "--jobs", "1", *files)


# --- how many processes ----------------------------------------------------------------------


def test_small_inputs_use_one_process_and_large_ones_every_core(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "cores", lambda: 4)
    small = _plans(tmp_path, 3)
    assert validate_jobs.jobs_for(small, None) == 1
    big = tmp_path / "big"
    big.mkdir()
    half = b"#" * (validate_jobs.AUTO_BYTES // 2)
    for n in range(3):
        (big / f"{n}.yaml").write_bytes(half)
    files = sorted(str(p) for p in big.glob("*.yaml"))
    assert validate_jobs.jobs_for(files[:1], None) == 1  # one file: nothing to share
    assert validate_jobs.jobs_for(files, None) == 3  # never more than the files
    assert validate_jobs.jobs_for(files + small, None) == 4
    assert validate_jobs.jobs_for(files, 1) == 1
    assert validate_jobs.jobs_for(small, 2) == 2
    assert validate_jobs.jobs_for(["-", *small[:1]], 8) == 1  # standard input is read here
    monkeypatch.setattr(pool, "can_fork", lambda: False)
    assert validate_jobs.jobs_for(files + small, None) == 1
