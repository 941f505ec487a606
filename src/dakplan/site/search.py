"""The site's search index: every duty, plan and agency under a key folded as dakplan folds
names (``vn.fold``: no case, diacritics or punctuation), so that "so tttt" finds "Sở TT&TT" and
"bao cao quy" finds "báo cáo quý".

The index is a script that assigns it to a variable (``window.DAKPLAN_SEARCH = ...``), not a
JSON file: a page opened from ``file://`` may load a script beside it but may not fetch a file.
The search box (``assets/search.js``) folds what is typed the same way. An entry is found when
the query, its spaces dropped, is in the key with its spaces dropped, from the start of one of
its words (as ``vn.match_key`` compares names: "so tttt" is "Sở TT&TT"), or when each word
typed begins a word of the key ("dinh ky bao cao" finds "báo cáo định kỳ"); the first kind is
listed first.
"""

from __future__ import annotations

import json
from typing import Any

from dakplan.i18n import t
from dakplan.i18n.vn import fold, format_short_date
from dakplan.query.names import Plans
from dakplan.query.registry import Registry
from dakplan.site.collect import Site
from dakplan.site.tables import due, status

VARIABLE = "DAKPLAN_SEARCH"


def key(*texts: str) -> str:
    """The folded key the search box matches against: ``vn.fold`` of the texts joined.

    Folded a word at a time, which gives the same key (folding changes no character into a
    space or out of one, and a mark after a space is dropped either way): a repository's
    duties are many texts of few words, and ``fold`` keeps the words it has folded."""
    return " ".join(part for part in map(fold, " ".join(texts).split()) if part)


def entries(site: Site, plans: Plans) -> list[dict[str, Any]]:
    """One entry per agency, plan and duty (with the names of everyone it involves), in the
    order results are listed: the agencies, then the plans as the home page lists them, each
    followed by its duties in document order. ``k`` the key, ``t`` the text shown, ``u`` the
    page (from the site's top folder), ``c`` the kind, ``m`` a line of context."""
    names = {file: _names(Registry(plan)) for file, plan in plans}
    out: list[dict[str, Any]] = []
    for agency in site.agencies:
        own = next((n[agency.code] for n in names.values() if agency.code in n), agency.name)
        out.append({"c": "agency", "t": f"{agency.name} ({agency.code})",
                    "u": f"agencies/{agency.slug}.html", "k": key(own),
                    "m": t("site.agency_intro", count=len(agency.duties),
                           overdue=agency.overdue)})
    for entry in site.plans:
        known = names[entry.file]
        out.append({"c": "plan", "t": entry.title, "u": f"plans/{entry.slug}.html",
                    "k": key(entry.title, entry.issuer, entry.number, entry.period),
                    "m": " · ".join([entry.issuer, entry.number, entry.period])})
        for duty in entry.duties:
            codes = [duty.lead, *duty.coordinate_codes]
            out.append({
                "c": "duty", "t": duty.text, "u": f"plans/{entry.slug}.html#task-{duty.id}",
                "k": key(duty.text, duty.id, *(known.get(code, code) for code in codes)),
                "m": " · ".join([entry.subject, f"{t('col.lead')}: {duty.lead_name}",
                                 due(duty), status(duty)])})
    return out


def script(items: list[dict[str, Any]], as_of: Any) -> bytes:
    """The index as a script: one entry a line, so that a change shows as a small diff."""
    lines = [json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
             for item in items]
    body = ",\n".join(lines)
    day = format_short_date(as_of)
    return (f"/* dakplan search index, as of {day} */\nwindow.{VARIABLE} = {{\"entries\": [\n"
            f"{body}\n]}};\n").encode()


def _names(registry: Registry) -> dict[str, str]:
    """Code -> every name people use for it (code, name, short names, aliases), joined."""
    out: dict[str, list[str]] = {}
    for code, name in registry.names():
        out.setdefault(code, [code]).append(name)
    return {code: " ".join(found) for code, found in out.items()}

