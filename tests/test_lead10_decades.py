"""Decades in the languages' own tables (lead10): a noun before the number ("años 90", "les années
1990", "anni '90", "década de 1990", "jaren '90"), a noun glued after it ("1990er Jahren", "1990-е
годы"), or in words ("años noventa", "Neunzigerjahren", "девяностые"). Every one is the 1990s,
TIMEX3 199X; two digits name the latest such decade begun (1990, said in 2024). And "el 3%" is a
rate, not the 3rd of the month.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"

DECADES = [
    ("es", "en los años noventa", "los años noventa"),
    ("es", "en los años 90", "los años 90"),
    ("es", "la década de 1990", "la década de 1990"),
    ("es", "la década de los 90", "la década de los 90"),
    ("fr", "dans les années 1990", "les années 1990"),
    ("fr", "les années quatre-vingt-dix", "les années quatre-vingt-dix"),
    ("de", "in den 1990er Jahren", "1990er Jahren"),
    ("de", "in den Neunzigerjahren", "Neunzigerjahren"),
    ("it", "negli anni Novanta", "negli anni Novanta"),
    ("it", "negli anni '90", "negli anni '90"),
    ("pt", "na década de 1990", "na década de 1990"),
    ("ru", "в 1990-е годы", "1990-е годы"),
    ("ru", "в девяностые", "девяностые"),
    ("nl", "in de jaren negentig", "de jaren negentig"),
    ("nl", "in de jaren '90", "de jaren '90"),
]


@pytest.mark.parametrize(("lang", "text", "span"), DECADES, ids=[f"{c[0]}:{c[1]}" for c in DECADES])
def test_the_nineties(lang: str, text: str, span: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, "199X")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("es", "tiene 90 años"), ("it", "gli anni di piombo"), ("es", "alcanzó el 3%"), ("fr", "le 3 %")],
)
def test_no_decade_and_no_day(lang: str, text: str) -> None:
    # an age, a decade named by an event, a rate
    assert find_times(text, REF, languages=[lang]) == []


CENTURIES = [
    # a century's noun with its number in Roman numerals (written with a capital), an ordinal or a
    # modifier: the 20th century is 1900-1999, TIMEX3 19XX; its end 1870-1899 as in English
    ("es", "en el siglo XX", "siglo XX", "19XX"),
    ("es", "Xi Jinping llegó en el siglo XXI", "siglo XXI", "20XX"),
    ("fr", "au XXe siècle", "XXe siècle", "19XX"),
    ("fr", "au XIXème siècle", "XIXème siècle", "18XX"),
    ("fr", "le 20e siècle", "20e siècle", "19XX"),
    ("de", "im 20. Jahrhundert", "20. Jahrhundert", "19XX"),
    ("it", "nel XX secolo", "XX secolo", "19XX"),
    ("pt", "no século XX", "século XX", "19XX"),
    ("ru", "в XX веке", "XX веке", "19XX"),
    ("pl", "w XX wieku", "XX wieku", "19XX"),
    ("nl", "in de 20e eeuw", "20e eeuw", "19XX"),
    ("es", "el siglo pasado", "siglo pasado", "19XX"),
    ("es", "a finales del siglo XIX", "a finales del siglo XIX", "1870/1899"),
    ("de", "Anfang des 20. Jahrhunderts", "Anfang des 20. Jahrhunderts", "1900/1939"),
]


@pytest.mark.parametrize(
    ("lang", "text", "span", "timex"), CENTURIES, ids=[f"{c[0]}:{c[1]}" for c in CENTURIES]
)
def test_centuries(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


@pytest.mark.parametrize(("lang", "text"), [("es", "el siglo xx"), ("it", "Il XX Congresso del partito")])
def test_no_century(lang: str, text: str) -> None:
    # a Roman numeral in lower case (no capital as written) or with no century's noun beside it
    assert find_times(text, REF, languages=[lang]) == []
