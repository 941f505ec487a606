"""The benchmark's synthetic plans are valid plans, and the same seed gives the same files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT
from dakplan.diagnostics import Severity
from dakplan.model.v2 import due_dates
from dakplan.validate import load_plan, load_plan_v2, validate_any, validate_file


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_generated_plans_are_version_2_and_valid_with_no_findings(tmp_path: Path) -> None:
    paths = _generator().generate(tmp_path, plans=3, tasks=20, seed=11)
    assert [p.name for p in paths] == ["0001.yaml", "0002.yaml", "0003.yaml"]
    for path in paths:
        assert path.read_text(encoding="utf-8").startswith("dakplan: 2\n")
        report = validate_any(path)
        assert report.version == 2
        assert [e.diagnostic for e in report.entries] == [], path
        plan = load_plan_v2(path, "validate")
        duties = [duty for _, duty, _ in plan.located_duties()]
        assert len(duties) == 20
        document = plan.document
        for duty in duties:
            for day in due_dates(duty.timing, document.period):
                assert document.earliest_due <= day <= document.period.last_day
        assert plan.agencies and plan.groups


def test_version_1_is_the_same_plans_before_the_conversion(tmp_path: Path) -> None:
    paths = _generator().generate(tmp_path, plans=3, tasks=20, seed=11, version=1)
    for path in paths:
        assert path.read_text(encoding="utf-8").startswith("dakplan: 1\n")
        report = validate_file(path)
        assert report.diagnostics == [], path
        plan = load_plan(path)
        assert len(list(plan.tasks())) == 20
        period = plan.document.period
        for task in plan.tasks():
            if task.due is not None:
                assert period.first_day <= task.due <= period.last_day
        assert plan.document.recipients and plan.themes and plan.media is not None
        assert plan.groups and any(g.member_kinds for g in plan.groups)


def test_text_is_vietnamese_and_varied(tmp_path: Path) -> None:
    path = _generator().generate(tmp_path, plans=1, tasks=20, seed=11, version=1)[0]
    texts = [task.text for task in load_plan(path).tasks()]
    assert len(set(texts)) == len(texts)
    assert any(ch in "".join(texts) for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def test_same_seed_same_bytes_other_seed_other_plans(tmp_path: Path) -> None:
    generate = _generator().generate
    first = generate(tmp_path / "a", plans=2, tasks=20, seed=5)
    again = generate(tmp_path / "b", plans=2, tasks=20, seed=5)
    other = generate(tmp_path / "c", plans=2, tasks=20, seed=6)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert first[0].read_bytes() != other[0].read_bytes()


def test_the_validator_finds_a_broken_generated_plan(tmp_path: Path) -> None:
    """The check above can fail: an unknown lead in a generated plan is reported."""
    path = _generator().generate(tmp_path, plans=1, tasks=20, seed=11, version=1)[0]
    text = path.read_text(encoding="utf-8").replace("lead: BCTW", "lead: NOBODY", 1)
    path.write_text(text, encoding="utf-8")
    codes = {d.code for d in validate_file(path).diagnostics if d.severity is Severity.ERROR}
    assert codes == {"DK201"}
