"""Plan's validator kept in the cache folder: the same findings either way, and an entry that
is not sound is never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, PLAN_2020, ROOT
from dakplan.model import validator_cache

# Validate every example plan in a fresh process; say whether Plan's validator came from the
# cache (read) or from pydantic (built), then every finding.
PROBE = """\
import sys
from pathlib import Path
from dakplan.model import Plan
from dakplan.validate import validate_file
files = sorted(Path(sys.argv[1]).rglob("*.yaml")) + [Path(sys.argv[2])]
reports = [validate_file(f) for f in files]
print("read" if not Plan.__pydantic_complete__ else "built")
for report in reports:
    print(report.file, report.plan is not None)
    for d in report.diagnostics:
        print(" ", d.line, d.col, d.code, d.severity, d.message)
"""


def probe(cache: Path) -> tuple[str, str]:
    """(where the validator came from, the findings) of a run with ``cache`` as the folder."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(EXAMPLES), str(PLAN_2020)],
                            capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert result.stderr == ""
    origin, findings = result.stdout.split("\n", 1)
    return origin, findings


def only_entry(cache: Path) -> Path:
    (entry,) = (cache / "dakplan").glob("plan-validator-*.json")
    return entry


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The findings with a validator built by pydantic (no entry yet)."""
    origin, findings = probe(tmp_path_factory.mktemp("cold"))
    assert origin == "built"
    return findings


def test_the_next_run_reads_the_entry_and_finds_the_same(tmp_path: Path, reference: str) -> None:
    assert probe(tmp_path) == ("built", reference)
    entry = only_entry(tmp_path)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "dakplan").stat().st_mode & 0o777 == 0o700
    assert probe(tmp_path) == ("read", reference)
    assert probe(tmp_path) == ("read", reference)
    assert only_entry(tmp_path) == entry


def test_the_entry_holds_names_not_code(tmp_path: Path) -> None:
    probe(tmp_path)
    text = only_entry(tmp_path).read_text(encoding="utf-8")
    entry = json.loads(text)
    assert set(entry) == {"key", "format", "config", "schema"}
    refs = set(_refs(entry["schema"]))
    # dakplan's models, enums and validators, and the factories of empty defaults: no more
    outside = {ref for ref in refs if not ref.startswith("dakplan.model.")}
    assert outside == {"builtins:list", "builtins:dict"}
    assert len(refs) > len(outside)


def _refs(data: object) -> list[str]:
    if isinstance(data, dict):
        if set(data) == {"$ref"}:
            return [data["$ref"]]
        return [r for value in data.values() for r in _refs(value)]
    if isinstance(data, list):
        return [r for value in data for r in _refs(value)]
    return []


@pytest.mark.parametrize("damage", [
    "not json",
    "other key",
    "foreign name",
    "foreign builtin",
    "dunder name",
    "not a model name",
    "writable by others",
    "broken schema",
])
def test_an_unsound_entry_is_not_used_and_is_replaced(
        tmp_path: Path, reference: str, damage: str) -> None:
    probe(tmp_path)
    entry = only_entry(tmp_path)
    text = entry.read_text(encoding="utf-8")
    data = json.loads(text)
    if damage == "not json":
        text = text[: len(text) // 2]
    elif damage == "other key":
        data["key"] = "0" * 64
        text = json.dumps(data)
    elif damage == "foreign name":
        text = text.replace('"dakplan.model.tasks:Task"', '"os:system"', 1)
    elif damage == "foreign builtin":  # builtins:list is a factory; builtins:eval is not
        text = text.replace('"builtins:list"', '"builtins:eval"', 1)
    elif damage == "dunder name":
        text = text.replace('"dakplan.model.tasks:Task"', '"dakplan.model.tasks:Task.__init__"', 1)
    elif damage == "not a model name":
        text = text.replace('"dakplan.model.tasks:Task"', '"dakplan.model.agencies:t"', 1)
    elif damage == "broken schema":
        text = text.replace('"type":"model"', '"type":"no-such-schema"', 1)
    assert damage == "writable by others" or text != entry.read_text(encoding="utf-8")
    entry.write_text(text, encoding="utf-8")
    entry.chmod(0o666 if damage == "writable by others" else 0o600)
    assert probe(tmp_path) == ("built", reference)
    assert probe(tmp_path) == ("read", reference)  # the built validator was written again


def test_no_usable_cache_folder_is_only_slower(tmp_path: Path, reference: str) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert probe(blocked) == ("built", reference)
    assert probe(blocked) == ("built", reference)
    result = subprocess.run([sys.executable, "-m", "dakplan", "validate", str(PLAN_2020)],
                            capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "XDG_CACHE_HOME": str(blocked)})
    assert (result.returncode, result.stderr) == (0, "")


def test_deleting_the_folder_is_safe(tmp_path: Path, reference: str) -> None:
    probe(tmp_path)
    only_entry(tmp_path).unlink()
    (tmp_path / "dakplan").rmdir()
    assert probe(tmp_path) == ("built", reference)
    assert probe(tmp_path) == ("read", reference)


def test_an_edited_model_has_another_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = tmp_path / "model"
    model.mkdir()
    for source in sorted((ROOT / "src" / "dakplan" / "model").glob("*.py")):
        (model / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(validator_cache, "_MODEL_DIR", model)
    key = validator_cache._key()
    assert key is not None
    tasks = model / "tasks.py"
    tasks.write_text(tasks.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert validator_cache._key() not in (None, key)
    for source in model.glob("*.py"):
        source.unlink()
    assert validator_cache._key() is None  # no source to tell: no cache


def test_the_folder_follows_xdg_cache_home(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert validator_cache.cache_dir() == tmp_path / "dakplan"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if sys.platform == "linux":
        assert validator_cache.cache_dir() == tmp_path / "home" / ".cache" / "dakplan"
