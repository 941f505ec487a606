"""``dakplan validate`` without building the typer application.

Importing typer (and the pydantic types it coerces parameters with) and building its commands
is about a tenth of a cold ``dakplan validate``, which runs in hooks and CI jobs on every
commit. ``dispatch`` runs it itself (as ``dakplan.cli.main`` answers ``--version``) when its
arguments are plain: the options of ``validate``, each spelt as ``--help`` lists it, with a
value that does not start with ``-``, and ``--lang`` once. Anything else (help, completion, a
misspelt option, a missing value, any other command) returns None, having done nothing, and
typer runs the command as always. What runs is the same in both ways: the same callbacks in the
same order (``--lang``, the configuration, the command), the same function with the same
arguments, the same messages and exit statuses (``tests/cli/test_fast.py`` runs both ways on
every kind of argument).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any

PROG = "dakplan"

_VALUES = {"--format": "format", "-f": "format", "--ignore": "ignore",
           "--stdin-filename": "stdin_filename", "--jobs": "jobs", "-j": "jobs"}
"""``validate``'s options that take a value, and the parameter each sets."""

_DEFAULTS: dict[str, Any] = {"format": None, "strict": None, "ignore": None,
                             "stdin_filename": None, "quiet": False, "jobs": None}
"""What typer gives ``validate`` for an option not given (``dakplan.cli.validate``)."""

_FLAGS = {"--quiet": ("quiet", True), "-q": ("quiet", True), "--strict": ("strict", True),
          "--no-strict": ("strict", False)}


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
    """Run ``dakplan ARGS`` when it is a plain ``validate``: its exit status; None (nothing
    done) for typer to run it. (``dakplan --version`` is answered before, by ``main``.)"""
    if os.name == "nt" or os.environ.get(f"_{PROG.upper()}_COMPLETE"):
        return None  # typer expands wildcards on Windows, and answers the shell's completion
    parsed = parse_validate(args)
    if parsed is None:
        return None
    lang, options = parsed
    return _run(lang, options)


def parse_validate(args: list[str]) -> tuple[str | None, dict[str, Any]] | None:
    """``--lang`` and the arguments of ``validate`` as its function takes them, when
    ``args`` is a plain ``validate``; else None."""
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
    if not args or args[0] != "validate":
        return None
    options: dict[str, Any] = dict(_DEFAULTS)
    paths: list[Path] = []
    lists: dict[str, list[str]] = {}
    rest = args[1:]
    while rest:
        arg, rest = rest[0], rest[1:]
        if arg == "--":
            paths += [Path(a) for a in rest]
            break
        if arg == "-" or not arg.startswith("-"):
            paths.append(Path(arg))
            continue
        if arg.startswith("--"):
            name, eq, value = arg.partition("=")
            if name in _FLAGS and not eq:
                key, flag = _FLAGS[name]
                options[key] = flag
                continue
            if name not in _VALUES:
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
                if name in _FLAGS:
                    key, flag = _FLAGS[name]
                    options[key] = flag
                    continue
                if name not in _VALUES:
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
            key = _VALUES[name]
            if key == "ignore":
                lists.setdefault(key, []).append(value)
            else:
                options[key] = value
    options.update(lists)
    options["paths"] = paths or None
    return lang, options


def _run(lang: str | None, options: dict[str, Any]) -> int:
    """What the typer application does for ``--lang LANG validate ...``: the root's ``--lang``
    callback, then its configuration, then the command; a ``DakplanError`` is its message
    and exit status, as everywhere."""
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
            from dakplan.cli.validate import validate

            return validate(**options)
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
