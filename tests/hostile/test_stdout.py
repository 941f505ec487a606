"""Standard output that cannot be written: a full disk is a message and exit 2, a reader that
went away ends the run quietly, as it ends ``cat``. Real processes, real /dev/full, real pipes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, dump_plan, small_plan

PRINTING = {
    "schema": ["schema"],
    "tasks": ["tasks", str(PLAN_2020)],
    "agencies": ["agencies", str(PLAN_2020)],
    "render": ["render", "plan", str(PLAN_2020)],
    "validate": ["validate", str(PLAN_2020), "--format", "json"],
    "remind": ["remind", str(PLAN_2020), "--as-of", "2020-12-01"],
    "help": ["--help"],
}

FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")


def dakplan(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "dakplan", *args], timeout=120, **kwargs)


@needs_dev_full
@pytest.mark.parametrize("command", list(PRINTING))
def test_a_full_disk_on_standard_output_is_a_message(command: str) -> None:
    with FULL.open("wb") as full:
        result = dakplan(*PRINTING[command], stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr == b"dakplan: cannot write standard output: No space left on device\n"


@needs_dev_full
def test_the_message_is_in_the_language_of_the_run() -> None:
    with FULL.open("wb") as full:
        result = dakplan("--lang", "vi", "schema", stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 2
    assert result.stderr.decode("utf-8") == (
        "dakplan: không ghi được ra màn hình (đầu ra chuẩn): No space left on device\n")


@needs_dev_full
def test_standard_output_and_error_both_full() -> None:
    with FULL.open("wb") as full:
        result = dakplan("schema", stdout=full, stderr=full)
    assert result.returncode == 2


@pytest.mark.parametrize("command", list(PRINTING))
def test_a_pipe_closed_before_anything_is_written(command: str) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        result = dakplan(*PRINTING[command], stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert result.stderr == b""
    assert result.returncode == -signal.SIGPIPE


def test_a_reader_that_stops_after_one_line(tmp_path: Path) -> None:
    """``dakplan tasks plan.yaml | head -1`` with more output than a pipe holds."""
    data = small_plan()
    first = data["implementation"][0]["tasks"][0]
    data["implementation"][0]["tasks"] = [
        {**first, "id": f"task-{i}", "text": f"Nhiệm vụ số {i} của kế hoạch thử nghiệm."}
        for i in range(2000)]
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(data), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "dakplan", "tasks", str(plan),
                                "--as-of", "2030-06-01"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == -signal.SIGPIPE
    assert line == b"2002 tasks, as of 01/06/2030\n"
    assert stderr == b""


@pytest.mark.parametrize("command", ["schema", "tasks", "render"])
def test_standard_output_is_unchanged_when_it_works(run, command: str) -> None:
    """The guarded standard output writes the very bytes the command prints."""
    result = dakplan(*PRINTING[command], capture_output=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == run(*PRINTING[command]).stdout_bytes
