"""`dakplan validate`, `render`, `tasks`, `agencies` and `--version` without typer
(`dakplan.cli.fast`): the same function called with the same arguments, the same output, files
and exit status as through typer, or typer itself when the arguments are not plain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT
from dakplan.cli.fast import COMMANDS, lang_first, parse, parse_validate

# Runs the entry point; with "typer" as its first argument, never the fast way. The arguments
# the invoked command's function receives are printed on standard error ("ARGS name ..."),
# whichever way it is called (every command is declared through a spy), and so is whether
# typer was imported.
PROBE = """\
import atexit, functools, sys
way, *args = sys.argv[1:]
sys.argv = ["dakplan", *args]
import dakplan.cli.declare as declare
declaring = declare.command
def command(*a, **k):
    def decorate(original):
        @functools.wraps(original)
        def spy(**kwargs):
            sys.stderr.write(f"ARGS {original.__name__} {sorted(kwargs.items())!r}\\n")
            return original(**kwargs)
        return declaring(*a, **k)(spy)
    return decorate
declare.command = command
if way == "typer":
    import dakplan.cli
    dakplan.cli._fast = lambda args: None
atexit.register(lambda: sys.stderr.write(
    "TYPER " + str("typer" in sys.modules) + "\\n"))
from dakplan.cli import main
main()
"""

INVALID = "tests/examples/invalid/dk002-duplicate-key.yaml"
WARNING = "tests/examples/v2/invalid/dk402-unused-waiver.yaml"


def run(way: str, *args: str, cwd: Path = ROOT,
        env: dict[str, str] | None = None) -> tuple[int, str, str, bool]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, way, *args], capture_output=True, text=True, cwd=cwd,
        stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1",
             "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], **(env or {})})
    lines = result.stderr.splitlines()
    typer_used = lines[-1] == "TYPER True"
    return result.returncode, result.stdout, "\n".join(lines[:-1]), typer_used


CASES = [
    ["validate", str(PLAN_2020)],
    ["validate", INVALID, str(PLAN_2020)],
    ["validate", "-q", INVALID, str(PLAN_2020)],
    ["validate", "--quiet", "--format", "json", INVALID],
    ["validate", "--format=github", INVALID],
    ["validate", "-fjson", INVALID],
    ["validate", "-qf", "json", INVALID],
    ["validate", "-qfgithub", WARNING],
    ["validate", "--strict", WARNING],
    ["validate", "--strict", "--no-strict", WARNING],
    ["validate", "--ignore", "DK402", "--ignore", "unused-waiver", WARNING],
    ["validate", "--ignore", "DK999", WARNING],
    ["validate", "--ignore", "DK002", INVALID],
    ["validate", "--format", "xml", INVALID],
    ["validate", "--format=", INVALID],
    ["validate", "--jobs", "2", INVALID, WARNING],
    ["validate", "-j1", INVALID],
    ["validate", "--jobs", "0", INVALID],
    ["validate", "--jobs", "x", INVALID],
    ["validate", "--stdin-filename", "plan.yaml", "-"],
    ["validate", "no/such/file.yaml"],
    ["validate", "", "./plans//2020.yaml"],
    ["validate", "--", "-q"],
    ["validate", INVALID, "--lang", "vi"],
    ["--lang", "vi", "validate", WARNING],
    ["--lang", "xx-!", "validate", INVALID],
    ["validate", "--lang=", INVALID],
    ["--version"],
]
"""Plain arguments: run without typer, as typer runs them."""

PLAN = str(PLAN_2020)
DAY = "2020-12-01"
RENDER_CASES = [
    ["render", "report", PLAN],
    ["render", "report", PLAN, "--as-of", DAY],
    ["render", "report", PLAN, "--as-of=2020-12-31", "-f", "html"],
    ["render", "plan", PLAN, "-fhtml"],
    ["render", "plan", PLAN, "--to", "md"],
    ["render", "--to", "md", "--format", "html", "plan", PLAN],
    ["render", "agency", PLAN, "--agency", "VOV", "--as-of", DAY],
    ["render", "agency", PLAN, "-aTTXVN"],
    ["render", "agency", PLAN, "--agency", "NOBODY"],
    ["render", "agency", PLAN],
    ["render", "--list"],
    ["render", "--list", PLAN],
    ["render", "--list", "plan", PLAN],
    ["render", "report", PLAN, "--as-of", DAY, "--time-limit", "5"],
    ["render", "report", PLAN, "--time-limit", "0"],
    ["render", "report", PLAN, "--time-limit=.5", "--max-size", "10"],
    ["render", "report", PLAN, "--max-size", "99999"],
    ["render", "report", "-p", PLAN, "--as-of", DAY],
    ["render", "report", "--plan", PLAN, "--as-of", DAY],
    ["render", "report", PLAN, "--plan", PLAN],
    ["render", "report", "no/such/plan.yaml"],
    ["render", "report", INVALID],
    ["render", "nosuch", PLAN],
    ["render"],
    ["render", "report", PLAN, "--as-of", "31/12/2020"],
    ["render", "report", PLAN, "--as-of", "yesterday"],
    ["render", "report", PLAN, "-f", "pdf"],
    ["render", "report", PLAN, "-o", "report.pdf"],
    ["render", "report", PLAN, "--results", "no/such/folder", "--as-of", DAY],
    ["render", "--", "report", PLAN],
    ["render", "report", PLAN, "--lang", "vi", "--as-of", DAY],
    ["--lang", "vi", "render", "nosuch", PLAN],
]
"""Plain ``render`` arguments (the plan's own folder holds no other plan, so ``--list``
without a plan reads it too)."""

TASKS_CASES = [
    ["tasks", PLAN],
    ["tasks", PLAN, "--as-of", DAY],
    ["tasks", PLAN, "--agency", "VOV", "--as-of", DAY],
    ["tasks", "-aTTXVN", "--due-before", "15/12/2020", PLAN],
    ["tasks", PLAN, "--due-after", "2020-06-01", "--due-before=2020-12-31", "-f", "json"],
    ["tasks", PLAN, "--overdue", "--as-of", DAY, "-fcsv"],
    ["tasks", PLAN, "--due-within", "30", "--as-of", "2020-09-01"],
    ["tasks", PLAN, "--due-within", "99999"],
    ["tasks", PLAN, "--status", "done", "--status", "in_progress,not_started", "--as-of", DAY],
    ["tasks", PLAN, "--status", "finished"],
    ["tasks", PLAN, "--theme", "dai-hoi-dang", "--theme", "nosuch", "-f", "markdown"],
    ["tasks", PLAN, "--media", "bao-hinh", "--media", "báo nói"],
    ["tasks", PLAN, "--agency", "VOV", "--role", "coordinate"],
    ["tasks", PLAN, "--role", "lead"],
    ["tasks", PLAN, "--group-by", "agency", "--as-of", DAY],
    ["tasks", PLAN, "--group-by", "theme"],
    ["tasks", PLAN, "--agency", "NOBODY"],
    ["tasks", PLAN, "--due-before", "soon"],
    ["tasks", PLAN, "-f", "xml"],
    ["tasks", PLAN, "-f", "xlsx"],
    ["tasks", PLAN, "-o", "tasks.txt"],
    ["tasks", PLAN, PLAN],
    ["tasks", PLAN, INVALID],
    ["tasks", "no/such/plan.yaml"],
    ["tasks"],
    ["tasks", "--", PLAN],
    ["tasks", PLAN, "--lang", "vi", "--as-of", DAY],
    ["agencies", PLAN],
    ["agencies", PLAN, "-f", "json"],
    ["agencies", "-fmarkdown", PLAN, PLAN],
    ["agencies", PLAN, "--format", "xlsx"],
    ["agencies", INVALID],
    ["agencies"],
    ["--lang", "vi", "agencies", PLAN],
]
"""Plain ``tasks`` and ``agencies`` arguments."""


@pytest.mark.parametrize("args", CASES + RENDER_CASES + TASKS_CASES,
                         ids=[" ".join(c) for c in CASES + RENDER_CASES + TASKS_CASES])
def test_the_fast_way_is_typers_way(args: list[str]) -> None:
    fast = run("fast", *args)
    assert fast[3] is False, "typer was imported"
    assert fast[:3] == run("typer", *args)[:3]


HANDED_OVER = [
    ["validate", "--help"],
    ["validate", "-h"],
    ["validate", "--form", "json", INVALID],
    ["validate", "--format"],
    ["validate", "--format", "-q", INVALID],
    ["validate", "-x", INVALID],
    ["validate", "--quiet=yes", INVALID],
    ["--lang", "vi", "--lang", "en", "validate", INVALID],
    ["--lang=en", "validate", "--lang", "vi", WARNING],
    ["--lang", "vi", "--version"],
    ["validate", "--lang"],
    ["--help"],
    ["explain", "DK002"],
    ["render", "--help"],
    ["render", "report", PLAN, "extra"],
    ["render", "report", PLAN, "--time-limit", "x"],
    ["render", "report", PLAN, "--time-limit", "nan"],
    ["render", "report", PLAN, "--time-limit", "1e1"],
    ["render", "report", PLAN, "--max-size", "-1"],
    ["render", "report", PLAN, "--max-size="],
    ["render", "report", PLAN, "--as-of"],
    ["render", "report", PLAN, "-o", "-"],
    ["render", "report", PLAN, "--list=yes"],
    ["render", "report", PLAN, "-l"],
    ["render", "report", PLAN, "--time", "5"],
    ["render", "report", "--", PLAN, "--as-of"],
    ["tasks", "--help"],
    ["tasks", PLAN, "--due-within", "x"],
    ["tasks", PLAN, "--due-within", "5.0"],
    ["tasks", PLAN, "--due-within", "-1"],
    ["tasks", PLAN, "--overdue=no"],
    ["tasks", PLAN, "--statu", "done"],
    ["agencies", PLAN, "--agency", "VOV"],
    ["agencies", "--help"],
    ["valid", INVALID],
    [],
]
"""Arguments typer words its own way: handed over, with the same result."""


@pytest.mark.parametrize("args", HANDED_OVER, ids=[" ".join(c) for c in HANDED_OVER])
def test_anything_else_is_handed_to_typer(args: list[str]) -> None:
    assert parse_validate(args) is None or args[:1] != ["validate"]
    assert parse(args) is None
    fast = run("fast", *args)
    assert fast[3] is True
    assert fast[:3] == run("typer", *args)[:3]


def test_the_configuration_is_read_as_typer_reads_it(tmp_path: Path) -> None:
    shutil.copy(ROOT / WARNING, tmp_path / "plan.yaml")
    (tmp_path / "dakplan.toml").write_text('ignore = ["DK402"]\nstrict = true\n',
                                           encoding="utf-8")
    for args in (["validate", "plan.yaml"], ["validate", "--ignore", "DK303", "plan.yaml"],
                 ["validate", "--no-strict", "plan.yaml"]):
        fast = run("fast", *args, cwd=tmp_path)
        assert fast[3] is False
        assert fast[:3] == run("typer", *args, cwd=tmp_path)[:3]
    (tmp_path / "dakplan.toml").write_text("ignore = 3\n", encoding="utf-8")
    fast = run("fast", "validate", "plan.yaml", cwd=tmp_path)
    assert fast[0] == 2 and fast[:3] == run("typer", "validate", "plan.yaml", cwd=tmp_path)[:3]


def test_completion_is_typers() -> None:
    env = {"_DAKPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "dakplan vali", "COMP_CWORD": "1"}
    fast = run("fast", cwd=ROOT, env=env)
    assert fast[3] is True and fast[:3] == run("typer", cwd=ROOT, env=env)[:3]


def test_lang_first_moves_every_lang_before_the_separator() -> None:
    assert lang_first(["validate", "a", "--lang", "vi", "--lang=en", "--", "--lang", "x"]) == [
        "--lang", "vi", "--lang=en", "validate", "a", "--", "--lang", "x"]
    assert lang_first(["validate", "--lang"]) == ["validate", "--lang"]


def test_a_file_written_is_the_same_either_way(tmp_path: Path) -> None:
    for name, suffix in (("report", "md"), ("plan", "html"), ("agency", "md")):
        args = ["render", name, PLAN, "--as-of", DAY, "-a", "VOV", "-o", f"out.{suffix}"]
        if name != "agency":
            args[5:7] = []
        written = {}
        for way in ("fast", "typer"):
            (tmp_path / way).mkdir(exist_ok=True)
            result = run(way, *args, cwd=tmp_path / way)
            assert result[0] == 0 and result[3] is (way == "typer"), result
            written[way] = (result[:3], (tmp_path / way / f"out.{suffix}").read_bytes())
        assert written["fast"] == written["typer"]


def test_a_sheet_written_is_the_same_either_way(tmp_path: Path) -> None:
    import zipfile

    parts = {}
    for way in ("fast", "typer"):
        (tmp_path / way).mkdir()
        result = run(way, "tasks", PLAN, "-a", "VOV", "--as-of", DAY, "-f", "xlsx", "-o",
                     "vov.xlsx", cwd=tmp_path / way)
        assert result[0] == 0 and result[3] is (way == "typer"), result
        with zipfile.ZipFile(tmp_path / way / "vov.xlsx") as sheet:
            parts[way] = (result[:3], {i.filename: sheet.read(i) for i in sheet.infolist()
                                       if i.filename != "docProps/core.xml"})  # the time
    assert parts["fast"] == parts["typer"]


def test_a_word_document_written_is_the_same_either_way(tmp_path: Path) -> None:
    import zipfile

    parts = {}
    for way in ("fast", "typer"):
        (tmp_path / way).mkdir()
        result = run(way, "render", "report", PLAN, "--as-of", DAY, "-o", "out.docx",
                     cwd=tmp_path / way)
        assert result[0] == 0 and result[3] is (way == "typer"), result
        with zipfile.ZipFile(tmp_path / way / "out.docx") as document:
            parts[way] = (result[:3], {i.filename: document.read(i)
                                       for i in document.infolist()})
    assert parts["fast"] == parts["typer"]


def test_a_template_folder_of_the_configuration_is_read_as_typer_reads_it(
        tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copy(PLAN_2020, tmp_path / "plans" / "2020.yaml")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "note.md.j2").write_text("# {{ plan.title }}\n", encoding="utf-8")
    (tmp_path / "dakplan.toml").write_text('templates = "mine"\n', encoding="utf-8")
    for args in (["render", "--list"], ["render", "note"], ["render", "note", "-o", "n.md"],
                 ["render", "report", "--as-of", DAY]):
        fast = run("fast", *args, cwd=tmp_path)
        assert fast[3] is False
        assert fast[:3] == run("typer", *args, cwd=tmp_path)[:3]


def test_an_unreadable_plan_is_typers_to_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # typer refuses an existing path it cannot read (but validate's, which is DK008): the
    # fast way leaves it to typer. (Tested by answering for os.access: the tests may run as
    # root, who reads everything.)
    from typer.testing import CliRunner

    from dakplan.cli.app import app

    monkeypatch.setattr(os, "access", lambda path, mode, **kw: str(path) != PLAN)
    assert parse(["render", "report", PLAN]) is None
    assert parse(["render", "report", "-p", PLAN]) is None
    assert parse(["render", "report", "-o", PLAN]) is None
    assert parse(["render", "report", "--results", PLAN]) is None
    assert parse(["render", "report", "-o", "new.md"]) is not None  # not there: no check
    assert parse(["tasks", PLAN]) is None
    assert parse(["tasks", "-o", PLAN]) is None
    assert parse(["agencies", PLAN]) is None
    assert parse(["validate", PLAN]) is not None
    for args in (["render", "report", PLAN], ["tasks", PLAN], ["agencies", PLAN]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2 and "is not readable" in result.output, args


def test_the_fast_parser_knows_exactly_the_options_typer_gives_each_command() -> None:
    # An option added to a command, or a default changed, must reach the fast way too: else a
    # plain command would run with another default than typer gives it.
    from typer.core import TyperArgument, TyperOption
    from typer.main import get_command

    from dakplan.cli.app import app
    from dakplan.cli.fast import _float, _int, _readable

    group = get_command(app)
    for name, spec in COMMANDS.items():
        command = group.get_command(group.context_class(group), name)  # type: ignore[attr-defined]
        assert command is not None, name
        options = [p for p in command.params if isinstance(p, TyperOption)]
        spelt = {o for p in options for o in (*p.opts, *p.secondary_opts)} - {"--help"}
        assert spelt == set(spec.values) | set(spec.flags), name
        for option in options:
            if option.is_flag:
                assert {spec.flags[o] for o in option.opts} == {(option.name, True)}, name
                assert {spec.flags[o] for o in option.secondary_opts} <= {(option.name, False)}
            else:
                assert {spec.values[o][0] for o in option.opts} == {option.name}, name
        assert {p.name for p in options if p.multiple} == spec.lists, name
        arguments = [p for p in command.params if isinstance(p, TyperArgument)]
        assert [(p.name, p.nargs) for p in arguments] == [
            (key, count) for key, count, _ in spec.arguments], name
        assert {p.name: p.default for p in command.params if p.name != "help"} == spec.defaults
        # each value converts as typer converts it: its annotation, and whether a path
        # must be readable
        hints = typing.get_type_hints(command.callback, include_extras=True)
        converted = {key: convert for key, convert in spec.values.values()}
        converted.update({key: convert for key, _, convert in spec.arguments})
        for key, convert in converted.items():
            annotation, info = typing.get_args(hints[key])
            kind = {str: str, float: _float, int: _int}.get(_bare(annotation))
            if _bare(annotation) is Path:
                kind = _readable if info.readable else Path
            assert convert is kind, (name, key)


def _bare(annotation: object) -> object:
    """``X`` of ``X | None`` and of ``list[X] | None``."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    inner = args[0]
    return typing.get_args(inner)[0] if typing.get_origin(inner) is list else inner


def test_a_value_that_typer_might_convert_otherwise_is_handed_over() -> None:
    from dakplan.cli.fast import _float, _int

    for value in ("5", "5.", ".5", "0.25", "007"):
        assert _float(value) == float(value)
    assert _int("007") == 7
    for value in ("x", "", "nan", "inf", "1e3", "1_0", " 5", "5 ", "+5", "٣", "1" * 16):
        with pytest.raises(ValueError):
            _float(value)
        with pytest.raises(ValueError):
            _int(value)
    with pytest.raises(ValueError):
        _int("5.0")
