"""Romance languages (fr es it pt ca ro): classes of phrasing read from table rows, not rules.

Each table gives, per class, sentences written for this test in every language that has the
class, with the value worked out by hand against one reference: Wednesday 15 May 2024, 10:00 in
Paris (CEST, +02:00), leaning to the future unless the row says otherwise. Calendar facts used:
1 June 2024 is a Saturday, 30 June a Sunday, 1 July a Monday; 25 December 2024 a Wednesday;
Orthodox Easter 2024 was 5 May and is 20 April in 2025.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from liveblog import find_times
from liveblog.lang import _data
from liveblog.lang._generate import rows_of

from .romance_check import REF, TZ
from .romance_check import check as _check
from .romance_check import read as _read

# -- clocks said in words: hour nouns, minutes around the hour, am/pm words, clock cues -----------

CLOCKS = [
    ("fr", "à dix-sept heures", "2024-05-15T17:00"),  # "heures" after a cue
    ("fr", "à six heures du soir", "2024-05-15T18:00"),  # "du soir" is pm
    ("fr", "vers 21 heures 15", "2024-05-15T21:15"),  # minutes after "heures"
    ("fr", "minuit dix", "2024-05-16T00:10"),  # the coming midnight, ten past
    ("fr", "midi moins le quart", "2024-05-15T11:45"),
    ("fr", "à huit heures et demie du matin", "2024-05-16T08:30"),  # 08:30 today is past: tomorrow
    ("es", "a las cuatro y media de la tarde", "2024-05-15T16:30"),
    ("es", "a las nueve menos cuarto de la noche", "2024-05-15T20:45"),
    ("es", "a las 20 horas", "2024-05-15T20:00"),
    ("es", "medianoche y cinco", "2024-05-16T00:05"),
    ("it", "alle sette e un quarto di sera", "2024-05-15T19:15"),
    ("it", "alle diciannove e trenta", "2024-05-15T19:30"),
    ("it", "mezzogiorno e mezza", "2024-05-15T12:30"),
    ("pt", "às nove e meia da manhã", "2024-05-15T09:30"),  # en9: 30 minutes gone, today's
    ("pt", "às 22 horas", "2024-05-15T22:00"),
    ("pt", "meia-noite e vinte", "2024-05-16T00:20"),
    ("ca", "a les deu i quart de la nit", "2024-05-15T22:15"),
    ("ca", "a les onze menys quart", "2024-05-15T10:45"),
    ("ro", "la ora 19", "2024-05-15T19:00"),
    # an hour with no am/pm word is the hour said (07:30, as "7:30"); today's has passed: tomorrow
    ("ro", "la ora șapte și jumătate", "2024-05-16T07:30"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CLOCKS)
def test_clocks_in_words(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


APPROXIMATE = [
    ("fr", "vers 18 heures", "2024-05-15T18:00"),
    ("fr", "aux alentours de 15h", "2024-05-15T15:00"),
    ("es", "hacia las 17 horas", "2024-05-15T17:00"),
    ("it", "verso le 18", "2024-05-15T18:00"),
    ("pt", "por volta das 14 horas", "2024-05-15T14:00"),
    ("ca", "cap a les 16 hores", "2024-05-15T16:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), APPROXIMATE)
def test_approximate_clocks(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None
    assert when.timex == timex
    assert when.approximate


# The hour noun is also the unit of a duration: without a cue, minutes or a part of the day it is no
# clock ("for 15 hours").
DURATIONS = [
    ("fr", "pendant 15 heures"),
    ("es", "durante 10 horas"),
    ("it", "per 12 ore"),
    ("pt", "por 3 horas"),
    ("ca", "durant 5 hores"),
    ("it", "le due ore"),  # "ore" stands before an hour ("alle ore 15"), never after it
    ("fr", "trois heures et demie"),  # minutes in words after the noun need a cue: a duration
    ("es", "tres horas y media"),
    ("pt", "três horas e meia"),
]


@pytest.mark.parametrize(("lang", "text"), DURATIONS)
def test_an_hour_noun_alone_is_a_duration(lang: str, text: str) -> None:
    assert _read(lang, text) is None


# -- days said in words, bare days after a day prefix, ordinal suffixes -----------------------------

DAYS = [
    ("fr", "le premier juin", "2024-06-01"),
    ("fr", "le 1er juin", "2024-06-01"),
    ("es", "el veinte de junio", "2024-06-20"),
    ("es", "el primero de julio", "2024-07-01"),
    ("it", "primo giugno", "2024-06-01"),
    ("it", "il tre di luglio", "2024-07-03"),
    ("pt", "cinco de julho", "2024-07-05"),
    ("ca", "el tres de juny", "2024-06-03"),
    ("ro", "întâi iunie", "2024-06-01"),
    # a day number after a day prefix: the month prefer picks (the 3rd has passed in May)
    ("fr", "le 20", "2024-05-20"),
    ("es", "el 3", "2024-06-03"),
    ("it", "il 16", "2024-05-16"),
    ("pt", "dia 18", "2024-05-18"),
    ("ca", "el 25", "2024-05-25"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), DAYS)
def test_days(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 10 a marqué deux buts."),  # a shirt number
        ("es", "El 9 falló el penalti."),
        ("it", "Il 7 ha segnato."),
    ],
)
def test_a_number_after_an_article_and_a_verb_is_no_day(lang: str, text: str) -> None:
    assert find_times(text, REF, tz=TZ, languages=[lang]) == []


# -- parts of periods, the nth weekday of a month, ranges ------------------------------------------

PERIODS = [
    ("fr", "fin juin", "2024-06-21/2024-06-30"),  # "juin" needs no cue; "fin mars" would
    ("fr", "fin mars", "2025-03-21/2025-03-31"),  # "mars" is bound: "fin" cues it
    ("es", "a mediados de julio", "2024-07-11/2024-07-20"),
    ("es", "a finales de mayo", "2024-05-21/2024-05-31"),  # "mayo" is bound: the edge cues it
    ("it", "all'inizio di agosto", "2024-08-01/2024-08-10"),
    ("pt", "no final de setembro", "2024-09-21/2024-09-30"),
    ("ca", "a finals de juliol", "2024-07-21/2024-07-31"),
    ("fr", "le dernier vendredi de juin", "2024-06-28"),
    ("es", "el primer lunes de julio", "2024-07-01"),
    ("it", "l'ultimo sabato di giugno", "2024-06-29"),
    ("pt", "a primeira sexta-feira de junho", "2024-06-07"),
    ("fr", "du 1er au 3 juin", "2024-06-01/2024-06-03"),
    ("fr", "entre le 10 et le 12 juin", "2024-06-10/2024-06-12"),
    ("it", "tra il 10 e il 12 giugno", "2024-06-10/2024-06-12"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), PERIODS)
def test_parts_of_periods_nth_and_ranges(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


# -- holidays by name (keys of liveblog.lang.holidays), day words and weekday phrasing -------------

HOLIDAYS = [
    ("fr", "noël", "2024-12-25"),
    ("fr", "la toussaint", "2024-11-01"),
    ("es", "nochevieja", "2024-12-31"),
    ("es", "día de reyes", "2025-01-06"),  # 6 January 2024 is past
    ("it", "ferragosto", "2024-08-15"),
    ("it", "epifania", "2025-01-06"),
    ("pt", "dia de finados", "2024-11-02"),
    ("ca", "sant esteve", "2024-12-26"),
    ("ro", "crăciun", "2024-12-25"),
    ("ro", "paște", "2025-04-20"),  # Orthodox Easter: 5 May 2024 is past
]


@pytest.mark.parametrize(("lang", "text", "timex"), HOLIDAYS)
def test_holidays_by_name(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


DAY_WORDS = [
    ("ro", "poimâine", "2024-05-17"),
    ("ro", "astăzi", "2024-05-15"),
    ("ro", "maine", "2024-05-16"),  # written without its accent
    ("pt", "depois de amanhã", "2024-05-17"),
    ("it", "dopodomani", "2024-05-17"),
    ("ca", "abans d'ahir", "2024-05-13"),
    ("ca", "dema", "2024-05-16"),
    ("ro", "lunea viitoare", "2024-05-20"),
    ("ca", "el dimarts vinent", "2024-05-21"),
    ("fr", "mardi de la semaine prochaine", "2024-05-21"),
    ("fr", "le mois suivant", "2024-06"),
    ("pt", "terça feira", "2024-05-21"),  # a weekday written with a space; the coming Tuesday
]


# Compositions the tables make possible: a month after its prefix, a range of clocks after a day, a
# day number in words as a range's end or after a weekday, a weekday with an article and a date.
COMPOSED = [
    ("fr", "au mois de mars", "2025-03"),  # "mars" is bound: "mois de" cues it; the coming March
    ("fr", "jeudi de 9h à 11h", "2024-05-16T09:00/2024-05-16T11:00"),
    ("fr", "du treize au quinze juin", "2024-06-13/2024-06-15"),
    ("fr", "vendredi dix-sept", "2024-05-17"),
    ("es", "viernes, el 7 de junio", "2024-06-07"),
    ("es", "el tercer trimestre", "2024-Q3"),
    ("it", "il quarto trimestre 2023", "2023-Q4"),
    ("it", "ore 15", "2024-05-15T15:00"),
    ("pt", "faz três semanas", "2024-04-24"),  # about 24 April 2024 (issue 14)
    ("pt", "quinze para o meio-dia", "2024-05-15T11:45"),
    ("es", "pasado mañana", "2024-05-17"),
    ("pt", "às 3 pm", "2024-05-15T15:00"),
    ("pt", "duas horas atrás", "2024-05-15T08:00:00"),  # the instant two hours before 10:00 (en9)
    ("ca", "dv.", "2024-05-17"),  # Catalan's two-letter weekday abbreviations
    ("it", "domani dalle 15:00 alle 17:00", "2024-05-16T15:00/2024-05-16T17:00"),
    ("it", "nella serata di domani", "2024-05-16TEV"),
]


# An open range stays the point it names (docs/resolution.md): "after 2 pm" is 2 pm.
OPEN = [
    ("it", "domani dopo le 14", "2024-05-16T14:00"),
    ("fr", "après 9h", "2024-05-16T09:00"),  # 09:00 today has passed
    ("es", "antes de las 11", "2024-05-15T11:00"),
    ("pt", "a partir das 18", "2024-05-15T18:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), OPEN)
def test_open_ranges_name_their_point(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


@pytest.mark.parametrize(("lang", "text", "timex"), COMPOSED)
def test_compositions(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


@pytest.mark.parametrize(("lang", "text", "timex"), DAY_WORDS)
def test_day_words_and_modifiers(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


def test_this_afternoon_is_not_a_zone() -> None:
    """French "cet" is "this": "cet après-midi" puts the clock in the afternoon, not at CET."""
    _check("fr", "à 3 heures cet après-midi", "2024-05-15T15:00")


# -- the generated tables -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "phrase", "value"),
    [
        ("fr", "vingt et un", 21),
        ("fr", "dix-sept", 17),
        ("es", "veinticuatro", 24),
        ("es", "cuarenta y cinco", 45),
        ("it", "trentuno", 31),
        ("pt", "dezasseis", 16),  # European Portuguese
        ("pt", "dezesseis", 16),  # Brazilian Portuguese
        ("ca", "vint-i-quatre", 24),
        ("ro", "douăzeci și unu", 21),
    ],
)
def test_number_words_are_generated(lang: str, phrase: str, value: int) -> None:
    assert (phrase, "num", value) in rows_of(lang)


def test_a_month_written_with_its_preposition_does_not_make_the_bare_name_an_abbreviation() -> None:
    """Catalan writes "de gener", "d'abril": "gener" and "abril" are full names, "gen" is bound."""
    rows = {(p, k) for p, k, _ in rows_of("ca")}
    assert ("gener", "month") in rows
    assert ("abril", "month") in rows
    assert ("gen", "month-bound") in rows


def test_committed_tables_are_the_generated_ones() -> None:
    root = Path(__file__).resolve().parent.parent / "src" / "liveblog" / "lang"
    for lang in ("fr", "es", "it", "pt", "ca", "ro"):
        committed = json.loads((root / lang / "cldr.json").read_text(encoding="utf-8"))["rows"]
        assert committed == [[p, k, list(v) if isinstance(v, tuple) else v] for p, k, v in rows_of(lang)]


@pytest.mark.parametrize(
    ("kind", "value"),
    [("holiday", "no_such_feast"), ("hournoun", "teatime"), ("periodedge", "middle"), ("minamount", "x")],
)
def test_a_bad_table_value_fails_on_load(kind: str, value: object) -> None:
    with pytest.raises(ValueError, match=kind):
        _data._value("fr", kind, "mot", value)
