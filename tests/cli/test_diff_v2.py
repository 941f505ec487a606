"""`dakplan diff` on version 2 plans (tests/family), a version 1 plan against its version 2,
and `diff --git` on a real repository whose plan moves from version 1 to version 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, PLAN_2020_V1, ROOT
from dakplan.changes import Change, diff_plans
from dakplan.checks.v2.validate import validate_file
from gitrepo import edit, git

FAMILY = ROOT / "tests" / "family"

FIVE_YEAR_EDITS = [
    ("      heading: KINH PHÍ\n", "      heading: KINH PHÍ THỰC HIỆN\n"),
    ("      - {authority: KT., on_behalf_of: CHỦ TỊCH}\n", ""),
    ("                          - {month: 12, day: 15}\n",
     "                          - {month: 12, day: 10}\n"),
    ("ngày 15/12 hằng năm.", "ngày 10/12 hằng năm."),
    ("timing: {type: window, start: 2024-01-01, end: 2025-12-31}",
     "timing: {type: window, start: 2024-01-01, end: 2025-06-30}"),
    ("Nâng cao hiệu quả phối hợp", "Nâng cao chất lượng phối hợp"),
    ("đơn vị triển khai thực hiện./.", "đơn vị nghiêm túc triển khai thực hiện./."),
    ("  - section:\n      id: kinh-phi\n",
     "  - section:\n      id: kiem-tra\n      heading: KIỂM TRA, GIÁM SÁT\n      blocks:\n"
     "        - paragraph: Sở Thông tin và Truyền thông kiểm tra việc thực hiện Kế hoạch.\n"
     "  - section:\n      id: kinh-phi\n"),
]


def edited(tmp_path: Path, name: str, edits: list[tuple[str, str]],
           file: str = "new.yaml") -> Path:
    text = (FAMILY / name / "plan.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    assert validate_file(path).errors == 0
    return path


def plan(path: Path) -> Any:
    report = validate_file(path)
    assert report.plan is not None
    return report.plan


def test_sections_signature_paragraphs_items_and_timings(run: Any, tmp_path: Path) -> None:
    old = FAMILY / "five-year" / "plan.yaml"
    new = edited(tmp_path, "five-year", FIVE_YEAR_EDITS)
    result = run("diff", str(old), str(new))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"comparing {old} with {new}",
        f"{new}: 10 changes",
        "  document signature.chain: removed KT. CHỦ TỊCH",
        '  section IV: added ("KIỂM TRA, GIÁM SÁT")',
        '  section V: renamed from "KINH PHÍ" to "KINH PHÍ THỰC HIỆN"',
        "  section V: renumbered from IV to V",
        "  section VI: renumbered from V to VI",
        "  paragraph 2: … cầu các cơ quan, đơn vị {+nghiêm túc +}triển khai thực hiện./.",
        "  purpose 2 in I.1: Nâng cao [-hiệu-]{+chất+} [-quả-]{+lượng+} phối hợp giữa tỉnh "
        "với Đài …",
        "  task vtv-phim-tai-lieu: timing changed from window 2024-01-01 – 2025-12-31 to "
        "window 2024-01-01 – 2025-06-30",
        "  task stttt-bao-cao-nam: reworded: … ban nhân dân tỉnh trước ngày [-15/12-]{+10/12+} "
        "hằng năm.",
        "  task stttt-bao-cao-nam: timing changed from recurring (yearly, by 15/12) to "
        "recurring (yearly, by 10/12)",
        "1 file compared: 10 changes",
    ]
    assert result.stderr == ""
    vi = run("--lang", "vi", "diff", str(old), str(new)).stdout.splitlines()
    assert "  mục V: đổi số thứ tự từ IV thành V" in vi
    assert "  nhiệm vụ vtv-phim-tai-lieu: đổi thời gian thực hiện từ khoảng 01/01/2024 – " \
        "31/12/2025 sang khoảng 01/01/2024 – 30/06/2025" in vi


def test_the_json_says_it_in_version_2(run: Any, tmp_path: Path) -> None:
    new = edited(tmp_path, "five-year", FIVE_YEAR_EDITS)
    document = json.loads(run("diff", str(FAMILY / "five-year" / "plan.yaml"), str(new),
                              "-f", "json").stdout)
    assert document["version"] == 2
    changes = document["files"][0]["changes"]
    assert [(c["kind"], c["key"], c["at"]) for c in changes] == [
        ("document.changed", "signature.chain", None),
        ("section.added", "IV", None),
        ("section.renamed", "V", None),
        ("section.renumbered", "V", None),
        ("section.renumbered", "VI", None),
        ("paragraph.changed", "2", None),
        ("purpose.changed", "2", "I.1"),
        ("task.timing", "vtv-phim-tai-lieu", None),
        ("task.reworded", "stttt-bao-cao-nam", None),
        ("task.timing", "stttt-bao-cao-nam", None),
    ]
    assert changes[-1]["old"] == {"type": "recurring", "frequency": "yearly",
                                  "by": [{"month": 12, "day": 15}]}
    assert changes[0]["removed"] == ["KT. CHỦ TỊCH"]


def test_several_deadlines_a_move_between_labels_lead_and_coordinators(tmp_path: Path) -> None:
    new = edited(tmp_path, "arabic-lettered", [
        ("timing: {type: deadlines, dates: [2024-06-15, 2024-11-15]}",
         "timing: {type: deadlines, dates: [2024-06-30, 2024-11-15]}"),
        ("ngày 15/6/2024 và trước", "ngày 30/6/2024 và trước"),
        ("                      id: stttt-bao-cao\n                      lead: STTTT\n",
         "                      id: stttt-bao-cao\n                      lead: CTTDT\n"
         "                      coordinate: [STTTT]\n"),
    ])
    found = diff_plans(plan(FAMILY / "arabic-lettered" / "plan.yaml"), plan(new))
    assert [(c.kind, c.key) for c in found] == [
        ("task.reassigned", "stttt-bao-cao"), ("task.coordinate", "stttt-bao-cao"),
        ("task.reworded", "stttt-bao-cao"), ("task.timing", "stttt-bao-cao")]
    assert (found[0].old, found[0].new, found[1].added) == ("STTTT", "CTTDT", ("STTTT",))
    assert found[3] == Change(
        "task.timing", "stttt-bao-cao",
        old={"type": "deadlines", "dates": ["2024-06-15", "2024-11-15"]},
        new={"type": "deadlines", "dates": ["2024-06-30", "2024-11-15"]})


def test_a_duty_moved_to_another_section_names_both_labels(run: Any, tmp_path: Path) -> None:
    text = (FAMILY / "five-year" / "plan.yaml").read_text(encoding="utf-8")
    start = text.index("              - duty:\n                  id: baodai-ho-tro-phong-vien")
    end = text.index("        - section:\n            id: sbn-huyen")
    duty = text[start:end]
    # out of V.3 (which keeps its heading, with nothing under it), to the end of V.4
    text = text[:start - len("blocks:\n")] + "blocks: []\n" + text[end:]
    closing = text.index("  - paragraph: >-\n      Trên đây")
    text = text[:closing] + duty + text[closing:]
    moved = tmp_path / "moved.yaml"
    moved.write_text(text, encoding="utf-8")
    assert validate_file(moved).errors == 0
    result = run("diff", str(FAMILY / "five-year" / "plan.yaml"), str(moved))
    assert result.stdout.splitlines()[1:] == [
        f"{moved}: 1 change",
        '  task baodai-ho-tro-phong-vien: moved from V.3 "Báo Kon Tum, Đài Phát thanh - '
        'Truyền hình tỉnh" to V.4 "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố"',
        "1 file compared: 1 change",
    ]


def test_waivers_and_a_content_error_that_does_not_stop_the_diff(run: Any,
                                                                tmp_path: Path) -> None:
    old = FAMILY / "waived-basis" / "plan.yaml"
    text = old.read_text(encoding="utf-8")
    head = text.partition("\nwaivers:")[0] + "\n"
    new = tmp_path / "plan.yaml"
    new.write_text(head, encoding="utf-8")
    result = run("diff", str(old), str(new))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        f"{new}: 1 change",
        "  waiver DK303 basis:qd-312-ubnd: removed",
        "1 file compared: 1 change",
    ]
    # the unwaived basis date is an error validate refuses; diff says it and answers
    assert f"{new}:" in result.stderr and "DK303 [error]" in result.stderr
    assert "1 finding not waived" in result.stderr


def test_a_structural_error_stops_it(run: Any, tmp_path: Path) -> None:
    bad = edited(tmp_path, "december", [], "bad.yaml")
    bad.write_text(bad.read_text(encoding="utf-8").replace("lead: STTTT", "lead: NOBODY", 1),
                   encoding="utf-8")
    result = run("diff", str(FAMILY / "december" / "plan.yaml"), str(bad))
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{bad}:" in result.stderr and "DK201" in result.stderr


def test_a_version_1_plan_against_its_version_2(run: Any, tmp_path: Path) -> None:
    result = run("diff", str(PLAN_2020_V1), str(PLAN_2020))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [f"{PLAN_2020}: no changes",
                                              "1 file compared: 0 changes"]
    changed = tmp_path / "2020.yaml"
    changed.write_text(PLAN_2020.read_text(encoding="utf-8").replace(
        "            heading: Nội dung truyền thông\n",
        "            heading: Nội dung hợp tác truyền thông\n"), encoding="utf-8")
    result = run("diff", str(PLAN_2020_V1), str(changed))
    assert result.stdout.splitlines()[1:] == [
        f"{changed}: 1 change",
        '  section II.1: renamed from "Nội dung truyền thông" to "Nội dung hợp tác truyền '
        'thông"',
        "1 file compared: 1 change",
    ]


@pytest.mark.parametrize("name", sorted(p.parent.name for p in FAMILY.glob("*/plan.yaml")))
def test_every_family_plan_against_itself(run: Any, name: str) -> None:
    path = str(FAMILY / name / "plan.yaml")
    result = run("diff", path, path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"comparing {path} with {path}\n{path}: no changes\n" \
        "1 file compared: 0 changes\n"


# --- a real repository --------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plans repository whose 2020 plan was committed in version 1."""
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    (root / "plans" / "2020.yaml").write_text(PLAN_2020_V1.read_text(encoding="utf-8"),
                                              encoding="utf-8")
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "the 2020 plan, version 1")
    monkeypatch.chdir(root)
    return root


