"""What every output shares: the escapers, the diagnostic line, the JSON, the registries."""

from __future__ import annotations

import inspect
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dakplan.diagnostics import Diagnostic, Severity
from dakplan.i18n import set_language
from dakplan.outputs import agencies, diff, escape, new, remind, tasks, validate
from dakplan.outputs.base import JSON_VERSION, diagnostic_line, dump_json


@pytest.mark.parametrize("text,shown", [
    ("a *b* _c_ `d` | [e](f) ~~g~~", "a \\*b\\* \\_c\\_ \\`d\\` \\| \\[e\\](f) \\~\\~g\\~\\~"),
    ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
    ("Sở TT&TT &lt;", "Sở TT&TT \\&lt;"),
    ("- not a bullet", "\\- not a bullet"),
    ("## not a heading", "\\## not a heading"),
    ("> not a quote", "\\> not a quote"),
    ("2020. not a list", "2020\\. not a list"),
    ("::: not a fence", "\\::: not a fence"),
    ("one\n  - two", "one - two"),
    ("ngày  tháng 3", "ngày  tháng 3"),
    ("82.750.000 đồng", "82.750.000 đồng"),
])
def test_markdown_shows_text_as_it_is(text: str, shown: str) -> None:
    assert escape.markdown(text) == shown


def test_a_table_cell_is_inline() -> None:
    assert escape.markdown("-", block=False) == "-"
    assert escape.markdown("1. a | b", block=False) == "1. a \\| b"
    assert escape.markdown("-") == "\\-"


def _every_pass(text: str, block: bool) -> str:
    """``escape.markdown`` as it was written first: every pass on every text."""
    text = escape._NEWLINE.sub(" ", text).strip("\r\n")
    text = escape._MD_SPECIAL.sub(r"\\\1", text)
    text = escape._MD_ENTITY.sub(r"\\&", text)
    if not block:
        return text
    text = escape._MD_LINE_START.sub(r"\\\g<0>", text)
    return escape._MD_ORDERED.sub(r"\1\\\2", text)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"aĐ 1#-+>:.)\t\r\n\\*_`|[]<~&;x", "&a;", "&#1;", "## ", "- ",
                                  "1. ", "2)", ":::", " \n "]), max_size=8).map("".join),
       st.booleans())
def test_a_text_left_as_it_is_is_one_no_pass_would_change(text: str, block: bool) -> None:
    assert escape.markdown(text, block=block) == _every_pass(text, block)


def test_github_workflow_commands() -> None:
    assert escape.github_message("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape.github_property("plans/a:b,c.yaml") == "plans/a%3Ab%2Cc.yaml"


def test_rich_markup_is_escaped() -> None:
    assert escape.rich("[bold]x[/bold]") == "\\[bold]x\\[/bold]"


def test_the_diagnostic_line_names_the_severity_in_the_language() -> None:
    d = Diagnostic("plans/x.yaml", 73, 7, "DK203", Severity.WARNING, "check.unused_media",
                   {"media": "bao-in", "formats": "bao-hinh"})
    assert diagnostic_line(d) == ("plans/x.yaml:73:7: DK203 [warning] media format 'bao-in' is "
                                  "not among the plan's formats (bao-hinh)")
    set_language("vi")
    try:
        assert diagnostic_line(d) == ("plans/x.yaml:73:7: DK203 [cảnh báo] loại hình 'bao-in' "
                                      "không nằm trong các loại hình của kế hoạch (bao-hinh)")
    finally:
        set_language("en")


def test_dump_json_keeps_vietnamese_and_ends_with_a_newline() -> None:
    stream = io.StringIO()
    dump_json({"version": JSON_VERSION, "name": "Sở Y tế"}, stream)
    assert stream.getvalue() == '{\n  "version": 1,\n  "name": "Sở Y tế"\n}\n'
    assert json.loads(stream.getvalue())["version"] == 1


@pytest.mark.parametrize("module", [validate, tasks, agencies, diff, new, remind])
def test_every_command_has_one_registry_of_one_writer_shape(module: object) -> None:
    formats = module.FORMATS  # type: ignore[attr-defined]
    assert formats, module
    for name, writer in formats.items():
        parameters = list(inspect.signature(writer).parameters)
        assert len(parameters) == 2 and parameters[1] == "stream", (module, name)
