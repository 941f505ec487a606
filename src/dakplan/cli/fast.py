"""``dakplan validate``, ``render``, ``tasks`` and ``agencies`` without building the typer
application.

Importing typer (and the pydantic types it coerces parameters with) and building its commands
is about a tenth of a cold ``dakplan validate``, which runs in hooks and CI jobs on every
commit, and about 18 ms of a ``dakplan render report`` or ``dakplan tasks``. ``dispatch`` runs
a command of ``COMMANDS`` itself (as ``dakplan.cli.main`` answers ``--version``) when its
arguments are plain: the command's options, each spelt as ``--help`` lists it, with a value
that does not start with ``-`` and that converts as typer would convert it, no more positional
arguments than it takes, and ``--lang`` once. Anything else (help, completion, a misspelt
option, a missing value, a value typer would refuse, any other command) returns None, having
done nothing, and typer runs the command as always. What runs is the same in both ways: the
same callbacks in the same order (``--lang``, the configuration, the command), the same
function with the same arguments, the same messages and exit statuses
(``tests/cli/test_fast.py`` runs both ways on every kind of argument, and checks ``COMMANDS``
against what typer builds).
"""

from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROG = "dakplan"

Convert = Callable[[str], Any]
"""A value's conversion to what the command's function takes; ``ValueError`` when typer might
word it otherwise (then typer runs the command)."""

_DECIMAL = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+")


def _float(value: str) -> float:
    """A ``float`` option: plain decimals only, on which Python and pydantic (typer's
    conversion) agree; typer words anything else (``x``, ``nan``, ``1e3``, ``٣``)."""
    if len(value) > 15 or not _DECIMAL.fullmatch(value):
        raise ValueError(value)
    return float(value)


def _int(value: str) -> int:
    """An ``int`` option: ASCII digits only, as ``_float``."""
    if len(value) > 15 or not value.isascii() or not value.isdigit():
        raise ValueError(value)
    return int(value)


def _readable(value: str) -> Path:
    """A ``Path`` as typer gives it by default: an existing file or folder must be readable
    (typer refuses it otherwise, in its own words)."""
    path = Path(value)
    try:
        os.stat(path)
    except OSError:
        return path
    if not os.access(path, os.R_OK):
        raise ValueError(value)
    return path


class Command:
    """What typer builds of one command's signature, for the options it can be given plainly.

    ``values``: each spelling of an option that takes a value, the parameter it sets and its
    conversion; ``lists``: those parameters that gather every value given (the others keep the
    last); ``flags``: each spelling of a flag, its parameter and the value it sets;
    ``arguments``: the positional parameters in order, how many values each takes (-1: any
    number, the default when none) and their conversion; ``defaults``: what typer gives a
    parameter not given. (A plain class: ``dataclasses`` would import ``inspect``, 5 ms.)
    """

    __slots__ = ("arguments", "defaults", "flags", "lists", "module", "values")

    def __init__(self, module: str, values: dict[str, tuple[str, Convert]],
                 flags: dict[str, tuple[str, Any]], arguments: tuple[tuple[str, int, Convert], ...],
                 defaults: dict[str, Any], lists: frozenset[str] = frozenset()) -> None:
        self.module = module
        self.values = values
        self.flags = flags
        self.arguments = arguments
        self.defaults = defaults
        self.lists = lists


