"""Every default template in every format, written to a folder, to compare two checkouts.

    python3 bench/render_outputs.py OUT [PLAN ...]      # default: plans/2020.yaml, tests/examples
    python3 bench/render_outputs.py --compare OLD NEW   # exit 1 when any file differs

A change meant to be invisible (a faster writer, say) is checked by running the first command
before and after it and the second on the two folders: every file must be byte-identical.
``OUT/<plan>/<template>.<format>``; the duty sheet (``agency``) is written for every agency and
group of a plan of up to 40 of them, else for the first 5 of each
(``agency-<CODE>.<format>``). A render that fails is written as ``.error`` with its message, so
that a failure is compared too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _plans(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    examples = ROOT / "tests" / "examples"
    return [ROOT / "plans" / "2020.yaml", *sorted((examples / "valid").glob("*.yaml")),
            *sorted((examples / "progress").glob("*.yaml"))]


def write_all(out: Path, plans: list[Path]) -> int:
    from dakplan.errors import DakplanError
    from dakplan.render import FORMATS, Request, available, render
    from dakplan.validate import load_plan_v2

    count = 0
    for path in plans:
        plan = load_plan_v2(path, "render")
        folder = out / f"{path.parent.name}-{path.stem}"
        folder.mkdir(parents=True, exist_ok=True)
        codes = [a.code for a in plan.agencies] + [g.code for g in plan.groups]
        if len(codes) > 40:
            codes = [a.code for a in plan.agencies[:5]] + [g.code for g in plan.groups[:5]]
        for info in available(None):
            for fmt in FORMATS if "md" in info.formats else ("html",):
                for agency in codes if info.name == "agency" else [None]:
                    name = info.name + (f"-{agency}" if agency else "")
                    try:
                        data = render(plan, Request(info.name, path, fmt, None, agency)).data
                        (folder / f"{name}.{fmt}").write_bytes(data)
                    except DakplanError as error:
                        (folder / f"{name}.{fmt}.error").write_text(str(error), "utf-8")
                    count += 1
    return count


def compare(old: Path, new: Path) -> int:
    names = sorted({p.relative_to(old) for p in old.rglob("*") if p.is_file()}
                   | {p.relative_to(new) for p in new.rglob("*") if p.is_file()})
    differ = [n for n in names if not (old / n).is_file() or not (new / n).is_file()
              or (old / n).read_bytes() != (new / n).read_bytes()]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names)} files, {len(names) - len(differ)} identical, {len(differ)} different")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (or, with --compare, OLD)")
    parser.add_argument("plans", nargs="*", help="plans to render (or, with --compare, NEW)")
    parser.add_argument("--compare", action="store_true", help="compare folders OLD and NEW")
    args = parser.parse_args(argv)
    if args.compare:
        if len(args.plans) != 1:
            parser.error("--compare takes two folders: OLD NEW")
        return compare(args.out, Path(args.plans[0]))
    count = write_all(args.out, _plans(args.plans))
    print(f"{count} documents written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
