"""A day word beside an amount said ago or ahead, and the reference's day in a year said beside it
(lead10).

Reference: Friday 29 November 2024, 14:00 in London, leaning to the past. Worked out from the
calendar before running:

- "a week ago today" is today moved back a week: Friday 22 November, one day (it was two dates,
  22 November and 29 November). "a year ago yesterday" is 28 November 2023; "a month ago tomorrow"
  is 30 October 2024. The day word may come first ("heute vor einer Woche", "hoy hace un año").
- "this time last year" is 29 November 2023, the reference's day and month in the year said; the
  year may come first ("last year at this time", "l'an dernier à la même époque") or after "of",
  an article or a comma ("à la même date de l'an dernier", "tal día como hoy, en 1975").
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"
TZ = "Europe/London"

AMOUNT_DAYS = [
    ("en", "It happened a week ago today.", "a week ago today", "2024-11-22"),
    ("en", "The vote was a year ago yesterday.", "a year ago yesterday", "2023-11-28"),
    ("en", "Two years ago today, the war began.", "Two years ago today", "2022-11-29"),
    ("en", "He left a month ago tomorrow.", "a month ago tomorrow", "2024-10-30"),
    ("de", "Es geschah heute vor einer Woche.", "heute vor einer Woche", "2024-11-22"),
    ("es", "Ocurrió hoy hace un año.", "hoy hace un año", "2023-11-29"),
    ("fr", "Il y a un an aujourd'hui, la guerre commençait.", "Il y a un an aujourd'hui", "2023-11-29"),
    ("it", "Un anno fa oggi iniziava la guerra.", "Un anno fa oggi", "2023-11-29"),
    ("pt", "Há um ano hoje começou a guerra.", "Há um ano hoje", "2023-11-29"),
    ("ru", "Год назад сегодня началась война.", "Год назад сегодня", "2023-11-29"),
    ("ar", "قبل عام من اليوم بدأت الحرب", "قبل عام من اليوم", "2023-11-29"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), AMOUNT_DAYS, ids=[c[2] for c in AMOUNT_DAYS])
def test_a_day_word_moved_by_an_amount_is_one_day(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.timex, f.when.grain.value) for f in found] == [(span, timex, "day")]


def test_an_amount_and_a_day_in_two_sentences_stay_two_dates() -> None:
    found = find_times("He died three days ago. Today we mourn.", REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [
        ("three days ago", "2024-11-26"),
        ("Today", "2024-11-29"),
    ]


def test_an_amount_of_weeks_beside_a_weekday_still_names_its_week() -> None:
    # "a week ago Monday": the Monday of the week a week back (18 November), as before
    found = find_times("It happened a week ago Monday.", REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("a week ago Monday", "2024-11-18")]


ANNIVERSARIES = [
    ("en", "It was this time last year that the war began.", "this time last year", "2023-11-29"),
    ("en", "Last year at this time, prices were higher.", "Last year at this time", "2023-11-29"),
    ("en", "On this day in 1945 the war ended.", "this day in 1945", "1945-11-29"),
    ("en", "This time next year we will know.", "This time next year", "2025-11-29"),
    (
        "fr",
        "L'an dernier à la même époque, les prix étaient plus bas.",
        "an dernier à la même époque",
        "2023-11-29",
    ),
    ("fr", "Il y a un an jour pour jour, la guerre commençait.", "Il y a un an jour pour jour", "2023-11-29"),
    ("fr", "à la même date l'an dernier", "à la même date l'an dernier", "2023-11-29"),
    ("es", "Por estas fechas el año pasado llovía.", "Por estas fechas el año pasado", "2023-11-29"),
    ("es", "Tal día como hoy, en 1975, murió Franco.", "Tal día como hoy, en 1975", "1975-11-29"),
    ("de", "Letztes Jahr um diese Zeit war alles anders.", "Letztes Jahr um diese Zeit", "2023-11-29"),
    (
        "de",
        "Vor einem Jahr auf den Tag genau begann der Krieg.",
        "Vor einem Jahr auf den Tag genau",
        "2023-11-29",
    ),
    ("pt", "Nesta mesma época do ano passado", "Nesta mesma época do ano passado", "2023-11-29"),
    ("ru", "В это же время в прошлом году цены были ниже.", "В это же время в прошлом году", "2023-11-29"),
    ("ru", "В этот день в 1945 году закончилась война.", "В этот день в 1945 году", "1945-11-29"),
    ("it", "L'anno scorso di questi tempi", "anno scorso di questi tempi", "2023-11-29"),
    ("ar", "في مثل هذا اليوم من العام الماضي", "مثل هذا اليوم من العام الماضي", "2023-11-29"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), ANNIVERSARIES, ids=[c[2] for c in ANNIVERSARIES])
def test_the_references_day_in_the_year_said(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.timex, f.when.grain.value) for f in found] == [(span, timex, "day")]


def test_an_anniversary_word_with_no_year_is_no_date() -> None:
    assert find_times("This time, 20 people died.", REF, tz=TZ, languages=["en"]) == []


def test_an_anniversary_the_year_cannot_hold_leaves_the_year() -> None:
    # said on 29 February 2024: no 29 February in 2023, so "last year" alone is read
    found = find_times("this time last year", "2024-02-29T12:00:00", tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("last year", "2023")]


LOCAL = [
    ("Officials met at 6pm local residents said.", "6pm", "2024-11-28T18:00"),
    ("The blast hit at 9am local.", "9am local", "2024-11-29T09:00"),
    ("at 6pm local (1500 GMT)", "6pm local (1500 GMT)", "2024-11-28T18:00"),
    ("at 6pm local on Friday", "6pm local on Friday", "2024-11-29T18:00"),
]


@pytest.mark.parametrize(("text", "span", "timex"), LOCAL, ids=[c[0] for c in LOCAL])
def test_local_is_a_zone_only_where_the_time_may_end(text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]
