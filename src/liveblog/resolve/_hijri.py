"""The Hijri (Umm al-Qura) calendar for the resolver, through the ``hijridate`` library.

Every function answers None outside the library's range (1343-1500 AH,
1924-08-01 to 2077-11-16): a date there is no date, not an error.

>>> to_gregorian(1445, 9, 1)
datetime.date(2024, 3, 11)
>>> month_days(1445, 9)
(datetime.date(2024, 3, 11), datetime.date(2024, 4, 10))
>>> of(date(2024, 11, 29))
(1446, 5, 27)
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from hijridate import Gregorian, Hijri

from liveblog.model import Grain, When
from liveblog.resolve import _when

__all__ = ["month", "month_days", "of", "to_gregorian", "year", "years_in"]


def to_gregorian(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of Hijri ``d``-``m``-``y``, or None when it does not exist or is out of range."""
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return date(g.year, g.month, g.day)


def month_days(y: int, m: int) -> tuple[date, date] | None:
    """First day of Hijri month ``m`` of ``y`` and the first day after it (exclusive end)."""
    first = to_gregorian(y, m, 1)
    if first is None:
        return None
    return first, first + timedelta(days=Hijri(y, m, 1).month_length())


def of(d: date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of Gregorian ``d``, or None out of range."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError:
        return None
    return h.year, h.month, h.day


def years_in(year: int) -> range:
    """The Hijri years that overlap Gregorian ``year`` (empty out of range): 2024 → 1445, 1446."""
    first, last = of(date(year, 1, 1)), of(date(year, 12, 31))
    if first is None or last is None:
        return range(0)
    return range(first[0], last[0] + 1)


def month(y: int, m: int, zone: tzinfo) -> When | None:
    """Hijri month ``m`` of ``y`` as a month-grain ``When`` from its first to its last day.

    The timex is the ISO 8601 interval of its Gregorian days (TIMEX3 has no
    Hijri months): Ramadan 1445 is ``2024-03-11/2024-04-09``.
    """
    days = month_days(y, m)
    if days is None:
        return None
    first, after = days
    whole = _when.day(first, zone)
    last = after - timedelta(days=1)
    end = _when.day(last, zone).end
    return When(whole.start, end, Grain.MONTH, f"{first.isoformat()}/{last.isoformat()}")


def year(y: int, zone: tzinfo) -> When | None:
    """Hijri year ``y`` as a year-grain ``When`` from 1 Muharram to the last day of Dhu al-Hijja
    (ar6); the timex is the interval of its Gregorian days, as for a month: 1441 is
    ``2019-08-31/2020-08-19``."""
    first, last = month_days(y, 1), month_days(y, 12)
    if first is None or last is None:
        return None
    end = last[1] - timedelta(days=1)
    start, timex = _when.day(first[0], zone).start, f"{first[0].isoformat()}/{end.isoformat()}"
    return When(start, _when.day(end, zone).end, Grain.YEAR, timex)
