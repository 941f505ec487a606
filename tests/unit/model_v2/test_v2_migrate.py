"""migrate.py: version 1 -> version 2, losslessly; version 1 files read through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from v2help import check, found, line_of

from conftest import EXAMPLES, PLAN_2020, PLAN_2020_V1, ROOT
from dakplan.checks.v2.validate import validate_file
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_file, load_text
from dakplan.migrate import MigrationError, leading_comments, migrate_file_text, migrate_text
from dakplan.model.v2 import Plan

V1_FILES = [*sorted((EXAMPLES / "valid").glob("*.yaml")),
            *sorted((EXAMPLES / "progress").glob("*.yaml"))]
SOURCE = ROOT / "tests" / "data" / "source-2020.txt"


def test_2020_converts_to_plans_2020() -> None:
    data, dropped = migrate_text(PLAN_2020_V1.read_text(encoding="utf-8"))
    assert data == load_file(PLAN_2020).data and dropped == []


def test_plans_2020_is_the_migration_of_its_version_1_byte_for_byte() -> None:
    # the v1 copy's first two lines say what it is; every other line, comments included, is
    # what `dakplan migrate` wrote
    written, dropped = migrate_file_text(PLAN_2020_V1.read_text(encoding="utf-8"))
    assert dropped == []
    assert written.splitlines()[2:] == PLAN_2020.read_text(encoding="utf-8").splitlines()[2:]


def test_comments_go_beside_above_and_after_the_data_they_stood_with() -> None:
    text = PLAN_2020_V1.read_text(encoding="utf-8")
    written, _ = migrate_file_text(text)
    assert '  number:            # not yet registered: "Số: /KH-UBND"' in written.splitlines()
    commented = text.replace("  recipients:\n", "  recipients:  # as printed\n"
                             "    # those who report\n", 1)
    commented = commented.replace("\nagencies:\n", "\n  # the end of the bases\nagencies:\n", 1)
    lines = migrate_file_text(commented)[0].splitlines()
    at = lines.index("  recipients:  # as printed")
    assert lines[at + 1:at + 3] == ["    # those who report",
                                    "    - text: Bộ Thông tin và Truyền thông"]
    at = lines.index("  # the end of the bases")
    assert lines[at - 1].endswith("parties: [UBND, VTV8]") and lines[at + 2] == "agencies:"


def test_a_comment_beside_what_has_no_place_is_listed() -> None:
    text = (EXAMPLES / "valid" / "small.yaml").read_text(encoding="utf-8")
    text = text.replace("\nagencies:", "\nheadings:  # as the 2019 plan had them\n"
                        "  funding: KINH PHÍ THỰC HIỆN\nagencies:", 1)
    written, dropped = migrate_file_text(text)
    line = line_of(text, "# as the 2019 plan had them")
    assert dropped == [
        "headings.funding 'KINH PHÍ THỰC HIỆN': the plan has no such section, so the heading "
        "has no place",
        f"line {line}: comment '# as the 2019 plan had them' is not carried (what it stands "
        "beside has no place in version 2)",
    ]
    assert "2019" not in written


@pytest.mark.parametrize("path", V1_FILES, ids=lambda p: p.name)
def test_every_v1_example_converts_to_a_valid_v2_plan(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    written, _ = migrate_file_text(text, str(path))
    report = check(written)
    assert report.plan is not None and report.errors == 0, report.entries
    assert written.startswith("\n".join(leading_comments(text)) + "\ndakplan: 2\n")
    v1_duties = sum(1 for _ in validate_file(path).plan.duties())  # type: ignore[union-attr]
    assert sum(1 for _ in report.plan.duties()) == v1_duties > 0


@pytest.mark.parametrize("path", V1_FILES, ids=lambda p: p.name)
def test_written_file_is_deterministic_and_reads_back(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    first, _ = migrate_file_text(text)
    assert migrate_file_text(text)[0] == first
    assert load_text(Source("x", first)).data == migrate_text(text)[0]


def test_2020_v2_holds_every_sentence_of_the_source_in_order() -> None:
    plan = Plan.model_validate(migrate_text(PLAN_2020_V1.read_text(encoding="utf-8"))[0])
    text = " ".join(plan.sentences())
    wanted = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^#+\s*", "", line.replace("*", "").strip())
        line = " ".join(re.sub(r"\\$", "", line).split())
        wanted += [s for s in re.split(r"(?<=\.)\s+", line) if s]
    start = next(i for i, s in enumerate(wanted) if s.startswith("Căn cứ Kế hoạch số 149"))
    body = wanted[start: wanted.index("Nơi nhận:")]
    assert len(body) > 60
    position = 0
    for sentence in body:
        at = text.find(sentence, position)
        assert at >= 0, sentence
        position = at + len(sentence)


def test_partners_are_v1s_press_partners_written_out() -> None:
    data, _ = migrate_text((EXAMPLES / "progress" / "2030.yaml").read_text(encoding="utf-8"))
    assert data["partners"] == ["DAIA", "BAOB"]
    assert data["report"]["next_period"] == ["Tiếp tục đặt hàng phóng sự du lịch.",
                                             "Tổ chức hội thảo đã hoãn."]
    assert "next_year" not in data["report"]


def test_heading_of_an_absent_section_is_listed() -> None:
    text = (EXAMPLES / "valid" / "small.yaml").read_text(encoding="utf-8")
    text = text.replace("\nagencies:", "\nheadings:\n  funding: KINH PHÍ THỰC HIỆN\nagencies:", 1)
    data, dropped = migrate_text(text)
    assert "headings" not in data
    assert dropped == ["headings.funding 'KINH PHÍ THỰC HIỆN': the plan has no such section, "
                       "so the heading has no place"]


def test_invalid_v1_is_refused_with_its_diagnostics() -> None:
    text = (EXAMPLES / "invalid" / "dk102-unknown-key.yaml").read_text(encoding="utf-8")
    with pytest.raises(MigrationError) as caught:
        migrate_text(text, "bad.yaml")
    assert [d.code for d in caught.value.diagnostics] == ["DK102"]


def test_v1_findings_point_at_the_v1_files_own_lines() -> None:
    path = EXAMPLES / "invalid" / "dk208-lead-coordinates.yaml"
    text = path.read_text(encoding="utf-8")
    expected = int(re.match(r"# expect: DK208@(\d+)", text)[1])  # type: ignore[index]
    report = validate_file(path)
    assert ("DK208", expected) in found(report)
    assert found(report)[0] == ("DK010", line_of(text, "dakplan: 1"))


def test_v1_schema_errors_stay_version_1s() -> None:
    path = EXAMPLES / "invalid" / "dk104-invalid-value.yaml"
    text = path.read_text(encoding="utf-8")
    expected = [(code, int(line)) for code, line in
                re.findall(r"(DK\d{3})@(\d+)", text.splitlines()[0])]
    assert found(validate_file(path)) == expected


def test_the_2020_plan_validates_clean() -> None:
    report = validate_file(PLAN_2020)
    assert report.plan is not None and report.entries == []
    assert [place.label for place in report.plan.sections() if place.thing.heading] == [
        "I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1", "III.2", "III.3", "IV"]
