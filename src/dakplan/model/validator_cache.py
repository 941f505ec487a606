"""The plan models' validators, kept in the user's cache folder between runs.

Building Plan's validator (version 1's ``dakplan.model.Plan`` and version 2's
``dakplan.model.v2.Plan``, each its own entry: pydantic walking the annotations of every model
into a core schema) is a large part of a cold start. That core schema is plain data but for
references to dakplan's own model classes, enum members, validator functions and the one model
default; written as JSON with those references by name, it becomes a validator again in a
fraction of the time.

What makes it safe to use:

* an entry is written only when the schema read back from the written text is the one
  pydantic built: the same data, and the very same classes, functions and enum members
  (pydantic-core makes the validator from that schema and the model's config alone; the
  JSON Schema's and the serializers' parts of it are left out, as no validator reads them);
* its name and its content carry a key made of the model's name, the versions of dakplan,
  pydantic, pydantic-core and Python and a hash of the source files of the models (and of the
  diagnostics and language modules they import), computed afresh at every start from the
  installed files: another version, or an edited model, never reads it;
* it is read only when it belongs to the user and no one else may write it, and every name in
  it must resolve to a class, function or enum member of ``dakplan.model``, or be ``list`` or
  ``dict`` (the factories of empty defaults) (JSON, not pickle: reading it runs no code);
* anything unexpected (no folder, a file that does not parse, a name that does not resolve, an
  error from pydantic-core) means the validator is built as usual; deleting the folder is
  always safe.

Pydantic plugins are left out when this module builds or reads the validator: dakplan validates
the same way whatever else is installed beside it.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import pydantic
import pydantic_core

import dakplan
from dakplan.io.cache import cache_dir, trusted
from dakplan.model.base import Strict
from dakplan.model.plan import Plan

M = TypeVar("M", bound=pydantic.BaseModel)

__all__ = ["built", "cache_dir", "ensure_plan_validator", "ensure_validator"]

FORMAT = 1
"""The layout of an entry; a new layout is a new key."""

KEEP = 8
"""Entries kept in the folder, the newest."""

_MODEL_DIR = Path(__file__).resolve().parent
_IMPORTED = ("diagnostics", "i18n")
"""Beside the models' folder, the folders of what they import: their Python sources are in
the key too."""
_MODULE = "dakplan.model."
_ready: set[type[pydantic.BaseModel]] = set()


def ensure_plan_validator() -> None:
    """Give version 1's ``Plan`` its validator (``ensure_validator``)."""
    ensure_validator(Plan)


def ensure_validator(model: type[pydantic.BaseModel]) -> None:
    """Give ``model`` (a plan model) its validator, from the cache when a sound entry exists,
    else built by pydantic without plugins (and then cached); once per process."""
    if model in _ready:
        return
    _ready.add(model)
    if model.__pydantic_complete__:
        return
    folder, key = cache_dir(), _key(model)
    if folder is None or key is None or not _load(model, folder, key):
        with _no_plugins():
            model.model_rebuild()
        if folder is not None and key is not None:
            _store(model, folder, key)


def prefix(model: type[pydantic.BaseModel]) -> str:
    """The start of the names of ``model``'s entries."""
    if model is Plan:
        return "plan-validator"
    return f"validator-{model.__module__.removeprefix(_MODULE)}.{model.__qualname__}"


def entry_path(folder: Path, key: str, model: type[pydantic.BaseModel] = Plan) -> Path:
    return folder / f"{prefix(model)}-{key[:32]}.json"


