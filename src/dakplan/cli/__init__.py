"""The command line: thin commands over the library. Each module registers its commands,
imported only when one of them is run (``dakplan.cli.app.COMMANDS``).

``app`` is the typer application (``dakplan.cli.app.app``), imported when first asked for:
``dakplan --version`` and plain ``validate``, ``render``, ``tasks`` and ``agencies`` run without
it (``dakplan.cli.fast``).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import types
from typing import Any


class _Package(types.ModuleType):
    """This package, whose ``app`` is the typer application (not the module of that name,
    which the import system would otherwise put there once it is imported)."""

    @property
    def app(self) -> Any:
        from dakplan.cli.app import app

        return app

    @app.setter
    def app(self, value: Any) -> None:
        pass  # the import system naming the submodule dakplan.cli.app


sys.modules[__name__].__class__ = _Package


def main() -> None:
    """Run the command; a failure to write standard output, wherever it happens (the last
    flush included), is a message and exit 2, and a reader that went away ends the run as it
    ends ``cat``: quietly, by SIGPIPE."""
    from dakplan.io.gcpause import hold

    hold()  # until the first plan is read (dakplan.io.gcpause)
    from dakplan.cli.pydantic_plugins import defer
    from dakplan.i18n import t
    from dakplan.io.stdout import StdoutClosed, StdoutFailed, guard

    defer()
    guard()
    try:
        try:
            code = _fast(sys.argv[1:])
            if code is not None:
                sys.exit(code)
            from dakplan.cli.app import app

            app(prog_name="dakplan")
        finally:
            sys.stdout.flush()
    except StdoutClosed:
        sigpipe = getattr(signal, "SIGPIPE", None)
        if sigpipe is not None:
            signal.signal(sigpipe, signal.SIG_DFL)
            signal.raise_signal(sigpipe)
        sys.exit(2)
    except StdoutFailed as exc:
        from dakplan.cli.errors import say

        try:
            say(t("cli.cannot_write_stdout", reason=exc.reason))
        except OSError:
            pass  # standard error is gone too: the exit status is all that is left
        sys.exit(2)
    finally:
        _before_exit()


def _fast(args: list[str]) -> int | None:
    """``dakplan --version``, or a plain command of ``dakplan.cli.fast.COMMANDS``, run
    without typer: its exit status; None for typer to run the command."""
    if _completing():
        return None
    if args == ["--version"]:
        from dakplan import __version__

        sys.stdout.write(f"dakplan {__version__}\n")  # as the root's --version prints it
        return 0
    from dakplan.cli.fast import dispatch  # dakplan.cli.app imports it too: it costs no run

    return dispatch(args)


def _completing() -> bool:
    """The shell asks for completions (typer answers), or Windows (typer expands wildcards)."""
    return bool(os.name == "nt" or os.environ.get("_DAKPLAN_COMPLETE"))


def _before_exit() -> None:
    """Spare the interpreter's teardown a walk over every object the run made.

    At exit Python collects garbage over all that is still alive (the schema, the plan, the
    modules): tens of milliseconds for nothing, as the process is ending. Frozen objects are
    out of the collector's sight. Standard output was flushed (and its failure reported)
    before this; standard error is flushed here so that nothing written waits on a finaliser.
    """
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    gc.freeze()


__all__ = ["app", "main"]
