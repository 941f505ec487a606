"""``roundtrip.differences``, the comparison the round-trip tests rest on: it finds what differs
in plan terms and nothing else (ids and codes aside)."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from conftest import PLAN_2020
from dakplan.model.v2 import Plan
from roundtrip import differences, tally

DATA = yaml.safe_load(PLAN_2020.read_text("utf-8"))


def _plan(change: Any = None) -> Plan:
    data = copy.deepcopy(DATA)
    if change is not None:
        change(data)
    return Plan.model_validate(data)


def _implementation(data: dict[str, Any]) -> list[Any]:
    return next(b["section"]["blocks"] for b in data["body"]
                if b.get("section", {}).get("kind") == "implementation")


def _first_duty(data: dict[str, Any]) -> dict[str, Any]:
    return dict(_implementation(data)[0]["section"]["blocks"][0]["bullets"][0]["duty"])


def _set_first_duty(data: dict[str, Any], **fields: Any) -> None:
    _implementation(data)[0]["section"]["blocks"][0]["bullets"][0]["duty"].update(fields)


def test_the_same_plan_has_no_difference() -> None:
    assert differences(_plan(), _plan()) == []
    assert tally(_plan(), _plan())["sentences"] == (62, 62)


def test_ids_and_codes_do_not_count() -> None:
    """Every lead and coordinator STTTT, by another code: one difference, in the registry."""
    def recode(data: dict[str, Any]) -> None:
        text = yaml.safe_dump(data, allow_unicode=True)
        text = text.replace("STTTT", "SOTTTT").replace("id: vov-", "id: khac-")
        data.clear()
        data.update(yaml.safe_load(text))

    assert differences(_plan(), _plan(recode)) == [
        "agency 'Sở Thông tin và Truyền thông': code: 'STTTT' != 'SOTTTT'"]


def test_a_lead_a_timing_and_a_kind_are_differences() -> None:
    def change(data: dict[str, Any]) -> None:
        _set_first_duty(data, lead="BTGTU", timing={"type": "recurring",
                                                    "frequency": "quarterly"})
        data["body"][1]["section"]["kind"] = "content"

    duty = _first_duty(DATA)["text"][:49] + "…"
    heading = DATA["body"][1]["section"]["heading"]
    assert differences(_plan(), _plan(change)) == [
        f"section {heading!r} at I: kind: 'objectives' != 'content'",
        f"duty {duty!r} at III.1: lead: 'cac co quan bao chi trung uong' != "
        "'ban tuyen giao tinh uy'",
        f"duty {duty!r} at III.1: timing: {{type: 'throughout'}} != {{type: 'recurring', "
        "frequency: 'quarterly', by: []}"]
    assert tally(_plan(), _plan(change))["leads"] == (16, 17)


def test_a_sentence_changed_is_a_block_missing_and_one_not_in_the_plan() -> None:
    text = _first_duty(DATA)["text"]
    other = _plan(lambda data: _set_first_duty(data, text=text.replace("Hỗ trợ", "Giúp")))
    found = differences(_plan(), other)
    assert [d.rsplit(": ", 1)[1] for d in found] == ["missing", "not in the plan"]
    assert tally(_plan(), other)["sentences"] == (61, 62)


def test_a_printed_short_form_must_be_known_an_unprinted_one_need_not() -> None:
    def drop(data: dict[str, Any]) -> None:
        for agency in data["agencies"]:
            agency.pop("short", None)
            agency.pop("aliases", None)

    found = differences(_plan(), _plan(drop))
    assert "agency 'Ủy ban nhân dân tỉnh Đắk Lắk': printed forms not known: ['UBND tỉnh']" \
        in found
    assert not any("Voice of Vietnam" in d for d in found)  # an alias never printed
