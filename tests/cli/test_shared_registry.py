"""A repository whose plans share one registry of agencies (tests/shared-registry: 2023 in
format version 1, 2024 and 2026 in version 2, 2026 after the mergers of 2025), as a real git
repository: every command reads the registry with each plan, from wherever it runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from gitrepo import edit, git

FIXTURE = Path(__file__).resolve().parent.parent / "shared-registry"


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture repository, committed once, as the current folder."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "plans of 2023, 2024 and 2026 with their registry")
    monkeypatch.chdir(root)
    return root


def diagnostics(result: Any) -> list[tuple[str, int, str]]:
    return [(d["file"], d["line"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]]


# --- validate -------------------------------------------------------------------------------


def test_validate_checks_the_registry_once_and_every_plan_against_it(run: Any,
                                                                      shared: Path) -> None:
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "agencies.yaml: valid",
        "plans/2023.yaml: valid",
        "plans/2024.yaml: valid",
        "plans/2026.yaml: valid",
        "4 files checked: 0 errors, 0 warnings",
    ]


def test_without_the_registry_the_plans_name_unknown_agencies(run: Any, shared: Path) -> None:
    (shared / "agencies.yaml").unlink()
    result = run("validate", "plans/2026.yaml", "-f", "json")
    assert result.exit_code == 1
    assert diagnostics(result) == [("plans/2026.yaml", 3, "DK101")]
    assert json.loads(result.stdout)["diagnostics"][0]["message"] == (
        "missing required key 'agencies'")


def test_a_copy_that_differs_is_an_error_at_the_plans_line(run: Any, shared: Path) -> None:
    edit(shared / "plans" / "2024.yaml", "agencies:\n",
         "agencies:\n  - {code: STTTT, name: Sở Thông tin, kind: department}\n")
    result = run("validate", "plans/2024.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "agencies.yaml: valid",
        "plans/2024.yaml:26:25: DK213 [error] agency 'STTTT' differs from the shared registry "
        "(agencies.yaml:8) in name, short, valid_to, merged_into; drop it here or make the two "
        "the same",
        "2 files checked: 1 error, 0 warnings",
    ]
    vi = run("--lang", "vi", "validate", "-q", "plans/2024.yaml")
    assert vi.stdout == (
        "plans/2024.yaml:26:25: DK213 [lỗi] cơ quan 'STTTT' khác với danh mục dùng chung "
        "(agencies.yaml:8) ở name, short, valid_to, merged_into; bỏ mục này hoặc sửa cho hai bên "
        "giống nhau\n")


def test_the_plan_reads_its_own_entry_and_can_waive_the_difference(run: Any,
                                                                    shared: Path) -> None:
    plan = shared / "plans" / "2024.yaml"
    edit(plan, "  - {code: BQLDL,", "  - {code: BAOTN, name: Báo Thử Nghiệm điện tử, "
         "kind: local_press}\n  - {code: BQLDL,")
    edit(plan, "partners: [BCTW]\n", "partners: [BCTW]\nwaivers:\n  - {code: DK213, at: "
         "agency:BAOTN, reason: Tên báo in trên văn bản năm 2024.}\n")
    assert run("validate", "plans/2024.yaml").exit_code == 0
    listed = json.loads(run("agencies", "plans/2024.yaml", "-f", "json").stdout)
    baotn = next(a for a in listed["plans"][0]["agencies"] if a["code"] == "BAOTN")
    assert (baotn["name"], baotn["source"]) == ("Báo Thử Nghiệm điện tử", "plans/2024.yaml")


def test_a_word_for_word_copy_is_a_warning(run: Any, shared: Path) -> None:
    edit(shared / "plans" / "2024.yaml", "agencies:\n",
         "agencies:\n  - {code: TU, name: Tỉnh ủy Thử Nghiệm, kind: party}\n")
    result = run("validate", "-q", "plans/2024.yaml")
    assert result.exit_code == 0
    assert result.stdout == (
        "plans/2024.yaml:26:12: DK214 [warning] agency 'TU' repeats the shared registry's "
        "entry (agencies.yaml:7); drop the copy\n")
    assert run("validate", "--strict", "plans/2024.yaml").exit_code == 1


def test_the_registrys_own_problems_are_located_in_it(run: Any, shared: Path) -> None:
    registry = shared / "agencies.yaml"
    edit(registry, "merged_into: SKHCN", "merged_into: SKHCM")
    edit(registry, "  - {code: TU, name: Tỉnh ủy Thử Nghiệm, kind: party}",
         "  - {code: TU, name: Tỉnh ủy Thử Nghiệm, kind: party, colour: red}")
    result = run("validate", "-f", "json")
    assert result.exit_code == 1
    assert diagnostics(result) == [
        ("agencies.yaml", 7, "DK102"),
        ("plans/2023.yaml", 1, "DK216"),
        ("plans/2024.yaml", 1, "DK216"),
        ("plans/2026.yaml", 1, "DK216"),
    ]
    # Once the schema passes, the references are checked: an unknown successor.
    edit(registry, ", colour: red}", "}")
    result = run("validate", "-q")
    assert result.stdout.splitlines()[0] == (
        "agencies.yaml:13:18: DK201 [error] unknown agency or group 'SKHCM' (did you mean "
        "'SKHCN'?)")


def test_a_registry_that_does_not_parse_stops_every_command(run: Any, shared: Path) -> None:
    (shared / "agencies.yaml").write_text("dakplan-registry: 1\nagencies: [\n",
                                          encoding="utf-8")
    result = run("tasks", "--agency", "SKHCN")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("agencies.yaml:3:1: DK001 [error] YAML syntax error")
    assert lines[-1] == ("dakplan: agencies.yaml is not a valid registry of agencies (1 error); "
                         "see `dakplan validate agencies.yaml`")
    assert run("render", "plan", "plans/2026.yaml").exit_code == 1


def test_a_finding_about_a_registry_entry_is_located_in_the_registry(run: Any,
                                                                      shared: Path) -> None:
    # A group of the registry lists the Sở TT&TT; the 2026 plan gives the group a duty, after
    # the department ended: the line to edit is the registry's.
    edit(shared / "agencies.yaml", "groups:\n",
         "groups:\n  - {code: DAUMOI, name: Các đầu mối, members: [STTTT, SVHTTDL]}\n")
    edit(shared / "plans" / "2026.yaml", "lead: BCTW\n", "lead: DAUMOI\n")
    result = run("validate", "-q", "plans/2026.yaml")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "agencies.yaml:28:49: DK307 [warning] 'STTTT' no longer exists on 01/01/2026 (it ended "
        "on 28/02/2025); its duties are carried by SKHCN",
    ]


def test_a_registry_given_as_a_file_is_checked_once(run: Any, shared: Path) -> None:
    result = run("validate", "agencies.yaml", "plans")
    assert result.stdout.splitlines()[0] == "agencies.yaml: valid"
    assert result.stdout.splitlines()[-1] == "4 files checked: 0 errors, 0 warnings"


def test_a_registry_inside_the_plans_folder_is_not_a_plan(run: Any, shared: Path) -> None:
    (shared / "agencies.yaml").rename(shared / "plans" / "agencies.yaml")
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "plans/agencies.yaml: valid"
    assert result.stdout.splitlines()[-1] == "4 files checked: 0 errors, 0 warnings"


def test_the_configuration_names_the_registry(run: Any, shared: Path) -> None:
    (shared / "shared").mkdir()
    (shared / "agencies.yaml").rename(shared / "shared" / "registry.yaml")
    (shared / "dakplan.toml").write_text('registry = "shared/registry.yaml"\n', encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "shared/registry.yaml: valid"
    (shared / "shared" / "registry.yaml").unlink()
    missing = run("tasks")
    assert missing.exit_code == 2
    assert missing.stderr == ("dakplan: dakplan.toml:1: the registry shared/registry.yaml does "
                              "not exist\n")


# --- asking: tasks and agencies across the repository ----------------------------------------


def test_tasks_of_an_ended_agency_across_every_plan(run: Any, shared: Path) -> None:
    result = run("tasks", "--agency", "sở tt&tt", "--as-of", "2026-03-01", "-f", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["tasks"]
    assert sorted((r["plan"], r["id"]) for r in rows) == [
        ("plans/2023.yaml", "bctw-tin-bai"), ("plans/2023.yaml", "stttt-bao-cao"),
        ("plans/2023.yaml", "stttt-huong-dan"), ("plans/2024.yaml", "stttt-bao-cao"),
        ("plans/2024.yaml", "stttt-huong-dan")]
    text = run("tasks", "--agency", "Sở TT&TT", "--as-of", "2026-03-01")
    assert text.stdout.splitlines()[1] == (
        "STTTT (Sở Thông tin và Truyền thông) ended on 28/02/2025; on 01/03/2026 its duties are "
        "carried by SKHCN (Sở Khoa học và Công nghệ).")


def test_the_successor_carries_the_old_plans_duties(run: Any, shared: Path) -> None:
    result = run("tasks", "--agency", "Sở KH&CN", "--as-of", "2026-03-01", "-f", "json")
    rows = json.loads(result.stdout)["tasks"]
    assert sorted((r["plan"], r["id"], r["carried_from"]) for r in rows) == [
        ("plans/2023.yaml", "bctw-tin-bai", "STTTT"),
        ("plans/2023.yaml", "stttt-bao-cao", "STTTT"),
        ("plans/2023.yaml", "stttt-huong-dan", "STTTT"),
        ("plans/2024.yaml", "stttt-bao-cao", "STTTT"),
        ("plans/2024.yaml", "stttt-huong-dan", "STTTT"),
        ("plans/2026.yaml", "bctw-tin-bai", None),
        ("plans/2026.yaml", "skhcn-bao-cao", None),
        ("plans/2026.yaml", "skhcn-huong-dan", None)]


def test_agencies_says_where_each_entry_comes_from(run: Any, shared: Path) -> None:
    result = run("agencies", "plans/2024.yaml", "-f", "json")
    assert result.exit_code == 0
    [plan] = json.loads(result.stdout)["plans"]
    sources = {a["code"]: a["source"] for a in plan["agencies"]}
    assert sources["STTTT"] == "agencies.yaml"
    assert sources["BQLDL"] == "plans/2024.yaml"
    assert list(sources)[-1] == "BQLDL"  # the registry's entries first, then the plan's
    assert {g["source"] for g in plan["groups"]} == {"agencies.yaml"}
    table = run("agencies", "plans/2024.yaml").stdout.splitlines()
    assert table[1].split()[-1] == "Source"
    assert table[-1].split()[-1] == "agencies.yaml"


# --- a plan stays readable alone --------------------------------------------------------------


def test_render_reads_the_registry_from_anywhere(run: Any, shared: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    here = run("render", "agency", "plans/2026.yaml", "--agency", "SKHCN")
    assert here.exit_code == 0, here.output
    assert "Sở Khoa học và Công nghệ" in here.stdout
    monkeypatch.chdir(shared / "plans")
    assert run("render", "agency", "2026.yaml", "--agency", "SKHCN").stdout == here.stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    away = run("render", "plan", str(shared / "plans" / "2026.yaml"), "-o", "2026.md")
    assert away.exit_code == 0, away.output
    assert "Thông tin, tuyên truyền năm 2026" in (elsewhere / "2026.md").read_text("utf-8")


def test_a_plan_on_standard_input_reads_the_registry_of_the_current_folder(
        run: Any, shared: Path) -> None:
    text = (shared / "plans" / "2026.yaml").read_text(encoding="utf-8")
    result = run("render", "agency", "-", "--agency", "SKHCN", input=text)
    assert result.exit_code == 0, result.output
    assert result.stdout == run("render", "agency", "plans/2026.yaml", "--agency", "SKHCN").stdout


def test_new_drafts_without_copying_the_registry(run: Any, shared: Path) -> None:
    result = run("new", "2027", "--from", "plans/2023.yaml")
    assert result.exit_code == 0, result.output
    draft = (shared / "plans" / "2027.yaml").read_text(encoding="utf-8")
    lines = draft.splitlines()
    lead = lines.index("                      id: stttt-huong-dan") + 2  # the next line's number
    assert lines[lead - 1] == "                      lead: SKHCN"
    assert (f"  plans/2027.yaml:{lead}: stttt-huong-dan: lead STTTT → SKHCN"
            in result.stdout.splitlines())
    # a version 1 plan is drafted in version 2, and the registry's entries stay the registry's
    assert draft.startswith("# The 2023 media plan, in format version 1: its agencies are the "
                            "repository's (agencies.yaml).\ndakplan: 2\n")
    data = yaml.safe_load(draft)
    assert "agencies" not in data and "groups" not in data
    checked = run("validate", "plans/2027.yaml")
    assert checked.exit_code == 0, checked.output


def test_new_keeps_the_plans_own_entries(run: Any, shared: Path) -> None:
    edit(shared / "plans" / "2023.yaml", "themes:\n",
         "agencies:\n  # the plan's own\n  - {code: BQLDL, name: Ban Quản lý du lịch, "
         "kind: other}\nthemes:\n")
    result = run("new", "2027", "--from", "plans/2023.yaml", "-o", "-")
    assert result.exit_code == 0, result.stderr
    # its comment with it, through the conversion to version 2
    assert ("\nagencies:\n  # the plan's own\n  - code: BQLDL\n    name: Ban Quản lý du lịch\n"
            "    kind: other\n\n") in result.stdout
    assert yaml.safe_load(result.stdout)["agencies"] == [
        {"code": "BQLDL", "name": "Ban Quản lý du lịch", "kind": "other"}]


def test_diff_git_reads_the_registry_at_each_revision(run: Any, shared: Path) -> None:
    # The newspaper's code changes in the registry and in the plan in one commit: the old
    # plan reads only with the old registry, the new one only with the new.
    edit(shared / "agencies.yaml", "{code: BAOTN,", "{code: BAOTNM,")
    edit(shared / "plans" / "2023.yaml", "coordinate: [BAOTN]", "coordinate: [BAOTNM]")
    worktree = run("diff", "--git", "HEAD", "plans/2023.yaml")
    assert worktree.exit_code == 0, worktree.output
    git(shared, "commit", "-q", "-am", "the newspaper's new code")
    committed = run("diff", "--git", "HEAD~1..HEAD", "plans/2023.yaml")
    assert committed.exit_code == 0, committed.output
    assert committed.stdout.splitlines() == [
        "comparing HEAD~1 with HEAD",
        "plans/2023.yaml: 3 changes",
        "  agency BAOTNM: added",
        "  agency BAOTN: removed",
        "  task stttt-huong-dan: coordinating agencies: added BAOTNM; removed BAOTN",
        "1 file compared: 3 changes",
    ]
    assert worktree.stdout.splitlines()[1:] == committed.stdout.splitlines()[1:]


def test_diff_git_of_a_revision_before_the_registry(run: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # The plan carried its own registry; then the registry was shared and the copy dropped:
    # the plan says the same, so the diff finds nothing.
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    registry = yaml.safe_load((root / "agencies.yaml").read_text(encoding="utf-8"))
    plan = root / "plans" / "2023.yaml"
    own = plan.read_text(encoding="utf-8") + yaml.safe_dump(
        {"agencies": registry["agencies"], "groups": registry["groups"]}, allow_unicode=True)
    plan.write_text(own, encoding="utf-8")
    (root / "agencies.yaml").rename(tmp_path / "agencies.yaml")
    git(root, "init", "-q")
    git(root, "add", "plans/2023.yaml")
    git(root, "commit", "-q", "-m", "the plan with its own registry")
    (tmp_path / "agencies.yaml").rename(root / "agencies.yaml")
    plan.write_text((FIXTURE / "plans" / "2023.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    monkeypatch.chdir(root)
    result = run("diff", "--git", "HEAD", "plans/2023.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["plans/2023.yaml: no changes",
                                              "1 file compared: 0 changes"]


def test_calendar_remind_site_and_results_read_it(run: Any, shared: Path) -> None:
    calendar = run("calendar", "-o", "plans.ics")
    assert calendar.exit_code == 0, calendar.output
    assert "Sở Khoa học và Công nghệ" in (shared / "plans.ics").read_text(encoding="utf-8")
    remind = run("remind", "--agency", "SKHCN", "--as-of", "2026-03-01")
    assert remind.exit_code == 0, remind.output
    assert ("- **15/12/2023 (807 days overdue), lead, carried over from STTTT (Sở Thông tin và "
            "Truyền thông)**: Tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2023."
            in remind.stdout.splitlines())
    site = run("site", "-o", "site")
    assert site.exit_code == 0, site.output
    summary = run("results", "summary", "--plan", "plans/2026.yaml", "--as-of", "2026-06-30")
    assert summary.exit_code == 0, summary.output
    assert ("SKHCN (Sở Khoa học và Công nghệ): 3 duties: not reported 3; of these 0 past the "
            "deadline; on-time rate -" in summary.stdout.splitlines())


def test_migrate_writes_the_plans_own_entries_only(run: Any, shared: Path) -> None:
    result = run("migrate", "plans/2023.yaml", "-o", "plans/2023.v2.yaml")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((shared / "plans" / "2023.v2.yaml").read_text(encoding="utf-8"))
    assert "agencies" not in data and "groups" not in data
    assert data["partners"] == ["TTXVN", "VOV"]  # worked out with the registry's entries
    assert run("validate", "plans/2023.v2.yaml").exit_code == 0


def test_agency_completion_offers_the_registrys_codes(shared: Path) -> None:
    from types import SimpleNamespace

    from dakplan.cli.completion import candidates

    found = candidates("agency", SimpleNamespace(params={"plans": ["plans/2024.yaml"]}), "s")
    assert found == [("STTTT", "Sở Thông tin và Truyền thông"),
                     ("SKHCN", "Sở Khoa học và Công nghệ"),
                     ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
                     ("SBN", "Các sở, ban, ngành")]
    assert ("BQLDL", "Ban Quản lý các khu du lịch tỉnh") in candidates(
        "agency", SimpleNamespace(params={}), "b")
