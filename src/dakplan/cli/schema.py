"""``dakplan schema``: the JSON Schema of the plan format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command
from dakplan.i18n import t


@command(help="help.schema")
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="help.schema.output",
                     show_default=False),
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the plan format, generated from the model.

    Editors with a YAML language server use it to complete and check plans as one types.

    Example: dakplan schema -o schema/plan.schema.json
    """
    from dakplan.cli.targets import check_suffix, is_stdout
    from dakplan.io.write import replace_file
    from dakplan.model.json_schema import schema_text

    check_suffix(output, {".json": "JSON"}, "JSON")
    text = schema_text()
    if output is None or is_stdout(output):
        typer.echo(text, nl=False)
        return
    replace_file(output, text.encode("utf-8"))
    typer.echo(t("schema.written", path=str(output)), err=True)
