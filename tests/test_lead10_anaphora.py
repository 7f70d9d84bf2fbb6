"""Weeks, months and years said from the date before them, in English (lead10).

"Talks opened on 3 March 2024" — a Sunday, the last day of ISO week 2024-W09 (26 February to 3
March). "The week after" is 2024-W10, "the previous week" 2024-W08, "the month before" February
2024. Only where the clause ends: "the week after the vote" counts from the vote, which no table
dates. With no date before, the entry's own time (the reference, Friday 29 November 2024, week
2024-W48) is the anchor, as for "the day after".
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"
OPENED = "Talks opened on 3 March 2024. "

AFTER_A_DATE = [
    ("The week after, they stalled.", "week after", "2024-W10"),
    ("The week before, they stalled.", "week before", "2024-W08"),
    ("The previous week, they stalled.", "previous week", "2024-W08"),
    ("The preceding month, they stalled.", "preceding month", "2024-02"),
    ("The month before, they stalled.", "month before", "2024-02"),
    ("The month after, they stalled.", "month after", "2024-04"),
    ("The year after, they stalled.", "year after", "2025"),
]


@pytest.mark.parametrize(("text", "span", "timex"), AFTER_A_DATE, ids=[c[1] for c in AFTER_A_DATE])
def test_said_from_the_date_before(text: str, span: str, timex: str) -> None:
    found = find_times(OPENED + text, REF, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("3 March 2024", "2024-03-03"), (span, timex)]
    assert found[1].rule.endswith("-previous")


def test_not_where_something_else_follows() -> None:
    found = find_times(OPENED + "The week after the vote they stalled.", REF, languages=["en"])
    assert [f.text for f in found] == ["3 March 2024"]


def test_with_no_date_before_the_reference_anchors() -> None:
    found = find_times("The previous week, prices rose.", REF, languages=["en"])
    assert [(f.text, f.when.timex, f.rule) for f in found] == [
        ("previous week", "2024-W47", "en-anaphor-reference")
    ]


OTHER_LANGUAGES = [
    # the same in French, Spanish, Italian, Portuguese and German tables (they were read from the
    # reference: "la semaine précédente" after 3 March 2024 was the week before 29 November)
    (
        "fr",
        "Les pourparlers ont débuté le 3 mars 2024. La semaine précédente, ils avaient échoué.",
        "2024-W08",
    ),
    ("fr", "Le 3 mars 2024. Le mois suivant, ils ont échoué.", "2024-04"),
    ("es", "El 3 de marzo de 2024. La semana anterior, fracasaron.", "2024-W08"),
    ("es", "El 3 de marzo de 2024. Al mes siguiente, fracasaron.", "2024-04"),
    ("it", "Il 3 marzo 2024. La settimana precedente fallirono.", "2024-W08"),
    ("pt", "Em 3 de março de 2024. Na semana anterior, falharam.", "2024-W08"),
    ("de", "Am 3. März 2024. In der Woche zuvor scheiterten sie.", "2024-W08"),
    ("de", "Am 3. März 2024. Im Monat darauf scheiterten sie.", "2024-04"),
]


@pytest.mark.parametrize(
    ("lang", "text", "timex"), OTHER_LANGUAGES, ids=[c[1][-40:] for c in OTHER_LANGUAGES]
)
def test_said_from_the_date_before_in_other_languages(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == ["2024-03-03", timex]
    assert found[1].rule == f"{lang}-anaphor-previous"


DEICTIC = [
    ("fr", "Le 3 mars 2024. La semaine prochaine, ils reprendront.", "2024-W49"),
    ("es", "El 3 de marzo de 2024. La semana pasada, fracasaron.", "2024-W47"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), DEICTIC, ids=[c[1][-30:] for c in DEICTIC])
def test_deictic_modifiers_stay_deictic(lang: str, text: str, timex: str) -> None:
    # "prochaine", "pasada" count from now (the reference's week), not from the date before
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == ["2024-03-03", timex]


WEEKENDS = [
    # the weekend "of" a day: the Saturday and Sunday that hold it (7 December 2024 is a Saturday);
    # a weekend of no date ("of the election") stays the weekend alone
    ("en", "the weekend of 7-8 December", "weekend of 7-8 December"),
    ("en", "the weekend of December 7", "weekend of December 7"),
    ("fr", "le week-end du 7 décembre", "le week-end du 7 décembre"),
    ("es", "el fin de semana del 7 de diciembre", "el fin de semana del 7 de diciembre"),
]


@pytest.mark.parametrize(("lang", "text", "span"), WEEKENDS, ids=[c[1] for c in WEEKENDS])
def test_the_weekend_of_a_day(lang: str, text: str, span: str) -> None:
    found = find_times(text, REF, tz="Europe/London", languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, "2024-12-07/2024-12-08")]


def test_the_weekend_of_an_event() -> None:
    found = find_times("the weekend of the election", REF, tz="Europe/London", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("weekend", "2024-11-23/2024-11-24")]


BRACKETED = [
    # a weekday and its day of the month in brackets (Brazilian news): the date nearest the reference
    # (Friday 29 November 2024) that is both; "quinta-feira (5)" is Thursday 5 December, not the last
    # Thursday that leaning to the past would give; a number no such weekday has leaves the weekday
    ("nesta sexta-feira (29)", "nesta sexta-feira (29)", "2024-11-29"),
    ("na última terça-feira (26)", "na última terça-feira (26)", "2024-11-26"),
    ("na quinta-feira (5)", "na quinta-feira (5)", "2024-12-05"),
    ("na quinta (28), o presidente", "na quinta (28)", "2024-11-28"),
    ("na quinta-feira (6)", "na quinta-feira", "2024-11-28"),
]


@pytest.mark.parametrize(("text", "span", "timex"), BRACKETED, ids=[c[0] for c in BRACKETED])
def test_a_weekday_and_its_day_in_brackets(text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz="America/Sao_Paulo", languages=["pt"])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


TOLD_BEFORE = [
    # told in the past, a month or day the nearest-occurrence rule put more than two months ahead
    # is the one a year before; "May" was left ahead (read again a year before the reference,
    # leaning back, it named the May before that one, so the check that it moves by one year failed)
    ("2005-01-01T12:00:00+00:00", "The company bought the plant in May.", "2004-05"),
    ("2001-01-01T12:00:00+00:00", "The company bought the plant in May.", "2000-05"),
    ("2013-01-01T12:00:00+00:00", "Talks were held on May 9.", "2012-05-09"),
    ("2005-01-01T12:00:00+00:00", "The company will buy the plant in May.", "2005-05"),
]


@pytest.mark.parametrize(
    ("ref", "text", "timex"), TOLD_BEFORE, ids=[f"{c[0][:4]}:{c[1]}" for c in TOLD_BEFORE]
)
def test_a_month_told_in_the_past(ref: str, text: str, timex: str) -> None:
    assert [f.when.timex for f in find_times(text, ref, languages=["en"])] == [timex]
