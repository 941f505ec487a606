"""What a check returns, and the registry of checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dakplan.diagnostics import CATALOGUE, Severity
from dakplan.model import Plan
from dakplan.registry import Registry

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem at a path in the document; the line is looked up only when it is reported."""

    code: str
    path: Path
    message: str
    key: bool = False
    """Point at the key at ``path`` rather than at its value (an unknown key)."""
    severity: Severity | None = None
    related: Path | None = None
    """A second place the message names as ``{first}`` (the first of two duplicates)."""


@dataclass
class Context:
    plan: Plan
    registry: Registry


Check = Callable[[Context], Iterator[Finding]]
CHECKS: list[tuple[str, Check]] = []


def check(*codes: str) -> Callable[[Check], Check]:
    """Register a check; it may report only the codes it names (all catalogued)."""
    for code in codes:
        assert code in CATALOGUE, code

    def register(func: Check) -> Check:
        CHECKS.append((",".join(codes), func))
        return func

    return register


def run_checks(plan: Plan) -> list[Finding]:
    context = Context(plan, Registry(plan))
    found: list[Finding] = []
    for _, func in CHECKS:
        found.extend(func(context))
    return found
