"""Build :class:`~liveblog.model.When` values at each grain, in a reference zone.

Calendar units use wall-clock arithmetic in the zone (a DST day lasts 23 or 25
hours); "three hours ago" uses absolute time.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from liveblog.lang.parts import PARTS
from liveblog.model import Grain, When, WhenKind

# The calendar values below are pure functions of a date and a zone, and a page names the same few days
# again and again ("yesterday", «الخميس», a part of today): each is built once. The caches hold dates,
# zones and frozen When values, never text; _CALENDAR entries of each.
_CALENDAR = 1024

__all__ = [
    "at_clock",
    "day",
    "hour_or_minute",
    "local_midnight",
    "month",
    "part",
    "quarter",
    "shift_month",
    "week",
    "year",
]


def local_midnight(d: date, zone: tzinfo) -> datetime:
    """00:00 of ``d`` in ``zone``."""
    return datetime.combine(d, time(0), tzinfo=zone)


def _wall(d: date, minutes: int, zone: tzinfo) -> datetime:
    """``minutes`` of wall-clock time after local midnight of ``d`` (may run into other days)."""
    naive = datetime.combine(d, time(0)) + timedelta(minutes=minutes)
    return _settle(naive.replace(tzinfo=zone))


def _settle(moment: datetime) -> datetime:
    """Move a wall time that falls in a DST gap to a real instant (round trip through UTC)."""
    return moment.astimezone(UTC).astimezone(moment.tzinfo)


@functools.lru_cache(maxsize=_CALENDAR)
def day(d: date, zone: tzinfo) -> When:
    """The whole local day ``d``."""
    return When(_wall(d, 0, zone), _wall(d + timedelta(days=1), 0, zone), Grain.DAY, d.isoformat())


@functools.lru_cache(maxsize=_CALENDAR)
def part(d: date, name: str, zone: tzinfo, *, approximate: bool = False) -> When:
    """Part ``name`` of the day labelled ``d`` (see :data:`PARTS`)."""
    p = PARTS[name]
    return When(
        _wall(d, p.start, zone),
        _wall(d, p.end, zone),
        Grain.PART_OF_DAY,
        f"{d.isoformat()}T{p.timex}",
        approximate,
        name,
    )


@functools.lru_cache(maxsize=_CALENDAR)
def week(d: date, zone: tzinfo, *, approximate: bool = False) -> When:
    """The ISO week (Monday to Monday) that contains ``d``."""
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return When(
        _wall(monday, 0, zone),
        _wall(monday + timedelta(days=7), 0, zone),
        Grain.WEEK,
        f"{iso.year}-W{iso.week:02d}",
        approximate,
    )


def shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    """Year and month ``by`` months after ``y``-``m``."""
    total = y * 12 + (m - 1) + by
    return total // 12, total % 12 + 1


@functools.lru_cache(maxsize=_CALENDAR)
def month(y: int, m: int, zone: tzinfo, *, approximate: bool = False) -> When:
    """The calendar month ``y``-``m``."""
    ny, nm = shift_month(y, m, 1)
    return When(
        _wall(date(y, m, 1), 0, zone),
        _wall(date(ny, nm, 1), 0, zone),
        Grain.MONTH,
        f"{y:04d}-{m:02d}",
        approximate,
    )


@functools.lru_cache(maxsize=_CALENDAR)
def quarter(y: int, n: int, size: int, zone: tzinfo, *, approximate: bool = False) -> When:
    """Quarter (``size`` 3) or half (``size`` 6) ``n`` of year ``y``: TIMEX3 ``1989-Q3``, ``1990-H1``.

    A fiscal year is read as the calendar year (the words rarely say when it starts).
    """
    first = (n - 1) * size + 1
    ny, nm = shift_month(y, first, size)
    grain, letter = (Grain.QUARTER, "Q") if size == 3 else (Grain.HALF, "H")
    return When(
        _wall(date(y, first, 1), 0, zone),
        _wall(date(ny, nm, 1), 0, zone),
        grain,
        f"{y:04d}-{letter}{n}",
        approximate,
    )


@functools.lru_cache(maxsize=_CALENDAR)
def year(y: int, zone: tzinfo, *, approximate: bool = False) -> When:
    """The calendar year ``y``."""
    return When(
        _wall(date(y, 1, 1), 0, zone), _wall(date(y + 1, 1, 1), 0, zone), Grain.YEAR, f"{y:04d}", approximate
    )


def days(first: date, last: date, zone: tzinfo) -> When:
    """The whole days from ``first`` to ``last`` as one range (a weekend: Saturday–Sunday)."""
    return When(
        local_midnight(first, zone),
        day(last, zone).end,
        Grain.DAY,
        f"{first.isoformat()}/{last.isoformat()}",
        kind=WhenKind.RANGE,
    )


def unit_after(unit: str, d: date, k: int, zone: tzinfo) -> When | None:
    """The calendar ``unit`` (day, week, month, quarter, year) ``k`` units after the one holding day
    ``d`` (k < 0: before); None for any other unit."""
    if unit == "day":
        return day(d + timedelta(days=k), zone)
    if unit == "week":
        return week(d + timedelta(days=7 * k), zone)
    if unit in ("month", "quarter"):
        y, m = shift_month(d.year, d.month, 3 * k if unit == "quarter" else k)
        return month(y, m, zone) if unit == "month" else quarter(y, (m - 1) // 3 + 1, 3, zone)
    if unit == "year":
        return year(d.year + k, zone)
    return None


# en9: leaning ahead, a clock less than this before the reference is still the one meant ("4:23am"
# said at 04:30 is seven minutes ago, not tomorrow): liveblog.resolve._rules_clock, ._partial
JUST_GONE = timedelta(hours=1)


def hour_or_minute(moment: datetime, grain: Grain, *, approximate: bool = False) -> When:
    """One hour, minute or second from ``moment`` (an hour keeps its minutes: 18:37-19:37)."""
    if grain is Grain.HOUR:
        start = moment.replace(second=0, microsecond=0)
        return When(
            start,
            _abs_add(start, timedelta(hours=1)),
            grain,
            f"{start.year:04d}" + start.strftime("-%m-%dT%H"),
            approximate,
        )
    if grain is Grain.SECOND:
        start = moment.replace(microsecond=0)
        return When(
            start,
            _abs_add(start, timedelta(seconds=1)),
            grain,
            f"{start.year:04d}" + start.strftime("-%m-%dT%H:%M:%S"),
            approximate,
        )
    start = moment.replace(second=0, microsecond=0)
    return When(
        start,
        _abs_add(start, timedelta(minutes=1)),
        Grain.MINUTE,
        f"{start.year:04d}" + start.strftime("-%m-%dT%H:%M"),
        approximate,
    )


def _abs_add(moment: datetime, delta: timedelta) -> datetime:
    return (moment.astimezone(UTC) + delta).astimezone(moment.tzinfo)


def at_clock(
    d: date, hour: int, minute: int, second: int | None, *, clock_zone: tzinfo, ref_zone: tzinfo
) -> When:
    """The minute (or second) ``hour:minute`` of day ``d`` in ``clock_zone``, expressed in ``ref_zone``."""
    moment = _settle(datetime.combine(d, time(hour, minute, second or 0), tzinfo=clock_zone)).astimezone(
        ref_zone
    )
    return hour_or_minute(moment, Grain.MINUTE if second is None else Grain.SECOND)
