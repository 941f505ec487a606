"""Items cut out of a plan's top-level lists: the rest of the text byte for byte, an item's
comments gone with it, a list left empty gone with its key."""

from __future__ import annotations

from dakplan.io.yaml_cut import drop_items

PLAN = """\
# the plan's own comment
dakplan: 2
# the registry
agencies:
  # heading of the list

  # the committee
  - {code: UBND, name: U}  # beside UBND
  # the department
  - {code: SVH, name: "S # not a comment",
     kind: department}   # beside SVH
  - code: DAIA           # beside DAIA's code
    name: D
    # inside DAIA
groups:
  - {code: G, name: g}
body: []  # the end
"""


def test_an_item_in_the_middle_takes_its_own_comments() -> None:
    text, lost = drop_items(PLAN, {"agencies": {1}})
    assert text == PLAN.replace("""  # the department
  - {code: SVH, name: "S # not a comment",
     kind: department}   # beside SVH
""", "")
    assert lost == [(9, "# the department"), (11, "# beside SVH")]


def test_the_first_item_leaves_the_lists_heading() -> None:
    text, lost = drop_items(PLAN, {"agencies": {0}})
    assert "  # heading of the list\n\n  # the department\n" in text
    assert lost == [(7, "# the committee"), (8, "# beside UBND")]


def test_a_block_item_takes_the_comments_indented_inside_it() -> None:
    text, lost = drop_items(PLAN, {"agencies": {2}})
    assert text.endswith("     kind: department}   # beside SVH\ngroups:\n  - {code: G, name: g}\n"
                         "body: []  # the end\n")
    assert lost == [(12, "# beside DAIA's code"), (14, "# inside DAIA")]


def test_an_emptied_list_goes_with_its_key() -> None:
    text, lost = drop_items(PLAN, {"agencies": {0, 1, 2}, "groups": {0}})
    assert text == "# the plan's own comment\ndakplan: 2\nbody: []  # the end\n"
    assert [line for line, _ in lost] == [3, 5, 7, 8, 9, 11, 12, 14]


def test_nothing_to_drop_is_the_same_text() -> None:
    assert drop_items(PLAN, {}) == (PLAN, [])
    assert drop_items(PLAN, {"agencies": set()}) == (PLAN, [])


def test_a_list_in_flow_style_is_rewritten() -> None:
    text, lost = drop_items("agencies: [{code: A, name: a}, {code: B, name: b}]\nx: 1\n",
                            {"agencies": {0}})
    import yaml

    assert yaml.safe_load(text) == {"agencies": [{"code": "B", "name": "b"}], "x": 1}
    assert lost == []
