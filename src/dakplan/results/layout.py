"""Where results live: ``results/<plan>/<round>/<AGENCY>.yaml`` in the plan repository.

The plan repository is the git work tree holding the plan, or outside git the folder above
``plans/`` (or the plan's own folder): the same root the templates are looked up in. Results are
kept out of ``plans/`` on purpose: ``dakplan validate plans/`` reads every YAML file under it as
a plan.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = "results"


def repository_root(plan_path: Path) -> Path:
    folder = plan_path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder.parent if folder.name == "plans" else folder


def results_root(plan_path: Path, override: Path | None = None) -> Path:
    """The folder of the plan's rounds: ``override`` when given, else the layout's."""
    return override if override is not None else (
        repository_root(plan_path) / FOLDER / plan_path.stem)


def results_file(root: Path, round_id: str, agency: str) -> Path:
    return root / round_id / f"{agency}.yaml"


def result_files(root: Path) -> list[Path]:
    """Every round's files, sorted (by round, then agency)."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.glob("*/*.yaml") if p.is_file())
