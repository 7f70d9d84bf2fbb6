"""Properties of the computed holidays that hold by the calendars' own rules, whatever the year.

- The Lunar New Year falls between 21 January and 20 February (it is the new moon
  nearest the start of spring, never more than a month after the solstice's month).
- The Hebrew calendar's postponement rules (dehiyyot): Rosh Hashanah never falls on a
  Sunday, Wednesday or Friday; so Yom Kippur never on a Friday or Sunday, and the first
  day of Passover (163 days before the next Rosh Hashanah) never on a Monday, Wednesday
  or Friday.
- Yom Ha'atzmaut, as observed since 2004, falls on a Tuesday, Wednesday or Thursday.
- The Parsi year has 365 days: one New Year follows the one before by exactly 365 days.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.lang.holidays import HOLIDAYS
from liveblog.resolve._rules_holiday import occurrence

_MON, _TUE, _WED, _THU, _FRI, _SUN = 0, 1, 2, 3, 4, 6


def _first(key: str, year: int) -> date:
    days = occurrence(HOLIDAYS[key], year)
    assert days is not None, (key, year)
    return days[0]


@settings(max_examples=30, deadline=None)
@given(st.integers(1900, 2100))
def test_lunar_new_year_between_21_january_and_20_february(year: int) -> None:
    d = _first("chinese_new_year", year)
    assert d.year == year
    assert (1, 21) <= (d.month, d.day) <= (2, 20)


@settings(max_examples=200, deadline=None)
@given(st.integers(1600, 2400))
def test_hebrew_postponement_rules(year: int) -> None:
    assert _first("rosh_hashanah", year).weekday() not in (_SUN, _WED, _FRI)
    assert _first("yom_kippur", year).weekday() not in (_FRI, _SUN)
    assert _first("passover", year).weekday() not in (_MON, _WED, _FRI)
    assert _first("yom_kippur", year) - _first("rosh_hashanah", year) == timedelta(days=9)
    passover, next_new_year = _first("passover", year), _first("rosh_hashanah", year)
    assert next_new_year - passover == timedelta(days=163)


@settings(max_examples=100, deadline=None)
@given(st.integers(2004, 2400))
def test_independence_day_observed_midweek(year: int) -> None:
    assert _first("yom_haatzmaut", year).weekday() in (_TUE, _WED, _THU)
    assert _first("yom_haatzmaut", year) - _first("yom_hazikaron", year) == timedelta(days=1)


@settings(max_examples=100, deadline=None)
@given(st.integers(1700, 2400))
def test_parsi_year_has_365_days(year: int) -> None:
    assert _first("parsi_new_year", year + 1) - _first("parsi_new_year", year) == timedelta(days=365)
