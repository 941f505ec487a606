"""Rendering untrusted templates: no code runs, and a render that dies leaves the old output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("attack", [
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__()|map(attribute='__init__')|list }}"
    "{{ joiner.__init__.__globals__['os'].popen('touch PWNED') }}",
    "{% set x = namespace() %}"
    "{{ x.__init__.__globals__['sys'].modules['os'].system('touch PWNED') }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').system('touch PWNED') }}",
    "{{ '{0.__init__.__globals__[os].system}'.format(lipsum) }}",
])
def test_no_template_code_reaches_python(run, repo: Path, attack: str,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    (repo / "templates" / "evil.md.j2").write_text(attack + "\n", encoding="utf-8")
    result = run("render", "evil", "plans/2030.yaml", "-o", "out.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("dakplan: ")
    assert "Traceback" not in result.output
    assert sorted(p.name for p in repo.iterdir()) == ["plans", "templates"]


def test_a_render_killed_halfway_leaves_the_old_file(repo: Path) -> None:
    # A template that would not finish within its raised budgets: the process is killed while
    # it renders.
    (repo / "templates" / "slow.md.j2").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}\n",
        encoding="utf-8")
    out = repo / "out.md"
    out.write_text("old\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "dakplan", "render", "slow", "plans/2030.yaml",
         "-o", "out.md", "--time-limit", "600", "--max-size", "1000"],
        cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.5)
        assert process.poll() is None, "the render ended before it could be killed"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in repo.iterdir()) == ["out.md", "plans", "templates"]
