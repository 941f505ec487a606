"""`dakplan diff`: changes in plan terms, between files and against real git revisions.

The small plan here is version 1 data, read through the conversion: each test's edit is made
as version 1 writes it, the changes reported are version 2's (tests/cli/test_diff_v2.py edits
version 2 plans)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, dump_plan, small_plan
from dakplan.changes import Change, diff_plans, word_diff
from dakplan.checks.v2.validate import validate_source
from dakplan.io.read import Source
from dakplan.model.v2 import Plan
from gitrepo import DEADLINE, DEADLINE_CHANGES, REASSIGN


def plan(data: dict[str, Any]) -> Plan:
    report = validate_source(Source("x.yaml", dump_plan(data)))
    assert report.plan is not None, report.entries
    return report.plan


def changes(edit: Any) -> list[Change]:
    old = small_plan()
    new = small_plan()
    edit(new)
    return diff_plans(plan(old), plan(new))


def task(data: dict[str, Any], task_id: str) -> dict[str, Any]:
    for part in data["implementation"]:
        for item in part["tasks"]:
            if item["id"] == task_id:
                return item  # type: ignore[no-any-return]
    return next(t for t in data["reporting"] if t["id"] == task_id)  # type: ignore[no-any-return]


def test_same_plan_has_no_changes() -> None:
    assert diff_plans(plan(small_plan()), plan(small_plan())) == []


def test_deadline_moved_by_signed_days() -> None:
    found = changes(lambda d: task(d, "svh-phim")["timing"].update(date="2030-06-25"))
    assert found == [Change("task.deadline_moved", "svh-phim", old="2030-06-30",
                            new="2030-06-25", days=-5)]


def test_reassigned_and_coordination_changed() -> None:
    def edit(d: dict[str, Any]) -> None:
        task(d, "svh-phim").update(lead="SYT", coordinate=["PRESS", "SVH"])

    assert changes(edit) == [
        Change("task.reassigned", "svh-phim", old="SVH", new="SYT"),
        Change("task.coordinate", "svh-phim", added=("SVH",)),
    ]


def test_task_added_removed_reworded_timing_themes_media_status() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["reporting"].append({"id": "moi", "lead": "SYT", "text": "Việc mới.",
                               "timing": {"type": "throughout"}})
        d["implementation"][1]["tasks"] = []
        t = task(d, "svh-phim")
        t.update(text="Làm hai phim quảng bá.", themes=[], media=["bao-dien-tu"],
                 status="done")
        task(d, "svh-thuong-xuyen")["timing"] = {"type": "recurring"}

    found = changes(edit)
    assert [(c.kind, c.key) for c in found] == [
        ("task.reworded", "svh-phim"),
        ("task.themes", "svh-phim"),
        ("task.media", "svh-phim"),
        ("task.status", "svh-phim"),
        ("task.timing", "svh-thuong-xuyen"),
        ("task.added", "moi"),
        ("task.removed", "depts-phoi-hop"),
    ]
    assert found[1].removed == ("du-lich",)
    assert found[2].added == ("bao-dien-tu",) and found[2].removed == ("bao-hinh",)
    assert (found[3].old, found[3].new) == (None, "done")


def test_task_moved_between_sections() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["reporting"].append(d["implementation"][0]["tasks"].pop(1))

    found = changes(edit)
    assert found == [Change("task.moved", "svh-thuong-xuyen",
                            old={"label": "II.1", "heading": "Sở Văn hóa",
                                 "part": "implementation"},
                            new={"label": None, "heading": None, "part": "reporting"})]


def test_document_recipients_bases_agencies_groups_bullets_themes_media() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["document"].update(number=12, date="2030-03-20", subject="Kế hoạch mới")
        d["document"]["signature"]["name"] = "Lê Thị B"
        d["document"]["recipients"][0]["note"] = "p/h"
        d["document"]["recipients"].append({"text": "Lưu: VT"})
        d["bases"] = [{"id": "nq-1", "text": "Căn cứ Nghị quyết số 01/NQ-CP."}]
        d["agencies"].append({"code": "SNV", "name": "Sở Nội vụ", "kind": "department"})
        d["groups"][0]["members"] = ["DAIA"]
        d["themes"][0]["text"] = "Quảng bá du lịch và ẩm thực."
        d["media"]["formats"] = ["bao-hinh", "bao-dien-tu", "bao-noi"]

    found = changes(edit)
    assert [(c.kind, c.key, c.field) for c in found] == [
        ("document.changed", "number", None),
        ("document.changed", "date", None),
        ("document.changed", "subject", None),
        ("document.changed", "signature.name", None),
        ("recipient.changed", "Sở Văn hóa", "note"),
        ("recipient.added", "Lưu: VT", None),
        ("basis.added", "nq-1", None),
        ("agency.added", "SNV", None),
        ("group.changed", "PRESS", "members"),
        ("theme.changed", "du-lich", "text"),
        ("media.changed", "formats", None),
    ]
    assert (found[0].old, found[0].new) == (None, 12)
    assert found[8].removed == ("BAOB",)
    assert found[10].added == ("bao-noi",)


def test_a_section_added_before_the_others_renumbers_them() -> None:
    found = changes(lambda d: d.update(purposes=["Mục đích một."]))
    assert [(c.kind, c.key, c.old, c.new) for c in found] == [
        ("section.added", "I", None, "MỤC ĐÍCH, YÊU CẦU"),
        ("section.added", "I.1", None, "Mục đích"),
        ("section.renumbered", "II", "I", "II"),
        ("section.renumbered", "III", "II", "III"),
    ]


def test_purposes_line_up_by_order_in_their_section() -> None:
    old = small_plan()
    old["purposes"] = ["Một.", "Hai."]
    new = small_plan()
    new["purposes"] = ["Một.", "Hai, sửa.", "Ba."]
    found = diff_plans(plan(old), plan(new))
    assert found == [Change("purpose.changed", "2", old="Hai.", new="Hai, sửa.", at="I.1"),
                     Change("purpose.added", "3", new="Ba.", at="I.1")]


def test_bullets_line_up_by_order() -> None:
    old = small_plan()
    old["requirements"] = ["Một.", "Hai.", "Ba."]
    new = small_plan()
    new["requirements"] = ["Một.", "Hai, sửa.", "Ba.", "Bốn."]
    found = diff_plans(plan(old), plan(new))
    assert [(c.kind, c.key, c.old, c.new) for c in found] == [
        ("requirement.changed", "2", "Hai.", "Hai, sửa."),
        ("requirement.added", "4", None, "Bốn."),
    ]


def test_word_diff() -> None:
    assert word_diff("Trước ngày 15/12/2020, Sở", "Trước ngày 10/12/2020, Sở") == [
        ("=", "Trước ngày "), ("-", "15/12/2020,"), ("+", "10/12/2020,"), ("=", " Sở")]


# --- the command, two files ----------------------------------------------------------------


@pytest.fixture
def two(write_plan: Any) -> tuple[Path, Path]:
    new = small_plan()
    task(new, "svh-phim")["timing"]["date"] = "2030-07-10"
    task(new, "press-bao-cao")["lead"] = "SVH"
    task(new, "press-bao-cao")["coordinate"] = []
    return write_plan(small_plan(), "old.yaml"), write_plan(new, "new.yaml")


def test_text_output(run: Any, two: tuple[Path, Path]) -> None:
    result = run("diff", str(two[0]), str(two[1]))
    assert result.exit_code == 0
    assert result.stdout == (
        f"comparing {two[0]} with {two[1]}\n"
        f"{two[1]}: 3 changes\n"
        "  task svh-phim: deadline moved from 2030-06-30 to 2030-07-10 (+10 days)\n"
        "  task press-bao-cao: reassigned from PRESS to SVH\n"
        "  task press-bao-cao: coordinating agencies: removed SVH\n"
        "1 file compared: 3 changes\n")


def test_vietnamese_output_uses_vietnamese_dates(run: Any, two: tuple[Path, Path]) -> None:
    result = run("--lang", "vi", "diff", str(two[0]), str(two[1]))
    assert "  nhiệm vụ svh-phim: dời thời hạn từ 30/06/2030 sang 10/07/2030 (+10 ngày)\n" \
        in result.stdout


def test_markdown_output(run: Any, two: tuple[Path, Path]) -> None:
    result = run("diff", str(two[0]), str(two[1]), "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"## Plan changes: `{two[0]}` → `{two[1]}`"
    assert "- **task svh\\-phim**: deadline moved from 2030-06-30 to 2030-07-10 (+10 days)" \
        not in lines  # hyphens are not escaped
    assert "- **task svh-phim**: deadline moved from 2030-06-30 to 2030-07-10 (+10 days)" in lines
    assert "- **task press-bao-cao**: reassigned from `PRESS` to `SVH`" in lines


def test_markdown_marks_reworded_text(run: Any, write_plan: Any) -> None:
    new = small_plan()
    task(new, "svh-phim")["text"] = "Làm phim quảng bá *du lịch*."
    old_path, new_path = write_plan(small_plan(), "a.yaml"), write_plan(new, "b.yaml")
    result = run("diff", str(old_path), str(new_path), "-f", "markdown")
    assert "- **task svh-phim**: reworded: Làm phim quảng ~~bá.~~ **bá \\*du lịch\\*.**" \
        in result.stdout.splitlines()


def test_json_output(run: Any, two: tuple[Path, Path]) -> None:
    result = run("diff", str(two[0]), str(two[1]), "-f", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["version"] == 2
    assert document["summary"] == {"files": 1, "changed": 1, "changes": 3}
    assert document["files"][0]["status"] == "changed"
    assert document["files"][0]["changes"][0] == {
        "kind": "task.deadline_moved", "key": "svh-phim", "field": None, "old": "2030-06-30",
        "new": "2030-07-10", "added": [], "removed": [], "days": 10, "at": None}


def test_no_changes_is_exit_0(run: Any, write_plan: Any) -> None:
    path = write_plan(small_plan())
    result = run("diff", str(path), str(path))
    assert result.exit_code == 0
    assert f"{path}: no changes\n" in result.stdout


def test_invalid_side_is_exit_1(run: Any, write_plan: Any) -> None:
    bad = small_plan()
    task(bad, "svh-phim")["lead"] = "NOBODY"
    result = run("diff", str(write_plan(small_plan(), "a.yaml")), str(write_plan(bad, "b.yaml")))
    assert result.exit_code == 1
    assert "DK201" in result.stderr


@pytest.mark.parametrize("args", [["only-one.yaml"], [], ["a.yaml", "b.yaml", "c.yaml"]])
def test_wrong_number_of_files_is_exit_2(run: Any, args: list[str]) -> None:
    result = run("diff", *args)
    assert result.exit_code == 2
    assert "dakplan diff OLD NEW" in result.stderr


def test_missing_file_is_exit_2(run: Any, write_plan: Any, tmp_path: Path) -> None:
    result = run("diff", str(write_plan(small_plan())), str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_bad_format_is_exit_2(run: Any, two: tuple[Path, Path]) -> None:
    assert run("diff", str(two[0]), str(two[1]), "-f", "html").exit_code == 2


# --- the command against real git repositories ---------------------------------------------


GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
           "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV, "HOME": str(repo.parent)}
    done = subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.invalid",
                           "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                          cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "plans" / "2020.yaml").write_text(PLAN_2020.read_text(encoding="utf-8"),
                                              encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "the 2020 plan as issued")
    monkeypatch.chdir(root)
    return root


def edit_2020(root: Path, old: str, new: str) -> None:
    path = root / "plans" / "2020.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_git_head_1_reports_exactly_the_three_changes(run: Any, repo: Path) -> None:
    edit_2020(repo, *DEADLINE)
    edit_2020(repo, *REASSIGN)
    git(repo, "commit", "-q", "-am", "report earlier; STTTT provides the archive footage")
    result = run("diff", "--git", "HEAD~1", "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["old"] == "HEAD~1" and document["new"] == "working tree"
    assert document["files"][0]["path"] == "plans/2020.yaml"
    found = [(c["kind"], c["key"], c["days"]) for c in document["files"][0]["changes"]]
    assert found == [
        ("task.reassigned", "bctw-tu-lieu", None),
        ("task.reworded", "bctw-bao-cao-ket-qua", None),
        ("task.deadline_moved", "bctw-bao-cao-ket-qua", -5),
    ]
    changes = document["files"][0]["changes"]
    assert (changes[0]["old"], changes[0]["new"]) == ("BCTW", "STTTT")
    assert (changes[2]["old"], changes[2]["new"]) == ("2020-12-15", "2020-12-10")
    assert "ngày 15/12/2020 để" in changes[1]["old"] and "ngày 10/12/2020 để" in changes[1]["new"]
    text = run("diff", "--git", "HEAD~1").stdout
    assert text.splitlines()[1:] == [
        "plans/2020.yaml: 3 changes",
        "  task bctw-tu-lieu: reassigned from BCTW to STTTT",
        *DEADLINE_CHANGES,
        "1 file compared: 3 changes",
    ]


def test_git_working_tree_added_and_removed_files(run: Any, repo: Path) -> None:
    data = small_plan()
    (repo / "plans" / "2030.yaml").write_text(dump_plan(data), encoding="utf-8")
    result = run("diff", "--git", "HEAD")
    assert result.exit_code == 0
    assert "plans/2020.yaml: no changes" in result.stdout
    assert "plans/2030.yaml: new plan file" in result.stdout
    (repo / "plans" / "2020.yaml").unlink()
    assert "plans/2020.yaml: plan file removed" in run("diff", "--git", "HEAD").stdout


def test_git_paths_are_relative_to_where_it_runs(run: Any, repo: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "plans")
    result = run("diff", "--git", "HEAD", "2020.yaml")
    assert result.exit_code == 0, result.stderr
    assert "plans/2020.yaml: no changes" in result.stdout


def test_git_old_side_invalid_is_exit_1(run: Any, repo: Path) -> None:
    edit_2020(repo, "coordinate: [STTTT]", "coordinate: [NOBODY]")
    git(repo, "commit", "-q", "-am", "break it")
    edit_2020(repo, "coordinate: [NOBODY]", "coordinate: [STTTT]")
    result = run("diff", "--git", "HEAD")
    assert result.exit_code == 1
    assert "HEAD:plans/2020.yaml" in result.stderr and "DK201" in result.stderr


@pytest.mark.parametrize("rev", ["no-such-branch", "HEAD~5", "--help"])
def test_git_bad_revision_is_exit_2(run: Any, repo: Path, rev: str) -> None:
    result = run("diff", f"--git={rev}")
    assert result.exit_code == 2
    assert f"'{rev}' is not a revision git knows" in result.stderr


def test_git_outside_a_repository_is_exit_2(run: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = run("diff", "--git", "HEAD")
    assert result.exit_code == 2
    assert "is not in a git repository" in result.stderr


def test_git_missing_path_is_exit_2(run: Any, repo: Path) -> None:
    result = run("diff", "--git", "HEAD", "plans/nope.yaml")
    assert result.exit_code == 2
    assert "plans/nope.yaml: no such file" in result.stderr
