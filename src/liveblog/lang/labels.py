"""Weekday and month names in a page's language, from the CLDR (Babel).

Arabic has two sets of Gregorian month names in everyday use: the
Levantine/Iraqi ones (كانون الثاني، شباط، آذار …) and the transliterated ones
(يناير، فبراير، مارس …); the CLDR has both, by country, and a page whose zone is
in the Levant or Iraq gets the Levantine names. A language the CLDR does not
know falls back to English.

The names of the languages liveblog has tables for are written once from Babel
into ``lang/labels.json`` (``python -m liveblog.lang._generate``), so a label
costs a small JSON read instead of Babel's import and locale data (~45 ms CPU);
any other language asks Babel when it is first labelled.

>>> weekday_name(date(2024, 11, 29), "fr"), month_name(11, "ar", "Asia/Damascus")
('vendredi', 'تشرين الثاني')
"""

from __future__ import annotations

import functools
import json
import os
from datetime import date

__all__ = ["LABEL_LOCALES", "babel_names", "label_language", "month_name", "names", "weekday_name"]

Names = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

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
LABEL_LOCALES = (
    *("ar", "en", "fr", "de", "es", "it", "pt", "ru", "tr", "nl", "pl", "uk", "fa", "ur", "he"),
    *("bg", "ca", "da", "el", "ga", "hr", "hu", "ja", "ka", "ko", "nb", "ro", "sv", "vi", "zh"),
    *sorted(set(_LEVANT.values())),
)
"""Locales whose names are stored in ``lang/labels.json``."""


def _base(lang: str) -> str:
    return lang.replace("-", "_").split("_", maxsplit=1)[0].lower()


def _locale_name(lang: str, tz: str) -> str:
    base = _base(lang)
    return _LEVANT[tz] if base == "ar" and tz in _LEVANT else base


@functools.cache
def _stored() -> dict[str, Names]:
    # Beside this module; read with open(), not importlib.resources (14 ms of `show`'s cold start).
    with open(os.path.join(os.path.dirname(__file__), "labels.json"), encoding="utf-8") as f:
        text = f.read()
    return {
        loc: (tuple(v["days"]), tuple(v["months"]), tuple(v["alone"])) for loc, v in json.loads(text).items()
    }


def babel_names(locale: str) -> Names | None:
    """The names Babel has for ``locale`` ("ar_SY", "fr"), or None when the CLDR does not know it."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return None
    days = get_day_names("wide", "format", loc)
    in_date = get_month_names("wide", "format", loc)
    alone = get_month_names("wide", "stand-alone", loc)
    return (
        tuple(days[i] for i in range(7)),
        tuple(in_date[m] for m in range(1, 13)),
        tuple(alone[m] for m in range(1, 13)),
    )


@functools.cache
def names(lang: str, tz: str = "UTC") -> Names:
    """Weekday names (Monday first), month names inside a date, and month names standing alone."""
    locale = _locale_name(lang, tz)
    stored = _stored()
    if locale in stored:
        return stored[locale]
    return babel_names(locale) or stored["en"]


def label_language(lang: str) -> str:
    """The language whose names label a page in ``lang``: itself, or English when the CLDR lacks it."""
    base = _base(lang)
    return base if base in _stored() or babel_names(base) is not None else "en"


def weekday_name(day: date, lang: str = "en", tz: str = "UTC") -> str:
    """The name of ``day``'s weekday in ``lang`` («الجمعة», "vendredi")."""
    return names(lang, tz)[0][day.weekday()]


def month_name(month: int, lang: str = "en", tz: str = "UTC") -> str:
    """The name of ``month`` (1-12) standing alone in ``lang`` (Levantine Arabic in the Levant)."""
    return names(lang, tz)[2][month - 1]
