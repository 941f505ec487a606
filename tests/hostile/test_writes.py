"""Every command that writes a file (render, calendar, schema, new) writes it the one way:
never onto a file the run reads or a plan, never into a pipe or a device, whole or not at all,
with a message naming the file when it cannot."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020
from dakplan.checks.v2.validate import validate_file
from dakplan.io import write
from dakplan.validate import PLAN_SUFFIXES

OLD = b"BEGIN:VCALENDAR\r\nold\r\nEND:VCALENDAR\r\n"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding plans/2020.yaml (a copy of the real plan), as the working folder."""
    (tmp_path / "plans").mkdir()
    shutil.copy(PLAN_2020, tmp_path / "plans" / "2020.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder`` (hidden temporary files included) with its bytes."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            out[name] = "-> " + os.readlink(path)
        elif path.is_file():
            out[name] = path.read_bytes()
        else:
            out[name] = "dir" if path.is_dir() else "special"
    return out


def _commands(target: str) -> dict[str, list[str]]:
    return {
        "calendar": ["calendar", "plans/2020.yaml", "-o", target],
        "render": ["render", "plan", "plans/2020.yaml", "-o", target, "--to", "md"],
        "schema": ["schema", "-o", target],
    }


# --- what is refused ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["calendar", "render"])
@pytest.mark.parametrize("target", ["plans/2020.yaml", "./plans/../plans/2020.yaml"])
def test_output_onto_the_plan_read_is_refused(run, here: Path, command: str,
                                              target: str) -> None:
    before = _tree(here)
    result = run(*_commands(target)[command])
    assert result.exit_code == 2
    # neither writes a .yaml file: refused by its suffix before anything is read
    assert result.stderr.startswith(f"dakplan: -o {Path(target)}: unknown suffix '.yaml'")
    assert _tree(here) == before


@pytest.mark.parametrize("command", ["calendar", "render"])
@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_output_onto_a_link_to_the_plan_is_refused(run, here: Path, command: str,
                                                   link: str) -> None:
    (os.symlink if link == "symbolic" else os.link)("plans/2020.yaml", "outfile")
    before = _tree(here)
    result = run(*_commands("outfile")[command])
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: refusing to write outfile: it leads to plans/2020.yaml, "
                             "which this run reads\n")
    assert _tree(here) == before


def test_calendar_of_a_folder_refuses_each_plan_in_it(run, here: Path) -> None:
    assert run("new", "2021", "--from", "plans/2020.yaml").exit_code == 0
    os.link("plans/2021.yaml", "plans/2021")
    before = _tree(here)
    result = run("calendar", "plans", "-o", "plans/2021")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: refusing to write plans/2021: it leads to "
                             "plans/2021.yaml, which this run reads\n")
    assert _tree(here) == before


@pytest.mark.parametrize("command", ["schema", "calendar", "render"])
def test_no_command_replaces_a_plan_file(run, here: Path, command: str) -> None:
    """A plan the run does not read is refused too: ``schema -o plans/2020.yaml`` reads no plan,
    and a calendar of one plan must not replace another."""
    shutil.copy(PLAN_2020, here / "other.yml")
    os.symlink("other.yml", "schema")
    before = _tree(here)
    result = run(*_commands("schema")[command])
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: refusing to replace schema: it is a plan file "
                             "(.yaml, .yml); only `dakplan new` writes plans, and never over "
                             "an existing file\n")
    for target in ("other.yml", "plans/2020.yaml"):  # refused by their suffix
        result = run(*_commands(target)[command])
        assert result.exit_code == 2
        assert "unknown suffix" in result.stderr
    assert _tree(here) == before


