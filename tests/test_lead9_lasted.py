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


AFTER_A_DAY_SAID = [
    # a forward word after a day gone said earlier in the sentence: the first such day after it,
    # unless the clause is told in the future or that day is still ahead (Friday 29 November)
    ("en", "Fighting erupted late on Tuesday and spread into Wednesday.", ["2024-11-26TEV", GONE]),
    ("en", "The strike began on Tuesday and is expected to last until Sunday.", ["2024-11-26", "2024-12-01"]),
    ("en", "The strike began on Tuesday and runs until Sunday.", ["2024-11-26", "2024-12-01"]),
    ("en", "Protests began on Monday. They will continue until Wednesday.", ["2024-11-25", AHEAD]),
    (
        "ar",
        "بدأ الهجوم فجر الأربعاء الماضي، وتواصل حتى ساعة متأخرة من مساء الخميس.",
        ["2024-11-27TMO", "2024-11-28TEV"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "timexes"), AFTER_A_DAY_SAID, ids=[f"{c[0]}:{c[1]}" for c in AFTER_A_DAY_SAID]
)
def test_until_after_a_day_said(lang: str, text: str, timexes: list[str]) -> None:
    assert [t for _, t in spans(lang, text)] == timexes
