"""A forward word after a verb of lasting told in the past stays in the past (lead9).

Reference: Friday 29 November 2024, leaning to the past (tests/found_check.py). "until Wednesday"
points ahead (4 December) when the thing still runs ("remains", "gilt", «تستمر») or was moved
("extended"); after a verb of lasting in the past ("lasted", "dauerten", «استمرت») it is the
Wednesday gone (27 November). Worked out from the calendar.
"""

from __future__ import annotations

import pytest

from .found_check import spans

GONE, AHEAD = "2024-11-27", "2024-12-04"

LASTED = [
    ("en", "The storm lasted until Wednesday.", GONE),
    ("en", "The protest continued until Wednesday.", GONE),
    ("en", "Rescuers worked until Wednesday.", GONE),
    ("en", "The curfew remains in force until Wednesday.", AHEAD),
    ("en", "The warning has been extended into Wednesday.", AHEAD),
    ("en", "The offer was extended until Wednesday.", AHEAD),
    ("fr", "Les combats ont duré jusqu'à mercredi.", GONE),
    ("fr", "Le couvre-feu est prolongé jusqu'à mercredi.", AHEAD),
    ("de", "Die Kämpfe dauerten bis Mittwoch.", GONE),
    ("de", "Die Sperre gilt bis Mittwoch.", AHEAD),
    ("es", "Los combates duraron hasta el miércoles.", GONE),
    ("es", "El toque de queda seguirá hasta el miércoles.", AHEAD),
    ("pt", "Os combates duraram até quarta-feira.", GONE),
    ("it", "I combattimenti sono durati fino a mercoledì.", GONE),
    ("nl", "De gevechten duurden tot woensdag.", GONE),
    ("ru", "Бои продолжались до среды.", GONE),
    ("ru", "Комендантский час продлится до среды.", AHEAD),
    ("ar", "استمرت الاشتباكات حتى الأربعاء.", GONE),
    ("ar", "واستمرت الاشتباكات حتى الأربعاء.", GONE),
    ("ar", "تستمر الاشتباكات حتى الأربعاء.", AHEAD),
]


@pytest.mark.parametrize(("lang", "text", "day"), LASTED, ids=[f"{c[0]}:{c[1]}" for c in LASTED])
def test_until_after_lasting(lang: str, text: str, day: str) -> None:
    assert [d[:10] for _, d in spans(lang, text)] == [day]


def test_into_after_a_day_said_before() -> None:
    # the clause after "and" has its own verb of lasting: Wednesday is the day after that Tuesday
    found = spans("en", "Fighting erupted late on Tuesday and continued into Wednesday.")
    assert [d for _, d in found] == ["2024-11-26TEV", GONE]
