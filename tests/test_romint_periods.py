"""Romance periods (wave 5): the weekend with a word that says which, and month n of a year.

Sentences written for this test; each value worked out by hand against one reference, Wednesday
15 May 2024, 10:00 in Paris, leaning to the future. The weekend not over yet is Saturday 18 and
Sunday 19 May; the one before 11-12 May, the one after 25-26 May. Month n of a year is that
month ("the third month of 2017" = March 2017; the last = December).
"""

from __future__ import annotations

import pytest

from liveblog import resolve
from liveblog.model import When

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Paris"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])  # type: ignore[arg-type]


PERIODS: list[tuple[str, str, str]] = [
    ("fr", "ce week-end", "2024-05-18/2024-05-19"),
    ("fr", "le week-end dernier", "2024-05-11/2024-05-12"),
    ("it", "questo fine settimana", "2024-05-18/2024-05-19"),
    ("it", "lo scorso weekend", "2024-05-11/2024-05-12"),
    ("es", "el próximo fin de semana", "2024-05-25/2024-05-26"),
    ("pt", "este fim de semana", "2024-05-18/2024-05-19"),
    ("ca", "aquest cap de setmana", "2024-05-18/2024-05-19"),
    # "this" elided or before a vowel: this year's summer (June to August 2024)
    ("fr", "cet été", "2024-SU"),
    ("it", "quest'estate", "2024-SU"),
    ("pt", "o terceiro mês de 2017", "2017-03"),
    ("pt", "o décimo segundo mês de 2013", "2013-12"),
    ("fr", "le dernier mois de 2016", "2016-12"),
    ("pt", "do segundo mês de 2019 ao quinto mês de 2019", "2019-02/2019-05"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), PERIODS)
def test_periods(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None, f"{text!r} gave no date"
    assert when.timex == timex, text


# A weekend with neither an article nor a modifier names no one weekend.
@pytest.mark.parametrize(("lang", "text"), [("fr", "un week-end de trois jours"), ("it", "un weekend lungo")])
def test_a_weekend_said_of_any_is_no_date(lang: str, text: str) -> None:
    assert _read(lang, text) is None


def test_month_n_of_a_year_in_english_too() -> None:
    when = resolve("the third month of 2017", REF, prefer="future", tz=TZ)
    assert when is not None
    assert when.timex == "2017-03"
