"""``dakplan schema``: the JSON Schema of the plan format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dakplan.cli.app import command, fail
from dakplan.i18n import t


@command(help="help.schema")
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="help.schema.output", show_default=False),
    ] = None,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the plan format, generated from the model.

    Editors with a YAML language server use it to complete and check plans as one types.

    Example: dakplan schema -o schema/plan.schema.json
    """
    from dakplan.schema_export import schema_text

    text = schema_text()
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(t("schema.cannot_write", path=str(output), reason=exc.strerror)) from None
    typer.echo(t("schema.written", path=str(output)), err=True)
