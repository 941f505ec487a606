"""The typer application, its global options, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from dakplan import __version__
from dakplan.errors import DakplanError, PlanError
from dakplan.i18n import detect_language, set_language

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="dakplan",
    help="Keep a provincial plan (Kế hoạch) as code: validate it, ask who does what by when, "
    "render its documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dakplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of messages: vi or en (default: DAKPLAN_LANG, "
                     "then the locale)."),
    ] = None,
) -> None:
    """Keep a provincial plan (Kế hoạch) as code."""
    set_language(detect_language(lang))


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``dakplan: message`` on standard error and return the Exit to raise."""
    sys.stderr.write(f"dakplan: {message}\n")
    return typer.Exit(code)


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """``app.command`` that turns a ``DakplanError`` into its message and exit code."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*a: Any, **kw: Any) -> Any:
            try:
                return func(*a, **kw)
            except PlanError as exc:
                for d in exc.diagnostics:
                    sys.stderr.write(f"{d.file}:{d.line}:{d.col}: {d.code} {d.message}\n")  # type: ignore[attr-defined]
                raise fail(exc.message, exc.exit_code) from None
            except DakplanError as exc:
                raise fail(exc.message, exc.exit_code) from None

        app.command(*args, **kwargs)(wrapper)
        return func

    return decorate
