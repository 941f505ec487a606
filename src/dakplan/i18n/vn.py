"""Vietnamese text: normal form, folding for matching, collation, dates and money.

Everything here is pure and small; the rest of dakplan calls these helpers instead of
re-implementing Vietnamese rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

__all__ = [
    "nfc",
    "fold",
    "sort_key",
    "parse_date",
    "format_date",
    "format_month",
    "format_number",
    "format_money",
    "format_short_date",
    "match_key",
]


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (what Vietnamese keyboards on Windows produce)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold ``text`` for matching: no case, no diacritics, no punctuation, single spaces.

    ``"Sở TT&TT"``, ``"so tt tt"`` and ``"SỞ TT-TT"`` all fold to ``"so tt tt"``.
    ``đ`` has no decomposition in Unicode, so it is mapped to ``d`` by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("đ", "d")
    return " ".join(_PUNCT.sub(" ", stripped).split())


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
# Tones are secondary: a word is first ordered by its letters, then by tone
# (none, huyền, hỏi, ngã, sắc, nặng - the order of Vietnamese dictionaries).
_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {c: i for i, c in enumerate(_LETTERS)}
_BASE_MARKS = {"\u0306": "ă", "\u0302": "^", "\u031b": "ư"}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_and_tone(ch: str) -> tuple[int, int]:
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    tone = 0
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == "\u0306":  # breve
            base = "ă"
        elif mark == "\u0302":  # circumflex
            base = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        elif mark == "\u031b":  # horn
            base = {"o": "ơ", "u": "ư"}.get(base, base)
    if base in _LETTER_RANK:
        return 100 + _LETTER_RANK[base], tone
    if base.isdigit():
        return ord(base) - ord("0"), tone
    return 200 + ord(base), tone


@lru_cache(maxsize=8192)
def sort_key(text: str) -> tuple[str, str, str]:
    """A key that sorts Vietnamese text in dictionary order (a ă â b c d đ e ê ...).

    Case and punctuation are ignored first, tones break ties, and the NFC text breaks
    any tie left so that sorting is total and deterministic. The first two parts are strings
    of code points (a letter's rank, then its tone), compared as sequences of numbers are.
    """
    text = nfc(text)
    folded = text.casefold()
    # Each character becomes one code point of its letter rank (a boundary mark for
    # punctuation and spaces) and one of its tone, through tables filled as characters are met:
    # str.translate walks the text in C, which matters for a list of thousands of long tasks.
    ranks = folded.translate(_RANKS)
    if _MARK in ranks:
        # A run of separators is one word boundary (0), not counted at the start nor after a
        # letter whose rank is 0 (the digit 0), exactly as the letters are walked one by one.
        ranks = _SEPARATORS.sub("\x00", _DROPPED_SEPARATORS.sub("", ranks))
    return ranks, folded.translate(_TONE_CODES), text


_MARK = "\U0010ffff"  # above every rank (200 + a letter's code point): stands for "separator"
_SEPARATORS = re.compile(_MARK + "+")
_DROPPED_SEPARATORS = re.compile("(?:^|(?<=\x00))" + _MARK + "+")


class _Table(dict[int, str | None]):
    """A str.translate table computed per character on first use."""

    def __init__(self, rank: bool) -> None:
        super().__init__()
        self.rank = rank

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if not ch.isalnum():
            value = _MARK if self.rank else None  # separators have no tone
        else:
            letter, tone = _letter_and_tone(ch)
            value = chr(letter if self.rank else tone)
        self[code] = value
        return value


_RANKS = _Table(rank=True)
_TONE_CODES = _Table(rank=False)


_VN_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> dt.date:
    """Parse ``2020-12-15`` (ISO) or ``15/12/2020`` (Vietnamese day/month/year).

    Raises ``ValueError`` with a readable message for anything else, including dates that
    do not exist such as ``30/02/2020``.
    """
    m = _ISO_DATE.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _VN_DATE.match(text)
        if not m:
            raise ValueError(f"'{text}' is not a date (write 2020-12-15 or 15/12/2020)")
        day, month, year = (int(g) for g in m.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a date that exists") from None


def _month(month: int) -> str:
    # Decree 30/2020: a leading zero for months 1 and 2 only ("tháng 01", "tháng 3").
    return f"{month:02d}" if month < 3 else str(month)


def format_date(value: dt.date) -> str:
    """``ngày 05 tháng 01 năm 2020``, as the decree writes dates."""
    return f"ngày {value.day:02d} tháng {_month(value.month)} năm {value.year}"


def format_month(year: int, month: int) -> str:
    """A date known only to the month, as printed before signing: ``ngày  tháng 3 năm 2020``."""
    return f"ngày  tháng {_month(month)} năm {year}"


def format_short_date(value: dt.date) -> str:
    """``15/12/2020``, the form used in running text."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_number(value: int) -> str:
    """``1.234.567``: Vietnamese groups thousands with dots."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_money(value: int) -> str:
    """``1.234.567 đồng``."""
    return f"{format_number(value)} đồng"


def match_key(text: str) -> str:
    """The key under which names are compared: folded and without spaces.

    ``"Sở TT&TT"``, ``"so tttt"`` and ``"SỞ TT-TT"`` share the key ``"sotttt"``.
    """
    return fold(text).replace(" ", "")