def _key(model: type[pydantic.BaseModel] = Plan) -> str | None:
    """The key of ``model``'s entry for this installation; None when the models' source
    cannot be read (then there is nothing to tell an edited model from the cached one)."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), _name(model), dakplan.__version__, pydantic.VERSION,
                 pydantic_core.__version__, sys.implementation.name, sys.version):
        digest.update(part.encode() + b"\0")
    try:
        root = os.fspath(_MODEL_DIR.parent)
        found = _sources(os.fspath(_MODEL_DIR))
        if not any(os.sep not in name for name in found):
            return None
        for folder in (_MODEL_DIR.name, *_IMPORTED):
            names = found if folder == _MODEL_DIR.name else _sources(os.path.join(root, folder))
            for name in names:
                with open(os.path.join(root, folder, name), "rb") as handle:
                    text = handle.read()
                name = f"{folder}/{name}".replace(os.sep, "/")
                digest.update(name.encode() + b"\0" + text + b"\0")
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def _sources(folder: str) -> list[str]:
    """The Python sources under ``folder``, relative to it, in the order of their paths
    (``os.scandir``: at every start, pathlib's glob would cost a millisecond more); none
    when there is no such folder."""
    found: list[str] = []
    if not os.path.isdir(folder):
        return found
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    found += [os.path.join(entry.name, name) for name in _sources(entry.path)]
            elif entry.name.endswith(".py") and entry.is_file():
                found.append(entry.name)
    return sorted(found, key=lambda name: name.split(os.sep))


def built(model: type[M]) -> type[M]:
    """``model`` with its validator (``ensure_validator``): from the cache, or built without
    pydantic plugins: a model whose annotations name models defined later is finished on
    first use, and pydantic would then ask its plugin loader (and import
    ``importlib.metadata``) for nothing."""
    ensure_validator(model)
    return model


@contextmanager
def _no_plugins() -> Iterator[None]:
    """Pydantic's documented switch, for the length of the build (as typer does for its
    own parameters), so that the environment of the process is left as it was."""
    before = os.environ.get("PYDANTIC_DISABLE_PLUGINS")
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    try:
        yield
    finally:
        if before is None:
            del os.environ["PYDANTIC_DISABLE_PLUGINS"]
        else:
            os.environ["PYDANTIC_DISABLE_PLUGINS"] = before


# --- reading ----------------------------------------------------------------------------------


def _load(model: type[pydantic.BaseModel], folder: Path, key: str) -> bool:
    """``model``'s validator from the entry for ``key``; False (and nothing changed) when
    there is no sound entry."""
    path = entry_path(folder, key, model)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not trusted(info):
                return False
            entry = json.loads(handle.read(), object_hook=_hook)
        if not isinstance(entry, dict) or entry.get("key") != key:
            return False
        validator = pydantic_core.SchemaValidator(entry["schema"], entry["config"])
    except Exception:  # whatever is wrong with the entry, the validator is built as usual
        return False
    model.__pydantic_validator__ = validator
    return True


class _Unknown(Exception):
    """A name in an entry that is not dakplan's."""


_BUILTINS = {"builtins:list": list, "builtins:dict": dict}
"""The only names outside dakplan an entry may hold: the factories of empty defaults."""


def _resolve(name: Any) -> Any:
    if isinstance(name, str) and name in _BUILTINS:
        return _BUILTINS[name]
    if not isinstance(name, str) or ":" not in name:
        raise _Unknown(name)
    module, qualname = name.split(":", 1)
    if not module.startswith(_MODULE) or module not in sys.modules:
        raise _Unknown(name)
    found: Any = sys.modules[module]
    for part in qualname.split("."):
        if part.startswith("__"):
            raise _Unknown(name)
        found = getattr(found, part)
    if isinstance(found, type) and issubclass(found, Strict | enum.Enum):
        return found
    if isinstance(found, types.FunctionType) and found.__module__.startswith(_MODULE):
        return found
    raise _Unknown(name)


def _decode(data: Any) -> Any:
    """``data`` as read from an entry, with its marks (``_hook``) made objects again."""
    if isinstance(data, list):
        return [_decode(item) for item in data]
    if not isinstance(data, dict):
        return data
    return _hook({key: _decode(item) for key, item in data.items()})


