"""The repository's configuration (dakplan.toml, [tool.dakplan]) as a team uses it: real files in
nested folders of real git repositories, commands run from a subfolder."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import dump_plan, small_plan
from dakplan.config import Config, find, load
from gitrepo import git

WARNED = small_plan()
WARNED["implementation"][0]["tasks"][0]["media"] = ["bao-in"]  # DK203, a warning


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A plans repository under git: plans/2030.yaml (one warning), docs/notes/ below."""
    root = tmp_path / "kho-ke-hoach"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "2030.yaml").write_text(dump_plan(WARNED), encoding="utf-8")
    (root / "docs" / "notes").mkdir(parents=True)
    git(root, "init", "-q")
    return root


def configure(root: Path, text: str, name: str = "dakplan.toml") -> Path:
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


def test_from_a_subfolder_validate_finds_the_repository_plans(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(team / "plans")
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("2030.yaml:")  # as typed from here
    monkeypatch.chdir(team / "docs" / "notes")
    result = run("validate")
    assert result.stdout.splitlines()[0].startswith("../../plans/2030.yaml:")
    assert run("tasks", "-f", "json").exit_code == 0


def test_the_git_root_stops_the_search(run: Any, team: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    configure(team.parent, "strict = true\n")  # above the repository: not its settings
    monkeypatch.chdir(team / "docs")
    assert find(Path.cwd()) == (None, team)
    assert run("validate").exit_code == 0  # the warning does not fail


def test_settings_from_dakplan_toml_in_a_nested_folder(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (team / "ke-hoach" / "nam").mkdir(parents=True)
    (team / "plans" / "2030.yaml").rename(team / "ke-hoach" / "nam" / "2030.yaml")
    configure(team, 'plans = "ke-hoach"\nstrict = true\nlang = "vi"\n')
    monkeypatch.chdir(team / "docs" / "notes")
    result = run("validate")
    assert result.exit_code == 1  # strict: the warning fails
    assert "../../ke-hoach/nam/2030.yaml:" in result.stdout
    assert "đã kiểm tra 1 tệp" in result.stdout  # lang = "vi"
    assert run("validate", "--no-strict").exit_code == 0  # the command line wins
    assert "1 file checked" in run("--lang", "en", "validate").stdout


def test_tool_dakplan_in_pyproject(run: Any, team: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    configure(team, '[project]\nname = "plans"\n\n[tool.dakplan]\nignore = ["DK203"]\n'
              'strict = true\n', "pyproject.toml")
    monkeypatch.chdir(team / "plans")
    result = run("validate")
    assert (result.exit_code, result.stdout) == (
        0, "2030.yaml: valid\n1 file checked: 0 errors, 0 warnings\n")
    # --ignore replaces the list: the warning is back, and strict fails it
    assert run("validate", "--ignore", "DK999".replace("999", "301")).exit_code == 1


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    configure(tmp_path, 'lang = "vi"\n')
    configure(tmp_path / "sub", "[project\nbroken", "pyproject.toml")  # not ours: not read
    assert load(tmp_path / "sub") == Config(tmp_path, tmp_path / "dakplan.toml", lang="vi",
                                            lines={"lang": 1})


def test_dakplan_toml_comes_before_pyproject_in_one_folder(tmp_path: Path) -> None:
    configure(tmp_path, '[tool.dakplan]\nlang = "en"\n', "pyproject.toml")
    configure(tmp_path, 'lang = "vi"\n')
    assert load(tmp_path).lang == "vi"


def test_ignore_takes_names_and_refuses_what_cannot_be_ignored(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(team)
    configure(team, "# settings\nignore = [\"unused-media\"]\n")
    assert "0 warnings" in run("validate").stdout
    configure(team, "\nignore = [\"yaml-syntax\"]\n")
    result = run("validate")
    assert result.exit_code == 2
    assert result.stderr == ("dakplan: dakplan.toml:2: DK001 cannot be ignored: nothing in a "
                             "file that cannot be read is checked\n")
    configure(team, "ignore = [\"DK999\"]\n")
    assert run("validate").stderr == (
        "dakplan: dakplan.toml:1: unknown code or name 'DK999' (see dakplan explain)\n")
    assert run("validate", "--ignore", "nope").stderr == (
        "dakplan: --ignore: unknown code or name 'nope' (see dakplan explain)\n")


@pytest.mark.parametrize(("text", "message"), [
    ('lang = "vi"\nstrickt = true\n',
     "dakplan.toml:2: unknown setting 'strickt'; the settings are: ignore, lang, plans, "
     "registry, strict, templates, timezone"),
    ('lang = "vi"\n\nstrict = "yes"\n', "dakplan.toml:3: 'strict' must be true or false, "
     'not "yes"'),
    ('ignore = "DK203"\n', "dakplan.toml:1: 'ignore' must be a list of texts in quotes, not "
     '"DK203"'),
    ("plans = 3\n", "dakplan.toml:1: 'plans' must be a text in quotes, not 3"),
    ('lang = "fr"\n', "dakplan.toml:1: unknown language 'fr'; use one of: en, vi"),
    ('timezone = "Asia/Ha_Noi"\n', "dakplan.toml:1: 'Asia/Ha_Noi' is not a time zone; use a "
     "name such as Asia/Ho_Chi_Minh or UTC"),
    ('lang = "vi"\nstrict = tru\n', "dakplan.toml:2: not valid TOML: Invalid value"),
    ('[render]\nformat = "docx"\n', "dakplan.toml:1: unknown setting 'render'; the settings "
     "are: ignore, lang, plans, registry, strict, templates, timezone"),
])
def test_a_bad_configuration_names_its_file_and_line(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str) -> None:
    configure(team, text)
    monkeypatch.chdir(team / "docs")
    result = run("validate")
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: {message.replace('dakplan.toml', '../dakplan.toml')}\n"
    assert result.stdout == ""


def test_a_bad_line_in_pyproject_counts_from_the_top_of_the_file(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    configure(team, '[project]\nname = "x"\n[tool.dakplan]\nlang = "vi"\nstrict = 1\n',
              "pyproject.toml")
    monkeypatch.chdir(team)
    assert run("validate").stderr == ("dakplan: pyproject.toml:5: 'strict' must be true or "
                                      "false, not 1\n")


def test_language_layers_option_then_environment_then_file(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    configure(team, 'lang = "vi"\n')
    monkeypatch.chdir(team)
    assert "đã kiểm tra 1 tệp" in run("validate").stdout
    monkeypatch.setenv("DAKPLAN_LANG", "en")
    assert "checked" in run("validate").stdout
    assert "đã kiểm tra 1 tệp" in run("--lang", "vi", "validate").stdout
    monkeypatch.delenv("DAKPLAN_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the locale is below the file
    assert "đã kiểm tra 1 tệp" in run("validate").stdout
    assert "Cách dùng:" in run("--help").stdout


def test_time_zone_layers_environment_then_file_then_default(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dakplan.query import clock

    # 2030-06-30 20:00 UTC: already 1 July in Vietnam, still 30 June in UTC
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2030, 6, 30, 20, tzinfo=dt.UTC))
    monkeypatch.chdir(team)
    monkeypatch.delenv("DAKPLAN_TIMEZONE", raising=False)

    def as_of() -> str:
        result = run("tasks", "-f", "json")
        assert result.exit_code == 0, result.stderr
        return str(__import__("json").loads(result.stdout)["as_of"])

    assert as_of() == "2030-07-01"
    configure(team, 'timezone = "UTC"\n')
    assert as_of() == "2030-06-30"
    monkeypatch.setenv("DAKPLAN_TIMEZONE", "Asia/Ho_Chi_Minh")
    assert as_of() == "2030-07-01"
    monkeypatch.delenv("DAKPLAN_TIMEZONE")
    (team / "dakplan.toml").unlink()
    assert as_of() == "2030-07-01"  # and the file's zone is not left behind


def test_templates_folder_from_the_configuration(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (team / "mau").mkdir()
    (team / "mau" / "memo.md.j2").write_text("Memo: {{ doc.subject }}\n", encoding="utf-8")
    configure(team, 'templates = "mau"\n')
    monkeypatch.chdir(team / "plans")
    result = run("render", "memo")
    assert (result.exit_code, result.stdout) == (0, "Memo: Kế hoạch thử nghiệm năm 2030\n")
    assert "memo" in run("render", "--list").stdout


def test_new_writes_into_the_configured_plans_folder(
        run: Any, team: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(team / "docs")
    result = run("new", "2031", "--from", "../plans/2030.yaml")
    assert result.exit_code == 0, result.stderr
    assert (team / "plans" / "2031.yaml").is_file()
    assert result.stdout.startswith("wrote ../plans/2031.yaml from ../plans/2030.yaml")


def test_a_real_run_from_a_subfolder_of_a_real_repository(team: Path) -> None:
    configure(team, 'lang = "vi"\nstrict = true\n')
    result = subprocess.run([sys.executable, "-m", "dakplan", "validate"], cwd=team / "plans",
                            capture_output=True, text=True,
                            env={**os.environ, "LANG": "C.UTF-8"})
    assert result.returncode == 1
    assert result.stdout.startswith("2030.yaml:")
    assert "cảnh báo" in result.stdout
