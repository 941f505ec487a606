"""The JSON Schema: complete, committed, valid 2020-12, and true to `dakplan validate`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import PLAN_2020, ROOT, dump_plan, small_plan
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_file, load_text
from dakplan.model.json_schema import COMMITTED_PATH, plan_schema, schema_text
from dakplan.validate import validate_source

COMMITTED = ROOT / COMMITTED_PATH


def as_json(data: Any) -> Any:
    """Loader data as a JSON document: dates become ISO text, as a YAML 1.2 tool reads them."""
    if isinstance(data, dt.date):
        return data.isoformat()
    if isinstance(data, dict):
        return {k: as_json(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_json(v) for v in data]
    return data


def validator() -> Draft202012Validator:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(data: Any) -> list[str]:
    return [e.message for e in validator().iter_errors(as_json(data))]


def test_committed_copy_matches_the_model() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/plan.schema.json is out of date; regenerate it with "
        "`dakplan schema -o schema/plan.schema.json`")


def test_schema_passes_the_2020_12_metaschema() -> None:
    schema = json.loads(COMMITTED.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"] and schema["description"]


def _properties(node: Any, path: str = "#") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            found.append((f"{path}/properties/{name}", prop))
        for key, value in node.items():
            found += _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _properties(value, f"{path}/{i}")
    return found


def test_every_property_and_definition_has_a_description() -> None:
    schema = plan_schema()
    properties = _properties(schema)
    assert len(properties) > 80
    missing = [path for path, prop in properties if not prop.get("description")]
    assert missing == []
    undocumented = [name for name, d in schema["$defs"].items() if not d.get("description")]
    assert undocumented == []


def test_dates_are_date_strings_and_the_issue_date_may_be_a_month() -> None:
    defs = plan_schema()["$defs"]
    deadline = defs["Deadline"]["properties"]["date"]
    assert deadline["type"] == "string" and deadline["format"] == "date"
    branches = defs["Document"]["properties"]["date"]["anyOf"]
    assert {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$", "type": "string"} in branches
    assert any(b.get("pattern") == r"^\d{4}-(0[1-9]|1[0-2])$" for b in branches)


def test_the_2020_plan_is_accepted() -> None:
    loaded = load_file(PLAN_2020)
    assert loaded.diagnostics == []
    assert schema_errors(loaded.data) == []


def _plan_2020() -> dict[str, Any]:
    data = load_file(PLAN_2020).data
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(("name", "edit", "expected"), [
    ("unknown key", lambda d: d["document"].update(numbr=8), "'numbr' was unexpected"),
    ("wrong type", lambda d: d["document"]["period"].update(start="2020"), "is not of type"),
    ("bad enum", lambda d: d["document"]["recipients"][0].update(note="bc"),
     "'bc' is not valid under any of the given schemas"),
    ("missing key", lambda d: d["implementation"][0]["tasks"][0].pop("lead"),
     "'lead' is a required property"),
    ("missing top key", lambda d: d.pop("agencies"), "'agencies' is a required property"),
    ("deadline as text", lambda d: d["reporting"][0]["timing"].update(date="15/12/2020"),
     "is not valid"),
    ("month 13", lambda d: d["document"].update(date="2020-13"), "is not valid"),
    ("prefix without title", lambda d: d["document"]["signature"].pop("on_behalf_of"),
     "'on_behalf_of' is a required property"),
])
def test_broken_variants_are_rejected(name: str, edit: Any, expected: str) -> None:
    data = _plan_2020()
    edit(data)
    errors = schema_errors(data)
    assert errors, name
    assert any(expected in e for e in errors), errors


# YAML scalars as a person types them: the schema (seeing what dakplan's YAML 1.2 loader made
# of them) and `dakplan validate` must agree on each.
AGREEMENT = [
    ("text: NO", "themes", lambda v: {"id": "du-lich", "text": v}, "NO", True),
    ("text: yes", "themes", lambda v: {"id": "du-lich", "text": v}, "yes", True),
    ("text: 1.10", "themes", lambda v: {"id": "du-lich", "text": v}, "1.10", False),
    ("text: true", "themes", lambda v: {"id": "du-lich", "text": v}, "true", False),
    ("text: 010", "themes", lambda v: {"id": "du-lich", "text": v}, "010", True),
    ("text: ~", "themes", lambda v: {"id": "du-lich", "text": v}, "~", False),
]


@pytest.mark.parametrize(("label", "section", "make", "raw", "valid"), AGREEMENT,
                         ids=[a[0] for a in AGREEMENT])
def test_schema_agrees_with_the_loader_on_yaml_scalars(
        label: str, section: str, make: Any, raw: str, valid: bool) -> None:
    plan = small_plan()
    plan[section] = [make("@@")]
    text = dump_plan(plan).replace("'@@'", raw).replace("@@", raw)
    loaded = load_text(Source("x.yaml", text))
    report = validate_source(Source("x.yaml", text))
    assert (report.errors == 0) is valid, report.diagnostics
    assert (schema_errors(loaded.data) == []) is valid


@pytest.mark.parametrize(("edit", "valid"), [
    (lambda p: p["document"].update(date="2030-03"), True),
    (lambda p: p["document"].update(date="2030-03-05"), True),
    (lambda p: p["document"].update(date="2030-02-30"), False),
    (lambda p: p["document"].update(date=None), True),
    (lambda p: p["reporting"][0]["timing"].update(date="2030-12-15"), True),
    (lambda p: p["implementation"][0]["tasks"][0].update(status="done"), True),
    (lambda p: p["implementation"][0]["tasks"][0].update(status="finished"), False),
    (lambda p: p["implementation"][0]["tasks"][0].update(
        progress=[{"date": "2030-05-01", "products": {"bao-hinh": 3}}]), True),
    (lambda p: p["implementation"][0]["tasks"][0].update(
        progress=[{"date": "2030-05-01", "products": {"tv": 3}}]), False),
    (lambda p: p["document"]["signature"].update(authority=None), True),
    (lambda p: p.update(funding={"items": [{"id": "tu-lo", "text": "Tự lo."}]}), True),
    (lambda p: p.update(funding={"items": [{"id": "tu-lo", "lead": "SVH"}]}), False),
])
def test_schema_agrees_with_dakplan_on_edits(edit: Any, valid: bool) -> None:
    plan = small_plan()
    edit(plan)
    text = dump_plan(plan)
    report = validate_source(Source("x.yaml", text))
    assert (report.errors == 0) is valid, report.diagnostics
    assert (schema_errors(load_text(Source("x.yaml", text)).data) == []) is valid


def test_schema_command_prints_and_writes_the_committed_schema(run: Any, tmp_path: Any) -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert result.stdout == COMMITTED.read_text(encoding="utf-8")
    out = tmp_path / "s.json"
    result = run("schema", "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8")
    assert run("schema", "-o", str(tmp_path / "no" / "s.json")).exit_code == 2


def test_plan_points_editors_at_the_committed_schema() -> None:
    first = PLAN_2020.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    assert (PLAN_2020.parent / "../schema/plan.schema.json").resolve() == COMMITTED.resolve()