def _hook(data: dict[str, Any]) -> Any:
    """One mapping of an entry, its values already decoded: a mark (a reference to a class
    or function, an enum member, a model default, a tuple) made the object it names.
    ``json.loads`` calls it for every mapping, from the innermost out."""
    if len(data) == 1:
        ((mark, value),) = data.items()
        if mark == "$ref":
            return _resolve(value)
        if mark == "$enum":
            kind = _resolve(value[0])
            if not issubclass(kind, enum.Enum):
                raise _Unknown(value)
            return kind[value[1]]
        if mark == "$default":
            model = _resolve(value[0])
            default = model.model_fields[value[1]].default
            if not isinstance(default, Strict):
                raise _Unknown(value)
            return default
        if mark == "$tuple":
            return tuple(value)
    return data


# --- writing ----------------------------------------------------------------------------------


def _store(model: type[pydantic.BaseModel], folder: Path, key: str) -> None:
    """Cache the validator pydantic just built, if the entry gives it back exactly."""
    try:
        schema = model.__pydantic_core_schema__
        config = _core_config(model)
        text = json.dumps({"key": key, "format": FORMAT, "config": _encode(config, {}),
                           "schema": _encode(schema, _defaults())},
                          ensure_ascii=False, separators=(",", ":"))
        entry = json.loads(text)
        if not (_same(_decode(entry["schema"]), _validation_part(schema))
                and _same(_decode(entry["config"]), config)):
            return
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = entry_path(folder, key, model)
        from dakplan.io.write import replace_file

        replace_file(path, text.encode("utf-8"), private=True)
        # Other versions (another virtual environment, an edited model) keep their entries, up
        # to a few: the oldest go.
        entries = sorted(folder.glob(f"{prefix(model)}-*.json"), key=lambda e: e.stat().st_mtime)
        for old in entries[:-KEEP]:
            old.unlink(missing_ok=True)
    except Exception:  # a cache that cannot be written is only a slower next start
        return


def _core_config(model: type[pydantic.BaseModel]) -> Any:
    from pydantic._internal._config import ConfigWrapper

    return ConfigWrapper(model.model_config, check=False).core_config(title=model.__name__)


def _node(value: dict[str, Any]) -> bool:
    """A core schema node (``{"type": "str", ...}``), not a mapping of field names, where
    a field may be called ``type``."""
    return type(value.get("type")) is str


_SKIPPED = ("metadata", "serialization")
"""Keys of a schema node read by the JSON Schema and by serializers, never by a validator."""


def _validation_part(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _validation_part(item) for key, item in value.items()
                if not (key in _SKIPPED and _node(value))}
    if isinstance(value, list | tuple):
        return type(value)(_validation_part(item) for item in value)
    return value


def _same(a: Any, b: Any) -> bool:
    """Equal data, and the very same objects where they are not data."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if a is None or isinstance(a, bool | int | float | str):
        return bool(a == b)
    return a is b


def _defaults() -> dict[int, list[str]]:
    """Model instances used as field defaults, by identity: the only objects in the schema
    that are neither data nor a class, function or enum member."""
    found: dict[int, list[str]] = {}
    for module in [m for name, m in sys.modules.items() if name.startswith(_MODULE)]:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Strict):
                for name, info in value.model_fields.items():
                    if isinstance(info.default, Strict):
                        found.setdefault(id(info.default), [_name(value), name])
    return found


def _name(thing: Any) -> str:
    return f"{thing.__module__}:{thing.__qualname__}"


def _encode(value: Any, defaults: dict[int, list[str]]) -> Any:
    if value is None or isinstance(value, bool | int | float) or type(value) is str:
        return value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError(key)
            if not (key in _SKIPPED and _node(value)):
                out[key] = _encode(item, defaults)
        return out
    if isinstance(value, list):
        return [_encode(item, defaults) for item in value]
    if isinstance(value, tuple):
        return {"$tuple": [_encode(item, defaults) for item in value]}
    encoded: dict[str, Any]
    if isinstance(value, enum.Enum):
        encoded = {"$enum": [_name(type(value)), value.name]}
    elif isinstance(value, type | types.FunctionType):
        encoded = {"$ref": _name(value)}
    elif id(value) in defaults:
        encoded = {"$default": defaults[id(value)]}
    else:
        raise TypeError(value)
    if _decode(encoded) is not value:  # the very object, or no entry
        raise TypeError(value)
    return encoded
