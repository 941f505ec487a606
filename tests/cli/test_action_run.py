"""action.yml's own steps run in order, as a runner runs them, on a real pull-request branch.

The runner is imitated in the little it does for these steps: each `run:` goes to
`bash --noprofile --norc -eo pipefail` with the step's `env:`, `${{ }}` values are filled in
from the inputs, the github context and the outputs earlier steps wrote to $GITHUB_OUTPUT, and
`if:` is read for the one form the action uses. The steps that call other actions
(setup-python, upload-artifact) are left out; `python -m pip install` is recorded, not run, and
`dakplan` is this checkout's, on PATH; `gh` is a stand-in that records what it is asked (no
network)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from gitrepo import DEADLINE, REASSIGN, edit, git, git_env
from workflow_files import load_yaml

ACTION = load_yaml(ROOT / "action.yml")
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def read_outputs(path: Path) -> dict[str, str]:
    outputs: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    i = 0
    while i < len(lines):
        if "<<" in lines[i] and "=" not in lines[i].split("<<")[0]:
            key, end = lines[i].split("<<", 1)
            j = lines.index(end, i + 1)
            outputs[key] = "\n".join(lines[i + 1:j])
            i = j + 1
        else:
            key, _, value = lines[i].partition("=")
            outputs[key] = value
            i += 1
    return outputs


class Runner:
    def __init__(self, workspace: Path, temp: Path, env: dict[str, str],
                 inputs: dict[str, str], github: dict[str, str]) -> None:
        self.workspace, self.temp, self.env = workspace, temp, env
        self.github = github
        self.outputs: dict[str, dict[str, str]] = {}
        self.skipped: list[str] = []
        self.summary = temp / "summary.md"
        self.inputs = {name: inputs.get(name, str(spec.get("default", "")))
                       for name, spec in ACTION["inputs"].items()}
        self.inputs = {k: self.fill(v) for k, v in self.inputs.items()}

    def value(self, name: str) -> str:
        parts = name.split(".")
        if parts[0] == "inputs":
            return self.inputs[parts[1]]
        if parts[0] == "steps":
            return self.outputs.get(parts[1], {}).get(parts[3], "")
        if parts[0] == "runner" and parts[1] == "temp":
            return str(self.temp)
        return self.github.get(name, "")

    def condition(self, text: str) -> bool:
        for operand in EXPRESSION.fullmatch(text.strip())[1].split("&&"):  # type: ignore[index]
            left, _, right = operand.strip().partition(" == ")
            value = self.value(left.strip())
            if (value != right.strip().strip("'")) if right else not value:
                return False
        return True

    def fill(self, text: str) -> str:
        return EXPRESSION.sub(lambda m: self.value(m[1]), text)

    def run(self) -> list[tuple[str, int, str]]:
        done = []
        for step in ACTION["runs"]["steps"]:
            name = step["name"]
            if "if" in step and not self.condition(step["if"]):
                self.skipped.append(name)
                continue
            if "uses" in step:
                self.skipped.append(name)
                continue
            out_file = self.temp / f"output-{len(done)}"
            env = {**self.env, **{k: self.fill(str(v)) for k, v in step.get("env", {}).items()},
                   "GITHUB_ACTION_PATH": str(ROOT), "GITHUB_WORKSPACE": str(self.workspace),
                   "RUNNER_TEMP": str(self.temp), "GITHUB_OUTPUT": str(out_file),
                   "GITHUB_STEP_SUMMARY": str(self.summary), "GITHUB_ACTIONS": "true",
                   "GITHUB_REPOSITORY": "tinh/ke-hoach"}
            result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                                     step["run"]], cwd=self.workspace, env=env,
                                    capture_output=True, text=True, check=False)
            done.append((name, result.returncode, result.stdout + result.stderr))
            if "id" in step:
                self.outputs[step["id"]] = read_outputs(out_file)
            if result.returncode != 0:
                break
        return done


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    """origin/main moved on (another task reassigned) after the branch left it; the branch
    moved a deadline and drafted 2030. The checkout is the branch's last commit."""
    origin = tmp_path / "origin"
    (origin / "plans").mkdir(parents=True)
    plan = origin / "plans" / "2020.yaml"
    plan.write_text(PLAN_2020.read_text(encoding="utf-8"), encoding="utf-8")
    git(origin, "init", "-q")
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "issued")
    git(origin, "switch", "-q", "-c", "sua")
    edit(plan, *DEADLINE)
    (origin / "plans" / "2030.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "report earlier; draft 2030")
    git(origin, "switch", "-q", "main")
    edit(plan, *REASSIGN)
    git(origin, "commit", "-q", "-am", "meanwhile")
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", "--branch", "sua", str(origin), str(work))
    return work


@pytest.fixture
def runner(pull_request: Path, tmp_path: Path) -> Runner:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "dakplan").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m dakplan "$@"\n',
                                     encoding="utf-8")
    (bin_dir / "python").write_text(
        '#!/bin/sh\n'
        f'if [ "$1 $2 $3" = "-m pip install" ]; then echo "$@" > "{tmp_path}/pip-args"; exit; fi\n'
        f'exec "{sys.executable}" "$@"\n', encoding="utf-8")
    calls = tmp_path / "gh-calls"
    calls.mkdir()
    (bin_dir / "gh").write_text(
        "#!/bin/sh\n"
        f'n=$(ls "{calls}" | wc -l)\n'
        f'{{ printf "%s\\n" "$@"; echo ---; cat; }} > "{calls}/$n"\n'
        'case "$*" in *--paginate*) echo "[]" ;; *) echo "{}" ;; esac\n', encoding="utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = git_env(tmp_path)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    for var in ("DAKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(var, None)
    env["LANG"] = "C.UTF-8"
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    head = git(pull_request, "rev-parse", "HEAD").strip()
    github = {"github.base_ref": "main", "github.event.pull_request.head.sha": head,
              "github.event.pull_request.number": "8", "github.token": "t0ken"}
    return Runner(pull_request, temp, env, {}, github)


def gh_calls(runner: Runner) -> list[tuple[list[str], str]]:
    folder = runner.temp.parent / "gh-calls"
    calls = []
    for path in sorted(folder.iterdir(), key=lambda p: int(p.name)):
        args, _, stdin = path.read_text(encoding="utf-8").partition("---\n")
        calls.append((args.splitlines(), stdin))
    return calls


def test_a_valid_pull_request(runner: Runner, pull_request: Path) -> None:
    steps = runner.run()
    assert [(name, rc) for name, rc, _ in steps if rc != 0] == []
    assert runner.skipped == ["Set up Python", "Upload the documents"]
    assert (runner.temp.parent / "pip-args").read_text(encoding="utf-8") == (
        f"-m pip install --disable-pip-version-check {ROOT}\n")
    assert runner.outputs["changed"]["plans"] == "plans/2020.yaml\nplans/2030.yaml"
    assert runner.outputs["validate"] == {"rc": "0", "valid": "true"}
    documents = runner.temp / "dakplan" / "documents" / "plans"
    assert sorted(p.name for p in documents.iterdir()) == [
        "2020.docx", "2020.html", "2030.docx", "2030.html"]
    summary = runner.summary.read_text(encoding="utf-8")
    assert summary.startswith("<!-- dakplan-diff -->\n## Thay đổi của kế hoạch: `origin/main` "
                              "(điểm rẽ nhánh `")
    assert ("- **nhiệm vụ bctw-bao-cao-ket-qua**: dời thời hạn từ 15/12/2020 sang 10/12/2020 "
            "(-5 ngày)") in summary
    assert "bctw-tu-lieu" not in summary  # main's change is not the branch's
    (listing, _), (create, payload) = gh_calls(runner)
    assert listing[-1] == "repos/tinh/ke-hoach/issues/8/comments?per_page=100"
    assert create[:4] == ["api", "--method", "POST", "repos/tinh/ke-hoach/issues/8/comments"]
    assert json.loads(payload)["body"] == summary
    assert not (pull_request / ".dakplan-action-pyproject.toml").exists()
    assert git(pull_request, "status", "--porcelain") == ""


def test_an_invalid_plan_annotates_comments_and_fails_last(runner: Runner,
                                                           pull_request: Path) -> None:
    edit(pull_request / "plans" / "2030.yaml", "lead: DEPTS", "lead: NOBODY")
    git(pull_request, "commit", "-q", "-am", "typo")
    runner.github["github.event.pull_request.head.sha"] = git(
        pull_request, "rev-parse", "HEAD").strip()
    runner.inputs["head"] = runner.github["github.event.pull_request.head.sha"]
    steps = runner.run()
    by_name = {name: (rc, out) for name, rc, out in steps}
    assert [name for name, rc, _ in steps if rc != 0] == [
        "Fail when a plan is not valid or a document could not be rendered"]
    annotations = [line for line in by_name["Validate the changed plans"][1].splitlines()
                   if line.startswith("::error")]
    assert annotations and all(line.startswith("::error file=plans/2030.yaml,line=")
                               for line in annotations)
    assert "không có cơ quan hoặc nhóm 'NOBODY'" in annotations[0]
    summary = runner.summary.read_text(encoding="utf-8")
    assert "- `plans/2030.yaml`: không phải kế hoạch hợp lệ" in summary
    assert "dời thời hạn từ 15/12/2020 sang 10/12/2020" in summary
    assert "Có kế hoạch bị lỗi" in summary


def test_comment_off_and_english(runner: Runner) -> None:
    runner.inputs["comment"] = "false"
    runner.inputs["lang"] = "en"
    steps = runner.run()
    assert [(name, rc) for name, rc, _ in steps if rc != 0] == []
    assert "Post or update the pull-request comment" in runner.skipped
    assert gh_calls(runner) == []
    assert "## Plan changes: `origin/main` (merge base `" in runner.summary.read_text(
        encoding="utf-8")


def test_a_shallow_checkout_stops_with_the_reason(runner: Runner, pull_request: Path,
                                                  tmp_path: Path) -> None:
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "sua",
        f"file://{tmp_path / 'origin'}", str(shallow))
    runner.workspace = shallow
    steps = runner.run()
    name, rc, out = steps[-1]
    assert (name, rc) == ("Find the changed plans", 2)
    assert "fetch-depth: 0" in out
