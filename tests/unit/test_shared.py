"""Which registry governs a plan, and how a plan's data takes it in."""

from __future__ import annotations

from pathlib import Path

import pytest

from dakplan.errors import UsageError
from dakplan.io.read import Source
from dakplan.shared import load, locate, merge

REGISTRY = """\
dakplan-registry: 1
agencies:
  - {code: UBND, name: Ủy ban nhân dân tỉnh, kind: people_committee}
  - {code: SA, name: Sở A, short: [Sở A tỉnh], kind: department}
groups:
  - {code: SBN, name: Các sở, member_kinds: [department]}
"""


def registry(text: str = REGISTRY) -> object:
    return load(Source("agencies.yaml", text))


def test_the_registrys_entries_come_first_and_the_plans_replace_theirs() -> None:
    shared = registry()
    data = {"agencies": [{"code": "SX", "name": "Sở X", "kind": "department"},
                         {"code": "SA", "name": "Sở A", "kind": "department"}]}
    merged = merge(data, shared)  # type: ignore[arg-type]
    assert [a["code"] for a in merged.data["agencies"]] == ["UBND", "SA", "SX"]
    assert merged.data["agencies"][1] is data["agencies"][1]  # the plan's own, in its place
    assert [g["code"] for g in merged.data["groups"]] == ["SBN"]
    assert merged.where(("agencies", 0, "name")) == (True, ("agencies", 0, "name"))
    assert merged.where(("agencies", 1, "kind")) == (False, ("agencies", 1, "kind"))
    assert merged.where(("agencies", 2)) == (False, ("agencies", 0))
    assert merged.where(("groups", 0, "members")) == (True, ("groups", 0, "members"))
    assert merged.sources == {"UBND": "agencies.yaml", "SBN": "agencies.yaml"}
    [finding] = merged.findings
    assert (finding.code, finding.path) == ("DK213", ("agencies", 1, "code"))
    assert finding.params["fields"] == "short" and finding.params["line"] == 4


def test_a_copy_word_for_word_and_one_that_leaves_out_defaults() -> None:
    merged = merge({"agencies": [{"code": "UBND", "name": "Ủy ban nhân dân tỉnh",
                                  "kind": "people_committee", "short": [], "aliases": []}]},
                   registry())  # type: ignore[arg-type]
    assert [(f.code, f.path) for f in merged.findings] == [("DK214", ("agencies", 0, "code"))]


def test_an_entry_the_model_refuses_is_left_to_the_schema() -> None:
    merged = merge({"agencies": [{"code": "SA", "name": "Sở A", "kind": "board"}]},
                   registry())  # type: ignore[arg-type]
    assert merged.findings == []
    assert merged.data["agencies"][1] == {"code": "SA", "name": "Sở A", "kind": "board"}


def test_a_plan_without_lists_takes_the_registrys() -> None:
    merged = merge({"dakplan": 2}, registry())  # type: ignore[arg-type]
    assert [a["code"] for a in merged.data["agencies"]] == ["UBND", "SA"]
    not_a_list = merge({"agencies": "UBND"}, registry())  # type: ignore[arg-type]
    assert not_a_list.data["agencies"] == "UBND"


def test_a_registry_is_checked_by_itself() -> None:
    broken = registry(REGISTRY + "  - {code: SBN, name: Lại, members: [SB]}\n")
    assert [(d.line, d.code) for d in broken.diagnostics] == [(7, "DK204"), (7, "DK201")]
    assert not broken.usable
    assert [d.code for d in registry("agencies: []\n").diagnostics] == ["DK101"]
    assert [d.code for d in registry("dakplan-registry: 2\n").diagnostics] == ["DK104"]


def test_found_in_the_plans_folder_or_above_up_to_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "plans" / "2030").mkdir(parents=True)
    plan = repo / "plans" / "2030" / "x.yaml"
    assert locate(plan) is None
    (tmp_path / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    assert locate(plan) is None  # above the repository: not its registry
    (repo / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    assert locate(plan) == (repo / "agencies.yaml").resolve()
    (repo / "plans" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    assert locate(plan) == (repo / "plans" / "agencies.yaml").resolve()


def test_outside_any_repository_the_plans_folder_and_the_one_above(tmp_path: Path) -> None:
    (tmp_path / "a" / "plans").mkdir(parents=True)
    (tmp_path / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    plan = tmp_path / "a" / "plans" / "x.yaml"
    assert locate(plan) is None
    (tmp_path / "a" / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")
    assert locate(plan) == (tmp_path / "a" / "agencies.yaml").resolve()


def test_the_configuration_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "dakplan.toml").write_text('registry = "shared.yaml"\n', encoding="utf-8")
    (tmp_path / "agencies.yaml").write_text(REGISTRY, encoding="utf-8")  # not this one
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="dakplan.toml:1: the registry shared.yaml does not"):
        locate(tmp_path / "plans" / "x.yaml")
    assert locate("plans/x.yaml", assume=Path("shared.yaml")) == tmp_path / "shared.yaml"
    (tmp_path / "shared.yaml").write_text(REGISTRY, encoding="utf-8")
    assert locate("-") == tmp_path / "shared.yaml"  # standard input: the current folder's
