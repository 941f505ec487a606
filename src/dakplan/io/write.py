"""The one way dakplan puts a file on disk.

Every command that writes a file (``render``, ``calendar``, ``schema``, ``new``) goes through
``replace_file`` or ``create_file`` (or ``replace_file_from``, ``replace_file`` for content
that comes in pieces, too large to hold: ``calendar`` over many plans), which promise:

* the target is never a file the run reads (a plan, a template) nor anything that leads to one
  (a symbolic link, a hard link, ``plans/../plans/2020.yaml``), and never an existing plan file
  (``.yaml``, ``.yml``) at all: only ``create_file`` makes one, and only where none is;
* the target is a regular file or nothing: a folder, a named pipe, a device or a socket is
  refused before anything is opened, so a pipe cannot make the write wait and ``/dev/null``
  stays a device;
* the bytes go to a temporary file beside the target, are flushed to disk, and the temporary
  file is renamed over the target (``replace_file``) or linked to a name that must not exist
  (``create_file``). Any failure (a full disk, a read-only or forbidden folder, Ctrl-C, SIGTERM)
  leaves the old file whole and removes the temporary file. Only SIGKILL or a power cut at that
  moment can leave a hidden ``.NAME.*.tmp`` file beside the target, never a damaged target;
* a new file's permissions follow the umask; a replaced file keeps its mode (and, when the
  system allows it, its owner);
* every failure is a ``UsageError`` naming the file (``cannot write FILE: reason``).
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from dakplan.errors import UsageError
from dakplan.i18n import t

PLAN_SUFFIXES = (".yaml", ".yml")
"""Files of the kind dakplan reads as plans: no command replaces one."""

_CREATE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
           | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))

_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK,
                  errno.EINVAL, errno.EACCES}
"""What ``link`` fails with where a file system has no hard links (FAT, some network and
FUSE mounts): ``create_file`` then renames, after checking that the name is still free."""

_KINDS = {stat.S_IFIFO: "write.kind.fifo", stat.S_IFCHR: "write.kind.char",
          stat.S_IFBLK: "write.kind.block", stat.S_IFSOCK: "write.kind.socket"}


class TargetExists(UsageError):
    """``create_file`` found something at the target's name; nothing was written."""


def replace_file(target: Path, data: bytes, inputs: Iterable[Path] = (),
                 yaml_data: bool = False, private: bool = False) -> None:
    """Write ``data`` to ``target``, replacing the file there in one step.

    ``inputs`` are the files the run read; writing over one of them is refused.
    ``yaml_data``: the target is a ``.yaml`` file the person asked for by name (an agency's
    results, or the plan ``migrate --in-place`` converts), and may exist.
    ``private``: the file is readable and writable by its owner only (0o600), whatever the
    umask and the old file's mode (a cache entry trusted only when nobody else can write it).
    """
    real, old = check_target(target, inputs, yaml_data=yaml_data)
    _commit(target, real, lambda fd: _write_all(fd, data), None if private else old,
            create=False, private=private)


def replace_file_from(target: Path, chunks: Iterable[bytes], inputs: Iterable[Path] = ()) -> None:
    """``replace_file`` for an answer too large to hold: the pieces ``chunks`` gives go to the
    temporary file as they come, which then replaces ``target``. The same refusals (before
    ``chunks`` is asked for anything) and the same guarantees: an error while ``chunks`` is
    read, like any other, leaves the old file whole and removes the temporary file."""
    real, old = check_target(target, inputs)

    def fill(fd: int) -> None:
        for chunk in chunks:
            _write_all(fd, chunk)

    _commit(target, real, fill, old, create=False)


def create_file(target: Path, data: bytes, inputs: Iterable[Path] = (),
                parents: bool = False, yaml_data: bool = False) -> None:
    """Write ``data`` to ``target``, which must not exist; ``TargetExists`` when it does.

    A file appears at ``target`` whole or not at all. ``parents``: make the missing folders.
    """
    if parents:
        try:
            Path(os.path.realpath(target)).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _cannot(target, exc) from None
    real, _ = check_target(target, inputs, create=True, yaml_data=yaml_data)
    _commit(target, real, lambda fd: _write_all(fd, data), None, create=True)


