"""A year with its cue in the languages with a news table (lead10): the year rule is shared, and
only English, Arabic, Hebrew, Greek, Croatian, Georgian and Hungarian had its words.

Each row is a preposition or year noun before the year ("en 1975", "im Jahr 1975"), a word left out
of the span before it ("d'ici 2030": by 2030), or a year noun after it ("в 2020 году", "2020
yılında"). A "closed" word counts only where the year ends its phrase, so a count after it is
no year ("de 2000 personnes", "vor 2000 Zuschauern"). Values are the years as written.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"

YEARS = [
    ("fr", "Il est né en 1975, à Lyon.", "en 1975", "1975"),
    ("fr", "l'année 1975", "l'année 1975", "1975"),
    ("fr", "depuis 2011 les combats", "depuis 2011", "2011"),
    ("fr", "d'ici 2030", "2030", "2030"),
    ("fr", "les élections de 2022.", "2022", "2022"),
    ("es", "murió en 1975", "en 1975", "1975"),
    ("es", "el año 1975", "el año 1975", "1975"),
    ("es", "hasta 2030", "2030", "2030"),
    ("it", "nel 1975", "nel 1975", "1975"),
    ("it", "entro il 2030", "2030", "2030"),
    ("pt", "em 1975", "em 1975", "1975"),
    ("pt", "até 2030", "2030", "2030"),
    ("de", "im Jahr 1975", "im Jahr 1975", "1975"),
    ("de", "seit 2011", "seit 2011", "2011"),
    ("de", "bis 2030", "2030", "2030"),
    ("nl", "in 1975", "in 1975", "1975"),
    ("nl", "sinds 2011", "sinds 2011", "2011"),
    ("ru", "в 2020 году", "2020 году", "2020"),
    ("ru", "до 2020 года", "2020 года", "2020"),
    ("ru", "в 2020 г.", "2020 г.", "2020"),
    ("uk", "у 2020 році", "2020 році", "2020"),
    ("pl", "w 2020 roku", "2020 roku", "2020"),
    ("tr", "2020 yılında", "2020 yılında", "2020"),
    ("tr", "2020'de", "2020'de", "2020"),
    ("bg", "през 2020 г.", "през 2020 г.", "2020"),
    ("cs", "v roce 2020", "v roce 2020", "2020"),
    ("sk", "v roku 2020", "v roku 2020", "2020"),
    ("ro", "în 2020", "în 2020", "2020"),
    ("sv", "år 2020", "år 2020", "2020"),
    ("da", "år 2020", "år 2020", "2020"),
    ("nb", "år 2020", "år 2020", "2020"),
    ("ca", "l'any 2020", "l'any 2020", "2020"),
    ("hr", "Rođen je u 2020. godini u Zagrebu", "2020. godini", "2020"),
    ("hr", "u 2020.", "2020", "2020"),
    # the generated tables' languages, with a year's noun before or after the number
    ("fi", "vuonna 2020", "vuonna 2020", "2020"),
    ("id", "pada tahun 2020", "pada tahun 2020", "2020"),
    ("ms", "tahun 2020", "tahun 2020", "2020"),
    ("vi", "năm 2020", "năm 2020", "2020"),
    ("hi", "साल 2020 में", "साल 2020", "2020"),
    ("lt", "2020 metais", "2020 metais", "2020"),
    ("lv", "2020. gadā", "2020. gadā", "2020"),
    ("et", "2020. aastal", "2020. aastal", "2020"),
    ("sl", "leta 2020", "leta 2020", "2020"),
    ("sr", "2020. godine", "2020. godine", "2020"),
    ("sq", "në vitin 2020", "në vitin 2020", "2020"),
    ("sw", "mwaka 2020", "mwaka 2020", "2020"),
    ("az", "2020-ci ildə", "2020-ci ildə", "2020"),
    ("bn", "২০২০ সালে", "২০২০ সালে", "2020"),
    ("mk", "2020 година", "2020 година", "2020"),
    ("be", "у 2020 годзе", "2020 годзе", "2020"),
    # a round hundred with a preposition before it is a year ("in the year 2000")
    ("ru", "в 2000 году", "2000 году", "2000"),
    ("pl", "w 2000 roku", "2000 roku", "2000"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), YEARS, ids=[f"{c[0]}:{c[1]}" for c in YEARS])
def test_a_year_with_its_cue(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex, f.when.grain.value) for f in found] == [(span, timex, "year")]


COUNTS = [
    # a round hundred before a noun that counts years too, with no word before it: "a 2000-year history"
    ("ka", "2000 წლის ისტორია"),
    ("fr", "de 2000 personnes"),
    ("es", "para 2000 personas"),
    ("de", "vor 2000 Zuschauern"),
    ("ru", "2020 рублей"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTS, ids=[f"{c[0]}:{c[1]}" for c in COUNTS])
def test_a_count_after_a_closed_cue_is_no_year(lang: str, text: str) -> None:
    assert find_times(text, REF, languages=[lang]) == []


AMOUNTS = [
    # a year noun after a small number is still an amount of years (and a noun before it, a unit)
    ("ru", "2 года назад", "2 года назад", "2022"),
    ("ru", "через 2 года", "через 2 года", "2026"),
    ("id", "3 tahun lalu", "3 tahun lalu", "2021"),
    ("vi", "3 năm trước", "3 năm trước", "2021"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), AMOUNTS, ids=[f"{c[0]}:{c[1]}" for c in AMOUNTS])
def test_an_amount_of_years_stays_an_amount(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


CUED_DIGITS = [
    # four bare digits after a clock cue: a 24-hour clock where the news writes one so (English "at
    # 2030"); where a year could be meant, elsewhere, no clock ("um 2020": about 2020, "u 2020": in 2020)
    ("en", "at 2030", "2030", "2024-11-28T20:30"),
    ("en", "at 1530", "1530", "2024-11-28T15:30"),
    ("de", "um 1530", "um 1530", "2024-11-28T15:30"),  # 1530 is no year a cue reads (1800-2100)
]


@pytest.mark.parametrize(
    ("lang", "text", "span", "timex"), CUED_DIGITS, ids=[f"{c[0]}:{c[1]}" for c in CUED_DIGITS]
)
def test_four_digits_after_a_clock_cue(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


@pytest.mark.parametrize(("lang", "text"), [("de", "um 2020"), ("fr", "à 2020"), ("hr", "u 2000 kuća")])
def test_a_year_like_number_after_a_clock_cue_is_no_clock(lang: str, text: str) -> None:
    assert find_times(text, REF, languages=[lang]) == []
