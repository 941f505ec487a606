"""Load the two sides of a comparison (two files, or a git revision and the working tree) and
diff them with ``dakplan.diff``. Both sides must be valid plans."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dakplan import gitio
from dakplan.diagnostics import Severity
from dakplan.diff import Change, diff_plans
from dakplan.errors import PlanError, UsageError
from dakplan.i18n import t
from dakplan.loader import decode
from dakplan.model import Plan
from dakplan.validate import PLAN_SUFFIXES, discover, load_plan, validate_source

WORKING_TREE = "working tree"
"""The label of the working tree in a ``--git`` comparison."""


@dataclass
class FileDiff:
    """One plan file compared. ``status``: changed, unchanged, added or removed."""

    path: str
    status: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class Comparison:
    """What ``dakplan diff`` compared (``old`` and ``new`` name the sides) and what it found."""

    old: str
    new: str
    files: list[FileDiff]

    @property
    def changes(self) -> int:
        return sum(len(f.changes) for f in self.files)


def _file_diff(path: str, old: Plan, new: Plan) -> FileDiff:
    changes = diff_plans(old, new)
    return FileDiff(path, "changed" if changes else "unchanged", changes)


def compare_files(old: str | os.PathLike[str], new: str | os.PathLike[str]) -> Comparison:
    """Two plan files, side by side."""
    old_plan, new_plan = load_plan(old), load_plan(new)
    return Comparison(os.fspath(old), os.fspath(new),
                      [_file_diff(os.fspath(new), old_plan, new_plan)])


def _plan_from_bytes(raw: bytes, name: str) -> Plan:
    source, problems = decode(raw, name)
    report = validate_source(source) if source is not None else None
    if report is None or report.plan is None or report.errors:
        found = problems if report is None else report.diagnostics
        errors: list[object] = [d for d in found if d.severity is Severity.ERROR]
        raise PlanError(t("cli.invalid_plan", file=name, errors=len(errors)), errors)
    return report.plan


def compare_git(rev: str, paths: list[str] | None = None,
                cwd: str | os.PathLike[str] | None = None) -> Comparison:
    """The plans under ``paths`` (default ``plans``) at ``rev`` against the working tree."""
    here = Path(cwd or os.getcwd())
    root = gitio.repo_root(here)
    commit = gitio.resolve(rev, here)
    targets = list(paths or []) or ["plans"]
    at_rev = set(gitio.list_files(commit, targets, here))
    now: dict[str, Path] = {}
    for target in targets:
        where = here / target
        if not where.exists() and not any(_under(name, root, where) for name in at_rev):
            if paths:
                raise UsageError(f"{target}: {t('load.missing')}")
            raise UsageError(t("cli.no_plans", path=target))
        if where.exists():
            for file in discover([where]):
                try:
                    name = Path(file).resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    raise UsageError(t("git.outside", path=file, root=str(root))) from None
                now[name] = Path(file)
    names = sorted({n for n in at_rev if n.endswith(PLAN_SUFFIXES)} | set(now))
    files: list[FileDiff] = []
    for name in names:
        old = (_plan_from_bytes(gitio.show(commit, name, here), f"{rev}:{name}")
               if name in at_rev else None)
        new = load_plan(now[name]) if name in now else None
        if old is None:
            files.append(FileDiff(name, "added"))
        elif new is None:
            files.append(FileDiff(name, "removed"))
        else:
            files.append(_file_diff(name, old, new))
    return Comparison(rev, WORKING_TREE, files)


def _under(name: str, root: Path, where: Path) -> bool:
    try:
        rel = where.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return False
    return rel in (".", "") or name == rel or name.startswith(rel.rstrip("/") + "/")
