"""Zone words that live pages and news copy put after a clock time.

One table for the segmenter (marker labels such as ``3.27pm BST``) and the
resolver («بتوقيت مكة المكرمة»). Keys are matched case-insensitively after
whitespace is folded; values are IANA zone names, or ``None`` for "the page's
own zone" («بالتوقيت المحلي», "local time").
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from liveblog.errors import ConfigError

__all__ = ["ZONE_WORDS", "fixed_zone", "zone_for_word", "zoneinfo"]

# Fixed-offset abbreviations are fixed on purpose: "BST" on a page means +01:00
# whatever the date, and a page that writes "GMT" in summer means +00:00.
_FIXED: dict[str, int] = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "ist": 60,  # Irish Standard Time on UK/Irish pages
    "wet": 0,
    "west": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ast": 180,  # Arabia Standard Time on Gulf pages
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "aest": 600,
    "aedt": 660,
    "jst": 540,
}

# Words that name a place's clock rather than an offset: the zone's rules apply.
ZONE_WORDS: dict[str, str | None] = {
    "et": "America/New_York",
    "eastern": "America/New_York",
    "pt": "America/Los_Angeles",
    "توقيت غرينتش": "UTC",
    "بتوقيت غرينتش": "UTC",
    "بتوقيت غرينيتش": "UTC",
    "توقيت مكة": "Asia/Riyadh",
    "توقيت مكة المكرمة": "Asia/Riyadh",
    "بتوقيت مكة": "Asia/Riyadh",
    "بتوقيت مكة المكرمة": "Asia/Riyadh",
    "بتوقيت دمشق": "Asia/Damascus",
    "بتوقيت القدس": "Asia/Jerusalem",
    "بتوقيت بيروت": "Asia/Beirut",
    "بتوقيت القاهرة": "Africa/Cairo",
    "بتوقيت بغداد": "Asia/Baghdad",
    "بتوقيت أنقرة": "Europe/Istanbul",
    "بالتوقيت المحلي": None,
    "local time": None,
}


def fixed_zone(word: str) -> tzinfo | None:
    """The fixed offset an abbreviation such as ``BST`` stands for, or ``None``."""
    minutes = _FIXED.get(word.strip().casefold())
    if minutes is None:
        return None
    return timezone(timedelta(minutes=minutes), word.strip().upper())


@lru_cache(maxsize=64)
def zoneinfo(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, cached, with a :class:`ConfigError` naming a bad zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown time zone {name!r}; use an IANA name such as 'Asia/Damascus'") from None


def zone_for_word(word: str, page_zone: tzinfo) -> tzinfo | None:
    """The zone a zone word names (``page_zone`` for "local time"), or ``None`` if unknown."""
    key = " ".join(word.split()).casefold()
    fixed = fixed_zone(key)
    if fixed is not None:
        return fixed
    if key in ZONE_WORDS:
        name = ZONE_WORDS[key]
        return page_zone if name is None else zoneinfo(name)
    return None
