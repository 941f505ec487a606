"""Every code and id a version 2 plan uses must name something it defines."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.references import _hint
from dakplan.checks.v2.base import Context, check
from dakplan.diagnostics import Finding, Path
from dakplan.model.v2 import PRESS_FORMATS, Section


def _agency_refs(ctx: Context) -> Iterator[tuple[Path, str]]:
    plan = ctx.plan
    if plan.document.issuer.agency:
        yield ("document", "issuer", "agency"), plan.document.issuer.agency
    for i, recipient in enumerate(plan.document.recipients):
        for j, code in enumerate(recipient.agencies):
            yield ("document", "recipients", i, "agencies", j), code
    for i, basis in enumerate(plan.bases):
        if basis.proposer:
            yield ("bases", i, "proposer"), basis.proposer
        for j, doc in enumerate(basis.documents):
            for k, code in enumerate(doc.parties):
                yield ("bases", i, "documents", j, "parties", k), code
    for i, agency in enumerate(plan.agencies):
        if agency.merged_into:
            yield ("agencies", i, "merged_into"), agency.merged_into
        for j, code in enumerate(agency.successors):
            yield ("agencies", i, "successors", j), code
    for i, group in enumerate(plan.groups):
        for j, code in enumerate(group.members):
            yield ("groups", i, "members", j), code
    for i, code in enumerate(plan.partners):
        yield ("partners", i), code
    for path, duty, _ in ctx.duties:
        yield (*path, "lead"), duty.lead
        for j, code in enumerate(duty.coordinate):
            yield (*path, "coordinate", j), code
        for j, record in enumerate(duty.progress):
            if record.agency:
                yield (*path, "progress", j, "agency"), record.agency


@check("DK201")
def unknown_agencies(ctx: Context) -> Iterator[Finding]:
    known = [*ctx.registry.agencies, *ctx.registry.groups]
    for path, code in _agency_refs(ctx):
        if code not in ctx.registry:
            yield Finding(
                "DK201", path, "check.unknown_agency", {"code": code, "hint": _hint(code, known)}
            )


@check("DK202")
def unknown_themes(ctx: Context) -> Iterator[Finding]:
    known = [theme.id for _, theme in ctx.themes]
    for path, duty, _ in ctx.duties:
        for j, theme in enumerate(duty.themes):
            if theme not in known:
                yield Finding(
                    "DK202",
                    (*path, "themes", j),
                    "check.unknown_theme",
                    {"id": theme, "hint": _hint(theme, known)},
                )


def _format_refs(ctx: Context) -> Iterator[tuple[Path, str, bool]]:
    """Every place a media format is named: (path, code, whether the path is a key)."""
    for path, use in ctx.media_uses:
        for j, code in enumerate(use.formats):
            yield (*path, "formats", j), code, False
    for path, duty, _ in ctx.duties:
        for j, code in enumerate(duty.media):
            yield (*path, "media", j), code, False
        for j, record in enumerate(duty.progress):
            for code in record.products:
                yield (*path, "progress", j, "products", code), code, True


@check("DK210", "DK211")
def media_vocabulary(ctx: Context) -> Iterator[Finding]:
    for i, declared in enumerate(ctx.plan.media_formats):
        if declared.code in PRESS_FORMATS:
            yield Finding(
                "DK211",
                ("media_formats", i, "code"),
                "check.media_predefined",
                {"code": declared.code, "label": PRESS_FORMATS[declared.code]},
            )
    known = list(ctx.plan.media_labels())
    for path, code, key in _format_refs(ctx):
        if code not in known:
            yield Finding(
                "DK210",
                path,
                "check.unknown_media",
                {"code": code, "hint": _hint(code, known)},
                at_key=key,
            )


@check("DK203")
def unused_media(ctx: Context) -> Iterator[Finding]:
    uses = [use for _, use in ctx.media_uses]
    if not uses:
        return
    listed = list(dict.fromkeys(code for use in uses for code in use.formats))
    known = ctx.plan.media_labels()
    for path, code, key in _format_refs(ctx):
        if path[-2:-1] == ("formats",) or code not in known or code in listed:
            continue
        yield Finding(
            "DK203",
            path,
            "check.unused_media",
            {"media": code, "formats": ", ".join(listed)},
            at_key=key,
        )


@check("DK204")
def duplicate_ids(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    ids: list[tuple[Path, str, str]] = [
        (("bases", i), b.id, "basis") for i, b in enumerate(plan.bases)
    ]
    for place in ctx.places:
        thing = place.thing
        if isinstance(thing, Section):
            if thing.id is not None:
                ids.append((place.path, thing.id, "section"))
        elif place.kind in ("duty", "theme", "clause"):
            ids.append((place.path, thing.id, place.kind))  # type: ignore[union-attr]
    spaces: dict[str, list[tuple[Path, str, str, str]]] = {
        "id": [(path, ident, kind, "id") for path, ident, kind in ids],
        "code": [(("agencies", i), a.code, "agency", "code") for i, a in enumerate(plan.agencies)],
        "media": [
            (("media_formats", i), m.code, "media format", "code")
            for i, m in enumerate(plan.media_formats)
        ],
    }
    spaces["code"] += [(("groups", i), g.code, "group", "code") for i, g in enumerate(plan.groups)]
    for entries in spaces.values():
        first: dict[str, Path] = {}
        for path, ident, kind, field in entries:
            if ident in first:
                yield Finding(
                    "DK204",
                    (*path, field),
                    "check.duplicate_id",
                    {"kind": kind, "id": ident},
                    related=first[ident],
                )
            else:
                first[ident] = (*path, field)