def check_target(target: Path, inputs: Iterable[Path] = (), create: bool = False,
                 yaml_data: bool = False) -> tuple[Path, os.stat_result | None]:
    """The real path to write for ``target`` and what is there now, or a ``UsageError``
    saying why ``target`` must not be written. Nothing is opened."""
    real = Path(os.path.realpath(target))
    current = _stat(target, real)
    for source in inputs:
        if _same_file(real, current, source):
            key = "write.is_input" if os.fspath(target) == os.fspath(source) else \
                "write.leads_to_input"
            raise UsageError(t(key, file=target, input=source))
    if create and (current is not None or os.path.lexists(target)):
        raise TargetExists(t("write.exists", file=target))
    if current is not None:
        kind = stat.S_IFMT(current.st_mode)
        if kind == stat.S_IFDIR:
            raise UsageError(t("write.is_folder", file=target))
        if kind != stat.S_IFREG:
            raise UsageError(t("write.not_a_file", file=target,
                               kind=t(_KINDS.get(kind, "write.kind.other"))))
        if not yaml_data and {target.suffix.lower(), real.suffix.lower()} & set(PLAN_SUFFIXES):
            raise UsageError(t("write.is_plan", file=target))
    folder = real.parent
    # The folder as the user wrote it, unless a link in the last step took the name elsewhere.
    shown = real.parent if os.path.islink(target) else target.parent
    if not folder.exists():
        raise UsageError(t("write.no_folder", file=target, folder=shown))
    if not folder.is_dir():
        raise UsageError(t("write.not_a_folder", file=target, folder=shown))
    return real, current


def _stat(target: Path, real: Path) -> os.stat_result | None:
    try:
        return os.stat(real)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise _cannot(target, exc) from None


def _same_file(real: Path, current: os.stat_result | None, source: Path) -> bool:
    """``real`` is ``source``: the same path once links are followed, or the same file under
    another name (a hard link, a case-insensitive file system)."""
    if real == Path(os.path.realpath(source)):
        return True
    if current is None:
        return False
    try:
        return os.path.samestat(current, os.stat(source))
    except OSError:
        return False


def _cannot(target: Path, exc: OSError) -> UsageError:
    return UsageError(t("cli.cannot_write", file=target, reason=exc.strerror or exc))


def _commit(target: Path, real: Path, fill: Callable[[int], None],
            old: os.stat_result | None, create: bool, private: bool = False) -> None:
    """``fill`` writes the content to the temporary file's descriptor."""
    try:
        with _kill_raises():
            fd, temp = _temporary(real, 0o600 if private else 0o666)
            try:
                try:
                    fill(fd)
                    if old is not None:
                        _keep_owner_and_mode(fd, temp, old)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                if create:
                    _link_new(temp, real)
                else:
                    os.replace(temp, real)
            finally:
                _remove(temp)
    except _Killed as killed:
        # The temporary file is gone and the default action is back: end as the signal asks.
        signal.raise_signal(killed.signum)
        raise SystemExit(128 + killed.signum) from None
    except OSError as exc:
        if create and isinstance(exc, FileExistsError):
            raise TargetExists(t("write.exists", file=target)) from None
        raise _cannot(target, exc) from None
    _sync_folder(real.parent)


def _temporary(real: Path, mode: int = 0o666) -> tuple[int, Path]:
    """A new empty file beside ``real``, created with ``mode`` (by default 0o666, so that the
    umask and a folder's default ACL apply as to any new file)."""
    for _ in range(100):
        temp = real.with_name(f".{real.name[:120]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, _CREATE, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(real.parent))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _keep_owner_and_mode(fd: int, temp: Path, old: os.stat_result) -> None:
    if hasattr(os, "fchown"):
        mine = os.fstat(fd)
        if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
            try:
                os.fchown(fd, old.st_uid, old.st_gid)
            except OSError:
                pass  # only root may give a file away; the content still goes in
    # After chown, which clears the set-id bits.
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(old.st_mode))
    else:
        os.chmod(temp, stat.S_IMODE(old.st_mode))


def _link_new(temp: Path, real: Path) -> None:
    """Give the finished ``temp`` the name ``real``, failing if that name is taken."""
    try:
        os.link(temp, real)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(real):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(real)) from None
        os.rename(temp, real)


def _remove(temp: Path) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass  # renamed into place, or never made


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut, where the system can."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(fd)


class _Killed(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_killed(signum: int, frame: FrameType | None) -> None:
    raise _Killed(signum)


@contextmanager
def _kill_raises() -> Iterator[None]:
    """While the file is written, SIGTERM and SIGHUP unwind the write (removing the temporary
    file) before the process ends. Handlers someone else installed are left alone."""
    saved: dict[int, object] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            signum = getattr(signal, name, None)
            if signum is not None and signal.getsignal(signum) == signal.SIG_DFL:
                saved[signum] = signal.signal(signum, _raise_killed)
    try:
        yield
    finally:
        for signum in saved:
            signal.signal(signum, signal.SIG_DFL)
