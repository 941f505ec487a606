"""Two version-2 plans compared as the same plan, ids and codes aside: for the round trip
(a plan rendered, its document imported back).

``differences(expected, got)`` lists, as sentences, every way in which ``got`` is not the plan
``expected`` is: the frame (header fields, signature chain, recipients with their notes and
agencies), the bases with their cited documents, the registry (an agency found by its name:
its code, kind and short forms; a group by its name: its members and kinds), partners and
media formats, and the body walked in document order (every section with its printed label,
heading and kind; every block and list item with its kind, mark and text; every duty with its
lead, coordinators, timing, themes and formats; every theme, clause and media statement with
its data). Ids never count. A code counts only through what it stands for: a lead is
compared as the agency (its name) or the group (its members) it names, never as letters, so
that an agency coded otherwise is one difference, in the registry, and not one per duty.

Written from docs/format-v2.md and the model's one walk, not from the importer's code.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from enum import Enum
from typing import Any

from dakplan.i18n.vn import fold
from dakplan.model.v2 import Plan
from dakplan.model.v2.body import Clause, Duty, MediaUse, NumberedList, Section, Theme


def _name(text: str) -> str:
    return " ".join(fold(text).split())


def _bare(name: str) -> str:
    """A name folded, without the "các" a plural body may be printed with or without."""
    folded = _name(name)
    return folded[4:] if folded.startswith("cac ") else folded


class _Who:
    """What the codes of one plan stand for."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.agencies = {a.code: a for a in plan.agencies}
        self.groups = {g.code: g for g in plan.groups}

    def __call__(self, code: str | None, depth: int = 0) -> Any:
        if code is None:
            return None
        if code in self.agencies:
            return ("agency", _name(self.agencies[code].name))
        group = self.groups.get(code)
        if group is not None and depth < 8:
            members = frozenset(self(m, depth + 1) for m in group.members)
            return ("group", _name(group.name), members, frozenset(group.member_kinds))
        return ("unknown", code)

    def many(self, codes: Iterable[str]) -> list[Any]:
        return [self(c) for c in codes]


def _show(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, tuple) and value and value[0] in ("agency", "group", "unknown"):
        return repr(value[1])
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(_show(v) for v in value)) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + ", ".join(_show(v) for v in value) + ")"
    return repr(value)


