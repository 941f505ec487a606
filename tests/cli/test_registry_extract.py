"""`dakplan registry extract`: the shared registry built from the copies the plans of a
repository carry (tests/shared-registry, before it had a registry), the fields they disagree on
listed, and, asked for, the copies that agree taken out of the plans with their comments kept."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from gitrepo import edit, git

FIXTURE = Path(__file__).resolve().parent.parent / "shared-registry"

OLD_2023 = """\
agencies:
  # the committee that issues the plan
  - {code: UBND, name: Ủy ban nhân dân tỉnh Thử Nghiệm, short: [UBND tỉnh], kind: people_committee}
  - {code: TU, name: Tỉnh ủy Thử Nghiệm, kind: party}
  - {code: STTTT, name: Sở Thông tin và Truyền thông, short: [Sở TT&TT], kind: department}
  - {code: SVHTTDL, name: "Sở Văn hóa, Thể thao và Du lịch", short: [Sở VH-TT-DL],
     kind: department}  # as the 2023 plan printed it
  - {code: BAOTN, name: Báo Thử Nghiệm, kind: local_press}
  - {code: TTXVN, name: Thông tấn xã Việt Nam, kind: central_press}
  - {code: VOV, name: Đài Tiếng nói Việt Nam, kind: central_press}
  - {code: HUYENA, name: Ủy ban nhân dân huyện A, kind: district}
  - {code: HUYENB, name: Ủy ban nhân dân huyện B, kind: district}
groups:
  - {code: BCTW, name: Các cơ quan báo chí Trung ương, members: [TTXVN, VOV]}
  - {code: SBN, name: "Các sở, ban, ngành", member_kinds: [department]}
  - {code: HUYEN, name: "UBND các huyện, thị xã, thành phố", member_kinds: [district]}
