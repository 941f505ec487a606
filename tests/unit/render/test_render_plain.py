"""What a template is handed: plain data only (dakplan.render.plain), and the sandbox policy
over it (dakplan.render.sandbox), checked on the objects themselves."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

import pytest

from conftest import PLAN_2020
from dakplan.render import Request, context
from dakplan.render.budget import Budget, RenderLimit
from dakplan.render.plain import Helper, Record, Table, freeze, freeze_all
from dakplan.render.sandbox import TemplateSandbox
from dakplan.validate import load_plan_v2

PLAIN = (str, int, float, bool, type(None), dt.date, Record, Table, tuple, Helper)


def walk(value: object, seen: set[int] | None = None):
    """Every value reachable from ``value`` through fields, items and mapping values."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    yield value
    if isinstance(value, Record):
        children = [value[name] for name in value._fields]
    elif isinstance(value, Table):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, tuple):
        children = list(value)
    else:
        children = []
    for child in children:
        yield from walk(child, seen)


@pytest.fixture(scope="module")
def values() -> dict[str, object]:
    plan = load_plan_v2(PLAN_2020, "render")
    return freeze_all(context(plan, Request("agency", PLAN_2020, agency="STTTT")))


def test_everything_a_template_sees_is_plain(values: dict[str, object]) -> None:
    assert sorted(values) == ["as_of", "body", "doc", "name", "plan", "report", "sheet"]
    found = [*walk(values["plan"]), *walk(values["report"]), *walk(values["sheet"]),
             *walk(values["body"])]
    assert len(found) > 500
    for value in found:
        assert type(value) in PLAIN, type(value)


def test_records_have_no_public_attribute_of_their_own() -> None:
    public = [name for name in dir(Record) if not name.startswith("_")]
    assert public == []
    assert set(Record.__slots__) == {"_fields", "_kind", "_text"}


def test_shared_objects_stay_shared(values: dict[str, object]) -> None:
    plan, report, sheet = values["plan"], values["report"], values["sheet"]
    assert values["doc"] is plan.document
    tasks = [value for value in walk(plan) if isinstance(value, Record) and "lead" in value]
    assert len(tasks) == len(report.tasks) and report.tasks[0].task is tasks[0]
    assert sheet.lead and all(any(duty.task is task for task in tasks) for duty in sheet.lead)


def test_fields_properties_enums_and_text(values: dict[str, object]) -> None:
    doc, plan = values["doc"], values["plan"]
    assert doc.number_symbol == "/KH-UBND" or doc.number_symbol.endswith("/KH-UBND")
    assert str(doc.period) == "2020" and doc.period.last_day == dt.date(2020, 12, 31)
    agency = plan.agencies[0]
    assert type(agency.kind) is str and agency.names[0] == agency.code
    media = [value for value in walk(plan) if isinstance(value, Record) and "formats" in value]
    assert media and type(media[0].formats[0]) is str
    with pytest.raises(TypeError, match="Document is a record, not text"):
        str(doc)
    with pytest.raises(TypeError, match="not a list"):
        list(doc)
    assert values["name"]("STTTT") == "Sở Thông tin và Truyền thông"
    assert values["name"]("NOPE") == "NOPE"


def test_anything_else_is_refused() -> None:
    class Color(enum.Enum):
        RED = "red"

    @dataclass
    class Line:
        when: dt.date
        tags: list[str]

    frozen = freeze({"c": Color.RED, "l": [Line(dt.date(2020, 1, 2), ["a"])], "m": {"k": 1}})
    assert frozen["c"] == "red" and frozen["l"][0].tags == ("a",)
    assert isinstance(frozen["m"], Table) and dict(frozen["m"]) == {"k": 1}
    for bad in (object(), {1, 2}, dt.datetime(2020, 1, 1), open, b"bytes", dt.timedelta(1)):
        with pytest.raises(TypeError, match="has no plain form for a template"):
            freeze([bad])


def test_the_policy_allows_named_attributes_only() -> None:
    env = TemplateSandbox(Budget(), {})
    record = Record("Task", {"text": "x", "items": (1,)})
    assert env.is_safe_attribute(record, "text", "x")
    assert env.is_safe_attribute(record, "items", (1,))
    assert not env.is_safe_attribute(record, "_fields", {})
    assert env.is_safe_attribute("a", "split", "a".split)
    for name in ("format", "format_map", "center", "ljust", "zfill", "join", "replace",
                 "encode", "expandtabs", "__class__"):
        assert not env.is_safe_attribute("a", name, None)
    assert env.is_safe_attribute(dt.date(2020, 1, 1), "year", 2020)
    assert not env.is_safe_attribute(dt.date(2020, 1, 1), "strftime", None)
    assert not env.is_safe_attribute((1,), "index", None)
    assert not env.is_safe_attribute(1, "real", 1)
    assert env.is_safe_callable("a".split) and env.is_safe_callable(record.text.upper)
    assert not env.is_safe_callable("a".format) and not env.is_safe_callable(open)
    assert not env.is_safe_callable(Record)


def test_the_budget_refuses_before_it_allocates() -> None:
    budget = Budget(seconds=10, megabytes=1)
    budget.operands("*", "ab", 500_000)
    with pytest.raises(RenderLimit, match="more than 1 MB of text"):
        budget.operands("*", 10**10, "x")
    with pytest.raises(RenderLimit, match="4,300 digits"):
        budget.operands("**", 3, 10**9)
    budget.operands("**", 1, 10**100)  # 1 ** anything is 1
    budget.operands("**", 2, -10**9)  # a float
    with pytest.raises(RenderLimit, match="a list of more than 1,000,000 items"):
        budget.operands("+", (0,) * 600_000, [0] * 600_000)
    with pytest.raises(RenderLimit, match="'%' format"):
        budget.operands("%", "%.*f", (10**9, 1.0))
    budget.operands("%", "%04d-%02d %(name)s %%", (1, 2))
    budget.start()
    budget.tick()
    expired = Budget(seconds=1e-9)
    expired.start()
    with pytest.raises(RenderLimit, match="stopped after 1e-09 s"):
        expired.tick()
