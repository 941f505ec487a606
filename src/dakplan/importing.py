"""``dakplan import``: a plan in git from the document a province already has.

Reads the document (``dakplan.imports``), checks the version-2 plan it makes with the same
checks as ``validate``, and writes it only where asked, never over an existing file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dakplan.checks.v2.validate import Report, validate_source
from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.imports import Imported, ImportFailure, import_document
from dakplan.io.read import Source
from dakplan.io.write import TargetExists, create_file


@dataclass(frozen=True)
class ImportResult:
    imported: Imported
    report: Report
    """The findings of the imported plan, named after the output (or ``-``)."""
    output: Path | None


def import_plan(document: str | os.PathLike[str], output: Path | None = None) -> ImportResult:
    """Import ``document``; write the plan to ``output`` when given (never over a file)."""
    try:
        imported = import_document(document)
    except ImportFailure as exc:
        raise UsageError(str(exc)) from None
    name = os.fspath(output) if output is not None else "-"
    report = validate_source(Source(name, imported.yaml_text))
    if output is not None:
        try:
            create_file(output, imported.yaml_text.encode("utf-8"), [Path(document)])
        except TargetExists:
            raise UsageError(t("import.exists", path=name)) from None
    return ImportResult(imported, report, output)
