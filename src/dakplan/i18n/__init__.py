"""Messages in English and Vietnamese.

Every sentence the command line shows a person goes through ``t(key, **params)``. The language
is chosen once per run (``--lang``, ``DAKPLAN_LANG``, then the locale) with ``set_language``.
Documents are not translated: they stay in the plan's own language. Beside the catalogues
(``en``, ``vi``): the rules of text itself, Vietnamese (``vn``: NFC, matching, order, dates)
and the characters no output can print (``printable``).
"""

from __future__ import annotations

import os

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


def t(_key: str, /, **params: object) -> str:
    """The message ``_key`` in the current language, formatted with ``params``."""
    template = CATALOGUES[_current].get(_key) or EN[_key]
    return template.format(**params) if params else template
