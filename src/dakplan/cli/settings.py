"""The settings of one run: the repository's configuration under the command line.

Each setting is the first of: the command-line option, the environment variable, the
configuration file (``dakplan.config``), the built-in default. Loaded once per run, by the
root command, before any command reads a plan.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dakplan.config import LANG, Config, load, shown
from dakplan.errors import UsageError
from dakplan.i18n import detect_language, set_language, t

_current: tuple[str, Config] | None = None
"""The configuration in force and the folder it was found from."""


def check_lang(value: str | None, origin: str) -> None:
    """A ``UsageError`` when ``value`` (from ``origin``) is not a language dakplan speaks."""
    if value and not LANG.match(value):
        raise UsageError(t("cli.bad_lang", origin=origin, value=value))


def apply(lang: str | None) -> Config:
    """Load the configuration governing the current folder and put the run's language and
    time zone in force."""
    global _current
    check_lang(lang, "--lang")
    check_lang(os.environ.get("DAKPLAN_LANG"), "DAKPLAN_LANG")
    _current = None
    # The language of a message about the configuration itself: the one asked for, if any.
    set_language(detect_language(lang))
    config = load()
    set_language(detect_language(lang, config.lang))
    if config.timezone or "dakplan.query.clock" in sys.modules:
        from dakplan.query.clock import configure

        configure(config.timezone)
    _current = (os.getcwd(), config)
    return config


def current() -> Config:
    """The configuration of this run (loaded now when the root command did not, as when the
    shell asks for completions)."""
    if _current is None or _current[0] != os.getcwd():
        return load()
    return _current[1]


def default_plans() -> list[Path]:
    """The plans folder of the repository, as a person here would type it."""
    return [Path(shown(current().plans_folder))]


def templates_folder() -> Path | None:
    return current().templates


def strict(option: bool | None) -> bool:
    if option is not None:
        return option
    return bool(current().strict)


def ignored(option: list[str] | None) -> set[str]:
    """The codes ``validate`` does not report: ``--ignore`` when given, else the
    configuration's ``ignore``. Codes or names; a code that stops a file being read at all
    cannot be ignored."""
    from dakplan.diagnostics.codes import CATALOGUE

    config = current()
    values = list(option) if option is not None else list(config.ignore)
    origin = "--ignore" if option is not None else (config.where("ignore") if config.file
                                                   else "--ignore")
    by_name = {rule.name: rule.code for rule in CATALOGUE.values()}
    codes = set()
    for value in values:
        code = value.upper() if value.upper() in CATALOGUE else by_name.get(value.lower())
        if code is None:
            raise UsageError(t("cli.unknown_ignore", where=origin, value=value))
        if code < "DK009":
            raise UsageError(t("cli.not_ignorable", where=origin, code=code))
        codes.add(code)
    return codes
