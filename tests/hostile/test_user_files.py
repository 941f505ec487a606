"""Nothing validate does changes a user's file, valid or not, readable or not."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import PLAN_2020

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
            for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("source", [PLAN_2020, CORPUS / "duplicate-key.yaml",
                                    CORPUS / "tcvn3.yaml", CORPUS / "billion-laughs.yaml"],
                         ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_validate_leaves_the_plan_untouched(run, tmp_path, source, fmt) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(source, plans / source.name)
    old = 1_600_000_000_000_000_000  # an mtime in the past, so that a rewrite would show
    os.utime(plans / source.name, ns=(old, old))
    before = _state(plans)
    result = run("validate", str(plans / source.name), "--format", fmt)
    assert result.exit_code in (0, 1)
    result = run("validate", str(plans), "--strict", "--format", fmt)
    assert result.exit_code in (0, 1)
    assert _state(plans) == before
    assert (plans / source.name).stat().st_mtime_ns == old
