"""How long `dakplan site` takes for a repository of 100 plans of 300 tasks (issue 17).

    python3 bench/site_speed.py                        # 3 runs, 100 plans of 300 tasks
    python3 bench/site_speed.py --runs 5 --plans 20
    python3 bench/site_speed.py --vs ../other/src      # this checkout against another, paired
    python3 bench/site_speed.py --results              # with a round of results per plan

The plans are made by bench/generate.py (seeded, valid, Vietnamese text, groups, deadlines)
under bench/.work/site, in format version 2 (`dakplan.migrate`), as a repository keeps them;
`--version 1` writes them in version 1, read through the conversion. Each run is the
command a user types, in its own process (`python -m dakplan site PLANS -o DIR --as-of ...`:
start-up, loading and validating every plan, what the pages show, the documents, the charts,
the search index, writing each file through the one writer), into a fresh folder; its wall
time and its CPU time (user + system, the child's own) are taken. Printed: the medians with the
smallest and largest, the size of the site, and a rebuild into the folder the previous run
wrote (which leaves the files that did not change alone).

With `--results`, each plan has a round of results (`results/<plan>/<year>-06/<AGENCY>.yaml`)
from each of its first eight agencies, on the duties it leads, done, late, in progress, not
started or cancelled in turn: the on-time figures and the charts then have something to show.
The repository is then a git work tree of its own, so that its results are looked up beside
its plans.

With `--vs SRC`, the same runs of the dakplan whose sources are in SRC (a `src` folder of
another checkout: `git worktree add /tmp/before main`, then `--vs /tmp/before/src`) alternate
with this checkout's, A B A B ..., and the ratio of each pair is taken, so that a machine that
slows down for a while slows both alike; both sites are compared file by file.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "site"
AS_OF = "2030-06-15"


def generate(plans: int, tasks: int, version: int) -> Path:
    """The generated repository's plans, made once and kept while the generator is unchanged
    (its results copy, see :func:`with_results`, is made again with it)."""
    folder = WORK / f"repo-{plans}x{tasks}-v{version}"
    generator = ROOT / "bench" / "generate.py"
    stamp = folder / "stamp.json"
    want = {"generator": generator.stat().st_mtime_ns, "size": generator.stat().st_size}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return folder / "plans"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(folder.with_name(folder.name + "-results"), ignore_errors=True)
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(generator.parent))
    import generate as g

    g.generate(folder, plans, tasks, version=version)
    stamp.write_text(json.dumps(want))
    return folder / "plans"


STATUSES = [("done", 0), ("done", 400), ("in_progress", None), ("not_started", None),
            ("done", 10), ("cancelled", None)]
"""What an agency reports of its duties in turn: a status, and for done the day it was done
(days after the period's start)."""


def with_results(plans: Path) -> Path:
    """A copy of the repository of ``plans`` with a round of results per plan."""
    import datetime as dt

    sys.path.insert(0, str(ROOT / "src"))
    from dakplan.validate import load_plan_v2

    root = plans.parent.with_name(plans.parent.name + "-results")
    if (root / "plans").is_dir():
        return root / "plans"
    shutil.copytree(plans, root / "plans")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for path in sorted((root / "plans").glob("*.yaml")):
        plan = load_plan_v2(path, "site")
        period = plan.document.period
        start = dt.date(period.start, 1, 1)
        round_id = f"{period.start}-06"
        duties = [duty for _, duty, _ in plan.located_duties()]
        for agency in plan.agencies[:8]:
            lines = ["dakplan_results: 1", f"plan: '{path.stem}'", f"agency: {agency.code}",
                     f"round: {round_id}", f"as_of: {period.start}-06-30", "tasks:"]
            own = [duty for duty in duties if duty.lead == agency.code]
            for n, duty in enumerate(own):
                status, after = STATUSES[n % len(STATUSES)]
                lines += [f"  {duty.id}:", f"    status: {status}"]
                if after is not None:
                    done = min(start + dt.timedelta(days=after), dt.date(period.start, 6, 30))
                    lines.append(f"    completed: {done.isoformat()}")
            if own:
                folder = root / "results" / path.stem / round_id
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{agency.code}.yaml").write_text("\n".join(lines) + "\n",
                                                             encoding="utf-8")
    return root / "plans"


def run(src: Path, plans: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one build of the site of ``plans`` into ``out``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dakplan", "site", str(plans), "-o", str(out),
                    "--as-of", AS_OF], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(src)})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def spread(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} s (min {min(values):.2f}, "
            f"max {max(values):.2f})")


def different(a: Path, b: Path) -> list[str]:
    """The files that are not the same in both folders."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b), "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--version", type=int, choices=(1, 2), default=2)
    parser.add_argument("--results", action="store_true",
                        help="a round of results per plan, so that the charts are drawn")
    parser.add_argument("--vs", type=Path, metavar="SRC",
                        help="another checkout's src folder, run in turn with this one")
    args = parser.parse_args(argv)
    plans = generate(args.plans, args.tasks, args.version)
    if args.results:
        plans = with_results(plans)
    sides = {"this": ROOT / "src"}
    if args.vs is not None:
        sides["vs"] = args.vs.resolve()
    times: dict[str, list[tuple[float, float]]] = {side: [] for side in sides}
    for _ in range(args.runs):
        for side, src in sides.items():
            out = WORK / f"out-{side}"
            shutil.rmtree(out, ignore_errors=True)
            times[side].append(run(src, plans, out))
    what = (f"{args.plans} plans of {args.tasks} tasks (version {args.version}"
            f"{', a round of results each' if args.results else ''})")
    for side, src in sides.items():
        out = WORK / f"out-{side}"
        rebuild, _ = run(src, plans, out)
        count, total = size(out)
        index = (out / "assets" / "search-index.js").stat().st_size
        print(f"dakplan site ({src}), {what}, {args.runs} runs: wall "
              f"{spread([w for w, _ in times[side]])}, CPU {spread([c for _, c in times[side]])};"
              f" rebuild into the same folder {rebuild:.2f} s; {count} files, "
              f"{total / 1e6:.1f} MB (search index {index / 1e6:.1f} MB)")
    if args.vs is not None:
        for n, name in ((0, "wall"), (1, "CPU")):
            ratios = [a[n] / b[n] for a, b in zip(times["this"], times["vs"], strict=True)]
            print(f"this / vs, {name}, pair by pair: median {statistics.median(ratios):.2f} "
                  f"(min {min(ratios):.2f}, max {max(ratios):.2f})")
        changed = different(WORK / "out-this", WORK / "out-vs")
        print(f"files that differ: {len(changed)}" + (f" ({', '.join(changed[:8])})"
                                                      if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
