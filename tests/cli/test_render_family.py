"""`render plan` of each plan of the family (tests/family) prints its printed form: every
heading with its number, every sentence in order, every signature line."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from dakplan.render.blocks import inline, plain

FAMILY = ROOT / "tests" / "family"
FIXTURES = sorted(p.parent.name for p in FAMILY.glob("*/plan.yaml"))


def printed(name: str) -> list[str]:
    text = (FAMILY / name / "printed.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def unmarked(markdown: str) -> list[str]:
    """The rendered Markdown as a person reads it: no fences, heading marks, emphasis,
    escapes or hard-break backslashes."""
    out = []
    for raw in markdown.splitlines():
        line = raw.strip()
        if not line or re.fullmatch(r":{3,}.*", line):
            continue
        line = re.sub(r"^#{1,6}\s+", "", line).removesuffix("\\").rstrip()
        out.append(plain(inline(line)))
    return out


@pytest.mark.parametrize("name", FIXTURES)
def test_render_plan_prints_the_document(run, name: str) -> None:
    result = run("render", "plan", "--plan", str(FAMILY / name / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert unmarked(result.stdout) == printed(name)


def test_one_changed_word_is_seen(run, tmp_path) -> None:
    source = (FAMILY / "five-year" / "plan.yaml").read_text(encoding="utf-8")
    changed = source.replace("name: Trần Quốc Hưng", "name: Trần Quốc Hùng")
    assert changed != source
    path = tmp_path / "plan.yaml"
    path.write_text(changed, encoding="utf-8")
    result = run("render", "plan", "--plan", str(path))
    assert result.exit_code == 0
    assert unmarked(result.stdout) != printed("five-year")
    assert "Trần Quốc Hùng" in unmarked(result.stdout)
