"""``dakplan tasks`` and ``dakplan agencies`` through the command line, on plans built for the
tests: each filter, each output format, and bad input."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import small_plan
from dakplan.outputs.agencies import CSV_FIELDS as AGENCY_FIELDS
from dakplan.outputs.tasks import CSV_FIELDS as TASK_FIELDS
from taskplans import deadline, rich_plan, task

AS_OF = ["--as-of", "15/07/2030"]


@pytest.fixture
def plan(write_plan: Any) -> Path:
    return write_plan(rich_plan())


def ids_of(output: str) -> list[str]:
    return [t["id"] for t in json.loads(output)["tasks"]]


# --- the table as a pipe or a file gets it ------------------------------------------------


def test_table_for_an_agency(run: Any, plan: Path) -> None:
    result = run("tasks", "--agency", "so y te", str(plan), *AS_OF)
    assert result.exit_code == 0
    assert result.stdout == (
        "Sở Y tế (SYT): 3 tasks, as of 15/07/2030\n"
        "Due                   Role            Status        Section  ID              Task\n"
        "20/07/2030            lead            not reported  II.3     syt-phong-su    "
        "Phóng sự y tế.\n"
        "01/09/2030            lead            cancelled     II.3     syt-dich        "
        "Dịch tài liệu.\n"
        "recurring, quarterly  lead via DEPTS  not reported  II.2     depts-phoi-hop  "
        "Phối hợp.\n"
    )


def test_table_for_every_task(run: Any, plan: Path) -> None:
    result = run("tasks", str(plan), *AS_OF)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        "7 tasks, as of 15/07/2030",
        "Due                   Lead   Coordinate  Status                Section  ID"
        "                Task",
        "31/03/2030            SVH                done on time          II.1     svh-ho-so"
        "         Hoàn thiện hồ sơ.",
        "30/06/2030            SVH    PRESS       in progress, overdue  II.1     svh-phim"
        "          Làm phim quảng bá.",
    ]
    assert lines[-3:] == [
        "15/12/2030            PRESS  SVH         not reported          -        press-bao-cao"
        "     Báo cáo.",
        "recurring, quarterly  DEPTS              not reported          II.2     depts-phoi-hop"
        "    Phối hợp.",
        "throughout            SVH                not reported          II.1     svh-thuong-xuyen"
        "  Cung cấp thông tin.",
    ]


def test_table_in_vietnamese(run: Any, plan: Path) -> None:
    result = run("--lang", "vi", "tasks", "-a", "SVH", "--role", "coordinate", str(plan), *AS_OF)
    assert result.exit_code == 0
    assert result.stdout == (
        "Sở Văn hóa, Thể thao và Du lịch (SVH): 1 nhiệm vụ, tính đến ngày 15/07/2030\n"
        "Thời hạn    Vai trò   Tình trạng    Mục  Mã             Nhiệm vụ\n"
        "15/12/2030  phối hợp  chưa báo cáo  -    press-bao-cao  Báo cáo.\n"
    )


def test_no_match_says_so_and_exits_0(run: Any, plan: Path) -> None:
    result = run("tasks", "-a", "UBND", str(plan), *AS_OF)
    assert result.exit_code == 0
    assert result.stdout == (
        "Ủy ban nhân dân tỉnh Thử Nghiệm (UBND): 0 tasks, as of 15/07/2030\nNo task matches.\n")


def test_group_by_agency_gives_a_table_per_agency(run: Any, plan: Path) -> None:
    result = run("tasks", "--group-by", "agency", str(plan), *AS_OF)
    assert result.exit_code == 0
    titles = [line for line in result.stdout.splitlines() if ", as of" in line]
    assert titles == [
        "Báo B (BAOB): 2 tasks, as of 15/07/2030",
        "Đài Truyền hình A (DAIA): 2 tasks, as of 15/07/2030",
        "Sở Văn hóa, Thể thao và Du lịch (SVH): 5 tasks, as of 15/07/2030",
        "Sở Y tế (SYT): 3 tasks, as of 15/07/2030",
    ]
    assert "\n\nĐài Truyền hình A (DAIA)" in result.stdout  # a blank line between tables


def test_several_plans_add_a_plan_column(run: Any, write_plan: Any) -> None:
    first = write_plan(small_plan(), "a.yaml")
    other = small_plan()
    other["implementation"][0]["tasks"][0]["timing"] = deadline("2030-01-02")
    second = write_plan(other, "b.yaml")
    result = run("tasks", "-a", "SVH", str(first), str(second), *AS_OF)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1].split()[:2] == ["Plan", "Due"]
    assert [line.split()[0].rsplit("/", 1)[-1] for line in lines[2:5]] == [
        "b.yaml", "a.yaml", "a.yaml"]


def test_a_folder_of_plans_is_read(run: Any, write_plan: Any) -> None:
    write_plan(small_plan(), "plans/a.yaml")
    write_plan(rich_plan(), "plans/sub/b.yaml")
    result = run("tasks", "-f", "json", str(write_plan(small_plan(), "x.yaml").parent / "plans"),
                 *AS_OF)
    assert result.exit_code == 0
    assert [p.rsplit("/", 2)[-2:] for p in json.loads(result.stdout)["plans"]] == [
        ["plans", "a.yaml"], ["sub", "b.yaml"]]


# --- filters through the command line -----------------------------------------------------


@pytest.mark.parametrize(("options", "expected"), [
    (["--due-before", "2030-07-20"], ["svh-ho-so", "svh-phim", "syt-phong-su"]),
    (["--due-before", "19/07/2030"], ["svh-ho-so", "svh-phim"]),
    (["--due-after", "20/07/2030"], ["syt-phong-su", "syt-dich", "press-bao-cao"]),
    (["--overdue"], ["svh-phim"]),
    (["--overdue", "--as-of", "16/12/2030"], ["svh-phim", "syt-phong-su", "press-bao-cao"]),
    (["--due-within", "5"], ["syt-phong-su"]),
    (["--due-within", "4"], []),
    (["--status", "done,cancelled"], ["svh-ho-so", "syt-dich"]),
    (["--status", "chưa báo cáo", "--due-before", "2030-12-31"], ["syt-phong-su",
                                                                  "press-bao-cao"]),
    (["--theme", "y-te"], ["syt-phong-su", "syt-dich"]),
    (["--media", "báo hình"], ["svh-phim", "syt-phong-su"]),
    (["--media", "bao-noi", "--media", "Báo điện tử"], ["syt-phong-su", "syt-dich"]),
    (["-a", "SVH", "--role", "lead"], ["svh-ho-so", "svh-phim", "depts-phoi-hop",
                                       "svh-thuong-xuyen"]),
    (["-a", "SVH", "--role", "coordinate"], ["press-bao-cao"]),
    (["-a", "DAIA"], ["svh-phim", "press-bao-cao"]),
])
def test_filter(run: Any, plan: Path, options: list[str], expected: list[str]) -> None:
    as_of = [] if "--as-of" in options else AS_OF
    result = run("tasks", *options, "--format", "json", str(plan), *as_of)
    assert result.exit_code == 0, result.stderr
    assert ids_of(result.stdout) == expected


def test_as_of_defaults_to_today(run: Any, plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from dakplan.query import clock

    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2030, 3, 4, 12, tzinfo=dt.UTC))
    result = run("tasks", "-f", "json", str(plan))
    assert json.loads(result.stdout)["as_of"] == "2030-03-04"  # tests/cli/test_today.py: zones


# --- output formats -----------------------------------------------------------------------

ROW_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["plan", "id", "part", "section", "section_title", "agency", "agency_name",
                 "role", "via", "carried_from", "lead", "coordinate", "timing", "deadline",
                 "status", "overdue", "completed", "themes", "media", "text"],
    "properties": {
        "plan": {"type": "string"},
        "id": {"type": "string"},
        "part": {"enum": ["implementation", "funding", "reporting"]},
        "section": {"type": ["string", "null"]},
        "section_title": {"type": ["string", "null"]},
        "agency": {"type": ["string", "null"]},
        "agency_name": {"type": ["string", "null"]},
        "role": {"enum": ["lead", "coordinate", None]},
        "via": {"type": ["string", "null"]},
        "carried_from": {"type": ["string", "null"]},
        "lead": {"type": "string"},
        "coordinate": {"type": "array", "items": {"type": "string"}},
        "timing": {"type": "object", "required": ["type"],
                   "properties": {"type": {"enum": ["deadline", "recurring", "throughout"]}}},
        "deadline": {"type": ["string", "null"], "format": "date"},
        "status": {"enum": ["done_on_time", "done_late", "in_progress", "in_progress_overdue",
                            "not_started", "cancelled", "not_reported"]},
        "overdue": {"type": "boolean"},
        "completed": {"type": ["string", "null"], "format": "date"},
        "themes": {"type": "array", "items": {"type": "string"}},
        "media": {"type": "array",
                  "items": {"enum": ["bao-in", "bao-dien-tu", "bao-hinh", "bao-noi"]}},
        "text": {"type": "string"},
    },
}
TASKS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["version", "plans", "as_of", "agency", "group_by", "succession", "count",
                 "tasks"],
    "properties": {
        "version": {"const": 3},
        "plans": {"type": "array", "items": {"type": "string"}},
        "as_of": {"type": "string", "format": "date"},
        "agency": {"oneOf": [{"type": "null"}, {
            "type": "object", "additionalProperties": False,
            "required": ["code", "name", "group"],
            "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                           "group": {"type": "boolean"}}}]},
        "group_by": {"enum": ["agency", None]},
        "succession": {"oneOf": [{"type": "null"}, {
            "type": "object", "additionalProperties": False,
            "required": ["agency", "ended", "carried_by", "explanation"],
            "properties": {"agency": {"type": "string"},
                           "ended": {"type": "string", "format": "date"},
                           "carried_by": {"type": "array", "items": {"type": "string"}},
                           "explanation": {"type": "string"}}}]},
        "count": {"type": "integer"},
        "tasks": {"type": "array", "items": ROW_SCHEMA},
    },
}


@pytest.mark.parametrize("options", [[], ["-a", "SVH"], ["--group-by", "agency"],
                                     ["-a", "PRESS"]])
def test_json_has_the_documented_shape(run: Any, plan: Path, options: list[str]) -> None:
    result = run("tasks", *options, "--format", "json", str(plan), *AS_OF)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    jsonschema.validate(document, TASKS_SCHEMA,
                        format_checker=jsonschema.FormatChecker())
    assert document["count"] == len(document["tasks"])


def test_json_row_for_an_agency(run: Any, plan: Path) -> None:
    result = run("tasks", "-a", "Báo B", "-f", "json", str(plan), *AS_OF)
    document = json.loads(result.stdout)
    assert document["agency"] == {"code": "BAOB", "name": "Báo B", "group": False}
    assert document["tasks"][0] == {
        "plan": str(plan), "id": "svh-phim", "part": "implementation", "section": "II.1",
        "section_title": "Sở Văn hóa", "agency": "BAOB", "agency_name": "Báo B",
        "role": "coordinate", "via": "PRESS", "carried_from": None, "lead": "SVH",
        "coordinate": ["PRESS"],
        "timing": {"type": "deadline", "date": "2030-06-30"}, "deadline": "2030-06-30",
        # the plan's inline record stands for every agency holding the duty (README, Status)
        "status": "in_progress_overdue", "overdue": True, "completed": None,
        "themes": ["du-lich"],
        "media": ["bao-hinh"], "text": "Làm phim quảng bá.",
    }


def test_csv_is_utf8_with_bom_and_reads_back(run: Any, plan: Path) -> None:
    result = run("tasks", "-a", "SVH", "-f", "csv", str(plan), *AS_OF)
    assert result.exit_code == 0
    raw = result.stdout_bytes
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == TASK_FIELDS
    assert [(r["id"], r["role"], r["via"], r["deadline"], r["status"], r["overdue"])
            for r in rows] == [
        ("svh-ho-so", "lead", "", "2030-03-31", "done_on_time", "false"),
        ("svh-phim", "lead", "", "2030-06-30", "in_progress_overdue", "true"),
        ("press-bao-cao", "coordinate", "", "2030-12-15", "not_reported", "false"),
        ("depts-phoi-hop", "lead", "DEPTS", "", "not_reported", "false"),
        ("svh-thuong-xuyen", "lead", "", "", "not_reported", "false"),
    ]
    assert rows[1]["text"] == "Làm phim quảng bá."
    assert (rows[3]["timing"], rows[3]["frequency"]) == ("recurring", "quarterly")


def test_csv_quotes_commas_and_quotes_in_text(run: Any, write_plan: Any) -> None:
    data = small_plan()
    data["reporting"].append(task("x", "SYT", 'Báo cáo "nhanh", gửi Sở.', deadline("2030-02-01"),
                                  coordinate=["SVH", "PRESS"]))
    result = run("tasks", "-f", "csv", str(write_plan(data)), *AS_OF)
    line = result.stdout_bytes.decode("utf-8-sig").splitlines()[1]
    assert line.endswith(',SYT,SVH; PRESS,,,"Báo cáo ""nhanh"", gửi Sở.",,')


def test_markdown_table(run: Any, write_plan: Any) -> None:
    data = small_plan()
    data["reporting"].append(task("x", "SYT", "Số | liệu", deadline("2030-02-01")))
    result = run("tasks", "-a", "SYT", "-f", "markdown", str(write_plan(data)), *AS_OF)
    assert result.exit_code == 0
    assert result.stdout == (
        "## Sở Y tế (SYT): 2 tasks, as of 15/07/2030\n"
        "\n"
        "| Due | Role | Status | Section | ID | Task |\n"
        "|---|---|---|---|---|---|\n"
        "| 01/02/2030 | lead | not reported, overdue | - | x | Số \\| liệu |\n"
        "| recurring, quarterly | lead via DEPTS | not reported | II.2 | depts-phoi-hop "
        "| Phối hợp. |\n"
    )


def test_rich_table_on_a_terminal() -> None:
    from dakplan.outputs.tables import Table, write_rich

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    write_rich([Table(["Due", "Task"], [["15/12/2030", "Báo cáo [kết quả]."]], "Sở Y tế")], out)
    text = out.getvalue()
    assert "Sở Y tế" in text and "Báo cáo [kết quả]." in text  # brackets are not rich markup
    assert "─" in text  # drawn as a table


def test_output_is_byte_identical_run_to_run(run: Any, plan: Path) -> None:
    for fmt in ("table", "json", "csv", "markdown"):
        first = run("tasks", "--group-by", "agency", "-f", fmt, str(plan), *AS_OF)
        second = run("tasks", "--group-by", "agency", "-f", fmt, str(plan), *AS_OF)
        assert first.stdout_bytes == second.stdout_bytes


def test_nfd_plan_gives_the_same_answer_as_nfc(run: Any, write_plan: Any) -> None:
    from conftest import dump_plan

    nfc = run("tasks", "-a", "SVH", "-f", "json", str(write_plan(rich_plan(), "nfc.yaml")),
              *AS_OF)
    nfd_file = write_plan(unicodedata.normalize("NFD", dump_plan(rich_plan())), "nfd.yaml")
    nfd = run("tasks", "-a", "SVH", "-f", "json", str(nfd_file), *AS_OF)
    assert nfd.exit_code == 0
    assert nfd.stdout.replace("nfd.yaml", "nfc.yaml") == nfc.stdout


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "message"), [
    (["-a", "Sở Văn"], "unknown agency or group 'Sở Văn'; did you mean: SVH (Sở Văn hóa, Thể "
                       "thao và Du lịch)?"),
    (["--due-before", "30/02/2030"], "--due-before: '30/02/2030' is not a date that exists"),
    (["--as-of", "hôm nay"], "--as-of: 'hôm nay' is not a date; write 2020-12-15 or 15/12/2020"),
    (["--due-within", "-2"], "--due-within: -2 is not a number of days from 0 to 3660"),
    (["--status", "xong"], "--status: unknown value 'xong'; use one of: done_on_time, "
                           "done_late, in_progress, in_progress_overdue, not_started, "
                           "cancelled, not_reported, done"),
    (["--role", "lead"], "--role needs --agency or --group-by agency"),
    (["--format", "pdf"], "unknown format 'pdf'; use one of: table, json, csv, markdown, xlsx"),
])
def test_bad_input_exits_2_with_a_message(run: Any, plan: Path, options: list[str],
                                          message: str) -> None:
    result = run("tasks", *options, str(plan))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"dakplan: {message}\n"


def test_bad_input_in_vietnamese(run: Any, plan: Path) -> None:
    result = run("--lang", "vi", "tasks", "--due-after", "31/04/2030", str(plan))
    assert result.exit_code == 2
    assert result.stderr == "dakplan: --due-after: '31/04/2030' không phải là ngày có thật\n"


def test_missing_plan_exits_2(run: Any, tmp_path: Path) -> None:
    result = run("tasks", str(tmp_path / "none.yaml"))
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: {tmp_path / 'none.yaml'}: no such file\n"


def test_invalid_plan_exits_1_with_its_diagnostics(run: Any, write_plan: Any) -> None:
    data = small_plan()
    data["reporting"][0]["lead"] = "NOBODY"
    path = write_plan(data)
    line = path.read_text(encoding="utf-8").splitlines().index("  lead: NOBODY") + 1
    for command in ("tasks", "agencies"):
        result = run(command, str(path))
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr == (
            f"{path}:{line}:9: DK201 [error] unknown agency or group 'NOBODY'\n"
            f"dakplan: {path} is not a valid plan (1 error); see `dakplan validate {path}`\n")


# --- dakplan agencies ---------------------------------------------------------------------


def test_agencies_table(run: Any, plan: Path) -> None:
    result = run("agencies", str(plan))
    assert result.exit_code == 0
    assert result.stdout == f"""\
{plan}: 5 agencies
Code  Name                             Short names, aliases  Kind                  Groups  Lead\
  Coordinate  Via group  Total
