"""The one zone table: words that pages and news copy put after a clock time.

Used by the segmenter (marker labels such as ``3.27pm BST``) and the resolver
(its lexicons' ``zone`` rows come from :data:`ABBREVIATIONS`, and place words
such as «بتوقيت مكة المكرمة»). Every abbreviation names an IANA zone whose
rules apply on the day in question: "EST" on a July page is New York's clock
(EDT, −04:00), which is what its writer meant — a marker ``3.00pm EST`` and a
mention "3pm EST" give the same instant. ``GMT``/``UTC``/``Z`` are UTC.

Ambiguous abbreviations list their candidates; :func:`zone_for_word` settles
them by the page's zone (same IANA area first: an Indian page's "IST" is
India, an Irish one's Ireland) and then by the page's language (a Hebrew page's
"IST" is Israel). The table in ``docs/segmenting.md`` mirrors this one.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from liveblog.errors import ConfigError

__all__ = [
    "ABBREVIATIONS",
    "MAX_OFFSET",
    "OFFSET_PATTERN",
    "WORD_ABBREVIATIONS",
    "ZONE_WORDS",
    "Candidate",
    "month_first",
    "offset_after",
    "place_zones",
    "settle",
    "zone_for_word",
    "zoneinfo",
]


@attrs.frozen
class Candidate:
    """One zone an abbreviation may name, and the page languages that choose it outright."""

    zone: str
    langs: tuple[str, ...] = ()
    daylight: bool = False  # a summer-time name (BST, EDT, CEST): its offset even out of season


def _one(zone: str, *, daylight: bool = False) -> tuple[Candidate, ...]:
    return (Candidate(zone, daylight=daylight),)


class _Daylight(tzinfo):
    """A zone's summer-time offset all year: "3.27pm BST" written in November still means +01:00.

    A standard name ("EST") is commonly written all year for the local clock, so
    it follows the zone's rules; a summer-time name is only ever written on
    purpose, so it keeps its offset.
    """

    _HOUR = timedelta(hours=1)

    def __init__(self, zone: ZoneInfo, name: str) -> None:
        self._zone, self._name = zone, name

    def utcoffset(self, dt: datetime | None) -> timedelta:
        offset = self._zone.utcoffset(dt) or timedelta(0)
        return offset if self._zone.dst(dt) else offset + self._HOUR

    def dst(self, dt: datetime | None) -> timedelta:  # noqa: ARG002 (the same all year)
        return self._HOUR

    def tzname(self, dt: datetime | None) -> str:  # noqa: ARG002 (the same all year)
        return self._name

    def __repr__(self) -> str:
        return f"<{self._name}: summer time of {self._zone.key}>"


@lru_cache(maxsize=32)
def _daylight(name: str, abbr: str) -> tzinfo:
    return _Daylight(zoneinfo(name), abbr.upper())


ABBREVIATIONS: dict[str, tuple[Candidate, ...]] = {
    "gmt": _one("UTC"),
    "utc": _one("UTC"),
    "z": _one("UTC"),
    "bst": _one(daylight=True, zone="Europe/London"),
    "wet": _one("Europe/Lisbon"),
    "west": _one(daylight=True, zone="Europe/Lisbon"),
    "cet": _one("Europe/Paris"),
    "cest": _one(daylight=True, zone="Europe/Paris"),
    "eet": (Candidate("Europe/Athens"), Candidate("Africa/Cairo", ("ar",))),
    "eest": (Candidate("Europe/Athens", daylight=True), Candidate("Africa/Cairo", ("ar",), daylight=True)),
    "msk": _one("Europe/Moscow"),
    "trt": _one("Europe/Istanbul"),
    "ist": (
        Candidate("Asia/Kolkata", ("hi", "en")),
        Candidate("Europe/Dublin", ("ga",)),
        Candidate("Asia/Jerusalem", ("he",)),
    ),
    "idt": _one(daylight=True, zone="Asia/Jerusalem"),
    "ast": (Candidate("Asia/Riyadh", ("ar",)), Candidate("America/Halifax")),
    "irst": _one("Asia/Tehran"),
    "pkt": _one("Asia/Karachi"),
    "gst": _one("Asia/Dubai"),
    "est": _one("America/New_York"),
    "edt": _one(daylight=True, zone="America/New_York"),
    "et": _one("America/New_York"),
    "cst": (Candidate("America/Chicago", ("en",)), Candidate("Asia/Shanghai", ("zh",))),
    "cdt": _one(daylight=True, zone="America/Chicago"),
    "ct": _one("America/Chicago"),
    "mst": _one("America/Denver"),
    "mdt": _one(daylight=True, zone="America/Denver"),
    "pst": _one("America/Los_Angeles"),
    "pdt": _one(daylight=True, zone="America/Los_Angeles"),
    "pt": _one("America/Los_Angeles"),
    "jst": _one("Asia/Tokyo"),
    "aest": _one("Australia/Sydney"),
    "aedt": _one(daylight=True, zone="Australia/Sydney"),
    # lead7: the clocks of outlets in South and East Asia, Africa and Oceania
    "wib": _one("Asia/Jakarta"),
    "wita": _one("Asia/Makassar"),
    "wit": _one("Asia/Jayapura"),
    "sgt": _one("Asia/Singapore"),
    "myt": _one("Asia/Kuala_Lumpur"),
    "pht": _one("Asia/Manila"),
    "ict": _one("Asia/Bangkok"),
    "hkt": _one("Asia/Hong_Kong"),
    "kst": _one("Asia/Seoul"),
    "npt": _one("Asia/Kathmandu"),
    "eat": _one("Africa/Nairobi"),
    "cat": _one("Africa/Maputo"),
    "wat": _one("Africa/Lagos"),
    "sast": _one("Africa/Johannesburg"),
    "awst": _one("Australia/Perth"),
    "acst": _one("Australia/Adelaide"),
    "acdt": _one(daylight=True, zone="Australia/Adelaide"),
    "nzst": _one("Pacific/Auckland"),
    "nzdt": _one(daylight=True, zone="Pacific/Auckland"),
    "hst": _one("Pacific/Honolulu"),
    "akst": _one("America/Anchorage"),
    "brt": _one("America/Sao_Paulo"),
}
"""Abbreviation → the zones it may name, most common first (lower-case keys)."""

# Abbreviations that are also words of the languages read ("5pm cat show", "at 5pm west of the city",
# "um 9 ist es", Dutch "wat"): after a clock they name a zone only with a capital ("3pm EAT", "9am ET").
# review7: "sgt" (Sergeant: "at 10:00 Sgt. Smith was shot" was Singapore time)
WORD_ABBREVIATIONS = frozenset(
    {"cat", "eat", "wat", "wit", "et", "pt", "ct", "ist", "est", "wet", "west", "sgt"}
)

# Words that name a place's clock rather than an abbreviation: the zone's rules apply.
ZONE_WORDS: dict[str, str | None] = {
    "eastern": "America/New_York",
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


# lead9: places whose clock a page names as "<place> time" ("9am Kyiv time", "2pm Gaza time") that
# are not a city of the zone database (capitals known by another city's zone, single-zone countries)
PLACE_ALIASES: dict[str, str] = {
    "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata",
    "washington": "America/New_York",
    "abu dhabi": "Asia/Dubai",
    "uae": "Asia/Dubai",
    "doha": "Asia/Qatar",
    "ankara": "Europe/Istanbul",
    "turkey": "Europe/Istanbul",
    "turkish": "Europe/Istanbul",
    "islamabad": "Asia/Karachi",
    "pakistan": "Asia/Karachi",
    "geneva": "Europe/Zurich",
    "sanaa": "Asia/Aden",
    "yemen": "Asia/Aden",
    "israel": "Asia/Jerusalem",
    "israeli": "Asia/Jerusalem",
    "ukraine": "Europe/Kyiv",
    "ukrainian": "Europe/Kyiv",
    "uk": "Europe/London",
    "british": "Europe/London",
    "iran": "Asia/Tehran",
    "iranian": "Asia/Tehran",
    "saudi": "Asia/Riyadh",
    "lebanon": "Asia/Beirut",
    "syria": "Asia/Damascus",
    "egypt": "Africa/Cairo",
    "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul",
    "france": "Europe/Paris",
    "germany": "Europe/Berlin",
}


@lru_cache(maxsize=1)
def place_zones() -> Mapping[str, str]:
    """Every place a page may name a clock by, lower-cased, to its zone: the city of each zone of the
    IANA database ("kyiv", "new york", "gaza": ``zone_cities.json``) and :data:`PLACE_ALIASES`. Read
    once, on first use."""
    # opened directly, as the other data files are (importlib.resources is not a light import)
    with open(os.path.join(os.path.dirname(__file__), "zone_cities.json"), encoding="utf-8") as f:
        doc = json.load(f)
    out: dict[str, str] = {}
    for zone in doc["zones"]:
        out.setdefault(zone.rsplit("/", 1)[1].replace("_", " ").lower(), zone)
    out.update(PLACE_ALIASES)
    return MappingProxyType(out)


MAX_OFFSET = timedelta(hours=14)  # the furthest a civil clock is from UTC (Kiribati, +14:00)
OFFSET_PATTERN = r"\s?(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>[0-5]\d))?(?![\d:.])"
"""The offset written right after a UTC word: ``GMT-5``, ``UTC+5:30``, ``UTC +0530``, «غرينتش -3»."""
_OFFSET = re.compile(OFFSET_PATTERN)
# After the offset, a clock's own words would make the sign a range's dash ("9:00 GMT-10:00 GMT", "GMT-3pm").
_NOT_AFTER = re.compile(r"\s?(?:[ap]\.?m\b|gmt|utc|غرينتش|جرينتش|غرينيتش|ص\b|م\b|صباح|مساء)", re.IGNORECASE)


def offset_after(text: str, pos: int) -> tuple[tzinfo, int] | None:
    """The fixed-offset zone written at ``text[pos:]`` right after a UTC word, and where it ends.

    A UTC word (GMT, UTC, «غرينتش», «جرينتش») with a signed offset is one zone:
    "10:00 GMT+3" is 10:00 at +03:00, and the sign is never a range's dash.
    Offsets beyond ±14 hours or with minutes past 59 name no clock (None).

    >>> z, end = offset_after("10:00 UTC+5:30 today", 9)
    >>> z.utcoffset(None), end
    (datetime.timedelta(seconds=19800), 14)
    >>> offset_after("14:00 GMT-5, the", 9)[0].utcoffset(None) == -timedelta(hours=5)
    True
    >>> offset_after("GMT+15", 3) is None, offset_after("9:00 GMT-10:00 GMT", 8) is None
    (True, True)
    >>> offset_after("10:00 GMT - 5 killed", 9) is None  # a dash with spaces after it is no sign
    True
    """
    m = _OFFSET.match(text, pos)
    if m is None or _NOT_AFTER.match(text, m.end()):
        return None
    offset = timedelta(hours=int(m["oh"]), minutes=int(m["om"] or 0))
    if offset > MAX_OFFSET:
        return None
    if m["sign"] != "+":
        offset = -offset
    return timezone(offset), m.end()


@lru_cache(maxsize=64)
def zoneinfo(name: str) -> ZoneInfo:
    """``ZoneInfo(name)``, cached, with a :class:`ConfigError` naming a bad zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown time zone {name!r}; use an IANA name such as 'Asia/Damascus'") from None