def test_the_writer_protects_what_validate_reads() -> None:
    assert write.PLAN_SUFFIXES == PLAN_SUFFIXES


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_a_folder_is_refused(run, here: Path, command: str) -> None:
    (here / "out").mkdir()
    before = _tree(here)
    result = run(*_commands("out")[command])
    assert result.exit_code == 2
    assert result.stderr == "dakplan: refusing to write out: it is a folder; give a file name\n"
    assert _tree(here) == before


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_a_socket_is_refused(run, here: Path, command: str) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("sock")  # relative: a tmp_path can be longer than a socket address may be
        result = run(*_commands("sock")[command])
    finally:
        server.close()
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: refusing to write sock: it is a socket, not a regular "
                             "file\n")
    assert stat.S_ISSOCK(os.stat("sock").st_mode)


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_dev_null_is_refused_and_stays_a_device(run, here: Path, command: str) -> None:
    # As root a rename would replace the device node with a regular file: refused before that.
    result = run(*_commands("/dev/null")[command])
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: refusing to write /dev/null: it is a character device, "
                             "not a regular file\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not [p for p in os.listdir("/dev") if p.startswith(".null.")]


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_a_fifo_is_refused_without_opening_it(here: Path, command: str) -> None:
    os.mkfifo("outfile")  # opening it for writing would wait for a reader forever
    result = subprocess.run([sys.executable, "-m", "dakplan", *_commands("outfile")[command]],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == ("dakplan: refusing to write outfile: it is a named pipe, not a "
                             "regular file\n")
    assert stat.S_ISFIFO(os.stat("outfile").st_mode)
    assert sorted(os.listdir(here)) == ["outfile", "plans"]


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_a_missing_folder_is_named(run, here: Path, command: str) -> None:
    result = run(*_commands("no/such/outfile")[command])
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: cannot write no/such/outfile: folder no/such does not "
                             "exist\n")
    result = run(*_commands("plans/2020.yaml/outfile")[command])
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: cannot write plans/2020.yaml/outfile: plans/2020.yaml is "
                             "not a folder\n")
    assert sorted(os.listdir(here)) == ["plans"]


# --- failures while writing -----------------------------------------------------------------


def _fail(name: str, code: int, when: Callable[..., bool] = lambda *a: True) -> Callable[..., Any]:
    real = getattr(os, name)

    def failing(*args: Any) -> Any:
        if when(*args):
            raise OSError(code, os.strerror(code))
        return real(*args)

    return failing


def _creating(path: Any, flags: int, *rest: Any) -> bool:
    return bool(flags & os.O_CREAT)  # the loader opens plans with os.open too, for reading


FAILURES = {
    # a full disk, found while writing the bytes
    "ENOSPC-write": ("write", errno.ENOSPC, lambda fd, data: fd > 2),
    # a disk error or a full quota, found when the bytes are flushed
    "EIO-fsync": ("fsync", errno.EIO, lambda *a: True),
    "EDQUOT-fsync": ("fsync", errno.EDQUOT, lambda *a: True),
    # a folder one may not write in, or a read-only mount: the temporary file cannot be made
    "EACCES-open": ("open", errno.EACCES, _creating),
    "EROFS-open": ("open", errno.EROFS, _creating),
    # the rename itself refused
    "EACCES-replace": ("replace", errno.EACCES, lambda *a: True),
    "EBUSY-replace": ("replace", errno.EBUSY, lambda *a: True),
}


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_write_leaves_the_old_file_and_no_stray_file(
        run, here: Path, monkeypatch: pytest.MonkeyPatch, command: str, failure: str) -> None:
    name, code, when = FAILURES[failure]
    out = here / "outfile"
    out.write_bytes(OLD)
    before = _tree(here)
    with monkeypatch.context() as patch:
        patch.setattr(os, name, _fail(name, code, when))
        result = run(*_commands("outfile")[command])
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: cannot write outfile: {os.strerror(code)}\n"
    assert _tree(here) == before
    # and the same command writes once the disk is well again
    assert run(*_commands("outfile")[command]).exit_code == 0
    assert out.read_bytes() != OLD
    assert sorted(os.listdir(here)) == ["outfile", "plans"]


