"""The Jinja environment templates run in: sandboxed, bounded, strict, escaping by output kind.

- ``render.sandbox``: a template sees only plain data (``render.plain``), reaches no Python
  internals, calls only what is named there, and stays within the render's ``Budget`` of time
  and size (``render.budget``).
- ``StrictUndefined`` (``sandbox.FieldUndefined``): a missing name is an error, never a
  silent blank.
- Escaping: ``*.html.j2`` templates escape every value for HTML; ``*.md.j2`` templates escape
  Markdown markers in every value (``outputs.escape.markdown``), so plan text stays text in every
  output format. Macros and ``|markdown`` values are template-made and pass unchanged.
"""

from __future__ import annotations

import sys
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from jinja2 import (
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    pass_context,
)
from jinja2.runtime import Context
from markupsafe import Markup

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.outputs import escape
from dakplan.render import filters
from dakplan.render.budget import Budget, RenderLimit
from dakplan.render.compiled import template_cache
from dakplan.render.plain import freeze_all
from dakplan.render.sandbox import TemplateSandbox
from dakplan.render.templates import loader

_MAX_PROBLEM = 300
"""The most characters of a template's error shown (an error can quote a huge value)."""


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    name = context.name or ""
    if name.endswith(".md.j2") and not isinstance(value, Markup):
        # filters.md_escape inlined: one frame less per value, so that a template recursing
        # without end is stopped where it recurses, not inside an escaper
        value = Markup(escape.markdown(str(value)))
    budget = context.environment.budget  # type: ignore[attr-defined]
    budget.write(len(value) if isinstance(value, str) else 0)
    return value


@dataclass
class Templates:
    """An environment for one plan, and the template files it has read."""

    plan_path: Path | None
    budget: Budget = field(default_factory=Budget)
    files: list[str] = field(default_factory=list)
    folder: Path | None = None
    """The repository's templates folder, when its configuration names one."""

    def __post_init__(self) -> None:
        self.env = TemplateSandbox(
            self.budget,
            filters.FILTERS,
            loader=loader(self.plan_path, self.files.append, self.folder),
            autoescape=True,
            finalize=_finalize,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            bytecode_cache=template_cache(),
        )

    def find(self, name: str, fmt: str) -> str | None:
        """The template file name to use for ``name`` in format ``fmt``, or None."""
        candidates = [f"{name}.html.j2"] if fmt == "html" else []
        candidates.append(f"{name}.md.j2")
        for candidate in candidates:
            try:
                self.env.loader.get_source(self.env, candidate)  # type: ignore[union-attr]
            except TemplateNotFound:
                continue
            return candidate
        return None

    def render(self, template: str, context: dict[str, Any], allowance: int = 0) -> str:
        """Render within the budget (``Budget.start`` for ``allowance``); the context is frozen
        to plain data first. Any error of the template becomes a ``UsageError`` naming the file
        and line."""
        values = freeze_all(context)
        self.budget.start(allowance)
        try:
            return self._run(template, values)
        except TemplateSyntaxError as exc:
            where = f"{exc.filename or exc.name or template}:{exc.lineno}"
            raise UsageError(t("render.template_error", where=where,
                               problem=_short(exc.message or ""))) from None
        except TemplateNotFound as exc:
            raise UsageError(t("render.include_missing", name=exc.name)) from None
        except UndefinedError as exc:
            where = _template_line(sys.exc_info()[2], self.files) or template
            problem = str(exc)
            if "'sheet'" in problem:
                problem += f" ({t('render.needs_agency')})"
            raise UsageError(t("render.template_error", where=where,
                               problem=_short(problem))) from None
        except RecursionError:
            where = _template_line(sys.exc_info()[2], self.files) or template
            raise UsageError(t("render.template_error", where=where,
                               problem=t("render.recursion"))) from None
        except MemoryError:
            where = _template_line(sys.exc_info()[2], self.files) or template
            raise UsageError(t("render.template_error", where=where,
                               problem=t("render.memory"))) from None
        except (TemplateError, ValueError, TypeError, ArithmeticError, LookupError,
                AttributeError) as exc:
            where = _template_line(sys.exc_info()[2], self.files) or template
            raise UsageError(t("render.template_error", where=where,
                               problem=_short(str(exc)))) from None

    def _run(self, template: str, values: dict[str, Any]) -> str:
        """The template's output, counted and timed as it is written. A bound crossed is
        raised inside the template, where it stands, so that the error names its line."""
        chunks: list[str] = []
        size = 0
        stream = cast(Generator[str, None, None],
                      self.env.get_template(template).generate(values))
        for chunk in stream:
            size += len(chunk)
            try:
                self.budget.text(size)
                self.budget.tick()
            except RenderLimit as exc:
                stream.throw(exc)
            chunks.append(chunk)
        return "".join(chunks)


def _short(problem: str) -> str:
    return problem if len(problem) <= _MAX_PROBLEM else problem[:_MAX_PROBLEM] + "..."


def _template_line(tb: TracebackType | None, files: list[str]) -> str | None:
    """``file:line`` of the innermost template frame of a traceback (Jinja rewrites template
    frames so that they carry the template's file name and line)."""
    found = None
    known = set(files)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in known:
            found = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found
