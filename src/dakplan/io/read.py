"""A file's bytes -> its text in NFC, or the diagnostic saying why not (DK006, DK007, DK008).

Only a regular file is read, and only UTF-8: other encodings are named, never guessed at.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from dataclasses import dataclass

from dakplan.diagnostics import Diagnostic, make
from dakplan.i18n.vn import nfc

MAX_BYTES = 5 * 1024 * 1024
"""Larger files are refused: a year's plan is tens of kilobytes."""


@dataclass
class Source:
    """A file's name as the user gave it, and its text."""

    name: str
    text: str


def read_source(path: str) -> tuple[Source | None, list[Diagnostic]]:
    """Read ``path`` as UTF-8 text (a BOM is allowed), or say why it cannot be read.

    Only a regular file is read: a FIFO or a device would block or never end. It is opened
    without blocking and checked before a byte is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None, [make("DK008", path, 0, 0, "load.missing")]
    except IsADirectoryError:
        return None, [make("DK008", path, 0, 0, "load.directory")]
    except OSError as exc:
        return None, [make("DK008", path, 0, 0, "load.unreadable",
                           {"reason": _reason(exc)})]
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            return None, [make("DK008", path, 0, 0, "load.directory")]
        if not stat.S_ISREG(mode):
            return None, [make("DK008", path, 0, 0, "load.not_regular")]
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [make("DK008", path, 0, 0, "load.unreadable",
                           {"reason": _reason(exc)})]
    finally:
        os.close(fd)
    return decode(raw, path)


STDIN = "-"
STDIN_NAME = "<stdin>"
"""The file name diagnostics give a plan read from standard input, unless told another."""

_STDIN_PATHS = (STDIN, "/dev/stdin", "/dev/fd/0")


def is_stdin(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` stands for standard input: ``-``, or its names on Unix, which are
    pipes a regular-file read would refuse."""
    return os.fspath(path) in _STDIN_PATHS


def read_stdin(name: str = STDIN_NAME) -> tuple[Source | None, list[Diagnostic]]:
    """Standard input, to its end, as a plan's text named ``name``: a pipe, a redirected
    file or a terminal (ended with Ctrl-D). The same bounds and encodings as a file."""
    try:
        stream = sys.stdin.buffer if sys.stdin is not None else None
        raw = stream.read(MAX_BYTES + 1) if stream is not None else b""
    except OSError as exc:
        return None, [make("DK008", name, 0, 0, "load.unreadable", {"reason": _reason(exc)})]
    except ValueError:  # closed
        raw = b""
    return decode(raw, name)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


_BREAK = re.compile(rb"\r\n|\r|\n")


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in bytes) of ``offset``; CRLF, CR and LF all end a line."""
    breaks = list(_BREAK.finditer(raw, 0, offset))
    start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - start + 1


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 or UTF-32 text without a BOM: ASCII letters come with zero bytes between them."""
    head = raw[:1024]
    return len(head) >= 2 and head.count(0) * 4 >= len(head) and (head[0] == 0 or head[1] == 0)


def decode(raw: bytes, name: str) -> tuple[Source | None, list[Diagnostic]]:
    """UTF-8 bytes (with or without BOM, LF or CRLF) -> ``Source``, in NFC.

    Anything else is refused with the first line that is not UTF-8: nothing is guessed and read
    the wrong way. The message names the legacy Vietnamese encoding the bytes look like, since
    the way to fix the file depends on it.
    """
    if len(raw) > MAX_BYTES:  # here, not only in read_source: diff --git decodes git blobs
        return None, [make("DK007", name, 0, 0, "load.too_large",
                           {"mb": MAX_BYTES // 1024 // 1024})]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        return None, [make("DK006", name, 1, 1, "load.encoding_utf16")]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        from dakplan.io.encodings import guess

        line, col = _line_col(raw, exc.start)
        encoding = guess(raw)
        if encoding is None:
            return None, [make("DK006", name, line, col, "load.encoding")]
        key = "load.encoding_ansi" if encoding == "Windows-1258" else "load.encoding_legacy"
        return None, [make("DK006", name, line, col, key, {"encoding": encoding})]
    # The whole text, not only its values: then a plan typed in NFD gives the same lines,
    # columns and messages as the same plan in NFC. YAML's own characters are ASCII, which
    # normalisation leaves alone.
    return Source(name, nfc(text)), []
