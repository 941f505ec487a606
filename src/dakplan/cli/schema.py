"""``dakplan schema``: the JSON Schema of the plan format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.errors import UsageError
from dakplan.i18n import t


@command(help="help.schema")
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.schema.output",
                     show_default=False),
    ] = None,
    version: Annotated[
        int,
        typer.Option("--version", metavar="N", help="help.schema.version"),
    ] = 2,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the plan format, generated from the model:
    format version 2, or version 1 with --version 1.

    Editors with a YAML language server use it to complete and check plans as one types.

    Example: dakplan schema -o schema/plan.schema.json
    """
    from dakplan.cli.targets import check_suffix, is_stdout
    from dakplan.io.write import replace_file
    from dakplan.model.json_schema import VERSIONS, schema_text

    if version not in VERSIONS:
        raise UsageError(t("schema.bad_version", version=version,
                           versions=", ".join(str(v) for v in sorted(VERSIONS))))
    check_suffix(output, {".json": "JSON"}, "JSON")
    text = schema_text(version)
    if output is None or is_stdout(output):
        typer.echo(text, nl=False)
        return
    replace_file(output, text.encode("utf-8"))
    typer.echo(t("schema.written", path=str(output)), err=True)
