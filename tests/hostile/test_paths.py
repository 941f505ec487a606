"""Paths that are not readable plan files: exit 2 with a clear message, never a traceback,
never a hang."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import PLAN_2020
from dakplan.cli import app
from dakplan.errors import UsageError
from dakplan.validate import load_plan


def _fails_cleanly(result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output


def test_missing_file(run, tmp_path) -> None:
    _fails_cleanly(run("validate", str(tmp_path / "nowhere.yaml")), "no such file")
    with pytest.raises(UsageError, match="no such file"):
        load_plan(tmp_path / "nowhere.yaml")


def test_path_through_a_file(run, tmp_path) -> None:
    plan = tmp_path / "plan.yaml"
    shutil.copy(PLAN_2020, plan)
    _fails_cleanly(run("validate", str(plan / "x.yaml")), "no such file")


def test_directory_where_a_plan_file_is_expected(tmp_path) -> None:
    folder = tmp_path / "plan.yaml"
    folder.mkdir()
    with pytest.raises(UsageError, match="is a directory"):
        load_plan(folder)


def test_folder_without_plans(run, tmp_path) -> None:
    (tmp_path / "plans.yaml").mkdir()  # a folder named like a plan is not a plan
    _fails_cleanly(run("validate", str(tmp_path)), "no plan files found")


def test_fifo_is_refused_without_blocking(run, tmp_path) -> None:
    fifo = tmp_path / "plan.yaml"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    _fails_cleanly(run("validate", str(fifo)), "DK008", "not a regular file")
    with pytest.raises(UsageError, match="not a regular file"):
        load_plan(fifo)


def test_symbolic_link_loop(run, tmp_path) -> None:
    loop = tmp_path / "plan.yaml"
    loop.symlink_to(loop)
    _fails_cleanly(run("validate", str(loop)), "DK008", "cannot read the file")
    with pytest.raises(UsageError, match="cannot read the file"):
        load_plan(loop)


def test_dangling_symbolic_link(run, tmp_path) -> None:
    link = tmp_path / "plan.yaml"
    link.symlink_to(tmp_path / "gone.yaml")
    _fails_cleanly(run("validate", str(link)), "DK008", "no such file")


def test_folder_walk_survives_link_loops_and_reports_bad_entries(run, tmp_path) -> None:
    plans = tmp_path / "plans"
    (plans / "sub").mkdir(parents=True)
    shutil.copy(PLAN_2020, plans / "sub" / "2020.yaml")
    (plans / "sub" / "up").symlink_to(plans)  # a directory loop: must not be walked round
    (plans / "again").symlink_to(plans)
    (plans / "loop.yaml").symlink_to(plans / "loop.yaml")
    (plans / "link.yaml").symlink_to(plans / "sub" / "2020.yaml")  # a link to a plan: followed
    result = run("validate", str(plans), "--format", "json")
    assert result.exit_code == 2
    files = {Path(f["file"]).relative_to(plans).as_posix(): f["valid"]
             for f in json.loads(result.stdout)["files"]}
    assert files == {"link.yaml": True, "loop.yaml": False, "sub/2020.yaml": True}


def _validate_as(uid: int | None, path: Path) -> tuple[int, str]:
    """Run ``dakplan validate path`` in this process, or in a child that has dropped to
    ``uid`` (for root, whom file permissions do not stop)."""
    runner = CliRunner()
    if uid is None:
        result = runner.invoke(app, ["validate", str(path)])
        return result.exit_code, result.output + repr(result.exception)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 99
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            result = runner.invoke(app, ["validate", str(path)])
            os.write(write, (result.output + repr(result.exception)).encode())
            code = result.exit_code
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        output = stream.read().decode()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


def test_unreadable_file() -> None:
    """chmod 000. Root reads such a file anyway (CI runs as root), so as root the command runs
    in a child process that has become the unprivileged user ``nobody`` (uid 65534)."""
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        plan = folder / "plan.yaml"
        shutil.copy(PLAN_2020, plan)
        plan.chmod(0o000)
        uid = 65534 if os.geteuid() == 0 else None
        status, output = _validate_as(uid, plan)
        assert status == 2, output
        assert "DK008" in output and "cannot read the file" in output
        assert "Permission denied" in output
        plan.chmod(0o644)
        assert _validate_as(uid, plan)[0] == 0  # the same file, readable: the check is real
    finally:
        shutil.rmtree(folder)
