"""A date something is set, moved or postponed to is ahead, as one after "until" is (lead9).

Reference: Friday 29 November 2024, leaning to the past (tests/found_check.py). A bare Tuesday is the
last one (26 November); after "postponed to", "marcada para", «назначено на» it is the coming one
(3 December). Worked out from the calendar.
"""

from __future__ import annotations

import pytest

from .found_check import spans

LAST, NEXT = "2024-11-26", "2024-12-03"

SET_FOR = [
    ("en", "The vote was postponed to Tuesday.", NEXT),
    ("en", "The hearing has been moved to Tuesday.", NEXT),
    ("en", "The talks were set for Tuesday.", NEXT),
    ("en", "The launch was pushed back to Tuesday.", NEXT),
    ("en", "He moved to Paris on Tuesday.", LAST),
    ("en", "The company was set up on Tuesday.", LAST),
    ("pt", "A votação está marcada para terça-feira.", NEXT),
    ("pt", "A votação foi adiada para terça-feira.", NEXT),
    ("pt", "A votação aconteceu na terça-feira.", LAST),
    ("es", "La votación está programada para el martes.", NEXT),
    ("es", "La votación fue aplazada al martes.", NEXT),
    ("it", "Il voto è stato rinviato a martedì.", NEXT),
    ("it", "Il voto è in programma martedì.", NEXT),
    ("fr", "Le vote a été reporté à mardi.", NEXT),
    ("fr", "Le vote est programmé mardi.", NEXT),
    ("fr", "Le vote a eu lieu mardi.", LAST),
    ("ru", "Голосование назначено на вторник.", NEXT),
    ("ru", "Голосование перенесли на вторник.", NEXT),
    ("ru", "Голосование прошло во вторник.", LAST),
    ("uk", "Голосування перенесли на вівторок.", NEXT),
    ("pl", "Głosowanie zaplanowano na wtorek.", NEXT),
    ("pl", "Głosowanie przełożono na wtorek.", NEXT),
    ("ar", "تقرر تأجيل التصويت إلى يوم الثلاثاء.", NEXT),
    ("ar", "أرجئت الجلسة إلى الثلاثاء.", NEXT),
    ("ar", "أجلت المحكمة النظر في القضية إلى الثلاثاء.", NEXT),
    ("ar", "عقدت الجلسة يوم الثلاثاء.", LAST),
    ("ar", "من أجل السلام التقى الوزيران الثلاثاء.", LAST),  # «أجل» here is "for"
]


@pytest.mark.parametrize(("lang", "text", "day"), SET_FOR, ids=[f"{c[0]}:{c[1]}" for c in SET_FOR])
def test_date_set_for_is_ahead(lang: str, text: str, day: str) -> None:
    assert [d for _, d in spans(lang, text)] == [day]


SHOULD_AND_DUE = [
    # "should" is a modal of possibility as "could" is (not before "have": told of the past); "is/are
    # due" a plan (the weekend said on a Friday morning is the coming one, 30 November-1 December)
    ("The count should finish by the weekend.", ["2024-11-30/2024-12-01"]),
    ("The results are due on the 5th.", ["2024-12-05"]),
    ("The report should have been published on Tuesday.", [LAST]),
]


@pytest.mark.parametrize(("text", "timexes"), SHOULD_AND_DUE, ids=[c[0] for c in SHOULD_AND_DUE])
def test_should_and_due(text: str, timexes: list[str]) -> None:
    assert [t for _, t in spans("en", text)] == timexes
