"""Real git repositories in temporary folders, made the same on a fresh machine with no git
identity or configuration of its own (CI)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_AUTHOR_DATE": "2021-01-04T09:00:00+07:00",
    "GIT_COMMITTER_DATE": "2021-01-04T09:00:00+07:00",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
}


def git_env(home: Path) -> dict[str, str]:
    """The environment for git (and for scripts that run git) in a test."""
    return {**os.environ, **GIT_ENV, "HOME": str(home)}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
         "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false",
         "-c", "init.defaultBranch=main", *args],
        cwd=repo, env=git_env(repo.parent), capture_output=True, text=True, check=True)
    return done.stdout


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in a file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


REASSIGN = ("id: bctw-tu-lieu\n                      lead: BCTW",
            "id: bctw-tu-lieu\n                      lead: STTTT")
"""An edit of plans/2020.yaml: the Sở, not the central press, provides the archive footage."""
DEADLINE = ("timing: {type: deadline, date: 2020-12-15}\n            text: >-\n"
            "              Đề nghị các cơ quan báo chí Trung ương: TTXVN, VOV, VTV8 báo cáo kết "
            "quả truyền thông,\n              các kiến nghị, đề xuất với UBND tỉnh (nếu có) qua Sở "
            "Thông tin và Truyền thông trước\n              ngày 15/12/2020",
            "timing: {type: deadline, date: 2020-12-10}\n            text: >-\n"
            "              Đề nghị các cơ quan báo chí Trung ương: TTXVN, VOV, VTV8 báo cáo kết "
            "quả truyền thông,\n              các kiến nghị, đề xuất với UBND tỉnh (nếu có) qua Sở "
            "Thông tin và Truyền thông trước\n              ngày 10/12/2020")
"""An edit of plans/2020.yaml: the central press report five days earlier (the deadline and the
date its text gives, which must agree)."""
DEADLINE_CHANGES = [
    "  task bctw-bao-cao-ket-qua: reworded: … tin và Truyền thông trước ngày [-15/12/2020-]"
    "{+10/12/2020+} để tổng hợp, báo cáo UBND …",
    "  task bctw-bao-cao-ket-qua: deadline moved from 2020-12-15 to 2020-12-10 (-5 days)",
]
"""What `dakplan diff` says of that edit."""
