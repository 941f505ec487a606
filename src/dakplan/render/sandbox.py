"""The sandbox every template runs in: what a template may reach, call and make.

One policy, in one place (``TemplateSandbox``), over the plain data of ``render.plain``:

- attributes: a record's fields; a date's ``year``, ``month`` and ``day``; a mapping's
  ``items``, ``keys``, ``values`` and ``get``; a named set of text methods that cannot make a
  text longer than the one they are called on (``split``, ``startswith``, ``upper``, ...); the
  public attributes of Jinja's own objects (``loop``, a ``namespace``, an imported template's
  macros, ``groupby``'s ``grouper`` and ``list``). Nothing else: no ``__class__``, no method
  of a model, no ``str.format``.
- calls: macros, ``caller``, ``loop``, blocks, dakplan's helpers, the globals ``range`` (at
  most 100,000 numbers), ``dict``, ``namespace``, ``cycler`` and ``joiner``, and the methods
  allowed above. ``lipsum`` is not there.
- filters: dakplan's and Jinja's, except ``random`` (output must not change between runs) and
  ``urlize`` (it writes HTML links); the ones that can grow a text (``center``, ``indent``,
  ``join``, ``replace``, ``format``, ``wordwrap``, ``batch``, ``slice``, ``sum``) check the size
  first.
- every loop turn, call, filter, operator and text a template makes goes past the render's
  ``Budget`` (time and size), and the template's nesting is bounded when it is read.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from jinja2 import StrictUndefined, nodes, pass_context, pass_environment, pass_eval_context
from jinja2.environment import TemplateModule
from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.filters import (
    do_batch,
    do_center,
    do_format,
    do_indent,
    do_replace,
    do_wordwrap,
    make_attrgetter,
    sync_do_join,
    sync_do_slice,
    sync_do_sum,
)
from jinja2.parser import Parser
from jinja2.runtime import (
    BlockReference,
    Context,
    LoopContext,
    Macro,
    TemplateReference,
    Undefined,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace, missing

from dakplan.i18n import t
from dakplan.render.budget import MAX_DEPTH, MAX_LOOPS, Budget, RenderLimit
from dakplan.render.plain import Helper, Record, Table, fields_of, kind_of

TEXT_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "index", "isalnum", "isalpha",
    "isdecimal", "isdigit", "islower", "isnumeric", "isspace", "istitle", "isupper", "lower",
    "lstrip", "partition", "removeprefix", "removesuffix", "rfind", "rindex", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "upper",
})
"""Methods of a text a template may call: none makes a text longer than a few times its own."""
MAPPING_METHODS = frozenset({"items", "keys", "values", "get"})
DATE_FIELDS = frozenset({"year", "month", "day"})
_RUNTIME = (LoopContext, Namespace, TemplateModule, TemplateReference, BlockReference, Macro,
            Cycler, Joiner)
"""Jinja's own objects, whose public attributes are a template's own values and macros."""
_CALLABLE = (Macro, Helper, LoopContext, BlockReference, Joiner)
LEFT_OUT_FILTERS = ("random", "urlize")
_LOOP = "dakplan:loop"
_SIZED = "dakplan:sized"


class FieldUndefined(StrictUndefined):
    """A missing name is an error; a missing field of a record says which fields there are."""

    @property
    def _undefined_message(self) -> str:
        owner = self._undefined_obj
        if self._undefined_hint is None and isinstance(owner, Record):
            return t("render.no_field", kind=kind_of(owner), name=self._undefined_name,
                     fields=", ".join(fields_of(owner)))
        if self._undefined_hint is None and owner is not missing:
            return f"'{type(owner).__name__}' has no attribute {self._undefined_name!r}"
        return str(super()._undefined_message)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, narrowed to plain data and bounded by a ``Budget``."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, budget: Budget, filters: dict[str, Callable[..., Any]],
                 **options: Any) -> None:
        super().__init__(undefined=FieldUndefined, **options)
        self.budget = budget
        self.globals.pop("lipsum", None)
        self._callable_globals = tuple(self.globals.values())
        for name in LEFT_OUT_FILTERS:
            self.filters.pop(name, None)
        self.filters.update(filters)
        self.filters = {name: _guarded(budget, name, function)
                        for name, function in self.filters.items()}
        self.filters[_LOOP] = _loop(budget)
        self.filters[_SIZED] = _sized(budget)

    # -- what a template may reach ---------------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        if isinstance(obj, Record):
            return attr in obj
        if isinstance(obj, str):
            return attr in TEXT_METHODS
        if isinstance(obj, (dict, Table)):
            return attr in MAPPING_METHODS
        if type(obj) is dt.date:
            return attr in DATE_FIELDS
        fields = getattr(obj, "_fields", None) if isinstance(obj, tuple) else None
        if isinstance(fields, tuple):  # a named tuple Jinja made: groupby's (grouper, list)
            return attr in fields
        if isinstance(obj, _RUNTIME):
            return super().is_safe_attribute(obj, attr, value)
        return False

    def wrap_str_format(self, value: Any) -> None:
        """``str.format`` is not one of the text methods a template may call."""
        return None

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.budget.tick()
        if type(obj) is Record and attribute in obj:
            return obj[attribute]  # the common case: a record's field, plain data
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.budget.tick()
        return super().getitem(obj, argument)

    def is_safe_callable(self, obj: Any) -> bool:
        if isinstance(obj, _CALLABLE) or any(obj is g for g in self._callable_globals):
            return True
        if isinstance(obj, (types.MethodType, types.BuiltinMethodType)):
            owner = getattr(obj, "__self__", None)
            return (owner is not None and not isinstance(owner, (type, types.ModuleType))
                    and self.is_safe_attribute(owner, obj.__name__, obj))
        return False

    def call(__self, __context: Context, __obj: Any, *args: Any,  # noqa: N805
             **kwargs: Any) -> Any:
        __self.budget.tick()
        if isinstance(__obj, Undefined):
            __obj()  # raises what is undefined and why (no such field, an unsafe attribute)
        if not __self.is_safe_callable(__obj):
            raise SecurityError(t("render.not_callable", name=_describe(__obj)))
        return __self.budget.check(__context.call(__obj, *args, **kwargs))

    # -- what a template may make ----------------------------------------------------------

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.budget.tick()
        self.budget.operands(operator, left, right)
        if (operator == "+" and isinstance(left, (list, tuple)) and isinstance(right, (list, tuple))
                and type(left) is not type(right)):
            return list(left) + list(right)  # the plan's lists are tuples; a template's are not
        return self.budget.check(super().call_binop(context, operator, left, right))

    def concat(self, parts: Iterable[str]) -> str:
        """Joins what a macro, a ``{% set %}`` block or a ``{% filter %}`` block wrote."""
        pieces = list(parts)
        self.budget.tick()
        self.budget.text(sum(map(len, pieces)))
        return "".join(pieces)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        parser = Parser(self, source, name, filename)
        try:
            tree = parser.parse()
        except RecursionError:
            raise TemplateSyntaxError(t("render.too_deep", depth=MAX_DEPTH),
                                      parser.stream.current.lineno, name, filename) from None
        _Guard(name, filename).visit(tree, 0)
        return tree


class _Guard:
    """Bounds the nesting of a parsed template, and routes its loops and ``~`` joins past the
    budget: ``{% for %}`` iterates through ``dakplan:loop``, ``a ~ b`` goes through
    ``dakplan:sized`` (names a template cannot write)."""

    def __init__(self, name: str | None, filename: str | None) -> None:
        self.name = name
        self.filename = filename

    def visit(self, node: nodes.Node, depth: int, loops: int = 0) -> nodes.Node:
        if isinstance(node, _BLOCKS):
            loops += 1
        if depth > MAX_DEPTH or loops > MAX_LOOPS:
            limit = MAX_DEPTH if depth > MAX_DEPTH else MAX_LOOPS
            raise TemplateSyntaxError(t("render.too_deep", depth=limit), node.lineno or 1,
                                      self.name, self.filename)
        for field_name, value in node.iter_fields():
            if isinstance(value, nodes.Node):
                setattr(node, field_name, self.visit(value, depth + 1, loops))
            elif isinstance(value, list):
                setattr(node, field_name, [self.visit(v, depth + 1, loops)
                                           if isinstance(v, nodes.Node) else v for v in value])
        if isinstance(node, nodes.For):
            node.iter = _filter(cast(nodes.Expr, node.iter), _LOOP)
        elif isinstance(node, nodes.Concat):
            return _filter(node, _SIZED)
        return node


_BLOCKS = (nodes.For, nodes.Include, nodes.Import, nodes.FromImport)
"""Statements Python compiles to a block (a loop, a ``try``); it allows 20 inside another."""


def _filter(node: nodes.Expr, name: str) -> nodes.Filter:
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


def _loop(budget: Budget) -> Callable[..., Iterator[Any]]:
    @pass_context  # never folded into a constant when the template is compiled
    def loop(context: Context, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            budget.tick()
            yield item

    return loop


def _sized(budget: Budget) -> Callable[..., Any]:
    @pass_context
    def sized(context: Context, value: Any) -> Any:
        budget.tick()
        return budget.check(value)

    return sized


def _describe(obj: Any) -> str:
    name = getattr(obj, "__name__", None)
    return f"'{name}'" if isinstance(name, str) else f"a {type(obj).__name__}"


# -- filters ---------------------------------------------------------------------------------


def _guarded(budget: Budget, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` behind the budget: the clock ticks, growth is checked before where the
    filter can grow a text, and the result's size after."""
    check = _PRECHECKS.get(name)
    inner = check(budget) if check is not None else function

    def filter_(*args: Any, **kwargs: Any) -> Any:
        budget.tick()
        return budget.check(inner(*args, **kwargs))

    filter_.__name__ = name
    pass_arg = getattr(inner, "jinja_pass_arg", None)
    if pass_arg is not None:
        filter_.jinja_pass_arg = pass_arg  # type: ignore[attr-defined]
    return filter_


