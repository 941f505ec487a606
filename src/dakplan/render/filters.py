"""The filters templates may use: Vietnamese dates, numbers, money, sorting, Markdown escaping.

All of them are registered in one place, ``FILTERS``; the environment takes them from there.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import Environment, pass_environment
from jinja2.filters import make_attrgetter
from markupsafe import Markup

from dakplan.i18n import vn
from dakplan.model import MEDIA_LABELS, MediaFormat
from dakplan.outputs import escape

_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def vn_date(value: Any) -> str:
    """``ngày 05 tháng 01 năm 2020``; a ``YYYY-MM`` month gives ``ngày  tháng 3 năm 2020``.

    ``None`` (a date not yet known) gives the blank form ``ngày  tháng  năm``.
    """
    if isinstance(value, dt.date):
        return vn.format_date(value)
    if value is None:
        return "ngày  tháng  năm"
    match = _YEAR_MONTH.match(str(value))
    if match is None:
        raise ValueError(f"vn_date: '{_shown(value)}' is neither a date nor a YYYY-MM month")
    return vn.format_month(int(match.group(1)), int(match.group(2)))


def _shown(value: Any) -> str:
    """A value as a message quotes it: short, whatever its size."""
    text = str(value) if isinstance(value, (str, int, float)) else type(value).__name__
    return text if len(text) <= 40 else text[:40] + "..."


def short_date(value: dt.date) -> str:
    """``15/12/2020``, as running text writes dates."""
    if not isinstance(value, dt.date):
        raise TypeError(f"short_date: {_shown(value)} is not a date")
    return vn.format_short_date(value)


def number(value: int) -> str:
    """``1.234.567``."""
    return vn.format_number(int(value))


def money(value: int) -> str:
    """``1.234.567 đồng``."""
    return vn.format_money(int(value))


@pass_environment
def vn_sort(
    environment: Environment, values: Iterable[Any], attribute: str | None = None,
    reverse: bool = False,
) -> list[Any]:
    """Sort in Vietnamese dictionary order, by the item or by one of its attributes (read as
    the template would read it, so the sandbox decides what may be read)."""
    field = make_attrgetter(environment, attribute) if attribute else None

    def key(item: Any) -> tuple[Any, ...]:
        return vn.sort_key(str(field(item) if field else item))

    return sorted(values, key=key, reverse=reverse)


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


ROMAN_MAX = 3999
"""The largest number roman numerals write (MMMCMXCIX) without a bar over a letter."""


def roman(value: int) -> str:
    """``4`` -> ``IV``: section numbers of the decree's layout, 1 to 3999."""
    n = int(value)
    if not 1 <= n <= ROMAN_MAX:
        shown = n if abs(n) < 10**15 else "a number this large"
        raise ValueError(f"roman: {shown} has no roman numeral (1 to {ROMAN_MAX})")
    out = []
    for size, letters in _ROMAN:
        count, n = divmod(n, size)
        out.append(letters * count)
    return "".join(out)


def media_label(value: Any) -> str:
    """``bao-hinh`` -> ``Báo hình``: the label of a media format code."""
    return MEDIA_LABELS[MediaFormat(str(value))]


def lower_first(value: str) -> str:
    """``Hợp tác ...`` -> ``hợp tác ...``, to run a subject line on inside a sentence."""
    text = str(value)
    return text[:1].lower() + text[1:]


def md_escape(value: Any) -> str:
    """Plan text made safe to place in the Markdown a template writes (``outputs.escape``:
    shown as it is, opening no block, emphasis, link or HTML). ``Markup`` values are
    template-made Markdown and pass unchanged."""
    if isinstance(value, Markup):
        return str(value)
    return escape.markdown(str(value))


def markdown(value: Any) -> Markup:
    """Mark text as Markdown written on purpose, so it is not escaped."""
    return Markup(str(value))


# The kinds of body whose name the header prints on a line of its own, with the place under it
# ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK"): national vocabulary, not any one province's.
_BODY_KINDS = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHẤP HÀNH ĐẢNG BỘ")


def header_lines(value: Any) -> list[str]:
    """An issuing body's name as the header prints it: the lines the plan gives (a line break in
    the name), or else the kind of body on one line and the place under it."""
    text = str(value)
    if "\n" in text:
        return [line.strip() for line in text.splitlines() if line.strip()]
    for kind in _BODY_KINDS:
        rest = text[len(kind):].strip()
        if text.startswith(kind) and rest:
            return [kind, rest]
    return [text]


def bold_lines(lines: Any) -> Markup:
    """Lines in bold, one under the other (Markdown line breaks), each escaped."""
    return Markup("\\\n".join(f"**{md_escape(line)}**" for line in lines))


FILTERS: dict[str, Callable[..., Any]] = {
    "header_lines": header_lines,
    "bold_lines": bold_lines,
    "vn_date": vn_date,
    "short_date": short_date,
    "number": number,
    "money": money,
    "vn_sort": vn_sort,
    "roman": roman,
    "lower_first": lower_first,
    "media_label": media_label,
    "markdown": markdown,
}
"""Every filter a template can use, by name."""
