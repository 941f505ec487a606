"""A round of results from three agencies, end to end: each agency's sheet written by
``dakplan tasks -f xlsx``, filled as a person would (tests/resultskit.py), taken back by
``dakplan results import``, and summed up by ``dakplan results summary`` with exact counts and
rates; every kind of broken sheet refused with its cell named; nothing replaced unasked."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from conftest import PLAN_2020
from resultskit import ROUND_06, ROUND_12, cell_of, fill


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "plans").mkdir()
    shutil.copy(PLAN_2020, tmp_path / "plans" / "2020.yaml")
    return tmp_path


def sheet(run: Any, repo: Path, agency: str, as_of: str, name: str | None = None) -> Path:
    out = repo / (name or f"{agency}-{as_of}.xlsx")
    result = run("tasks", str(repo / "plans" / "2020.yaml"), "--agency", agency, "-f", "xlsx",
                 "-o", str(out), "--as-of", as_of)
    assert result.exit_code == 0, result.output
    return out


def import_(run: Any, repo: Path, path: Path, *more: str) -> Any:
    return run("results", "import", str(path), "--plan", str(repo / "plans" / "2020.yaml"),
               *more)


def full_round(run: Any, repo: Path) -> None:
    for as_of, values in (("2020-06-30", ROUND_06), ("2020-12-31", ROUND_12)):
        for agency, cells in values.items():
            result = import_(run, repo, fill(sheet(run, repo, agency, as_of), cells))
            assert result.exit_code == 0, result.output


def test_three_agencies_flow_into_the_summary(run: Any, repo: Path) -> None:
    plan_before = (repo / "plans" / "2020.yaml").read_bytes()
    full_round(run, repo)
    assert (repo / "plans" / "2020.yaml").read_bytes() == plan_before  # never touched
    files = sorted(p.relative_to(repo).as_posix() for p in (repo / "results").rglob("*.yaml"))
    assert files == ["results/2020/2020-06/STTTT.yaml", "results/2020/2020-12/STTTT.yaml",
                     "results/2020/2020-12/TTXVN.yaml", "results/2020/2020-12/VOV.yaml"]
    result = run("results", "summary", "--plan", str(repo / "plans" / "2020.yaml"),
                 "--as-of", "2020-12-31", "-f", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["plan"] == {"counts": {
        "done_on_time": 3, "done_late": 0, "in_progress": 5, "in_progress_overdue": 1,
        "not_started": 2, "cancelled": 1, "not_reported": 5}, "total": 17, "late": 1,
        "on_time_rate": 0.75}
    by_code = {a["code"]: a for a in doc["agencies"]}
    assert by_code["STTTT"]["counts"] == {
        "done_on_time": 3, "done_late": 1, "in_progress": 2, "in_progress_overdue": 0,
        "not_started": 1, "cancelled": 1, "not_reported": 6}
    assert (by_code["STTTT"]["total"], by_code["STTTT"]["led"]["total"]) == (14, 12)
    assert [(c, by_code[c]["total"], by_code[c]["late"], by_code[c]["on_time_rate"])
            for c in ("STTTT", "VOV", "TTXVN", "VTV8")] == [
        ("STTTT", 14, 0, 0.75), ("VOV", 12, 1, 0.75), ("TTXVN", 12, 1, 0.6667),
        ("VTV8", 12, 2, 0.0)]
    assert by_code["VOV"]["counts"]["in_progress_overdue"] == 1
    assert [(m["format"], m["products"]) for m in doc["media"]] == [
        ("bao-in", 14), ("bao-dien-tu", 70), ("bao-hinh", 0), ("bao-noi", 24)]
    assert [(m["agency"], m["amount"]) for m in doc["money"]] == [
        ("TTXVN", 80_000_000), ("VOV", 50_000_000), ("STTTT", 120_000_000)]
    assert doc["rounds"] == [
        {"round": "2020-06", "as_of": "2020-06-30", "done": 0, "total": 17},
        {"round": "2020-12", "as_of": "2020-12-31", "done": 3, "total": 17}]
    # Half way through the year only the first round counts.
    early = json.loads(run("results", "summary", "--plan", str(repo / "plans" / "2020.yaml"),
                           "--as-of", "2020-07-01", "-f", "json").stdout)
    assert early["plan"]["counts"]["in_progress"] == 2 and early["plan"]["total"] == 17
    text = run("results", "summary", "--plan", str(repo / "plans" / "2020.yaml"),
               "--as-of", "2020-12-31").stdout.splitlines()
    assert text[6] == ("STTTT (Sở Thông tin và Truyền thông): 14 duties: done on time 3, done "
                       "late 1, in progress 2, not started 1, cancelled 1, not reported 6; of "
                       "these 0 past the deadline; on-time rate 75%")


def test_sheet_is_a_real_workbook(run: Any, repo: Path) -> None:
    path = sheet(run, repo, "VOV", "2020-12-31")
    book = load_workbook(path)
    assert book.sheetnames == ["Nhiệm vụ", "_dakplan"]
    assert book["_dakplan"].sheet_state == "hidden"
    ws = book["Nhiệm vụ"]
    assert ws.freeze_panes == "C2" and ws.protection.sheet
    assert [c.value for c in ws[1]][:7] == ["Mã nhiệm vụ", "Nhiệm vụ", "Vai trò", "Thời hạn",
                                            "Tình trạng", "Ngày hoàn thành", "Kết quả thực hiện"]
    assert ws["A2"].value == "bctw-bao-cao-ket-qua" and ws["D2"].value == dt.datetime(2020, 12, 15)
    assert ws["D2"].number_format == "DD/MM/YYYY"
    assert ws["B2"].value.startswith("Đề nghị các cơ quan báo chí Trung ương")
    assert ws["B2"].protection.locked and not ws["E2"].protection.locked
    assert ws.column_dimensions["B"].width == 60
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert lists[0].formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Đã hủy"'
    assert str(lists[0].sqref) == "E2:E13"
    again = sheet(run, repo, "VOV", "2020-12-31", "again.xlsx")
    assert path.read_bytes() == again.read_bytes()  # deterministic


def test_sheet_needs_an_agency_and_a_file(run: Any, repo: Path) -> None:
    plan = str(repo / "plans" / "2020.yaml")
    result = run("tasks", plan, "-f", "xlsx", "-o", str(repo / "x.xlsx"))
    assert (result.exit_code, result.stderr) == (
        2, "dakplan: -f xlsx writes one agency's sheet: add --agency\n")
    out = repo / "plans" / "2020.yaml"
    result = run("tasks", plan, "--agency", "VOV", "-f", "xlsx", "-o", str(out))
    assert result.exit_code == 2 and "2020.yaml" in result.stderr  # never over the plan


@pytest.mark.parametrize(("header", "value", "message"), [
    ("Nhiệm vụ", "Một nhiệm vụ khác", "the text of task 'bctw-ho-tro-thong-tin' is not the "
     "plan's; put the plan's text back"),
    ("Mã nhiệm vụ", "khong-co-that", "the plan has no task 'khong-co-that'"),
    ("Ngày hoàn thành", "cuối tháng", "'cuối tháng' is not a date; write it as dd/mm/yyyy"),
    ("Ngày hoàn thành", "31/02/2020", "'31/02/2020' is not a date; write it as dd/mm/yyyy"),
    ("Tình trạng", "Xong", "'Xong' is not a status of the list (task 'bctw-ho-tro-thong-tin'): "
     "Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Đã hủy"),
    ("Sản phẩm: Báo nói", "mười", "'mười' is not a whole number of zero or more"),
    ("Kinh phí (đồng)", -5, "'-5' is not a whole number of zero or more"),
])
def test_broken_sheet_is_refused_at_its_cell(run: Any, repo: Path, header: str, value: Any,
                                             message: str) -> None:
    path = sheet(run, repo, "VOV", "2020-12-31")
    cells = {"bctw-ho-tro-thong-tin": {"Tình trạng": "Đang thực hiện", header: value}}
    where = cell_of(path, "bctw-ho-tro-thong-tin", header)
    fill(path, cells)
    result = import_(run, repo, path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:'Nhiệm vụ'!{where}: {message}",
        f"{path}: 1 problem; nothing was written"]
    assert not (repo / "results").exists()


def test_not_a_sheet_and_another_plan(run: Any, repo: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    result = import_(run, repo, junk)
    assert result.exit_code == 2 and "cannot read" in result.stderr
    other = repo / "plans" / "2021.yaml"
    shutil.copy(PLAN_2020, other)
    path = sheet(run, repo, "VOV", "2020-12-31")
    result = run("results", "import", str(path), "--plan", str(other))
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: {path} is a sheet for plan '2020', not for '2021'\n"


def test_update_shows_changes_and_needs_the_option(run: Any, repo: Path) -> None:
    path = fill(sheet(run, repo, "VOV", "2020-12-31"), ROUND_12["VOV"])
    assert import_(run, repo, path).exit_code == 0
    target = repo / "results" / "2020" / "2020-12" / "VOV.yaml"
    before = target.read_bytes()
    again = sheet(run, repo, "VOV", "2020-12-31", "again.xlsx")  # filled in from the file
    assert load_workbook(again)["Nhiệm vụ"]["E2"].value == "Đang thực hiện"
    fill(again, {"bctw-bao-cao-ket-qua": {"Tình trạng": "Đã hoàn thành",
                                          "Ngày hoàn thành": dt.date(2020, 12, 16)}})
    result = import_(run, repo, again)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{target} exists; importing would change 2 values:",
        "  bctw-bao-cao-ket-qua status: in_progress -> done",
        "  bctw-bao-cao-ket-qua completed: - -> 2020-12-16",
        "nothing was written; run again with --update to replace it"]
    assert target.read_bytes() == before
    result = import_(run, repo, again, "--update")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == f"updated {target} (2 changes):"
    assert "  bctw-bao-cao-ket-qua: {status: done, completed: 2020-12-16}\n" in \
        target.read_text(encoding="utf-8")
    assert import_(run, repo, again).stdout == f"{target} already holds these results; " \
        "nothing to write\n"


def test_workbook_opens_in_libreoffice(run: Any, repo: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install LibreOffice (.ci/run)")
        pytest.skip("LibreOffice is not installed here")
    path = fill(sheet(run, repo, "TTXVN", "2020-12-31"), ROUND_12["TTXVN"])
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(path)], check=True, capture_output=True, timeout=120)
    book = load_workbook(out / path.name)
    ws = book["Nhiệm vụ"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    r = rows["bctw-ho-tro-thong-tin"]
    assert ws.cell(r, 6).value == dt.datetime(2020, 12, 20)  # still a date
    assert ws.cell(r, 7).value == "Đăng 50 tin, bài về Đắk Lắk"
    assert ws.cell(r, 2).value.startswith("Hỗ trợ") or "Đắk Lắk" in ws.cell(r, 2).value
    lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert lists and lists[0].formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Đã hủy"'
    # What LibreOffice saved is still a sheet dakplan takes back.
    result = import_(run, repo, out / path.name)
    assert result.exit_code == 0, result.output