def _text_size(values: Iterable[Any]) -> int:
    return sum(len(str(value)) for value in values)


def _center(budget: Budget) -> Callable[..., Any]:
    def center(value: Any, width: int = 80) -> str:
        budget.text(max(int(width), len(str(value))))
        return do_center(value, width)

    return center


def _indent(budget: Budget) -> Callable[..., Any]:
    def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
        text = str(s)
        pad = len(width) if isinstance(width, str) else int(width)
        budget.text(len(text) + (text.count("\n") + 1) * max(pad, 0))
        return do_indent(s, width, first, blank)

    return indent


def _join(budget: Budget) -> Callable[..., Any]:
    @pass_eval_context
    def join(eval_ctx: Any, value: Iterable[Any], d: str = "",
             attribute: str | int | None = None) -> str:
        items = list(value)
        budget.items(len(items))
        if attribute is not None:
            items = list(map(make_attrgetter(eval_ctx.environment, attribute), items))
        budget.text(_text_size(items) + len(str(d)) * max(len(items) - 1, 0))
        return sync_do_join(eval_ctx, items, d)

    return join


def _replace(budget: Budget) -> Callable[..., Any]:
    @pass_eval_context
    def replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> str:
        text, old_text, new_text = str(s), str(old), str(new)
        found = len(text) + 1 if not old_text else text.count(old_text)
        if count is not None and count >= 0:
            found = min(found, int(count))
        budget.text(len(text) + found * max(len(new_text) - len(old_text), 0))
        return do_replace(eval_ctx, s, old, new, count)

    return replace


