"""Pydantic's plugin loader, imported only when a plugin could be used.

The first time pydantic builds a validator it asks its plugin loader for the plugins installed
beside it; that module imports ``importlib.metadata`` (and with it ``email``, ``zipfile``,
``csv`` ...) as it is imported: about a tenth of a cold ``dakplan validate``. Yet every validator
a dakplan command builds is built under pydantic's documented switch,
``PYDANTIC_DISABLE_PLUGINS`` (typer sets it while it builds its parameters' validators, dakplan
while it builds Plan's), so the loader is asked and answers "none", and the import is for
nothing.

``defer()`` puts a stand-in under the loader's name until pydantic's own is needed: asked for
the plugins while the switch turns every plugin off (``__all__``, ``1``, ``true``, as pydantic
documents it), it answers "none" as pydantic's would; asked anything else, it imports
pydantic's module, steps aside for good, and hands over. Whatever pydantic's loader does is
done; only the import is put off. The command line calls it; the library never does.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable
from typing import Any

NAME = "pydantic.plugin._loader"
SWITCH = "PYDANTIC_DISABLE_PLUGINS"
ALL_OFF = ("__all__", "1", "true")


def defer() -> None:
    """Put the stand-in in place, unless pydantic's loader is imported already."""
    if NAME in sys.modules:
        return
    stand_in = types.ModuleType(NAME, __doc__)

    def real() -> types.ModuleType:
        if sys.modules.get(NAME) is stand_in:
            del sys.modules[NAME]
        __import__(NAME)
        return sys.modules[NAME]

    def get_plugins(*args: Any, **kwargs: Any) -> Iterable[Any]:
        if not args and not kwargs and os.environ.get(SWITCH) in ALL_OFF:
            return ()
        return real().get_plugins(*args, **kwargs)  # type: ignore[no-any-return]

    def __getattr__(name: str) -> Any:  # noqa: N807 (a module's own __getattr__)
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(real(), name)

    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[NAME] = stand_in
