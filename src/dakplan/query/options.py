"""What a person typed on the command line -> the values a query takes, or a ``UsageError``
saying what is wrong: dates, numbers of days, statuses, media formats, themes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from dakplan.errors import UsageError
from dakplan.i18n import t
from dakplan.i18n.en import EN
from dakplan.i18n.vi import VI
from dakplan.i18n.vn import match_key, nfc, parse_date
from dakplan.model import MediaFormat
from dakplan.model.base import FIRST_YEAR, LAST_YEAR
from dakplan.model.v2.plan import PRESS_FORMATS
from dakplan.query.names import Cards, Plans, cards
from dakplan.query.status import GROUPS, STATUSES

_DATE_SHAPE = re.compile(r"^\s*\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}\s*$")


FIRST_DAY, LAST_DAY = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 31)
"""Every date typed on the command line lies within the years a plan can cover; then a day
plus any window below stays far from the end of the calendar (9999-12-31)."""

MAX_WINDOW_DAYS = 3660
"""``--due-within``, ``--within``: ten years ahead, twice a five-year plan's period."""

MAX_ALARM_DAYS = 366
"""``--alarm-days``: an alarm more than a year before its day reminds of nothing."""


def parse_option_date(option: str, text: str) -> dt.date:
    """A date typed as 2020-12-15 or 15/12/2020, or a ``UsageError`` saying what is wrong."""
    try:
        day = parse_date(nfc(text))
    except ValueError:
        key = "query.no_such_date" if _DATE_SHAPE.match(text) else "query.bad_date"
        raise UsageError(t(key, option=option, value=text)) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UsageError(t("query.date_range", option=option, value=text,
                           first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()))
    return day


def check_days(option: str, days: int, maximum: int) -> int:
    """``days`` when it is a number of days from 0 to ``maximum``, else a ``UsageError``."""
    if not 0 <= days <= maximum:
        raise UsageError(t("query.bad_days", option=option, value=days, max=maximum))
    return days


def _choice(option: str, text: str, names: dict[str, str], shown: Iterable[str]) -> str:
    found = names.get(match_key(nfc(text)))
    if found is None:
        raise UsageError(t("query.bad_choice", option=option, value=text,
                           choices=", ".join(shown)))
    return found


def parse_status(text: str) -> tuple[str, ...]:
    """The statuses a value names: a status by its code (``in_progress``) or its label in
    English or Vietnamese, or ``done`` (``hoàn thành``) for both kinds of done."""
    names: dict[str, str] = {}
    for status in (*STATUSES, *GROUPS):
        for label in (status, EN[f"status.{status}"], VI[f"status.{status}"]):
            names[match_key(label)] = status
    found = _choice("--status", text, names, (*STATUSES, *GROUPS))
    return GROUPS.get(found, (found,))


def parse_media(text: str, plans: Plans | Cards = ()) -> str:
    """A media format by its code (``bao-hinh``), its label (``báo hình``), an alias the plan
    declares, or a press type's English name: the four press types and the plans' own."""
    names: dict[str, str] = {}
    for fmt in MediaFormat:
        names[match_key(fmt.name)] = fmt.value
    labels = dict(PRESS_FORMATS)
    for card in cards(plans, themes=False):
        labels.update(card.media_labels)
        for alias, code in card.media_aliases:
            names[match_key(alias)] = code
    for code, label in labels.items():
        names[match_key(code)] = names[match_key(label)] = code
    shown = [f"{code} ({label})" for code, label in labels.items()]
    return _choice("--media", text, names, shown)


def parse_theme(plans: Plans | Cards, text: str) -> str:
    """A theme id of any of the plans (cards: made with their themes)."""
    ids = sorted({theme for card in cards(plans) for theme in card.themes or ()})
    return _choice("--theme", text, {match_key(i): i for i in ids}, ids or ["-"])
