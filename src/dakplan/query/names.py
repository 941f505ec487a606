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
from dakplan.query.registry import index_names

Plans = Sequence[tuple[str, Plan]]
"""Plans with the file each came from, as ``validate.load_plans_v2`` returns them."""


@dataclass(frozen=True)
class Card:
    """What a person may type about one plan, as plain values: the names of its agencies and
    groups, its theme ids, its media formats. A command that reads plans one at a time
    (``validate.each_plan_v2``) keeps these instead of the plans, to understand its options
    once every plan is read; resolving against the cards is resolving against the plans."""

    agencies: tuple[tuple[str, str, tuple[str, ...]], ...]
    """(code, name, every name it answers to: ``Agency.names``), in plan order."""
    groups: tuple[tuple[str, str, tuple[str, ...]], ...]
    themes: tuple[str, ...] | None
    """Its theme ids, in document order; None when not asked for (``of(themes=False)``)."""
    media_labels: tuple[tuple[str, str], ...]
    """``Plan.media_labels``: every format code with its label."""
    media_aliases: tuple[tuple[str, str], ...]
    """(alias, code) of the formats the plan declares, in plan order."""

    @classmethod
    def of(cls, plan: Plan, themes: bool = True) -> Card:
        return cls(
            tuple((a.code, a.name, tuple(a.names)) for a in plan.agencies),
            tuple((g.code, g.name, tuple(g.names)) for g in plan.groups),
            tuple(theme.id for _, theme in plan.themes()) if themes else None,
            tuple(plan.media_labels().items()),
            tuple((alias, f.code) for f in plan.media_formats for alias in f.aliases),
        )

    def names(self) -> list[tuple[str, str]]:
        """``Registry.names``: every (code, name) pair, agencies then groups."""
        return [(code, name) for code, _, names in (*self.agencies, *self.groups)
                for name in names]

    def name_index(self) -> dict[str, list[str]]:
        """``Registry.name_index``: match_key(name) -> the codes that answer to it."""
        return index_names(self.names())


Cards = Sequence[Card]


def cards(plans: Plans | Cards, themes: bool = True) -> list[Card]:
    """The cards of ``plans`` (or ``plans`` itself when it holds cards), a card the same as
    the one before it left out: every question asked of cards takes each plan's answers in
    order, and the same answers twice in a row change none."""
    out: list[Card] = []
    for item in plans:
        card = item if isinstance(item, Card) else Card.of(item[1], themes)
        if not out or out[-1] != card:
            out.append(card)
    return out


# --- agency names -------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """An agency or group a name resolved to."""

    code: str
    name: str
    is_group: bool


def _entries(plans: Cards) -> dict[str, Named]:
    out: dict[str, Named] = {}
    for card in plans:
        for code, name, _ in card.agencies:
            out.setdefault(code, Named(code, name, False))
        for code, name, _ in card.groups:
            out.setdefault(code, Named(code, name, True))
    return out


def _registries(plans: Cards) -> list[Card]:
    """One registry per set of names the plans answer to: plans that read one shared registry
    (and add no names of their own) are resolved against it once."""
    out: dict[tuple[object, ...], Card] = {}
    for card in plans:
        key = (card.agencies, card.groups)
        if key not in out:
            out[key] = card
    return list(out.values())


def _label(entry: Named) -> str:
    return f"{entry.code} ({entry.name})"


def resolve_agency(plans: Plans | Cards, name: str) -> Named:
    """The agency or group ``name`` stands for in any of ``plans``.

    An unknown name, or one that stands for several codes, raises ``UsageError`` naming the
    closest matches. A name that is exactly one of the candidates' codes wins a tie.
    """
    plans = cards(plans, themes=False)
    entries = _entries(plans)
    key = match_key(nfc(name))
    codes: list[str] = []
    for registry in _registries(plans):
        for code in registry.name_index().get(key, []):
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


def _near(plans: Cards, key: str, entries: dict[str, Named], limit: int = 5) -> list[str]:
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
