"""Checks beyond the schema. Each module registers its checks on import."""

from __future__ import annotations

from dakplan.checks import dates, groups, lifetimes, references  # noqa: F401  (registration)
from dakplan.checks.base import CHECKS, Context, run_checks
from dakplan.diagnostics import Finding

__all__ = ["CHECKS", "Context", "Finding", "run_checks"]
