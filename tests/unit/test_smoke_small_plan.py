from conftest import dump_plan, small_plan
from dakplan.io.read import Source
from dakplan.validate import validate_source


def test_small_plan_is_valid() -> None:
    report = validate_source(Source("small.yaml", dump_plan(small_plan())))
    assert report.diagnostics == []
    assert report.plan is not None
    assert [t.id for t in report.plan.tasks()] == [
        "svh-phim", "svh-thuong-xuyen", "depts-phoi-hop", "press-bao-cao"]
