"""`dakplan new`: next year's plan drafted from this year's, version 2 (a version 1 plan through
the conversion)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import PLAN_2020, PLAN_2020_V1, ROOT, dump_plan, small_plan
from dakplan.checks.v2.validate import validate_file as validate_v2
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_text
from dakplan.model.tasks import Deadline
from dakplan.new import shift_years
from dakplan.validate import validate_file

FAMILY = ROOT / "tests" / "family"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "2020.yaml").write_text(PLAN_2020.read_text(encoding="utf-8"),
                                                  encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_2021_from_the_2020_plan(run: Any, here: Path) -> None:
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 0, result.stderr
    out = here / "plans" / "2021.yaml"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/plan.schema.json\n")
    report = validate_v2(out)
    assert report.version == 2 and report.errors == 0 and report.plan is not None
    plan = report.plan
    assert (plan.document.period.start, plan.document.period.end) == (2021, 2021)
    assert plan.document.number is None and plan.document.date is None
    assert [d.timing.date for _, d, _ in plan.located_duties()
            if isinstance(d.timing, Deadline)] == [dt.date(2021, 12, 15)] * 2
    # citations are kept as issued
    assert plan.bases[0].documents[0].date == dt.date(2020, 2, 11)
    assert plan.bases[1].documents[0].period is not None
    assert plan.bases[1].documents[0].period.end == 2020
    # a duty's own deadline in its text follows the deadline; other prose is left alone
    assert "Trước ngày 15/12/2021, Sở Thông tin" in text
    assert "VTV8 năm 2020" in text
    # the agreements that expired are flagged by validation, not silently changed
    assert [e.code for e in report.entries] == ["DK305", "DK305"]
    lines = result.stdout.splitlines()
    assert lines[0].startswith("wrote plans/2021.yaml from plans/2020.yaml (dates moved by 1")
    assert lines[1:4] == [
        "timing dates rewritten in duty texts:",
        "  plans/2021.yaml:459: III.2 duty:stttt-danh-gia-nam.text: 15/12/2020 → 15/12/2021",
        "  plans/2021.yaml:519: duty:bctw-bao-cao-ket-qua.text: 15/12/2020 → 15/12/2021",
    ]
    drafted = text.splitlines()
    assert drafted[458].strip() == drafted[518].strip() == "text: >-"  # the lines they name
    assert "Trước ngày 15/12/2021" in drafted[459]
    assert "15 places still name the old period; review them:" in lines
    assert any(line.startswith("  plans/2021.yaml:20: document.subject: ") for line in lines)
    assert drafted[19] == "  subject: >-"  # the line it names
    assert "  plans/2021.yaml:371: III.1 duty:bctw-khen-thuong.text: … trình phối hợp này " \
        "trong năm 2020." in lines
    # comments that name the old period are listed too
    assert "  plans/2021.yaml:3: #: …ắk với TTXVN, VOV và VTV8 năm 2020." in lines


def test_output_is_readable_yaml(run: Any, here: Path) -> None:
    run("new", "2021", "--from", "plans/2020.yaml")
    text = (here / "plans" / "2021.yaml").read_text(encoding="utf-8")
    assert '  number:            # not yet registered: "Số: /KH-UBND"\n' in text
    assert '  date:              # "ngày  tháng 3 năm 2020": only the month is printed\n' in text
    assert "  period: {start: 2021, end: 2021}\n" in text
    assert "    timing: {type: deadline, date: 2021-12-15}\n" in text  # a date, unquoted
    assert "name: Nguyễn Tuấn Hà\n" in text  # Unicode, not escapes
    assert "\\u" not in text
    assert "    - text: 'Các cơ quan: TTXVN, VOV, VTV8'\n" in text  # quoted as the source is
    assert "\n\nagencies:\n" in text  # sections apart
    keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    assert keys == ["dakplan", "document", "bases", "agencies", "groups", "partners",
                    "numbering", "body"]


def test_a_version_1_plan_is_drafted_in_version_2(run: Any, here: Path) -> None:
    (here / "plans" / "2020.yaml").write_text(PLAN_2020_V1.read_text(encoding="utf-8"),
                                              encoding="utf-8")
    result = run("new", "2021", "--from", "plans/2020.yaml", "-o", "v1.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "plans/2020.yaml is in format version 1: the draft is written in version 2 (dakplan "
        "migrate), its comments carried")
    run("new", "2021", "--from", str(PLAN_2020), "-o", "v2.yaml")
    from_v1 = (here / "v1.yaml").read_text(encoding="utf-8")
    from_v2 = (here / "v2.yaml").read_text(encoding="utf-8")
    # the same plan: the same draft, apart from the v1 copy's own first lines
    assert from_v1.splitlines()[2:] == from_v2.splitlines()[2:]
    assert "III.2 duty:stttt-danh-gia-nam.text: 15/12/2020 → 15/12/2021" in result.stdout


def test_same_input_same_output(run: Any, here: Path) -> None:
    run("new", "2021", "--from", "plans/2020.yaml", "-o", "a.yaml")
    run("new", "2021", "--from", "plans/2020.yaml", "-o", "b.yaml")
    assert (here / "a.yaml").read_bytes() == (here / "b.yaml").read_bytes()
    assert (here / "a.yaml").read_text(encoding="utf-8").splitlines()[0] == \
        "# yaml-language-server: $schema=schema/plan.schema.json"


def test_never_overwrites(run: Any, here: Path) -> None:
    target = here / "plans" / "2021.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run("new", "2021", "--from", "plans/2020.yaml")
    assert result.exit_code == 2
    assert "plans/2021.yaml exists" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_status_and_progress_are_cleared(run: Any, write_plan: Any, tmp_path: Path) -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0].update(
        status="done", progress=[{"date": "2030-05-01", "note": "Xong."}])
    source = write_plan(data)
    out = tmp_path / "next.yaml"
    result = run("new", "2031", "--from", str(source), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "status" not in text and "progress" not in text
    assert "date: 2031-06-30" in text


def test_json_report(run: Any, here: Path) -> None:
    result = run("new", "2022", "--from", "plans/2020.yaml", "-f", "json")
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["years_moved"] == 2
    assert document["converted"] is False
    assert document["rewritten"][0] == {
        "path": "body[3].section.blocks[1].section.blocks[0].bullets[8].duty.text",
        "place": "III.2 duty:stttt-danh-gia-nam.text", "line": 459, "kind": "rewritten",
        "excerpt": "Trước ngày 15/12/2022, Sở Thông tin và Truyền thông…",
        "old": "15/12/2020", "new": "15/12/2022"}
    assert {m["kind"] for m in document["review"]} == {"text", "citation", "comment"}


@pytest.mark.parametrize(("year", "message"), [
    ("2020", "already covers 2020"), ("3000", "not a year"), ("x", "a valid integer")])
def test_bad_year_is_exit_2(run: Any, here: Path, year: str, message: str) -> None:
    result = run("new", year, "--from", "plans/2020.yaml", "-o", "out.yaml")
    assert result.exit_code == 2
    assert message in result.stderr


def test_invalid_source_is_exit_1(run: Any, write_plan: Any, tmp_path: Path) -> None:
    data = small_plan()
    data["reporting"][0]["lead"] = "NOBODY"
    result = run("new", "2031", "--from", str(write_plan(data)), "-o", str(tmp_path / "o.yaml"))
    assert result.exit_code == 1
    assert not (tmp_path / "o.yaml").exists()


def test_leap_day_and_date_spellings(run: Any, write_plan: Any, tmp_path: Path) -> None:
    assert shift_years(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)
    data = small_plan()
    data["period"] = None
    data["document"]["period"] = {"start": 2028, "end": 2028}
    data["document"]["date"] = "2028-01"
    data.pop("period")
    task = data["implementation"][0]["tasks"][0]
    task["timing"]["date"] = "2028-02-05"
    task["text"] = "Trước ngày 5/2/2028 (ngày 05 tháng 02 năm 2028), làm phim năm 2028."
    data["reporting"][0]["timing"]["date"] = "2028-12-15"
    out = tmp_path / "o.yaml"
    result = run("new", "2029", "--from", str(write_plan(data)), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "Trước ngày 5/2/2029 (ngày 05 tháng 02 năm 2029), làm phim năm 2028." in \
        out.read_text(encoding="utf-8")
    assert "document.subject: Kế hoạch thử nghiệm năm 2030" not in result.stdout
    assert ": II.1 duty:svh-phim.text: …ng 02 năm 2029), làm phim năm 2028." in result.stdout


def test_dump_round_trips(tmp_path: Path) -> None:
    from dakplan.io.yaml_dump import dump_yaml

    data = load_text(Source("x.yaml", dump_plan(small_plan()))).data
    text = "Dòng một\nDòng hai: có dấu hai chấm, và 'nháy' — " + "chữ " * 40 + "010"
    data["themes"][0]["text"] = text
    data["requirements"] = ["NO", "yes", "010", "1.10", "2030-03", "2030-12-15", "~"]
    path = tmp_path / "p.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    report = validate_file(path)
    assert report.diagnostics == []
    assert report.plan is not None
    assert report.plan.themes[0].text == text
    assert report.plan.requirements == data["requirements"]
