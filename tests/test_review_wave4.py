"""Classes a review of the fourth session's merged branches found wrong, each with values worked
out by hand. Reference Friday 2024-11-29 21:00 UTC, prefer past, unless a row says otherwise."""

from __future__ import annotations

import pytest

from liveblog import parse
from liveblog.resolve import find_times

REF = "2024-11-29T21:00"

# (language, text, the TIMEX3 values found, in order)
CASES: list[tuple[str, str, list[str]]] = [
    # a weekday and an article at the very end of the text (was an IndexError)
    ("en", "Match day: Saturday the", ["2024-11-30"]),  # tb9: said on a Friday, tomorrow
    ("es", "viernes el", ["2024-11-29"]),
    # the weekend in the Romance languages, its modifier before or after it
    ("es", "el pasado fin de semana", ["2024-11-23/2024-11-24"]),
    ("es", "el próximo fin de semana", ["2024-12-07/2024-12-08"]),
    ("it", "lo scorso fine settimana", ["2024-11-23/2024-11-24"]),
    ("pt", "no fim de semana passado", ["2024-11-23/2024-11-24"]),
    ("fr", "ce week-end", ["2024-11-30/2024-12-01"]),
    # the weekend in a clause told in the future
    ("en", "Talks will resume over the weekend", ["2024-11-30/2024-12-01"]),
    ("en", "Talks resumed over the weekend", ["2024-11-23/2024-11-24"]),
    # counters that count something else, and ranks
    ("zh", "他提出3点建议", []),
    ("zh", "指数上涨3.5点", []),
    ("zh", "3号线", []),
    ("ja", "第3日", []),
    ("ko", "제3일", []),
    ("zh", "明天3点开会", ["2024-11-30T03:00"]),
    ("zh", "9999年12月31日23点", []),
    # a title's period
    ("en", "He was named player of the year", []),
    # hours of something
    ("ru", "после 14 часов переговоров", []),
    ("fr", "après 15 heures de combats", []),
    ("ru", "в 19 часов переговоры начались", ["2024-11-29T19:00"]),
    # a window of something else, and a window of now
    ("en", "the last three months of the war", []),
    ("en", "the last 3 months", ["2024-08/2024-10"]),
    ("en", "in the next 3 days", ["2024-11-30/2024-12-02"]),
    # "later" and "the next day" in a story are said from the date before them
    ("hu", "2024. március 3-án kezdődtek. Két nappal később leálltak.", ["2024-03-03", "2024-03-05"]),
    ("tr", "3 Mart 2024'te başladı. Ertesi gün durdu.", ["2024-03-03", "2024-03-04"]),
    ("en", "Talks opened on 3 March 2024. The next week they stopped.", ["2024-03-03", "2024-W10"]),
    # a day's anaphor takes the clock said after it
    ("en", "On 3 March 2024 it began. The next day at 5pm it ended.", ["2024-03-03", "2024-03-04T17:00"]),
    ("tr", "sonraki gün saat 17", ["2024-11-30T17:00"]),
    # kana after a counter is a particle, not another word (25日に "on the 25th")
    ("ja", "25日に", ["2024-11-25"]),
    ("ja", "15時ちょうど", ["2024-11-29T15:00"]),
    # Arabic months by number: a modifier after it, a quantity after it
    ("ar", "في شهر 3 الماضي", ["2024-03"]),
    ("ar", "ارتفع خلال شهر 3 بالمئة", []),
    ("ar", "راتب شهر 3 آلاف دولار", []),
    # «منذ» after any form of a word for a state held says how long; after an event, when
    ("ar", "النازحون منذ 3 أشهر", []),
    ("ar", "المعارك مستمرة منذ 3 ساعات", ["2024-11-29T18:00:00"]),
    # Hebrew prefixes in their order only, never the article
    ("he", "הבמאי אמר", []),
    ("he", "היוני", []),
]


@pytest.mark.parametrize(("lang", "text", "values"), CASES)
def test_review_cases(lang: str, text: str, values: list[str]) -> None:
    found = find_times(text, REF, tz="UTC", languages=[lang])
    assert [f.when.timex for f in found] == values


def test_hours_later_count_elapsed_time_across_a_clock_change() -> None:
    """00:30 GMT on 31 March 2024 (London) plus two hours is 02:30 GMT, 03:30 BST."""
    text = "At 00:30 on 31 March 2024 it began. Two hours later it ended."
    found = find_times(text, "2024-03-31T00:30", tz="Europe/London", languages=["en"])
    assert [f.when.timex for f in found] == ["2024-03-31T00:30", "2024-03-31T03:30"]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("the first century", REF),
        ("القرن الأول", REF),
        ("On 31 December 9998 it began. The next day it ended.", "9998-12-31T23:59"),
        ("next weekend", "9998-12-31T23:59"),
        ("في اليوم التالي", "9998-12-31T23:59"),
        ("A year later it ended.", "9998-12-31T23:59"),
        ("the last 2 years", "0002-01-01T00:30"),
        ("last weekend", "0002-01-01T00:30"),
    ],
)
def test_dates_past_the_calendar_are_no_date(text: str, reference: str) -> None:
    """Productions, ranges and anaphora near the supported years name nothing, never raise."""
    for lang in ("en", "ar"):
        for f in find_times(text, reference, tz="UTC", languages=[lang]):
            assert f.when.start.year >= 2


def test_a_page_ending_in_a_weekday_and_an_article() -> None:
    tl = parse("20:15\nTalks resume Friday, the\n", reference=REF, tz="UTC")
    assert [e.when.timex for e in tl.events if e.kind.value == "entry"] == ["2024-11-29T20:15"]
