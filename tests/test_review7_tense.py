"""Review of the [tense] tables: a future word that is also a common word must not move a past day.

Before, each of the sentences below marked "past" read the coming Tuesday (3 December): the Nordic
"ska/skal" is also hearsay before "ha/have" ("ska ha skjutit": is said to have shot), the Dutch
"gaat" is "is about" in "het gaat om", the Ukrainian "має/мають" is "has/have", and the French
"va" and Portuguese "vai" say how one is ("va mieux", "vai bem"). The future readings stay.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past: the last Tuesday is 26
November, the coming one 3 December.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"
PAST, COMING = "2024-11-26", "2024-12-03"

CASES = [
    # (lang, text, span, timex) worked out by hand
    ("sv", "Mannen ska ha skjutit två personer på tisdagen.", "på tisdagen", PAST),
    ("sv", "Regeringen ska presentera budgeten på tisdag.", "på tisdag", COMING),
    ("da", "Manden skal have dræbt to personer tirsdag.", "tirsdag", PAST),
    ("da", "Regeringen skal fremlægge finansloven tirsdag.", "tirsdag", COMING),
    ("nb", "Mannen skal ha drept to personer tirsdag.", "tirsdag", PAST),
    ("nb", "Regjeringen skal legge fram budsjettet tirsdag.", "tirsdag", COMING),
    ("nl", "Het gaat om een aanslag op dinsdag in Amsterdam.", "dinsdag", PAST),
    ("nl", "Het onderzoek gaat over de explosie van dinsdag.", "dinsdag", PAST),
    ("nl", "Het kabinet gaat dinsdag de begroting presenteren.", "dinsdag", COMING),
    ("uk", "Україна має докази атаки у вівторок.", "у вівторок", PAST),
    ("uk", "Зустріч має відбутися у вівторок.", "у вівторок", COMING),
    ("fr", "Le blessé va mieux après l'attaque de mardi.", "mardi", PAST),
    ("fr", "Le président va s'exprimer mardi.", "mardi", COMING),
    ("pt", "O presidente vai bem depois da cirurgia de terça-feira.", "terça-feira", PAST),
    ("pt", "O governo vai apresentar o orçamento na terça-feira.", "na terça-feira", COMING),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_common_words_do_not_move_a_past_day(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]
