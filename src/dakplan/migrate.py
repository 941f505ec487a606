"""Version 1 plans -> version 2 data, losslessly, with the list of what had no place.

One conversion serves two uses: the loader reads a version 1 file through it in memory (so
every command works on an archived plan, and diagnostics point at the v1 file's own lines
through ``Migrated.origins``), and ``dakplan migrate`` writes its result as a version 2 file.

What version 1 printed is what version 2 holds: sections only where v1 printed them, in v1's
order (objectives, content, implementation, funding, reporting), numbered by the styles
"I." and "1." so that they number as v1 numbered them; the press partners v1 computed are
written out.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dakplan.diagnostics import Diagnostic, Severity
from dakplan.io.comments import carry, leading_block
from dakplan.io.read import Source
from dakplan.io.yaml_dump import dump_yaml
from dakplan.io.yaml_load import load_text
from dakplan.model.content import Headings
from dakplan.shared import Shared, merge

Path = tuple[str | int, ...]

_HEADING_DEFAULTS: dict[str, str] = {
    name: str(info.default) for name, info in Headings.model_fields.items()
}

TOP_ORDER = ("dakplan", "document", "bases", "agencies", "groups", "partners",
             "media_formats", "numbering", "body", "waivers", "report")
"""The order of top-level keys in files dakplan writes."""


class MigrationError(Exception):
    """The input is not a valid version 1 plan; ``diagnostics`` say why."""

    def __init__(self, message: str, diagnostics: list[Diagnostic]) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics


@dataclass
class Migrated:
    """The version 2 data, what had no place in it, and where each part came from."""

    data: dict[str, Any]
    dropped: list[str] = field(default_factory=list)
    """One sentence per thing of the v1 file that version 2 does not carry."""
    origins: dict[Path, Path] = field(default_factory=dict)
    """Path in the v2 data -> path in the v1 file, for the parts that moved."""
    placed: dict[Path, Path] = field(default_factory=dict)
    """Path in the v1 file -> path in the v2 data, for the v1 keys that became sections (and
    their lists), which ``origins`` does not name."""

    def v2_path(self, path: Path) -> Path | None:
        """Where a v1 path went in the v2 data: the path itself when the v2 data has it
        (the frame and the registry are copied), else moved by the longest known prefix;
        None when it has no place."""
        if _has(self.data, path):
            return path
        moves = {v1: v2 for v2, v1 in self.origins.items()}
        moves.update(self.placed)
        for cut in range(len(path), 0, -1):
            moved = moves.get(path[:cut])
            if moved is not None:
                found = (*moved, *path[cut:])
                return found if _has(self.data, found) else None
        return None

    def v1_path(self, path: Path) -> Path:
        """Where a v2 path was in the v1 file: the longest known prefix, moved."""
        for cut in range(len(path), 0, -1):
            origin = self.origins.get(path[:cut])
            if origin is not None:
                return (*origin, *path[cut:])
        return path


def _has(data: Any, path: Path) -> bool:
    for step in path:
        if isinstance(data, dict) and isinstance(step, str) and step in data:
            data = data[step]
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            data = data[step]
        else:
            return False
    return True


def _partners(v1: dict[str, Any]) -> list[str]:
    """Version 1's press partners, written out: every agency other than the issuer, in
    registry order, that is a central press agency or party to an agreement in the bases."""
    issuer = (v1.get("document") or {}).get("issuer", {}).get("agency")
    parties = {code for basis in v1.get("bases") or [] for doc in basis.get("documents") or []
               for code in doc.get("parties") or []}
    return [a["code"] for a in v1.get("agencies") or []
            if a["code"] != issuer and (a.get("kind") == "central_press" or a["code"] in parties)]


def migrate_data(v1: dict[str, Any]) -> Migrated:
    """The version 2 form of a valid version 1 plan (plain data, as the loader gives it)."""
    v1 = copy.deepcopy(v1)
    out = Migrated({})
    origins = out.origins
    data = out.data
    data["dakplan"] = 2

    document = dict(v1["document"])
    preamble = document.pop("preamble", None)
    closing = document.pop("closing", None)
    signature = document.get("signature")
    if isinstance(signature, dict):
        new_sig: dict[str, Any] = {}
        if signature.get("authority"):
            new_sig["chain"] = [{"authority": signature["authority"],
                                 "on_behalf_of": signature.get("on_behalf_of")}]
            origins[("document", "signature", "chain", 0)] = ("document", "signature")
        elif signature.get("on_behalf_of"):
            out.dropped.append(
                f"signature.on_behalf_of '{signature['on_behalf_of']}' without an authority "
                "prefix has no place in a signature chain")
        for key in ("title", "name"):
            if key in signature:
                new_sig[key] = signature[key]
        document["signature"] = new_sig
    data["document"] = document
    for key in ("bases", "agencies", "groups"):
        if key in v1:
            data[key] = v1[key]
    partners = _partners(v1)
    if partners:
        data["partners"] = partners
        origins[("partners",)] = ("agencies",)
    data["numbering"] = ["I.", "1."]

    given = dict(v1.get("headings") or {})
    headings = {**_HEADING_DEFAULTS, **given}
    used: set[str] = set()

    def heading(name: str) -> str:
        used.add(name)
        return str(headings[name])

    body: list[dict[str, Any]] = []
    if preamble is not None:
        origins[("body", len(body), "paragraph")] = ("document", "preamble")
        body.append({"paragraph": preamble})

    purposes, requirements = v1.get("purposes") or [], v1.get("requirements") or []
    if purposes or requirements:
        at = ("body", len(body), "section")
        origins[at] = ("headings", "objectives")
        out.placed[("headings", "objectives")] = (*at, "heading")
        blocks: list[dict[str, Any]] = []
        for name, items in (("purposes", purposes), ("requirements", requirements)):
            if not items:
                continue
            sub = (*at, "blocks", len(blocks), "section")
            out.placed[(name,)] = sub
            out.placed[("headings", name)] = (*sub, "heading")
            for n in range(len(items)):
                origins[(*sub, "blocks", 0, "bullets", n)] = (name, n)
            blocks.append({"section": {"id": name, "kind": name, "heading": heading(name),
                                       "blocks": [{"bullets": list(items)}]}})
        body.append({"section": {"id": "objectives", "kind": "objectives",
                                 "heading": heading("objectives"), "blocks": blocks}})

    themes, media = v1.get("themes") or [], v1.get("media")
    if themes or media:
        at = ("body", len(body), "section")
        out.placed[("headings", "content")] = (*at, "heading")
        blocks = []
        if themes:
            sub = (*at, "blocks", len(blocks), "section")
            out.placed[("themes",)] = sub
            out.placed[("headings", "themes")] = (*sub, "heading")
            for n in range(len(themes)):
                origins[(*sub, "blocks", 0, "bullets", n, "theme")] = ("themes", n)
            blocks.append({"section": {"id": "themes", "kind": "themes",
                                       "heading": heading("themes"),
                                       "blocks": [{"bullets": [{"theme": t} for t in themes]}]}})
        if media:
            sub = (*at, "blocks", len(blocks), "section")
            out.placed[("media",)] = sub
            out.placed[("headings", "media")] = (*sub, "heading")
            use = {k: media[k] for k in ("text", "formats") if media.get(k) is not None}
            inner: list[dict[str, Any]] = []
            if use.get("formats") or use.get("text"):
                origins[(*sub, "blocks", 0, "media")] = ("media",)
                inner.append({"media": use})
            blocks.append({"section": {"id": "forms", "kind": "forms",
                                       "heading": heading("media"), "blocks": inner}})
        body.append({"section": {"id": "content", "kind": "content",
                                 "heading": heading("content"), "blocks": blocks}})

    implementation = v1.get("implementation") or []
    if implementation:
        at = ("body", len(body), "section")
        out.placed[("implementation",)] = at
        out.placed[("headings", "implementation")] = (*at, "heading")
        blocks = []
        for i, part in enumerate(implementation):
            sub = (*at, "blocks", i, "section")
            origins[sub] = ("implementation", i)
            out.placed[("implementation", i, "tasks")] = (*sub, "blocks", 0, "bullets")
            tasks = part.get("tasks") or []
            for j in range(len(tasks)):
                origins[(*sub, "blocks", 0, "bullets", j, "duty")] = (
                    "implementation", i, "tasks", j)
            blocks.append({"section": {
                "id": f"implementation-{i + 1}", "heading": part["heading"],
                "blocks": [{"bullets": [{"duty": _duty(t)} for t in tasks]}] if tasks else []}})
        body.append({"section": {"id": "implementation", "kind": "implementation",
                                 "heading": heading("implementation"), "blocks": blocks}})

    funding = v1.get("funding")
    if funding is not None:
        at = ("body", len(body), "section")
        out.placed[("funding",)] = at
        out.placed[("funding", "items")] = (*at, "blocks", 0, "bullets")
        out.placed[("headings", "funding")] = (*at, "heading")
        items = funding.get("items") or []
        entries = []
        for k, item in enumerate(items):
            kind = "duty" if "lead" in item else "clause"
            origins[(*at, "blocks", 0, "bullets", k, kind)] = ("funding", "items", k)
            entries.append({kind: _duty(item) if kind == "duty" else item})
        body.append({"section": {"id": "funding", "kind": "funding",
                                 "heading": heading("funding"),
                                 "blocks": [{"bullets": entries}] if entries else []}})

    reporting = v1.get("reporting") or []
    if reporting:
        at = ("body", len(body), "section")
        out.placed[("reporting",)] = at
        for m in range(len(reporting)):
            origins[(*at, "blocks", m, "duty")] = ("reporting", m)
        body.append({"section": {"id": "reporting", "kind": "reporting", "numbered": False,
                                 "blocks": [{"duty": _duty(t)} for t in reporting]}})

    if closing is not None:
        origins[("body", len(body), "paragraph")] = ("document", "closing")
        body.append({"paragraph": closing})
    data["body"] = body

    report = v1.get("report")
    if report is not None:
        report = dict(report)
        if "next_year" in report:
            report["next_period"] = report.pop("next_year")
            origins[("report", "next_period")] = ("report", "next_year")
        data["report"] = report

    for name in given:
        if name not in used:
            out.dropped.append(f"headings.{name} '{given[name]}': the plan has no such "
                               "section, so the heading has no place")
    return out


_DUTY_ORDER = ("id", "lead", "coordinate", "timing", "themes", "media", "status", "progress",
               "text")


def _duty(task: dict[str, Any]) -> dict[str, Any]:
    """A v1 task as a v2 duty: the same fields, in the order v2 files write them."""
    return {key: task[key] for key in _DUTY_ORDER if key in task}


# --- text in, text out ------------------------------------------------------------------

def leading_comments(text: str) -> list[str]:
    """The comment lines (and blank lines among them) before the first line of data."""
    return leading_block(text)


def migrate_text(text: str, name: str = "<plan>",
                 shared: Shared | None = None) -> tuple[dict[str, Any], list[str]]:
    """The v2 data of a v1 plan's text, and what of its data had no place in it.
    ``shared``, the registry of agencies the plan reads: the partners are worked out with its
    entries, which stay in the registry (the result holds the plan's own).

    Raises ``MigrationError`` when the text is not a valid version 1 plan.
    """
    migrated = _migrated(text, name, shared)
    return migrated.data, list(migrated.dropped)


def _migrated(text: str, name: str, shared: Shared | None = None) -> Migrated:
    from dakplan.validate import validate_source

    report = validate_source(Source(name, text), shared)
    if report.plan is None:
        errors = [d for d in report.diagnostics if d.severity is Severity.ERROR]
        raise MigrationError(f"{name}: not a valid version 1 plan", errors)
    loaded = load_text(Source(name, text))
    if shared is None:
        return migrate_data(loaded.data)
    merged = merge(loaded.data, shared)
    migrated = migrate_data(merged.data)
    for section, origins in merged.origins.items():
        own = [e for e, (shared_entry, _) in zip(migrated.data.get(section, []), origins,
                                                 strict=True) if not shared_entry]
        if own or section in loaded.data:
            migrated.data[section] = own
        else:
            migrated.data.pop(section, None)
    return migrated


@dataclass
class Converted:
    """A v1 plan's text written as a version 2 file, with its comments."""

    text: str
    dropped: list[str]
    """What had no place: data, then comments, one sentence each."""
    lost: list[tuple[int, str]]
    """The comments that had no place: (line in the v1 text, comment)."""
    lines: dict[int, int]
    """Line in the v2 text -> line in the v1 text, for each comment carried (the leading
    block is the same lines in both)."""


def convert(text: str, name: str = "<plan>", shared: Shared | None = None) -> Converted:
    """A v1 plan's text -> the v2 file's text: the leading comment block, then the data in
    the written order, with every other comment beside, above or after the data it stood
    with (``io.comments.carry``); those whose data has no place in version 2 are listed.
    ``shared``: as for ``migrate_text``.

    Raises ``MigrationError`` when the text is not a valid version 1 plan.
    """
    migrated = _migrated(text, name, shared)
    carried = carry(text, dump_v2(migrated.data, leading_comments(text)), migrated.v2_path)
    dropped = list(migrated.dropped)
    dropped += [f"line {line}: comment '{comment}' is not carried (what it stands beside has "
                "no place in version 2)" for line, comment in carried.lost]
    head = len(leading_comments(text))
    lines = {n: n for n in range(1, head + 1)}
    lines.update({new: old for old, new, _ in carried.placed})
    return Converted(carried.text, dropped, carried.lost, lines)


def dump_v2(data: dict[str, Any], comments: list[str] | None = None) -> str:
    """``data`` as a version 2 file: the comment block, then the keys in the written order.
    The same data always gives the same bytes."""
    ordered = {key: data[key] for key in TOP_ORDER if key in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    body = dump_yaml(_plain(ordered))
    head = "\n".join(comments or [])
    return f"{head}\n{body}" if head else body


def _plain(value: Any) -> Any:
    """Data as the YAML writer takes it: dicts, lists, text, numbers, dates."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date | int | float | bool) or value is None:
        return value
    return str(value)


def migrate_file_text(text: str, name: str = "<plan>") -> tuple[str, list[str]]:
    """A v1 plan's text -> the v2 file's text (its comments carried) and the dropped list."""
    converted = convert(text, name)
    return converted.text, converted.dropped
