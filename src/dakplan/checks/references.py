"""Every code and id the plan uses must name something the plan defines."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.base import Context, check
from dakplan.diagnostics import Finding, Message, Param, Path


def _hint(name: str, known: list[str]) -> Param:
    import difflib  # only for a name that is not found: not at every start

    near = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    return Message("schema.hint", {"near": near[0]}) if near else ""


def _agency_refs(ctx: Context) -> Iterator[tuple[Path, str]]:
    plan = ctx.plan
    if plan.document.issuer.agency:
        yield ("document", "issuer", "agency"), plan.document.issuer.agency
    for i, recipient in enumerate(plan.document.recipients):
        for j, code in enumerate(recipient.agencies):
            yield ("document", "recipients", i, "agencies", j), code
    for i, basis in enumerate(plan.bases):
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
    for path, task in plan.located_tasks():
        yield (*path, "lead"), task.lead
        for j, code in enumerate(task.coordinate):
            yield (*path, "coordinate", j), code
        for j, record in enumerate(task.progress):
            if record.agency:
                yield (*path, "progress", j, "agency"), record.agency


@check("DK201")
def unknown_agencies(ctx: Context) -> Iterator[Finding]:
    known = [*ctx.registry.agencies, *ctx.registry.groups]
    for path, code in _agency_refs(ctx):
        if code not in ctx.registry:
            yield Finding("DK201", path, "check.unknown_agency",
                          {"code": code, "hint": _hint(code, known)})


@check("DK202")
def unknown_themes(ctx: Context) -> Iterator[Finding]:
    known = [theme.id for theme in ctx.plan.themes]
    for path, task in ctx.plan.located_tasks():
        for j, theme in enumerate(task.themes):
            if theme not in known:
                yield Finding("DK202", (*path, "themes", j), "check.unknown_theme",
                              {"id": theme, "hint": _hint(theme, known)})


@check("DK203")
def unused_media(ctx: Context) -> Iterator[Finding]:
    if ctx.plan.media is None:
        return
    formats = ctx.plan.media.formats
    listed = ", ".join(str(f) for f in formats)
    for path, task in ctx.plan.located_tasks():
        for j, media in enumerate(task.media):
            if media not in formats:
                yield Finding("DK203", (*path, "media", j), "check.unused_media",
                              {"media": str(media), "formats": listed})
        for j, record in enumerate(task.progress):
            for media in record.products:
                if media not in formats:
                    yield Finding("DK203", (*path, "progress", j, "products", str(media)),
                                  "check.unused_media", {"media": str(media), "formats": listed},
                                  at_key=True)


@check("DK204")
def duplicate_ids(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    spaces: dict[str, list[tuple[Path, str]]] = {
        "task": [(path, task.id) for path, task in plan.located_tasks()],
        "theme": [(("themes", i), theme.id) for i, theme in enumerate(plan.themes)],
        "basis": [(("bases", i), basis.id) for i, basis in enumerate(plan.bases)],
        "agency": [(("agencies", i), a.code) for i, a in enumerate(plan.agencies)],
    }
    spaces["agency"] += [(("groups", i), g.code) for i, g in enumerate(plan.groups)]
    if plan.funding is not None:
        spaces["task"] += [
            (("funding", "items", k), item.id)
            for k, item in enumerate(plan.funding.items)
            if not hasattr(item, "lead")
        ]
    for kind, entries in spaces.items():
        field = "code" if kind == "agency" else "id"
        first: dict[str, Path] = {}
        for path, ident in entries:
            if ident in first:
                yield Finding("DK204", (*path, field), "check.duplicate_id",
                              {"kind": kind, "id": ident}, related=first[ident])
            else:
                first[ident] = (*path, field)
