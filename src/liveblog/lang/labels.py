"""Weekday and month names in a page's language, from the CLDR (Babel).

Arabic has two sets of Gregorian month names in everyday use: the
Levantine/Iraqi ones (كانون الثاني، شباط، آذار …) and the transliterated ones
(يناير، فبراير، مارس …); the CLDR has both, by country, and a page whose zone is
in the Levant or Iraq gets the Levantine names. A language the CLDR does not
know falls back to English.

>>> weekday_name(date(2024, 11, 29), "fr"), month_name(11, "ar", "Asia/Damascus")
('vendredi', 'تشرين الثاني')
"""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["locale_of", "month_name", "names", "weekday_name"]

# Zones whose Arabic press writes the Syriac-derived month names, and the CLDR locale that has them.
_LEVANT = {
    "Asia/Damascus": "ar_SY",
    "Asia/Beirut": "ar_LB",
    "Asia/Amman": "ar_JO",
    "Asia/Baghdad": "ar_IQ",
    "Asia/Jerusalem": "ar_PS",
    "Asia/Tel_Aviv": "ar_PS",
    "Asia/Gaza": "ar_PS",
    "Asia/Hebron": "ar_PS",
}


@functools.cache
def locale_of(lang: str, tz: str = "UTC") -> Locale:
    """The CLDR locale for a page in ``lang`` in zone ``tz`` (English when the CLDR lacks it)."""
    from babel import Locale, UnknownLocaleError  # imported when a label is first asked for (~30 ms)

    base = lang.replace("-", "_").split("_", maxsplit=1)[0].lower()
    if base == "ar" and tz in _LEVANT:
        return Locale.parse(_LEVANT[tz])
    try:
        return Locale.parse(base)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@functools.cache
def names(lang: str, tz: str = "UTC") -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Weekday names (Monday first), month names inside a date, and month names standing alone."""
    from babel.dates import get_day_names, get_month_names

    loc = locale_of(lang, tz)
    days = get_day_names("wide", "format", loc)
    in_date = get_month_names("wide", "format", loc)
    alone = get_month_names("wide", "stand-alone", loc)
    return (
        tuple(days[i] for i in range(7)),
        tuple(in_date[m] for m in range(1, 13)),
        tuple(alone[m] for m in range(1, 13)),
    )


def weekday_name(day: date, lang: str = "en", tz: str = "UTC") -> str:
    """The name of ``day``'s weekday in ``lang`` («الجمعة», "vendredi")."""
    return names(lang, tz)[0][day.weekday()]


def month_name(month: int, lang: str = "en", tz: str = "UTC") -> str:
    """The name of ``month`` (1-12) standing alone in ``lang`` (Levantine Arabic in the Levant)."""
    return names(lang, tz)[2][month - 1]
