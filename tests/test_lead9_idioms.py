"""A fortnight and a week said as "fifteen days" and "eight days" in French, Spanish, Italian and
Portuguese (counted inclusively) (lead9).

Reference: Friday 29 November 2024 (tests/found_check.py). "Dans quinze jours" is in two weeks, 13
December, as "in a fortnight" is; "il y a huit jours" a week ago, 22 November; the same count in
digits ("dans 15 jours") stays fifteen days (14 December). Worked out from the calendar.
"""

from __future__ import annotations

import pytest

from .found_check import spans

IDIOMS = [
    ("en", "in a fortnight", "2024-12-13"),
    ("fr", "dans quinze jours", "2024-12-13"),
    ("fr", "il y a huit jours", "2024-11-22"),
    ("fr", "dans 15 jours", "2024-12-14"),
    ("es", "dentro de quince días", "2024-12-13"),
    ("es", "hace ocho días", "2024-11-22"),
    ("it", "fra quindici giorni", "2024-12-13"),
    ("pt", "daqui a quinze dias", "2024-12-13"),
]


@pytest.mark.parametrize(("lang", "text", "day"), IDIOMS, ids=[f"{c[0]}:{c[1]}" for c in IDIOMS])
def test_fortnight_and_week_idioms(lang: str, text: str, day: str) -> None:
    assert [t for _, t in spans(lang, text)] == [day]
