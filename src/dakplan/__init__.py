"""dakplan: keep a Vietnamese provincial plan ("Kế hoạch") as code."""

from __future__ import annotations

__version__ = "0.1.0"
