"""`dakplan diff --git` against a branch made before main moved on: the branch's own changes
only, as a pull request shows them; `A..B` and `A...B` with git's meaning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, dump_plan, small_plan
from gitrepo import DEADLINE, DEADLINE_CHANGES, REASSIGN, edit, git


@pytest.fixture
def branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """main: the 2020 plan (tagged v1); the branch `sua` made from it moves a deadline; main
    then reassigns another task. HEAD is the branch."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    plan = root / "plans" / "2020.yaml"
    plan.write_text(PLAN_2020.read_text(encoding="utf-8"), encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "the 2020 plan as issued")
    git(root, "tag", "v1")
    git(root, "switch", "-q", "-c", "sua")
    edit(plan, *DEADLINE)
    git(root, "commit", "-q", "-am", "report five days earlier")
    git(root, "switch", "-q", "main")
    edit(plan, *REASSIGN)
    git(root, "commit", "-q", "-am", "STTTT provides the archive footage")
    git(root, "switch", "-q", "sua")
    monkeypatch.chdir(root)
    return root


def merge_base(root: Path) -> str:
    return git(root, "merge-base", "main", "sua").strip()


def test_rev_alone_is_the_merge_base_against_the_working_tree(run: Any, branch: Path) -> None:
    result = run("diff", "--git", "main")
    assert result.exit_code == 0, result.stderr
    base = merge_base(branch)[:7]
    assert result.stdout.splitlines() == [
        f"comparing main (merge base {base}) with the working tree",
        "plans/2020.yaml: 2 changes",
        *DEADLINE_CHANGES,
        "1 file compared: 2 changes",
    ]


def test_rev_alone_includes_uncommitted_edits(run: Any, branch: Path) -> None:
    edit(branch / "plans" / "2020.yaml", "coordinate: [STTTT]", "coordinate: [STTTT, VOV]")
    lines = run("diff", "--git", "main").stdout.splitlines()
    assert lines[1:] == [
        "plans/2020.yaml: 3 changes",
        "  task bctw-bao-cao-ket-qua: coordinating agencies: added VOV",
        *DEADLINE_CHANGES,
        "1 file compared: 3 changes",
    ]


def test_three_dots_reads_the_right_side_from_git(run: Any, branch: Path) -> None:
    edit(branch / "plans" / "2020.yaml", "coordinate: [STTTT]", "coordinate: [STTTT, VOV]")
    result = run("diff", "--git", "main...HEAD")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"comparing main (merge base {merge_base(branch)[:7]}) with HEAD",
        "plans/2020.yaml: 2 changes",
        *DEADLINE_CHANGES,
        "1 file compared: 2 changes",
    ]


def test_two_dots_is_the_tip_of_the_left_side(run: Any, branch: Path) -> None:
    result = run("diff", "--git", "main..HEAD")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "comparing main with HEAD",
        "plans/2020.yaml: 3 changes",
        "  task bctw-tu-lieu: reassigned from STTTT to BCTW",
        *DEADLINE_CHANGES,
        "1 file compared: 3 changes",
    ]


def test_an_empty_side_of_the_dots_is_head(run: Any, branch: Path) -> None:
    assert run("diff", "--git", "main..").stdout == run("diff", "--git", "main..HEAD").stdout
    assert (run("diff", "--git", "main...").stdout
            == run("diff", "--git", "main...HEAD").stdout)
    git(branch, "switch", "-q", "main")
    result = run("diff", "--git", "...sua")
    assert result.stdout.splitlines()[0] == (
        f"comparing HEAD (merge base {merge_base(branch)[:7]}) with sua")
    assert result.stdout.splitlines()[2:4] == DEADLINE_CHANGES


def test_an_ancestor_tag_and_head_1_are_themselves(run: Any, branch: Path) -> None:
    for rev in ("v1", "HEAD~1"):
        result = run("diff", "--git", rev)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines() == [
            f"comparing {rev} with the working tree",
            "plans/2020.yaml: 2 changes",
            *DEADLINE_CHANGES,
            "1 file compared: 2 changes",
        ]


def test_json_names_the_merge_base(run: Any, branch: Path) -> None:
    document = json.loads(run("diff", "--git", "main", "-f", "json").stdout)
    assert (document["old"], document["new"], document["base"]) == (
        "main", "working tree", merge_base(branch))
    assert [c["kind"] for c in document["files"][0]["changes"]] == ["task.reworded",
                                                                     "task.deadline_moved"]
    document = json.loads(run("diff", "--git", "v1", "-f", "json").stdout)
    assert document["base"] is None
    document = json.loads(run("diff", "--git", "main..sua", "-f", "json").stdout)
    assert (document["old"], document["new"], document["base"]) == ("main", "sua", None)


