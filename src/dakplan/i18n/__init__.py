"""Messages in English and Vietnamese.

Every sentence the command line shows a person goes through ``t(key, **params)``. The language
is chosen once per run (``--lang``, ``DAKPLAN_LANG``, then the locale) with ``set_language``.
Documents are not translated: they stay in the plan's own language.

A count chooses its words by the language's plural rule: ``{files:# file|# files}`` writes
``1 file`` or ``2 files`` (the forms in the order of the language's plural categories, ``#`` the
number; English has two, one and other, Vietnamese one, so its templates need none).

Beside the catalogues (``en``, ``vi``): the rules of text itself, Vietnamese (``vn``: NFC,
matching, order, dates) and the characters no output can print (``printable``).
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable, Mapping
from functools import cache

from dakplan.i18n.en import EN
from dakplan.i18n.vi import VI

LANGUAGES = ("en", "vi")
CATALOGUES: dict[str, dict[str, str]] = {"en": EN, "vi": VI}

_current = "en"


def detect_language(explicit: str | None = None, configured: str | None = None) -> str:
    """``--lang`` first, then ``DAKPLAN_LANG``, then the repository's configuration, then the
    locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, ``LANGUAGE``): Vietnamese when it starts
    with ``vi``, English otherwise."""
    for value in (explicit, os.environ.get("DAKPLAN_LANG"), configured):
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in CATALOGUES else "en"


def language() -> str:
    return _current


PLURAL: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,  # one, other
    "vi": lambda n: 0,  # other: Vietnamese does not inflect for number
}
"""Which of a template's plural forms a count takes, by language (CLDR's plural rules)."""


class _Plurals(string.Formatter):
    """``str.format``, and a spec holding ``|`` picks one of its forms by the count."""

    def __init__(self, lang: str) -> None:
        self.rule = PLURAL[lang]

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" not in format_spec:
            return format(value, format_spec)
        forms = format_spec.split("|")
        try:
            count = abs(int(str(value)))  # a signed difference ("+1") counts too
        except ValueError:
            count = None
        index = len(forms) - 1 if count is None else min(self.rule(count), len(forms) - 1)
        return forms[index].replace("#", str(value))


@cache
def _counted(template: str) -> bool:
    return any(spec and "|" in spec for _, _, spec, _ in string.Formatter().parse(template))


def template(key: str, lang: str | None = None) -> str:
    """The catalogue's text for ``key`` in ``lang`` (default: the current language)."""
    return CATALOGUES[lang or _current].get(key) or EN[key]


def fill(text: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """``text`` with its placeholders filled, counts worded by ``lang``'s plural rule."""
    if not params:
        return text
    if _counted(text):
        return str(_Plurals(lang or _current).vformat(text, (), params))
    return text.format_map(params)


def t(_key: str, /, **params: object) -> str:
    """The message ``_key`` in the current language, formatted with ``params``."""
    return fill(template(_key), params)
