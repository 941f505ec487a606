"""The JSON Schema: complete, committed (version 2), valid 2020-12, and true to `dakplan
validate`, for format version 2 and for version 1 (`dakplan schema --version 1`)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from conftest import PLAN_2020, PLAN_2020_V1, ROOT, dump_plan, small_plan
from dakplan.checks.v2.validate import validate_source as validate_v2
from dakplan.io.read import Source
from dakplan.io.yaml_load import load_file, load_text
from dakplan.migrate import migrate_data
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


def validator(version: int = 2) -> Draft202012Validator:
    schema = (json.loads(COMMITTED.read_text(encoding="utf-8")) if version == 2
              else plan_schema(version))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(data: Any, version: int = 2) -> list[str]:
    return [e.message for e in validator(version).iter_errors(as_json(data))]


def errors_v2(text: str) -> int:
    """What `dakplan validate` says of a version 2 text: its errors not waived."""
    return validate_v2(Source("x.yaml", text)).errors


def test_committed_copy_matches_the_model() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/plan.schema.json is out of date; regenerate it with "
        "`dakplan schema -o schema/plan.schema.json`")


@pytest.mark.parametrize("version", [2, 1])
def test_schema_passes_the_2020_12_metaschema(version: int) -> None:
    schema = (json.loads(COMMITTED.read_text(encoding="utf-8")) if version == 2
              else plan_schema(1))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:dakplan:schema:plan:{version}"
    assert schema["title"] and f"format version {version}" in schema["description"]
    assert schema["properties"]["dakplan"]["const"] == version


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


@pytest.mark.parametrize("version", [2, 1])
def test_every_property_and_definition_has_a_description(version: int) -> None:
    schema = plan_schema(version)
    properties = _properties(schema)
    assert len(properties) > 80
    missing = [path for path, prop in properties if not prop.get("description")]
    assert missing == []
    undocumented = [name for name, d in schema["$defs"].items() if not d.get("description")]
    assert undocumented == []


@pytest.mark.parametrize("version", [2, 1])
def test_dates_are_date_strings_and_the_issue_date_may_be_a_month(version: int) -> None:
    defs = plan_schema(version)["$defs"]
    deadline = defs["Deadline"]["properties"]["date"]
    assert deadline["type"] == "string" and deadline["format"] == "date"
    branches = defs["Document"]["properties"]["date"]["anyOf"]
    assert {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$", "type": "string"} in branches
    assert any(b.get("pattern") == r"^\d{4}-(0[1-9]|1[0-2])$" for b in branches)


@pytest.mark.parametrize(("path", "version"), [(PLAN_2020, 2), (PLAN_2020_V1, 1)])
def test_the_2020_plan_is_accepted(path: Any, version: int) -> None:
    loaded = load_file(path)
    assert loaded.diagnostics == []
    assert schema_errors(loaded.data, version) == []
    assert schema_errors(loaded.data, 3 - version) != []  # and by its own version's only


def _plan_2020(path: Any = PLAN_2020) -> dict[str, Any]:
    data = load_file(path).data
    assert isinstance(data, dict)
    return data


def _duty(d: dict[str, Any], section: int, *inner: int) -> dict[str, Any]:
    """A duty of the 2020 plan (version 2) by where it stands: the top-level section, then the
    sub-section and the bullet."""
    node = d["body"][section]["section"]
    if not inner:
        return node["blocks"][0]["duty"]  # type: ignore[no-any-return]
    part, bullet = inner
    return node["blocks"][part]["section"]["blocks"][0]["bullets"][bullet]["duty"]  # type: ignore[no-any-return]


BROKEN = [
    ("unknown key", lambda d: d["document"].update(numbr=8), "'numbr' was unexpected"),
    ("wrong type", lambda d: d["document"]["period"].update(start="2020"), "is not of type"),
    ("bad enum", lambda d: d["document"]["recipients"][0].update(note="bc"),
     "'bc' is not valid under any of the given schemas"),
    ("missing top key", lambda d: d.pop("agencies"), "'agencies' is a required property"),
    ("month 13", lambda d: d["document"].update(date="2020-13"), "is not valid"),
]


@pytest.mark.parametrize(("name", "edit", "expected"), [
    *BROKEN[:2],
    ("bad enum", lambda d: d["document"]["recipients"][0].update(note="bc"),
     "'bc' is not one of ['b/c', 't/h', 'p/h']"),
    *BROKEN[3:],
    ("missing key", lambda d: _duty(d, 3, 0, 0).pop("lead"), "'lead' is a required property"),
    ("deadline as text", lambda d: _duty(d, 5)["timing"].update(date="15/12/2020"),
     "'date': '15/12/2020'} is not valid"),
    ("chain line without title",
     lambda d: d["document"]["signature"]["chain"][0].pop("on_behalf_of"),
     "'on_behalf_of' is a required property"),
    ("one of several deadlines", lambda d: _duty(d, 5).update(
        timing={"type": "deadlines", "dates": ["2020-12-15"]}), "['2020-12-15'] is too short"),
    ("unknown section kind", lambda d: d["body"][1]["section"].update(kind="muc-tieu"),
     "'muc-tieu' is not one of ['objectives', "),
    ("block of no kind", lambda d: d["body"].append({"doan": "x"}),
     "{'doan': 'x'} is not valid"),
])
def test_broken_variants_are_rejected(name: str, edit: Any, expected: str) -> None:
    data = _plan_2020()
    edit(data)
    errors = list(validator().iter_errors(as_json(data)))
    assert errors, name
    # a block that fails is first "not valid under any of the given schemas" (none of the
    # kinds fits); the most relevant error is the one an editor shows, at the field
    assert expected in best_match(errors).message, [e.message for e in errors]


@pytest.mark.parametrize(("name", "edit", "expected"), [
    *BROKEN,
    ("missing key", lambda d: d["implementation"][0]["tasks"][0].pop("lead"),
     "'lead' is a required property"),
    ("deadline as text", lambda d: d["reporting"][0]["timing"].update(date="15/12/2020"),
     "is not valid"),
    ("prefix without title", lambda d: d["document"]["signature"].pop("on_behalf_of"),
     "'on_behalf_of' is a required property"),
])
def test_broken_version_1_variants_are_rejected(name: str, edit: Any, expected: str) -> None:
    data = _plan_2020(PLAN_2020_V1)
    edit(data)
    errors = schema_errors(data, 1)
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
    assert (schema_errors(loaded.data, 1) == []) is valid
    # the same text in a version 2 plan
    data = migrate_data(small_plan()).data
    themes = data["body"][0]["section"]["blocks"][0]["section"]["blocks"][0]["bullets"]
    themes[0]["theme"] = make("@@")
    text = dump_plan(data).replace("'@@'", raw).replace("@@", raw)
    assert (errors_v2(text) == 0) is valid
    assert (schema_errors(load_text(Source("x.yaml", text)).data) == []) is valid


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
    assert (schema_errors(load_text(Source("x.yaml", text)).data, 1) == []) is valid


def _small_v2() -> dict[str, Any]:
    return migrate_data(small_plan()).data


def _first_duty(d: dict[str, Any]) -> dict[str, Any]:
    return d["body"][1]["section"]["blocks"][0]["section"]["blocks"][0]["bullets"][0]["duty"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("edit", "valid"), [
    (lambda p: p["document"].update(date="2030-03"), True),
    (lambda p: p["document"].update(date="2030-02-30"), False),
    (lambda p: p["document"].update(date=None), True),
    (lambda p: _first_duty(p).update(status="done"), True),
    (lambda p: _first_duty(p).update(status="finished"), False),
    (lambda p: _first_duty(p).update(
        timing={"type": "deadlines", "dates": ["2030-06-15", "2030-11-15"]}), True),
    (lambda p: _first_duty(p).update(timing={"type": "deadlines", "dates": ["2030-06-15"]}),
     False),
    (lambda p: _first_duty(p).update(
        timing={"type": "window", "start": "2030-06-01", "end": "2030-08-31"}), True),
    (lambda p: _first_duty(p).update(
        timing={"type": "recurring", "frequency": "yearly", "by": [{"month": 11, "day": 15}]}),
     True),
    (lambda p: _first_duty(p).update(
        timing={"type": "recurring", "frequency": "yearly", "by": [{"month": 13, "day": 15}]}),
     False),
    (lambda p: p["document"]["signature"]["chain"].append(
        {"authority": "KT.", "on_behalf_of": "CHỦ TỊCH"}), True),
    (lambda p: p["document"]["signature"]["chain"].append(
        {"authority": "KT", "on_behalf_of": "CHỦ TỊCH"}), False),
    (lambda p: p["body"][1]["section"].update(kind="funding"), True),
    (lambda p: p["body"][1]["section"].update(kind="kinh-phi"), False),
    (lambda p: p.update(numbering=["1.", "a)"]), True),
    (lambda p: p.update(numbering=["1.", "(a)"]), False),
    (lambda p: p["body"].append({"paragraph": "Trên đây là Kế hoạch./."}), True),
    (lambda p: p["body"].append({"paragraph": 12}), False),
])
def test_schema_agrees_with_dakplan_on_version_2_edits(edit: Any, valid: bool) -> None:
    plan = _small_v2()
    edit(plan)
    text = dump_plan(plan)
    assert (errors_v2(text) == 0) is valid
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
    old = run("schema", "--version", "1")
    assert old.exit_code == 0 and old.stdout == schema_text(1) != result.stdout
    assert json.loads(old.stdout)["$id"] == "urn:dakplan:schema:plan:1"
    bad = run("schema", "--version", "3")
    assert bad.exit_code == 2 and bad.stdout == ""
    assert "no format version 3; the versions are 1, 2" in bad.stderr


def test_plan_points_editors_at_the_committed_schema() -> None:
    first = PLAN_2020.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/plan.schema.json"
    assert (PLAN_2020.parent / "../schema/plan.schema.json").resolve() == COMMITTED.resolve()
