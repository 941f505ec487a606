"""Snapshot what every command prints and writes for every plan file, to check a refactoring.

A change that should not change behaviour (moving code, renaming modules) must leave every
command's output byte-identical. Take a snapshot before and after, and compare:

    git stash  # or check out the commit before the change
    python scripts/snapshot_outputs.py /tmp/snap-before
    git stash pop
    python scripts/snapshot_outputs.py /tmp/snap-after
    diff -r /tmp/snap-before /tmp/snap-after   # empty: nothing a user sees has changed

Run it from the repository root with the Python of the environment dakplan is installed in
(editable, so that it runs the checkout's code). It covers plans/2020.yaml and every plan under
tests/examples/ and tests/corpus/: validate (text, json, github, Vietnamese), tasks and agencies
in every format and with the main filters, remind (both languages), render (every template and
format), calendar, diff of a file with itself, and the help, schema, explain and version output.

Each run becomes OUTDIR/<file>.<case>.out: the exit code, standard output, standard error and
the SHA-256 of every file the command wrote (temporary paths replaced by TMP). Commands run
in-process through typer's CliRunner, in English unless the case says otherwise, on a fixed
as-of day, so the snapshot does not depend on the date or the machine.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

AS_OF = "2020-10-01"
ENVIRONMENT = {"DAKPLAN_LANG": "en", "NO_COLOR": "1", "COLUMNS": "100", "TZ": "UTC"}


def plan_files() -> list[str]:
    return ["plans/2020.yaml",
            *sorted(str(p) for p in Path("tests/examples").rglob("*.yaml")),
            *sorted(str(p) for p in Path("tests/corpus").glob("*.yaml"))]


def cases(plan: str) -> Iterator[tuple[str, list[str]]]:
    """The commands run on one plan file; ``{tmp}`` is a fresh folder for what they write."""
    yield "validate", ["validate", plan]
    yield "validate-json", ["validate", "-f", "json", plan]
    yield "validate-github", ["validate", "-f", "github", plan]
    for fmt in ("table", "json", "csv", "markdown"):
        yield f"tasks-{fmt}", ["tasks", "--as-of", AS_OF, "-f", fmt, plan]
    yield "tasks-stttt", ["tasks", "--as-of", AS_OF, "--agency", "STTTT", plan]
    yield "tasks-byagency", ["tasks", "--as-of", AS_OF, "--group-by", "agency", plan]
    yield "tasks-overdue", ["tasks", "--as-of", AS_OF, "--overdue", plan]
    for fmt in ("table", "json", "csv", "markdown"):
        yield f"agencies-{fmt}", ["agencies", "-f", fmt, plan]
    yield "remind", ["remind", "--as-of", AS_OF, "--within", "60", plan]
    yield "remind-vi", ["--lang", "vi", "remind", "--as-of", AS_OF, "--within", "60", plan]
    yield "validate-vi", ["--lang", "vi", "validate", plan]
    for template in ("plan", "report"):
        for fmt in ("md", "html", "docx"):
            yield (f"render-{template}-{fmt}",
                   ["render", template, "--plan", plan, "-f", fmt, "-o", "{tmp}/r." + fmt])
    yield "render-agency", ["render", "agency", "--plan", plan, "--agency", "STTTT",
                            "-o", "{tmp}/a.md"]
    yield "calendar", ["calendar", plan, "-o", "{tmp}/c.ics"]
    yield "new", ["new", "--help"]
    yield "diff-self", ["diff", plan, plan]


def main(out: Path) -> None:
    os.environ.update(ENVIRONMENT)
    from typer.testing import CliRunner

    from dakplan.cli.app import app

    def run(args: list[str]) -> tuple[int, bytes, bytes]:
        result = CliRunner().invoke(app, args, catch_exceptions=True)
        err = result.stderr_bytes or b""
        if result.exception and not isinstance(result.exception, SystemExit):
            err += ("EXC " + type(result.exception).__name__).encode()
        return result.exit_code, result.stdout_bytes, err

    out.mkdir(parents=True, exist_ok=True)
    for plan in plan_files():
        for name, args in cases(plan):
            tmp = tempfile.mkdtemp()
            code, stdout, stderr = run([arg.replace("{tmp}", tmp) for arg in args])
            blob = (f"exit {code}\n--stdout\n".encode() + stdout.replace(tmp.encode(), b"TMP")
                    + b"\n--stderr\n" + stderr.replace(tmp.encode(), b"TMP"))
            for written in sorted(Path(tmp).iterdir()):
                digest = hashlib.sha256(written.read_bytes()).hexdigest()
                blob += f"\n--file {written.name} sha256 {digest}".encode()
            shutil.rmtree(tmp)
            (out / f"{plan.replace('/', '_')}.{name}.out").write_bytes(blob)
    for name, args in [("help", ["--help"]), ("schema", ["schema"]), ("explain", ["explain"]),
                       ("version", ["--version"])]:
        code, stdout, stderr = run(args)
        tail = f"\nexit {code}".encode()
        (out / f"_{name}.out").write_bytes(stdout + b"\n--stderr\n" + stderr + tail)
    print(len(list(out.iterdir())), "snapshots in", out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/snapshot_outputs.py OUTDIR")
    main(Path(sys.argv[1]))
