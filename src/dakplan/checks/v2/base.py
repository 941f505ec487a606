"""The checks of version 2 plans: their registry, what a finding is about, which codes are
structural."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

from dakplan.checks import base as v1
from dakplan.diagnostics import Finding, Path
from dakplan.diagnostics.codes import CATALOGUE
from dakplan.model.v2 import Clause, Duty, MediaUse, Place, Plan, Section, Theme
from dakplan.query.registry import Registry


@dataclass(frozen=True, slots=True)
class TextFinding(Finding):
    """A finding about a stretch of a text: located at the line and column of ``offset``
    characters into the text at ``path``."""

    offset: int = 0


STRUCTURAL_CODES = frozenset(
    {"DK201", "DK202", "DK204", "DK205", "DK206", "DK207", "DK210", "DK211", "DK215", "DK216",
     "DK401"}
)
"""Findings after which the plan cannot be built or its duties not assigned (besides every
DK0xx and DK1xx): they block every command and cannot be waived."""

UNWAIVABLE = STRUCTURAL_CODES | {"DK402"}


def structural(code: str) -> bool:
    return code[:3] in ("DK0", "DK1") or code in STRUCTURAL_CODES


@dataclass
class Context:
    plan: Plan

    @cached_property
    def registry(self) -> Registry:
        # The registry reads only ``agencies`` and ``groups``, which version 2 keeps as they were.
        return Registry(self.plan)

    @cached_property
    def v1(self) -> v1.Context:
        """A version 1 context over this plan, for the version 1 checks that read only the
        parts version 2 did not change (the registry, the bases' periods)."""
        return v1.Context(cast(Any, self.plan), self.registry)

    # The checks read the body through these, walked once: walking it costs more than most
    # checks do (about 10 ms a plan of 300 tasks, and a check would walk it again for each).
    @cached_property
    def places(self) -> list[Place]:
        """``plan.walk()``: every section, block and list item, in document order."""
        return list(self.plan.walk())

    @cached_property
    def duties(self) -> list[tuple[Path, Duty, str | None]]:
        """``plan.located_duties()``."""
        return [(place.path, place.thing, place.label) for place in self.places
                if place.kind == "duty" and isinstance(place.thing, Duty)]

    @cached_property
    def themes(self) -> list[tuple[Path, Theme]]:
        """``plan.themes()``."""
        return [(place.path, place.thing) for place in self.places
                if isinstance(place.thing, Theme)]

    @cached_property
    def media_uses(self) -> list[tuple[Path, MediaUse]]:
        """``plan.media_uses()``."""
        return [(place.path, place.thing) for place in self.places
                if isinstance(place.thing, MediaUse)]


Check = Callable[[Context], Iterator[Finding]]
CHECKS: list[tuple[str, Check]] = []


def check(*codes: str) -> Callable[[Check], Check]:
    """Register a version 2 check; it may report only the codes it names (all catalogued)."""
    for code in codes:
        assert code in CATALOGUE, code

    def register(func: Check) -> Check:
        CHECKS.append((",".join(codes), func))
        return func

    return register


def run_checks(plan: Plan) -> list[Finding]:
    context = Context(plan)
    found: list[Finding] = []
    for _, func in CHECKS:
        found.extend(func(context))
    return found


_TOP = {"bases": "basis", "agencies": "agency", "groups": "group", "media_formats": "media"}


def subject_of(plan: Plan, path: Path) -> str:
    """What a finding at ``path`` is about, as a waiver names it: ``document``,
    ``document.FIELD``, ``basis:ID``, ``duty:ID``, ``theme:ID``, ``clause:ID``,
    ``section:ID``, ``agency:CODE``, ``group:CODE``, ``media:CODE``. A paragraph or list
    item has the subject of its section (one with an id), else ``document``."""
    if not path:
        return "document"
    head = path[0]
    if head == "document":
        return f"document.{path[1]}" if len(path) > 1 and isinstance(path[1], str) else "document"
    if head in _TOP and len(path) > 1 and isinstance(path[1], int):
        entries: list[Any] = getattr(plan, str(head))
        if 0 <= path[1] < len(entries):
            entry = entries[path[1]]
            return f"{_TOP[head]}:{getattr(entry, 'id', None) or entry.code}"
    if head != "body":
        return "document"
    found = "document"
    node: Any = plan
    for step in path:
        try:
            node = node[step] if isinstance(step, int) else getattr(node, step)
        except (AttributeError, IndexError, TypeError):
            break
        if isinstance(node, Duty):
            found = f"duty:{node.id}"
        elif isinstance(node, Theme):
            found = f"theme:{node.id}"
        elif isinstance(node, Clause):
            found = f"clause:{node.id}"
        elif isinstance(node, Section) and node.id is not None:
            found = f"section:{node.id}"
    return found
