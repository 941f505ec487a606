"""``dakplan new`` gives the duties of agencies that no longer exist to their successors and says
what it did (issue 8 joined to issue 5)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import small_plan
from dakplan.checks.v2.validate import validate_file
from dakplan.io.yaml_dump import dump_yaml


def _source() -> dict[str, Any]:
    """A 2030 plan: SVH ends with the year and is merged into SVHDL; SYT ends too and is split
    between SYTA and SYTB, which take over on 1 January 2031."""
    data = small_plan()
    agencies = {a["code"]: a for a in data["agencies"]}
    agencies["SVH"].update(valid_to="2030-12-31", merged_into="SVHDL")
    agencies["SYT"].update(valid_to="2030-12-31", successors=["SYTA", "SYTB"])
    data["agencies"] += [
        {"code": "SVHDL", "name": "Sở Văn hóa và Du lịch", "kind": "department"},
        {"code": "SYTA", "name": "Sở Y tế A", "kind": "department", "valid_from": "2031-01-01"},
        {"code": "SYTB", "name": "Sở Y tế B", "kind": "department", "valid_from": "2031-01-01"},
    ]
    data["groups"].append({"code": "DAUMOI", "name": "Các đầu mối", "members": ["SVH", "DAIA"]})
    data["reporting"].append({"id": "syt-bao-cao", "lead": "SYT", "coordinate": ["SVH"],
                              "text": "Báo cáo y tế.", "timing": {"type": "throughout"}})
    return data


def _source_text() -> str:
    """The source as a person writes it (lists of codes inline), which the draft keeps."""
    return re.sub(r"'(\d{4}-\d{2}-\d{2})'", r"\1", dump_yaml(_source()))


def _line(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_duties_go_to_the_successor_and_a_split_lead_is_left_to_choose(
        run: Any, write_plan: Any, tmp_path: Path) -> None:
    source = write_plan(_source_text(), "2030.yaml")
    out = tmp_path / "2031.yaml"
    result = run("new", "2031", "--from", str(source), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    plan = validate_file(out).plan
    assert plan is not None
    tasks = {duty.id: duty for _, duty, _ in plan.located_duties()}
    assert (tasks["svh-phim"].lead, tasks["svh-phim"].coordinate) == ("SVHDL", ["PRESS"])
    assert tasks["svh-thuong-xuyen"].lead == "SVHDL"
    assert tasks["press-bao-cao"].coordinate == ["SVHDL"]
    assert tasks["syt-bao-cao"].lead == "SYT"  # several successors: nobody can tell who leads
    assert tasks["syt-bao-cao"].coordinate == ["SVHDL"]
    assert {g.code: g.members for g in plan.groups}["DAUMOI"] == ["SVHDL", "DAIA"]

    lead = _line(out, "lead: SVHDL")
    lines = result.stdout.splitlines()
    start = lines.index("duties of agencies that no longer exist on 01/01/2031, given to the "
                        "agencies that carry them:")
    members = _line(out, "members: [SVHDL, DAIA]")
    assert lines[start + 1:start + 7] == [
        f"  {out}:{members}: group:DAUMOI: member SVH → SVHDL",
        f"  {out}:{lead}: svh-phim: lead SVH → SVHDL",
        f"  {out}:{_line(out, 'id: svh-thuong-xuyen') + 1}: svh-thuong-xuyen: lead SVH → SVHDL",
        f"  {out}:{_line(out, 'coordinate: [SVHDL]')}: press-bao-cao: coordinating SVH → SVHDL",
        f"  {out}:{_line(out, 'lead: SYT')+ 1}: syt-bao-cao: coordinating SVH → SVHDL",
        "1 duty of agencies that no longer exist, left as it was; choose who carries "
        "it:",
    ]
    assert lines[start + 7] == (
        f"  {out}:{_line(out, 'lead: SYT')}: syt-bao-cao: lead SYT: 'SYT' was succeeded by "
        "several agencies (SYTA, SYTB); choose the one that leads")


def test_json_report_lists_mapped_and_undecided(run: Any, write_plan: Any,
                                                tmp_path: Path) -> None:
    source = write_plan(_source_text(), "2030.yaml")
    out = tmp_path / "2031.yaml"
    result = run("new", "2031", "--from", str(source), "-o", str(out), "-f", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(m["where"], m["role"], m["old"], m["new"]) for m in report["mapped"]] == [
        ("group:DAUMOI", "member", "SVH", ["SVHDL"]),
        ("svh-phim", "lead", "SVH", ["SVHDL"]),
        ("svh-thuong-xuyen", "lead", "SVH", ["SVHDL"]),
        ("press-bao-cao", "coordinate", "SVH", ["SVHDL"]),
        ("syt-bao-cao", "coordinate", "SVH", ["SVHDL"]),
    ]
    assert report["mapped"][1]["note"] == (
        "SVH (Sở Văn hóa, Thể thao và Du lịch) ended on 31/12/2030; on 01/01/2031 its duties are "
        "carried by SVHDL (Sở Văn hóa và Du lịch).")
    assert report["undecided"] == [{
        "line": _line(out, "lead: SYT"), "where": "syt-bao-cao", "role": "lead", "old": "SYT",
        "new": [], "note": "'SYT' was succeeded by several agencies (SYTA, SYTB); choose the one "
        "that leads"}]


def test_a_coordinating_agency_split_in_two_passes_to_both(run: Any, write_plan: Any,
                                                          tmp_path: Path) -> None:
    data = _source()
    data["reporting"][-1].update(lead="SVH", coordinate=["SYT"])
    out = tmp_path / "2031.yaml"
    result = run("new", "2031", "--from", str(write_plan(data, "2030.yaml")), "-o", str(out),
                 "-f", "json")
    mapped = json.loads(result.stdout)["mapped"]
    assert ("syt-bao-cao", "coordinate", "SYT", ["SYTA", "SYTB"]) in [
        (m["where"], m["role"], m["old"], m["new"]) for m in mapped]
    assert json.loads(result.stdout)["undecided"] == []


def test_a_plan_whose_agencies_all_exist_is_drafted_as_before(run: Any, write_plan: Any,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "2031.yaml"
    result = run("new", "2031", "--from", str(write_plan(small_plan(), "2030.yaml")),
                 "-o", str(out))
    assert result.exit_code == 0
    assert "no longer exist" not in result.stdout
    assert "reporting" in out.read_text(encoding="utf-8")
