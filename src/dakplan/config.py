"""A plan repository's settings: ``dakplan.toml``, or ``[tool.dakplan]`` in ``pyproject.toml``.

The file is looked for as ruff and pytest look for theirs: in the current folder, then in each
folder above it, stopping at the root of the git work tree (the folder holding ``.git``) or of
the file system. In one folder ``dakplan.toml`` comes before ``pyproject.toml``, and a
``pyproject.toml`` without a ``[tool.dakplan]`` table is passed over. The folder of the file found
is the repository root; without one it is the git root, and outside git the current folder.
Paths in the file are relative to its folder, so a command behaves the same from any subfolder.

Each setting is the last of four layers: the command-line option, the environment variable
(``DAKPLAN_LANG``, ``DAKPLAN_TIMEZONE``), this file, the built-in default. The CLI applies them;
this module only reads the file and says, with its name and line, what is wrong in it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dakplan.errors import UsageError
from dakplan.i18n import t

FILE = "dakplan.toml"
PYPROJECT = "pyproject.toml"
TABLE = "tool.dakplan"

LANG = re.compile(r"^(en|vi)([-_.].*)?$", re.IGNORECASE)
"""A language as a person types it: ``vi``, ``en``, or with a region (``vi_VN``, ``en-GB``)."""

_KINDS: dict[str, type] = {"plans": str, "templates": str, "lang": str, "strict": bool,
                           "ignore": list, "timezone": str, "registry": str}
"""Every setting and the TOML type it takes (``ignore``: a list of codes or names)."""


class ConfigError(UsageError):
    """The configuration file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Config:
    """The settings in force, with paths made absolute."""

    root: Path
    """The repository root: the configuration file's folder, else the git root, else the
    current folder."""
    file: Path | None = None
    plans: Path | None = None
    templates: Path | None = None
    lang: str | None = None
    strict: bool | None = None
    ignore: tuple[str, ...] = ()
    timezone: str | None = None
    registry: Path | None = None
    """The registry of agencies the plans share, when the file names one (else it is found
    by its name, ``dakplan.shared.FILE_NAME``)."""
    lines: dict[str, int] = field(default_factory=dict)
    """The line of each setting in ``file``, for messages about its value."""

    @property
    def plans_folder(self) -> Path:
        """Where plans are when a command is given none."""
        return self.plans or self.root / "plans"

    def where(self, key: str) -> str:
        """``FILE:LINE`` of a setting, as a message starts, the file shown from here."""
        assert self.file is not None
        return f"{shown(self.file)}:{self.lines.get(key, 1)}"


def shown(path: Path) -> str:
    """``path`` as a person in the current folder would type it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive, on Windows
        return str(path)


def find(start: Path) -> tuple[Path | None, Path]:
    """The configuration file that governs ``start`` (or None) and the repository root."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / FILE).is_file():
            return folder / FILE, folder
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_table(pyproject):
            return pyproject, folder
        if (folder / ".git").exists():
            return None, folder
    return None, start


def _has_table(pyproject: Path) -> bool:
    """Whether ``pyproject`` has a ``[tool.dakplan]`` table. A quick look at the text first: a
    project's pyproject.toml that says nothing of dakplan is never parsed, so a mistake in it
    does not stop dakplan."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*dakplan\s*[\].]", text, re.MULTILINE) is not None


def load(start: Path | None = None) -> Config:
    """The settings governing ``start`` (default: the current folder)."""
    file, root = find(start or Path.cwd())
    if file is None:
        return Config(root)
    return parse(file)


def parse(file: Path) -> Config:
    """The settings in ``file``, or a ``ConfigError`` naming its line."""
    import tomllib

    try:
        text = file.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(t("config.unreadable", file=shown(file),
                            reason=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise ConfigError(t("config.not_utf8", file=shown(file))) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, message = _syntax(exc)
        raise ConfigError(t("config.syntax", where=f"{shown(file)}:{line}",
                            message=message)) from None
    in_pyproject = file.name == PYPROJECT
    if in_pyproject:
        data = data.get("tool", {}).get("dakplan", {})
        if not isinstance(data, dict):  # pragma: no cover - TOML makes a table of [tool.dakplan]
            data = {}
    lines = _key_lines(text, TABLE if in_pyproject else "")
    root = file.parent.resolve()
    where = {key: f"{shown(file)}:{line}" for key, line in lines.items()}
    values: dict[str, Any] = {}
    for key, value in data.items():
        at = where.get(key, f"{shown(file)}:1")
        kind = _KINDS.get(key)
        if kind is None:
            raise ConfigError(t("config.unknown_key", where=at, key=key,
                                known=", ".join(sorted(_KINDS))))
        if not isinstance(value, kind) or isinstance(value, list) and not all(
                isinstance(item, str) for item in value):
            raise ConfigError(t("config.type", where=at, key=key, value=_toml(value),
                                kind=t(f"config.kind.{kind.__name__}")))
        values[key] = value
    if "lang" in values and not LANG.match(values["lang"]):
        raise ConfigError(t("config.bad_lang", where=where["lang"], value=values["lang"]))
    if "timezone" in values:
        _check_zone(values["timezone"], where["timezone"])
    return Config(
        root=root, file=file,
        plans=root / values["plans"] if "plans" in values else None,
        templates=root / values["templates"] if "templates" in values else None,
        lang=values["lang"][:2].lower() if "lang" in values else None,
        strict=values.get("strict"),
        ignore=tuple(values.get("ignore", ())),
        timezone=values.get("timezone"),
        registry=root / values["registry"] if "registry" in values else None,
        lines=lines)


def _check_zone(name: str, where: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ConfigError(t("config.bad_zone", where=where, value=name)) from None


def _syntax(exc: Exception) -> tuple[int, str]:
    """The line of a TOML syntax error and its message without the position."""
    message = str(exc)
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if found is None:
        found = re.search(r"\s*\(at end of document\)$", message)
        line = getattr(exc, "lineno", None) or 0
        return (line or 1), message[:found.start()] if found else message
    return int(found.group(1)), message[:found.start()]


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*[=.]""")


def _key_lines(text: str, table: str) -> dict[str, int]:
    """The line of each key of ``table`` (``""``: the top level), for messages: tomllib keeps
    no positions. A key written twice is a syntax error tomllib has already reported."""
    lines: dict[str, int] = {}
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = re.sub(r"\s*\.\s*", ".", header.group(1))
            # a sub-table is a key of its parent: [tool.dakplan.x] is the unknown key x
            if not table or current.startswith(f"{table}."):
                key = current[len(table) + 1:] if table else current
                lines.setdefault(key.split(".")[0], number)
            continue
        found = _KEY.match(line)
        if found and current == table:
            lines.setdefault(next(g for g in found.groups() if g), number)
    return lines


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)
