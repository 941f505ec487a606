"""The GitHub Action's files, read as GitHub reads them: action.yml, the sample workflow the
README shows, and this repository's own workflow."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from workflow_files import load_yaml

ACTION = load_yaml(ROOT / "action.yml")
SAMPLE_PATH = ROOT / "action" / "workflow-example.yml"
SAMPLE = load_yaml(SAMPLE_PATH)
OWN = load_yaml(ROOT / ".github" / "workflows" / "plans.yml")
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
PINNED = re.compile(r"^\s*(?:- )?uses: ([\w.-]+/[\w.-]+)@([0-9a-f]{40})  # v\d+\.\d+\.\d+$")


def step(name_part: str) -> dict[str, Any]:
    (found,) = [s for s in STEPS if name_part in s.get("name", "")]
    return found


def test_a_composite_action_with_its_inputs() -> None:
    assert ACTION["runs"]["using"] == "composite"
    inputs = ACTION["inputs"]
    assert {k: inputs[k]["default"] for k in ("plans", "templates", "lang", "comment")} == {
        "plans": "plans", "templates": "templates", "lang": "vi", "comment": "true"}
    assert inputs["base"]["default"] == "origin/${{ github.base_ref }}"
    assert inputs["head"]["default"] == "${{ github.event.pull_request.head.sha }}"
    assert inputs["github-token"]["default"] == "${{ github.token }}"
    assert all(spec.get("description") for spec in inputs.values())


def uses_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if re.match(r"^\s*(- )?uses:", line)]


@pytest.mark.parametrize("path", [ROOT / "action.yml", SAMPLE_PATH,
                                  ROOT / ".github" / "workflows" / "plans.yml"],
                         ids=["action", "sample", "own"])
def test_every_action_used_is_pinned_by_commit_with_its_tag(path: Path) -> None:
    lines = uses_lines(path)
    assert lines
    local = {"- uses: ./", "- uses: OWNER/dakplan@REF"}
    third_party = [line for line in lines if line.strip() not in local]
    assert third_party
    assert [line for line in third_party if not PINNED.match(line)] == []


def test_the_same_pins_everywhere() -> None:
    pins: dict[str, set[str]] = {}
    for path in (ROOT / "action.yml", SAMPLE_PATH, ROOT / ".github" / "workflows" / "plans.yml"):
        for line in uses_lines(path):
            if match := PINNED.match(line):
                pins.setdefault(match[1], set()).add(match[2])
    assert sorted(pins) == ["actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    assert all(len(commits) == 1 for commits in pins.values())


def test_run_steps_take_inputs_through_the_environment() -> None:
    """`${{ }}` inside a script is pasted into it before bash reads it: a branch name or an
    input could then run as code. Every value reaches the scripts as an environment variable."""
    runs = [s for s in STEPS if "run" in s]
    assert len(runs) >= 6
    assert all(s["shell"] == "bash" for s in runs)
    assert [s["name"] for s in runs if "${{" in s["run"]] == []


def test_scripts_the_action_runs_are_there() -> None:
    named = set(re.findall(r"\$GITHUB_ACTION_PATH/(action/[\w.-]+)",
                           "\n".join(s.get("run", "") for s in STEPS)))
    assert named == {"action/changed-plans.sh", "action/render-plans.sh", "action/comment.py"}
    assert all((ROOT / name).is_file() for name in named)


def test_install_from_the_action_itself_with_a_pip_cache_keyed_on_its_pyproject() -> None:
    key = step("Key the pip cache")["run"]
    setup = step("Set up Python")
    install = step("Install dakplan")["run"]
    assert key == ('cp "$GITHUB_ACTION_PATH/pyproject.toml" '
                   '"$GITHUB_WORKSPACE/.dakplan-action-pyproject.toml"')
    assert setup["uses"].startswith("actions/setup-python@")
    assert setup["with"] == {"python-version": "${{ inputs.python-version }}", "cache": "pip",
                             "cache-dependency-path": ".dakplan-action-pyproject.toml"}
    assert 'rm -f "$GITHUB_WORKSPACE/.dakplan-action-pyproject.toml"' in install
    assert 'python -m pip install --disable-pip-version-check "$GITHUB_ACTION_PATH"' in install
    assert STEPS.index(step("Key the pip cache")) < STEPS.index(setup) < STEPS.index(
        step("Install dakplan"))


def test_validate_with_annotations_in_the_chosen_language() -> None:
    validate = step("Validate")
    assert validate["env"] == {"DAKPLAN_LANG": "${{ inputs.lang }}"}
    assert 'dakplan validate --format github -- "${plans[@]}" || rc=$?' in validate["run"]


def test_documents_uploaded_then_the_comment_posted_then_the_verdict() -> None:
    names = [s["name"] for s in STEPS]
    order = ["Find the changed plans", "Validate the changed plans", "Render the changed plans",
             "Upload the documents", "What changed, in plan terms",
             "Post or update the pull-request comment", "Fail when a plan is not valid"]
    assert [n for n in names if any(n.startswith(o) for o in order)] == [
        next(n for n in names if n.startswith(o)) for o in order]
    upload = step("Upload the documents")
    assert upload["with"] == {"name": "${{ inputs.artifact-name }}",
                              "path": "${{ runner.temp }}/dakplan/documents",
                              "if-no-files-found": "ignore"}
    summary = step("What changed")
    assert summary["env"]["ARTIFACT_URL"] == "${{ steps.upload.outputs.artifact-url }}"
    assert '>> "$GITHUB_STEP_SUMMARY"' in summary["run"]
    comment = step("Post or update")
    assert comment["if"] == ("${{ inputs.comment == 'true' && "
                             "github.event.pull_request.number }}")
    assert comment["env"]["GH_TOKEN"] == "${{ inputs.github-token }}"
    verdict = step("Fail when")
    assert verdict["env"] == {"VALIDATE_RC": "${{ steps.validate.outputs.rc }}",
                              "RENDER_RC": "${{ steps.render.outputs.rc }}"}


def _check_workflow(flow: dict[str, Any], uses: str) -> dict[str, Any]:
    assert flow["permissions"] == {}
    (job,) = flow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "pull-requests": "write"}
    checkout, action = job["steps"]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
    assert action["uses"] == uses
    return action  # type: ignore[no-any-return]


def test_sample_workflow_for_a_plans_repository() -> None:
    assert SAMPLE["on"] == {"pull_request": {"paths": ["plans/**", "templates/**",
                                                     "agencies.yaml"]}}
    action = _check_workflow(SAMPLE, "OWNER/dakplan@REF")
    assert action["with"] == {"lang": "vi"}


def test_own_workflow_runs_the_local_action() -> None:
    paths = OWN["on"]["pull_request"]["paths"]
    assert {"plans/**", "templates/**", "action.yml", "action/**"} <= set(paths)
    _check_workflow(OWN, "./")


def test_readme_shows_the_sample_workflow_as_it_is() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"```yaml\n{SAMPLE_PATH.read_text(encoding='utf-8')}```\n" in readme