"""


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture repository as it was before the registry: each plan with its own copy (the
    2023 one without the mergers it could not know, and a short name of its own; the 2026 one
    with the registry's entries as they are now), committed, as the current folder."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    registry = yaml.safe_load((root / "agencies.yaml").read_text(encoding="utf-8"))
    (root / "agencies.yaml").unlink()
    edit(root / "plans" / "2023.yaml", "themes:\n", OLD_2023 + "themes:\n")
    entries = {a["code"]: a for a in registry["agencies"]}
    groups = {g["code"]: g for g in registry["groups"]}
    edit(root / "plans" / "2024.yaml", "agencies:\n", "agencies:\n" + _flow(
        [entries[c] for c in ("UBND", "TU", "STTTT", "SVHTTDL", "BAOTN", "TTXVN", "VOV",
                              "HUYENA", "HUYENB")]))
    edit(root / "plans" / "2024.yaml", "partners:", "groups:\n" + _flow(
        [groups[c] for c in ("BCTW", "SBN", "HUYEN")]) + "partners:")
    edit(root / "plans" / "2026.yaml", "partners:", "agencies:\n" + _flow(
        registry["agencies"]) + "groups:\n" + _flow(registry["groups"]) + "partners:")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "every plan with its own registry")
    monkeypatch.chdir(root)
    return root


def _flow(entries: list[dict[str, Any]]) -> str:
    return "".join("  - " + yaml.safe_dump(e, allow_unicode=True, default_flow_style=True,
                                            width=1000) for e in entries)


def test_the_registry_goes_to_standard_output(run: Any, copies: Path) -> None:
    result = run("registry", "extract")
    assert result.exit_code == 1  # the plans disagree on a field
    registry = yaml.safe_load(result.stdout)
    assert registry["dakplan-registry"] == 1
    codes = [a["code"] for a in registry["agencies"]]
    assert codes[:9] == ["UBND", "TU", "STTTT", "SVHTTDL", "BAOTN", "TTXVN", "VOV", "HUYENA",
                         "HUYENB"]
    assert set(codes) == {"UBND", "TU", "STTTT", "SKHCN", "SVHTTDL", "TTXVN", "VOV", "BAOTN",
                          "HUYENA", "HUYENB", "XAA1", "XAA2", "XAB", "BQLDL"}
    stttt = next(a for a in registry["agencies"] if a["code"] == "STTTT")
    assert (str(stttt["valid_to"]), stttt["merged_into"]) == ("2025-02-28", "SKHCN")
    svh = next(a for a in registry["agencies"] if a["code"] == "SVHTTDL")
    assert svh["short"] == ["Sở VHTTDL"]
    assert result.stderr.splitlines() == [
        "registry built from 3 plans: 14 agencies, 4 groups",
        "1 field disagrees between plans; the registry takes the later value:",
        "  agency SVHTTDL, short: plans/2023.yaml:22 [Sở VH-TT-DL] ≠ plans/2026.yaml:30 "
        "[Sở VHTTDL]",
        "plans/2023.yaml: 11 copies of the registry (--drop-from-plans removes those that agree "
        "with it)",
        "plans/2023.yaml: 1 copy kept, it differs from the registry (dakplan validate: DK213): "
        "SVHTTDL",
        "plans/2024.yaml: 13 copies of the registry (--drop-from-plans removes those that agree "
        "with it)",
        "plans/2026.yaml: 17 copies of the registry (--drop-from-plans removes those that agree "
        "with it)",
    ]
    assert run("registry", "extract", "-o", "-").stdout == result.stdout


def test_the_same_plans_give_the_same_bytes(run: Any, copies: Path) -> None:
    assert run("registry", "extract").stdout == run("registry", "extract", "plans").stdout


def test_drop_from_plans_takes_out_the_agreeing_copies(run: Any, copies: Path) -> None:
    result = run("registry", "extract", "plans", "-o", "agencies.yaml", "--drop-from-plans",
                 "-f", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["output"] == "agencies.yaml"
    assert [(p["file"], len(p["dropped"]), p["kept"]) for p in report["plans"]] == [
        ("plans/2023.yaml", 11, ["SVHTTDL"]), ("plans/2024.yaml", 13, []),
        ("plans/2026.yaml", 17, [])]
    assert report["disagreements"] == [{
        "kind": "agency", "code": "SVHTTDL", "field": "short", "plan": "plans/2023.yaml",
        "line": 22, "value": ["Sở VH-TT-DL"], "kept_plan": "plans/2026.yaml", "kept_line": 30,
        "kept_value": ["Sở VHTTDL"]}]
    assert report["plans"][0]["dropped_comments"] == [
        {"line": 18, "comment": "# the committee that issues the plan"}]
    plan = (copies / "plans" / "2023.yaml").read_text(encoding="utf-8")
    assert plan.startswith("# The 2023 media plan, in format version 1")
    assert ("agencies:\n  - {code: SVHTTDL, name: \"Sở Văn hóa, Thể thao và Du lịch\", short: "
            "[Sở VH-TT-DL],\n     kind: department}  # as the 2023 plan printed it\n"
            "themes:\n") in plan
    assert "groups:" not in plan
    assert (copies / "plans" / "2026.yaml").read_text(encoding="utf-8") == (
        FIXTURE / "plans" / "2026.yaml").read_text(encoding="utf-8")
    # The one copy left says so where it stands, and the plans read as they did.
    checked = run("validate", "-q")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines() == [
        "plans/2023.yaml:18:69: DK213 [error] agency 'SVHTTDL' differs from the shared registry "
        "(agencies.yaml:20) in short; drop it here or make the two the same"]
    tasks = run("tasks", "--agency", "Sở KH&CN", "--as-of", "2026-03-01")
    assert tasks.exit_code == 0 and "8 tasks" in tasks.stdout.splitlines()[0]


def test_the_plans_say_the_same_once_their_copies_are_shared(run: Any, copies: Path) -> None:
    edit(copies / "plans" / "2023.yaml", "short: [Sở VH-TT-DL]", "short: [Sở VHTTDL]")
    git(copies, "commit", "-q", "-am", "the department's short name as the others write it")
    result = run("registry", "extract", "-o", "agencies.yaml", "--drop-from-plans")
    assert result.exit_code == 0, result.output
    assert run("validate").exit_code == 0
    git(copies, "add", ".")
    git(copies, "commit", "-q", "-m", "one registry for the plans")
    diff = run("diff", "--git", "HEAD~1..HEAD", "plans/2023.yaml")
    assert diff.exit_code == 0, diff.output
    # What the 2023 plan could not know, it now reads from the registry: the mergers, and
    # the agencies the other plans brought.
    assert diff.stdout.splitlines() == [
        "comparing HEAD~1 with HEAD",
        "plans/2023.yaml: 12 changes",
        "  agency STTTT: valid_to: (empty) → 2025-02-28",
        "  agency STTTT: merged_into: (empty) → SKHCN",
        "  agency HUYENA: valid_to: (empty) → 2025-06-30",
        "  agency HUYENA: successors: added XAA1, XAA2",
        "  agency HUYENB: valid_to: (empty) → 2025-06-30",
        "  agency HUYENB: merged_into: (empty) → XAB",
        "  agency BQLDL: added",
        "  agency SKHCN: added",
        "  agency XAA1: added",
        "  agency XAA2: added",
        "  agency XAB: added",
        "  group XA: added",
        "1 file compared: 12 changes",
    ]


def test_an_existing_registry_is_never_replaced(run: Any, copies: Path) -> None:
    (copies / "agencies.yaml").write_text("dakplan-registry: 1\n", encoding="utf-8")
    before = (copies / "plans" / "2023.yaml").read_bytes()
    result = run("registry", "extract", "-o", "agencies.yaml", "--drop-from-plans")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: agencies.yaml exists; registry extract writes a new "
                             "file only\n")
    assert (copies / "agencies.yaml").read_text(encoding="utf-8") == "dakplan-registry: 1\n"
    assert (copies / "plans" / "2023.yaml").read_bytes() == before


def test_the_plans_must_read_the_registry_written(run: Any, copies: Path) -> None:
    (copies / "shared").mkdir()
    result = run("registry", "extract", "-o", "shared/agencies.yaml", "--drop-from-plans")
    assert result.exit_code == 2
    assert result.stderr.startswith("dakplan: plans/2023.yaml would not read "
                                    "shared/agencies.yaml")
    assert not (copies / "shared" / "agencies.yaml").exists()
    assert git(copies, "status", "--porcelain") == ""
    # Without dropping, the registry may go anywhere.
    assert run("registry", "extract", "-o", "shared/agencies.yaml").exit_code == 1
    assert (copies / "shared" / "agencies.yaml").exists()


def test_drop_needs_a_file_to_write(run: Any, copies: Path) -> None:
    result = run("registry", "extract", "--drop-from-plans")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: --drop-from-plans needs -o FILE: the registry the plans "
                             "will read\n")
    assert run("registry", "extract", "-o", "agencies.json").exit_code == 2
    assert run("registry", "import").exit_code == 2


def test_an_entry_that_cannot_be_read_stops_it(run: Any, copies: Path) -> None:
    edit(copies / "plans" / "2024.yaml", "{code: BQLDL, name: Ban Quản lý các khu du lịch "
         "tỉnh, kind: other}", "{code: BQLDL, name: Ban Quản lý các khu du lịch tỉnh, "
         "kind: board}")
    result = run("registry", "extract", "-o", "agencies.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith("plans/2024.yaml:35:65:")
    assert " DK104 [error] " in result.stderr.splitlines()[0]
    assert not (copies / "agencies.yaml").exists()
