"""The night from one day into the next in Polish, Ukrainian, Czech and Slovak (lead10), as Russian
"в ночь со среды на четверг" already was (lead9): a part of the day, "of" the first day, "into" the
second — one mention, the first day's night (it was three: the part, and each day alone). "The
night into Friday" alone is Friday's small hours (NI of Thursday runs into Friday; the grammar
gives the early hours of the day named, as Russian "в ночь на четверг").

Reference: Friday 29 November 2024, 14:00, leaning to the past: Thursday is 28 November.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"

NIGHTS = [
    ("pl", "W nocy z czwartku na piątek zginęły dwie osoby.", "W nocy z czwartku na piątek", "2024-11-28TNI"),
    ("uk", "В ніч з четверга на п'ятницю загинули двоє.", "В ніч з четверга на п'ятницю", "2024-11-28TNI"),
    ("cs", "V noci ze čtvrtka na pátek zemřeli dva lidé.", "V noci ze čtvrtka na pátek", "2024-11-28TNI"),
    (
        "sk",
        "V noci zo štvrtka na piatok zomreli dvaja ľudia.",
        "V noci zo štvrtka na piatok",
        "2024-11-28TNI",
    ),
    ("pl", "w nocy na piątek", "w nocy na piątek", "2024-11-29TMO"),
    ("uk", "у ніч проти п'ятниці", "у ніч проти п'ятниці", "2024-11-29TMO"),
    ("ru", "в ночь со среды на четверг", "в ночь со среды на четверг", "2024-11-27TNI"),
    # the day first, then its night, then "into" the next day (and its morning): Sunday's night
    ("en", "Sunday night into Monday", "Sunday night into Monday", "2024-11-24TNI"),
    ("en", "from Sunday night into Monday morning", "Sunday night into Monday morning", "2024-11-24TNI"),
    ("de", "Sonntagnacht auf Montag", "Sonntagnacht auf Montag", "2024-11-24TNI"),
    ("nl", "in de nacht van zondag op maandag", "nacht van zondag op maandag", "2024-11-24TNI"),
    # a "noche"/"noite" (evening and night in one word) that runs into the next day is the night
    ("es", "la noche del domingo al lunes", "la noche del domingo al lunes", "2024-11-24TNI"),
    (
        "pt",
        "na noite de domingo para segunda-feira",
        "na noite de domingo para segunda-feira",
        "2024-11-24TNI",
    ),
    # the night into Monday: Monday's small hours (Scandinavian "til"/"mot", Dutch "op")
    ("sv", "natten mot måndag", "natten mot måndag", "2024-11-25TMO"),
    ("da", "natten til mandag", "natten til mandag", "2024-11-25TMO"),
    ("nb", "natt til mandag", "natt til mandag", "2024-11-25TMO"),
    ("nl", "de nacht op maandag", "nacht op maandag", "2024-11-25TMO"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), NIGHTS, ids=[f"{c[0]}:{c[2]}" for c in NIGHTS])
def test_the_night_from_one_day_into_the_next(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


def test_a_night_with_no_day_stays_the_night() -> None:
    found = find_times("w nocy padało", REF, languages=["pl"])
    assert [(f.text, f.when.timex) for f in found] == [("w nocy", "2024-11-28TNI")]


NOT_PAIRED = [
    # a night "into" a day that is not the next one is the night alone ("into Tuesday" from Sunday)
    ("en", "Sunday night into Tuesday", [("night into Tuesday", "2024-11-26TMO")]),
    ("es", "la noche del domingo", [("la noche del domingo", "2024-11-24TEV")]),
]


@pytest.mark.parametrize(("lang", "text", "found"), NOT_PAIRED, ids=[c[1] for c in NOT_PAIRED])
def test_no_next_day_no_pair(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, languages=[lang])] == found


TURKISH = [
    # "pazar" (Sunday, also "market") needs a cue: a day noun ("pazar günü") or a part after it
    ("pazar akşamı", "pazar akşamı", "2024-11-24TEV"),
    ("Pazar sabahı saldırı düzenlendi", "Pazar sabahı", "2024-11-24TMO"),
    ("pazar gecesi", "pazar gecesi", "2024-11-24TNI"),
]


@pytest.mark.parametrize(("text", "span", "timex"), TURKISH, ids=[c[0] for c in TURKISH])
def test_a_bound_weekday_before_a_part(text: str, span: str, timex: str) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, languages=["tr"])] == [(span, timex)]


def test_a_bound_weekday_alone_is_a_word() -> None:
    assert find_times("pazar yerinde", REF, languages=["tr"]) == []


EDGED = [
    # "early"/"late" before a weekday's part said in one word: the edged part, as "early Friday
    # morning" (the small hours) and "late Thursday evening" (21:00-24:00) are in English
    ("am frühen Freitagmorgen", "frühen Freitagmorgen", "early_hours", 29),
    ("am späten Donnerstagabend", "späten Donnerstagabend", "late_evening", 28),
    ("am Freitagmorgen", "Freitagmorgen", "morning", 29),
]


@pytest.mark.parametrize(("text", "span", "part", "day"), EDGED, ids=[c[0] for c in EDGED])
def test_an_edge_before_a_weekday_part(text: str, span: str, part: str, day: int) -> None:
    found = find_times(text, REF, languages=["de"])
    assert [(f.text, f.when.part, f.when.start.day) for f in found] == [(span, part, day)]
