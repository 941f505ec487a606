"""Shared test helpers: the real 2020 plan, a small plan builder, and the CLI runner."""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from dakplan.cli import app
from dakplan.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
PLAN_2020 = ROOT / "plans" / "2020.yaml"
EXAMPLES = Path(__file__).resolve().parent / "examples"
PLAN_2020_V1 = EXAMPLES / "valid" / "2020-v1.yaml"
"""The 2020 plan as it was written in format version 1 (plans/2020.yaml is its migration)."""

SMALL_PLAN: dict[str, Any] = {
    "dakplan": 1,
    "document": {
        "issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", "agency": "UBND"},
        "symbol": "KH-UBND",
        "place": "Thử Nghiệm",
        "date": "2030-03",
        "subject": "Kế hoạch thử nghiệm năm 2030",
        "period": {"start": 2030, "end": 2030},
        "signature": {"authority": "TM.", "on_behalf_of": "ỦY BAN NHÂN DÂN",
                      "title": "CHỦ TỊCH", "name": "Trần Văn A"},
        "recipients": [{"text": "Sở Văn hóa", "note": "t/h", "agencies": ["SVH"]}],
    },
    "agencies": [
        {"code": "UBND", "name": "Ủy ban nhân dân tỉnh Thử Nghiệm", "kind": "people_committee"},
        {"code": "SVH", "name": "Sở Văn hóa, Thể thao và Du lịch", "short": ["Sở VHTTDL"],
         "kind": "department"},
        {"code": "SYT", "name": "Sở Y tế", "kind": "department"},
        {"code": "DAIA", "name": "Đài Truyền hình A", "kind": "central_press"},
        {"code": "BAOB", "name": "Báo B", "kind": "central_press"},
    ],
    "groups": [
        {"code": "PRESS", "name": "Các cơ quan báo chí", "members": ["DAIA", "BAOB"]},
        {"code": "DEPTS", "name": "Các sở, ngành", "member_kinds": ["department"]},
    ],
    "themes": [{"id": "du-lich", "text": "Quảng bá du lịch."}],
    "media": {"formats": ["bao-hinh", "bao-dien-tu"]},
    "implementation": [
        {"heading": "Sở Văn hóa", "tasks": [
            {"id": "svh-phim", "lead": "SVH", "coordinate": ["PRESS"],
             "text": "Làm phim quảng bá.", "timing": {"type": "deadline", "date": "2030-06-30"},
             "themes": ["du-lich"], "media": ["bao-hinh"]},
            {"id": "svh-thuong-xuyen", "lead": "SVH", "text": "Cung cấp thông tin.",
             "timing": {"type": "throughout"}},
        ]},
        {"heading": "Các sở, ngành", "tasks": [
            {"id": "depts-phoi-hop", "lead": "DEPTS", "text": "Phối hợp.",
             "timing": {"type": "recurring", "frequency": "quarterly"}},
        ]},
    ],
    "reporting": [
        {"id": "press-bao-cao", "lead": "PRESS", "coordinate": ["SVH"], "text": "Báo cáo.",
         "timing": {"type": "deadline", "date": "2030-12-15"}},
    ],
}


def small_plan() -> dict[str, Any]:
    """A fresh deep copy of a small valid plan (edit it freely in a test)."""
    return copy.deepcopy(SMALL_PLAN)


def dump_plan(data: dict[str, Any]) -> str:
    """YAML text of a plan dict; ISO date strings are written as YAML dates (unquoted)."""
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    import re

    return re.sub(r"'(\d{4}-\d{2}-\d{2})'", r"\1", text)


@pytest.fixture
def write_plan(tmp_path: Path) -> Callable[..., Path]:
    """write_plan(data or text, name="plan.yaml") -> path of the written file."""

    def write(data: dict[str, Any] | str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data if isinstance(data, str) else dump_plan(data), encoding="utf-8")
        return path

    return write


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A plan repository: plans/2030.yaml (the small plan) and an empty templates/ folder."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2030.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
    (tmp_path / "templates").mkdir()
    return tmp_path


@pytest.fixture
def run() -> Callable[..., Any]:
    """run("validate", "x.yaml") -> click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Any:
        result = runner.invoke(app, list(args), env=env, input=input, catch_exceptions=False)
        set_language("en")
        return result

    return invoke


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests, and the commands they start, keep dakplan's cache in a folder of their own,
    never in the user's."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DAKPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_ACTIONS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
