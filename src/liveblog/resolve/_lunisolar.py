"""The Hebrew and Chinese calendars' days for the holiday table (liveblog.lang.holidays).

- **Hebrew**: the fixed arithmetic calendar, through ``convertdate.hebrew`` (months numbered
  from Nisan = 1; Tishri = 7, Kislev = 9, Shevat = 11, Adar = 12, Adar II = 13 in a leap year).
- **Chinese**: the first day of the first month (the Lunar New Year), in China's time
  (UTC+8), by Dershowitz and Reingold's rule (:func:`chinese_new_year`). New moons, the
  solstice and the sun's longitude come from ``pymeeus`` (Meeus's algorithms, Dynamical
  Time, converted to UT with a fixed 69 s: an error of seconds, which moves a day only when
  a new moon falls within seconds of midnight).

Both libraries are imported on first use: a text without such a holiday never loads them.
"""

from __future__ import annotations

import functools
import warnings
from datetime import date, datetime, timedelta
from typing import Any

__all__ = ["ADAR", "ADAR_II", "chinese_new_year", "hebrew_to_gregorian", "hebrew_year_of", "solar_term_day"]

ADAR, ADAR_II = 12, 13
_TT_MINUS_UT = timedelta(seconds=69)  # ΔT around 2000-2030; seconds elsewhere in 1900-2100
_CHINA = timedelta(hours=8)
_YEARS = range(1900, 2101)


def hebrew_to_gregorian(hyear: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``day`` ``month`` ``hyear``; Adar is Adar II in a leap year (Purim)."""
    from convertdate import hebrew

    if month == ADAR and hebrew.leap(hyear):
        month = ADAR_II
    if not 1 <= day <= hebrew.month_length(hyear, month):
        return None
    with warnings.catch_warnings():  # convertdate 2.4-2.5 call their own deprecated month_days
        warnings.simplefilter("ignore", DeprecationWarning)
        y, m, d = hebrew.to_gregorian(hyear, month, day)
    return date(y, m, d)


def hebrew_year_of(year: int, month: int) -> int:
    """The Hebrew year whose ``month`` falls (or begins) in Gregorian ``year``: Tishri to Kislev in
    the autumn begin the year after the spring months' (5779 began in September 2018)."""
    return year + (3761 if 7 <= month <= 9 else 3760)


def _day_in_china(epoch: Any) -> date:
    y, m, d, h, mi, sec = epoch.get_full_date()
    return (datetime(y, m, d, h, mi, int(sec)) - _TT_MINUS_UT + _CHINA).date()


def _epoch(day: date) -> Any:
    """The start of ``day`` in China (UTC+8) as a pymeeus epoch."""
    from pymeeus.Epoch import Epoch

    moment = datetime(day.year, day.month, day.day) - _CHINA + _TT_MINUS_UT
    return Epoch(moment.year, moment.month, moment.day + (moment.hour * 3600 + moment.second) / 86400)


def _new_moons(first: date, last: date) -> list[date]:
    """The days (China) of the new moons from ``first`` to ``last``, in order."""
    from pymeeus.Moon import Moon

    found: set[date] = set()
    probe = first - timedelta(days=15)
    while probe <= last + timedelta(days=15):
        found.add(_day_in_china(Moon.moon_phase(_epoch(probe), "new")))
        probe += timedelta(days=27)
    return sorted(d for d in found if first <= d <= last)


def _major_term(day: date) -> int:
    """Which twelfth of the ecliptic the sun is in at the start of ``day`` (China): a month whose
    days all share it holds no major solar term."""
    from pymeeus.Sun import Sun

    return int(Sun.apparent_geocentric_position(_epoch(day))[0]() // 30)


@functools.lru_cache(maxsize=64)
def chinese_new_year(year: int) -> date | None:
    """The Lunar New Year's day of Gregorian ``year`` (1900-2100), None outside those years.

    Month 11 holds the December solstice; the new year begins two months after it, three when
    the year from one month 11 to the next has 13 months and month 12 or the leap month after
    11 or 12 has no major solar term (Dershowitz and Reingold's rule: 2033's leap eleventh month
    puts the 2034 new year on 19 February)."""
    if year not in _YEARS:
        return None
    from pymeeus.Sun import Sun

    s1 = _day_in_china(Sun.get_equinox_solstice(year - 1, "winter"))
    s2 = _day_in_china(Sun.get_equinox_solstice(year, "winter"))
    moons = _new_moons(s1 - timedelta(days=31), s2 + timedelta(days=31))
    after = [d for d in moons if d > s1]
    m12, m13, m14 = after[0], after[1], after[2]
    next_m11 = max(d for d in moons if d <= s2)
    leap = round((next_m11 - m12).days / 29.530588) == 12

    def no_major_term(start: date) -> bool:
        nxt = min(d for d in moons if d > start)
        return _major_term(start) == _major_term(nxt)

    return m14 if leap and (no_major_term(m12) or no_major_term(m13)) else m13


_TROPICAL_YEAR = 365.2422


@functools.lru_cache(maxsize=64)
def solar_term_day(year: int, longitude: int) -> date | None:
    """The day (China, UTC+8) in Gregorian ``year`` on which the sun reaches the apparent ecliptic
    ``longitude`` (h11): a solar term, Qingming at 15° (4 or 5 April), the winter solstice at 270°.
    None outside 1900-2100."""
    if year not in _YEARS:
        return None
    from pymeeus.Epoch import Epoch
    from pymeeus.Sun import Sun

    def past(moment: datetime) -> float:  # degrees the sun is past the longitude, -180..180
        jde = Epoch(moment.year, moment.month, moment.day + (moment.hour * 3600 + moment.minute * 60) / 86400)
        return (float(Sun.apparent_geocentric_position(jde)[0]()) - longitude + 180) % 360 - 180

    # near the March equinox (0°) plus the days the sun takes to the longitude, a day either way
    guess = datetime(year, 3, 20) + timedelta(days=_TROPICAL_YEAR * (longitude % 360) / 360)
    lo, hi = guess - timedelta(days=4), guess + timedelta(days=4)
    for _ in range(24):  # bisection to within a minute
        mid = lo + (hi - lo) / 2
        if past(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (hi - _TT_MINUS_UT + _CHINA).date()
