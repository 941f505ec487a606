"""The command line speaks Vietnamese or English: --lang, DAKPLAN_LANG, then the locale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import small_plan


@pytest.fixture
def broken(write_plan: Callable[..., Path]) -> Path:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["lead"] = "SVHH"
    return write_plan(data)


def _line(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(("env", "args"), [
    ({"DAKPLAN_LANG": "vi"}, []),
    ({"LANG": "vi_VN.UTF-8"}, []),
    ({"DAKPLAN_LANG": "en"}, ["--lang", "vi"]),
    ({}, ["--lang=vi"]),
])
def test_validate_speaks_vietnamese(run: Callable[..., Any], broken: Path,
                                    env: dict[str, str], args: list[str]) -> None:
    result = run(*args, "validate", str(broken), env=env)
    assert result.exit_code == 1
    after = run("validate", str(broken), *(args or ["--lang", "vi"]), env=env)
    assert after.stdout == result.stdout  # --lang may come after the command too
    assert result.exit_code == 1
    line = _line(broken, "lead: SVHH")
    assert result.stdout == (
        f"{broken}:{line}:11: DK201 [lỗi] không có cơ quan hoặc nhóm 'SVHH' (có phải là 'SVH'?)\n"
        "đã kiểm tra 1 tệp: 1 lỗi, 0 cảnh báo\n")


@pytest.mark.parametrize("env", [{"DAKPLAN_LANG": "en"}, {"LANG": "vi_VN.UTF-8",
                                                          "DAKPLAN_LANG": "en"}, {}])
def test_validate_speaks_english(run: Callable[..., Any], broken: Path,
                                 env: dict[str, str]) -> None:
    result = run("validate", str(broken), env=env)
    assert result.exit_code == 1
    line = _line(broken, "lead: SVHH")
    assert result.stdout == (
        f"{broken}:{line}:11: DK201 [error] unknown agency or group 'SVHH' (did you mean 'SVH'?)\n"
        "1 file checked: 1 error, 0 warnings\n")


def test_json_messages_follow_the_language(run: Callable[..., Any], broken: Path) -> None:
    result = run("validate", str(broken), "-f", "json", env={"DAKPLAN_LANG": "vi"})
    assert "không có cơ quan hoặc nhóm 'SVHH'" in result.stdout


def test_help_in_vietnamese(run: Callable[..., Any]) -> None:
    root = run("--help", env={"DAKPLAN_LANG": "vi"})
    assert root.exit_code == 0
    assert root.stdout.startswith("Cách dùng: dakplan [OPTIONS] COMMAND [ARGS]...")
    assert "Lệnh:" in root.stdout and "Commands:" not in root.stdout
    assert "Hiện hướng dẫn này rồi thoát." in root.stdout
    sub = run("--lang", "vi", "calendar", "--help")
    assert sub.exit_code == 0
    assert "Ghi mọi thời hạn và nhiệm vụ định kỳ ra tệp iCalendar" in sub.stdout
    assert "Ví dụ: dakplan calendar plans/2020.yaml --agency STTTT -o stttt.ics" in sub.stdout
    assert "Tệp .ics cần ghi, - để in ra đầu ra chuẩn. [bắt buộc]" in " ".join(sub.stdout.split())
    assert "Tùy chọn:" in sub.stdout and "Options:" not in sub.stdout


def test_help_in_english(run: Callable[..., Any]) -> None:
    root = run("--help")
    assert root.stdout.startswith("Usage: dakplan [OPTIONS] COMMAND [ARGS]...")
    assert "help." not in root.stdout  # no catalogue key shows through
    for command in ("validate", "explain", "calendar", "remind"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "help." not in result.stdout
        assert "Example: dakplan " + command in result.stdout


def test_explain_in_vietnamese(run: Callable[..., Any]) -> None:
    result = run("--lang", "vi", "explain", "DK307")
    assert result.stdout.startswith("DK307 agency-not-in-period (cảnh báo)\n\nPhát hiện gì: ")
    assert "\nCách sửa: Giao nhiệm vụ cho cơ quan hiện đảm nhận" in result.stdout
    listing = run("explain", env={"DAKPLAN_LANG": "vi"})
    assert "DK302  lỗi" in listing.stdout
