"""The Jinja environment templates run in: sandboxed, strict, escaping by output kind.

- ``ImmutableSandboxedEnvironment``: a template cannot reach Python internals
  (``''.__class__``, ``str.format`` tricks) nor change the lists and mappings it is given.
- ``StrictUndefined``: a missing name is an error, never a silent blank.
- Escaping: ``*.html.j2`` templates escape every value for HTML; ``*.md.j2`` templates escape
  Markdown markers in every value (``filters.md_escape``), so plan text stays text in every
  output format. Macros and ``|markdown`` values are template-made and pass unchanged.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    pass_context,
)
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.render import filters
from dakplan.render.templates import loader


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    name = context.name or ""
    if name.endswith(".md.j2"):
        return Markup(filters.md_escape(value))
    return value


@dataclass
class Templates:
    """An environment for one plan, and the template files it has read."""

    plan_path: Path | None
    files: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.env = ImmutableSandboxedEnvironment(
            loader=loader(self.plan_path, self.files.append),
            undefined=StrictUndefined,
            autoescape=True,
            finalize=_finalize,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.filters.update(filters.FILTERS)

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

    def render(self, template: str, context: dict[str, Any]) -> str:
        """Render; any template error becomes a ``UsageError`` naming the file and line."""
        try:
            return str(self.env.get_template(template).render(context))
        except TemplateSyntaxError as exc:
            where = f"{exc.filename or exc.name or template}:{exc.lineno}"
            raise UsageError(t("render.template_error", where=where, problem=exc.message)) from None
        except TemplateNotFound as exc:
            raise UsageError(t("render.include_missing", name=exc.name)) from None
        except UndefinedError as exc:
            where = _template_line(sys.exc_info()[2], self.files) or template
            problem = str(exc)
            if "'sheet'" in problem:
                problem += f" ({t('render.needs_agency')})"
            raise UsageError(t("render.template_error", where=where, problem=problem)) from None
        except (TemplateError, ValueError, TypeError, ArithmeticError, LookupError) as exc:
            where = _template_line(sys.exc_info()[2], self.files) or template
            raise UsageError(t("render.template_error", where=where, problem=exc)) from None


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
