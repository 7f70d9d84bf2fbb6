"""Classes a review of the fifth session's merged branches found wrong, values worked out by hand.
Reference Friday 2024-11-29 21:00 UTC, prefer past (a time of the year: the nearest occurrence)."""

from __future__ import annotations

import pytest

from liveblog.resolve import find_times

REF = "2024-11-29T21:00"

# (language, text, [(span, TIMEX3 value)])
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # two bare numbers after a Romance opener are days only with their month said
    ("es", "en una escala del 1 al 10", []),
    ("fr", "sur une échelle du 1 au 10", []),
    ("es", "los artículos del 1 al 3 de la ley", []),
    ("es", "del 10 al 12 de junio", [("del 10 al 12 de junio", "2024-06-10/2024-06-12")]),
    # a window "of" something else, in Italian's article forms too
    ("it", "gli ultimi 10 minuti della partita", []),
    ("it", "negli ultimi 3 anni della sua vita", []),
    # told in the past, a month more than two months ahead is the one gone; nearer, a schedule
    ("en", "The trial began in March.", [("March", "2024-03")]),
    ("en", "The offer was extended to Dec. 2.", [("Dec. 2", "2024-12-02")]),
    # quotes around a date say nothing more than the date
    ("fr", "«15 mars 2024»", [("15 mars 2024", "2024-03-15")]),
    # "due to" before an infinitive points forward; "due to" meaning "because of" does not
    ("en", "A ceasefire due to begin on Sunday was agreed.", [("Sunday", "2024-12-01")]),
    ("en", "The delay was due to its loss on Sunday.", [("Sunday", "2024-11-24")]),
    # Chinese 前 and 后 alone end words (最后 "finally", 事发前 "before the incident"): no windows
    ("zh", "比赛最后3分钟", []),
    ("zh", "事发前一天", []),
    # the weekend in Chinese, Japanese and Korean (its days: Saturday and Sunday by default)
    ("zh", "上周末", [("上周末", "2024-11-23/2024-11-24")]),
    ("ja", "先週末", [("先週末", "2024-11-23/2024-11-24")]),
    ("ko", "이번 주말", [("이번 주말", "2024-11-30/2024-12-01")]),
    # an ordinal after a number is a fraction, not a day ("a third of", "two thirds of")
    ("en", "a third of March's budget", [("March", "2025-03")]),
    ("en", "the third of March", [("third of March", "2025-03-03")]),
    # a holiday is a time of the year: the nearest (26 days ahead, not 340 back)
    ("en", "Christmas", [("Christmas", "2024-12-25")]),
]


@pytest.mark.parametrize(("lang", "text", "found"), CASES)
def test_review_cases(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    got = find_times(text, REF, tz="UTC", languages=[lang])
    assert [(f.text, f.when.timex) for f in got] == found


def test_thanksgiving_said_the_day_before_is_tomorrow() -> None:
    got = find_times("Thanksgiving", "2024-11-27T12:00", tz="UTC", languages=["en"])
    assert [f.when.timex for f in got] == ["2024-11-28"]
