"""A modifier before a month's noun and its name belongs to the month.

Romance news write "el pasado mes de marzo", "il prossimo mese di dicembre", "o passado mês de
dezembro": the modifier comes before the noun ("mes de", a ``monthprefix`` row), not before the
name. Read as the named month moved by the modifier, as "last March" / "next December" are.

Reference: Friday 29 November 2024, 10:00 at +02:00 (a past month-name is the last one before
November 2024: March 2024, September 2024, December 2023; a next one the first after: March 2025,
December 2024).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    ("es", "el pasado mes de marzo", "pasado mes de marzo", "2024-03"),
    ("es", "El próximo mes de marzo", "próximo mes de marzo", "2025-03"),
    ("it", "lo scorso mese di settembre", "scorso mese di settembre", "2024-09"),
    ("it", "il prossimo mese di dicembre", "prossimo mese di dicembre", "2024-12"),
    ("pt", "no passado mês de dezembro", "passado mês de dezembro", "2023-12"),
    ("pt", "no próximo mês de março", "próximo mês de março", "2025-03"),
    # unchanged neighbours: the modifier after the name, and a month's noun with no name
    ("es", "el mes de marzo pasado", "mes de marzo pasado", "2024-03"),
    ("es", "el mes pasado", "el mes pasado", "2024-10"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES)
def test_the_modifier_before_the_months_noun(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]
