"""Amounts as live pages and news write them in Romanian, Russian, Ukrainian and Bulgarian (lead11).

- Romanian counts from 20 on take "de" before the unit: "acum 20 de minute" (20 minutes ago),
  "peste 25 de zile". The CLDR tables gave "de" as a unit word, so "acum 20 de minute" was 20
  days ago and "acum 25 de ani" 25 days ago; "de" is now a word between count and unit.
  "în urmă cu" is the other "ago".
- Russian "ч", "ч.", "мин.", Ukrainian "год.", "хв.", Bulgarian "ч": "2 ч назад" was 02:00 (the
  hour's noun), now two hours ago; after a clock cue "в 15 ч." stays 15:00.

Reference Thursday 28 November 2024, 14:00; an exact amount of hours or minutes is the instant
(docs/resolution.md, "Ago and in"), days and years their day and year. Values worked out by hand.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-11-28T14:00:00+02:00"

AMOUNTS = [
    ("ro", "acum 20 de minute", "2024-11-28T13:40:00"),
    ("ro", "acum 3 ore", "2024-11-28T11:00:00"),
    ("ro", "acum 25 de ani", "1999"),
    ("ro", "peste 20 de zile", "2024-12-18"),
    ("ro", "în urmă cu 20 de minute", "2024-11-28T13:40:00"),
    ("ro", "în urmă cu trei zile", "2024-11-25"),
    ("ru", "2 ч назад", "2024-11-28T12:00:00"),
    ("ru", "2 ч. назад", "2024-11-28T12:00:00"),
    ("ru", "15 мин. назад", "2024-11-28T13:45:00"),
    ("ru", "через 2 ч", "2024-11-28T16:00:00"),
    ("uk", "2 год. тому", "2024-11-28T12:00:00"),
    ("uk", "15 хв. тому", "2024-11-28T13:45:00"),
    ("bg", "преди 2 ч", "2024-11-28T12:00:00"),
    ("bg", "преди 15 мин.", "2024-11-28T13:45:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), AMOUNTS, ids=[f"{c[0]}:{c[1]}" for c in AMOUNTS])
def test_an_amount_ago_or_ahead(lang: str, text: str, timex: str) -> None:
    """The amount is counted from the reference at its unit."""
    when = resolve(text, REF, languages=[lang])
    assert when is not None
    assert when.timex == timex


# the hour's noun after a clock cue is still a clock
CLOCKS = [
    ("ru", "Встреча назначена на 15 ч.", "2024-11-28T15:00"),
    ("ru", "Совещание началось в 11 ч.", "2024-11-28T11:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CLOCKS, ids=[c[1] for c in CLOCKS])
def test_an_hour_noun_after_a_clock_cue_is_a_clock(lang: str, text: str, timex: str) -> None:
    """ "в 11 ч." is 11:00, not eleven hours."""
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]


# "de" is no unit: a count with "de" and a noun is no date
@pytest.mark.parametrize(
    "text", ["Au fost rănite 25 de persoane.", "Guvernul a alocat 20 de milioane de lei.", "de la Paris"]
)
def test_romanian_de_is_no_unit(text: str) -> None:
    """ "25 de persoane" (25 people) gives nothing."""
    assert find_times(text, REF, languages=["ro"]) == []
