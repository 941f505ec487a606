"""Checks of a shared registry of agencies on its own, and the one rule both it and a plan's
registry obey that nothing else checks: succession links must not go round.

A registry is read by every plan of its repository, so it must hold together by itself: every
code it names is one of its entries (a plan cannot lend it one), codes are unique, groups have
members and do not contain themselves, names do not clash, successors do not form a cycle.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from dakplan.checks import base as v1
from dakplan.checks import groups as v1_groups
from dakplan.checks.references import _hint
from dakplan.diagnostics import Finding, Path
from dakplan.model.agencies import Agency
from dakplan.model.registry import SharedRegistry
from dakplan.query.registry import Registry


def successor_cycles(agencies: Sequence[Agency]) -> Iterator[Finding]:
    """DK215 for every cycle of ``merged_into``/``successors`` links, once per cycle, at the
    link of its first agency (in registry order) that starts it."""
    by_code = {a.code: a for a in agencies}
    reported: set[frozenset[str]] = set()
    for i, agency in enumerate(agencies):
        links: list[tuple[Path, str]] = []
        if agency.merged_into:
            links.append((("agencies", i, "merged_into"), agency.merged_into))
        links += [(("agencies", i, "successors", j), code)
                  for j, code in enumerate(agency.successors)]
        for path, first in links:
            trail = _back_to(agency.code, first, by_code)
            if trail is None or frozenset(trail) in reported:
                continue
            reported.add(frozenset(trail))
            yield Finding("DK215", path, "check.successor_cycle",
                          {"code": agency.code, "cycle": " -> ".join(trail)})
            break


def _back_to(start: str, first: str, by_code: dict[str, Agency]) -> list[str] | None:
    """A trail of succession links from ``start`` through ``first`` back to ``start``; a walk
    over a stack, so a long chain cannot exhaust the interpreter's recursion."""
    stack: list[list[str]] = [[start, first]]
    seen: set[str] = set()
    while stack:
        trail = stack.pop()
        current = trail[-1]
        if current == start:
            return trail
        if current in seen or current not in by_code:
            continue
        seen.add(current)
        stack += [[*trail, nxt] for nxt in reversed(by_code[current].carried_by)]
    return None


def _references(registry: SharedRegistry) -> Iterator[tuple[Path, str]]:
    for i, agency in enumerate(registry.agencies):
        if agency.merged_into:
            yield ("agencies", i, "merged_into"), agency.merged_into
        for j, code in enumerate(agency.successors):
            yield ("agencies", i, "successors", j), code
    for i, group in enumerate(registry.groups):
        for j, code in enumerate(group.members):
            yield ("groups", i, "members", j), code


def check_registry(registry: SharedRegistry) -> list[Finding]:
    """What is wrong with ``registry`` by itself: DK201, DK204-DK206, DK209, DK215."""
    found: list[Finding] = []
    known = [*(a.code for a in registry.agencies), *(g.code for g in registry.groups)]
    for path, code in _references(registry):
        if code not in known:
            found.append(Finding("DK201", path, "check.unknown_agency",
                                 {"code": code, "hint": _hint(code, known)}))
    first: dict[str, Path] = {}
    entries = [*(("agencies", i, a.code, "agency") for i, a in enumerate(registry.agencies)),
               *(("groups", i, g.code, "group") for i, g in enumerate(registry.groups))]
    for section, i, code, kind in entries:
        if code in first:
            found.append(Finding("DK204", (section, i, "code"), "check.duplicate_id",
                                 {"kind": kind, "id": code}, related=first[code]))
        else:
            first[code] = (section, i, "code")
    # The version 1 group checks read only ``agencies`` and ``groups``, which a registry has.
    context = v1.Context(cast(Any, registry), Registry(registry))
    found += v1_groups.group_structure(context)
    found += v1_groups.ambiguous_names(context)
    found += successor_cycles(registry.agencies)
    return found
