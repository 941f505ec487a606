"""The sandbox's policy and bounds, case by case, through the library (each case is a
template; the command line's own tests, tests/cli/test_render_safety.py, run the reproducers of
the issue through `dakplan render`). A message here is what `dakplan render` prints after
"dakplan: "."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from conftest import dump_plan, small_plan
from dakplan.errors import UsageError
from dakplan.render import Request, context
from dakplan.render.budget import Budget
from dakplan.render.environment import Templates
from dakplan.render.plain import freeze_all
from dakplan.validate import load_plan_v2


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("sandbox")
    (root / "plans").mkdir()
    (root / "templates").mkdir()
    path = root / "plans" / "2030.yaml"
    path.write_text(dump_plan(small_plan()), encoding="utf-8")
    plan = load_plan_v2(path, "render")
    values = freeze_all(context(plan, Request("agency", path, agency="SVH")))
    return root, values


def problem(repo: tuple[Path, dict[str, Any]], body: str, **budget: float) -> str:
    """What rendering ``# {{ doc.title }}`` then ``body`` (line 2) says, or "rendered"."""
    root, values = repo
    path = root / "templates" / "case.md.j2"
    path.write_text(f"# {{{{ doc.title }}}}\n{body}\n", encoding="utf-8")
    try:
        Templates(root / "plans" / "2030.yaml", Budget(**budget)).render("case.md.j2", values)
    except UsageError as exc:
        return exc.message.replace(str(path), "case.md.j2")
    return "rendered"


@pytest.mark.parametrize("reach,problem_", [
    ("doc.model_dump()", "Document has no field 'model_dump'"),
    ("plan.model_dump_json()", "Plan has no field 'model_dump_json'"),
    ("doc.copy()", "Document has no field 'copy'"),
    ("doc.model_copy(update={'title': 'x'})", "Document has no field 'model_copy'"),
    ("doc.json()", "Document has no field 'json'"),
    ("doc.dict()", "Document has no field 'dict'"),
    ("plan.model_fields", "Plan has no field 'model_fields'"),
    ("plan.tasks()", "Plan has no field 'tasks'"),
    ("doc.__class__", "access to attribute '__class__' of 'Record' object is unsafe."),
    ("doc.__class__.mro()", "access to attribute '__class__' of 'Record' object is unsafe."),
    ("doc['__class__']", "access to attribute '__class__' of 'Record' object is unsafe."),
    ("doc|attr('__dict__')", "Document has no field '__dict__'"),
    ("doc._fields", "access to attribute '_fields' of 'Record' object is unsafe."),
    ("name.__call__", "access to attribute '__call__' of 'Helper' object is unsafe."),
    ("name.__globals__", "'Helper' has no attribute '__globals__'"),
    ("plan.agencies.append(1)", "'tuple' has no attribute 'append'"),
    ("name._function", "access to attribute '_function' of 'Helper' object is unsafe."),
    ("'x'.format(1)", "access to attribute 'format' of 'str' object is unsafe."),
    ("'{0.__class__}'.format_map({'0': doc})",
     "access to attribute 'format_map' of 'str' object is unsafe."),
    ("doc.symbol.center(10**9)", "access to attribute 'center' of 'str' object is unsafe."),
    ("as_of.strftime('%Y')", "access to attribute 'strftime' of 'date' object is unsafe."),
    ("as_of.replace(year=1)", "access to attribute 'replace' of 'date' object is unsafe."),
    ("plan.agencies|vn_sort(attribute='__class__')",
     "access to attribute '__class__' of 'Record' object is unsafe."),
    ("plan.agencies.index", "access to attribute 'index' of 'tuple' object is unsafe."),
    ("range.__globals__", "access to attribute '__globals__' of 'function' object is unsafe."),
    ("dict.fromkeys", "access to attribute 'fromkeys' of 'type' object is unsafe."),
    ("namespace.mro()", "access to attribute 'mro' of 'type' object is unsafe."),
    ("doc", "Document is a record, not text: write one of its fields (type, title, "),
])
def test_only_plain_data_is_reachable(repo: tuple[Path, dict[str, Any]], reach: str,
                                      problem_: str) -> None:
    assert problem(repo, f"{{{{ {reach} }}}}").startswith(
        f"case.md.j2:2: template error: {problem_}")