def test_ctrl_c_while_writing_leaves_the_old_file(run, here: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = here / "outfile"
    out.write_bytes(OLD)

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = run("calendar", "plans/2020.yaml", "-o", "outfile")
    assert result.exit_code == 130
    assert out.read_bytes() == OLD
    assert sorted(os.listdir(here)) == ["outfile", "plans"]


KILLED_WHILE_WRITING = """
import os, signal, sys
real = os.fsync
def fsync(fd):
    os.kill(os.getpid(), signal.SIGTERM)  # a kill between writing the bytes and the rename
    real(fd)
os.fsync = fsync
from dakplan.cli import main
sys.argv = ["dakplan", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_sigterm_while_writing_leaves_the_old_file_and_no_stray_file(here: Path,
                                                                     command: str) -> None:
    out = here / "outfile"
    out.write_bytes(OLD)
    result = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING,
                             *_commands("outfile")[command]], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGTERM, result.stderr
    assert out.read_bytes() == OLD
    assert sorted(os.listdir(here)) == ["outfile", "plans"]


# --- new: create, never overwrite -----------------------------------------------------------


def test_new_on_a_full_disk_leaves_no_file_and_the_next_new_works(
        run, here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _tree(here)
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _fail("write", errno.ENOSPC, lambda fd, data: fd > 2))
        result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 2
    assert result.stderr == "dakplan: cannot write plans/2021.yaml: No space left on device\n"
    assert _tree(here) == before
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 0, result.stderr
    assert validate_file(here / "plans" / "2021.yaml").errors == 0
    assert sorted(os.listdir(here / "plans")) == ["2020.yaml", "2021.yaml"]


def test_new_never_replaces_a_file_that_appears_while_it_writes(
        run, here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.link

    def someone_else_first(src: Any, dst: Any, **kw: Any) -> None:
        Path(dst).write_text("theirs\n", encoding="utf-8")
        real(src, dst, **kw)

    monkeypatch.setattr(os, "link", someone_else_first)
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: plans/2021.yaml exists; dakplan new never overwrites a "
                             "file (use -o for another path)\n")
    assert (here / "plans" / "2021.yaml").read_text(encoding="utf-8") == "theirs\n"
    assert sorted(os.listdir(here / "plans")) == ["2020.yaml", "2021.yaml"]


@pytest.mark.parametrize("code", [errno.EPERM, errno.EOPNOTSUPP])
def test_new_where_hard_links_are_not_supported(run, here: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                code: int) -> None:
    monkeypatch.setattr(os, "link", _fail("link", code))
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 0, result.stderr
    assert validate_file(here / "plans" / "2021.yaml").errors == 0
    assert sorted(os.listdir(here / "plans")) == ["2020.yaml", "2021.yaml"]


def test_new_onto_a_dangling_link_is_refused(run, here: Path) -> None:
    os.symlink("elsewhere.yaml", here / "plans" / "2021.yaml")
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 2
    assert "plans/2021.yaml exists" in result.stderr
    assert not (here / "plans" / "elsewhere.yaml").exists()


def test_new_in_a_missing_folder_makes_it(run, here: Path) -> None:
    result = run("new", "2021", "--from", "plans/2020.yaml", "-o", "drafts/2021/plan.yaml")
    assert result.exit_code == 0, result.stderr
    assert sorted(os.listdir(here / "drafts" / "2021")) == ["plan.yaml"]


# --- what the written file looks like -------------------------------------------------------


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("command", ["calendar", "render", "schema"])
def test_a_new_file_follows_the_umask_and_a_replaced_one_keeps_its_mode(
        run, here: Path, umask_027: None, command: str) -> None:
    assert run(*_commands("newfile")[command]).exit_code == 0
    assert stat.S_IMODE(os.stat("newfile").st_mode) == 0o640
    old = here / "oldfile"
    old.write_bytes(OLD)
    os.chmod(old, 0o604)
    assert run(*_commands("oldfile")[command]).exit_code == 0
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o604
    assert old.read_bytes() != OLD


def test_new_follows_the_umask(run, here: Path, umask_027: None) -> None:
    assert run("new", "2021", "--from", "plans/2020.yaml").exit_code == 0
    assert stat.S_IMODE(os.stat(here / "plans" / "2021.yaml").st_mode) == 0o640


def test_writing_through_a_link_keeps_the_link(run, here: Path) -> None:
    (here / "site").mkdir()
    (here / "site" / "2020.ics").write_bytes(OLD)
    os.symlink("site/2020.ics", "current.ics")
    result = run("calendar", "plans/2020.yaml", "-o", "current.ics")
    assert result.exit_code == 0, result.stderr
    assert os.readlink("current.ics") == "site/2020.ics"
    assert (here / "site" / "2020.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert sorted(os.listdir(here / "site")) == ["2020.ics"]
