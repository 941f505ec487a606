"""The command line: thin commands over the library. Each module registers its commands,
imported only when one of them is run (``dakplan.cli.app.COMMANDS``)."""

from __future__ import annotations

import gc
import signal
import sys

from dakplan.cli.app import app, fail


def main() -> None:
    """Run the command; a failure to write standard output, wherever it happens (the last
    flush included), is a message and exit 2, and a reader that went away ends the run as it
    ends ``cat``: quietly, by SIGPIPE."""
    from dakplan.cli.pydantic_plugins import defer
    from dakplan.i18n import t
    from dakplan.io.stdout import StdoutClosed, StdoutFailed, guard

    defer()
    guard()
    try:
        try:
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
        try:
            fail(t("cli.cannot_write_stdout", reason=exc.reason))
        except OSError:
            pass  # standard error is gone too: the exit status is all that is left
        sys.exit(2)
    finally:
        _before_exit()


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
