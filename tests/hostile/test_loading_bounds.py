"""Bounds on what a file may cost to read: size, values (aliases expanded), nesting depth."""

from __future__ import annotations

import json
import re
import tracemalloc

from conftest import PLAN_2020, dump_plan, small_plan
from corpus.make_corpus import billion_laughs
from dakplan.io.bounds import MAX_DEPTH, MAX_VALUES
from dakplan.io.read import MAX_BYTES, Source, decode
from dakplan.io.yaml_load import load_text


def _codes(text: str) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in load_text(Source("x.yaml", text)).diagnostics]




def test_billion_laughs_is_refused_with_little_memory() -> None:
    text = billion_laughs(26)  # 9**26 values once expanded, in under 1 KB
    assert len(text.encode()) <= 1024
    tracemalloc.start()
    try:
        found = _codes(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == [("DK007", 6)]
    assert peak < 2 * 1024 * 1024


def test_depth_bound_is_exact() -> None:
    # the root mapping is level 1, so MAX_DEPTH - 1 lists reach level MAX_DEPTH
    fits = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    too_deep = "a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n"
    assert _codes(fits) == []
    assert _codes(too_deep) == [("DK007", 1)]


def test_depth_reached_through_aliases_is_bounded() -> None:
    half = MAX_DEPTH // 2 + 1
    text = (f"a: &a {'[' * half}x{']' * half}\n"
            f"b: {'[' * half}*a{']' * half}\n")
    assert _codes(text) == [("DK007", 1)]


def test_alias_cycle_is_refused() -> None:
    assert _codes("a: 1\nb: &b {c: *b}\n") == [("DK007", 2)]


def test_too_many_values_without_aliases(run, tmp_path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: [" + ",".join("1" for _ in range(MAX_VALUES)) + "]\n", encoding="utf-8")
    assert path.stat().st_size < MAX_BYTES
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 1
    (diag,) = json.loads(result.stdout)["diagnostics"]
    assert (diag["code"], diag["line"]) == ("DK007", 1)
    assert f"more than {MAX_VALUES:,} values" in diag["message"]


def test_file_larger_than_the_bound(run, tmp_path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 1
    (diag,) = json.loads(result.stdout)["diagnostics"]
    assert diag["code"] == "DK007"
    assert f"larger than {MAX_BYTES // 1024 // 1024} MB" in diag["message"]


def test_a_file_at_the_size_bound_is_read(run, tmp_path) -> None:
    plan = dump_plan(small_plan())
    path = tmp_path / "padded.yaml"
    padding = MAX_BYTES - len(plan.encode()) - 3
    path.write_bytes(plan.encode() + b"# " + b"x" * padding + b"\n")
    assert path.stat().st_size == MAX_BYTES
    assert run("validate", str(path)).exit_code == 0


def test_aliases_a_plan_may_use_are_still_read(run, write_plan) -> None:
    """The bounds are for attacks: a plan that names a list once and reuses it is fine."""
    text = PLAN_2020.read_text(encoding="utf-8")
    assert run("validate", str(write_plan(text))).exit_code == 0
    data = small_plan()
    data["reporting"][0]["coordinate"] = ["SVH"]
    text = dump_plan(data)
    text = re.sub(r"coordinate:(\n +- PRESS\n)", r"coordinate: &partners\1", text, count=1)
    text = re.sub(r"coordinate:\n +- SVH\n", "coordinate: *partners\n", text, count=1)
    text = text.replace("text: Phối hợp.", "text: &same Phối hợp.")
    text = text.replace("text: Báo cáo.", "text: *same")
    assert text.count("*partners") == text.count("&partners") == text.count("*same") == 1
    assert run("validate", str(write_plan(text, "aliased.yaml"))).exit_code == 0


def test_size_bound_holds_for_bytes_not_read_from_a_file() -> None:
    """``diff --git`` decodes plans from git blobs, not files: the bound is in ``decode``."""
    source, [diag] = decode(b"# " + b"x" * MAX_BYTES, "HEAD:plans/2020.yaml")
    assert source is None
    assert diag.code == "DK007"
