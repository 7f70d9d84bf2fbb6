"""A part of the day with its article, then "of" and its day, in Portuguese and Spanish; German
"in der Nacht zu Sonntag" (lead9).

Reference: Friday 29 November 2024, leaning to the past (tests/found_check.py): the last Sunday is
24 November. Values worked out from the calendar; a part is the TIMEX3 day plus its code (MO
morning, AF afternoon, EV evening), as the tables map "noite"/"noche" to the evening ("à noite",
"por la noche" already are).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

from .found_check import REF, spans

PARTS = [
    ("pt", "Na noite de domingo, a polícia prendeu dois suspeitos.", "2024-11-24TEV"),
    ("pt", "Noite de domingo tranquila em Lisboa.", "2024-11-24TEV"),
    ("pt", "Na tarde deste domingo, houve protestos em Lisboa.", "2024-11-24TAF"),
    ("pt", "A manhã de domingo foi calma em Lisboa.", "2024-11-24TMO"),
    ("es", "La noche del domingo, la policía detuvo a dos sospechosos.", "2024-11-24TEV"),
    ("es", "La tarde del domingo hubo protestas en Madrid.", "2024-11-24TAF"),
    ("es", "La mañana del domingo fue tranquila en Madrid.", "2024-11-24TMO"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), PARTS, ids=[f"{c[0]}:{c[1]}" for c in PARTS])
def test_part_of_its_day(lang: str, text: str, timex: str) -> None:
    assert [t for _, t in spans(lang, text)] == [timex]


NOT_PARTS = [
    # "tarde" is also "late", "mañana" alone "tomorrow", "na noite" alone no day
    ("es", "Llegó tarde el domingo a Madrid.", [("el domingo", "2024-11-24")]),
    ("es", "Mañana habrá protestas.", [("Mañana", "2024-11-30")]),
    ("pt", "Na noite, houve protestos.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_PARTS, ids=[f"{c[0]}:{c[1]}" for c in NOT_PARTS])
def test_no_part_without_its_day(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(lang, text) == expected


def test_night_into_a_day_in_german_is_the_english_reading() -> None:
    # "in der Nacht zu Sonntag" says what "overnight into Sunday" says: that day's small hours
    english = spans("en", "Police made two arrests overnight into Sunday.")
    assert [t for _, t in english] == ["2024-11-24TMO"]
    for joiner in ("zu", "zum", "auf"):
        found = spans("de", f"In der Nacht {joiner} Sonntag nahm die Polizei zwei Verdächtige fest.")
        assert [t for _, t in found] == ["2024-11-24TMO"], joiner


def test_arabic_early_morning_said_whole() -> None:
    # «الصباح الباكر», «ساعات الصباح الأولى»: the early morning (06:00-09:00) of the day, here the
    # reference's Friday 29 November (it is 10:00, so that morning is over)
    for text in ("في الصباح الباكر", "منذ ساعات الصباح الأولى تتواصل الاشتباكات."):
        found = find_times(text, REF, languages=["ar"])
        assert [(f.when.start.hour, f.when.end.hour, f.when.start.day) for f in found] == [(6, 9, 29)], text


def test_early_hours_of_a_part_said_with_its_day() -> None:
    # "the early hours of this morning": this morning's day (Friday 29 November), 00:00-06:00, one
    # mention (it was two: the bare early hours and "this morning")
    found = find_times("The incident happened in the early hours of this morning.", REF, languages=["en"])
    assert [(f.text, f.when.start.day, f.when.start.hour, f.when.end.hour) for f in found] == [
        ("early hours of this morning", 29, 0, 6)
    ]


NIGHTS = [
    # the night from one day into the next, said with each language's joiners: the first day's night
    # (Thursday 28 November); "into" a day alone is that day's small hours, as "overnight into" is
    ("it", "nella notte tra giovedì e venerdì", "2024-11-28TNI"),
    ("de", "in der Nacht von Donnerstag auf Freitag", "2024-11-28TNI"),
    # lead10: "noite" (evening and night in one word) running into the next day is the night (was EV)
    ("pt", "na noite de quinta para sexta", "2024-11-28TNI"),
    ("en", "overnight Thursday into Friday", "2024-11-28TNI"),
    ("ru", "в ночь со среды на четверг", "2024-11-27TNI"),
    ("ru", "в ночь на четверг", "2024-11-28TMO"),
    ("en", "overnight into Thursday", "2024-11-28TMO"),
    ("ru", "прошедшей ночью", "2024-11-28TNI"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), NIGHTS, ids=[f"{c[0]}:{c[1]}" for c in NIGHTS])
def test_night_from_one_day_into_the_next(lang: str, text: str, timex: str) -> None:
    assert [t for _, t in spans(lang, text)] == [timex]


def test_a_bare_part_after_of_is_no_day() -> None:
    # only a part said with its day ("this morning") names the day of another part: "morgen zu mittag"
    # (tomorrow at lunch) is not this morning's small hours
    assert "morgen zu mittag" not in [f.text for f in find_times("morgen zu mittag", REF, languages=["de"])]