def _area(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return key.split("/", 1)[0] if isinstance(key, str) and "/" in key else ""


def settle(candidates: tuple[Candidate, ...], page_zone: tzinfo, lang: str | None) -> Candidate:
    """The candidate a page means: its own zone, then its zone's area, then its language, then the first.

    >>> from zoneinfo import ZoneInfo
    >>> ist = ABBREVIATIONS["ist"]
    >>> settle(ist, ZoneInfo("Asia/Kolkata"), "en").zone, settle(ist, ZoneInfo("Europe/London"), "en").zone
    ('Asia/Kolkata', 'Europe/Dublin')
    >>> ast = ABBREVIATIONS["ast"]
    >>> settle(ist, ZoneInfo("UTC"), "he").zone, settle(ast, ZoneInfo("America/Toronto"), "en").zone
    ('Asia/Jerusalem', 'America/Halifax')
    """
    if len(candidates) == 1:
        return candidates[0]
    key = getattr(page_zone, "key", None)
    area = _area(page_zone)
    for test in (
        lambda c: c.zone == key,
        lambda c: bool(area) and c.zone.split("/", 1)[0] == area,
        lambda c: lang is not None and lang in c.langs,
    ):
        for c in candidates:
            if test(c):
                return c
    return candidates[0]


def zone_for_word(word: str, page_zone: tzinfo, lang: str | None = None) -> tzinfo | None:
    """The zone a zone word names (``page_zone`` for "local time"), or ``None`` if unknown.

    >>> from zoneinfo import ZoneInfo
    >>> zone_for_word("EST", ZoneInfo("Europe/London")).key
    'America/New_York'
    >>> zone_for_word("(IST)", ZoneInfo("Asia/Kolkata")).key
    'Asia/Kolkata'
    >>> zone_for_word("GMT+3", ZoneInfo("UTC")).utcoffset(None), zone_for_word("EST+3", ZoneInfo("UTC"))
    (datetime.timedelta(seconds=10800), None)
    """
    key = " ".join(word.strip("()[] ").split()).casefold()
    candidates = ABBREVIATIONS.get(key)
    if candidates is not None:
        chosen = settle(candidates, page_zone, lang)
        return _daylight(chosen.zone, key) if chosen.daylight else zoneinfo(chosen.zone)
    if key in ZONE_WORDS:
        name = ZONE_WORDS[key]
        return page_zone if name is None else zoneinfo(name)
    with_offset = _WORD_THEN_OFFSET.fullmatch(key)
    if with_offset is not None:  # "GMT+3", "UTC +05:30", «بتوقيت غرينتش +3»: one fixed-offset zone
        base = zone_for_word(with_offset["word"], page_zone, lang)
        fixed = offset_after(key, with_offset.end("word")) if _is_utc(base) else None
        if fixed is not None and fixed[1] == len(key):
            return fixed[0]
    return None


_WORD_THEN_OFFSET = re.compile(r"(?P<word>.*?[^\W\d_])\s?[+\-−]\d{1,2}(?::?[0-5]\d)?")


def _is_utc(zone: tzinfo | None) -> bool:
    return zone is not None and (zone is UTC or getattr(zone, "key", None) == "UTC")


# Zones of the countries that write a numeric date month first ("4/3/2024" = April 3): the United
# States (and its territories) and the Philippines; China, Japan, South Korea and Taiwan, which
# write the year first and a short date month first ("3/5(火)", cjk8). Elsewhere the day comes first.
_MONTH_FIRST_ZONES = frozenset(
    {
        *("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
        *("America/Phoenix", "America/Anchorage", "America/Juneau", "America/Sitka"),
        *("America/Yakutat", "America/Nome", "America/Adak", "America/Metlakatla", "America/Boise"),
        *("America/Detroit", "America/Menominee", "America/Puerto_Rico", "Pacific/Honolulu"),
        *("Pacific/Guam", "Pacific/Saipan", "Pacific/Pago_Pago", "Asia/Manila"),
        *("Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul", "Asia/Taipei"),
    }
)
# The zones whose month-first habit is their language's, not every page's there: a Spanish page
# read in Tokyo time writes "3/12" day first (lead7, after cjk8).
_MONTH_FIRST_LANGS: dict[str, tuple[str, ...]] = {
    "Asia/Shanghai": ("zh",),
    "Asia/Tokyo": ("ja",),
    "Asia/Seoul": ("ko",),
    "Asia/Taipei": ("zh",),
}
_MONTH_FIRST_AREAS = ("US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/")


def month_first(zone: tzinfo, lang: str | None = None) -> bool:
    """Whether pages in ``zone`` (in language ``lang``, when known) write numeric dates month first
    (a fixed offset names no country: no). In China, Japan, Korea and Taiwan only pages in the
    country's language do.

    >>> month_first(zoneinfo("America/Chicago")), month_first(zoneinfo("Europe/London"))
    (True, False)
    >>> month_first(zoneinfo("Asia/Tokyo"), "ja"), month_first(zoneinfo("Asia/Tokyo"), "es")
    (True, False)
    """
    key = getattr(zone, "key", None)
    if not isinstance(key, str):
        return False
    if lang is not None and key in _MONTH_FIRST_LANGS:
        return lang in _MONTH_FIRST_LANGS[key]
    return key in _MONTH_FIRST_ZONES or key.startswith(_MONTH_FIRST_AREAS)
