"""Templates are untrusted: sandboxed, strict, confined to their folder; output is atomic and
never replaces an input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PLAN_2020, ROOT, small_plan


def template(repo: Path, name: str, text: str) -> Path:
    path = repo / "templates" / name
    path.write_text(text, encoding="utf-8")
    return path


def render(run, repo: Path, *args: str):
    return run("render", *args, str(repo / "plans" / "2030.yaml"))


def test_undefined_name_fails_with_file_and_line(run, repo: Path) -> None:
    path = template(repo, "bad.md.j2", "# {{ doc.title }}\n\nline two\n{{ nope }}\n")
    out = repo / "out.md"
    result = render(run, repo, "bad", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == f"dakplan: {path}:4: template error: 'nope' is undefined\n"
    assert not out.exists()


def test_undefined_attribute_inside_an_included_template(run, repo: Path) -> None:
    part = template(repo, "_part.md.j2", "ok\n{{ plan.no_such_field }}\n")
    template(repo, "main.md.j2", "first\n{% include '_part.md.j2' %}\n")
    result = render(run, repo, "main")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {part}:2: ")
    assert "no_such_field" in result.stderr


def test_syntax_error_fails_with_file_and_line(run, repo: Path) -> None:
    path = template(repo, "broken.md.j2", "one\ntwo\n{% if %}\n")
    result = render(run, repo, "broken")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:3: ")


@pytest.mark.parametrize("escape", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ plan.__class__.__init__.__globals__ }}",
    "{{ '{0.__class__.__mro__}'.format(doc) }}",
    "{{ '{x.__init__.__globals__}'.format_map({'x': doc}) }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ plan.agencies.append(1) }}",
    "{{ name.__globals__ }}",
])
def test_sandbox_refuses_python_internals(run, repo: Path, escape: str) -> None:
    path = template(repo, "evil.md.j2", f"text\n{escape}\n")
    out = repo / "out.md"
    result = render(run, repo, "evil", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:2: ")
    assert any(word in result.stderr for word in ("unsafe", "undefined", "has no attribute"))
    assert not out.exists()


def test_template_names_stay_in_the_templates_folder(run, repo: Path) -> None:
    (repo / "secret.md.j2").write_text("SECRET\n", encoding="utf-8")
    template(repo, "climb.md.j2", "{% include '../secret.md.j2' %}\n")
    result = render(run, repo, "climb")
    assert result.exit_code == 2
    assert "SECRET" not in result.stdout
    assert render(run, repo, "../secret").exit_code == 2
    os.symlink(repo / "secret.md.j2", repo / "templates" / "link.md.j2")
    result = render(run, repo, "link")
    assert result.exit_code == 2
    assert "SECRET" not in result.stdout


def test_unknown_template_lists_the_known_ones(run, repo: Path) -> None:
    result = render(run, repo, "nope")
    assert result.exit_code == 2
    assert result.stderr == "dakplan: unknown template 'nope'; available: agency, plan, report\n"


def test_repository_template_overrides_the_default(run, repo: Path) -> None:
    template(repo, "plan.md.j2", "# {{ doc.title }} {{ doc.date|vn_date }}\n")
    assert render(run, repo, "plan").stdout == "# KẾ HOẠCH ngày  tháng 3 năm 2030\n"
    listing = render(run, repo, "--list").stdout
    assert "plan         md, html, docx   overrides the default:" in listing
    assert "report       md, html, docx   default: report.md.j2" in listing


def test_copies_of_the_defaults_are_listed_as_defaults(run, repo: Path) -> None:
    """dakplan's own checkout installed without -e: its templates/ folder is the repository's
    and holds the same files as the installed defaults, which it does not override."""
    from dakplan.render.templates import DEFAULTS

    for name in ("plan.md.j2", "report.md.j2"):
        (repo / "templates" / name).write_bytes((DEFAULTS / name).read_bytes())
    (repo / "templates" / "report.md.j2").write_text("# {{ doc.title }}\n", encoding="utf-8")
    listing = render(run, repo, "--list").stdout.splitlines()
    assert listing[1:] == [
        "  agency       md, html, docx   default: agency.md.j2",
        "  plan         md, html, docx   default: plan.md.j2",
        "  report       md, html, docx   overrides the default: "
        f"{repo / 'templates' / 'report.md.j2'}",
    ]


def test_refuses_to_write_over_the_plan(run, repo: Path) -> None:
    plan = repo / "plans" / "2030.yaml"
    before = plan.read_bytes()
    link = repo / "kehoach"
    link.symlink_to(plan)
    for fmt in ("md", "docx"):
        result = run("render", "plan", str(plan), "-o", str(plan), "--to", fmt)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"dakplan: -o {plan}: unknown suffix '.yaml'")
        result = run("render", "plan", str(plan), "-o", str(link), "--to", fmt)
        assert result.exit_code == 2
        assert result.stderr == (f"dakplan: refusing to write {link}: it leads to {plan}, "
                                 "which this run reads\n")
    assert plan.read_bytes() == before


def test_refuses_to_write_over_a_template(run, repo: Path) -> None:
    path = template(repo, "plan.md.j2", "# {{ doc.title }}\n")
    result = render(run, repo, "plan", "-o", str(path))
    assert result.exit_code == 2
    assert path.read_text(encoding="utf-8") == "# {{ doc.title }}\n"


def test_failed_render_leaves_the_old_file(run, repo: Path) -> None:
    out = repo / "out.md"
    out.write_text("old\n", encoding="utf-8")
    template(repo, "bad.md.j2", "{{ nope }}\n")
    assert render(run, repo, "bad", "-o", str(out)).exit_code == 2
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in repo.iterdir()) == ["out.md", "plans", "templates"]



def test_bad_format_is_a_usage_error(run) -> None:
    result = run("render", "plan", str(PLAN_2020), "--format", "pdf")
    assert result.exit_code == 2
    assert "unknown format 'pdf'; use one of: md, html, docx" in result.stderr


# -- the boundary: templates see plain data only ------------------------------------------

PICKLE = "cposix\\nsystem\\n(S'touch {marker}'\\ntR."
"""The issue's payload: pydantic's parse_raw(proto="pickle") would run `touch MARKER`."""


def test_a_pickle_payload_runs_nothing(run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = repo / "PWNED"
    payload = PICKLE.format(marker=marker)
    call = f'doc.parse_raw("{payload}", proto="pickle", allow_pickle=True)'
    path = template(repo, "plan.md.j2", f"# {{{{ doc.title }}}}\n{{{{ {call} }}}}\n")
    monkeypatch.chdir(repo)
    result = run("render", "plan")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:2: template error: Document has no field "
                                    "'parse_raw' (its fields: type, title, issuer, ")
    assert not marker.exists()
    assert sorted(p.name for p in repo.iterdir()) == ["plans", "templates"]


def test_parse_file_does_not_leak_a_file(run, repo: Path, tmp_path_factory) -> None:
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("TOPSECRET-4711\n", encoding="utf-8")
    path = template(repo, "leak.md.j2", f"ok\n{{{{ plan.parse_file('{secret}') }}}}\n"
                    f"{{{{ doc.issuer.parse_file('{secret}', content_type='json') }}}}\n")
    result = render(run, repo, "leak")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:2: template error: Plan has no field "
                                    "'parse_file'")
    assert "TOPSECRET" not in result.output


def test_calls_are_limited_to_named_helpers(run, repo: Path) -> None:
    path = template(repo, "call.md.j2", "{% set f = 'a'.split %}\n"
                    "{{ (plan.agencies|map(attribute='names')|first).__len__() }}\n")
    result = render(run, repo, "call")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:2: template error: access to attribute "
                                    "'__len__' of 'tuple' object is unsafe.")


def test_what_templates_can_read(run, repo: Path) -> None:
    """Fields, the properties of the model, lists, dates, name(code), the figures and the
    duty sheet, text methods that cannot grow a text, Jinja's own loop, macros and namespaces."""
    template(repo, "all.md.j2", "\n".join([
        "{{ doc.number_symbol }} {{ doc.period }} {{ doc.period.last_day }} {{ as_of.year }}",
        "{{ plan.agencies|map(attribute='code')|join(',') }} {{ plan.agencies[1].short[0] }}",
        "{{ name('SVH') }} {{ name('NOPE') }} {{ plan.agencies[0].names|length }}",
        "{{ doc.symbol.split('-')|last }} {{ doc.issuer.name.startswith('ỦY') }}",
        "{% for t in report.tasks %}{{ t.number }}{{ t.task.timing.type[0] }}"
        "{{ '' if loop.last else ' ' }}{% endfor %} {{ report.tasks|length }}",
        "{% set ns = namespace(n=0) %}{% for a in plan.agencies if a.kind == 'department' %}"
        "{% set ns.n = ns.n + 1 %}{% endfor %}{{ ns.n }} {{ {'a': 1}.items()|list }}",
        "{% macro m(x) %}<{{ x|upper }}>{% endmacro %}{{ m(sheet.name) }} "
        "{{ sheet.lead|length }} {{ sheet.lead is sameas sheet.lead }}",
        "{{ (plan.agencies|vn_sort(attribute='name')|first).code }} "
        "{{ ((doc.recipients|list) + plan.partners)|length }}",
        "{{ report.tasks[0].task.timing.date|short_date }} {{ doc.date|vn_date }}",
        "{% for g in plan.agencies|groupby('kind') %}{{ g.grouper }}:{{ g.list|length }} "
        "{% endfor %}.",
    ]) + "\n")
    result = render(run, repo, "all", "--agency", "SVH")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "/KH-UBND 2030 2030-12-31 2030\n"
        "UBND,SVH,SYT,DAIA,BAOB Sở VHTTDL\n"
        "Sở Văn hóa, Thể thao và Du lịch NOPE 2\n"
        "UBND True\n"
        "1d 2t 3r 4d 4\n"
        "2 \\[('a', 1)\\]\n"
        "<SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH> 3 True\n"
        "BAOB 3\n"
        "30/06/2030 ngày  tháng 3 năm 2030\n"
        "central\\_press:2 department:2 people\\_committee:1 .\n")


