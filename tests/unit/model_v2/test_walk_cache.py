"""A plan's walk, done once for the plans walked last (``model.v2.plan._walked``): the same
places every time, and nothing kept of a plan once it is let go."""

from __future__ import annotations

import gc

from conftest import PLAN_2020, ROOT
from dakplan.checks.v2.validate import validate_file
from dakplan.model.v2 import Plan
from dakplan.model.v2 import plan as module

FAMILY = sorted((ROOT / "tests" / "family").glob("*/plan.yaml"))


def load(path: object) -> Plan:
    report = validate_file(path)  # type: ignore[arg-type]
    assert report.plan is not None
    return report.plan


def test_a_walk_again_gives_the_same_places() -> None:
    plan = load(PLAN_2020)
    first = list(plan.walk())
    assert first and list(plan.walk()) == first
    assert [p.path for p in plan.duties()] == [p.path for p in first if p.kind == "duty"]


def test_a_plan_let_go_leaves_no_walk_behind() -> None:
    module._WALKS.clear()
    plan = load(PLAN_2020)
    list(plan.walk())
    assert len(module._WALKS) == 1
    del plan
    gc.collect()
    assert module._WALKS == {}


def test_only_the_last_few_plans_keep_their_walks() -> None:
    module._WALKS.clear()
    plans = [load(path) for path in FAMILY] + [load(PLAN_2020)]
    assert len(plans) > module._KEEP_WALKS
    walks = [list(p.walk()) for p in plans]
    assert len(module._WALKS) == module._KEEP_WALKS
    assert set(module._WALKS) == {id(p) for p in plans[-module._KEEP_WALKS:]}
    # A plan whose walk went is walked again, to the same places.
    assert [list(p.walk()) for p in plans] == walks
