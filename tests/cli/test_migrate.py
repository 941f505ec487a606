"""`dakplan migrate`: a version 1 plan written in version 2, never over a file unless asked."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import PLAN_2020, PLAN_2020_V1, dump_plan, small_plan
from dakplan.checks.v2.validate import validate_file


def test_to_standard_output(run) -> None:
    result = run("migrate", str(PLAN_2020_V1))
    assert result.exit_code == 0, result.stderr
    assert yaml.safe_load(result.stdout) == yaml.safe_load(PLAN_2020.read_text(encoding="utf-8"))
    # its comments with it: plans/2020.yaml is this output (bar the v1 copy's own first lines)
    assert result.stdout.splitlines()[2:] == PLAN_2020.read_text(encoding="utf-8").splitlines()[2:]
    assert result.stderr == ""


def test_what_has_no_place_is_listed_on_standard_error(run, tmp_path: Path) -> None:
    data = small_plan()
    data["headings"] = {"funding": "KINH PHÍ"}
    plan = tmp_path / "plan.yaml"
    plan.write_text(dump_plan(data).replace("  funding: KINH PHÍ\n",
                                            "  funding: KINH PHÍ  # unused\n"), encoding="utf-8")
    result = run("migrate", str(plan))
    assert result.exit_code == 0, result.stderr
    line = plan.read_text(encoding="utf-8").splitlines().index("  funding: KINH PHÍ  # unused")
    assert result.stderr.splitlines() == [
        f"{plan}: not carried: headings.funding 'KINH PHÍ': the plan has no such section, so "
        "the heading has no place",
        f"{plan}: not carried: line {line + 1}: comment '# unused' is not carried (what it "
        "stands beside has no place in version 2)",
    ]
    assert "KINH PHÍ" not in result.stdout and "# unused" not in result.stdout


def test_to_a_new_file_which_validates(run, tmp_path: Path) -> None:
    out = tmp_path / "2020.yaml"
    result = run("migrate", str(PLAN_2020_V1), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert f"version 2 plan written to {out}" in result.stderr
    report = validate_file(out)
    assert report.version == 2 and report.plan is not None and report.errors == 0
    again = run("migrate", str(PLAN_2020_V1), "-o", str(out))
    assert again.exit_code == 2 and "exists" in again.stderr


def test_in_place_only_when_asked(run, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    original = PLAN_2020_V1.read_text(encoding="utf-8")
    plan.write_text(original, encoding="utf-8")
    assert run("migrate", str(plan)).exit_code == 0
    assert plan.read_text(encoding="utf-8") == original
    result = run("migrate", str(plan), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert plan.read_text(encoding="utf-8").count("\ndakplan: 2\n") == 1
    second = run("migrate", str(plan))
    assert second.exit_code == 0 and "already version 2" in second.stderr
    assert run("migrate", str(plan), "-o", str(tmp_path / "x.yaml"), "--in-place"
               ).exit_code == 2


def test_an_invalid_plan_is_refused_with_its_lines(run, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN_2020_V1.read_text(encoding="utf-8").replace("dakplan: 1",
                                                                     "dakplan: 1\nx: 1"),
                    encoding="utf-8")
    result = run("migrate", str(plan), "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 1
    assert f"{plan}:" in result.stderr and "DK102" in result.stderr
    assert not (tmp_path / "out.yaml").exists()
