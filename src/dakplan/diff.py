"""Load the two sides of a comparison (two files, or a git revision and the working tree) and
diff them with ``dakplan.changes``. Each side is read as version 2 (a version 1 file through
the conversion) under the blocking policy of ``diff``: a structural finding stops it; the
other errors are kept as notices, for standard error, and the diff is made."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from dakplan.changes import Change, diff_plans
from dakplan.checks.v2.validate import blocking, reported, validate_source
from dakplan.diagnostics import Diagnostic
from dakplan.errors import PlanError, UsageError
from dakplan.i18n import t
from dakplan.io import git
from dakplan.io.read import decode
from dakplan.model.v2 import Plan
from dakplan.shared import Shared, at_revision
from dakplan.validate import PLAN_SUFFIXES, discover, load_plan_v2

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
    """What ``dakplan diff`` compared (``old`` and ``new`` name the sides as given) and what it
    found."""

    old: str
    new: str
    files: list[FileDiff]
    base: str | None = None
    """The merge base read as the old side, when it is not the tip of ``old``."""
    notices: list[Diagnostic] = field(default_factory=list)
    """The findings of either side that do not stop a diff (for standard error)."""

    @property
    def changes(self) -> int:
        return sum(len(f.changes) for f in self.files)


def _file_diff(path: str, old: Plan, new: Plan) -> FileDiff:
    changes = diff_plans(old, new)
    return FileDiff(path, "changed" if changes else "unchanged", changes)


def compare_files(old: str | os.PathLike[str], new: str | os.PathLike[str]) -> Comparison:
    """Two plan files, side by side."""
    notices: list[Diagnostic] = []
    old_plan = load_plan_v2(old, "diff", notices)
    new_plan = load_plan_v2(new, "diff", notices)
    return Comparison(os.fspath(old), os.fspath(new),
                      [_file_diff(os.fspath(new), old_plan, new_plan)], notices=notices)


def _plan_from_bytes(raw: bytes, name: str, notices: list[Diagnostic],
                     shared: Shared | None = None) -> Plan:
    """The plan git gave, read with ``shared``, the registry of agencies at the same
    revision (``shared.at_revision``), under the blocking policy of ``diff``."""
    source, problems = decode(raw, name)
    if shared is not None and not shared.usable:
        raise PlanError(t("cli.invalid_registry", file=shared.file, errors=len(shared.errors)),
                        shared.errors)
    if source is None:
        raise PlanError(t("cli.invalid_plan", file=name, errors=len(problems)), problems)
    report = validate_source(source, shared)
    stop = blocking(report.entries, "diff")
    if report.plan is None or stop:
        found = [e.diagnostic for e in stop] or [e.diagnostic for e in report.entries
                                                 if e.error]
        raise PlanError(t("cli.invalid_plan", file=name, errors=len(found)), found)
    notices += [e.diagnostic for e in reported(report.entries, "diff")]
    return report.plan


@dataclass(frozen=True)
class GitSides:
    """The two commits a ``--git`` comparison reads. ``new_commit`` None is the working tree;
    ``base`` is the merge base read as the old side when it is not ``old``'s own tip."""

    old: str
    old_commit: str
    new: str
    new_commit: str | None
    base: str | None


def git_sides(spec: str, cwd: str | os.PathLike[str] | None = None) -> GitSides:
    """What ``--git SPEC`` compares, with git's meaning of the dots.

    ``REV``: the merge base of REV and HEAD against the working tree, as a pull request
    compares a branch with where it left REV. ``A..B``: A's tip against B. ``A...B``: the merge
    base of A and B against B. An empty side of the dots is HEAD, as in git.
    """
    if not spec:
        raise UsageError(t("git.bad_revision", rev=spec))
    dots = "..." if "..." in spec else ".." if ".." in spec else ""
    left, right = spec.split(dots, 1) if dots else (spec, "")
    old, new = left or "HEAD", right or "HEAD"
    tip = git.resolve(old, cwd)
    head = git.resolve(new, cwd)
    if dots == "..":
        return GitSides(old, tip, new, head, None)
    base = git.merge_base(tip, head, cwd)
    if base is None:
        raise UsageError(t("git.no_merge_base", a=old, b=new))
    moved = None if base == tip else base
    if dots:
        return GitSides(old, base, new, head, moved)
    return GitSides(old, base, WORKING_TREE, None, moved)


def compare_git(spec: str, paths: list[str] | None = None,
                cwd: str | os.PathLike[str] | None = None) -> Comparison:
    """The plans under ``paths`` (default ``plans``, relative to ``cwd``) on the two sides
    ``spec`` names (see ``git_sides``)."""
    here = Path(cwd or os.getcwd())
    root = git.repo_root(here)
    sides = git_sides(spec, here)
    targets = list(paths or []) or ["plans"]
    at_old = set(git.list_files(sides.old_commit, targets, here))
    old_label = sides.base[:7] if sides.base else sides.old
    notices: list[Diagnostic] = []

    def old_plan(name: str) -> Plan:
        return _plan_from_bytes(git.show(sides.old_commit, name, here), f"{old_label}:{name}",
                                notices, at_revision(sides.old_commit, name, old_label, root))

    new_commit = sides.new_commit
    if new_commit is None:
        now = _in_working_tree(targets, at_old, root, here, given=bool(paths))

        def new_plan(name: str) -> Plan:
            return load_plan_v2(now[name], "diff", notices)

        at_new = set(now)
    else:
        at_new = {n for n in git.list_files(new_commit, targets, here)
                  if n.endswith(PLAN_SUFFIXES)}
        for target in targets:
            if not any(_under(name, root, here / target) for name in at_old | at_new):
                _missing(target, given=bool(paths))

        def new_plan(name: str) -> Plan:
            return _plan_from_bytes(git.show(new_commit, name, here), f"{sides.new}:{name}",
                                    notices, at_revision(new_commit, name, sides.new, root))
    files: list[FileDiff] = []
    for name in sorted({n for n in at_old if n.endswith(PLAN_SUFFIXES)} | at_new):
        old = old_plan(name) if name in at_old else None
        new = new_plan(name) if name in at_new else None
        if old is None:
            files.append(FileDiff(name, "added"))
        elif new is None:
            files.append(FileDiff(name, "removed"))
        else:
            files.append(_file_diff(name, old, new))
    return Comparison(sides.old, sides.new, files, sides.base, notices)


def _missing(target: str, given: bool) -> NoReturn:
    if given:
        raise UsageError(f"{target}: {t('load.missing')}")
    raise UsageError(t("cli.no_plans", path=target))


def _in_working_tree(targets: list[str], at_old: set[str], root: Path, here: Path,
                     given: bool) -> dict[str, Path]:
    """The plan files under ``targets`` on disk, by their name in the repository."""
    now: dict[str, Path] = {}
    for target in targets:
        where = here / target
        if not where.exists():
            if not any(_under(name, root, where) for name in at_old):
                _missing(target, given)
            continue
        for file in discover([where]):
            try:
                name = Path(file).resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                raise UsageError(t("git.outside", path=file, root=str(root))) from None
            now[name] = Path(file)
    return now


def _under(name: str, root: Path, where: Path) -> bool:
    try:
        rel = where.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return False
    return rel in (".", "") or name == rel or name.startswith(rel.rstrip("/") + "/")
