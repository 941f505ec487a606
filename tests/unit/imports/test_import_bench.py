"""The import benchmark's document is a plan the importer reads whole."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT
from dakplan.imports import import_document
from importkit import document_recall, duties


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_import_speed",
                                                  ROOT / "bench" / "import_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_generated_document_imports_whole(tmp_path: Path) -> None:
    bench = _bench()
    bench.clear_caches()  # what each timed run does first
    text = bench.document(120)
    path = tmp_path / "kehoach.txt"
    path.write_text(text, encoding="utf-8")
    got = import_document(path)
    found, total, missing = document_recall(text, got.data)
    assert missing == [] and found == total
    assert len(duties(got.data)) == 4 * 4 * 8  # four sections of four parts of eight points
    word = bench.write_docx(text, tmp_path / "kehoach.docx")
    assert import_document(word).data == got.data
