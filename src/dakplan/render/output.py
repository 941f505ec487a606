"""Writing a rendered document: atomically, and never over a file the render read."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dakplan.errors import UsageError
from dakplan.i18n import t


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: Path, inputs: Iterable[Path]) -> None:
    """Refuse to write onto an input (the plan, a template) or onto a folder."""
    if target.is_dir():
        raise UsageError(t("render.output_is_dir", path=target))
    resolved = target.resolve()
    for source in inputs:
        if resolved == source.resolve() or _same(target, source):
            raise UsageError(t("render.output_is_input", path=target))


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it into place: a reader
    sees the old file or the new one, never half of one; on error nothing is left behind."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise UsageError(t("render.no_folder", path=folder))
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644 & ~_umask())
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
