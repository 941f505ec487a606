"""Compiled templates kept in the user's cache folder (``render.compiled``): a run that reads
them renders byte for byte what a run that compiles renders, and an entry that is not sound,
that others may write, or that another template text or another sandbox made, is never run."""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT
from dakplan.render import compiled


def render(cache: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """``dakplan render ARGS`` in a fresh process, with ``cache`` as the cache home."""
    return subprocess.run(
        [sys.executable, "-m", "dakplan", "render", *args], capture_output=True, text=True,
        cwd=cwd, stdin=subprocess.DEVNULL,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
             "NO_COLOR": "1", "XDG_CACHE_HOME": str(cache)})


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "dakplan" / "templates").glob("template-*.bin"))


REPORT = ["report", str(PLAN_2020), "--as-of", "2020-12-31"]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The report as rendered with no usable cache (its folder is a file)."""
    home = tmp_path_factory.mktemp("nocache")
    (home / "dakplan").write_text("not a folder", encoding="utf-8")
    result = render(home, *REPORT)
    assert result.returncode == 0, result.stderr
    assert not (home / "dakplan" / "templates").exists()
    return result.stdout


def test_the_next_run_reads_the_entries_and_renders_the_same(tmp_path: Path,
                                                              reference: str) -> None:
    first = render(tmp_path, *REPORT)
    assert first.returncode == 0 and first.stdout == reference
    kept = entries(tmp_path)
    assert kept  # the report and the templates it imports
    for entry in kept:
        assert entry.stat().st_mode & 0o777 == 0o600
    stamps = [e.stat().st_mtime_ns for e in kept]
    second = render(tmp_path, *REPORT)
    assert second.returncode == 0 and second.stdout == reference
    assert [e.stat().st_mtime_ns for e in entries(tmp_path)] == stamps  # read, not rewritten


def _planted(tmp_path: Path, mode: int) -> Path:
    """Every entry replaced by one with the right header whose code prints PLANTED."""
    assert render(tmp_path, *REPORT).returncode == 0
    for entry in entries(tmp_path):
        data = entry.read_bytes()
        header = data[:data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1]
        code = compile("def root(context, missing=None, environment=None):\n"
                       "    yield 'PLANTED'\n"
                       "name = None\nblocks = {}\ndebug_info = ''\n", "x", "exec")
        entry.write_bytes(header + marshal.dumps(code))
        entry.chmod(mode)
    return tmp_path


def test_an_entry_others_may_write_is_never_run(tmp_path: Path, reference: str) -> None:
    _planted(tmp_path, 0o666)
    result = render(tmp_path, *REPORT)
    assert result.returncode == 0 and result.stdout == reference
    for entry in entries(tmp_path):  # compiled again, and kept as its owner's alone
        assert entry.stat().st_mode & 0o777 == 0o600
        assert b"PLANTED" not in entry.read_bytes()
    # The mode is the one check that kept it out: written by its owner alone, the very same
    # entry is run (the cache holds code, trusted as Python trusts its __pycache__).
    other = tmp_path / "other"
    _planted(other, 0o600)
    assert render(other, *REPORT).stdout.startswith("PLANTED")


def test_a_group_writable_folder_is_never_read(tmp_path: Path, reference: str) -> None:
    _planted(tmp_path, 0o600)
    (tmp_path / "dakplan" / "templates").chmod(0o777)
    result = render(tmp_path, *REPORT)
    assert result.returncode == 0 and result.stdout == reference


@pytest.mark.parametrize("damage", ["empty", "truncated", "foreign", "other key"])
def test_an_unsound_entry_is_compiled_again(tmp_path: Path, reference: str,
                                            damage: str) -> None:
    assert render(tmp_path, *REPORT).returncode == 0
    for entry in entries(tmp_path):
        data = entry.read_bytes()
        entry.write_bytes({"empty": b"", "truncated": data[: len(data) // 2],
                           "foreign": b"\x00" * 64,
                           "other key": data.replace(b"\n", b"x\n", 2)}[damage])
    result = render(tmp_path, *REPORT)
    assert result.returncode == 0 and result.stdout == reference
    assert all(e.read_bytes().startswith(compiled.FORMAT + b"\n") for e in entries(tmp_path))


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "templates").mkdir()
    shutil.copy(PLAN_2020, repo / "plans" / "2020.yaml")
    own = repo / "templates" / "note.md.j2"
    own.write_text("Một {{ plan.document.title | length }}\n", encoding="utf-8")
    first = render(tmp_path, "note", "plans/2020.yaml", cwd=repo)
    assert first.returncode == 0, first.stderr
    own.write_text("Hai {{ plan.document.title | length }}\n", encoding="utf-8")
    second = render(tmp_path, "note", "plans/2020.yaml", cwd=repo)
    assert second.returncode == 0
    assert first.stdout.startswith("Một ") and second.stdout.startswith("Hai ")
    assert first.stdout[4:] == second.stdout[4:]


def test_a_template_error_is_reported_the_same_from_the_cache(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "templates").mkdir()
    shutil.copy(PLAN_2020, repo / "plans" / "2020.yaml")
    (repo / "templates" / "bad.md.j2").write_text("ok\n\n{{ plan.nothing_here }}\n",
                                                  encoding="utf-8")
    first = render(tmp_path, "bad", "plans/2020.yaml", cwd=repo)
    second = render(tmp_path, "bad", "plans/2020.yaml", cwd=repo)
    assert first.returncode == second.returncode == 2
    assert "bad.md.j2:3" in first.stderr and first.stderr == second.stderr


def test_another_sandbox_has_another_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    render_dir = tmp_path / "render"
    shutil.copytree(Path(compiled.__file__).parent, render_dir,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(compiled, "_RENDER_DIR", render_dir)
    key = compiled._key()
    assert key is not None
    sandbox = render_dir / "sandbox.py"
    sandbox.write_text(sandbox.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert compiled._key() not in (None, key)
    for source in render_dir.glob("*.py"):
        source.unlink()
    assert compiled._key() is None  # nothing to tell an edited sandbox by: no cache


def test_a_folder_that_cannot_be_made_is_only_a_slower_run(tmp_path: Path,
                                                           reference: str) -> None:
    (tmp_path / "dakplan").mkdir()
    os.symlink("/dev/null", tmp_path / "dakplan" / "templates")
    result = render(tmp_path, *REPORT)
    assert result.returncode == 0 and result.stdout == reference and result.stderr == ""


def test_a_full_disk_is_only_a_slower_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from jinja2.bccache import Bucket

    import dakplan.io.write as write

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(write, "_write_all", full)
    cache = compiled.TemplateCache(tmp_path / "templates", b"k")
    bucket = Bucket(None, "key", "checksum")  # type: ignore[arg-type]
    bucket.code = compile("x = 1", "x", "exec")
    cache.dump_bytecode(bucket)  # nothing raised, nothing left behind
    assert list((tmp_path / "templates").iterdir()) == []