# -- bounded rendering ---------------------------------------------------------------------


@pytest.mark.parametrize("body,problem", [
    ("{{ (10**15)|roman }}", "roman: a number this large has no roman numeral (1 to 3999)"),
    ("{{ 'x' * 10**10 }}", "more than 20 MB of text, the render's size limit (raise it with "
                           "--max-size MB)"),
    ("{{ range(10**12) }}", "Range too big. The sandbox blocks ranges larger than MAX_RANGE "
                            "(100000)."),
    ("{{ range(100000)|join('x' * 10**6) }}", "more than 20 MB of text"),
])
def test_a_huge_value_is_refused_before_it_is_made(run, repo: Path, body: str,
                                                   problem: str) -> None:
    """Once a MemoryError, or minutes and gigabytes; the other ways of growing a value:
    tests/unit/render/test_render_sandbox.py."""
    path = template(repo, "big.md.j2", f"# {{{{ doc.title }}}}\n{body}\n")
    out = repo / "out.md"
    result = render(run, repo, "big", "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"dakplan: {path}:2: template error: {problem}")
    assert not out.exists()


@pytest.mark.parametrize("body", [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% set r = range(100000)|list %}{% for i in r %}{% for j in r %}{% endfor %}{% endfor %}",
])
def test_a_template_cannot_run_without_bound(run, repo: Path, body: str) -> None:
    """Loops that write nothing are stopped too: every turn of a loop ticks the clock."""
    path = template(repo, "slow.md.j2", f"# {{{{ doc.title }}}}\n{body}\n")
    result = render(run, repo, "slow", "--time-limit", "0.2")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        f"dakplan: {path}:2: template error: stopped after 0.2 s, the render's time limit "
        "(raise it with --time-limit SECONDS)")


