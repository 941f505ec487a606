"""Numbers as printed: a cited number or the plan's own symbol that does not read (DK310), a
number that reads but disagrees with the fields beside it (DK311), an unusual signature
chain (DK312). None of these blocks anything."""

from __future__ import annotations

from collections.abc import Iterator

from dakplan.checks.v2.base import Context, check
from dakplan.diagnostics import Finding, Message, Path
from dakplan.model.v2 import CitedDocument
from dakplan.model.v2.docnumber import DocNumber, parse, symbol_problem
from dakplan.model.v2.frame import month_span


def _documents(ctx: Context) -> Iterator[tuple[Path, CitedDocument]]:
    for i, basis in enumerate(ctx.plan.bases):
        for j, doc in enumerate(basis.documents):
            yield ("bases", i, "documents", j), doc
    for path, theme in ctx.themes:
        for j, doc in enumerate(theme.documents):
            yield (*path, "documents", j), doc


@check("DK310", "DK311")
def document_numbers(ctx: Context) -> Iterator[Finding]:
    problem = symbol_problem(ctx.plan.document.symbol)
    if problem is not None:
        key, params = problem
        yield Finding(
            "DK310",
            ("document", "symbol"),
            "check.bad_number",
            {"problem": Message(f"number.{key}", {"number": ctx.plan.document.symbol, **params})},
        )
    for path, doc in _documents(ctx):
        if doc.number is None:
            continue
        found = parse(doc.number)
        if not isinstance(found, DocNumber):
            key, params = found
            yield Finding(
                "DK310",
                (*path, "number"),
                "check.bad_number",
                {"problem": Message(f"number.{key}", {"number": doc.number, **params})},
            )
            continue
        if doc.type is not None and found.type is not None and doc.type != found.type:
            yield Finding(
                "DK311",
                (*path, "type"),
                "check.number_type",
                {"number": doc.number, "found": found.type, "type": doc.type},
            )
        if found.year is not None and doc.date is not None:
            year = month_span(doc.date)[0].year
            if year != found.year:
                yield Finding(
                    "DK311",
                    (*path, "date"),
                    "check.number_year",
                    {"number": doc.number, "found": found.year, "year": year},
                )


@check("DK312")
def signature_chain(ctx: Context) -> Iterator[Finding]:
    chain = ctx.plan.document.signature.chain
    seen: set[str] = set()
    for k, line in enumerate(chain):
        where = ("document", "signature", "chain", k, "authority")
        if line.authority == "TM." and k > 0:
            yield Finding("DK312", where, "check.chain_tm_not_first")
        elif line.authority in seen:
            yield Finding("DK312", where, "check.chain_repeated", {"authority": line.authority})
        seen.add(str(line.authority))
