"""The Hebrew and Chinese calendars' days for the holiday table (liveblog.lang.holidays).

- **Hebrew**: the fixed arithmetic calendar, through ``convertdate.hebrew`` (months numbered
  from Nisan = 1; Tishri = 7, Kislev = 9, Shevat = 11, Adar = 12, Adar II = 13 in a leap year).
- **Chinese**: the first day of the first month (the Lunar New Year) is the day, in China's
  time (UTC+8), of the second new moon after the one that begins the month holding the
  December solstice, i.e. the second new moon that falls on a later day than the solstice.
  New moons and the solstice come from ``pymeeus`` (Meeus's algorithms, Dynamical Time,
  converted to UT with a fixed 69 s: an error of seconds, which moves a day only when a new
  moon falls within seconds of midnight). The rule ignores leap eleventh and twelfth months,
  which no year from 1900 to 2100 disagrees with for the New Year as far as the tests check.

Both libraries are imported on first use: a text without such a holiday never loads them.
"""

from __future__ import annotations

import functools
from datetime import date, datetime, timedelta

__all__ = ["ADAR", "ADAR_II", "chinese_new_year", "hebrew_to_gregorian", "hebrew_year_of"]

ADAR, ADAR_II = 12, 13
_TT_MINUS_UT = timedelta(seconds=69)  # ΔT around 2000-2030; seconds elsewhere in 1900-2100
_CHINA = timedelta(hours=8)
_YEARS = range(1900, 2101)


def hebrew_to_gregorian(hyear: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``day`` ``month`` ``hyear``; Adar is Adar II in a leap year (Purim)."""
    from convertdate import hebrew

    if month == ADAR and hebrew.leap(hyear):
        month = ADAR_II
    if not 1 <= day <= hebrew.month_days(hyear, month):
        return None
    y, m, d = hebrew.to_gregorian(hyear, month, day)
    return date(y, m, d)


def hebrew_year_of(year: int, month: int) -> int:
    """The Hebrew year whose ``month`` falls (or begins) in Gregorian ``year``: Tishri to Kislev in
    the autumn begin the year after the spring months' (5779 began in September 2018)."""
    return year + (3761 if 7 <= month <= 9 else 3760)


def _day_in_china(epoch: object) -> date:
    y, m, d, h, mi, s = epoch.get_full_date()  # type: ignore[attr-defined]
    moment = datetime(y, m, d, h, mi, int(s)) - _TT_MINUS_UT + _CHINA
    return moment.date()


@functools.lru_cache(maxsize=64)
def chinese_new_year(year: int) -> date | None:
    """The Lunar New Year's day of Gregorian ``year`` (1900-2100), None outside those years."""
    if year not in _YEARS:
        return None
    from pymeeus.Epoch import Epoch
    from pymeeus.Moon import Moon
    from pymeeus.Sun import Sun

    solstice = _day_in_china(Sun.get_equinox_solstice(year - 1, "winter"))
    after: list[date] = []
    probe = solstice - timedelta(days=3)
    while len(after) < 2:
        day = _day_in_china(Moon.moon_phase(Epoch(probe.year, probe.month, float(probe.day)), "new"))
        if day > solstice and day not in after:
            after.append(day)
        probe = max(probe, day) + timedelta(days=20)
    return after[1]
