"""What a check returns, and the registry of checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dakplan.diagnostics import Finding
from dakplan.diagnostics.codes import CATALOGUE
from dakplan.model import Plan
from dakplan.query.registry import Registry


@dataclass
class Context:
    plan: Plan
    registry: Registry


Check = Callable[[Context], Iterator[Finding]]
CHECKS: list[tuple[str, Check]] = []


def check(*codes: str) -> Callable[[Check], Check]:
    """Register a check; it may report only the codes it names (all catalogued)."""
    unknown = [code for code in codes if code not in CATALOGUE]
    if unknown:
        raise ValueError(f"a check reports codes that are not catalogued: {', '.join(unknown)}")

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
