"""A plan typed in NFD behaves exactly like the same plan in NFC in every command that reads
it: same task lists, same agencies, same documents; and none of these commands changes it."""

from __future__ import annotations

import os
import unicodedata

import pytest

from conftest import PLAN_2020

COMMANDS = [
    ["tasks", "--as-of", "2020-06-01"],
    ["tasks", "--format", "json", "--as-of", "2020-06-01"],
    ["tasks", "--agency", "Sở TT&TT", "--as-of", "2020-06-01"],
    ["agencies"],
    ["render", "plan", "-p", "plans/2020.yaml"],
    ["render", "report", "-p", "plans/2020.yaml", "--as-of", "2020-12-31"],
    ["render", "agency", "--agency", "VOV", "-p", "plans/2020.yaml"],
    ["diff", "plans/2020.yaml", "plans/2020.yaml"],
    ["calendar", "plans/2020.yaml", "-o", "out/calendar.ics"],
    ["render", "plan", "-p", "plans/2020.yaml", "-o", "out/plan.html"],
]


def _project(root, text: str):
    (root / "out").mkdir(parents=True)
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "2020.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_nfd_plan_gives_the_same_output(run, tmp_path, monkeypatch, args) -> None:
    text = PLAN_2020.read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    outputs = []
    for name, content in (("nfc", text), ("nfd", nfd)):
        root = _project(tmp_path / name, content)
        monkeypatch.chdir(root)
        before = (root / "plans" / "2020.yaml").read_bytes()
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert (root / "plans" / "2020.yaml").read_bytes() == before
        assert sorted(os.listdir(root / "plans")) == ["2020.yaml"]
        if "-o" in args:  # the written file, which must not be in plans/
            outputs.append((root / args[args.index("-o") + 1]).read_bytes())
        else:
            outputs.append(result.stdout.encode())
    assert outputs[0] == outputs[1]
    assert outputs[0].strip()


def test_nfd_agency_name_on_the_command_line(run, tmp_path, monkeypatch) -> None:
    root = _project(tmp_path, PLAN_2020.read_text(encoding="utf-8"))
    monkeypatch.chdir(root)
    typed = run("tasks", "--agency", unicodedata.normalize("NFD", "Sở TT&TT"))
    composed = run("tasks", "--agency", "Sở TT&TT")
    assert typed.exit_code == composed.exit_code == 0
    assert typed.stdout == composed.stdout

