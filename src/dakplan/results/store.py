"""An agency's results to its file and back: the YAML written, and what changed against the
file already there (shown before anything is replaced)."""

from __future__ import annotations

from typing import Any

from dakplan.io.yaml_dump import dump_yaml
from dakplan.model.results import Results, TaskResult


def results_yaml(results: Results) -> str:
    # Python mode: dates stay dates, written unquoted as the loader reads them back.
    data = results.model_dump(exclude_defaults=True)
    data = {"dakplan_results": 1, **{k: v for k, v in data.items() if k != "dakplan_results"}}
    return dump_yaml(data)


def _fields(result: TaskResult | None) -> dict[str, Any]:
    if result is None:
        return {}
    data = result.model_dump(mode="json", exclude_defaults=True)
    products = data.pop("products", {})
    data.update({f"products.{k}": v for k, v in sorted(products.items())})
    return data


def changes(old: Results | None, new: Results) -> list[tuple[str, str, Any, Any]]:
    """(task id, field, before, after) of every difference, in the new file's task order, then
    the tasks only the old file has; ``as_of`` first when it changed."""
    out: list[tuple[str, str, Any, Any]] = []
    if old is not None and old.as_of != new.as_of:
        out.append(("", "as_of", old.as_of.isoformat(), new.as_of.isoformat()))
    before = old.tasks if old is not None else {}
    order = list(new.tasks) + [k for k in before if k not in new.tasks]
    for task_id in order:
        a, b = _fields(before.get(task_id)), _fields(new.tasks.get(task_id))
        for key in list(dict.fromkeys([*b, *a])):
            if a.get(key) != b.get(key):
                out.append((task_id, key, a.get(key), b.get(key)))
    return out