COMMANDS: dict[str, Command] = {
    "validate": Command(
        module="dakplan.cli.validate",
        values={"--format": ("format", str), "-f": ("format", str), "--ignore": ("ignore", str),
                "--stdin-filename": ("stdin_filename", str), "--jobs": ("jobs", str),
                "-j": ("jobs", str)},
        lists=frozenset({"ignore"}),
        flags={"--quiet": ("quiet", True), "-q": ("quiet", True), "--strict": ("strict", True),
               "--no-strict": ("strict", False)},
        arguments=(("paths", -1, Path),),  # readable=False: an unreadable file is DK008
        defaults={"paths": None, "format": None, "strict": None, "ignore": None,
                  "stdin_filename": None, "quiet": False, "jobs": None}),
    "render": Command(
        module="dakplan.cli.render",
        values={"--plan": ("plan_option", _readable), "-p": ("plan_option", _readable),
                "--output": ("output", _readable), "-o": ("output", _readable),
                "--format": ("format", str), "-f": ("format", str), "--to": ("format", str),
                "--as-of": ("as_of", str), "--agency": ("agency", str), "-a": ("agency", str),
                "--results": ("results", _readable), "--time-limit": ("time_limit", _float),
                "--max-size": ("max_size", _float)},
        flags={"--list": ("list_", True)},
        arguments=(("template", 1, str), ("plan", 1, _readable)),
        defaults={"template": None, "plan": None, "plan_option": None, "output": None,
                  "format": None, "as_of": None, "agency": None, "results": None,
                  "list_": False, "time_limit": None, "max_size": None}),
    "tasks": Command(
        module="dakplan.cli.tasks",
        values={"--agency": ("agency", str), "-a": ("agency", str),
                "--due-before": ("due_before", str), "--due-after": ("due_after", str),
                "--due-within": ("due_within", _int), "--as-of": ("as_of", str),
                "--status": ("status", str), "--theme": ("theme", str),
                "--media": ("media", str), "--role": ("role", str),
                "--group-by": ("group_by", str), "--format": ("format", str),
                "-f": ("format", str), "--output": ("output", _readable),
                "-o": ("output", _readable)},
        lists=frozenset({"status", "theme", "media"}),
        flags={"--overdue": ("overdue", True)},
        arguments=(("plans", -1, _readable),),
        defaults={"plans": None, "agency": None, "due_before": None, "due_after": None,
                  "overdue": False, "due_within": None, "as_of": None, "status": None,
                  "theme": None, "media": None, "role": None, "group_by": None,
                  "format": None, "output": None}),
    "agencies": Command(
        module="dakplan.cli.tasks",
        values={"--format": ("format", str), "-f": ("format", str)},
        flags={},
        arguments=(("plans", -1, _readable),),
        defaults={"plans": None, "format": None}),
}
"""The commands run without typer, each as its module declares it (the function has the
command's name); ``tests/cli/test_fast.py`` checks each against what typer builds."""


def lang_first(args: list[str]) -> list[str]:
    """``args`` with ``--lang X`` / ``--lang=X`` moved to the front (none after ``--``):
    ``--lang`` belongs to the root, but people type it anywhere."""
    end = args.index("--") if "--" in args else len(args)
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < end:
        arg = args[i]
        if arg == "--lang" and i + 1 < end:
            moved += args[i:i + 2]
            i += 2
            continue
        (moved if arg.startswith("--lang=") else rest).append(arg)
        i += 1
    return [*moved, *rest, *args[end:]]


def dispatch(args: list[str]) -> int | None:
    """Run ``dakplan ARGS`` when it is a plain command of ``COMMANDS``: its exit status; None
    (nothing done) for typer to run it. (``dakplan --version`` is answered before, by
    ``main``.)"""
    if os.name == "nt" or os.environ.get(f"_{PROG.upper()}_COMPLETE"):
        return None  # typer expands wildcards on Windows, and answers the shell's completion
    parsed = parse(args)
    if parsed is None:
        return None
    name, lang, options = parsed
    return _run(name, lang, options)


def parse_validate(args: list[str]) -> tuple[str | None, dict[str, Any]] | None:
    """``--lang`` and the arguments of ``validate`` as its function takes them, when
    ``args`` is a plain ``validate``; else None."""
    parsed = parse(args)
    if parsed is None or parsed[0] != "validate":
        return None
    return parsed[1], parsed[2]


