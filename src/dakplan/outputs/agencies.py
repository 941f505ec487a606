"""Output formats of ``dakplan agencies``: the registry with task counts.

The same four formats as ``dakplan tasks`` (table, json, csv, markdown). Agencies and groups
keep the plan's own order. Counts put each task under the agency's strongest part in it:
leading before coordinating, named directly before through a group. ``source`` is the file an
entry is read from: the shared registry's, or the plan's own (the table shows it only for a
plan that reads a registry).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from dakplan.agencies import Counts, RegistryView
from dakplan.i18n import t
from dakplan.outputs.base import JSON_VERSION, Writer, dump_json
from dakplan.outputs.tables import (
    Table,
    as_text,
    write_csv,
    write_markdown,
    write_plain,
    write_rich,
)

CSV_FIELDS = ["plan", "entry", "code", "name", "short", "aliases", "kind", "groups", "members",
              "member_kinds", "agencies", "lead", "lead_via_group", "coordinate",
              "coordinate_via_group", "total", "source"]


def _counts(counts: Counts) -> dict[str, int]:
    return {
        "lead": counts.lead,
        "lead_via_group": counts.lead_via_group,
        "coordinate": counts.coordinate,
        "coordinate_via_group": counts.coordinate_via_group,
        "total": counts.total,
    }


def plan_dict(view: RegistryView) -> dict[str, Any]:
    return {
        "plan": view.file,
        "agencies": [
            {
                "code": a.code,
                "name": a.name,
                "short": list(a.short),
                "aliases": list(a.aliases),
                "kind": str(a.kind),
                "groups": view.groups_of[a.code],
                "tasks": _counts(view.counts[a.code]),
                "source": _source(view, a.code),
            }
            for a in view.agencies
        ],
        "groups": [
            {
                "code": g.code,
                "name": g.name,
                "short": list(g.short),
                "aliases": list(g.aliases),
                "members": list(g.members),
                "member_kinds": [str(k) for k in g.member_kinds],
                "agencies": view.members_of[g.code],
                "tasks": _counts(view.counts[g.code]),
                "source": _source(view, g.code),
            }
            for g in view.groups
        ],
    }


def _source(view: RegistryView, code: str) -> str:
    """The file the entry ``code`` is read from: a shared registry, or the plan itself."""
    return view.sources.get(code) or view.file


def write_json(views: Sequence[RegistryView], stream: TextIO) -> None:
    document = {"version": JSON_VERSION, "plans": [plan_dict(v) for v in views]}
    dump_json(document, stream)


def write_csv_rows(views: Sequence[RegistryView], stream: TextIO) -> None:
    write_csv(CSV_FIELDS, [row for view in views for row in _csv_rows(view)], stream)


def _csv_rows(view: RegistryView) -> list[list[str]]:
    rows = []
    data = plan_dict(view)
    for entry in ("agencies", "groups"):
        for item in data[entry]:
            flat = {"plan": view.file, "entry": entry[:-1] if entry == "groups" else "agency",
                    **item, **item["tasks"]}
            rows.append([_cell(flat.get(name)) for name in CSV_FIELDS])
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def _count_cells(counts: Counts) -> list[str]:
    return [str(counts.lead), str(counts.coordinate), str(counts.via_group), str(counts.total)]


def tables(views: Sequence[RegistryView]) -> list[Table]:
    count_headers = [t("col.lead"), t("col.coordinate"), t("col.via_group"), t("col.total")]
    out: list[Table] = []
    for view in views:
        codes = [*(a.code for a in view.agencies), *(g.code for g in view.groups)]
        shared = any(view.sources.get(code) for code in codes)
        source = [t("col.source")] if shared else []

        def cell(code: str, view: RegistryView = view, shared: bool = shared) -> list[str]:
            return [_source(view, code)] if shared else []

        agencies = Table(
            [t("col.code"), t("col.name"), t("col.names"), t("col.kind"), t("col.groups"),
             *count_headers, *source],
            [[a.code, a.name, "; ".join([*a.short, *a.aliases]), t(f"kind.{a.kind}"),
              ", ".join(view.groups_of[a.code]), *_count_cells(view.counts[a.code]),
              *cell(a.code)]
             for a in view.agencies],
            t("agencies.agencies", file=view.file, count=len(view.agencies)),
            flex=None,
        )
        groups = Table(
            [t("col.code"), t("col.name"), t("col.names"), t("col.members"), t("col.agencies"),
             *count_headers, *source],
            [[g.code, g.name, "; ".join([*g.short, *g.aliases]),
              ", ".join([*g.members,
                         *(t("agencies.every_kind", kind=t(f"kind.{k}")) for k in g.member_kinds)]),
              ", ".join(view.members_of[g.code]), *_count_cells(view.counts[g.code]),
              *cell(g.code)]
             for g in view.groups],
            t("agencies.groups", file=view.file, count=len(view.groups)),
            flex=None,
        )
        out += [agencies, groups]
    return out


def write_table(views: Sequence[RegistryView], stream: TextIO) -> None:
    (write_rich if stream.isatty() else write_plain)(tables(views), stream)


def write_md(views: Sequence[RegistryView], stream: TextIO) -> None:
    write_markdown(tables(views), stream)


FORMATS: dict[str, Writer[Sequence[RegistryView]]] = {
    "table": write_table,
    "json": write_json,
    "csv": write_csv_rows,
    "markdown": write_md,
}


class Streamed:
    """One format written plan by plan (the same bytes as ``FORMATS``): ``begin``, ``plan``
    for each view in order, ``end``. A view's text depends on that view alone."""

    def begin(self, stream: TextIO) -> None:
        pass

    def plan(self, view: RegistryView, first: bool, stream: TextIO) -> None:
        raise NotImplementedError

    def end(self, stream: TextIO, empty: bool) -> None:
        pass


class _PlainPlans(Streamed):
    def plan(self, view: RegistryView, first: bool, stream: TextIO) -> None:
        if not first:
            stream.write("\n")  # write_plain's blank line between tables
        write_plain(tables([view]), stream)


class _MarkdownPlans(Streamed):
    def plan(self, view: RegistryView, first: bool, stream: TextIO) -> None:
        if not first:
            stream.write("\n")
        write_markdown(tables([view]), stream)


class _JsonPlans(Streamed):
    def begin(self, stream: TextIO) -> None:
        stream.write(f'{{\n  "version": {JSON_VERSION},\n  "plans": [')

    def plan(self, view: RegistryView, first: bool, stream: TextIO) -> None:
        text = json.dumps(plan_dict(view), ensure_ascii=False, indent=2)
        stream.write(("\n" if first else ",\n") + "    " + text.replace("\n", "\n    "))

    def end(self, stream: TextIO, empty: bool) -> None:
        stream.write("]\n}\n" if empty else "\n  ]\n}\n")


class _CsvPlans(Streamed):
    def begin(self, stream: TextIO) -> None:
        write_csv(CSV_FIELDS, [], stream)

    def plan(self, view: RegistryView, first: bool, stream: TextIO) -> None:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerows([as_text(c) for c in row] for row in _csv_rows(view))


STREAMED: dict[str, type[Streamed]] = {
    "table": _PlainPlans,
    "json": _JsonPlans,
    "csv": _CsvPlans,
    "markdown": _MarkdownPlans,
}
"""``FORMATS`` plan by plan (``table``: its plain columns; a terminal's rich tables take
``FORMATS``)."""
