"""Romance ranges (wave 5): bare days after an opener that carries the article, months without a
year, quarters, holidays and edges of months as a range's ends, month abbreviations with a stop.

Sentences written for this test; each value worked out by hand against one reference, Wednesday
15 May 2024, 10:00 in Paris, leaning to the future. A bare day on or after the 15th is May's, one
before it June's ("du 3 au 7" = 3-7 June); a month without a year is the coming one (January and
March 2025, June to December 2024), and a range's last month the first one after its first
("d'octobre à février" = October 2024 - February 2025); Christmas 2024 is the next, New Year's Day
2025 the first after it; the end of a month is its days 21 to the last, its start days 1-10.
"""

from __future__ import annotations

import pytest

from liveblog import resolve
from liveblog.model import When, WhenKind

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Paris"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])  # type: ignore[arg-type]


RANGES: list[tuple[str, str, str]] = [
    # bare days before their month: "du" is "de le", "dal" "da il", "del" "de el", "do" "de o"
    # (without a month two numbers are no days: "sur une échelle du 1 au 10")
    ("fr", "du 20 au 24 mai", "2024-05-20/2024-05-24"),
    ("fr", "du 3 au 7 juin", "2024-06-03/2024-06-07"),
    ("it", "dal 22 al 26 maggio", "2024-05-22/2024-05-26"),
    ("es", "del 10 al 12 de junio", "2024-06-10/2024-06-12"),
    ("pt", "do 18 ao 21 de maio", "2024-05-18/2024-05-21"),
    ("ca", "del 27 al 30 de maig", "2024-05-27/2024-05-30"),
    # months without a year: the range's last month is the first after its first
    ("fr", "de janvier à juin", "2025-01/2025-06"),
    ("es", "entre octubre y febrero", "2024-10/2025-02"),
    ("it", "da giugno a settembre", "2024-06/2024-09"),
    ("pt", "de julho a dezembro", "2024-07/2024-12"),
    ("ca", "de gener a juny", "2025-01/2025-06"),
    # quarters, holidays, edges of months as ends
    ("fr", "du premier trimestre 2023 au troisième trimestre 2023", "2023-Q1/2023-Q3"),
    ("es", "del primer trimestre de 2022 al cuarto trimestre de 2022", "2022-Q1/2022-Q4"),
    ("pt", "entre o segundo trimestre de 2021 e o quarto trimestre de 2021", "2021-Q2/2021-Q4"),
    ("it", "dal primo trimestre 2020 al terzo trimestre 2020", "2020-Q1/2020-Q3"),
    ("fr", "de Noël au Nouvel An", "2024-12-25/2025-01-01"),
    ("it", "da Natale a Capodanno", "2024-12-25/2025-01-01"),
    ("fr", "de fin mars à début avril", "2025-03-21/2025-04-10"),
    # hours after an opener and a closer that carry the clock's article ("le", "las", "les"); a
    # clock's day is the next one whose hour is ahead: 09:00 of the 15th has passed at 10:00
    ("it", "tra le 9 e le 11", "2024-05-16T09:00/2024-05-16T11:00"),
    ("it", "tra le 14 e le 16 di venerdì", "2024-05-17T14:00/2024-05-17T16:00"),
    ("es", "entre las 15 y las 17", "2024-05-15T15:00/2024-05-15T17:00"),
    ("es", "de las 20 a las 22 horas", "2024-05-15T20:00/2024-05-15T22:00"),
    ("ca", "entre les 12 i les 14", "2024-05-15T12:00/2024-05-15T14:00"),
    ("ca", "de les 9 a les 11", "2024-05-16T09:00/2024-05-16T11:00"),
    # month abbreviations with a full stop
    ("es", "del 21 de dic. al 6 de ene.", "2024-12-21/2025-01-06"),
    ("fr", "14 - 20 sept. 2025", "2025-09-14/2025-09-20"),
    ("it", "3 - 5 gen. 2025", "2025-01-03/2025-01-05"),
    ("pt", "10 a 12 out.", "2024-10-10/2024-10-12"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RANGES)
def test_ranges(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None, f"{text!r} gave no date"
    assert when.timex == timex, text
    assert when.kind is WhenKind.RANGE


# Two bare numbers are days only after an opener that carries the article, in order, and not
# before a unit or a percent sign.
NOT_RANGES: list[tuple[str, str]] = [
    ("fr", "du 3 au 5 %"),
    ("fr", "du 20 au 15"),
    ("it", "dal 3 al 5 anni"),
    ("fr", "de 3 à 5"),
    ("es", "entre 3 y 5"),
    ("it", "tra le 3 e le 5 vittime"),  # a count of victims, not hours
    ("fr", "du 13 au 18 blessés"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RANGES)
def test_bare_numbers_that_are_no_days(lang: str, text: str) -> None:
    assert _read(lang, text) is None


def test_english_months_without_a_year_make_a_range_too() -> None:
    when = resolve("from October to February", REF, prefer="future", tz=TZ)
    assert when is not None
    assert when.timex == "2024-10/2025-02"