UBND  Ủy ban nhân dân tỉnh Thử Nghiệm                        People's Committee            0 \
    0           0          0
SVH   Sở Văn hóa, Thể thao và Du lịch  Sở VHTTDL             department            DEPTS   3 \
    1           1          5
SYT   Sở Y tế                                                department            DEPTS   2 \
    0           1          3
DAIA  Đài Truyền hình A                                      central press agency  PRESS   0 \
    0           2          2
BAOB  Báo B                                                  central press agency  PRESS   0 \
    0           2          2

{plan}: 2 groups
Code   Name                 Short names, aliases  Members           Agencies    Lead  Coordinate\
  Via group  Total
PRESS  Các cơ quan báo chí                        DAIA, BAOB        DAIA, BAOB  1     1         \
  0          2
DEPTS  Các sở, ngành                              every department  SVH, SYT    1     0         \
  0          1
"""


def test_agencies_json(run: Any, plan: Path) -> None:
    result = run("agencies", "-f", "json", str(plan))
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["version"] == 1
    [entry] = document["plans"]
    assert entry["plan"] == str(plan)
    svh = next(a for a in entry["agencies"] if a["code"] == "SVH")
    assert svh == {
        "code": "SVH", "name": "Sở Văn hóa, Thể thao và Du lịch", "short": ["Sở VHTTDL"],
        "aliases": [], "kind": "department", "groups": ["DEPTS"],
        "tasks": {"lead": 3, "lead_via_group": 1, "coordinate": 1, "coordinate_via_group": 0,
                  "total": 5},
        "source": str(plan),
    }
    assert entry["groups"][1] == {
        "code": "DEPTS", "name": "Các sở, ngành", "short": [], "aliases": [], "members": [],
        "member_kinds": ["department"], "agencies": ["SVH", "SYT"],
        "tasks": {"lead": 1, "lead_via_group": 0, "coordinate": 0, "coordinate_via_group": 0,
                  "total": 1},
        "source": str(plan),
    }


def test_agencies_csv(run: Any, plan: Path) -> None:
    result = run("agencies", "-f", "csv", str(plan))
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"),
                                           newline="")))
    assert list(rows[0]) == AGENCY_FIELDS
    assert [(r["entry"], r["code"], r["total"]) for r in rows] == [
        ("agency", "UBND", "0"), ("agency", "SVH", "5"), ("agency", "SYT", "3"),
        ("agency", "DAIA", "2"), ("agency", "BAOB", "2"), ("group", "PRESS", "2"),
        ("group", "DEPTS", "1")]
    assert rows[5]["members"] == "DAIA; BAOB"


def test_agencies_markdown_in_vietnamese(run: Any, plan: Path) -> None:
    result = run("--lang", "vi", "agencies", "-f", "markdown", str(plan))
    assert result.exit_code == 0
    # The file name is text in a Markdown heading: its underscores are escaped, not emphasis.
    shown = str(plan).replace("_", "\\_")
    assert f"## {shown}: 5 cơ quan\n" in result.stdout
    assert ("| SVH | Sở Văn hóa, Thể thao và Du lịch | Sở VHTTDL | sở, ban, ngành | DEPTS "
            "| 3 | 1 | 1 | 5 |") in result.stdout
    assert "| DEPTS | Các sở, ngành |  | mọi sở, ban, ngành | SVH, SYT | 1 | 0 | 0 | 1 |" in (
        result.stdout)


@pytest.mark.parametrize(("lang", "example"), [("en", "Example"), ("vi", "Ví dụ")])
def test_every_command_has_help_with_an_example(run: Any, lang: str, example: str) -> None:
    for command in ("tasks", "agencies"):
        result = run("--lang", lang, command, "--help")
        assert result.exit_code == 0
        assert f"{example}: dakplan {command}" in result.stdout
        assert "help." not in result.stdout  # no catalogue key shows through
