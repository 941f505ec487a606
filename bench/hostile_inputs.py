"""Time and peak memory of loading hostile inputs (issue 6). Not a test: figures to read.

    .venv/bin/python bench/hostile_inputs.py

Each case is loaded through ``validate_source`` (the path every command takes); the figures are
wall time and the peak of Python allocations (tracemalloc) for that one call.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable

from dakplan.io.read import MAX_BYTES, Source
from dakplan.validate import validate_source


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"[:levels]
    for i in range(1, levels):
        prev = names[i - 1]
        aliases = ",".join(f"*{prev}" for _ in range(width))
        lines.append(f"{names[i]}: &{names[i]} [{aliases}]")
    return "\n".join(lines) + "\n"


def deep(levels: int) -> str:
    return "a: " + "[" * levels + "]" * levels + "\n"


def flat_values(size: int) -> str:
    """A file just under ``size`` bytes of one long list: many values, no aliases."""
    return "a: [" + ",".join("1" for _ in range(size // 2 - 4)) + "]\n"


CASES: list[tuple[str, Callable[[], str]]] = [
    ("billion laughs (9 levels of 9, about 350 bytes)", billion_laughs),
    ("billion laughs, 1 KB (26 levels of 9: 9**26 values)", lambda: billion_laughs(26, 9)),
    ("nesting 1,000 deep", lambda: deep(1000)),
    ("nesting 100,000 deep", lambda: deep(100_000)),
    (f"one list of values, {MAX_BYTES // 1024 // 1024} MB", lambda: flat_values(MAX_BYTES)),
]


def main() -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process maximum resident set after imports: {rss:.0f} MB")
    for label, make in CASES:
        text = make()
        tracemalloc.start()
        started = time.perf_counter()
        report = validate_source(Source("case.yaml", text))
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        codes = sorted({d.code for d in report.diagnostics})
        print(f"{label}: {len(text.encode()):,} bytes, {elapsed * 1000:.1f} ms, "
              f"peak {peak / 1024 / 1024:.2f} MB, {codes}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process maximum resident set after all cases: {rss:.0f} MB")


if __name__ == "__main__":
    main()
