"""Files as they were at a git revision, read through git itself (``git show REV:path``).

Only the ``git`` program is used, so whatever git understands (branches, tags, ``HEAD~1``,
``origin/main``, worktrees, packed objects) works here too. Every failure is a ``UsageError``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from dakplan.errors import UsageError
from dakplan.i18n import t


def _git(args: list[str], cwd: str | os.PathLike[str] | None = None) -> bytes:
    env = {**os.environ, "GIT_PAGER": "cat", "LC_ALL": "C"}
    try:
        done = subprocess.run(["git", "--no-pager", *args], cwd=cwd, env=env,
                              capture_output=True, check=False)
    except FileNotFoundError:
        raise UsageError(t("git.missing")) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitFailed(detail[-1] if detail else f"git {args[0]} failed")
    return done.stdout


class GitFailed(UsageError):
    """git ran and said no."""


def repo_root(cwd: str | os.PathLike[str] | None = None) -> Path:
    """The top folder of the working tree ``cwd`` is in."""
    try:
        out = _git(["rev-parse", "--show-toplevel"], cwd)
    except GitFailed:
        raise UsageError(t("git.not_repo", path=os.fspath(cwd or os.getcwd()))) from None
    return Path(out.decode("utf-8").strip())


def resolve(rev: str, cwd: str | os.PathLike[str] | None = None) -> str:
    """The commit ``rev`` names, or a usage error naming it."""
    if not rev or rev.startswith("-"):
        raise UsageError(t("git.bad_revision", rev=rev))
    try:
        out = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], cwd)
    except GitFailed:
        raise UsageError(t("git.bad_revision", rev=rev)) from None
    return out.decode("ascii").strip()


def merge_base(a: str, b: str, cwd: str | os.PathLike[str] | None = None) -> str | None:
    """The best common ancestor of commits ``a`` and ``b`` (the one ``git diff a...b`` uses),
    or None when their histories never meet."""
    try:
        out = _git(["merge-base", a, b], cwd)
    except GitFailed:
        return None
    return out.decode("ascii").strip() or None


def list_files(commit: str, paths: list[str], cwd: str | os.PathLike[str] | None = None,
               ) -> list[str]:
    """Files under ``paths`` (relative to ``cwd``) at ``commit``, relative to the repository."""
    out = _git(["ls-tree", "-r", "-z", "--name-only", "--full-name", commit, "--", *paths], cwd)
    return sorted(name for name in out.decode("utf-8").split("\0") if name)


def show(commit: str, path: str, cwd: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of ``path`` (relative to the repository) at ``commit``."""
    return _git(["show", f"{commit}:{path}"], cwd)
