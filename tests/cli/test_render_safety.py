"""Templates are untrusted: sandboxed, strict, confined to their folder; output is atomic and
never replaces an input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import PLAN_2020


def template(repo: Path, name: str, text: str) -> Path:
    path = repo / "templates" / name
    path.write_text(text, encoding="utf-8")
    return path


def render(run, repo: Path, *args: str):
    return run("render", *args, "--plan", str(repo / "plans" / "2030.yaml"))


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
    for fmt in ("md", "docx"):
        result = run("render", "plan", "--plan", str(plan), "-o", str(plan), "--to", fmt)
        assert result.exit_code == 2
        assert "it is an input of this render" in result.stderr
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


def test_atomic_write_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    from dakplan.render import output

    target = tmp_path / "doc.md"
    target.write_text("old\n", encoding="utf-8")

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(output.os, "replace", crash)
    with pytest.raises(OSError):
        output.write_atomic(target, b"new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]
    monkeypatch.undo()
    output.write_atomic(target, b"new\n")
    assert target.read_bytes() == b"new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]


def test_docx_needs_an_output_file(run) -> None:
    result = run("render", "plan", "--plan", str(PLAN_2020), "--to", "docx")
    assert result.exit_code == 2
    assert "give a file with -o" in result.stderr


def test_bad_format_is_a_usage_error(run) -> None:
    result = run("render", "plan", "--plan", str(PLAN_2020), "--format", "pdf")
    assert result.exit_code == 2
    assert "unknown format 'pdf'; use one of: md, html, docx" in result.stderr
