"""The version 2 model's parts: numbering and labels, numbers as printed, due dates, schema."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from conftest import EXAMPLES
from dakplan.model.document import Period
from dakplan.model.tasks import Deadline, Throughout
from dakplan.model.v2 import Plan, Recurring, Window, due_dates
from dakplan.model.v2.docnumber import DocNumber, parse, symbol_problem
from dakplan.model.v2.numbering import NumberStyle, join, letter, number


@pytest.mark.parametrize(("parts", "label"), [
    (["III.", "2."], "III.2"), (["5.", "b)"], "5. b)"), (["2.", "2.1."], "2.1"),
    (["IV.", "1.", "a)"], "IV.1. a)"), (["IV."], "IV"), (["I.", "1.", "1.1."], "I.1.1"),
    ([], None),
])
def test_labels(parts: list[str], label: str | None) -> None:
    assert join(parts) == label


def test_vietnamese_point_letters() -> None:
    assert [letter(n) for n in range(1, 12)] == ["a", "b", "c", "d", "đ", "e", "g", "h", "i",
                                                  "k", "l"]
    assert number(NumberStyle.LETTER, 5) == "đ)"
    assert number(NumberStyle.ROMAN, 14) == "XIV."
    assert number(NumberStyle.DOTTED, 2, "3.") == "3.2."
    assert number(NumberStyle.NONE, 1) is None


def test_a_dotted_list_numbers_its_items_under_its_section() -> None:
    """Points "3.1.", "3.2." under section "3.": the style prints the parent's number first,
    in a list as in sections (the importer writes such a list from a document's points)."""
    plan = Plan.model_validate(yaml.safe_load(
        (EXAMPLES / "v2" / "valid" / "small.yaml").read_text("utf-8")) | {"body": [
            {"section": {"heading": "NHIỆM VỤ", "blocks": [
                {"numbered": {"style": "1.1.", "items": ["Một.", "Hai."]}}]}}]})
    assert plan.printed_lines() == ["Theo đề nghị của Sở Văn hóa tại Tờ trình số 01/TTr-SVH "
                                    "ngày 01/12/2029.", "1. NHIỆM VỤ", "1.1. Một.", "1.2. Hai."]
    assert [p.label for p in plan.walk() if p.kind == "item"] == ["1.1", "1.2"]


@pytest.mark.parametrize(("text", "parsed"), [
    ("01/NQ-CP", DocNumber(1, None, "NQ", "CP", ())),
    ("45/2025/NĐ-CP", DocNumber(45, 2025, "NĐ", "CP", ())),
    ("103/2016/QH13", DocNumber(103, 2016, None, "QH13", ())),
    ("4127/BTTTT-PTTH&TTĐT", DocNumber(4127, None, None, "BTTTT", ("PTTH&TTĐT",))),
    ("149-KH/TU", DocNumber(149, None, "KH", "TU", ())),
    ("21/TTr-STTTT", DocNumber(21, None, "TTr", "STTTT", ())),
])
def test_numbers_that_read(text: str, parsed: DocNumber) -> None:
    assert parse(text) == parsed


@pytest.mark.parametrize(("text", "problem"), [
    ("118/TTr- STTTT", ("space_after", {"mark": "-"})),
    ("118 /TTr-STTTT", ("space_before", {"mark": "/"})),
    ("/KH-UBND", ("no_number", {})),
    ("KH-UBND", ("no_slash", {})),
    ("12/kh-ubnd", ("lower_issuer", {})),
    ("12/KH--UBND", ("empty_part", {})),
])
def test_numbers_that_do_not(text: str, problem: tuple[str, dict[str, str]]) -> None:
    assert parse(text) == problem


def test_symbols() -> None:
    assert symbol_problem("KH-UBND") is None and symbol_problem("KH-SYT-NVY") is None
    assert symbol_problem("KHUBND") == ("symbol_no_dash", {})


PERIOD = Period(start=2024, end=2025)


def test_due_dates_of_each_form() -> None:
    assert due_dates(Deadline(type="deadline", date=dt.date(2024, 3, 1)), PERIOD) == [
        dt.date(2024, 3, 1)]
    assert due_dates(Window(type="window", end=dt.date(2025, 12, 31)), PERIOD) == [
        dt.date(2025, 12, 31)]
    assert due_dates(Throughout(type="throughout"), PERIOD) == []
    assert due_dates(Recurring(type="recurring"), PERIOD) == []
    assert due_dates(Recurring.model_validate({"type": "recurring", "frequency": "quarterly"}),
                     PERIOD) == []


def test_anchored_recurrences() -> None:
    quarterly = Recurring.model_validate(
        {"type": "recurring", "frequency": "quarterly", "by": [{"month": 3, "day": 10}]})
    assert due_dates(quarterly, Period(start=2024, end=2024)) == [
        dt.date(2024, m, 10) for m in (3, 6, 9, 12)]
    half = Recurring.model_validate(
        {"type": "recurring", "frequency": "half_yearly", "by": [{"month": 6, "day": 15}]})
    assert due_dates(half, PERIOD, issued=dt.date(2024, 7, 1)) == [
        dt.date(2024, 12, 15), dt.date(2025, 6, 15), dt.date(2025, 12, 15)]
    monthly = Recurring.model_validate(
        {"type": "recurring", "frequency": "monthly", "by": [{"day": 31}]})
    assert due_dates(monthly, Period(start=2024, end=2024))[1] == dt.date(2024, 2, 29)


def test_json_schema_of_the_v2_model() -> None:
    schema = Plan.model_json_schema()
    assert schema["properties"]["dakplan"]["const"] == 2
    assert {"Section", "Duty", "Waiver", "Window", "Anchor"} <= set(schema["$defs"])
    assert "description" in schema["$defs"]["Duty"]["properties"]["lead"]