def test_markdown_title_and_vietnamese_header(run: Any, branch: Path) -> None:
    base = merge_base(branch)[:7]
    markdown = run("diff", "--git", "main", "-f", "markdown").stdout
    assert markdown.splitlines()[0] == (
        f"## Plan changes: `main` (merge base `{base}`) → the working tree")
    vi = run("--lang", "vi", "diff", "--git", "main").stdout
    assert vi.splitlines()[0] == f"so sánh main (điểm rẽ nhánh {base}) với bản đang sửa"


def test_a_plan_new_on_the_branch_is_a_new_plan_file(run: Any, branch: Path) -> None:
    (branch / "plans" / "2021.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    git(branch, "add", ".")
    git(branch, "commit", "-q", "-m", "draft 2021")
    for spec in ("main", "main...HEAD"):
        result = run("diff", "--git", spec, "plans/2021.yaml")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines()[1:] == [
            "plans/2021.yaml: new plan file", "1 file compared: 0 changes"]
    git(branch, "rm", "-q", "plans/2021.yaml")
    git(branch, "commit", "-q", "-m", "not yet")
    result = run("diff", "--git", "HEAD~1..HEAD", "plans/2021.yaml")
    assert result.stdout.splitlines()[1] == "plans/2021.yaml: plan file removed"


def test_paths_are_relative_to_where_it_runs(run: Any, branch: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(branch / "plans")
    result = run("diff", "--git", "main...HEAD", "2020.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:4] == ["plans/2020.yaml: 2 changes", *DEADLINE_CHANGES]
    result = run("diff", "--git", "main...HEAD")  # the default plans/ is looked for in plans/
    assert (result.exit_code, result.stderr) == (2, "dakplan: no plan files found under plans\n")


def test_a_path_at_neither_revision_is_exit_2(run: Any, branch: Path) -> None:
    result = run("diff", "--git", "main...HEAD", "plans/2099.yaml")
    assert result.exit_code == 2
    assert "plans/2099.yaml: no such file" in result.stderr


def test_an_invalid_plan_read_from_git_names_its_revision(run: Any, branch: Path) -> None:
    edit(branch / "plans" / "2020.yaml", "coordinate: [STTTT]", "coordinate: [NOBODY]")
    git(branch, "commit", "-q", "-am", "break it")
    result = run("diff", "--git", "main...HEAD")
    assert result.exit_code == 1
    assert "HEAD:plans/2020.yaml" in result.stderr and "DK201" in result.stderr
    result = run("diff", "--git", "HEAD..main")
    assert result.exit_code == 1
    assert "HEAD:plans/2020.yaml" in result.stderr


@pytest.mark.parametrize("spec,named", [("main...nope", "nope"), ("nope..HEAD", "nope"),
                                        ("", ""), ("main..--help", "--help")])
def test_an_unknown_revision_in_a_range_is_exit_2(run: Any, branch: Path, spec: str,
                                                   named: str) -> None:
    result = run("diff", f"--git={spec}")
    assert result.exit_code == 2
    assert f"dakplan: '{named}' is not a revision git knows" in result.stderr


def test_no_merge_base_is_exit_2(run: Any, branch: Path) -> None:
    git(branch, "switch", "-q", "--orphan", "elsewhere")
    (branch / "plans").mkdir(exist_ok=True)
    (branch / "plans" / "2020.yaml").write_text(PLAN_2020.read_text(encoding="utf-8"),
                                                encoding="utf-8")
    git(branch, "add", ".")
    git(branch, "commit", "-q", "-m", "unrelated history")
    for spec in ("main", "main...HEAD"):
        result = run("diff", "--git", spec)
        assert result.exit_code == 2
        assert result.stderr.startswith(
            "dakplan: 'main' and 'HEAD' have no commit in common (no merge base)")
        assert "fetch-depth: 0" in result.stderr
    assert run("diff", "--git", "main..HEAD").exit_code == 0  # two dots need no merge base


def test_no_commit_yet_is_exit_2(run: Any, tmp_path: Path, monkeypatch: Any) -> None:
    root = tmp_path / "fresh"
    (root / "plans").mkdir(parents=True)
    git(root, "init", "-q")
    monkeypatch.chdir(root)
    result = run("diff", "--git", "main")
    assert result.exit_code == 2
    assert "is not a revision git knows" in result.stderr
