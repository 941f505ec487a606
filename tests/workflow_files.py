"""GitHub's YAML files (workflows, action.yml) read as GitHub reads them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dakplan.io.yaml_load import PlanLoader


def load_yaml(path: Path) -> Any:
    """YAML 1.2, as GitHub reads it: `on` is a key, not true."""
    loader = PlanLoader(path.read_text(encoding="utf-8"), str(path))
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.problems == []
    return data
