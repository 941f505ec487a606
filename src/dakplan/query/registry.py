"""The agency registry of a plan: codes, groups and who belongs to which group."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Protocol

from dakplan.i18n.vn import match_key
from dakplan.model import Agency, Group


def index_names(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """match_key(name) -> the codes that answer to it, each once, in the order first named
    (more than one code means the name is ambiguous)."""
    index: dict[str, list[str]] = {}
    for code, name in pairs:
        codes = index.setdefault(match_key(name), [])
        if code not in codes:
            codes.append(code)
    return index


class Registered(Protocol):
    """What a registry is built from: a plan of either version."""

    @property
    def agencies(self) -> Sequence[Agency]: ...

    @property
    def groups(self) -> Sequence[Group]: ...


class Registry:
    """Agencies and groups of one plan, with group membership worked out once."""

    def __init__(self, plan: Registered) -> None:
        self.plan = plan
        self.agencies: dict[str, Agency] = {a.code: a for a in plan.agencies}
        self.groups: dict[str, Group] = {g.code: g for g in plan.groups}
        self._within: dict[str, frozenset[str]] = {}

    def __contains__(self, code: str) -> bool:
        return code in self.agencies or code in self.groups

    def name(self, code: str) -> str:
        entry = self.agencies.get(code) or self.groups.get(code)
        return entry.name if entry is not None else code

    def members(self, code: str) -> set[str]:
        """The agency codes a code stands for: itself for an agency, every member for a group."""
        if code in self.agencies:
            return {code}
        return set(self._closure.get(code, ()))

    def groups_of(self, agency: str) -> list[str]:
        """The groups an agency belongs to, directly or through other groups, in plan order."""
        return [g.code for g in self.plan.groups if agency in self._closure.get(g.code, ())]

    def cycle(self, code: str) -> list[str] | None:
        """A membership cycle through group ``code``, or None."""

        def walk(current: str, trail: list[str]) -> list[str] | None:
            group = self.groups.get(current)
            if group is None:
                return None
            for member in group.members:
                if member == code:
                    return [*trail, member]
                if member in self.groups and member not in trail:
                    found = walk(member, [*trail, member])
                    if found:
                        return found
            return None

        return walk(code, [code])

    def within(self, code: str) -> frozenset[str]:
        """Every code listed inside group ``code``, however deep: its members, their members,
        and so on (agencies, groups, and codes the registry does not know). The one walk over
        membership; a cycle ends where it closes."""
        found = self._within.get(code)
        if found is None:
            seen: set[str] = set()
            stack = list(self.groups[code].members) if code in self.groups else []
            while stack:
                current = stack.pop()
                if current in seen:
                    continue
                seen.add(current)
                if current in self.groups:
                    stack.extend(self.groups[current].members)
            found = self._within[code] = frozenset(seen)
        return found

    def containing(self, code: str) -> list[str]:
        """The groups that take in ``code`` (an agency or a group), however deep, in plan order;
        an agency is also in the groups that take members of its kind."""
        if code in self.agencies:
            return self.groups_of(code)
        return [g.code for g in self.plan.groups if code in self.within(g.code)]

    def has_kind_rule(self, code: str) -> bool:
        """Whether a group, or a group inside it, takes members by kind ("all districts")."""
        if code not in self.groups:
            return False
        return any(self.groups[c].member_kinds for c in (code, *self.within(code))
                   if c in self.groups)

    @cached_property
    def _closure(self) -> dict[str, frozenset[str]]:
        by_kind: dict[str, list[str]] = {}
        for agency in self.plan.agencies:
            by_kind.setdefault(str(agency.kind), []).append(agency.code)
        closure: dict[str, frozenset[str]] = {}
        for group in self.plan.groups:
            found: set[str] = set()
            for current in (group.code, *self.within(group.code)):
                if current in self.agencies:
                    found.add(current)
                elif current in self.groups:
                    for kind in self.groups[current].member_kinds:
                        found.update(by_kind.get(str(kind), ()))
            closure[group.code] = frozenset(found)
        return closure

    def names(self) -> Iterable[tuple[str, str]]:
        """Every (code, name) pair people may type: codes, names, short names, aliases."""
        entries: list[Agency | Group] = [*self.plan.agencies, *self.plan.groups]
        for entry in entries:
            for name in entry.names:
                yield entry.code, name

    @cached_property
    def name_index(self) -> dict[str, list[str]]:
        """match_key(name) -> codes that answer to it (more than one means ambiguous)."""
        return index_names(self.names())
