"""The hour noun after a clock in Bulgarian ("в 8 часа", "8:30 ч.") and Urdu («8 بجے»).

Bulgarian "часа" is also the unit of a duration ("продължи три часа", it lasted three hours), so, as
Russian "часов", it makes a clock only with a cue ("в"), minutes or a part of the day. Urdu «بجے»
("o'clock") is only a clock's; «گھنٹے» (hours) stays a unit.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past.
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    ("bg", "вчера в 8 часа", "вчера в 8 часа", "2024-11-28T08:00"),
    ("bg", "в 8:30 ч.", "в 8:30 ч", "2024-11-29T08:30"),
    ("ur", "8 بجے", "8 بجے", "2024-11-29T08:00"),
    ("ur", "صبح 8 بجے", "صبح 8 بجے", "2024-11-29T08:00"),
    ("ur", "رات 10 بجے", "رات 10 بجے", "2024-11-28T22:00"),  # 22:00 today is still ahead at 10:00
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_hour_noun_makes_a_clock(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]


@pytest.mark.parametrize(("lang", "text"), [("bg", "продължи три часа"), ("ur", "3 گھنٹے")])
def test_a_duration_is_no_clock(lang: str, text: str) -> None:
    assert spans(lang, text) == []
