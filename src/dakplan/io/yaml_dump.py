"""Plain data -> a readable plan file: block style, Unicode, long text folded, empty values
left empty, enums as their text, short lists and records inline."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

import yaml

# --- YAML out ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Block style, long text folded, empty values left empty, enums as their text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else ">" if len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)


def _none(dumper: yaml.SafeDumper, value: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_WORDLIKE = re.compile(r"^[A-Za-z0-9_.-]+$")


def _short(value: Any) -> bool:
    """A value that reads well inline: a number, a date, or a code-like word."""
    if isinstance(value, str):
        return bool(_WORDLIKE.match(value)) and len(value) <= 24
    return isinstance(value, int | dt.date) and not isinstance(value, bool)


def _list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    # Lists of codes stay on one line, as people write them: `agencies: [TU, HDND]`.
    inline = bool(value) and all(_short(v) for v in value) and len(value) <= 8
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=inline)


def _dict(dumper: yaml.SafeDumper, value: dict[str, Any]) -> yaml.MappingNode:
    # Small records of plain values too: `timing: {type: deadline, date: 2021-12-15}`.
    inline = bool(value) and len(value) <= 3 and all(_short(v) for v in value.values())
    return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=inline)


_Dumper.add_representer(list, _list)
_Dumper.add_representer(dict, _dict)
_Dumper.add_representer(str, _str)
_Dumper.add_multi_representer(Enum, lambda d, v: _str(d, v.value))
_Dumper.add_representer(type(None), _none)


def dump_yaml(data: dict[str, Any], modeline: str | None = None) -> str:
    """``data`` as a plan file: the modeline, then one block per top-level section."""
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=96, indent=2)
    lines = body.splitlines()
    out: list[str] = [f"# yaml-language-server: $schema={modeline}"] if modeline else []
    for i, line in enumerate(lines):
        if i and line[:1] not in (" ", "-", "#", ""):
            out.append("")  # a blank line between top-level sections
        out.append(line)
    return "\n".join(out) + "\n"