@pytest.mark.parametrize("body", [
    '{% include "self.md.j2" %}',
    '{% extends "self.md.j2" %}',
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
])
def test_a_template_that_calls_itself_is_stopped(run, repo: Path, body: str) -> None:
    # Named at the line where it calls itself (3), the extends included: each level's frames
    # end in the loading of the template it extends (from the compiled-template cache).
    path = template(repo, "self.md.j2", f"# {{{{ doc.title }}}}\n\n{body}\n")
    result = render(run, repo, "self")
    assert result.exit_code == 2
    assert result.stderr == (f"dakplan: {path}:3: template error: the template calls or "
                             "includes itself without end (recursion too deep)\n")


def test_the_output_is_bounded_where_it_is_written(run, repo: Path) -> None:
    path = template(repo, "long.md.j2", "# {{ doc.title }}\n\n{% for i in range(5000) %}\n"
                    "Dòng thứ {{ i }} của một văn bản rất dài.\n{% endfor %}\n")
    result = render(run, repo, "long", "--max-size", "0.1")
    assert result.exit_code == 2
    assert result.stderr == (f"dakplan: {path}:4: template error: more than 0.1 MB of text, "
                             "the render's size limit (raise it with --max-size MB)\n")
    assert render(run, repo, "long", "--max-size", "0.5").exit_code == 0


