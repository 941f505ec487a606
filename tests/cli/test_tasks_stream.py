"""``dakplan tasks`` and ``dakplan agencies`` read the plans one at a time (``stream``): the
answer, its errors and their order are those of reading every plan first."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from conftest import small_plan
from dakplan.outputs.tasks import write_json
from dakplan.results.load import results_beside
from dakplan.tasks import TaskQuery, list_tasks
from dakplan.validate import load_plans_v2

AS_OF = ["--as-of", "15/07/2030"]


def in_memory(files: list[Path], **options: Any) -> str:
    """What the listing is with every plan read first (the library's own path)."""
    loaded = load_plans_v2(files, "tasks")
    listing = list_tasks(loaded, TaskQuery.parse(loaded, as_of="15/07/2030", **options),
                         results_beside(loaded))
    out = io.StringIO()
    write_json(listing, out)
    return out.getvalue()


def two_plans(write_plan: Any) -> list[Path]:
    """a.yaml does not know the alias "văn hóa mới" of SVH; b.yaml does."""
    other = small_plan()
    other["agencies"][1]["aliases"] = ["văn hóa mới"]
    return [write_plan(small_plan(), "a.yaml"), write_plan(other, "b.yaml")]


def test_a_name_only_a_later_plan_knows_lists_every_plan(run: Any, write_plan: Any) -> None:
    files = two_plans(write_plan)
    result = run("tasks", "-f", "json", "-a", "văn hóa mới", *map(str, files), *AS_OF)
    assert result.exit_code == 0, result.output
    assert result.stdout == in_memory(files, agency="văn hóa mới")
    plans = {row["plan"].rsplit("/", 1)[-1] for row in json.loads(result.stdout)["tasks"]}
    assert plans == {"a.yaml", "b.yaml"}


def test_every_task_of_several_plans_as_read_all_at_once(run: Any, write_plan: Any) -> None:
    files = two_plans(write_plan)
    for options in ([], ["--group-by", "agency"]):
        result = run("tasks", "-f", "json", *options, *map(str, files), *AS_OF)
        assert result.exit_code == 0, result.output
        expected = in_memory(files, group_by="agency" if options else None)
        assert result.stdout == expected


def test_a_later_invalid_plan_wins_over_an_unknown_agency(run: Any, write_plan: Any) -> None:
    broken = small_plan()
    del broken["agencies"]
    files = [write_plan(small_plan(), "a.yaml"), write_plan(broken, "b.yaml")]
    result = run("tasks", "-a", "không có", *map(str, files), *AS_OF)
    assert result.exit_code == 1
    assert "b.yaml" in result.output


def test_an_unknown_agency_is_a_usage_error_once_every_plan_is_read(run: Any,
                                                                     write_plan: Any) -> None:
    files = two_plans(write_plan)
    result = run("tasks", "-a", "không có", *map(str, files), *AS_OF)
    assert result.exit_code == 2
    assert "không có" in result.output


def distinct_plans(write_plan: Any, count: int, alias_in: int | None = None,
                   clash_in: int | None = None) -> list[Path]:
    """``count`` plans, each with a registry of its own (the name of UBND differs); the plan
    ``alias_in`` alone gives SVH the alias "văn hóa mới", the plan ``clash_in`` gives it to
    SYT as well."""
    files = []
    for n in range(count):
        plan = small_plan()
        plan["agencies"][0]["name"] += f" {n}"
        if n in (alias_in, clash_in):
            plan["agencies"][1]["aliases"] = ["văn hóa mới"]
        if n == clash_in:
            plan["agencies"][2]["aliases"] = ["văn hóa mới"]
        files.append(write_plan(plan, f"p{n}.yaml"))
    return files


def test_many_registries_give_the_answer_of_reading_every_plan_first(
        run: Any, write_plan: Any) -> None:
    # The question is asked again at the 1st, 2nd, 4th ... registry met, not at each: a name
    # that only the 3rd, 5th or 7th plan knows is still found in every plan that has it.
    for alias_in in (2, 4, 6):
        files = distinct_plans(write_plan, 7, alias_in=alias_in)
        result = run("tasks", "-f", "json", "-a", "văn hóa mới", *map(str, files), *AS_OF)
        assert result.exit_code == 0, result.output
        assert result.stdout == in_memory(files, agency="văn hóa mới")
        result = run("tasks", "-f", "json", "-a", "SYT", *map(str, files), *AS_OF)
        assert result.exit_code == 0 and result.stdout == in_memory(files, agency="SYT")


def test_a_name_a_late_plan_makes_ambiguous_is_a_usage_error(run: Any,
                                                             write_plan: Any) -> None:
    files = distinct_plans(write_plan, 7, alias_in=0, clash_in=5)
    result = run("tasks", "-a", "văn hóa mới", *map(str, files), *AS_OF)
    assert result.exit_code == 2
    assert "văn hóa mới" in result.output and "SVH" in result.output
