"""plans/2020.yaml holds every sentence and bullet of the source document, as issued."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from conftest import PLAN_2020, ROOT
from dakplan.i18n.vn import format_month
from dakplan.io.yaml_load import load_file
from dakplan.model.v2 import Duty, Section, Theme
from dakplan.validate import load_plan_v2


def load_plan(path: Any) -> Any:
    return load_plan_v2(path, "render")

SEED = ROOT / "tests" / "data" / "source-2020.txt"  # a copy of the issued text (OCR)
NOTE = re.compile(r"^(?P<text>.*?)(?: \((?P<note>b/c|t/h|p/h)\))?[;.]$")


def _norm(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _source_lines() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("  \n", "\n")  # markdown hard line breaks in the signature block
    lines = [_norm(re.sub(r"^#+\s*", "", line)) for line in text.splitlines()]
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    data = load_file(PLAN_2020).data
    return [_norm(s) for s in _strings(data)]


def test_every_line_of_the_source_is_in_the_plan(corpus: list[str]) -> None:
    plan = load_plan(PLAN_2020)
    doc = plan.document
    recipients = iter(doc.recipients)
    headings = {_norm(p.thing.heading) for p in plan.sections()
                if isinstance(p.thing, Section) and p.thing.heading}
    fixed = {
        f"Số: {doc.number_symbol}",
        f"{doc.place}, {format_month(2020, 3)}".replace("  ", " "),
        doc.title,
        "Nơi nhận:",
        *doc.signature.lines,
        doc.signature.name,
    }
    missing = []
    in_recipients = False
    for line in _source_lines():
        if line == "Nơi nhận:":
            in_recipients = True
            continue
        if in_recipients and line.startswith("- "):
            match = NOTE.match(line[2:])
            assert match, line
            recipient = next(recipients)
            assert (recipient.text, recipient.note) == (match["text"], match["note"]), line
            continue
        body = line[2:] if line.startswith("- ") else line
        numbered = re.sub(r"^(?:[IVX]+|\d+)\.\s+", "", body)
        if body in fixed or numbered in headings:
            continue
        if not any(body in s for s in corpus):
            missing.append(line)
    assert missing == []
    assert next(recipients, None) is None, "the plan has more recipients than the source"


def test_bullets_are_in_the_source_order(corpus: list[str]) -> None:
    source = "\n".join(_source_lines())
    plan = load_plan(PLAN_2020)
    texts = [p.thing if isinstance(p.thing, str) else p.thing.text for p in plan.walk()
             if p.kind == "item" or isinstance(p.thing, Duty | Theme)]
    assert len(texts) == 5 + 8 + 17  # purposes and requirements, themes, duties
    positions = [source.find(_norm(text)) for text in texts]
    assert -1 not in positions
    funding_task = positions[-2]  # the funding duty comes after the III.3 duties
    assert positions[:-2] == sorted(positions[:-2]) and funding_task < positions[-1]


def test_plan_file_is_plain_yaml() -> None:
    # Any YAML tool can read the plan (no tags, no anchors).
    text = PLAN_2020.read_text(encoding="utf-8")
    assert yaml.safe_load(text)["dakplan"] == 2
    assert "&" not in "".join(line.split("#")[0] for line in text.splitlines() if ": &" in line)
