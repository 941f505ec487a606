"""An agency or group named by code, full name, short name or alias; names are compared by
``vn.match_key`` (no case, diacritics, punctuation or Unicode-form differences)."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.vn import match_key, nfc
from dakplan.model.v2 import Plan
from dakplan.query.registry import Registry

Plans = Sequence[tuple[str, Plan]]
"""Plans with the file each came from, as ``validate.load_plans_v2`` returns them."""


# --- agency names -------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """An agency or group a name resolved to."""

    code: str
    name: str
    is_group: bool


def _entries(plans: Plans) -> dict[str, Named]:
    out: dict[str, Named] = {}
    for _, plan in plans:
        for agency in plan.agencies:
            out.setdefault(agency.code, Named(agency.code, agency.name, False))
        for group in plan.groups:
            out.setdefault(group.code, Named(group.code, group.name, True))
    return out


def _registries(plans: Plans) -> list[Registry]:
    """One registry per set of names the plans answer to: plans that read one shared registry
    (and add no names of their own) are resolved against it once."""
    out: dict[tuple[tuple[str, ...], ...], Registry] = {}
    for _, plan in plans:
        key = (*((a.code, *a.names) for a in plan.agencies),
               *((g.code, *g.names) for g in plan.groups))
        if key not in out:
            out[key] = Registry(plan)
    return list(out.values())


def _label(entry: Named) -> str:
    return f"{entry.code} ({entry.name})"


def resolve_agency(plans: Plans, name: str) -> Named:
    """The agency or group ``name`` stands for in any of ``plans``.

    An unknown name, or one that stands for several codes, raises ``UsageError`` naming the
    closest matches. A name that is exactly one of the candidates' codes wins a tie.
    """
    entries = _entries(plans)
    key = match_key(nfc(name))
    codes: list[str] = []
    for registry in _registries(plans):
        for code in registry.name_index.get(key, []):
            if code not in codes:
                codes.append(code)
    if len(codes) > 1 and name.strip().upper() in codes:
        codes = [name.strip().upper()]
    if len(codes) == 1:
        return entries[codes[0]]
    if codes:
        found = ", ".join(_label(entries[c]) for c in sorted(codes))
        raise UsageError(t("query.ambiguous_agency", name=name, found=found))
    near = _near(plans, key, entries)
    hint = t("query.did_you_mean", names=", ".join(near)) if near else t("query.see_agencies")
    raise UsageError(t("query.unknown_agency", name=name, hint=hint))


def _near(plans: Plans, key: str, entries: dict[str, Named], limit: int = 5) -> list[str]:
    """Labels of the agencies whose names come closest to ``key``."""
    by_key: dict[str, list[str]] = {}
    for registry in _registries(plans):
        for code, other in registry.names():
            codes = by_key.setdefault(match_key(other), [])
            if code not in codes:
                codes.append(code)
    def closeness(k: str) -> float:
        return difflib.SequenceMatcher(None, key, k).ratio()

    # Names that contain what was typed come first (a part of a name is a fair guess), then
    # names spelt almost the same; each by closeness, then by key for a stable order.
    contains = [k for k in by_key if key and key in k]
    similar = [k for k in by_key if k not in contains and closeness(k) >= 0.6]
    ranked = [*sorted(contains, key=lambda k: (-closeness(k), k)),
              *sorted(similar, key=lambda k: (-closeness(k), k))]
    out: list[str] = []
    for k in ranked:
        for code in by_key[k]:
            label = _label(entries[code])
            if label not in out:
                out.append(label)
    return out[:limit]
