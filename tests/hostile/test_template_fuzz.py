"""Whatever the template, `dakplan render` ends with exit 0 or 2 and a message: templates drawn
from a grammar of Jinja constructs over what templates see (fields that exist and names that are
refused, filters, loops, macros, self-includes, big numbers and long texts) never make it raise,
run past its time limit, or leave a file. Deterministic in CI (derandomize); the small budget
given on the command line keeps every example short, whatever it draws."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import dump_plan, small_plan
from dakplan.cli import app
from dakplan.i18n import set_language

PICKLE = "cposix\\nsystem\\n(S'touch PWNED'\\ntR."

GOOD = [
    "doc.title", "doc.subject", "doc.number_symbol", "doc.period", "doc.period.last_day",
    "as_of.year", "name('SVH')", "name(doc.issuer.agency)", "plan.agencies|length",
    "report.tasks|length", "plan.agencies|map(attribute='name')|join(', ')",
    "doc.symbol.split('-')|last", "'x'", "'Đắk Lắk'", "1", "3", "v", "w", "ns.n",
    "plan.agencies[0].code", "report.tasks[0].task.text", "report.statuses[0].count",
    "plan.implementation[0].heading", "doc.recipients[0].text", "plan.media.formats|first",
    "(plan.agencies|vn_sort(attribute='name')|first).name", "doc.date|vn_date",
]
"""Expressions that render: most drawn templates should get far enough to exercise the budget."""
ITERABLES = [
    "plan.agencies", "report.tasks", "range(3)", "doc.recipients", "plan.implementation",
    "plan.themes", "range(100000)", "range(10**12)", "report.tasks|map(attribute='task')",
    "doc.title", "'x' * 100000", "plan.agencies|batch(2)", "{'a': 1}.items()",
]
OBJECTS = [
    "plan", "doc", "report", "as_of", "name", "sheet", "ns", "self", "v", "range", "dict",
    "namespace", "cycler", "joiner", "lipsum", "m", "doc.title", "plan.agencies",
    "report.tasks[0]", "loop",
]
HUGE = [
    "10**15", "(10**100)", "(2**64)", "1e308", "4000", "-1", "'x' * 10**10", "[0] * 10**8",
    "'%0999999999d' % 1", "10 ** 10 ** 10", "(10**4000) * (10**4000)", "range(10**12)",
    "'x' * 100000", "range(100000)|list",
    f'doc.parse_raw("{PICKLE}", proto="pickle", allow_pickle=True)',
]
FIELDS = ["title", "text", "code", "name", "kind", "year", "period", "last_day", "tasks",
          "number_symbol", "lead", "timing", "items", "names", "due", "index", "n", "first"]
REFUSED = [
    "__class__", "__init__", "__globals__", "__subclasses__", "__dict__", "__self__", "mro",
    "parse_raw", "parse_file", "model_dump", "model_copy", "copy", "json", "_fields", "format",
    "format_map", "strftime", "center", "zfill", "gi_frame", "__builtins__", "append",
]
CALLS = ["split('-')", "upper()", "startswith('K')", "items()", "format(1)", "center(10**9)",
         "ljust(10**10)", "__len__()", "mro()", "copy()", "model_dump()", "next()"]
FILTERS = [
    "roman", "join", "join('x' * 100000)", "upper", "length", "list", "sum", "sum(start=[])",
    "first", "last", "string", "number", "money", "vn_date", "short_date", "vn_sort",
    "vn_sort(attribute='name')", "vn_sort(attribute='__class__')", "e", "tojson", "pprint",
    "center(10**9)", "indent(10**9)", "batch(10**9, 'x')", "slice(10**9)", "replace('x', 'yy')",
    "replace('', 'x' * 1000)", "format(10**9)", "wordwrap(1, wrapstring='abc')",
    "map('string')", "map(attribute='text')", "attr('__class__')", "attr('text')", "unique",
    "sort", "reverse", "dictsort", "items", "selectattr('text')", "truncate(5)", "int",
    "float", "abs", "count", "default(1)", "markdown", "header_lines", "bold_lines",
    "lower_first", "media_label", "random", "urlize", "lipsum", "center(20)", "indent(2)",
]
OPERATORS = ["+", "-", "*", "**", "~", "%", "/", "//", "==", "<", "in", "and", "or"]
NAMES = ["v", "w", "ns.n"]


@st.composite
def expression(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["good"] * 6 + ["filter", "op", "huge", "refused", "field",
                                                "call", "cond", "nest"]))
    if kind == "good" or depth >= 2:
        return draw(st.sampled_from(GOOD))
    if kind == "filter":
        return f"({draw(expression(depth + 1))})|{draw(st.sampled_from(FILTERS))}"
    if kind == "op":
        return (f"({draw(expression(depth + 1))} {draw(st.sampled_from(OPERATORS))} "
                f"{draw(expression(depth + 1))})")
    if kind == "huge":
        return f"({draw(st.sampled_from(HUGE))})"
    if kind == "refused":
        return f"{draw(st.sampled_from(OBJECTS))}.{draw(st.sampled_from(REFUSED))}"
    if kind == "field":
        return f"{draw(st.sampled_from(OBJECTS))}.{draw(st.sampled_from(FIELDS))}"
    if kind == "call":
        return f"{draw(st.sampled_from(OBJECTS))}.{draw(st.sampled_from(CALLS))}"
    if kind == "cond":
        return (f"({draw(expression(depth + 1))} if {draw(expression(depth + 1))} "
                f"else {draw(expression(depth + 1))})")
    return f"[{draw(expression(depth + 1))}, m({draw(expression(depth + 1))})]|join('; ')"


@st.composite
def statements(draw: st.DrawFn, depth: int = 0) -> str:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        kinds = ["output"] * 4 + ["text", "set"]
        if depth < 2:
            kinds += ["for"] * 3 + ["if", "macro", "set_block", "filter", "call"]
        if depth == 0:  # a template that includes itself is stopped, but costly to stop
            kinds += ["include", "import"]
        kind = draw(st.sampled_from(kinds))
        e = draw(expression())
        body = draw(statements(depth + 1)) if depth < 2 else "{{ v }}"
        target = draw(st.sampled_from(NAMES))
        assign = f"{{% set {target} = {e} %}}" if target != "ns.n" else f"{{% set ns.n = {e} %}}"
        out.append({
            "output": f"{{{{ {e} }}}}",
            "text": draw(st.sampled_from(["Dòng chữ.", "<script>alert(1)</script>", "\n",
                                          "- [x](javascript:alert(1))", "{{ loop.index }}"])),
            "set": assign,
            "include": "{% include 'fuzz.md.j2' %}",
            "for": f"{{% for v in {draw(st.sampled_from(ITERABLES))} %}}{body}{{% endfor %}}",
            "if": f"{{% if {e} %}}{body}{{% else %}}{{{{ {e} }}}}{{% endif %}}",
            "macro": f"{{% macro m(a) %}}{body}{{{{ m(a) if a else '' }}}}{{% endmacro %}}",
            "set_block": "{% set w %}" f"{body}{body}" "{% endset %}",
            "filter": f"{{% filter {draw(st.sampled_from(['upper', 'e', 'indent(9)']))} %}}"
                      f"{body}{{% endfilter %}}",
            "call": f"{{% call m({e}) %}}{body}{{% endcall %}}",
            "import": "{% import 'fuzz.md.j2' as me with context %}",
        }[kind])
    return "\n".join(out)


@st.composite
def template(draw: st.DrawFn) -> str:
    prelude = ("{% set ns = namespace(n=0) %}{% set v = 1 %}{% set w = 'x' %}"
               "{% macro m(a) %}[{{ a }}]{{ caller() if caller is defined else '' }}"
               "{% endmacro %}\n")
    return prelude + draw(statements()) + "\n"


REPO: list[Path] = []


@settings(max_examples=25, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(source=template(), fmt=st.sampled_from(["md", "html"]),
       agency=st.sampled_from([[], ["--agency", "SVH"]]))
def test_any_template_ends_in_exit_0_or_2(tmp_path_factory, source: str, fmt: str,
                                         agency: list[str]) -> None:
    if not REPO:
        root = tmp_path_factory.mktemp("template-fuzz")
        (root / "plans").mkdir()
        (root / "plans" / "2030.yaml").write_text(dump_plan(small_plan()), encoding="utf-8")
        (root / "templates").mkdir()
        REPO.append(root)
    repo = REPO[0]
    plan = (repo / "plans" / "2030.yaml").read_bytes()
    (repo / "templates" / "fuzz.md.j2").write_text(source, encoding="utf-8")
    out = repo / "out.txt"
    result = CliRunner().invoke(app, [
        "render", "fuzz", str(repo / "plans" / "2030.yaml"), "-f", fmt, "-o", str(out),
        "--time-limit", "0.1", "--max-size", "0.2", *agency], catch_exceptions=True)
    set_language("en")
    event(f"exit {result.exit_code}")
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception))
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("dakplan: "), result.stderr
    made = {"plans", "templates"} | ({"out.txt"} if result.exit_code == 0 else set())
    assert {p.name for p in repo.iterdir()} == made
    assert [p.name for p in (repo / "templates").iterdir()] == ["fuzz.md.j2"]
    assert (repo / "plans" / "2030.yaml").read_bytes() == plan
    out.unlink(missing_ok=True)
