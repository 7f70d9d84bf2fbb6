"""The Hindu calendar's days for the holiday table (liveblog.lang.holidays): lunar and solar.

- **Lunar months** run from new moon to new moon (*amanta*). A month is named by the sign of
  the sidereal zodiac the sun is in at its first new moon: Meena (Pisces) gives Chaitra, the
  first month, Mesha (Aries) Vaishakha, and so on. A month in which the sun enters no new sign
  is a leap month (*adhika*) and holds no feast: the regular month of that name follows it.
- **Tithis** are the thirty lunar days of a month, each 12° of the moon's elongation from the
  sun (1-15 the bright half, 16-30 the dark half, 15 the full moon, 30 the new moon). A feast on
  a tithi is kept on the civil day, in India (UTC+05:30), on which that tithi is in force at the
  moment its rite is held (:data:`Moment`): sunrise for most, midday, the evening or midnight for
  some (Diwali's puja is in the evening, Janmashtami's at midnight). When the tithi begins and
  ends between two such moments (a *kshaya* tithi), the day on which the next one is in force.
- **Solar days**: the day the sun enters a sidereal sign (*sankranti*: Makar Sankranti, Vaisakhi),
  or the next day when it enters after sunset; and a day of a solar month on which the moon is in
  a given lunar mansion (*nakshatra*) six *nazhikas* (2 h 24 min) after sunrise, Kerala's rule
  (Onam: Thiruvonam in the month of Chingam).

Positions come from ``pymeeus`` (Meeus's algorithms), the sidereal zodiac from the Lahiri
ayanamsa (23.853° at 2000.0, 50.28″ a year), sunrise and sunset at New Delhi from the sun's
declination and the equation of time (an error of a few minutes, which moves a day only when
a tithi ends within minutes of the moment it is read at). Regional calendars differ on some
feasts by a day; this is the all-India reckoning the national holiday lists follow.
"""

from __future__ import annotations

import functools
import itertools
import math
from datetime import UTC, date, datetime, timedelta
from typing import Literal

__all__ = ["Moment", "lunar_day", "nakshatra_day", "sankranti_day"]

Moment = Literal["sunrise", "midday", "evening", "midnight"]

_IST = timedelta(hours=5, minutes=30)
_TT_MINUS_UT = timedelta(seconds=69)
_LAT, _LON = 28.61, 77.21  # New Delhi
_EVENING = timedelta(hours=1, minutes=30)  # pradosh: the evening rite, after sunset
_NAZHIKAS = timedelta(hours=2, minutes=24)  # six nazhikas of 24 minutes
_UNIX_JD = 2440587.5
_YEARS = range(1900, 2101)
_MONTH_DAYS = 29.530588


def _jde(moment: datetime) -> float:
    """The Julian ephemeris day of an aware UTC moment."""
    return _UNIX_JD + (moment + _TT_MINUS_UT).timestamp() / 86400


def _utc(jde: float) -> datetime:
    return datetime.fromtimestamp((jde - _UNIX_JD) * 86400, UTC) - _TT_MINUS_UT


def _sun(moment: datetime) -> float:
    from pymeeus.Epoch import Epoch
    from pymeeus.Sun import Sun

    return float(Sun.apparent_geocentric_position(Epoch(_jde(moment)))[0]())


def _moon(moment: datetime) -> float:
    from pymeeus.Epoch import Epoch
    from pymeeus.Moon import Moon

    return float(Moon.geocentric_ecliptical_pos(Epoch(_jde(moment)))[0]())


def _ayanamsa(moment: datetime) -> float:
    return 23.853 + (moment.year + moment.timetuple().tm_yday / 365.25 - 2000) * 50.28 / 3600


def _sign(moment: datetime) -> int:
    """The sidereal sign the sun is in: 0 Mesha (Aries) … 11 Meena (Pisces)."""
    return int(((_sun(moment) - _ayanamsa(moment)) % 360) // 30)


def _elongation(moment: datetime) -> float:
    return (_moon(moment) - _sun(moment)) % 360


def _sun_times(day: date) -> tuple[datetime, datetime]:
    """Sunrise and sunset at New Delhi on ``day`` (UTC)."""
    n = day.timetuple().tm_yday
    b = math.radians(360 / 365 * (n - 81))
    decl = math.radians(23.44) * math.sin(b)
    eot = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)  # minutes
    lat = math.radians(_LAT)
    cos_h = (math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(decl)) / (
        math.cos(lat) * math.cos(decl)
    )
    half = math.degrees(math.acos(max(-1.0, min(1.0, cos_h)))) / 15  # hours
    noon = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(hours=12 - _LON / 15 - eot / 60)
    return noon - timedelta(hours=half), noon + timedelta(hours=half)