@pytest.mark.parametrize("body,problem_", [
    ("{{ (10**15)|roman }}", "roman: a number this large has no roman numeral (1 to 3999)"),
    ("{{ 4000|roman }}", "roman: 4000 has no roman numeral (1 to 3999)"),
    ("{{ 'x' * 10**10 }}", "more than 0.5 MB of text, the render's size limit (raise it with "
                           "--max-size MB)"),
    ("{{ [0] * 10**8 }}", "a list of more than 1,000,000 items"),
    ("{{ range(10**12) }}", "Range too big. The sandbox blocks ranges larger than MAX_RANGE "
                            "(100000)."),
    ("{{ 10 ** (10 ** 10) }}", "a number of more than 4,300 digits"),
    ("{% set n = namespace(v=10**4000) %}{% for i in range(9) %}{% set n.v = n.v * n.v %}"
     "{% endfor %}", "a number of more than 4,300 digits"),
    ("{{ range(100000)|join('x' * 100000) }}", "more than 0.5 MB of text"),
    ("{{ range(100000)|map('string')|join(doc.title) }}", "more than 0.5 MB of text"),
    ("{{ 'x'|center(10**10) }}", "more than 0.5 MB of text"),
    ("{{ doc.title|indent(10**9) }}", "more than 0.5 MB of text"),
    ("{{ range(10)|batch(10**9, 'x')|list }}", "a list of more than 1,000,000 items"),
    ("{{ ('x' * 100000)|replace('x', doc.title) }}", "more than 0.5 MB of text"),
    ("{{ ('x' * 100000)|wordwrap(1, wrapstring=doc.title) }}", "more than 0.5 MB of text"),
    ("{{ '%0999999999d' % 1 }}", "a '%' format width or precision that is '*' or above "
                                 "0.5 MB"),
    ("{{ '%0*d'|format(10**9, 1) }}", "a '%' format width or precision that is '*' or above "
                                      "0.5 MB"),
    ("{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
     "{% endfor %}", "more than 0.5 MB of text"),
    ("{% set ns = namespace(l=[1]) %}{% for i in range(64) %}{% set ns.l = ns.l + ns.l %}"
     "{% endfor %}", "a list of more than 1,000,000 items"),
    ("{% macro twice(s) %}{{ s }}{{ s }}{% endmacro %}{% set ns = namespace(s='ab') %}"
     "{% for i in range(64) %}{% set ns.s = twice(ns.s) %}{% endfor %}",
     "more than 0.5 MB of text"),
    ("{% for i in range(100000) %}{{ doc.subject }}{% endfor %}", "more than 0.5 MB of text"),
])
def test_a_template_cannot_grow_without_bound(repo: tuple[Path, dict[str, Any]], body: str,
                                              problem_: str) -> None:
    assert problem(repo, body, megabytes=0.5).startswith(
        f"case.md.j2:2: template error: {problem_}")


@pytest.mark.parametrize("body", [
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "{% for i in range(100000) %}{{ range(100000)|sum }}{% endfor %}",
    "{% for i in range(100000) %}{% set x = 'x' * 10**6 %}{% endfor %}",
])
def test_a_template_cannot_run_without_bound(repo: tuple[Path, dict[str, Any]],
                                             body: str) -> None:
    assert problem(repo, body, seconds=0.1) == (
        "case.md.j2:2: template error: stopped after 0.1 s, the render's time limit (raise it "
        "with --time-limit SECONDS)")


@pytest.mark.parametrize("body,line", [
    ('{% import "case.md.j2" as me with context %}', 1),
    ("{% macro f() %}\n{{ g() }}{% endmacro %}{% macro g() %}{{ f() }}{% endmacro %}{{ f() }}",
     3),
    ("{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}", 2),
])
def test_a_template_that_calls_itself_is_stopped(repo: tuple[Path, dict[str, Any]], body: str,
                                                 line: int) -> None:
    assert problem(repo, body) == (f"case.md.j2:{line}: template error: the template calls or "
                                   "includes itself without end (recursion too deep)")


@pytest.mark.parametrize("body", [
    "{% for i in [1] %}" * 13 + "x" + "{% endfor %}" * 13,
    "{% if 1 %}" * 50 + "x" + "{% endif %}" * 50,
    "{{ " + "-" * 60 + "1 }}",
    "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "{{ " + "[" * 3000 + "]" * 3000 + " }}",
])
def test_nesting_is_bounded(repo: tuple[Path, dict[str, Any]], body: str) -> None:
    assert re.fullmatch(r"case\.md\.j2:2: template error: nested more than \d+ levels deep",
                        problem(repo, body))
