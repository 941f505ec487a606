"""The user's cache folder, and the one rule for trusting what is in it.

dakplan keeps there what it can always make again (the plan models' validators, the compiled
templates): deleting the folder is always safe. An entry is read only when it belongs to the
user and no one else may write it, nor the folder it stands in; anything else is a miss.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/dakplan``, else the platform's cache folder for the user."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if base and os.path.isabs(base):
        return Path(base) / "dakplan"
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "")
        return Path(local) / "dakplan" / "Cache" if os.path.isabs(local) else None
    try:
        home = Path.home()
    except (KeyError, RuntimeError):  # no home folder: no cache
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "dakplan"
    return home / ".cache" / "dakplan"


def trusted(info: os.stat_result) -> bool:
    """A cache entry (or its folder) that only its owner, the user, may change."""
    if info.st_mode & 0o022:
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()
