"""Every `dakplan` command the README shows in a ```sh block runs as written, in the README's
order, from the root of a copy of this repository, and exits 0; every file the README sends a
reader to exists."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _sh_commands() -> list[list[str]]:
    commands = []
    for block in re.findall(r"^```sh\n(.*?)^```", README, re.M | re.S):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if ">" in words:  # `... > tasks.csv`: the runner captures standard output itself
                words = words[: words.index(">")]
            if words[:1] == ["dakplan"]:
                commands.append(words[1:])
    return commands


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.invalid", *args],
                   cwd=repo, check=True, capture_output=True)


def test_every_sh_example_runs_and_exits_0(run: Any, tmp_path: Path, monkeypatch: Any) -> None:
    commands = _sh_commands()
    assert len(commands) >= 25  # the blocks were found
    for folder in ("plans", "schema", "tests/family"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "one")
    _git(tmp_path, "commit", "-q", "--allow-empty", "-m", "two")  # for `--git HEAD~1`
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for args in commands:
        result = run(*args)
        assert result.exit_code == 0, (args, result.output)


def test_every_file_the_readme_names_exists() -> None:
    named = set(re.findall(r"(?<![\w/.])((?:tests|bench|docs|schema|src|templates|\.github)/"
                           r"[\w./*-]+\.(?:py|ya?ml|md|json|txt|j2))\b", README))
    named |= set(re.findall(r"\]\(((?!https?:|#|chart:)[^)]+)\)", README))  # links to files
    assert "tests/examples/invalid/dk307-agency-not-in-period.yaml" in named
    missing = sorted(path for path in named if not list(ROOT.glob(path)))
    assert missing == []
