"""Version 2's Plan validator kept in the cache folder (what ``dakplan validate`` reads for a
version 2 plan): the same findings either way, and an entry that is not sound, or that
belongs to other model sources, is never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT
from dakplan.model import validator_cache
from dakplan.model.v2 import Plan

# Validate every version 2 example (valid and invalid, the family's plans) in a fresh process
# as `dakplan validate` does; say whether version 2's validator came from the cache (read) or
# from pydantic (built), then every finding.
PROBE = """\
import sys
from pathlib import Path
from dakplan.model.v2 import Plan
from dakplan.validate import validate_any
root = Path(sys.argv[1])
files = sorted((root / "tests" / "examples" / "v2").rglob("*.yaml"))
files += sorted((root / "tests" / "family").rglob("*.yaml")) + [Path(sys.argv[2])]
reports = [validate_any(f) for f in files]
print("read" if not Plan.__pydantic_complete__ else "built")
for report in reports:
    print(report.file, report.version)
    for e in report.entries:
        d = e.diagnostic
        print(" ", d.line, d.col, d.code, d.severity, e.waived, d.message)
"""


def probe(cache: Path) -> tuple[str, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), str(PLAN_2020)],
                            capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert result.stderr == ""
    origin, findings = result.stdout.split("\n", 1)
    return origin, findings


def only_entry(cache: Path) -> Path:
    (entry,) = (cache / "dakplan").glob(f"{validator_cache.prefix(Plan)}-*.json")
    return entry


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    origin, findings = probe(tmp_path_factory.mktemp("cold"))
    assert origin == "built"
    assert "DK401" in findings and "True" in findings  # invalid files, a waived finding
    return findings


def test_the_next_run_reads_the_entry_and_finds_the_same(tmp_path: Path, reference: str) -> None:
    assert probe(tmp_path) == ("built", reference)
    entry = only_entry(tmp_path)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert probe(tmp_path) == ("read", reference)
    assert only_entry(tmp_path) == entry
    refs = set(_refs(json.loads(entry.read_text())["schema"]))
    assert "dakplan.model.v2.plan" in {ref.split(":")[0] for ref in refs}
    assert {r for r in refs if not r.startswith("dakplan.model.")} == {"builtins:list",
                                                                      "builtins:dict"}


def _refs(data: object) -> list[str]:
    if isinstance(data, dict):
        if set(data) == {"$ref"}:
            return [data["$ref"]]
        return [r for value in data.values() for r in _refs(value)]
    if isinstance(data, list):
        return [r for value in data for r in _refs(value)]
    return []


@pytest.mark.parametrize("damage", [
    "not json", "other key", "foreign name", "not a model name", "writable by others",
    "broken schema", "empty",
])
def test_an_unsound_entry_is_not_used_and_is_replaced(
        tmp_path: Path, reference: str, damage: str) -> None:
    probe(tmp_path)
    entry = only_entry(tmp_path)
    text = entry.read_text(encoding="utf-8")
    data = json.loads(text)
    name = '"dakplan.model.v2.body:Duty"'
    if damage == "not json":
        text = text[: len(text) // 2]
    elif damage == "other key":
        data["key"] = "0" * 64
        text = json.dumps(data)
    elif damage == "foreign name":
        text = text.replace(name, '"os:system"', 1)
    elif damage == "not a model name":
        text = text.replace(name, '"dakplan.model.v2.body:re"', 1)
    elif damage == "broken schema":
        text = text.replace('"type":"model"', '"type":"no-such-schema"', 1)
    elif damage == "empty":
        text = ""
    assert damage == "writable by others" or text != entry.read_text(encoding="utf-8")
    entry.write_text(text, encoding="utf-8")
    entry.chmod(0o666 if damage == "writable by others" else 0o600)
    assert probe(tmp_path) == ("built", reference)
    assert probe(tmp_path) == ("read", reference)  # the built validator was written again


def test_an_entry_of_other_model_sources_is_never_read(tmp_path: Path, reference: str) -> None:
    """An entry whose name is this installation's, holding the key of another: as after an
    edit of a model (or of what the models import) that the version number does not say."""
    probe(tmp_path)
    entry = only_entry(tmp_path)
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["key"] = data["key"][:32] + "f" * 32
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert probe(tmp_path) == ("built", reference)


def test_the_key_covers_what_the_models_import(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "dakplan"
    for folder in ("model", "model/v2", "diagnostics", "i18n"):
        (src / folder).mkdir(parents=True)
        for source in (ROOT / "src" / "dakplan" / folder).glob("*.py"):
            (src / folder / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(validator_cache, "_MODEL_DIR", src / "model")
    key = validator_cache._key(Plan)
    assert key is not None and key != validator_cache._key()  # version 1's Plan: its own
    for edited in ("model/v2/body.py", "i18n/vn.py", "diagnostics/__init__.py"):
        path = src / edited
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        assert validator_cache._key(Plan) not in (None, key), edited
        key = validator_cache._key(Plan)


def test_deleting_the_folder_is_safe(tmp_path: Path, reference: str) -> None:
    probe(tmp_path)
    only_entry(tmp_path).unlink()
    assert probe(tmp_path) == ("built", reference)
    assert probe(tmp_path) == ("read", reference)