def _clip(text: str, size: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


UNPRINTED = ("themes", "media", "status", "progress", "events", "waivers", "report")
"""What ``render plan`` does not print, so that no document of it can give it back: a duty's
themes, formats, status and progress, a theme's events, the waivers, the report's additions."""


def differences(expected: Plan, got: Plan, everything: bool = False) -> list[str]:
    """Every difference between two plans that are meant to be the same, as sentences; what
    the document does not print (``UNPRINTED``) only with ``everything``."""
    out: list[str] = []
    a, b = _Who(expected), _Who(got)
    out += _frame(expected, got, a, b)
    out += _bases(expected, got, a, b)
    out += _registry(expected, got, a, b, everything)
    out += _body(expected, got, a, b, everything)
    return out


def _same(out: list[str], where: str, left: Any, right: Any) -> None:
    if left != right:
        out.append(f"{where}: {_show(left)} != {_show(right)}")


def _frame(expected: Plan, got: Plan, a: _Who, b: _Who) -> list[str]:
    out: list[str] = []
    d1, d2 = expected.document, got.document
    for key in ("type", "title", "number", "symbol", "place", "date", "subject"):
        _same(out, f"document.{key}", getattr(d1, key), getattr(d2, key))
    _same(out, "document.period", d1.period.model_dump(), d2.period.model_dump())
    _same(out, "document.issuer", (d1.issuer.parent, d1.issuer.name),
          (d2.issuer.parent, d2.issuer.name))
    _same(out, "document.issuer.agency", a(d1.issuer.agency), b(d2.issuer.agency))
    s1, s2 = d1.signature, d2.signature
    _same(out, "signature.chain", [(c.authority, c.on_behalf_of) for c in s1.chain],
          [(c.authority, c.on_behalf_of) for c in s2.chain])
    _same(out, "signature", (s1.title, s1.name), (s2.title, s2.name))
    _same(out, "recipients", [(r.text, r.note) for r in d1.recipients],
          [(r.text, r.note) for r in d2.recipients])
    for r1, r2 in zip(d1.recipients, d2.recipients, strict=False):
        _same(out, f"recipient {r1.text!r}: agencies", a.many(r1.agencies), b.many(r2.agencies))
    return out


def _document(doc: Any, who: _Who) -> dict[str, Any]:
    data: dict[str, Any] = doc.model_dump(exclude={"parties"}, exclude_none=True)
    if doc.parties:
        data["parties"] = who.many(doc.parties)
    return data


def _documents(out: list[str], where: str, left: list[dict[str, Any]],
               right: list[dict[str, Any]]) -> None:
    """Cited documents one by one, field by field, so that a difference names its field."""
    for k in range(max(len(left), len(right))):
        if k >= len(left) or k >= len(right):
            extra = (left if k < len(left) else right)[k]
            side = "missing" if k < len(left) else "not in the plan"
            out.append(f"{where}: document {k + 1} {_show(extra)}: {side}")
            continue
        for key in dict.fromkeys([*left[k], *right[k]]):
            _same(out, f"{where}: document {k + 1}: {key}", left[k].get(key), right[k].get(key))


def _bases(expected: Plan, got: Plan, a: _Who, b: _Who) -> list[str]:
    out: list[str] = []
    _same(out, "bases", [x.text for x in expected.bases], [x.text for x in got.bases])
    for x, y in zip(expected.bases, got.bases, strict=False):
        where = f"basis {_clip(x.text)!r}"
        _same(out, f"{where}: proposer", a(x.proposer), b(y.proposer))
        _documents(out, where, [_document(d, a) for d in x.documents],
                   [_document(d, b) for d in y.documents])
    return out


def printed_text(plan: Plan) -> str:
    """What the document prints, folded: the frame, the bases, the body, the closing."""
    doc = plan.document
    parts = [doc.issuer.parent or "", doc.issuer.name, doc.symbol, doc.place, doc.subject,
             *plan.printed_lines(), *(r.text for r in doc.recipients),
             *doc.signature.lines, doc.signature.name]
    return " " + _name(" ".join(parts)) + " "


def _forms(out: list[str], where: str, forms: list[str], known: list[str],
           printed: str) -> None:
    """The short forms and aliases of ``expected`` the document prints are known to ``got``;
    those it does not print (a reading aid, an English name) have nowhere to come back from,
    and those ``got`` adds are the spellings the document uses."""
    names = {_bare(n) for n in known}
    lost = [f for f in forms if f" {_bare(f)} " in printed and _bare(f) not in names]
    if lost:
        out.append(f"{where}: printed forms not known: {_show(lost)}")


def _registry(expected: Plan, got: Plan, a: _Who, b: _Who, everything: bool) -> list[str]:
    out: list[str] = []
    printed = printed_text(expected)
    theirs = {_name(x.name): x for x in got.agencies}
    for agency in expected.agencies:
        other = theirs.pop(_name(agency.name), None)
        if other is None:
            out.append(f"agency {agency.name!r} ({agency.code}): missing")
            continue
        where = f"agency {agency.name!r}"
        _same(out, f"{where}: code", agency.code, other.code)
        _same(out, f"{where}: kind", str(agency.kind), str(other.kind))
        _forms(out, where, [*agency.short, *agency.aliases], other.names, printed)
        for key in ("valid_from", "valid_to"):
            _same(out, f"{where}: {key}", getattr(agency, key), getattr(other, key))
        _same(out, f"{where}: successors", a.many(agency.successors), b.many(other.successors))
        _same(out, f"{where}: merged_into", a(agency.merged_into), b(other.merged_into))
    out += [f"agency {x.name!r} ({x.code}): not in the plan" for x in theirs.values()]
    groups = {_name(g.name): g for g in got.groups}
    for group in expected.groups:
        other_group = groups.pop(_name(group.name), None)
        if other_group is None:
            out.append(f"group {group.name!r} ({group.code}): missing")
            continue
        where = f"group {group.name!r}"
        _same(out, f"{where}: code", group.code, other_group.code)
        _same(out, f"{where}: members", frozenset(a.many(group.members)),
              frozenset(b.many(other_group.members)))
        _same(out, f"{where}: member kinds", sorted(group.member_kinds),
              sorted(other_group.member_kinds))
        _forms(out, where, [*group.short, *group.aliases], other_group.names, printed)
    out += [f"group {g.name!r} ({g.code}): not in the plan" for g in groups.values()]
    _same(out, "partners", frozenset(a.many(expected.partners)),
          frozenset(b.many(got.partners)))
    labels = {f.code: f.label for f in got.media_formats}
    for declared in expected.media_formats:
        _same(out, f"media format {declared.code}: label", declared.label,
              labels.pop(declared.code, None))
    out += [f"media format {code} ({label!r}): not in the plan" for code, label in labels.items()]
    if everything:
        _same(out, "waivers", [(w.code, w.reason) for w in expected.waivers],
              [(w.code, w.reason) for w in got.waivers])
        _same(out, "report", expected.report, got.report)
    return out


def _places(plan: Plan, who: _Who,
            everything: bool) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(what must match, what else must be equal) for every place of the body, in order."""
    labels = plan.media_labels()
    themes = {t.id: t.text for _, t in plan.themes()}
    out: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for place in plan.walk():
        thing = place.thing
        key: tuple[Any, ...]
        data: dict[str, Any] = {"label": place.label}
        if isinstance(thing, Section):
            key = ("section", thing.heading)
            data |= {"number": place.number, "kind": thing.kind and str(thing.kind),
                     "depth": place.depth}
        elif place.kind in ("bullets", "numbered"):
            key = (place.kind,)
            if isinstance(thing, NumberedList):
                data |= {"style": str(thing.style), "start": thing.start}
        elif isinstance(thing, str):
            key = (place.kind, thing)
            data |= {"depth": place.depth, "number": place.number}
        elif isinstance(thing, Duty):
            key = ("duty", thing.text)
            data |= {"depth": place.depth, "number": place.number, "lead": who(thing.lead),
                     "coordinate": who.many(thing.coordinate),
                     "timing": thing.timing.model_dump(exclude_none=True),
                     "themes": [themes.get(t, t) for t in thing.themes],
                     "media": sorted(thing.media),
                     "status": thing.status, "progress": [p.model_dump() for p in
                                                          thing.progress]}
        elif isinstance(thing, Theme):
            key = ("theme", thing.text)
            data |= {"depth": place.depth, "number": place.number,
                     "documents": [_document(d, who) for d in thing.documents],
                     "events": [e.model_dump() for e in thing.events]}
        elif isinstance(thing, MediaUse):
            key = ("media", thing.text or ", ".join(labels.get(f, f) for f in thing.formats))
            data |= {"depth": place.depth, "number": place.number,
                     "formats": sorted(thing.formats)}
        else:
            assert isinstance(thing, Clause)
            key = ("clause", thing.text)
            data |= {"depth": place.depth, "number": place.number,
                     "source": thing.source and str(thing.source), "amount": thing.amount}
        if not everything:
            data = {k: v for k, v in data.items() if k not in UNPRINTED}
        out.append((key, data))
    return out


def _say(key: tuple[Any, ...], data: dict[str, Any]) -> str:
    where = f" at {data['label']}" if data.get("label") else ""
    text = f" {_clip(str(key[1]))!r}" if len(key) > 1 and key[1] is not None else ""
    return f"{key[0]}{text}{where}"


def _body(expected: Plan, got: Plan, a: _Who, b: _Who, everything: bool) -> list[str]:
    out: list[str] = []
    left, right = _places(expected, a, everything), _places(got, b, everything)
    matcher = difflib.SequenceMatcher(None, [k for k, _ in left], [k for k, _ in right],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for (key, x), (_, y) in zip(left[i1:i2], right[j1:j2], strict=True):
                for field in x:
                    if field == "documents":
                        _documents(out, _say(key, x), x[field], y[field])
                    else:
                        _same(out, f"{_say(key, x)}: {field}", x[field], y.get(field))
            continue
        out += [f"{_say(k, x)}: missing" for k, x in left[i1:i2]]
        out += [f"{_say(k, y)}: not in the plan" for k, y in right[j1:j2]]
    return out


def tally(expected: Plan, got: Plan) -> dict[str, tuple[int, int]]:
    """What of ``expected`` ``got`` keeps, as (kept, of): its sentences in order, its duties
    (found by their text), and of those, the leads, coordinators and timings that are the
    same agencies and the same timing."""
    a, b = _Who(expected), _Who(got)
    wanted, found = expected.sentences(), got.sentences()
    kept = sum(1 for op in difflib.SequenceMatcher(None, wanted, found, autojunk=False)
               .get_matching_blocks() for _ in range(op.size))
    mine = {_name(d.text): d for _, d, _ in got.located_duties()}
    duties = [d for _, d, _ in expected.located_duties()]
    pairs = [(d, mine[_name(d.text)]) for d in duties if _name(d.text) in mine]
    return {
        "sentences": (kept, len(wanted)),
        "duties": (len(pairs), len(duties)),
        "leads": (sum(a(x.lead) == b(y.lead) for x, y in pairs), len(duties)),
        "coordinators": (sum(a.many(x.coordinate) == b.many(y.coordinate) for x, y in pairs),
                         len(duties)),
        "timings": (sum(x.timing == y.timing for x, y in pairs), len(duties)),
    }
