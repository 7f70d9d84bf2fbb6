"""The dateparser fallback: absolute dates in languages our rules do not cover.

dateparser is imported lazily (it costs ~0.1 s). Only its absolute-time parser
runs, so a duration ("36 horas") never becomes a date, and a result must name a
month (a lone number is not a date). The language is always fixed: left to
itself dateparser reads Arabic news as Persian.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from liveblog.errors import InputError
from liveblog.model import Found, Grain, Span, When, supported
from liveblog.resolve import _when
from liveblog.resolve._partial import Prefer, pick_day

__all__ = ["dateparser_find", "dateparser_resolve"]

# dateparser reads "M5" as May and "36 horas" as 1936: ask for a real word or a written date.
_WORDY = re.compile(r"[^\W\d_]{3,}|\d[/.-]\d{1,2}[/.-]\d")
# A clock has two digits of minutes: "3:1", "2:0" are scores, which dateparser reads as 03:01.
# (A dashed pair stays dateparser's: "el 3-3" is 3 March as often as it is a score.)
_SCORE = re.compile(r"(?<![\d:])\d{1,2}:\d(?![\d:])")
# lead11: a number with a decimal comma ("om 2,5 time", "in 2,5 Stunden") is an amount, which
# dateparser reads as a day and a month (2 May).
_DECIMAL = re.compile(r"(?<![\d,.])\d+,\d+(?![\d,.])")
_PREFER = {"past": "past", "future": "future", "nearest": "current_period"}


@functools.lru_cache(maxsize=32)
def _settings(prefer: Prefer, base: datetime) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": base,  # naive wall time in the reference zone (dateparser issue #1213)
        "PREFER_DATES_FROM": _PREFER[prefer],
        "PARSERS": ["absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }


@functools.lru_cache(maxsize=32)
def _parser(langs: tuple[str, ...], prefer: Prefer, base: datetime) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(langs), settings=_settings(prefer, base))


def _when_of(
    text: str, ref: datetime, prefer: Prefer, langs: tuple[str, ...], *, dated: bool = False
) -> When | None:
    """dateparser's reading of ``text``; ``dated``: our rules read its date, so it need name no month."""
    if _SCORE.search(text) or _DECIMAL.search(text):
        return None
    base = ref.replace(tzinfo=None, microsecond=0)
    try:
        data = _parser(langs, prefer, base).get_date_data(text)
    except (ValueError, OverflowError, KeyError):
        return None
    parts = set(data.parts or ()) if data is not None else set()
    if data is None or data.date_obj is None:
        return None
    if not dated and ("month" not in parts or not parts & {"day", "year"}):
        return None  # a month named alone may be a number read as one ("two hours" → February)
    dt: datetime = data.date_obj
    if data.period == "day" and {"day", "month"} <= parts and "year" not in parts:
        dt = _placed(dt, ref, prefer)  # dateparser leans by its own rule; ours is the one year picker
    if not supported(dt):
        return None  # year 1 or 9999: a day's bounds in some zone fall off the calendar
    try:
        return _built(data, dt, ref)
    except (OverflowError, InputError):  # 9998-12-31 ends in 9999, outside SUPPORTED_YEARS
        return None


def _placed(dt: datetime, ref: datetime, prefer: Prefer) -> datetime:
    """A year-less day dateparser read, in the year our rules would give it (:func:`pick_day`:
    the nearest occurrence when leaning to the past, "le 9 décembre" said on 29 November is the
    coming one), so a page reads the same in every language."""
    today = ref.date()
    cands = []
    for year in range(today.year - 1, today.year + 2):
        try:
            cands.append(dt.date().replace(year=year))
        except ValueError:  # 29 February
            continue
    day = pick_day(cands, today, prefer, None)
    return dt if day is None else dt.replace(year=day.year)


def _built(data: Any, dt: datetime, ref: datetime) -> When:
    """The :class:`When` of dateparser's answer ``data`` (its date ``dt``) in ``ref``'s zone."""
    zone = ref.tzinfo
    assert zone is not None
    if data.period == "year":
        return _when.year(dt.year, zone)
    if data.period == "month":
        return _when.month(dt.year, dt.month, zone)
    if data.period == "week":
        return _when.week(dt.date(), zone)
    if "time" in (data.parts or ()):
        grain = Grain.SECOND if dt.second else Grain.MINUTE
        return _when.hour_or_minute(dt.replace(tzinfo=zone), grain)
    return _when.day(dt.date(), zone)


def dateparser_resolve(
    text: str, ref: datetime, prefer: Prefer, langs: Sequence[str], *, dated: bool = False
) -> When | None:
    """One expression through dateparser, or None (languages known to dateparser only).

    ``dated``: our rules read a date in ``text`` (the caller keeps dateparser's answer only
    inside it), so a reading without a month counts ("samedi 16 à 18h").
    """
    if len(text) > 200 or not _WORDY.search(text):
        return None
    try:
        return _when_of(text.strip(" \t\n,،:؛;.()"), ref, prefer, tuple(langs), dated=dated)
    except ValueError:  # dateparser refuses an unknown language code
        return None


def dateparser_find(text: str, ref: datetime, prefer: Prefer, langs: Sequence[str]) -> list[Found]:
    """Every absolute date dateparser's search finds in ``text``, with spans."""
    from dateparser.search import search_dates

    base = ref.replace(tzinfo=None, microsecond=0)
    try:
        results = search_dates(text, languages=list(langs), settings=_settings(prefer, base)) or []
    except (ValueError, OverflowError, KeyError):
        return []
    found: list[Found] = []
    pos = 0
    for phrase, _dt in results:
        start = text.find(phrase, pos)
        if start < 0:
            continue
        pos = start + len(phrase)
        if not _WORDY.search(phrase):
            continue
        when = _when_of(phrase, ref, prefer, tuple(langs))
        if when is not None:
            found.append(Found(Span(start, pos), phrase, when, "dateparser"))
    return found
