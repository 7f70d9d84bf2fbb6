"""Inside an entry: a time of day said alone, later than the entry (lead8), and "Posted at" stamps.

A live entry written at 15:10 that says "The order takes effect at 6 p.m." means today's 18:00:
leaning past alone made it yesterday's. The words say only a time of day (read leaning ahead they
move by exactly one day), the clause has no past verb, and the time is at most twelve hours ahead.
A clause told in the past keeps the last one ("the curfew began at 6 p.m."); a clock with no clause
around it ("22:40") is read as markers are, yesterday's when later than the reference.

Reference: Thursday 5 December 2024, 15:10 at +02:00, leaning past. Worked out by hand: today's 18:00
is 2024-12-05T18:00, yesterday's 2024-12-04T18:00; 07:00 today is already gone, so it stays today's.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, parse

REF = "2024-12-05T15:10:00+02:00"

CASES = [
    ("en", "The order takes effect at 6 p.m. and runs through Saturday.", "6 p.m.", "2024-12-05T18:00"),
    ("en", "The rally is at 6:30 p.m. outside parliament.", "6:30 p.m.", "2024-12-05T18:30"),
    ("en", "The curfew began at 6 p.m. across the city.", "6 p.m.", "2024-12-04T18:00"),
    ("en", "The blast was heard at 9 p.m. near the port.", "9 p.m.", "2024-12-04T21:00"),
    ("en", "Voting opened at 7am in the capital.", "7am", "2024-12-05T07:00"),
    ("en", "22:40", "22:40", "2024-12-04T22:40"),
    ("ar", "يبدأ حظر التجول عند الساعة الثامنة مساء", "الساعة الثامنة مساء", "2024-12-05T20:00"),
    ("ar", "بدأ حظر التجول عند الساعة الثامنة مساء", "الساعة الثامنة مساء", "2024-12-04T20:00"),
    ("fr", "Le couvre-feu commence à 20h.", "à 20h", "2024-12-05T20:00"),
    ("fr", "Le couvre-feu a commencé à 20h.", "à 20h", "2024-12-04T20:00"),
    ("de", "Die Ausgangssperre beginnt um 20 Uhr.", "um 20 Uhr", "2024-12-05T20:00"),
    ("de", "Die Ausgangssperre begann um 20 Uhr.", "um 20 Uhr", "2024-12-04T20:00"),
    ("es", "El toque de queda comienza a las 20:00.", "a las 20:00", "2024-12-05T20:00"),
    ("es", "El toque de queda comenzó a las 20:00.", "a las 20:00", "2024-12-04T20:00"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_a_time_of_day_later_than_the_entry(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang], prefer="past")
    assert [f.when.timex for f in found if f.text == span] == [timex]


def test_posted_at_stamps_open_posts() -> None:
    page = (
        "Gaza live\n\n6 Dec 2024\nPosted at 14:15 GMT\nStrikes kill 12 in Nuseirat\n"
        "At least 12 people were killed in an overnight strike.\n\n"
        "Posted at 13:40 GMT\nUN agency warns of famine\nAid deliveries fell, UNRWA said on Thursday.\n"
    )
    tl = parse(page, reference="2024-12-06T23:00", tz="UTC", lang="en")
    assert sorted(e.when.timex for e in tl.entries) == ["2024-12-06T13:40", "2024-12-06T14:15"]
    assert sorted(e.title or "" for e in tl.entries) == [
        "Strikes kill 12 in Nuseirat",
        "UN agency warns of famine",
    ]


# A weekday abbreviation with a clock told in full after it is that day (lead8): "Sat at 9am",
# "Sun 10am" were today's 09:00 and 10:00. Reference Friday 29 November 2024, 10:00 at +02:00,
# leaning ahead: Saturday is 30 November, Sunday 1 December, Wednesday 4 December; 15:30 GMT is
# 17:30 at +02:00. Lower case ("sun at 10am") and after an article ("The Sun", a newspaper) no day.
WEEKDAY_CLOCKS = [
    ("The match is Sat at 3pm.", [("Sat at 3pm", "2024-11-30T15:00")]),
    ("Sun 10am", [("Sun 10am", "2024-12-01T10:00")]),
    ("Wed 15:30 GMT", [("Wed 15:30 GMT", "2024-12-04T17:30")]),
    ("sun at 10am", [("10am", "2024-11-29T10:00")]),
    ("The Sun at 10pm published a story.", [("10pm", "2024-11-29T22:00")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_CLOCKS, ids=[c[0] for c in WEEKDAY_CLOCKS])
def test_weekday_abbreviation_with_a_clock(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, "2024-11-29T10:00:00+02:00", languages=["en"], prefer="future")
    assert [(f.text, f.when.timex) for f in found] == expected


# The first and last hours of a part of the day, as European news copy says them (lead8): "am
# frühen Morgen" was "Morgen" read as tomorrow, "a media mañana" "mañana" read as tomorrow, and a
# weekday before such a part lost it. Reference Friday 29 November 2024, 21:00 at +01:00, leaning
# past: today's parts, Thursday's on the 28th; early morning starts at 06:00, late morning at 10:00,
# mid-morning at 08:00, late afternoon at 15:00, early evening at 18:00, late evening at 21:00.
PART_EDGES = [
    ("de", "Die Polizei kam am frühen Morgen.", "am frühen Morgen", "2024-11-29T06:00"),
    ("de", "am Donnerstag am späten Abend", "am Donnerstag am späten Abend", "2024-11-28T21:00"),
    ("es", "Llegó a media mañana.", "a media mañana", "2024-11-29T08:00"),
    ("es", "el jueves a última hora de la tarde", "el jueves a última hora de la tarde", "2024-11-28T15:00"),
    ("it", "giovedì in tarda serata", "giovedì in tarda serata", "2024-11-28T21:00"),
    ("pt", "na quinta-feira ao fim da tarde", "na quinta-feira ao fim da tarde", "2024-11-28T15:00"),
    ("fr", "jeudi en fin de matinée", "jeudi en fin de matinée", "2024-11-28T10:00"),
    ("fr", "La manifestation a commencé en début de soirée.", "en début de soirée", "2024-11-29T18:00"),
]


@pytest.mark.parametrize(
    ("lang", "text", "span", "start"), PART_EDGES, ids=[f"{c[0]}:{c[1]}" for c in PART_EDGES]
)
def test_edges_of_a_part_of_the_day(lang: str, text: str, span: str, start: str) -> None:
    found = find_times(text, "2024-11-29T21:00:00+01:00", languages=[lang], prefer="past")
    assert [(f.text, f.when.start.strftime("%Y-%m-%dT%H:%M")) for f in found] == [(span, start)]
