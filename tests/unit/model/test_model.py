"""The schema: strict, closed, and able to express every part of such a plan."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from conftest import PLAN_2020_V1, small_plan
from dakplan.model import Deadline, Plan, Recurring, Throughout
from dakplan.query.registry import Registry
from dakplan.validate import load_plan


def test_no_coercion_of_numbers_booleans_or_dates_into_text() -> None:
    for value in (12, True, dt.date(2020, 1, 1), 1.5):
        data = small_plan()
        data["document"]["place"] = value
        with pytest.raises(ValidationError):
            Plan.model_validate(data)


def test_no_coercion_of_text_into_numbers_or_dates() -> None:
    data = small_plan()
    data["document"]["period"]["start"] = "2030"
    with pytest.raises(ValidationError):
        Plan.model_validate(data)
    data = small_plan()
    data["implementation"][0]["tasks"][0]["timing"]["date"] = "2030-06-30"
    with pytest.raises(ValidationError):
        Plan.model_validate(data)


def test_unknown_keys_are_errors() -> None:
    data = small_plan()
    data["implementation"][0]["tasks"][0]["owner"] = "SVH"
    with pytest.raises(ValidationError, match="owner"):
        Plan.model_validate(data)


def _valid(data: dict) -> Plan:  # type: ignore[type-arg]
    import datetime as dt

    def dates(node):  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            return {k: dates(v) for k, v in node.items()}
        if isinstance(node, list):
            return [dates(v) for v in node]
        if isinstance(node, str) and len(node) == 10 and node[4] == "-" and node[7] == "-":
            return dt.date.fromisoformat(node)
        return node

    return Plan.model_validate(dates(data))


def test_number_and_symbol() -> None:
    plan = _valid(small_plan())
    assert plan.document.number_symbol == "/KH-UBND"
    data = small_plan()
    data["document"]["number"] = 8
    assert _valid(data).document.number_symbol == "08/KH-UBND"


def test_month_only_issue_date() -> None:
    plan = _valid(small_plan())
    assert plan.document.date == "2030-03"
    assert plan.document.issue_date is None
    assert plan.document.latest_date == dt.date(2030, 3, 31)


def test_signature_prefix_needs_the_title_it_signs_for() -> None:
    data = small_plan()
    del data["document"]["signature"]["on_behalf_of"]
    with pytest.raises(ValidationError, match="on_behalf_of"):
        _valid(data)


def test_timing_kinds_and_document_order() -> None:
    plan = _valid(small_plan())
    timings = [type(task.timing) for task in plan.tasks()]
    assert timings == [Deadline, Throughout, Recurring, Deadline]


def test_the_2020_plan_has_every_part_of_the_source() -> None:
    plan = load_plan(PLAN_2020_V1)
    parts = [len(part.tasks) for part in plan.implementation]
    assert parts == [4, 9, 2]
    assert len(plan.themes) == 8
    assert [str(f) for f in plan.media.formats] == ["bao-in", "bao-dien-tu", "bao-hinh", "bao-noi"]
    assert len(plan.document.recipients) == 13
    assert len(plan.purposes) == 2 and len(plan.requirements) == 3
    assert [t.id for t in plan.reporting] == ["bctw-bao-cao-ket-qua"]
    assert plan.reporting[0].due == dt.date(2020, 12, 15)
    assert len(list(plan.tasks())) == 17
    assert all(task.status is None and not task.progress for task in plan.tasks())
    periods = [str(d.period) for b in plan.bases for d in b.documents if d.period]
    assert periods == ["2015-2020", "2017-2021", "2019-2020"]


def test_groups_share_duties_with_their_members() -> None:
    registry = Registry(load_plan(PLAN_2020_V1))
    assert registry.members("BCTW") == {"TTXVN", "VOV", "VTV8"}
    assert registry.members("SBN") == {"STTTT"}  # every registered department
    assert registry.members("SBNDP") == {"STTTT"}
    assert registry.members("VOV") == {"VOV"}
    assert registry.groups_of("STTTT") == ["SBN", "SBNDP"]
    assert registry.groups_of("VOV") == ["BCTW"]


@pytest.mark.parametrize("number", ["05/CT-TTg", "119/QĐ-TTg", "45/2025/NĐ-CP", "60-NQ/TW",
                                    "202/2025/QH15", "15/2019/TT-BTTTT", "01/2020/NQ-HĐND"])
def test_real_document_numbers_are_accepted(number: str) -> None:
    data = small_plan()
    data["bases"] = [{"id": "b", "text": "Căn cứ ...", "documents": [
        {"type": "NQ", "number": number}]}]
    assert _valid(data).bases[0].documents[0].number == number


@pytest.mark.parametrize("number", ["1/ab", "KH-01", "149/KH/TU/", "số 12"])
def test_malformed_document_numbers_are_refused(number: str) -> None:
    data = small_plan()
    data["bases"] = [{"id": "b", "text": "Căn cứ ...", "documents": [
        {"type": "NQ", "number": number}]}]
    with pytest.raises(ValidationError):
        _valid(data)
