"""How long `dakplan site` takes for a repository of 100 plans of 300 tasks (issue 17).

    python3 bench/site_speed.py              # 3 runs, 100 plans of 300 tasks
    python3 bench/site_speed.py --runs 5 --plans 20

The plans are made by bench/generate.py (seeded, valid, Vietnamese text, groups, deadlines)
under bench/.work/site/plans. Each run is the command a user types, in its own process
(`python -m dakplan site PLANS -o DIR --as-of ...`: start-up, loading and validating every
plan, the pages, the search index, writing each file through the one writer), into a fresh
folder; the median wall time is printed with the smallest and largest, and the size of the
site. A last run into the folder the previous run wrote measures a rebuild, which leaves the
files that did not change alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "site"


def generate(plans: int, tasks: int) -> Path:
    folder = WORK / f"repo-{plans}x{tasks}"
    if not (folder / "plans").is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder),
                        "--plans", str(plans), "--tasks", str(tasks)], check=True)
    return folder / "plans"


def run(plans: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dakplan", "site", str(plans), "-o", str(out),
                    "--as-of", "2030-06-15"], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return time.perf_counter() - start


def size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    plans = generate(args.plans, args.tasks)
    times = []
    out = WORK / "out"
    for _ in range(args.runs):
        shutil.rmtree(out, ignore_errors=True)
        times.append(run(plans, out))
    rebuild = run(plans, out)
    count, total = size(out)
    index = (out / "assets" / "search-index.js").stat().st_size
    print(f"dakplan site, {args.plans} plans of {args.tasks} tasks: median "
          f"{statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, "
          f"{args.runs} runs); rebuild into the same folder {rebuild:.2f} s; "
          f"{count} files, {total / 1e6:.1f} MB (search index {index / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
