"""Word rendering against the size of one plan: the time per task must stay flat.

    python3 bench/docx_scaling.py            # about 2 minutes on 2 cores
    python3 bench/docx_scaling.py --quick    # 2 repetitions, no end-to-end runs

It runs in the Python dakplan is installed in: this one, else ``.venv/bin/python`` of the
checkout (README, "Install"). One plan of 100, 1,000, 2,000 and 4,800 tasks
(``bench/generate.py``, plan 1, seed 7, in format version 2: the same agencies and themes at
every size; 4,800 tasks is about the largest plan the loader accepts, 5 MB and 100,000 values,
about 20 values a task in version 2) is written to
``bench/.work/data/docx-N`` and kept between runs. Each plan is loaded once; then
``dakplan.render.render`` (context, template, Markdown blocks, the Word writer: everything
``dakplan render TEMPLATE -f docx`` does after loading) is timed in this process for the
``plan`` and ``report`` templates, as Word and, for comparison, as HTML and Markdown. The
repetitions go round the sizes in turn, so a slow minute on a shared machine falls on every
size alike.

Each row gives the median and the range of the repetitions, in processor time (this process's
CPU seconds: what the work costs, steady on a loaded machine) and in wall time, the median
time per task, and what each task added since the next smaller size costs (the slope, which
grows with the size when the work is quadratic). Flat means that the time per task at the
largest size is within 1.3x of that at every smaller size (at 100 tasks the fixed cost of a
document, about 0.1 s, is shared by few tasks, so that ratio is below 1 there). Last,
``dakplan render report|plan -f docx -o`` is run end to end on the largest plan (a new process
each time: start-up, loading and validating included).

The table is printed and written to ``bench/RESULTS.md`` in place of the section between the
``docx_scaling`` markers (added at the end when there is none); ``--output`` writes elsewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".work" / "data"
SIZES = (100, 1000, 2000, 4800)
TEMPLATES = ("report", "plan")
FORMATS = ("docx", "html", "md")
FLAT = 1.3
BEGIN, END = "<!-- docx_scaling: begin -->", "<!-- docx_scaling: end -->"


@dataclass
class Sample:
    template: str
    fmt: str
    tasks: int
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)

    def per_task(self) -> float:
        return statistics.median(self.cpu) / self.tasks


def plan_file(tasks: int, seed: int = 7) -> Path:
    """Plan 1 of ``bench/generate.py`` with ``tasks`` tasks, made once and kept while the
    generator is unchanged."""
    generator = ROOT / "bench" / "generate.py"
    folder = DATA / f"docx-{tasks}"
    path = folder / "plans" / "0001.yaml"
    stamp = folder / "stamp.json"
    want = {"tasks": tasks, "seed": seed, "generator": generator.stat().st_mtime_ns,
            "size": generator.stat().st_size}
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == want:
        return path
    sys.path.insert(0, str(generator.parent))
    import generate

    generate.generate(folder, 1, tasks, seed)
    stamp.write_text(json.dumps(want))
    return path


def measure(sizes: tuple[int, ...], formats: tuple[str, ...], reps: int) -> list[Sample]:
    from dakplan.render import Request, render
    from dakplan.validate import load_plan_v2

    plans = {n: (plan_file(n), load_plan_v2(plan_file(n), "render")) for n in sizes}
    samples = {(t, f, n): Sample(t, f, n) for n in sizes for t in TEMPLATES for f in formats}
    for template in TEMPLATES:  # imports and first-use caches, untimed
        for fmt in formats:
            path, plan = plans[sizes[0]]
            render(plan, Request(template, path, fmt))
    for rep in range(reps):
        log(f"repetition {rep + 1} of {reps}")
        for n in sizes:
            path, plan = plans[n]
            for template in TEMPLATES:
                for fmt in formats:
                    sample = samples[template, fmt, n]
                    wall, cpu = time.perf_counter(), time.process_time()
                    render(plan, Request(template, path, fmt))
                    sample.cpu.append(time.process_time() - cpu)
                    sample.wall.append(time.perf_counter() - wall)
    return list(samples.values())


def end_to_end(tasks: int, reps: int) -> list[tuple[str, list[float], list[float]]]:
    """Wall and CPU times (the child's, from ``wait4``) of ``dakplan render TEMPLATE -f docx``
    in a new process."""
    path = plan_file(tasks)
    env = dict(os.environ, NO_COLOR="1", LANG="C.UTF-8")
    env.pop("DAKPLAN_LANG", None)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for template in TEMPLATES:
            wall, cpu = [], []
            for _ in range(reps):
                argv = [sys.executable, "-m", "dakplan", "render", template, "--plan", str(path),
                        "-f", "docx", "-o", str(Path(folder) / f"{template}.docx")]
                with open(Path(folder) / "stderr", "w+b") as errors:
                    start = time.perf_counter()
                    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                                             stderr=errors)
                    _, status, usage = os.wait4(child.pid, 0)
                    wall.append(time.perf_counter() - start)
                    cpu.append(usage.ru_utime + usage.ru_stime)
                    if os.waitstatus_to_exitcode(status) != 0:
                        errors.seek(0)
                        raise SystemExit(f"bench: {' '.join(argv)} failed:\n"
                                         f"{errors.read().decode('utf-8', 'replace')}")
            rows.append((f"`dakplan render {template} -f docx -o ...` ({tasks:,} tasks)", cpu,
                         wall))
    return rows


def flatness(samples: list[Sample], template: str, fmt: str) -> tuple[float, float, bool]:
    """Per-task time at the largest size over that at the smallest and at the next-largest
    sizes; flat when the largest over every smaller size is within ``FLAT``."""
    mine = sorted((s for s in samples if (s.template, s.fmt) == (template, fmt)),
                  key=lambda s: s.tasks)
    last = mine[-1].per_task()
    ratios = [last / s.per_task() for s in mine[:-1]]
    return ratios[0], ratios[-1], max(ratios) <= FLAT


def report(samples: list[Sample], e2e: list[tuple[str, list[float], list[float]]], command: str,
           elapsed: float, sizes: tuple[int, ...], formats: tuple[str, ...]) -> str:
    import docx

    import dakplan

    lines = [
        BEGIN,
        "## Word rendering against the size of one plan",
        "",
        f"Produced by `{command}` on {dt.date.today().isoformat()} ({machine()}) in "
        f"{elapsed:.0f} s; dakplan {getattr(dakplan, '__version__', '?')}, python-docx "
        f"{getattr(docx, '__version__', '?')}. `dakplan.render.render` in one process, the plan "
        f"loaded beforehand; {len(samples[0].cpu)} repetitions, medians (range); CPU seconds "
        "of this process, and wall seconds.",
        "",
        "| template | format | tasks | CPU s | wall s | CPU ms per task | CPU ms per added task |",
        "|---|---|--:|---|---|--:|--:|",
    ]
    previous: Sample | None = None
    for s in sorted(samples, key=lambda s: (TEMPLATES.index(s.template),
                                            formats.index(s.fmt), s.tasks)):
        added = ""
        if previous is not None and (previous.template, previous.fmt) == (s.template, s.fmt):
            slope = ((statistics.median(s.cpu) - statistics.median(previous.cpu))
                     / (s.tasks - previous.tasks))
            added = f"{slope * 1000:.3f}"
        lines.append(
            f"| {s.template} | {s.fmt} | {s.tasks:,} | {statistics.median(s.cpu):.3f} "
            f"({min(s.cpu):.3f}-{max(s.cpu):.3f}) | {statistics.median(s.wall):.3f} "
            f"({min(s.wall):.3f}-{max(s.wall):.3f}) | {s.per_task() * 1000:.3f} | {added} |")
        previous = s
    lines += ["", f"Time per task at {sizes[-1]:,} tasks over that at {sizes[0]:,} and at "
              f"{sizes[-2]:,} (flat: within {FLAT}x of every smaller size):", "",
              "| template | format | ratio to smallest | ratio to next | flat |",
              "|---|---|--:|--:|---|"]
    for template in TEMPLATES:
        for fmt in formats:
            first, previous, flat = flatness(samples, template, fmt)
            lines.append(f"| {template} | {fmt} | {first:.2f}x | {previous:.2f}x | "
                         f"{'yes' if flat else '**no**'} |")
    if e2e:
        lines += ["", "End to end, a new process each run (start-up, loading and validating "
                  "included; median (range)):", "",
                  "| command | CPU s | wall s | runs |", "|---|---|---|--:|"]
        for label, cpu, wall in e2e:
            lines.append(f"| {label} | {statistics.median(cpu):.2f} ({min(cpu):.2f}-"
                         f"{max(cpu):.2f}) | {statistics.median(wall):.2f} ({min(wall):.2f}-"
                         f"{max(wall):.2f}) | {len(wall)} |")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_section(target: Path, section: str) -> None:
    text = target.read_text(encoding="utf-8") if target.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "") + section
    target.write_text(text, encoding="utf-8")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def log(message: str) -> None:
    print(f"[docx_scaling] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="2 repetitions and no end-to-end runs")
    parser.add_argument("--reps", type=int, help="repetitions per size (default 5)")
    parser.add_argument("--sizes", type=lambda v: tuple(sorted(int(x) for x in v.split(","))),
                        default=SIZES, help="plan sizes in tasks (default 100,1000,2000,4800)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md",
                        help="the Markdown file whose docx_scaling section is replaced")
    args = parser.parse_args(argv)
    if len(args.sizes) < 2:
        parser.error("--sizes needs at least two sizes")
    try:
        import dakplan.render  # noqa: F401
    except ImportError:
        venv = ROOT / ".venv" / "bin" / "python"
        if venv.exists() and Path(sys.executable).resolve() != venv.resolve():
            os.execv(str(venv), [str(venv), __file__, *(sys.argv[1:] if argv is None else argv)])
        parser.error("dakplan is not installed in this Python, nor in .venv: run it with the "
                     "Python of the environment dakplan is installed in")
    reps = args.reps or (2 if args.quick else 5)
    started = time.perf_counter()
    samples = measure(args.sizes, FORMATS, reps)
    e2e = [] if args.quick else end_to_end(args.sizes[-1], 3)
    command = "python3 bench/docx_scaling.py" + (" --quick" if args.quick else "") + (
        f" --reps {args.reps}" if args.reps else "") + (
        f" --sizes {','.join(map(str, args.sizes))}" if args.sizes != SIZES else "")
    section = report(samples, e2e, command, time.perf_counter() - started, args.sizes, FORMATS)
    print(section, end="")
    write_section(args.output, section)
    flat = all(flatness(samples, t, "docx")[2] for t in TEMPLATES)
    return 0 if flat else 1


if __name__ == "__main__":
    sys.exit(main())
