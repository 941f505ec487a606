"""The loader's two paths agree: the data built straight from libyaml's events (alias-free
files) and the data the counting composer builds from a node tree (the reference) are the
same values of the same types, with the same diagnostics in the same order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dakplan.io.yaml_load as loader
from conftest import ROOT
from dakplan.io.read import Source, decode
from dakplan.io.yaml_load import load_text


def typed(value: Any) -> Any:
    """``value`` with every scalar's type beside it (``1``, ``1.0`` and ``True`` differ)."""
    if isinstance(value, dict):
        return ("map", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [typed(v) for v in value])
    return (type(value).__name__, repr(value))


def both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    source = Source("t.yaml", text)
    fast = load_text(source)
    with monkeypatch.context() as patch:
        patch.setattr(loader, "FAST_BYTES", 0)
        reference = load_text(source)
    return ((typed(fast.data), fast.diagnostics),
            (typed(reference.data), reference.diagnostics))


def yaml_files() -> list[Path]:
    """Every YAML file of the repository that reads as text (the few that do not, such as the
    hostile encodings, stop at the reader, before either path)."""
    return sorted(p for folder in ("plans", "tests") for p in (ROOT / folder).rglob("*.y*ml")
                  if p.suffix in (".yaml", ".yml") and decode(p.read_bytes(), str(p))[0])


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_of_the_repository(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, _ = decode(path.read_bytes(), str(path))
    assert source is not None
    fast, reference = both(source.text, monkeypatch)
    assert fast == reference


def test_a_plan_without_aliases_is_built_from_events() -> None:
    # Else the speed is lost without a word: the other path gives the same answers.
    from conftest import PLAN_2020

    source, _ = decode(PLAN_2020.read_bytes(), "2020.yaml")
    assert source is not None
    assert loader._fast(source) is not None


SNIPPETS = [
    "a: 1\na: 2\n", "a: {b: 1, b: 2, b: 3}\n", "'true': 1\ntrue: 2\n", "~: 1\nnull: 2\n",
    "1: a\n1.0: b\ntrue: c\n", "? [a]\n: b\n", "? {a: 1}\n: b\n", "a: &x 1\n", "a: !!str 010\n",
    "a: !!map x\nb: \u0007\n", "a: !!seq x\n", "a: !x y\n", "a: !!set {b}\n", "a: !!binary AAAA\n",
    "a: ! 12\n", "a: !!int 12\n", "a: !!float .inf\n", "a: .inf\nb: -.Inf\nc: .NaN\n",
    "a: 2020-02-30\nb: 2020-02-29\nc: 2021-02-29\n", "a: [1, 2.5, -3, +4, 1e3, 0x1F, 010]\n",
    "--- a\n--- b\n", "---\n...\n", "", "# only a comment\n", "- a\n- b\n", "text\n",
    "a: \u0085b\n", "a: \"\\x01\"\nb: \"\\x01\"\n", "\"\\x01\": 1\n", "a: e\u0301\ne\u0301: 2\n",
    "a:\n  - {b: [c, {d: e}]}\n  -\n  - ''\n", "{a: 1, b\n", "a: 'unclosed\n", "a: [1, 2\n",
    "a: b: c\n", "\ta: 1\n", "a: |\n  x\n  y\nb: >\n  z\n", "a: [" + "[" * 62 + "]" * 62 + "]\n",
    "a: [" + "[" * 63 + "]" * 63 + "]\n", "a: [" + "1," * 99_997 + "1]\n",
    "a: [" + "1," * 99_996 + "1]\n", "{" + ", ".join(f"k{i}: [1]" for i in range(33_333)) + "}\n",
    "{" + ", ".join(f"k{i}: [1]" for i in range(33_332)) + "}\n",
]


@pytest.mark.parametrize("text", SNIPPETS, ids=range(len(SNIPPETS)))
def test_snippets(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, reference = both(text, monkeypatch)
    assert fast == reference


def test_a_date_is_a_date() -> None:
    assert load_text(Source("t.yaml", "a: 2020-12-15\n")).data == {"a": dt.date(2020, 12, 15)}


_SCALARS = st.sampled_from(["a", "'q'", '"\\x02"', "1", "1.5", "true", "~", "2020-01-31",
                            "2020-02-30", "!!int x", "!!str 1", "e\u0301", "", "NO", "&a b",
                            "!!map c", "\u0085"])
_KEYS = st.sampled_from(["a", "b", "'a'", "1", "true", "~", "2020-01-01", "e\u0301", "é"])


def _node(depth: int) -> st.SearchStrategy[str]:
    if depth == 0:
        return _SCALARS
    inner = _node(depth - 1)
    flow_list = st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]")
    flow_map = st.lists(st.tuples(_KEYS, inner), max_size=4).map(
        lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}")
    return st.one_of(_SCALARS, flow_list, flow_map)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_KEYS, _node(3)), min_size=1, max_size=6))
def test_generated_documents(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{k}: {v}\n" for k, v in pairs)
    source = Source("t.yaml", text)
    fast = load_text(source)
    saved = loader.FAST_BYTES
    loader.FAST_BYTES = 0
    try:
        reference = load_text(source)
    finally:
        loader.FAST_BYTES = saved
    assert (typed(fast.data), fast.diagnostics) == (typed(reference.data), reference.diagnostics)
