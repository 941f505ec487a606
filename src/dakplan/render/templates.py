"""Where templates come from: the plan repository's ``templates/`` first, then the defaults
shipped inside the package. A template name never reaches outside those folders."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import BaseLoader, Environment, FileSystemLoader, TemplateNotFound


def _defaults() -> Path:
    spec = importlib.util.find_spec("dakplan.templates")  # the top-level templates/ folder
    if spec is None or spec.origin is None:
        raise ImportError("dakplan.templates is not installed; reinstall dakplan")
    return Path(spec.origin).resolve().parent


DEFAULTS = _defaults()
"""The default templates: the top-level ``templates/`` folder, installed as a package."""

OVERRIDES = "templates"
"""The folder of a plan repository whose templates replace the defaults of the same name."""

SUFFIXES = {"md": ".md.j2", "html": ".html.j2"}
"""A template ``NAME`` is the file ``NAME.md.j2`` (every format) or ``NAME.html.j2`` (HTML)."""

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
"""A template name as typed on the command line: no folders, no dots, no leading ``_``."""


def repository_root(plan_path: Path) -> Path:
    """The plan repository: the git work tree holding the plan, or, outside git, the folder
    above ``plans/`` (or the plan's own folder when it is not in a ``plans/`` folder)."""
    folder = plan_path.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder.parent if folder.name == "plans" else folder


def search_path(plan_path: Path | None, folder: Path | None = None) -> list[Path]:
    """The template folders in the order they are searched: ``folder`` (the one the
    repository's configuration names) or the plan repository's ``templates/``, then the
    defaults."""
    folders = []
    if plan_path is not None or folder is not None:
        local = folder or repository_root(plan_path or Path.cwd() / "-") / OVERRIDES
        if local.is_dir() and local.resolve() != DEFAULTS:
            folders.append(local)
    folders.append(DEFAULTS)
    return folders


class ConfinedLoader(FileSystemLoader):
    """A ``FileSystemLoader`` that refuses a file whose real path (after symbolic links) is
    outside its folder, and remembers every file it handed out (output must not replace one)."""

    def __init__(self, folders: list[Path], record: Callable[[str], None]) -> None:
        super().__init__([str(f) for f in folders], encoding="utf-8", followlinks=False)
        self._roots = [f.resolve() for f in folders]
        self._record = record

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(root) for root in self._roots):
            raise TemplateNotFound(template)
        self._record(filename)
        return source, filename, uptodate


@dataclass(frozen=True)
class TemplateInfo:
    """One template available to ``dakplan render``."""

    name: str
    formats: tuple[str, ...]
    """``md`` when a Markdown template exists (it serves md, html and docx); ``html`` when an
    HTML-only template exists."""
    source: Path
    """The file that will be used: an override in the repository, or a shipped default."""
    overridden: bool


def available(plan_path: Path | None, folder: Path | None = None) -> list[TemplateInfo]:
    """Every template name found, sorted by name; partials (``_name``) are not listed."""
    folders = search_path(plan_path, folder)
    found: dict[str, dict[str, Path]] = {}
    for folder in reversed(folders):  # later folders are overridden by earlier ones
        for entry in sorted(os.listdir(folder)):
            for fmt, suffix in SUFFIXES.items():
                name = entry[: -len(suffix)]
                if entry.endswith(suffix) and NAME.match(name) and (folder / entry).is_file():
                    found.setdefault(name, {})[fmt] = folder / entry
    out = []
    for name in sorted(found):
        files = found[name]
        main = files.get("md") or files["html"]
        out.append(TemplateInfo(name, tuple(sorted(files)), main,
                                not all(_is_default(path) for path in files.values())))
    return out


def _is_default(path: Path) -> bool:
    """A shipped default, or a byte-identical copy of one: dakplan's own checkout, installed
    without ``-e``, finds its ``templates/`` folder as a repository's, and that overrides
    nothing."""
    if path.resolve().parent == DEFAULTS:
        return True
    default = DEFAULTS / path.name
    return default.is_file() and default.read_bytes() == path.read_bytes()


def loader(plan_path: Path | None, record: Callable[[str], None],
           folder: Path | None = None) -> BaseLoader:
    return ConfinedLoader(search_path(plan_path, folder), record)
