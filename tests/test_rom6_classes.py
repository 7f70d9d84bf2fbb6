"""Romance languages, wave 6 (rom6): classes of phrasing read from table rows.

Every value below was worked out by hand against one reference, Wednesday 15 May 2024, 10:00 in
Paris (CEST, +02:00), leaning to the future. Calendar facts used: 1 July 2024 is a Monday (the
first Saturday of July 2024 is the 6th), 1 July 2025 a Tuesday (first Saturday: the 5th); the week
after the reference's runs Monday 20 to Sunday 26 May 2024.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times
from liveblog.lang.holidays import HOLIDAYS

from .romance_check import REF, TZ
from .romance_check import check as _check
from .romance_check import read as _read

# -- international and national days: rows of each language's [holiday] table ------------------

HOLIDAY_ROWS = [
    ("es", "el día mundial del sida", "2024-12-01"),
    ("es", "día internacional de las cooperativas del 2025", "2025-07-05"),  # first Saturday of July
    ("es", "dia de la cero discriminacion", "2025-03-01"),  # accent-free spelling; 1 March has passed
    ("es", "el día de los inocentes", "2024-12-28"),  # the Holy Innocents, Spain's day of pranks
    ("es", "el día de las bromas de abril", "2025-04-01"),
    ("it", "la festa della repubblica", "2024-06-02"),
    ("it", "la festa della liberazione", "2025-04-25"),  # 25 April 2024 has passed
    ("it", "le idi di marzo", "2025-03-15"),
    ("it", "la giornata mondiale della prematurità", "2024-11-17"),
    ("fr", "la journée mondiale de la santé", "2025-04-07"),
    ("fr", "la journée internationale des coopératives", "2024-07-06"),
    ("fr", "le jour des morts", "2024-11-02"),
    ("pt", "o dia de portugal", "2024-06-10"),
    ("pt", "dia da liberdade", "2025-04-25"),
    ("ca", "el dia de la dona", "2025-03-08"),
    ("ca", "dia dels sants innocents", "2024-12-28"),
    ("ro", "ziua națională a româniei", "2024-12-01"),
    ("ro", "ziua africii", "2024-05-25"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), HOLIDAY_ROWS)
def test_international_and_national_days(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


@pytest.mark.parametrize(
    ("key", "month", "day"),
    [
        ("world_arabic_language_day", 12, 18),
        ("zero_discrimination_day", 3, 1),
        ("world_prematurity_day", 11, 17),
        ("africa_day", 5, 25),
        ("human_rights_day", 12, 10),
        ("press_freedom_day", 5, 3),
        ("liberation_day_it", 4, 25),
        ("republic_day_it", 6, 2),
    ],
)
def test_fixed_days_of_the_new_keys(key: str, month: int, day: int) -> None:
    h = HOLIDAYS[key]
    assert (h.rule, h.month, h.day) == ("fixed", month, day)


# -- minutes read digit by digit after a zero: [minzero] rows ----------------------------------

ZERO_MINUTES = [
    ("es", "a las seis cero cinco de la tarde", "2024-05-15T18:05"),
    ("es", "las siete cero nueve pm", "2024-05-15T19:09"),
    ("es", "a las 7 0 5 pm", "2024-05-15T19:05"),  # digits: hour, zero, minute
    ("it", "alle otto zero tre di sera", "2024-05-15T20:03"),
    ("pt", "às nove zero sete da noite", "2024-05-15T21:07"),
    ("ca", "a les deu zero quatre de la nit", "2024-05-15T22:04"),
    # without a cue or an am/pm word the numbers say nothing of a clock
    ("es", "seis cero dos", None),
    ("es", "ganaron 6 0 2 veces", None),
]


@pytest.mark.parametrize(("lang", "text", "timex"), ZERO_MINUTES)
def test_minutes_after_a_zero(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- a day's noun before the day in words; an article before it is a shirt number ---------------

DAY_IN_WORDS = [
    ("es", "el día nueve", "2024-06-09"),  # the 9th of May has passed: June's
    ("es", "día veinte", "2024-05-20"),
    ("pt", "dia vinte", "2024-05-20"),
    ("ca", "dia dotze", "2024-06-12"),
    ("es", "el nueve", None),  # "el nueve" is the number 9 of a team
    ("ca", "un dia nou", None),  # a new day ("nou" is also nine)
]


@pytest.mark.parametrize(("lang", "text", "timex"), DAY_IN_WORDS)
def test_day_noun_and_day_in_words(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- a day prefix before two small numbers with a slash: a day and month, not a fraction --------

CUED_DAY_MONTH = [
    ("fr", "le 2/3", "2025-03-02"),  # 2 March 2024 has passed
    ("fr", "le 2/3 à 15h", "2025-03-02T15:00"),
    ("es", "el 4/7", "2024-07-04"),
    ("it", "il 3/6", "2024-06-03"),
    ("fr", "le 1/4 de finale", None),  # an "of" word after it: a fraction
    ("es", "el 2/3 de los votos", None),
    ("fr", "les 3/4 des élus", None),  # no day prefix
    ("fr", "le 3/4 a voté", None),  # a word no table knows after it
]


@pytest.mark.parametrize(("lang", "text", "timex"), CUED_DAY_MONTH)
def test_day_prefix_makes_a_day_month(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- number words alone count; a weekday joined to its week through an article -----------------

OTHER = [
    ("fr", "deux trois minutes", None),
    ("fr", "deux trois", None),
    ("it", "due tre giorni", None),
    ("sv", "mån", "2024-05-20"),  # a word with a sense besides the count (Monday, and "month"): read
    ("fr", "mardi la semaine suivante", "2024-05-21"),
    ("fr", "jeudi la semaine d'après", "2024-05-23"),
    ("es", "el jueves la semana que viene", "2024-05-23"),
    ("it", "venerdì la settimana prossima", "2024-05-24"),
    ("es", "sabado 18", "2024-05-18"),  # a weekday typed without its accent, then its day number
    ("ro", "Marti 21", "2024-05-21"),
    ("es", "sabado 18 jugadores", None),  # a count after the number: no day
    ("it", "genn. 2025", "2025-01"),  # the older abbreviation of gennaio
    ("it", "il 3 febbr. 2025", "2025-02-03"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), OTHER)
def test_other_classes(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- running news text with numbers, scores, fractions and quantities: no date in any ----------

NEWS = [
    (
        "es",
        "El nueve marcó dos goles y el equipo ganó 6 0 2 veces seguidas; el 2/3 de los votos fue "
        "para la oposición, que sumó dos tres escaños más.",
    ),
    (
        "fr",
        "Les 2/3 des députés ont voté pour, deux trois minutes avant la fin; le 1/4 de finale "
        "opposera le XV de France à l'Irlande, qui mène 3 0 au score.",
    ),
    (
        "it",
        "Secondo la Repubblica il 3/4 degli iscritti ha votato; la squadra ha vinto 3 0 e il nove "
        "ha segnato due tre volte su dieci tiri.",
    ),
    (
        "ca",
        "Comença un dia nou per a la ciutat: el nou alcalde va obtenir 3 0 2 punts i el 2/3 dels vots.",
    ),
    (
        "pt",
        "O time venceu por 2 0 e o dez marcou; a liberdade de imprensa caiu 3 pontos e a aids "
        "matou dois três mil a menos.",
    ),
]


NEWS += [
    # "on" is a day prefix and "a" the number one: a number word of three letters or more only
    ("en", "Kellogg suspended work on a $1 billion plant and shares fell on a 4% decline."),
]


@pytest.mark.parametrize(("lang", "text"), NEWS)
def test_no_false_dates_in_running_text(lang: str, text: str) -> None:
    found = find_times(text, REF, prefer="future", tz=TZ, languages=[lang])
    assert found == [], [(text[f.span.start : f.span.end], f.when.timex) for f in found]


# -- an nth said in digits with its ordinal mark; a shift's direction word ---------------------
# (1 June 2024 is a Saturday; 1 October 2024 a Tuesday; 1 March 2025 a Saturday; Christmas 2024
# a Wednesday, so the Tuesdays after it are 31 December, 7 and 14 January.)

NTH_AND_SHIFTS = [
    ("it", "1° martedì di giugno", "2024-06-04"),
    ("fr", "le 3ème jour d'octobre", "2024-10-03"),
    ("fr", "le 2e mardi de mars", "2025-03-11"),  # "mars" alone needs a cue: the nth's "de" is one
    ("en", "3rd Tuesday of October", "2024-10-15"),
    ("it", "il terzo martedì dopo Natale 2024", "2025-01-14"),
    ("fr", "trois jours après Noël", "2024-12-28"),
    ("es", "dos días antes de Navidad", "2024-12-23"),
    ("fr", "le 3e jour de grève", None),  # no month or year after it: a count of days
    ("it", "il 3° giorno di sciopero", None),
]


@pytest.mark.parametrize(("lang", "text", "timex"), NTH_AND_SHIFTS)
def test_nth_in_digits_and_shifts(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- day, month (and year) apart with spaces ----------------------------------------------------

SPACED = [
    ("fr", "le 20 02 2025", "2025-02-20"),
    ("fr", "20 2 2025", "2025-02-20"),  # a four-digit year needs no cue
    ("fr", "le 24 12 24", "2024-12-24"),  # a two-digit year only after the day prefix
    ("fr", "le 31 10", "2024-10-31"),  # no year: the month in two digits after the prefix
    ("es", "el 31 10 a las 8", "2024-10-31T08:00"),
    ("fr", "31 10", None),  # no cue: a score as much as a date
    ("fr", "20 02 14", None),
    ("fr", "1 500 000", None),  # thousands grouped by spaces
    ("fr", "ils étaient 3 10 2014 fois", None),  # a number after the day: no date
]


@pytest.mark.parametrize(("lang", "text", "timex"), SPACED)
def test_spaced_numeric_dates(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- a range from a day to a weekday said alone: the first such weekday on or after it ----------
# (3 June 2024 is a Monday.)

DAY_TO_WEEKDAY = [
    ("it", "da domani a sabato", "2024-05-16/2024-05-18"),
    ("fr", "de demain à lundi", "2024-05-16/2024-05-20"),
    ("es", "desde hoy hasta el viernes", "2024-05-15/2024-05-17"),
    ("en", "from 3 June to Friday", "2024-06-03/2024-06-07"),  # not the year whose 3 June is a Friday
    ("fr", "du lundi au jeudi", "2024-05-20/2024-05-23"),  # two weekdays: as before
]


@pytest.mark.parametrize(("lang", "text", "timex"), DAY_TO_WEEKDAY)
def test_range_from_a_day_to_a_weekday(lang: str, text: str, timex: str) -> None:
    _check(lang, text, timex)


# -- a bound anaphor counted from the date its "of" word names ----------------------------------

ANAPHOR_OF_DATE = [
    ("fr", "le lendemain du 13 juin", "2024-06-14"),
    ("fr", "la veille du 14 juillet", "2024-07-13"),
    ("es", "la víspera del 25 de diciembre", "2024-12-24"),
    ("it", "il giorno dopo il 2 giugno", "2024-06-03"),
    ("ca", "l'endemà del 23 d'abril", "2025-04-24"),  # 23 April 2024 has passed
    ("fr", "la veille du scrutin", None),  # counted from the vote: no date
]


@pytest.mark.parametrize(("lang", "text", "timex"), ANAPHOR_OF_DATE)
def test_anaphor_of_a_date(lang: str, text: str, timex: str | None) -> None:
    _check(lang, text, timex)


# -- properties: every valid day, month and year said with spaces or with a cue is that day -----


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.booleans())
def test_spaced_date_with_four_digit_year_is_that_day(day: date, padded: bool) -> None:
    month = f"{day.month:02d}" if padded else str(day.month)
    when = _read("fr", f"le {day.day} {month} {day.year}")
    assert when is not None
    assert when.timex == day.isoformat()


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28))
def test_cued_small_day_month_is_that_day_and_month(month: int, day: int) -> None:
    # Day first (the zone is Paris); the next such day from 15 May 2024, as the table rows above.
    when = _read("es", f"el {day}/{month}")
    assert when is not None
    assert (when.start.month, when.start.day) == (month, day)
    if (month, day) < (5, 15) and month == 5:  # ar9: gone by in the month under way: this year's
        assert when.start.date() == date(2024, month, day)
    else:
        assert when.start.date() >= date(2024, 5, 15)
