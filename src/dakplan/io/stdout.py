"""Standard output whose failures are told apart from every other error.

Python reports a full disk or a closed pipe on standard output as an ``OSError`` from whatever
line happened to print, or from the interpreter's last flush, after the command has "succeeded".
``guard()`` puts standard output on a writer that raises ``StdoutFailed`` or ``StdoutClosed``
instead, which no command catches by accident and the entry point handles in one place.
"""

from __future__ import annotations

import io
import os
import sys


class StdoutFailed(Exception):
    """Standard output could not be written (``reason``: the system's words for why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class StdoutClosed(Exception):
    """The reader of standard output has gone (``dakplan tasks | head -1``)."""


class _Guarded(io.RawIOBase):
    """File descriptor 1, raising the two errors above; once one is raised, the rest of the
    output is dropped, so that the final flush does not raise it again."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd
        self._failed = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self._failed:
            return len(data)
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            self._failed = True
            raise StdoutClosed() from None
        except OSError as exc:
            self._failed = True
            raise StdoutFailed(exc.strerror or str(exc)) from None


def guard() -> None:
    """Put ``sys.stdout`` on the guarded writer, keeping its encoding and buffering."""
    current = sys.stdout
    try:
        fd = current.fileno()
    except (AttributeError, OSError, ValueError):
        return  # no real standard output (an embedding host, a test runner): leave it be
    if os.name == "nt" and current.isatty():
        return  # a Windows console takes text, not bytes, and is neither a disk nor a pipe
    current.flush()
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_Guarded(fd)), encoding=current.encoding, errors=current.errors,
        line_buffering=bool(current.line_buffering),
        write_through=bool(getattr(current, "write_through", False)))
