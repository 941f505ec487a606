"""An imported plan used as a user uses it: `import`, then `validate`, `tasks`, `render plan`
and `calendar` on the file it wrote, for the seed (the 2020 source as OCR'd) and the three
documents of other wording (tests/family/import)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from sentence_split import normalise, sentences

SEED = ROOT / "tests" / "data" / "source-2020.txt"
DOCUMENTS = [SEED, *sorted((ROOT / "tests" / "family" / "import").glob("*.txt"))]
DUTIES = {"source-2020": 17, "department-bac-giang": 7, "district-chu-se": 8,
          "external-dien-bien": 8}
EVENTS = {"source-2020": 3, "department-bac-giang": 5, "district-chu-se": 6,
          "external-dien-bien": 7}
"""Calendar events: one per deadline and per recurring duty (standing duties are none)."""


@pytest.fixture
def imported(run: Any, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    document: Path = request.param
    plan = tmp_path / f"{document.stem}.yaml"
    result = run("import", str(document), "-o", str(plan))
    assert result.exit_code == 0, result.stderr
    return plan


def _each(test: Any) -> Any:
    return pytest.mark.parametrize("imported", DOCUMENTS, ids=lambda p: p.stem,
                                   indirect=True)(test)


@_each
def test_it_validates(run: Any, imported: Path) -> None:
    result = run("validate", str(imported))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == f"{imported}: valid\n1 file checked: 0 errors, 0 warnings\n"


@_each
def test_tasks_lists_every_duty_with_its_lead(run: Any, imported: Path) -> None:
    result = run("tasks", str(imported), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    tasks = json.loads(result.stdout)["tasks"]
    assert len(tasks) == DUTIES[imported.stem]
    assert all(task["lead"] and task["text"] for task in tasks)
    table = run("tasks", str(imported))
    assert table.exit_code == 0
    assert table.stdout.startswith(f"{DUTIES[imported.stem]} tasks, as of ")


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        if re.fullmatch(r"\s*\d{1,3}\s*", line):  # a page number
            continue
        out += [normalise(p) for p in re.split(r"\s{3,}", line.strip()) if normalise(p)]
    return out


@_each
def test_render_plan_prints_every_sentence_of_the_document(run: Any, imported: Path,
                                                           tmp_path: Path) -> None:
    """The body's sentences in order; the header's and the closing's, whose two columns a
    PDF's text runs together, each present."""
    document = next(d for d in DOCUMENTS if d.stem == imported.stem)
    out = tmp_path / "kehoach.md"
    result = run("render", "plan", str(imported), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    printed = " ".join(normalise(line) for line in out.read_text("utf-8").splitlines()
                       if not re.match(r"^\s*:{3,}", line))
    pieces = _pieces(document.read_text("utf-8"))
    title = next(k for k, p in enumerate(pieces) if p.upper() == "KẾ HOẠCH")
    close = next(k for k, p in enumerate(pieces) if p.startswith("Nơi nhận"))
    frame = sentences("\n".join(pieces[:title] + pieces[close:]))
    assert [s for s in frame if s not in printed] == []
    position = 0
    for sentence in sentences("\n".join(pieces[title:close])):
        found = printed.find(sentence, position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found + len(sentence)


@_each
def test_calendar_writes_its_deadlines(run: Any, imported: Path, tmp_path: Path) -> None:
    out = tmp_path / "kehoach.ics"
    result = run("calendar", str(imported), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    calendar = out.read_text("utf-8")
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert calendar.count("BEGIN:VEVENT") == EVENTS[imported.stem]
    assert result.stdout.startswith(f"{out}: {EVENTS[imported.stem]} events written")


def test_a_document_earning_a_finding_is_imported_with_it(run: Any, tmp_path: Path) -> None:
    """waived-basis cites a decision dated after the plan (the fixture waives it; the waiver
    is not printed): the import is written, exit 1, and the other commands answer."""
    plan = tmp_path / "plan.yaml"
    result = run("import", str(ROOT / "tests" / "family" / "waived-basis" / "printed.txt"),
                 "-o", str(plan))
    assert result.exit_code == 1
    assert "DK303" in result.stderr and plan.exists()
    checked = run("validate", str(plan))
    assert checked.exit_code == 1
    assert checked.stdout.endswith("1 file checked: 1 error, 0 warnings\n")
    assert re.search(r":\d+:\d+: DK303 \[error\] '312/QĐ-UBND' is dated 12/03/2024, after "
                     r"the plan \(05/03/2024\)", checked.stdout)
    tasks = run("tasks", str(plan))
    assert tasks.exit_code == 0
    assert tasks.stdout.startswith("6 tasks, as of ")
    assert "1 finding not waived" in tasks.stderr
