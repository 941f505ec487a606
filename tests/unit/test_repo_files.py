"""The files that run dakplan elsewhere: the pre-commit hooks (the pull-request workflow and the
GitHub Action: test_action_files.py)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from dakplan.io.yaml_load import PlanLoader


def load_yaml(path: Path) -> Any:
    """Read as GitHub and pre-commit do (YAML 1.2: `on` is a key, not true)."""
    loader = PlanLoader(path.read_text(encoding="utf-8"), str(path))
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.problems == []
    return data


def _hook(path: Path) -> dict[str, Any]:
    data = load_yaml(path)
    hooks = data if isinstance(data, list) else [h for r in data["repos"] for h in r["hooks"]]
    (hook,) = [h for h in hooks if h["id"] == "dakplan-validate"]
    return hook  # type: ignore[no-any-return]


def test_published_hook() -> None:
    hook = _hook(ROOT / ".pre-commit-hooks.yaml")
    assert hook["entry"] == "dakplan validate"
    assert hook["language"] == "python"
    assert hook["files"] == r"^plans/.*\.ya?ml$"


def test_own_hook_runs_the_same_command() -> None:
    hook = _hook(ROOT / ".pre-commit-config.yaml")
    assert hook["entry"] == "dakplan validate"
    assert hook["files"] == _hook(ROOT / ".pre-commit-hooks.yaml")["files"]


def test_hook_selects_plan_files_only() -> None:
    files = re.compile(_hook(ROOT / ".pre-commit-hooks.yaml")["files"])
    chosen = [p for p in ["plans/2020.yaml", "plans/old/2019.yml", "README.md",
                          "tests/examples/valid/a.yaml", "schema/plan.schema.json"]
              if files.search(p)]
    assert chosen == ["plans/2020.yaml", "plans/old/2019.yml"]


def test_hook_entry_passes_a_good_plan_and_fails_a_broken_one(run: Any, write_plan: Any) -> None:
    """pre-commit runs `entry` followed by the staged file names."""
    entry = shlex.split(_hook(ROOT / ".pre-commit-hooks.yaml")["entry"])
    assert entry[0] == "dakplan"
    broken = small_plan()
    broken["reporting"][0]["lead"] = "NOBODY"
    assert run(*entry[1:], str(PLAN_2020)).exit_code == 0
    result = run(*entry[1:], str(PLAN_2020), str(write_plan(dump_plan(broken), "bad.yaml")))
    assert result.exit_code == 1
    assert "DK201" in result.stdout
