"""Checks of version 2 plans. Each module registers its checks on import; ``validate``
reads a file of either version and applies waivers."""

from __future__ import annotations

from dakplan.checks.v2 import dates, numbers, references, structure, text  # noqa: F401
from dakplan.checks.v2.base import CHECKS, STRUCTURAL_CODES, Context, run_checks, structural

__all__ = ["CHECKS", "STRUCTURAL_CODES", "Context", "run_checks", "structural"]
