"""``dakplan new`` keeps the comments of the plan it starts from, with its key order, quoting and
layout; only comments that went with removed fields are dropped, and those are listed. A
version 1 plan is drafted in version 2, its comments carried by the conversion."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, PLAN_2020
from dakplan.checks.v2.validate import validate_file
from dakplan.io.yaml_dump import comment_lines
from dakplan.migrate import migrate_file_text

PROGRESS = EXAMPLES / "progress" / "2030.yaml"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "plans").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def comments(text: str) -> list[str]:
    return [comment for _, comment in comment_lines(text)]


def test_every_comment_of_the_2020_plan_is_in_the_2021_draft(run: Any, here: Path) -> None:
    shutil.copy(PLAN_2020, here / "plans" / "2020.yaml")
    source = PLAN_2020.read_text(encoding="utf-8")
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 0, result.stderr
    draft = (here / "plans" / "2021.yaml").read_text(encoding="utf-8")
    # the source has 7 comment lines at the top and 2 beside keys: all 9 are there
    assert len(comments(source)) == 9
    assert comments(draft) == comments(source)
    assert draft.splitlines()[:7] == source.splitlines()[:7]
    assert "of the source went with the fields removed" not in result.stdout


def test_comments_beside_keys_stay_beside_them(run: Any, here: Path) -> None:
    shutil.copy(PLAN_2020, here / "plans" / "2020.yaml")
    run("new", "2021", "--from", "plans/2020.yaml")
    draft = (here / "plans" / "2021.yaml").read_text(encoding="utf-8").splitlines()
    assert '  number:            # not yet registered: "Số: /KH-UBND"' in draft
    assert '  date:              # "ngày  tháng 3 năm 2020": only the month is printed' in draft


COMMENTED = [
    # (text in the example, the same with a comment added)
    ("reporting:\n", "# The reporting duties of the press.\nreporting:\n"),
    ("        lead: SVH\n        coordinate: [PRESS]\n",
     "        lead: SVH  # the department, not the committee\n        coordinate: [PRESS]\n"),
    ("        status: done\n", "        # reported at the May meeting\n"
     "        status: done  # confirmed by phone\n"),
    ("            contract: 05/HĐ-SVH\n", "            contract: 05/HĐ-SVH  # signed late\n"
     "      # The articles: ordered from Báo B.\n"),
    ("    coordinate: [SVH]\n", "    coordinate: [SVH]  # since 2029\n"),
    ("    timing: {type: deadline, date: 2030-12-15}\n",
     "    timing: {type: deadline, date: 2030-12-15}\n    # Keep this duty every year.\n"),
    ("report:\n", "# The results of the year.\nreport:\n"),
    ("  problems: [", "  # from the review meeting\n  problems: ["),
    ("        text: Đặt hàng bài viết về du lịch.\n",
     "        text: 'Đặt hàng bài viết về du lịch.'\n"),
]
KEPT = ["# The reporting duties of the press.", "# the department, not the committee",
        "# The articles: ordered from Báo B.", "# since 2029", "# Keep this duty every year."]
DROPPED = ["# reported at the May meeting", "# confirmed by phone", "# signed late",
           "# The results of the year.", "# from the review meeting"]


QUOTED = ("                      text: Đặt hàng bài viết về du lịch.\n",
          "                      text: 'Đặt hàng bài viết về du lịch.'\n")
"""In the version 2 source, a text quoted as a person may quote it."""


def commented_source(here: Path, version: int = 2) -> Path:
    """The progress example with comments everywhere: as version 1, or as its version 2
    conversion (which carries them) with one text quoted by hand."""
    text = PROGRESS.read_text(encoding="utf-8")
    for old, new in COMMENTED:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    if version == 2:
        converted = migrate_file_text(text)[0]
        assert comments(converted) == comments(text)  # every comment carried, in order
        assert converted.count(QUOTED[0]) == 1
        text = converted.replace(*QUOTED)
    path = here / "plans" / "2030.yaml"
    path.write_text(text, encoding="utf-8")
    assert validate_file(path).errors == 0
    return path


@pytest.mark.parametrize("version", [2, 1])
def test_comments_anywhere_survive_unless_their_field_is_removed(run: Any, here: Path,
                                                                 version: int) -> None:
    source = commented_source(here, version)
    result = run("new", "2031", "--from", str(source))
    assert result.exit_code == 0, result.stderr
    draft = (here / "plans" / "2031.yaml").read_text(encoding="utf-8")
    found = comments(draft)
    assert found == [c for c in comments(source.read_text(encoding="utf-8")) if c not in DROPPED]
    assert set(KEPT) <= set(found)
    lines = draft.splitlines()
    # each where it was: beside its key, or above the next entry, or after the last one
    assert "                      lead: SVH  # the department, not the committee" in lines
    at = lines.index("                  # The articles: ordered from Báo B.")
    assert lines[at + 1:at + 3] == ["                  - duty:",
                                    "                      id: svh-bai-viet"]
    at = lines.index("  # The reporting duties of the press.")
    assert lines[at + 1:at + 3] == ["  - section:", "      id: reporting"]
    assert "            coordinate: [SVH]  # since 2029" in lines
    at = lines.index("        # Keep this duty every year.")
    assert lines[at - 1] == "            text: Các cơ quan báo chí báo cáo kết quả trước ngày " \
        "15/12/2031."
    # the quoting of the source is kept (a version 1 source is written as the conversion
    # writes it)
    assert QUOTED[version == 2].rstrip("\n") in lines
    assert "status:" not in draft and "progress:" not in draft and "report:" not in draft
    assert validate_file(here / "plans" / "2031.yaml").errors == 0


@pytest.mark.parametrize("version", [2, 1])
def test_the_comments_dropped_are_listed_with_their_lines(run: Any, here: Path,
                                                          version: int) -> None:
    source = commented_source(here, version)
    text = source.read_text(encoding="utf-8").splitlines()
    result = run("new", "2031", "--from", str(source))
    out = result.stdout.splitlines()
    at = out.index(f"{len(DROPPED)} comments of the source went with the fields removed:")
    listed = out[at + 1:at + 1 + len(DROPPED)]
    assert [line.split(": ", 1)[1] for line in listed] == DROPPED
    for line in listed:
        number = int(re.match(rf"  {re.escape(str(source))}:(\d+): ", line).group(1))  # type: ignore[union-attr]
        assert line.split(": ", 1)[1] in text[number - 1]
    (here / "plans" / "2031.yaml").unlink()
    report = json.loads(run("new", "2031", "--from", str(source), "-f", "json").stdout)
    assert [d["comment"] for d in report["dropped_comments"]] == DROPPED


def test_the_draft_is_the_same_byte_for_byte_each_time(run: Any, here: Path) -> None:
    source = commented_source(here)
    first = run("new", "2031", "--from", str(source), "-o", "-").stdout
    second = run("new", "2031", "--from", str(source), "-o", "-").stdout
    assert first == second and first.startswith("# A made-up plan")