def test_raising_the_time_limit_lets_a_long_render_finish(run, repo: Path) -> None:
    template(repo, "count.md.j2", "{% set ns = namespace(n=0) %}{% for i in range(100) %}"
             "{% for j in range(100) %}{% set ns.n = ns.n + 1 %}{% endfor %}{% endfor %}"
             "{{ ns.n }}\n")
    assert render(run, repo, "count", "--time-limit", "0.000001").exit_code == 2
    result = render(run, repo, "count", "--time-limit", "60")
    assert (result.exit_code, result.stdout) == (0, "10000\n")


@pytest.mark.parametrize("option,value,most", [
    ("--time-limit", "0", "3600"), ("--time-limit", "-1", "3600"),
    ("--time-limit", "nan", "3600"), ("--time-limit", "1e9", "3600"),
    ("--max-size", "0", "1000"), ("--max-size", "inf", "1000"),
])
def test_limits_are_bounded_themselves(run, option: str, value: str, most: str) -> None:
    result = run("render", "plan", str(PLAN_2020), option, value)
    assert result.exit_code == 2
    shown = f"{float(value):g}"
    assert result.stderr == (f"dakplan: {option} must be more than 0 and at most {most}, "
                             f"not {shown}\n")


def test_limit_defaults_are_the_documented_ones(run) -> None:
    from dakplan.render.budget import DEFAULT_MB, DEFAULT_SECONDS

    help_text = " ".join(run("render", "--help").stdout.split())
    assert f"(default: {DEFAULT_SECONDS:g})" in help_text
    assert f"(default: {DEFAULT_MB:g})" in help_text
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"`--time-limit SECONDS` (default {DEFAULT_SECONDS:g})" in readme
    assert f"`--max-size MB` (default {DEFAULT_MB:g}," in readme


# -- Markdown output: plan text opens no HTML and no link -----------------------------------

HOSTILE_TEXT = [
    "<script>alert(1)</script>",
    "<!-- hidden --> shown",
    '<img src=x onerror="alert(1)">',
    "[bấm vào đây](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](vbscript:msgbox(1)) <vbscript:msgbox(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;b&#62;",
    "<a href='https://example.org'>link</a>",
]


def test_plan_text_opens_no_html_or_link_in_markdown(run, write_plan) -> None:
    from markdown_it import MarkdownIt

    data = small_plan()
    tasks = data["implementation"][0]["tasks"]
    for i, text in enumerate(HOSTILE_TEXT):
        tasks.append({"id": f"hostile-{i}", "lead": "SVH", "text": text,
                      "timing": {"type": "throughout"}})
    path = write_plan(data)
    markdown = run("render", "plan", str(path), "-f", "md").stdout
    assert "- \\<script>alert(1)\\</script>\n" in markdown
    assert "- \\[bấm vào đây\\](javascript:alert(1))\n" in markdown
    assert "- \\&lt;script\\&gt;alert(1)\\&lt;/script\\&gt; \\&#60;b\\&#62;\n" in markdown
    # a CommonMark reader that lets raw HTML through makes no tag, comment or link of them
    html = MarkdownIt("commonmark", {"html": True}).render(markdown)
    for made in ("<script", "<img", "<!--", "<a ", 'href="', 'src="'):
        assert made not in html
    for text in ("&lt;script&gt;alert(1)&lt;/script&gt;", "[bấm vào đây](javascript:alert(1))",
                 "&amp;lt;script&amp;gt;", "&lt;!-- hidden --&gt; shown"):
        assert text in html
    page = run("render", "plan", str(path), "-f", "html").stdout
    assert '<p class="dash">- &lt;script&gt;alert(1)&lt;/script&gt;</p>' in page
    assert '<p class="dash">- &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; ' in page
    for made in ("<script", "<img", "<!--", "<a ", 'href="'):
        assert made not in page


def test_the_html_page_is_not_counted_twice(run, repo: Path) -> None:
    """The size bound is the template's: the page template places dakplan's HTML of it, which
    is longer than the Markdown, without counting it again."""
    template(repo, "wide.md.j2", "{% for i in range(1500) %}\nSở TT&TT & Sở VH&TT & các sở, "
             "ngành liên quan.\n\n{% endfor %}\n")
    markdown = render(run, repo, "wide", "--max-size", "0.1")
    page = render(run, repo, "wide", "--max-size", "0.1", "-f", "html")
    assert (markdown.exit_code, page.exit_code) == (0, 0), page.stderr
    assert len(markdown.stdout) < 100_000 < len(page.stdout)
