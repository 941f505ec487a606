"""The Word writer keeps every paragraph, table, row and cell where it belongs, at any size."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.oxml.ns import qn

from conftest import small_plan
from dakplan.render.blocks import Div, Heading, Para, Span, Table
from dakplan.render.docx import write

STAMP = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
ROWS = 400


def _line(text: str, bold: bool = False) -> tuple[Span, ...]:
    return (Span(text, bold=bold),)


def _big_table() -> Table:
    rows = []
    for r in range(1, ROWS + 1):
        task = (Span(f"Nhiệm vụ số {r}: "), Span("đậm", bold=True)) if r % 50 == 0 else (
            _line(f"Nhiệm vụ số {r}\tcó tab") if r == 123 else _line(f"Nhiệm vụ số {r}"))
        rows.append([_line(str(r)), task, _line(f"Cơ quan {r % 7}"), _line("" if r % 3 else
                                                                          f"ghi chú {r}")])
    return Table([_line("TT"), _line("Nhiệm vụ"), _line("Chủ trì"), _line("Ghi chú")],
                 ["right", "left", "center", "left"], rows)


def _blocks() -> list:
    return [
        Heading(1, _line("KẾ HOẠCH")),
        Heading(2, _line("Một kế hoạch dài")),
        Para([_line("Trước bảng.")]),
        _big_table(),
        Div("center", [Para([_line("Giữa hai bảng.")])]),
        Table([_line("A"), _line("B")], ["left", "right"],
              [[_line("a1"), _line("b1")], [_line("a2"), _line("b2")]]),
        Para([_line("Sau cùng.")], bullet=True),
    ]


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_a_large_table_has_every_row_and_cell_in_order() -> None:
    document = _open(write(_blocks(), title="x", stamp=STAMP))
    big, small = document.tables
    texts = [[cell.text for cell in row.cells] for row in big.rows]
    assert len(texts) == ROWS + 1
    assert texts[0] == ["TT", "Nhiệm vụ", "Chủ trì", "Ghi chú"]
    for r in range(1, ROWS + 1):
        task = (f"Nhiệm vụ số {r}: đậm" if r % 50 == 0 else
                f"Nhiệm vụ số {r}\tcó tab" if r == 123 else f"Nhiệm vụ số {r}")
        assert texts[r] == [str(r), task, f"Cơ quan {r % 7}", "" if r % 3 else f"ghi chú {r}"]
    assert [[c.text for c in row.cells] for row in small.rows] == [["A", "B"], ["a1", "b1"],
                                                                   ["a2", "b2"]]
    # The header row is bold; a bold span stays bold and only it; the column's alignment.
    assert all(run.bold for cell in big.rows[0].cells for run in cell.paragraphs[0].runs)
    runs = big.rows[50].cells[1].paragraphs[0].runs
    assert [(run.text, run.bold) for run in runs] == [("Nhiệm vụ số 50: ", None), ("đậm", True)]
    aligns = [[p.get(qn("w:val")) for cell in row.cells
               for p in cell.paragraphs[0]._p.pPr.iter(qn("w:jc"))] for row in big.rows]
    assert aligns[0] == ["center"] * 4
    assert all(row == ["right", "left", "center", "left"] for row in aligns[1:])
    assert {cell.paragraphs[0].style.name for row in big.rows for cell in row.cells} == {
        "DK Table"}
    # Every cell has its own column's width.
    widths = [column.width for column in big.columns]
    assert all([cell.width for cell in row.cells] == widths for row in big.rows)


def test_paragraphs_and_tables_in_order_and_the_section_last() -> None:
    document = _open(write(_blocks(), title="x", stamp=STAMP))
    body = document.element.body
    kinds = [("tbl" if child.tag == qn("w:tbl") else
              "p:" + "".join(t.text for t in child.iter(qn("w:t"))) if child.tag == qn("w:p")
              else child.tag.rsplit("}", 1)[1]) for child in body]
    assert kinds == ["p:KẾ HOẠCH", "p:Một kế hoạch dài", "p:", "p:Trước bảng.", "tbl", "p:",
                     "p:Giữa hai bảng.", "tbl", "p:", "p:- Sau cùng.", "sectPr"]
    middle = document.paragraphs[5]
    assert middle.text == "Giữa hai bảng." and middle.alignment == 1  # centred
    assert [p.style.name for p in document.paragraphs] == [
        "DK Title", "DK Subject", "DK Rule", "DK Body", "DK Table", "DK Body", "DK Table",
        "DK Body"]


def test_the_same_blocks_give_the_same_bytes() -> None:
    assert write(_blocks(), title="x", stamp=STAMP) == write(_blocks(), title="x", stamp=STAMP)


def test_report_of_a_long_plan_lists_every_task_in_order(run, write_plan,
                                                          tmp_path: Path) -> None:
    data = small_plan()
    tasks = [{"id": f"svh-{n}", "lead": "SVH" if n % 2 else "DEPTS",
              "text": f"Nhiệm vụ thứ {n}.", "timing": {"type": "throughout"}}
             for n in range(1, 301)]
    data["implementation"] = [{"heading": "Sở Văn hóa", "tasks": tasks}]
    out = tmp_path / "baocao.docx"
    result = run("render", "report", str(write_plan(data)), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    table = docx.Document(str(out)).tables[2]  # header, statuses, then one line per task
    rows = [[cell.text for cell in row.cells][:3] for row in table.rows]
    assert rows[0] == ["TT", "Nhiệm vụ", "Chủ trì"]
    leads = {"SVH": "Sở Văn hóa, Thể thao và Du lịch", "DEPTS": "Các sở, ngành",
             "PRESS": "Các cơ quan báo chí"}
    assert rows[1:] == [[str(n), task["text"], leads[task["lead"]]]
                        for n, task in enumerate([*tasks, *data["reporting"]], 1)]
