"""A part of the day said before the clock that places it reads as the other order does.

"at eight in the evening" was 20:00 and "in the evening at eight" nothing: the part alone needs
another time, and only the clock-first order joined them. Now either order is one time; the part
alone, or before no clock, stays none.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past (find_times's default for news):
an evening or afternoon hour not yet reached today is yesterday's (28 November), 09:30 is today's.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    ("en", "in the evening at eight", "2024-11-28T20:00"),
    ("en", "at eight in the evening", "2024-11-28T20:00"),
    ("en", "in the afternoon at 3pm", "2024-11-28T15:00"),
    ("en", "in the morning at 9:30", "2024-11-29T09:30"),
    ("fr", "le soir à 20h", "2024-11-28T20:00"),
    ("es", "por la tarde a las 5", "2024-11-28T17:00"),
    ("ar", "مساء عند الساعة الثامنة", "2024-11-28T20:00"),
    # German adverbs of a part are the clock's half of the day after it, its part before it
    ("de", "abends um 8 Uhr", "2024-11-28T20:00"),
    ("de", "um 8 Uhr abends", "2024-11-28T20:00"),
    ("de", "morgens um 7 Uhr", "2024-11-29T07:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_part_then_clock(lang: str, text: str, timex: str) -> None:
    assert [f.when.timex for f in find_times(text, REF, languages=[lang])] == [timex]


NONE = [
    "the talks in the evening",
    "the evening news at 8",
    "in the evening, at least 8 people died",
    "They met in the evening at the embassy.",
]


@pytest.mark.parametrize("text", NONE)
def test_a_part_before_no_clock_is_no_time(text: str) -> None:
    assert find_times(text, REF, languages=["en"]) == []


def test_a_german_part_adverb_alone_is_no_time() -> None:
    assert find_times("Er arbeitet abends im Hafen.", REF, languages=["de"]) == []
