"""Today, where the plans are carried out: the date in Asia/Ho_Chi_Minh, whatever zone the
machine's clock is set to, or in the zone the ``DAKPLAN_TIMEZONE`` environment variable names.

A server or a CI runner keeps UTC: from 00:00 to 07:00 in Vietnam its own date is still
yesterday, and "overdue as of today" would be a day late. Zones come from ``zoneinfo``, which
reads the system's time-zone database, or the ``tzdata`` package (a dependency) where the system
has none (Windows, slim containers).
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dakplan.errors import UsageError
from dakplan.i18n import t

DEFAULT_ZONE = "Asia/Ho_Chi_Minh"
ZONE_VARIABLE = "DAKPLAN_TIMEZONE"

_configured: str | None = None


def configure(name: str | None) -> None:
    """The zone the repository's configuration names: below ``DAKPLAN_TIMEZONE``, above the
    default."""
    global _configured
    _configured = name


def now() -> dt.datetime:
    """The current instant (tests replace this)."""
    return dt.datetime.now(dt.UTC)


def zone() -> ZoneInfo:
    """The zone whose date is "today": ``DAKPLAN_TIMEZONE`` when set, else the configured one,
    else Vietnam's."""
    name = os.environ.get(ZONE_VARIABLE, "").strip() or _configured or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UsageError(t("clock.bad_zone", variable=ZONE_VARIABLE, name=name)) from None


def today() -> dt.date:
    """Today's date in ``zone()``."""
    return now().astimezone(zone()).date()