def _format(budget: Budget) -> Callable[..., Any]:
    def format_(value: Any, *args: Any, **kwargs: Any) -> str:
        budget.format_spec(str(value))
        return do_format(value, *args, **kwargs)

    return format_


def _wordwrap(budget: Budget) -> Callable[..., Any]:
    @pass_environment
    def wordwrap(environment: Any, s: Any, width: int = 79, break_long_words: bool = True,
                 wrapstring: str | None = None, break_on_hyphens: bool = True) -> str:
        text = str(s)
        joint = environment.newline_sequence if wrapstring is None else str(wrapstring)
        budget.text(len(text) * (1 + len(joint)))
        return do_wordwrap(environment, s, width, break_long_words, wrapstring,
                           break_on_hyphens)

    return wordwrap


def _batch(budget: Budget) -> Callable[..., Any]:
    def batch(value: Iterable[Any], linecount: int, fill_with: Any = None) -> Any:
        budget.items(int(linecount))
        return list(do_batch(value, linecount, fill_with))

    return batch


def _slice(budget: Budget) -> Callable[..., Any]:
    def slice_(value: Iterable[Any], slices: int, fill_with: Any = None) -> Any:
        budget.items(int(slices))
        return list(sync_do_slice(list(value), slices, fill_with))

    return slice_


def _sum(budget: Budget) -> Callable[..., Any]:
    @pass_environment
    def sum_(environment: Any, iterable: Iterable[Any], attribute: str | int | None = None,
             start: Any = 0) -> Any:
        items = list(iterable)
        budget.items(len(items))
        if attribute is not None:
            items = list(map(make_attrgetter(environment, attribute), items))
        if isinstance(start, (list, tuple)):
            budget.items(len(start) + sum(len(i) for i in items if isinstance(i, (list, tuple))))
        return sync_do_sum(environment, items, None, start)

    return sum_


_PRECHECKS: dict[str, Callable[[Budget], Callable[..., Any]]] = {
    "center": _center, "indent": _indent, "join": _join, "replace": _replace,
    "format": _format, "wordwrap": _wordwrap, "batch": _batch, "slice": _slice, "sum": _sum,
}


__all__ = ["RenderLimit", "TemplateSandbox"]