def parse(args: list[str]) -> tuple[str, str | None, dict[str, Any]] | None:
    """The command, ``--lang`` and the command's arguments as its function takes them, when
    ``args`` is a plain command of ``COMMANDS``; else None."""
    try:
        for arg in args:
            arg.encode("utf-8")  # not undecodable bytes: typer words those its own way
    except UnicodeError:
        return None
    args = lang_first(args)
    lang = None
    while args and (args[0] == "--lang" or args[0].startswith("--lang=")):
        if lang is not None:
            return None  # twice
        if args[0] == "--lang":
            lang, args = args[1], args[2:]
        else:
            lang, args = args[0].split("=", 1)[1], args[1:]
        if lang.startswith("-"):
            return None
    spec = COMMANDS.get(args[0]) if args else None
    if spec is None:
        return None
    options = _options(spec, args[1:])
    return None if options is None else (args[0], lang, options)


def _options(spec: Command, rest: list[str]) -> dict[str, Any] | None:
    """The arguments of the command's function from what follows its name, or None when they
    are not plain."""
    values, flags = spec.values, spec.flags
    options: dict[str, Any] = dict(spec.defaults)
    positional: list[str] = []
    lists: dict[str, list[Any]] = {}
    while rest:
        arg, rest = rest[0], rest[1:]
        if arg == "--":
            positional += rest
            break
        if arg == "-" or not arg.startswith("-"):
            positional.append(arg)
            continue
        if arg.startswith("--"):
            name, eq, value = arg.partition("=")
            if name in flags and not eq:
                key, flag = flags[name]
                options[key] = flag
                continue
            if name not in values:
                return None
            if not eq:
                if not rest:
                    return None
                value, rest = rest[0], rest[1:]
            taken = [(name, value)]
        else:  # a cluster of short options: -q, -fjson, -qf json
            taken = []
            for i, letter in enumerate(arg[1:], 1):
                name = f"-{letter}"
                if name in flags:
                    key, flag = flags[name]
                    options[key] = flag
                    continue
                if name not in values:
                    return None
                value = arg[i + 1:]
                if not value:
                    if not rest:
                        return None
                    value, rest = rest[0], rest[1:]
                taken.append((name, value))
                break
        for name, value in taken:
            if value.startswith("-"):
                return None  # typer may read it as the next option
            key, convert = values[name]
            try:
                converted = convert(value)
            except ValueError:
                return None
            if key in spec.lists:
                lists.setdefault(key, []).append(converted)
            else:
                options[key] = converted
    options.update(lists)
    for key, count, convert in spec.arguments:
        taken_values, positional = ((positional, []) if count < 0 else
                                    (positional[:count], positional[count:]))
        try:
            converted_values = [convert(value) for value in taken_values]
        except ValueError:
            return None
        if count < 0:
            options[key] = converted_values or spec.defaults[key]
        elif converted_values:
            options[key] = converted_values[0] if count == 1 else converted_values
    if positional:
        return None  # more than the command takes: typer's "unexpected extra argument"
    return options


def _run(name: str, lang: str | None, options: dict[str, Any]) -> int:
    """What the typer application does for ``--lang LANG NAME ...``: the root's ``--lang``
    callback, then its configuration, then the command; a ``DakplanError`` is its message
    and exit status, as everywhere, and so is an exit status the function returns."""
    from dakplan.cli.errors import reported
    from dakplan.errors import DakplanError

    try:
        try:
            from dakplan.cli.settings import apply, check_lang
            from dakplan.i18n import detect_language, set_language

            if lang is not None:
                check_lang(lang, "--lang")
            set_language(detect_language(lang))
            apply(lang)
            __import__(COMMANDS[name].module)  # as dakplan.cli.app imports it
            code = getattr(sys.modules[COMMANDS[name].module], name)(**options)
            return code if isinstance(code, int) else 0
        except DakplanError as exc:
            return reported(exc)
    except KeyboardInterrupt:
        return 130
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        return 1
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _Pacified(sys.stdout)
        sys.stderr = _Pacified(sys.stderr)
        return 1


class _Pacified:
    """A stream whose flush ignores a reader that has gone (as click's own wrapper does)."""

    def __init__(self, wrapped: Any) -> None:
        self._wrapped = wrapped

    def flush(self) -> None:
        try:
            self._wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wrapped, name)
