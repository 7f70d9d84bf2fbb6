"""The same time said again in another zone, in brackets, is one mention (lead9).

Reference: Friday 29 November 2024, 10:00 UTC, leaning to the past. "04:00 local time (02:00 GMT)
on Wednesday" is Wednesday 27 November at 04:00 (the page's zone is UTC here): the day after the
brackets is the first clock's (it was lost, and the bracketed clock was a second mention of today).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+00:00"

SAID_AGAIN = [
    (
        "en",
        "The truce took effect at 04:00 local time (02:00 GMT) on Wednesday.",
        "04:00 local time (02:00 GMT) on Wednesday",
        "2024-11-27T04:00",
    ),
    ("en", "at 9am (0700 GMT) the talks began", "9am (0700 GMT)", "2024-11-29T09:00"),
    ("en", "at 6pm local (1500 GMT)", "6pm local (1500 GMT)", "2024-11-28T18:00"),
    (
        "ar",
        "بدأت الهدنة الساعة الرابعة فجرا (02:00 ت.غ) يوم الأربعاء.",
        "الساعة الرابعة فجرا (02:00 ت.غ) يوم الأربعاء",
        "2024-11-27T04:00",
    ),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), SAID_AGAIN, ids=[c[2] for c in SAID_AGAIN])
def test_time_said_again_in_brackets(lang: str, text: str, span: str, timex: str) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, languages=[lang])] == [(span, timex)]


def test_other_words_in_brackets_are_not_swallowed() -> None:
    assert [f.text for f in find_times("at 3pm (the fourth attack)", REF, languages=["en"])] == ["3pm"]
