"""What people expect of a command-line tool from ruff, pytest or git: unknown languages refused,
explain by name, readable help, and shell completion of the values a plan defines."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from dakplan.cli.app import COMMANDS
from dakplan.cli.completion import candidates

# -- languages ----------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--lang", "fr", "validate", str(PLAN_2020)],
                                  ["validate", str(PLAN_2020), "--lang=fr"],
                                  ["--lang", "fr", "--help"]])
def test_an_unknown_language_is_refused_naming_the_choices(run: Any, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "dakplan: --lang: unknown language 'fr'; use one of: en, vi\n"


def test_an_unknown_language_in_the_environment_is_refused(run: Any) -> None:
    result = run("validate", str(PLAN_2020), env={"DAKPLAN_LANG": "francais"})
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: DAKPLAN_LANG: unknown language 'francais'; use one of: "
                             "en, vi\n")


@pytest.mark.parametrize("value", ["vi", "VI", "vi_VN.UTF-8", "vi-VN"])
def test_languages_are_taken_as_people_write_them(run: Any, value: str) -> None:
    assert "đã kiểm tra 1 tệp" in run("--lang", value, "validate", str(PLAN_2020)).stdout


def test_the_locale_is_not_refused_whatever_it_says(run: Any) -> None:
    assert run("validate", str(PLAN_2020), env={"LANG": "fr_FR.UTF-8"}).exit_code == 0


# -- explain ------------------------------------------------------------------------------


def test_explain_takes_a_name_as_well_as_a_code(run: Any) -> None:
    by_name = run("explain", "deadline-outside-period")
    assert by_name.exit_code == 0
    code = by_name.stdout.split()[0]
    assert re.fullmatch(r"DK\d{3}", code)
    assert by_name.stdout == run("explain", code).stdout == run("explain", code.lower()).stdout


def test_explain_takes_several(run: Any) -> None:
    result = run("explain", "DK001", "duplicate-key")
    assert result.exit_code == 0
    assert result.stdout.startswith("DK001 yaml-syntax (error)")
    assert "\nDK002 duplicate-key (error)" in result.stdout


def test_explain_of_an_unknown_name_says_so(run: Any) -> None:
    result = run("explain", "DK001", "deadline-outside")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "dakplan: unknown code or name 'deadline-outside'\n"


# -- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_shows_no_python_types(run: Any, name: str) -> None:
    text = run(name, "--help").stdout
    assert not re.search(r"<\w+(\[\w+\])?>", text), text
    assert "list[" not in text and "[paths]" not in text


def test_help_names_what_each_value_is(run: Any) -> None:
    assert "Usage: dakplan validate [OPTIONS] [PLAN]..." in run("validate", "--help").stdout
    tasks = run("tasks", "--help").stdout
    for option in ("--agency AGENCY", "--due-before DATE", "--due-within DAYS",
                   "--theme ID", "-f, --format FORMAT"):
        assert option in tasks
    assert "-o, --output FILE" in run("calendar", "--help").stdout
    assert "Usage: dakplan render [OPTIONS] [TEMPLATE] [PLAN]" in run("render", "--help").stdout
    assert "Usage: dakplan explain [OPTIONS] [CODE]..." in run("explain", "--help").stdout


def test_commands_are_listed_checking_first_then_asking_then_documents(run: Any) -> None:
    listing = run("--help").stdout.split("\nCommands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listing] == [
        "validate", "explain", "tasks", "agencies", "remind", "calendar", "render", "diff",
        "new", "registry", "schema", "results", "site", "import", "migrate"]


def test_completion_options_are_offered_in_both_languages(run: Any) -> None:
    assert "--install-completion" in run("--help").stdout
    assert "Cài gợi ý hoàn thành" in run("--lang", "vi", "--help").stdout


# -- completion ---------------------------------------------------------------------------


def context(**params: Any) -> Any:
    return SimpleNamespace(params=params)


def test_agency_codes_of_the_plans_named_complete(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    found = candidates("agency", context(plans=[PLAN_2020]), "v")
    assert found == [("VOV", "Đài Tiếng nói Việt Nam"),
                     ("VTV8", "Ban điều hành kênh Truyền hình Quốc gia VTV8")]
    assert [c for c, _ in candidates("agency", context(plans=[PLAN_2020]), "")][:3] == [
        "UBND", "TU", "HDND"]


def test_without_plans_completion_reads_the_repository_plans(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2030.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "dakplan.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "docs")
    assert candidates("theme", context(plans=None), "") == [("du-lich", "Quảng bá du lịch.")]
    assert [c for c, _ in candidates("agency", context(), "d")] == ["DAIA", "DEPTS"]


def test_a_plan_being_edited_still_completes_what_it_has(tmp_path: Path) -> None:
    data = small_plan()
    data["document"]["period"] = "soon"  # not valid: no matter
    plan = tmp_path / "draft.yaml"
    plan.write_text(dump_plan(data), encoding="utf-8")
    assert candidates("theme", context(plans=[plan]), "du") == [("du-lich", "Quảng bá du lịch.")]
    plan.write_text("agencies: [", encoding="utf-8")  # not even YAML
    assert candidates("agency", context(plans=[plan]), "") == []


def test_template_names_and_codes_complete() -> None:
    assert [n for n, _ in candidates("template", context(), "")] == ["agency", "plan", "report"]
    assert ("DK001", "yaml-syntax") in candidates("code", context(), "dk00")
    assert candidates("code", context(), "deadline-o")[0][0] == "deadline-outside-period"


def complete(words: str, tmp_path: Path, shell: str = "bash") -> tuple[str, set[str]]:
    """What the shell would offer after ``words``, through typer's _DAKPLAN_COMPLETE protocol,
    and the dakplan modules that the completing run imported."""
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(sorted(sys.modules))"
             " + '\\n'))\n"
             "sys.argv = ['dakplan']\nfrom dakplan.cli import main\nmain()\n")
    env = {**os.environ, "_DAKPLAN_COMPLETE": f"complete_{shell}", "LANG": "C.UTF-8"}
    if shell == "bash":
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(words.split(" ")) - 1))
    else:
        env.update(_TYPER_COMPLETE_ARGS=words)
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    return result.stdout, set(line.split()[1:])


def test_the_shell_protocol_completes_agencies_themes_and_templates(tmp_path: Path) -> None:
    out, modules = complete(f"dakplan tasks {PLAN_2020} --agency V", tmp_path)
    assert out.split() == ["VOV", "VTV8"]
    assert "dakplan.cli.completion" in modules
    out, _ = complete("dakplan tasks --theme ngay", tmp_path)  # the repository's plans
    assert out.split() == ["ngay-le-lon"]
    out, _ = complete("dakplan render ", tmp_path)
    assert out.split() == ["agency", "plan", "report"]
    out, _ = complete("dakplan val", tmp_path)
    assert out.split() == ["validate"]
    out, _ = complete("dakplan tasks --agency VO", tmp_path, shell="zsh")
    assert '"VOV":"Đài Tiếng nói Việt Nam"' in out


def test_the_completion_script_is_shown_for_a_shell() -> None:
    # The shell is detected from the processes above; typer's switch names it instead, as the
    # process running the tests may have no shell above it.
    result = subprocess.run([sys.executable, "-m", "dakplan", "--show-completion", "bash"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT,
                            env={**os.environ, "LANG": "C.UTF-8",
                                 "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert result.returncode == 0, result.stderr
    assert "_DAKPLAN_COMPLETE=complete_bash" in result.stdout
