"""Compiled templates, kept in the user's cache folder between runs.

Jinja compiles a template to Python code before it runs it: for the report, its parse, the
sandbox's checks of every loop and call (``sandbox.TemplateSandbox._parse``) and Python's own
compile are about a tenth of a cold ``dakplan render report``. The compiled code of a template
is kept, and used again when all of these are the same as when it was kept:

* the template's own text (Jinja's checksum of it), its name and its file;
* a key made of dakplan's, Jinja's and Python's versions and a hash of the source files of
  ``dakplan.render`` (the sandbox, its guards and filters, the environment's options) computed
  afresh at every start from the installed files: another version, or an edited sandbox,
  never reads an entry made by another;
* the entry, and the folder it stands in, belong to the user and no one else may write them
  (``io.cache.trusted``), as Python trusts its own ``__pycache__``.

Anything else (no folder, a short or foreign file, a disk that is full) means the template is
compiled as usual; deleting the folder is always safe. The output is the same either way: the
code kept is the code Jinja would compile, byte for byte.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import types
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

import dakplan
from dakplan.io.cache import cache_dir, trusted

FORMAT = b"dakplan-template-1"
"""The layout of an entry; a new layout is a new key."""

KEEP = 64
"""Entries kept in the folder, the newest."""

_PREFIX = "template-"
_RENDER_DIR = Path(__file__).resolve().parent


def template_cache() -> BytecodeCache | None:
    """The cache for this installation, or None when there is no cache folder or the sources
    that make a template's code cannot be read."""
    folder = cache_dir()
    key = _key()
    if folder is None or key is None:
        return None
    return TemplateCache(folder / "templates", key)


def _key() -> bytes | None:
    digest = hashlib.sha256()
    for part in (FORMAT.decode(), dakplan.__version__, jinja2.__version__,
                 sys.implementation.name, sys.version):
        digest.update(part.encode() + b"\0")
    try:
        sources = sorted(_RENDER_DIR.glob("*.py"))
        if not sources:
            return None
        for source in sources:
            digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    except (OSError, ValueError):
        return None
    return digest.hexdigest().encode()


class TemplateCache(BytecodeCache):
    """Jinja's bytecode cache over one folder, entries named by the template's bucket key and
    this installation's key; an entry holds that key, the template's checksum, then the code."""

    def __init__(self, folder: Path, key: bytes) -> None:
        self.folder = folder
        self.key = key

    def _path(self, bucket: Bucket) -> Path:
        name = hashlib.sha256(self.key + b"\0" + bucket.key.encode()).hexdigest()[:40]
        return self.folder / f"{_PREFIX}{name}.bin"

    def _header(self, bucket: Bucket) -> bytes:
        return b"\n".join((FORMAT, self.key, (bucket.checksum or "").encode())) + b"\n"

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            if not trusted(os.stat(self.folder)):
                return
            with open(self._path(bucket), "rb") as handle:
                if not trusted(os.fstat(handle.fileno())):
                    return
                data = handle.read()
            header = self._header(bucket)
            if not data.startswith(header):
                return
            code = marshal.loads(data[len(header):])
        except Exception:  # whatever is wrong with the entry, the template is compiled
            return
        if isinstance(code, types.CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None or not bucket.checksum:
            return
        try:
            from dakplan.io.write import replace_file

            data = self._header(bucket) + marshal.dumps(bucket.code)
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            replace_file(self._path(bucket), data, private=True)
            # Other versions and edited templates leave entries behind: the oldest go.
            entries = sorted(self.folder.glob(f"{_PREFIX}*.bin"),
                             key=lambda entry: entry.stat().st_mtime_ns)
            for old in entries[:-KEEP]:
                old.unlink(missing_ok=True)
        except Exception:  # a cache that cannot be written is only a slower next start
            return

    def clear(self) -> None:
        for entry in self.folder.glob(f"{_PREFIX}*.bin"):
            entry.unlink(missing_ok=True)
