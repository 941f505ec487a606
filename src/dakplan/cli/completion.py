"""Shell completion of the values a plan defines: agency and group codes, theme ids, template
names, and diagnostic codes and names.

Imported only when the shell asks (``_DAKPLAN_COMPLETE``), through ``app.completer``. The plans
are those typed so far on the command line, else the repository's plans folder. They are read
with the YAML loader alone, not validated: completion must be quick, and a plan being edited
is often not valid yet. Nothing here may fail: a file that cannot be read completes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_PLAN_PARAMS = ("plans", "paths", "plan")
"""The names commands give their plan arguments."""


def candidates(kind: str, ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """``(value, help)`` for every ``kind`` value that starts with ``incomplete``
    (case-insensitively), in the order the plans give them, without repeats."""
    try:
        found = dict(_values(kind, ctx))
    except Exception:  # a half-typed command line must never print a traceback in a shell
        return []
    prefix = incomplete.casefold()
    return [(value, text) for value, text in found.items()
            if value.casefold().startswith(prefix)]


def _values(kind: str, ctx: Any) -> Iterator[tuple[str, str]]:
    if kind == "code":
        from dakplan.diagnostics.codes import CATALOGUE

        for rule in CATALOGUE.values():
            yield rule.code, rule.name
        for rule in CATALOGUE.values():
            yield rule.name, rule.code
        return
    if kind == "template":
        from dakplan.cli.settings import templates_folder
        from dakplan.render.templates import available

        plans = list(_plan_files(ctx))
        for info in available(Path(plans[0]) if plans else None, templates_folder()):
            yield info.name, ", ".join(info.formats)
        return
    for data in _plans(ctx):
        if kind == "agency":
            for entry in (*_list(data, "agencies"), *_list(data, "groups")):
                if isinstance(entry.get("code"), str):
                    yield entry["code"], str(entry.get("name", ""))
        elif kind == "theme":
            for entry in (*_list(data, "themes"), *_themes_in(data.get("body"))):
                if isinstance(entry.get("id"), str):
                    yield entry["id"], _first_line(str(entry.get("text", "")))


def _plan_files(ctx: Any) -> Iterator[str]:
    from dakplan.cli.settings import default_plans
    from dakplan.io.read import is_stdin
    from dakplan.validate import discover

    typed: list[Any] = []
    for name in _PLAN_PARAMS:
        value = (ctx.params or {}).get(name)
        if value:
            typed += value if isinstance(value, list | tuple) else [value]
    targets = [p for p in typed if not is_stdin(p)] or default_plans()
    for file in discover(t for t in targets if os.path.exists(t)):
        if os.path.isfile(file):
            yield file


def _plans(ctx: Any) -> Iterator[dict[str, Any]]:
    """The plans' data, each followed by that of the registry it reads (once)."""
    from dakplan.io.read import read_source
    from dakplan.io.yaml_load import load_text
    from dakplan.shared import locate

    registries: set[Path] = set()
    for file in _plan_files(ctx):
        for path in (file, locate(file)):
            if path is None or path in registries:
                continue
            if path != file:
                registries.add(Path(path))
            source, _ = read_source(str(path))
            if source is None:
                continue
            data = load_text(source).data
            if isinstance(data, dict):
                yield data


def _list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _themes_in(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The ``theme:`` blocks of a version 2 body, wherever they stand, in order."""
    if depth > 64:  # the loader bounds nesting; a half-written file is walked no deeper
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "theme" and isinstance(value, dict):
                yield value
            else:
                yield from _themes_in(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _themes_in(value, depth + 1)


def _first_line(text: str, width: int = 60) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[:width - 1] + "…"