def _moment(day: date, at: Moment) -> datetime:
    """When the rite of civil day ``day`` (India) is held, UTC."""
    rise, sets = _sun_times(day)
    if at == "sunrise":
        return rise
    if at == "midday":
        return rise + (sets - rise) / 2
    if at == "evening":
        return sets + _EVENING
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1) - _IST  # 24:00 IST


def _india(moment: datetime) -> date:
    return (moment + _IST).date()


@functools.lru_cache(maxsize=8)
def _months(year: int) -> tuple[tuple[int, datetime, datetime], ...]:
    """The regular lunar months around Gregorian ``year``: (1 Chaitra … 12 Phalguna, first new
    moon, next new moon), leap months left out."""
    from pymeeus.Epoch import Epoch
    from pymeeus.Moon import Moon

    moons: list[datetime] = []
    probe = datetime(year - 1, 11, 1, tzinfo=UTC)
    while probe < datetime(year + 1, 3, 1, tzinfo=UTC):
        moon = _utc(Moon.moon_phase(Epoch(_jde(probe)), "new").jde())
        if not moons or moon - moons[-1] > timedelta(days=20):
            moons.append(moon)
        probe = moon + timedelta(days=_MONTH_DAYS - 2)
    out = []
    for first, nxt in itertools.pairwise(moons):
        sign = _sign(first)
        if sign == _sign(nxt):
            continue  # adhika: the sun enters no sign in it
        out.append(((sign + 1) % 12 + 1, first, nxt))
    return tuple(out)


def _tithi_day(first: datetime, nxt: datetime, tithi: int, at: Moment) -> date:
    """The civil day of the month ``first``-``nxt`` on which ``tithi`` (or, skipped, the next)
    is in force at the moment ``at``."""
    day = _india(first) - timedelta(days=1)
    while True:
        moment = _moment(day, at)
        if moment >= first:
            elong = _elongation(moment) + (360 if moment >= nxt else 0)
            if int(elong // 12) + 1 >= tithi:
                return day
        day += timedelta(days=1)


@functools.lru_cache(maxsize=256)
def lunar_day(year: int, month: int, tithi: int, at: Moment) -> date | None:
    """The day of Gregorian ``year`` of ``tithi`` (1-30) of lunar ``month`` (1 Chaitra … 12 Phalguna)."""
    if year not in _YEARS:
        return None
    for m, first, nxt in _months(year):
        if m == month and first.year in (year - 1, year, year + 1):
            day = _tithi_day(first, nxt, tithi, at)
            if day.year == year:
                return day
    return None


def _ingress(year: int, sign: int) -> datetime:
    """When the sun enters sidereal ``sign`` (0 Mesha … 11 Meena) in Gregorian ``year``, UTC."""
    # Mesha sankranti is near 14 April; each sign about 30.44 days on
    guess = datetime(year, 4, 14, tzinfo=UTC) + timedelta(days=30.44 * ((sign - 0) % 12))
    if guess.year > year:
        guess -= timedelta(days=365.2422)
    lo, hi = guess - timedelta(days=6), guess + timedelta(days=6)
    target = sign * 30.0
    for _ in range(40):  # bisection on the sun's sidereal longitude past the sign's start
        mid = lo + (hi - lo) / 2
        past = ((_sun(mid) - _ayanamsa(mid)) - target) % 360
        if past < 180:
            hi = mid
        else:
            lo = mid
    return hi


@functools.lru_cache(maxsize=64)
def sankranti_day(year: int, sign: int) -> date | None:
    """The civil day (India) the sun enters sidereal ``sign`` in ``year``; the next day after sunset."""
    if year not in _YEARS:
        return None
    moment = _ingress(year, sign)
    day = _india(moment)
    return day + timedelta(days=1) if moment > _sun_times(day)[1] else day


@functools.lru_cache(maxsize=64)
def nakshatra_day(year: int, sign: int, nakshatra: int) -> date | None:
    """The first day of the solar month of ``sign`` in ``year`` on which the moon is in
    ``nakshatra`` (1 Ashvini … 27 Revati) six nazhikas after sunrise."""
    start = sankranti_day(year, sign)
    if start is None:
        return None
    for k in range(32):
        day = start + timedelta(days=k)
        moment = _moment(day, "sunrise") + _NAZHIKAS
        if int(((_moon(moment) - _ayanamsa(moment)) % 360) // (360 / 27)) + 1 == nakshatra:
            return day
    return None
