"""The scripts the GitHub Action runs (action/), run here as the runner runs them: against real
git repositories, with the real `dakplan` on PATH and a stand-in `gh` that records what it is
asked (no network)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from gitrepo import DEADLINE, REASSIGN, edit, git, git_env

ACTION = ROOT / "action"
NEW_PLAN = "plans/kế hoạch 2030.yaml"  # Vietnamese letters and a space, as editors name files


def load_comment() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dakplan_action_comment",
                                                  ACTION / "comment.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


comment = load_comment()


@pytest.fixture
def tools(tmp_path: Path) -> Path:
    """A bin folder with `dakplan` (this checkout's) as the action installs it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "dakplan"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m dakplan "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return bin_dir


@pytest.fixture
def env(tmp_path: Path, tools: Path) -> dict[str, str]:
    environment = git_env(tmp_path)
    environment["PATH"] = f"{tools}{os.pathsep}{environment['PATH']}"
    for var in ("DAKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_ACTIONS"):
        environment.pop(var, None)
    environment["LANG"] = "C.UTF-8"
    return environment


@pytest.fixture
def pr(tmp_path: Path) -> Path:
    """A plans repository: main holds plans/2020.yaml, plans/README.md and templates/; the
    branch `sua`, made from it, moves a deadline and adds a plan; main then reassigns another
    task, adds plans/2019.yaml and edits a template. HEAD is the branch."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    (root / "templates").mkdir()
    plan = root / "plans" / "2020.yaml"
    plan.write_text(PLAN_2020.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "plans" / "README.md").write_text("Kế hoạch của tỉnh.\n", encoding="utf-8")
    (root / "templates" / "agency.md.j2").write_text("{{ plan.document.subject }}\n",
                                                     encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "the 2020 plan as issued")
    git(root, "switch", "-q", "-c", "sua")
    edit(plan, *DEADLINE)
    (root / NEW_PLAN).write_text(dump_plan(small_plan()), encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "report five days earlier; draft 2030")
    git(root, "switch", "-q", "main")
    edit(plan, *REASSIGN)
    (root / "plans" / "2019.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    (root / "templates" / "agency.md.j2").write_text("{{ plan.document.number }}\n",
                                                     encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "meanwhile on main")
    git(root, "switch", "-q", "sua")
    return root


def head(root: Path) -> str:
    return git(root, "rev-parse", "HEAD").strip()


def short(root: Path, rev: str) -> str:
    return git(root, "rev-parse", "--short", rev).strip()


def changed(root: Path, env: dict[str, str], mode: str, *args: str) -> Any:
    return subprocess.run(["bash", str(ACTION / "changed-plans.sh"), mode, *args], cwd=root,
                          env=env, capture_output=True, text=True, check=False)


# --- changed-plans.sh -------------------------------------------------------------------------


def test_only_the_branchs_plans_count(pr: Path, env: dict[str, str]) -> None:
    for mode in ("diff", "validate", "render"):
        done = changed(pr, env, mode, "main", head(pr))
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == ["plans/2020.yaml", NEW_PLAN], mode


def test_a_deleted_plan_is_diffed_but_not_validated(pr: Path, env: dict[str, str]) -> None:
    git(pr, "rm", "-q", "plans/2020.yaml")
    git(pr, "commit", "-q", "-m", "drop 2020")
    assert changed(pr, env, "diff", "main", "HEAD").stdout.splitlines() == [
        "plans/2020.yaml", NEW_PLAN]
    assert changed(pr, env, "validate", "main", "HEAD").stdout.splitlines() == [NEW_PLAN]


def test_a_template_change_renders_every_plan(pr: Path, env: dict[str, str]) -> None:
    (pr / "templates" / "plan.md.j2").write_text("{{ plan.document.subject }}\n",
                                                 encoding="utf-8")
    git(pr, "add", ".")
    git(pr, "commit", "-q", "-m", "our own plan template")
    assert changed(pr, env, "render", "main", "HEAD").stdout.splitlines() == [
        "plans/2020.yaml", NEW_PLAN]
    git(pr, "switch", "-q", "-c", "only-template", "main")
    (pr / "templates" / "plan.md.j2").write_text("x\n", encoding="utf-8")
    git(pr, "add", ".")
    git(pr, "commit", "-q", "-m", "template only")
    assert changed(pr, env, "diff", "main", "HEAD").stdout == ""
    assert changed(pr, env, "validate", "main", "HEAD").stdout == ""
    assert changed(pr, env, "render", "main", "HEAD").stdout.splitlines() == [
        "plans/2019.yaml", "plans/2020.yaml"]


def test_a_registry_change_is_a_change_to_every_plan(pr: Path, env: dict[str, str]) -> None:
    git(pr, "switch", "-q", "-c", "registry", "main")
    (pr / "agencies.yaml").write_text("dakplan-registry: 1\n", encoding="utf-8")
    git(pr, "add", ".")
    git(pr, "commit", "-q", "-m", "the plans' shared registry")
    for mode in ("diff", "validate", "render"):
        assert changed(pr, env, mode, "main", "HEAD").stdout.splitlines() == [
            "plans/2019.yaml", "plans/2020.yaml"], mode
    # Another registry than the conventional one, named as the action's input is.
    done = changed(pr, env, "validate", "main", "HEAD", "plans", "templates", "shared.yaml")
    assert (done.returncode, done.stdout) == (0, "")


def test_other_folders_and_files_do_not_count(pr: Path, env: dict[str, str]) -> None:
    (pr / "plans" / "README.md").write_text("changed\n", encoding="utf-8")
    (pr / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    git(pr, "add", ".")
    git(pr, "commit", "-q", "-m", "notes")
    assert changed(pr, env, "diff", "main", "HEAD").stdout.splitlines() == [
        "plans/2020.yaml", NEW_PLAN]
    done = changed(pr, env, "diff", "main", "HEAD", "ke-hoach", "mau")
    assert (done.returncode, done.stdout) == (0, "")


def test_a_base_git_cannot_compare_is_exit_2(pr: Path, env: dict[str, str]) -> None:
    done = changed(pr, env, "diff", "origin/main", "HEAD")
    assert done.returncode == 2
    assert "changed-plans: git cannot compare origin/main...HEAD" in done.stderr
    assert "fetch-depth: 0" in done.stderr
    assert changed(pr, env, "everything", "main", "HEAD").returncode == 2


# --- render-plans.sh ---------------------------------------------------------------------------


def test_render_writes_word_and_html_beside_each_other(pr: Path, env: dict[str, str],
                                                       tmp_path: Path) -> None:
    out = tmp_path / "documents"
    done = subprocess.run(["bash", str(ACTION / "render-plans.sh"), str(out),
                           "plans/2020.yaml", NEW_PLAN], cwd=pr, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "plans/2020.docx", "plans/2020.html", "plans/kế hoạch 2030.docx",
        "plans/kế hoạch 2030.html"]
    assert "KẾ HOẠCH" in docx_text(out / "plans" / "2020.docx")
    html = (out / "plans" / "2020.html").read_text(encoding="utf-8")
    assert "KẾ HOẠCH" in html and html.lstrip().lower().startswith("<!doctype html")


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_render_uses_the_repositorys_own_templates(pr: Path, env: dict[str, str],
                                                   tmp_path: Path) -> None:
    (pr / "templates" / "plan.md.j2").write_text("Bản của tỉnh: {{ plan.document.subject }}\n",
                                                 encoding="utf-8")
    out = tmp_path / "documents"
    done = subprocess.run(["bash", str(ACTION / "render-plans.sh"), str(out), NEW_PLAN],
                          cwd=pr, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert docx_text(out / "plans" / "kế hoạch 2030.docx").startswith("Bản của tỉnh: ")


def test_render_skips_an_invalid_plan_with_a_notice(pr: Path, env: dict[str, str],
                                                    tmp_path: Path) -> None:
    edit(pr / "plans" / "2020.yaml", "coordinate: [STTTT]", "coordinate: [NOBODY]")
    out = tmp_path / "documents"
    done = subprocess.run(["bash", str(ACTION / "render-plans.sh"), str(out),
                           "plans/2020.yaml", NEW_PLAN], cwd=pr, env=env,
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (
        0, "::notice file=plans/2020.yaml::not rendered: not a valid plan\n")
    assert (out / "plans" / "kế hoạch 2030.docx").is_file()
    assert not (out / "plans" / "2020.docx").exists()


def test_render_error_in_a_template_is_an_annotation(pr: Path, env: dict[str, str],
                                                     tmp_path: Path) -> None:
    (pr / "templates" / "plan.md.j2").write_text("line one\n{{ plan.no_such_field }}\n",
                                                 encoding="utf-8")
    out = tmp_path / "documents"
    done = subprocess.run(["bash", str(ACTION / "render-plans.sh"), str(out),
                           "plans/2020.yaml", NEW_PLAN], cwd=pr, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    errors = done.stdout.splitlines()
    assert [e.split("::")[1] for e in errors] == [
        "error file=plans/2020.yaml", "error file=plans/2020.yaml",
        "error file=plans/kế hoạch 2030.yaml", "error file=plans/kế hoạch 2030.yaml"]
    assert errors[0].startswith("::error file=plans/2020.yaml::dakplan render plan (docx): ")
    assert "plan.md.j2%3A2" not in errors[0] and "plan.md.j2:2" in errors[0]
    assert list(out.rglob("*.docx")) == []


# --- comment.py body ---------------------------------------------------------------------------


def body(pr: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, str(ACTION / "comment.py"), "body", *args], cwd=pr,
                          env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_body_is_the_branchs_diff_in_vietnamese(pr: Path, env: dict[str, str]) -> None:
    text = body(pr, env, "--base", "main", "--head", head(pr), "--artifact-name", "tai-lieu",
                "--artifact-url", "https://example.invalid/artifacts/7",
                "plans/2020.yaml", NEW_PLAN)
    base = short(pr, git(pr, "merge-base", "main", "HEAD").strip())
    assert text.splitlines() == [
        "<!-- dakplan-diff -->",
        f"## Thay đổi của kế hoạch: `main` (điểm rẽ nhánh `{base}`) → `{short(pr, 'HEAD')}`",
        "",
        "### `plans/2020.yaml`: 2 thay đổi",
        "",
        "- **nhiệm vụ bctw-bao-cao-ket-qua**: sửa câu chữ: … tin và Truyền thông trước ngày "
        "~~15/12/2020~~ **10/12/2020** để tổng hợp, báo cáo UBND …",
        "- **nhiệm vụ bctw-bao-cao-ket-qua**: dời thời hạn từ 15/12/2020 sang 10/12/2020 "
        "(-5 ngày)",
        "",
        "### plans/kế hoạch 2030.yaml: tệp kế hoạch mới",
        "",
        "đã so sánh 2 tệp: 2 thay đổi",
        "",
        "Các kế hoạch được sửa đều hợp lệ.",
        "",
        "Các kế hoạch dựng thành tệp Word (.docx) và HTML: "
        "[tai-lieu](https://example.invalid/artifacts/7).",
    ]


def test_body_in_english_names_failed_checks(pr: Path, env: dict[str, str]) -> None:
    text = body(pr, env, "--base", "main", "--head", "HEAD", "--lang", "en",
                "--validate-rc", "1", "--render-rc", "1", "plans/2020.yaml")
    assert "## Plan changes: `main` (merge base" in text
    assert "task bctw-bao-cao-ket-qua**: deadline moved from 2020-12-15" in text
    assert text.endswith(
        "Some plans have problems: they are shown as annotations on their lines in *Files "
        "changed*, and the check fails until they are fixed.\n\nSome documents could not be "
        "rendered: see the annotations of the run.\n")


def test_body_compares_the_valid_plans_and_names_the_others(pr: Path,
                                                            env: dict[str, str]) -> None:
    edit(pr / "plans" / "2020.yaml", "coordinate: [STTTT]", "coordinate: [NOBODY]")
    git(pr, "commit", "-q", "-am", "break it")
    text = body(pr, env, "--base", "main", "--head", "HEAD", "--lang", "en",
                "--validate-rc", "1", "plans/2020.yaml", NEW_PLAN)
    assert "### plans/kế hoạch 2030.yaml: new plan file" in text
    assert ("- `plans/2020.yaml`: not a valid plan, so not compared; see the annotations in "
            "*Files changed* or run `dakplan validate plans/2020.yaml`.") in text
    assert "bctw-bao-cao-ket-qua" not in text


def test_body_when_no_plan_changed(pr: Path, env: dict[str, str]) -> None:
    assert body(pr, env, "--base", "main", "--head", "HEAD") == (
        "<!-- dakplan-diff -->\nKhông có tệp kế hoạch nào thay đổi.\n")


def test_body_when_git_cannot_compare(pr: Path, env: dict[str, str]) -> None:
    text = body(pr, env, "--base", "origin/main", "--head", "HEAD", "--lang", "en",
                "plans/2020.yaml")
    assert "`dakplan diff` could not compare the plans:\n\n```\ndakplan: 'origin/main' is not" \
        in text


def test_a_long_diff_is_cut_to_what_github_takes() -> None:
    diff = "\n".join(f"- **task t{i}**: reassigned from A to B" for i in range(5000))
    text = comment.build_body(diff, "en", 0, 0, "https://example.invalid/a", "docs")
    assert len(text) <= comment.LIMIT
    assert text.startswith("<!-- dakplan-diff -->\n- **task t0**")
    assert "the whole of it is in the run's summary." in text
    assert text.endswith("[docs](https://example.invalid/a).\n")
    kept = [line for line in text.splitlines() if line.startswith("- **task")]
    assert kept == diff.splitlines()[: len(kept)]  # whole lines only
    short_diff = comment.build_body("- one", "en", 0)
    assert "summary" not in short_diff


# --- comment.py pick and post ------------------------------------------------------------------


def comments_json() -> list[dict[str, Any]]:
    marker = comment.MARKER
    return [
        {"id": 11, "user": {"login": "editor", "type": "User"},
         "body": f"{marker}\nquoting the bot"},
        {"id": 12, "user": {"login": "github-actions[bot]", "type": "Bot"},
         "body": "another workflow's comment"},
        {"id": 13, "user": {"login": "github-actions[bot]", "type": "Bot"},
         "body": f"{marker}\n## Plan changes"},
        {"id": 14, "user": {"login": "github-actions[bot]", "type": "Bot"},
         "body": f"{marker}\nlater duplicate"},
    ]


def test_pick_the_bots_marked_comment() -> None:
    found = comments_json()
    assert comment.pick(found) == 13
    assert comment.pick(found, "editor") == 11
    assert comment.pick(found[:2]) is None
    assert comment.pick([]) is None


def test_pick_reads_pages_as_gh_paginate_prints_them() -> None:
    pages = comments_json()
    raw = json.dumps(pages[:2]) + json.dumps(pages[2:]) + "\n"
    done = subprocess.run([sys.executable, str(ACTION / "comment.py"), "pick"], input=raw,
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "13\n")
    done = subprocess.run([sys.executable, str(ACTION / "comment.py"), "pick"],
                          input=json.dumps(pages[:2]), capture_output=True, text=True,
                          check=False)
    assert (done.returncode, done.stdout) == (0, "")


@pytest.fixture
def fake_gh(tmp_path: Path, env: dict[str, str]) -> Path:
    """A `gh` that logs each call (arguments, standard input) and answers the comment list
    from comments.json; `fail` in that file makes every call fail like a read-only token."""
    log = tmp_path / "gh"
    log.mkdir()
    script = env["PATH"].split(os.pathsep)[0] + "/gh"
    Path(script).write_text(
        "#!/bin/sh\n"
        f'log="{log}"\n'
        'n=$(ls "$log" | grep -c call || true)\n'
        'printf "%s\\n" "$@" > "$log/call$n.args"\n'
        'cat > "$log/call$n.stdin"\n'
        'if grep -q fail "$log/comments.json"; then\n'
        '  echo "HTTP 403: Resource not accessible by integration" >&2; exit 1\n'
        "fi\n"
        'case "$*" in *--paginate*) cat "$log/comments.json" ;; *) echo "{}" ;; esac\n',
        encoding="utf-8")
    Path(script).chmod(0o755)
    return log


def calls(log: Path) -> list[tuple[list[str], str]]:
    found = sorted(log.glob("call*.args"), key=lambda p: int(p.stem[4:]))
    return [(p.read_text(encoding="utf-8").splitlines(),
             p.with_suffix(".stdin").read_text(encoding="utf-8")) for p in found]


def post(env: dict[str, str], tmp_path: Path) -> Any:
    body_file = tmp_path / "comment.md"
    body_file.write_text(f"{comment.MARKER}\n## Thay đổi của kế hoạch\n", encoding="utf-8")
    return subprocess.run([sys.executable, str(ACTION / "comment.py"), "post", "--repo",
                           "tinh/ke-hoach", "--pr", "8", "--body-file", str(body_file)],
                          env=env, capture_output=True, text=True, check=False)


def test_post_updates_the_earlier_comment(fake_gh: Path, env: dict[str, str],
                                          tmp_path: Path) -> None:
    (fake_gh / "comments.json").write_text(json.dumps(comments_json()), encoding="utf-8")
    done = post(env, tmp_path)
    assert (done.returncode, done.stdout) == (0, "comment updated 13\n")
    (listing, _), (update, payload) = calls(fake_gh)
    assert listing == ["api", "--paginate", "repos/tinh/ke-hoach/issues/8/comments?per_page=100"]
    assert update == ["api", "--method", "PATCH", "repos/tinh/ke-hoach/issues/comments/13",
                      "--input", "-"]
    assert json.loads(payload) == {"body": f"{comment.MARKER}\n## Thay đổi của kế hoạch\n"}


def test_post_creates_the_first_comment(fake_gh: Path, env: dict[str, str],
                                        tmp_path: Path) -> None:
    (fake_gh / "comments.json").write_text(json.dumps(comments_json()[:2]), encoding="utf-8")
    done = post(env, tmp_path)
    assert (done.returncode, done.stdout) == (0, "comment created\n")
    assert calls(fake_gh)[1][0] == ["api", "--method", "POST",
                                    "repos/tinh/ke-hoach/issues/8/comments", "--input", "-"]


def test_post_refused_is_a_warning_not_a_failure(fake_gh: Path, env: dict[str, str],
                                                 tmp_path: Path) -> None:
    (fake_gh / "comments.json").write_text("fail", encoding="utf-8")
    done = post(env, tmp_path)
    assert done.returncode == 0
    assert done.stdout == ("::warning title=dakplan::the pull-request comment was not posted: "
                           "HTTP 403: Resource not accessible by integration\n")
    assert len(calls(fake_gh)) == 1  # nothing written after the listing failed