def test_git_migrating_a_plan_changes_nothing_in_plan_terms(run: Any, repo: Path) -> None:
    assert run("migrate", "plans/2020.yaml", "--in-place").exit_code == 0
    assert "dakplan: 2\n" in (repo / "plans" / "2020.yaml").read_text(encoding="utf-8")
    result = run("diff", "--git", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["comparing HEAD with the working tree",
                                          "plans/2020.yaml: no changes",
                                          "1 file compared: 0 changes"]
    git(repo, "commit", "-q", "-am", "the 2020 plan in version 2")
    edit(repo / "plans" / "2020.yaml", "id: bctw-tu-lieu\n                      lead: BCTW",
         "id: bctw-tu-lieu\n                      lead: STTTT")
    edit(repo / "plans" / "2020.yaml", "            heading: Nội dung truyền thông\n",
         "            heading: Nội dung hợp tác truyền thông\n")
    git(repo, "commit", "-q", "-am", "reassign; rename II.1")
    # the version 1 commit against the version 2 one that followed, and one step back
    for spec, first in (("HEAD~2..HEAD", "comparing HEAD~2 with HEAD"),
                        ("HEAD~1", "comparing HEAD~1 with the working tree")):
        result = run("diff", "--git", spec)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines() == [
            first,
            "plans/2020.yaml: 2 changes",
            '  section II.1: renamed from "Nội dung truyền thông" to "Nội dung hợp tác '
            'truyền thông"',
            "  task bctw-tu-lieu: reassigned from BCTW to STTTT",
            "1 file compared: 2 changes",
        ]
    markdown = run("diff", "--git", "HEAD~2..HEAD", "-f", "markdown").stdout.splitlines()
    assert '- **section II.1**: renamed from "Nội dung truyền thông" to "Nội dung hợp tác ' \
        'truyền thông"' in markdown
    assert "- **task bctw-tu-lieu**: reassigned from `BCTW` to `STTTT`" in markdown
