"""The Hindu calendar's feasts (liveblog.resolve._hindu): tithis of lunar months, sankrantis, Onam.

Expected values worked out by hand before the resolver ran, from the tithi and sankranti times
(India, UTC+05:30) that published Indian almanacs give for 2023-2024, with the rule of each feast
(lang/holidays.py): a tithi counts on the civil day it is in force at sunrise, or at midday,
in the evening or at midnight for the feasts kept then. Worked examples:

- Diwali 2023: the new moon tithi of Ashvin ran from 12 November 14:44 to 13 November 14:56;
  in force in the evening of the 12th only: 12 November.
- Ganesh Chaturthi 2023: the bright fourth of Bhadrapada ran from 18 September 12:39 to
  19 September 13:43; at midday (about 12:10) it held on the 19th, not yet on the 18th.
- Janmashtami 2023: the dark eighth ran from 6 September 15:37 to 7 September 16:14; at
  midnight it held in the night of the 6th.
- Maha Shivaratri 2024: the dark fourteenth of Magha ran from 8 March 21:57 to 9 March 18:17:
  midnight of the 8th.
- Holika Dahan 2024: the full moon of Phalguna ran from 24 March 09:54 to 25 March 12:29; the
  bonfire is lit the evening of the 24th, Holi played on the 25th.
- Dussehra 2023: the bright tenth of Ashvin ran from 23 October 17:44 to 24 October 15:14:
  sunrise of the 24th. Navaratri 2023: the nine days 15-23 October.
- Ugadi 2024: the first tithi of Chaitra ran from 8 April 23:50 to 9 April 20:30: 9 April.
  Rama Navami 2024: 17 April.
- Makar Sankranti 2024: the sun entered sidereal Capricorn on 15 January at 02:54: 15 January.
  Vaisakhi 2023: sidereal Aries on 14 April at 15:12, before sunset: 14 April.
- Onam 2023: Thiruvonam in Chingam on 29 August. Chhath 2023: the bright sixth of Kartika,
  19 November.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from liveblog import find_times, resolve
from liveblog.resolve import _hindu

REF = datetime(2023, 3, 1, 9, 0, tzinfo=UTC)

# (text, prefer, expected TIMEX3) from REF, Wednesday 1 March 2023
CASES: list[tuple[str, str, str]] = [
    ("Diwali", "future", "2023-11-12"),
    ("Deepavali 2023", "past", "2023-11-12"),
    ("Ganesh Chaturthi", "future", "2023-09-19"),
    ("Janmashtami 2023", "past", "2023-09-06"),
    ("Maha Shivaratri 2024", "past", "2024-03-08"),
    ("Holika Dahan 2024", "past", "2024-03-24"),
    ("Holi 2024", "past", "2024-03-25"),
    ("Dussehra", "future", "2023-10-24"),
    ("Navratri 2023", "past", "2023-10-15/2023-10-23"),
    ("Ugadi 2024", "past", "2024-04-09"),
    ("Ram Navami 2024", "past", "2024-04-17"),
    ("Makar Sankranti 2024", "past", "2024-01-15"),
    ("Baisakhi", "future", "2023-04-14"),
    ("Onam", "future", "2023-08-29"),
    ("Chhath Puja 2023", "past", "2023-11-19"),
    ("last Diwali", "future", "2022-10-24"),  # the new moon of 24-25 October 2022, evening of the 24th
]


@pytest.mark.parametrize(("text", "prefer", "timex"), CASES, ids=[c[0] for c in CASES])
def test_hindu_feast(text: str, prefer: str, timex: str) -> None:
    w = resolve(text, REF, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    assert w is not None, text
    assert w.timex == timex


def test_leap_month_holds_no_feast() -> None:
    """2023 had a leap Shravana (18 July - 16 August): Raksha Bandhan, the full moon of the regular
    Shravana, fell at the end of August (30-31), not at the start of August (the leap month's)."""
    d = _hindu.lunar_day(2023, 5, 15, "evening")
    assert d == date(2023, 8, 30)


def test_one_day_per_year() -> None:
    """Each feast falls once in a Gregorian year, in its season: Diwali between 15 October and
    15 November, Holi between 25 February and 31 March, for a run of years."""
    for year in range(2010, 2031, 4):
        diwali = _hindu.lunar_day(year, 7, 30, "evening")
        holi = _hindu.lunar_day(year, 12, 15, "evening")
        assert diwali is not None
        assert date(year, 10, 15) <= diwali <= date(year, 11, 15)
        assert holi is not None
        assert date(year, 2, 24) <= holi <= date(year, 3, 30)


@pytest.mark.parametrize(
    "text",
    ["Rakhi Sawant spoke to reporters.", "The holistic plan passed.", "Navroz Mistry said on air."],
)
def test_names_are_not_feasts(text: str) -> None:
    """A given name that is also a feast's short name, and words that only begin like one."""
    assert find_times(text, "2023-03-01", languages=["en"]) == []


def test_outside_years_is_no_date() -> None:
    assert _hindu.lunar_day(1850, 7, 30, "evening") is None
    assert _hindu.sankranti_day(2200, 9) is None


@pytest.mark.parametrize(
    ("text", "lang", "timex"),
    [
        ("Diwali 2023", "de", "2023-11-12"),  # the evening of the new moon of Ashvin, as above
        ("Holi 2024", "nl", "2024-03-25"),
        ("Maha Navami 2023", "de", "2023-10-23"),  # Ashvin's bright ninth, 22 Oct 19:58 - 23 Oct 17:44
    ],
)
def test_latin_names_in_other_languages(text: str, lang: str, timex: str) -> None:
    """Copy in other languages writes the feasts' Latin names as English does."""
    w = resolve(text, REF, prefer="past", tz="UTC", languages=[lang])
    assert w is not None
    assert w.timex == timex


def test_italian_magi_are_no_feast() -> None:
    """ "maghi" (Maghi, the Punjabi Makar Sankranti) is also Italian for magicians: English only."""
    assert find_times("Sono arrivati i maghi.", REF, languages=["it"]) == []
