"""Any text ends in an import or in a refusal naming the file, never in a traceback; what is
written reads back as the data."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from dakplan.imports import ImportFailure, import_document

DOCUMENTS = [p.read_text(encoding="utf-8").split("\n") for p in [
    *sorted((ROOT / "tests" / "family").glob("*/printed.txt")),
    *sorted((ROOT / "tests" / "family" / "import").glob("*.txt")),
    ROOT / "tests" / "data" / "source-2020.txt"]]
SNIPPETS = ["(", ")", ":", "-", "số ", "ngày 31/2/2024", "   ", "\t", "**", "I.", "a)", "Sở",
            "UBND các", "Nơi nhận:", "KẾ HOẠCH", "#", "./.", "phối hợp với ", "(VOV)"]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = list(draw(st.sampled_from(DOCUMENTS)))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        op = draw(st.integers(0, 4))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 2:
            lines.insert(i, lines[j])
        else:
            k = draw(st.integers(0, len(lines[i])))
            cut = lines[i][:k]
            lines[i] = cut if op == 3 else cut + draw(st.sampled_from(SNIPPETS)) + lines[i][k:]
    return "\n".join(lines)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_documents(tmp_path_factory: object, text: str) -> None:
    assert hasattr(tmp_path_factory, "mktemp")
    path = Path(tmp_path_factory.mktemp("fuzz")) / "kehoach.txt"
    path.write_text(text, encoding="utf-8")
    try:
        got = import_document(path)
    except ImportFailure as failure:
        assert str(path) in str(failure)
        return
    assert yaml.safe_load(got.yaml_text) == got.data
