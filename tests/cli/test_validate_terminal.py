"""`dakplan validate` on a terminal: coloured exactly as rich colours its console markup."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest
from rich.console import Console
from rich.markup import escape

from conftest import EXAMPLES, PLAN_2020, ROOT
from dakplan.diagnostics import Severity
from dakplan.i18n import t
from dakplan.outputs.base import diagnostic_where
from dakplan.validate import validate_any

CORPUS = ROOT / "tests" / "corpus"
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color"}


def on_a_terminal(*args: str) -> tuple[int, bytes]:
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "dakplan", *args], cwd=ROOT,
                               stdout=terminal, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               env={**ENV, "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]})
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    process.communicate(timeout=60)
    os.close(controller)
    return process.returncode, shown.replace(b"\r\n", b"\n")  # the terminal's own line ends


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def as_rich_colours(files: list[str], monkeypatch: pytest.MonkeyPatch) -> bytes:
    """What rich prints for the report of ``files``, as console markup: each location bold,
    the code and severity red or yellow, the summary dim."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", ENV["TERM"])
    out = _Terminal()
    console = Console(file=out, highlight=False, soft_wrap=True)
    errors = warnings = 0
    for file in files:
        report = validate_any(file)
        if not report.entries:
            console.print(escape(t("cli.valid", file=file)))
        for d in (e.diagnostic for e in report.entries):
            style = "red" if d.severity is Severity.ERROR else "yellow"
            word = escape(f"[{t(f'severity.{d.severity}')}]")
            console.print(f"[bold]{escape(diagnostic_where(d))}[/bold] [{style}]{d.code} {word}"
                          f"[/{style}] {escape(d.message)}")
        errors += report.errors
        warnings += report.warnings
    summary = t("cli.summary", files=len(files), errors=errors, warnings=warnings)
    console.print(f"[dim]{escape(summary)}[/dim]")
    return out.getvalue().encode()


def test_a_valid_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    code, shown = on_a_terminal("validate", str(PLAN_2020))
    assert code == 0
    assert shown == as_rich_colours([str(PLAN_2020)], monkeypatch)
    assert shown == (f"{PLAN_2020}: valid\n"
                     "\x1b[2m1 file checked: 0 errors, 0 warnings\x1b[0m\n").encode()


def test_a_valid_plan_on_a_terminal_does_not_import_rich() -> None:
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: sys.stderr.write(' '.join(sorted(sys.modules))))\n"
             "sys.argv = ['dakplan', 'validate', sys.argv[1]]\n"
             "from dakplan.cli import main\n"
             "main()\n")
    controller, terminal = pty.openpty()
    process = subprocess.run([sys.executable, "-c", probe, str(PLAN_2020)], cwd=ROOT,
                             stdout=terminal, stderr=subprocess.PIPE, text=True,
                             env={**ENV, "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]})
    os.close(terminal)
    os.close(controller)
    assert process.returncode == 0
    modules = set(process.stderr.split())
    assert "dakplan.outputs.terminal" in modules and "rich" not in modules


def test_every_example_and_corpus_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    files = sorted(str(p.relative_to(ROOT)) for folder in (EXAMPLES / "invalid", CORPUS)
                   for p in folder.glob("*.yaml"))
    code, shown = on_a_terminal("validate", *files)
    assert code == 1
    expected = as_rich_colours(files, monkeypatch)
    assert b"\x1b[1mtests/examples/invalid/dk002-duplicate-key.yaml:9:3:\x1b[0m \x1b[31mDK002 " \
           b"[error]\x1b[0m duplicate key" in expected
    assert b"\x1b[33m" in expected
    assert shown == expected


def test_a_waived_finding_is_dim_as_rich_dims_it(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = ROOT / "tests" / "family" / "waived-basis" / "plan.yaml"
    code, shown = on_a_terminal("validate", str(plan))
    assert code == 0
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", ENV["TERM"])
    out = _Terminal()
    console = Console(file=out, highlight=False, soft_wrap=True)
    report = validate_any(str(plan))
    (entry,) = report.entries
    d = entry.diagnostic
    assert entry.waiver is not None
    reason = " ".join(entry.waiver.reason.split())
    reason = reason if len(reason) <= 60 else reason[:57].rstrip() + "..."
    marks = f"{d.code} [{t(f'severity.{d.severity}')}] " + t("cli.waived", reason=reason)
    console.print(f"[bold]{escape(diagnostic_where(d))}[/bold] [dim]{escape(marks)}[/dim] "
                  f"{escape(d.message)}")
    summary = (t("cli.summary", files=1, errors=0, warnings=0)
               + t("cli.summary_waived", files=1, errors=0, warnings=0, waived=1))
    console.print(f"[dim]{escape(summary)}[/dim]")
    assert shown == out.getvalue().encode()
    assert b"\x1b[2mDK303 [error] (waived: " in shown
