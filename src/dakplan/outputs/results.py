"""Output formats of ``dakplan results summary``: text (one line per agency) and json.

JSON shape (``"version": 1``): ``as_of``; ``plan`` and each of ``agencies[]`` carry ``counts``
(every tracking status, ``query.tracking``), ``total``, ``late`` (open past the deadline, a part
of the total) and ``on_time_rate`` (0..1 or null); an agency also ``code``, ``name`` and
``led`` (the same figures for the duties it leads); ``media[]``, ``money[]``, ``rounds[]``.
"""

from __future__ import annotations

from typing import Any, TextIO

from dakplan.i18n import t
from dakplan.i18n.vn import format_short_date
from dakplan.outputs.base import JSON_VERSION, Writer, dump_json
from dakplan.query.tracking import TRACKED
from dakplan.results.summary import Summary, Tally


def tally_dict(tally: Tally) -> dict[str, Any]:
    rate = tally.on_time_rate
    return {"counts": {str(s): tally.counts[s] for s in TRACKED}, "total": tally.total,
            "late": tally.late, "on_time_rate": None if rate is None else round(rate, 4)}


def document(summary: Summary) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "as_of": summary.as_of.isoformat(),
        "plan": tally_dict(summary.plan),
        "agencies": [{"code": a.code, "name": a.name, **tally_dict(a.all),
                      "led": tally_dict(a.led)} for a in summary.agencies],
        "media": [{"format": code, "label": label, "products": n}
                  for code, label, n in summary.media],
        "money": [{"agency": code, "name": name, "amount": n} for code, name, n in summary.money],
        "rounds": [{"round": p.round, "as_of": p.as_of.isoformat(), "done": p.done,
                    "total": p.total} for p in summary.rounds],
    }


def _line(label: str, tally: Tally) -> str:
    parts = ", ".join(f"{t('tracked.' + str(s))} {tally.counts[s]}" for s in TRACKED
                      if tally.counts[s])
    rate = tally.on_time_rate
    shown = "-" if rate is None else f"{100 * rate:.0f}%"
    return t("summary.line", label=label, total=tally.total, parts=parts or "-",
             late=tally.late, rate=shown)


def write_text(summary: Summary, stream: TextIO) -> None:
    stream.write(t("summary.title", date=format_short_date(summary.as_of)) + "\n")
    stream.write(_line(t("summary.plan"), summary.plan) + "\n")
    for a in summary.agencies:
        stream.write(_line(f"{a.code} ({a.name})", a.all) + "\n")


def write_json(summary: Summary, stream: TextIO) -> None:
    dump_json(document(summary), stream)


FORMATS: dict[str, Writer[Summary]] = {"text": write_text, "json": write_json}
