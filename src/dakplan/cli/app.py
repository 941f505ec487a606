"""The typer application, its global options, and the one place errors become exit codes."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, MutableMapping
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from dakplan import __version__
from dakplan.cli import declare
from dakplan.cli.declare import completer as completer
from dakplan.cli.errors import reported, say
from dakplan.cli.errors import tell as tell  # where the commands have always found it
from dakplan.cli.fast import lang_first
from dakplan.errors import DakplanError
from dakplan.i18n import CATALOGUES, detect_language, set_language, t

# Help texts are catalogue keys ("help.validate") that are looked up when help is shown, in the
# language of that run: typer builds the commands once per run, before --lang is parsed, so a
# text fixed at import time could only follow the environment, never --lang.
_HEADINGS = re.compile(r"^(Usage:|Options:|Arguments:|Commands:)", re.MULTILINE)
_HEADING_KEYS = {"Usage:": "help.usage", "Options:": "help.options",
                 "Arguments:": "help.arguments", "Commands:": "help.commands"}


def _tr(text: str | None) -> str | None:
    """A help key in the current language; any other text as it is."""
    return t(text) if text in CATALOGUES["en"] else text


def _no_type(ctx: Any) -> str:
    return ""


def _translate(command: Any, ctx: Any) -> None:
    command.help = _tr(command.help)
    command.short_help = _tr(command.short_help)
    for param in command.params:
        if hasattr(param, "help"):
            param.help = _tr(param.help)
        if param.name in ("install_completion", "show_completion"):  # typer's own options
            param.help = t(f"help.{param.name}")
        if getattr(param, "param_type_name", "") == "argument":
            # An argument's metavar says what it is (PLAN, YEAR); typer would add its Python
            # type beside it (`PLAN <list[Path]>`), which tells a user nothing.
            param.display_type_rich = _no_type
    help_option = command.get_help_option(ctx)
    if help_option is not None:
        help_option.help = t("help.help_option")


def _write_translated(ctx: Any, formatter: Any, write: Callable[[Any], None]) -> None:
    inner = ctx.make_formatter()
    write(inner)
    text = _HEADINGS.sub(lambda m: t(_HEADING_KEYS[m.group(1)]), inner.getvalue())
    text = text.replace("[required]", t("help.required")).replace("[default:",
                                                                   t("help.default"))
    formatter.write(text)


class Command(TyperCommand):
    """A command whose help is shown in the run's language."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _translate(self, ctx)
        _write_translated(ctx, formatter, lambda f: super(Command, self).format_help(ctx, f))


COMMANDS: dict[str, str] = {
    "validate": "dakplan.cli.validate",
    "explain": "dakplan.cli.validate",
    "tasks": "dakplan.cli.tasks",
    "agencies": "dakplan.cli.tasks",
    "remind": "dakplan.cli.remind",
    "calendar": "dakplan.cli.calendar",
    "render": "dakplan.cli.render",
    "diff": "dakplan.cli.diff",
    "new": "dakplan.cli.new",
    "registry": "dakplan.cli.registry",
    "schema": "dakplan.cli.schema",
    "results": "dakplan.cli.results",
    "site": "dakplan.cli.site",
    "import": "dakplan.cli.importing",
    "migrate": "dakplan.cli.migrate",
}
"""Every command and the module that registers it, in the order ``dakplan --help`` lists them:
checking first, then asking, then making documents, then the year's work on plans.

A run imports and builds only the command it invokes: building all of them, with the libraries
their modules import, would cost every run the start-up of the largest."""


class _Commands(MutableMapping[str, Any]):
    """The root's commands by name: every name of ``COMMANDS`` is known at once, and a command
    is imported and built on its first lookup (completion and help look up the same way)."""

    def __init__(self, built: dict[str, Any]) -> None:
        self._built = dict(built)

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMANDS:
                raise KeyError(name)
            __import__(COMMANDS[name])  # not importlib.import_module: -X importtime shows this
            self._built[name] = _build(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self._built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(name not in COMMANDS for name in self._built)


def _build(name: str) -> Any:
    """The click command typer makes of the registered function ``name``."""
    for info in app.registered_commands:
        if (info.name or typer.main.get_command_name(info.callback.__name__)) == name:  # type: ignore[union-attr]
            return typer.main.get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode)
    raise LookupError(f"{COMMANDS[name]} does not register the command {name!r}")


class Group(TyperGroup):
    """The root command: its own help and its command list in the run's language."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.commands = _Commands(dict(self.commands))

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names only: listing builds nothing

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # `--lang` belongs to the root, but people type it anywhere: `dakplan validate --lang vi`.
        return super().parse_args(ctx, lang_first(args))

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _settings(ctx.params.get("lang"))
        _translate(self, ctx)
        for name in self.list_commands(ctx):
            sub = self.get_command(ctx, name)
            if sub is not None:
                _translate(sub, ctx)
        _write_translated(ctx, formatter, lambda f: super(Group, self).format_help(ctx, f))


app = typer.Typer(
    name="dakplan",
    cls=Group,
    help="help.app",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _lang(value: str | None) -> str | None:
    if value is not None:
        from dakplan.cli.settings import check_lang

        try:
            check_lang(value, "--lang")
        except DakplanError as exc:
            raise fail(exc.message, exc.exit_code) from None
    set_language(detect_language(value))
    return value


def _settings(lang: str | None) -> None:
    """The configuration and the language of this run, or its error as the run's end."""
    from dakplan.cli.settings import apply

    try:
        apply(lang)
    except DakplanError as exc:
        raise fail(exc.message, exc.exit_code) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dakplan {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="help.version"),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option("--lang", callback=_lang, is_eager=True, help="help.lang"),
    ] = None,
) -> None:
    """Keep a provincial plan (Kế hoạch) as code."""
    _settings(lang)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``dakplan: message`` on standard error and return the Exit to raise."""
    say(message)
    return typer.Exit(code)


command = declare.command
"""Declare a command (``dakplan.cli.declare``): registered here, with typer."""


def _register(func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """``app.command`` of ``func``: a ``DakplanError`` becomes its message and exit code, and
    so does an exit status the function returns."""

    @functools.wraps(func)
    def wrapper(*a: Any, **kw: Any) -> Any:
        try:
            code = func(*a, **kw)
        except DakplanError as exc:
            raise typer.Exit(reported(exc)) from None
        if isinstance(code, int):
            raise typer.Exit(code)
        return code

    app.command(*args, **{"cls": Command, **kwargs})(wrapper)


declare.attach(_register)
