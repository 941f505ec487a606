"""The commands as their modules declare them, apart from typer.

A command module declares its functions with ``command``; ``dakplan.cli.app`` registers them
with the typer application when it is built (``attach``), whether the module was imported
before it or after. So a command module can be imported, and its command run by
``dakplan.cli.fast``, without importing typer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
Sink = Callable[[Callable[..., Any], tuple[Any, ...], dict[str, Any]], None]

_declared: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
_sink: Sink | None = None


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """Declare a command (the arguments are ``typer.Typer.command``'s). The function may
    return an exit status; a ``DakplanError`` it raises is its message and exit status."""

    def decorate(func: F) -> F:
        _declared.append((func, args, kwargs))
        if _sink is not None:
            _sink(func, args, kwargs)
        return func

    return decorate


def attach(sink: Sink) -> None:
    """Hand every command declared so far, and every one declared later, to ``sink``."""
    global _sink
    _sink = sink
    for func, args, kwargs in _declared:
        sink(func, args, kwargs)


def completer(kind: str) -> Callable[..., list[tuple[str, str]]]:
    """A shell-completion callback for values of ``kind`` (agency, theme, template, code),
    whose code is imported only when the shell asks for completions."""

    def complete(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
        from dakplan.cli.completion import candidates

        return candidates(kind, ctx, incomplete)

    return complete


class LazyTyper:
    """``typer`` for a command module that must import without it: its attributes are
    typer's, looked up (and typer imported) when first used, as when typer builds the
    command from the module's annotations."""

    def __getattr__(self, name: str) -> Any:
        import typer

        return getattr(typer, name)
