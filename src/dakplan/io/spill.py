"""Answers larger than memory should hold: an external sort, and a spool of text or bytes.

A command reading many plans one at a time (``dakplan.stream``) keeps of each only small
plain records; but the records of a thousand plans are still ten times those of a hundred.
``Sorter`` keeps them in memory up to a fixed number, sorts those and writes them out as a
run, then merges the runs (``heapq.merge``); ``Spool`` holds text or bytes that may not be
written yet (nothing reaches standard output before the last plan is read and found valid).

Both live in one temporary file in the system's temporary folder, made with
``tempfile.TemporaryFile``: on POSIX it has no name from the moment it is made, so it goes
when the process ends however it ends (an error, Ctrl-C, SIGKILL); elsewhere it is deleted on
close. Records are tuples of plain values (str, int, bool, dates, None, bytes) written with
``pickle`` to that file and read back by this process only.
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import TracebackType
from typing import IO, Any

from dakplan.errors import DakplanError
from dakplan.i18n import t

BUDGET = 8192
"""Records kept in memory before they are sorted and written out as a run: a few megabytes of
rows, whatever the number of plans."""
CHUNK = 64
"""Records written (and read back while merging) in one piece of a run: the merge holds one
piece per run."""
COPY = 1 << 16
"""What a spool hands on at a time (characters or bytes). A piece is held three times over
while it is written (read, decoded, encoded again): at a mebibyte that was some 10 MB more at
the end of a large answer (``agencies`` over 1,000 plans peaked at 54 MB against 42 MB over
100), at 64 KiB under one."""


@contextmanager
def _room() -> Iterator[None]:
    """A temporary folder that is full, read-only or gone is the user's to fix: said in one
    line naming the folder (exit 2), not a traceback."""
    try:
        yield
    except OSError as error:
        raise DakplanError(t("spill.cannot_write", folder=tempfile.gettempdir(),
                             reason=error.strerror or str(error))) from None


def _temporary(text: bool = False) -> IO[Any]:
    with _room():
        if text:
            return tempfile.TemporaryFile("w+", encoding="utf-8", newline="", prefix="dakplan-")
        return tempfile.TemporaryFile("w+b", prefix="dakplan-")


def _discard(file: IO[Any]) -> None:
    """Close a temporary file that is no longer wanted: an error flushing what it still
    buffers (a full disk) loses nothing anyone will read."""
    with suppress(OSError):
        file.close()


class Sorter:
    """Records (tuples that compare as they should sort, each distinct: end them with a
    sequence number) in order, in bounded memory. ``add`` them, then iterate once over
    ``sorted()``; ``close`` (or ``with``) removes the runs."""

    def __init__(self, budget: int | None = None, chunk: int | None = None) -> None:
        self.budget = BUDGET if budget is None else budget
        self.chunk = CHUNK if chunk is None else chunk
        self.count = 0
        self._held: list[tuple[Any, ...]] = []
        self._runs: list[int] = []
        """Where each run starts in the file."""
        self._file: IO[bytes] | None = None

    def add(self, record: tuple[Any, ...]) -> None:
        self._held.append(record)
        self.count += 1
        if len(self._held) >= self.budget:
            self._spill()

    def _spill(self) -> None:
        if self._file is None:
            self._file = _temporary()
        held, self._held = self._held, []
        held.sort()
        file = self._file
        with _room():
            file.seek(0, 2)
            self._runs.append(file.tell())
            for start in range(0, len(held), self.chunk):
                pickle.dump(held[start:start + self.chunk], file, pickle.HIGHEST_PROTOCOL)
            pickle.dump([], file, pickle.HIGHEST_PROTOCOL)  # the end of the run

    def _run(self, start: int) -> Iterator[tuple[Any, ...]]:
        file = self._file
        assert file is not None
        where = start
        while True:
            with _room():
                file.seek(where)
                piece = pickle.load(file)
                where = file.tell()
            if not piece:
                return
            yield from piece

    def sorted(self) -> Iterator[tuple[Any, ...]]:
        """Every record added, in order."""
        if not self._runs:
            self._held.sort()
            held, self._held = self._held, []
            yield from held
            return
        if self._held:
            self._spill()
        assert self._file is not None
        with _room():
            self._file.flush()
        yield from heapq.merge(*(self._run(start) for start in self._runs))

    def close(self) -> None:
        self._held = []
        if self._file is not None:
            _discard(self._file)
            self._file = None

    def __enter__(self) -> Sorter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class Spool:
    """Text (``text=True``) or bytes written now and handed on later: ``write`` pieces,
    ``mark`` where a piece starts, then ``pieces`` or ``copy_to``."""

    def __init__(self, text: bool = False) -> None:
        self.text = text
        self._file: IO[Any] | None = None

    @property
    def file(self) -> Any:
        """A stream to ``write`` to (text when ``text``, else bytes), for writers that take
        one; a full temporary folder is said as ``write`` says it."""
        return _Writes(self)

    def _opened(self) -> IO[Any]:
        if self._file is None:
            self._file = _temporary(self.text)
        return self._file

    def write(self, data: Any) -> None:
        file = self._opened()
        with _room():
            file.write(data)

    def tell(self) -> int:
        file = self._opened()
        with _room():
            return int(file.seek(0, 2))

    def chunks(self, start: int = 0, end: int | None = None) -> Iterator[Any]:
        """What was written from ``start`` to ``end`` (offsets from ``tell``; bytes only), or
        all of it, a piece at a time."""
        if self._file is None:
            return
        file = self._file
        with _room():
            file.flush()
            file.seek(0)
        if self.text:
            while True:
                with _room():
                    piece = file.read(COPY)
                if not piece:
                    return
                yield piece
        with _room():
            end = file.seek(0, 2) if end is None else end
        where = start
        while where < end:
            with _room():
                file.seek(where)
                piece = file.read(min(COPY, end - where))
            if not piece:
                return
            where += len(piece)
            yield piece

    def copy_to(self, stream: IO[Any]) -> None:
        for piece in self.chunks():
            stream.write(piece)

    def close(self) -> None:
        if self._file is not None:
            _discard(self._file)
            self._file = None

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class _Writes:
    """What ``Spool.file`` hands a writer: ``write`` into the spool, nothing else."""

    def __init__(self, spool: Spool) -> None:
        self._spool = spool

    def write(self, data: Any) -> int:
        self._spool.write(data)
        return len(data)

    def isatty(self) -> bool:
        return False
