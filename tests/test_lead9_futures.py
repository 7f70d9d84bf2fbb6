"""The future written as the verb's ending in the Romance languages (lead9).

Reference: Friday 29 November 2024 (tests/found_check.py), leaning to the past. A weekday with no
tense cue is the last one (Tuesday 26 November); a future verb in its clause makes it the coming one
(Tuesday 3 December). The future is read from the verb's regular ending ("recevra", "recibirá",
"incontrerà"), not from a list of verbs, so any verb counts; a noun that ends so ("caméra",
"catamarán") and a word with a capital ("Ankara", "Teherán": a name) are no tense.
"""

from __future__ import annotations

import pytest

from .found_check import spans

LAST, NEXT = "2024-11-26", "2024-12-03"

FUTURES = [
    # (lang, text, weekday words as read, expected date) — worked out from the calendar
    ("fr", "Le président recevra ses homologues mardi.", "mardi", NEXT),
    ("fr", "Les ministres se rencontreront mardi à Bruxelles.", "mardi", NEXT),
    ("fr", "La délégation visitera l'usine mardi.", "mardi", NEXT),
    ("fr", "Le président a reçu ses homologues mardi.", "mardi", LAST),
    ("fr", "Il parle à la caméra mardi.", "mardi", LAST),
    ("fr", "Une opera mardi.", "mardi", LAST),
    ("fr", "Sommet à Ankara mardi.", "mardi", LAST),
    ("fr", "Le général déclara la guerre mardi.", "mardi", LAST),  # passé simple, not a future
    ("fr", "L'attaque aurait fait dix morts mardi.", "mardi", LAST),  # conditional: a report
    ("fr", "Le président viendra à Paris mardi.", "mardi", NEXT),
    ("fr", "Le ministre pourra signer mardi.", "mardi", NEXT),
    ("es", "El presidente recibirá a sus homólogos el martes.", "el martes", NEXT),
    ("es", "Los ministros viajarán el martes a Bruselas.", "el martes", NEXT),
    ("es", "El presidente recibió a sus homólogos el martes.", "el martes", LAST),
    ("es", "Cumbre en Teherán el martes.", "el martes", LAST),
    ("es", "Llegó un catamarán el martes.", "el martes", LAST),
    ("pt", "O presidente receberá os homólogos na terça-feira.", "terça-feira", NEXT),
    ("pt", "Os ministros viajarão na terça-feira.", "terça-feira", NEXT),
    ("pt", "O presidente recebeu os homólogos na terça-feira.", "terça-feira", LAST),
    ("it", "Il presidente incontrerà i colleghi martedì.", "martedì", NEXT),
    ("it", "I ministri partiranno martedì.", "martedì", NEXT),
    ("it", "Il presidente ha incontrato i colleghi martedì.", "martedì", LAST),
    ("ca", "El president rebrà els homòlegs dimarts.", "dimarts", NEXT),
    ("ca", "El president va rebre els homòlegs dimarts.", "dimarts", LAST),
    # first tense tables: a future particle or auxiliary (Persian and Hungarian put the verb last)
    ("fa", "جلسه روز سه‌شنبه برگزار خواهد شد", "سه\u200cشنبه", NEXT),
    ("fa", "جلسه روز سه‌شنبه برگزار شد", "سه\u200cشنبه", LAST),
    ("vi", "Cuộc họp sẽ diễn ra vào thứ Ba", "thứ Ba", NEXT),
    ("vi", "Cuộc họp đã diễn ra vào thứ Ba", "thứ Ba", LAST),
    ("el", "Η συνεδρίαση θα πραγματοποιηθεί την Τρίτη", "Τρίτη", NEXT),
    ("el", "Η συνεδρίαση πραγματοποιήθηκε την Τρίτη", "Τρίτη", LAST),
    ("hu", "Az ülést kedden fogják tartani.", "kedden", NEXT),
    ("hu", "Az ülés kedden lesz.", "kedden", NEXT),
    ("hu", "Az ülést kedden tartották.", "kedden", LAST),
]


@pytest.mark.parametrize(("lang", "text", "words", "day"), FUTURES, ids=[f"{c[0]}:{c[1]}" for c in FUTURES])
def test_future_ending_points_ahead(lang: str, text: str, words: str, day: str) -> None:
    found = spans(lang, text)
    assert [d for _, d in found] == [day]
    assert words in found[0][0]
