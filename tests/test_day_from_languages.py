"""The day after or before a named day in more languages, and holidays in the case a preposition asks.

The one production for "the day before/after X" (``liveblog.resolve._windows.day_from``, see
tests/test_day_from.py) reads ``dayshift`` rows; these languages had none: "de dag na Kerstmis",
"dagen efter jul", "el día después de Navidad", "no dia seguinte ao Natal", "le jour après Noël",
"am Tag nach Weihnachten", "dzień po Bożym Narodzeniu", «накануне Нового года», «напередодні
Великодня». Slavic holiday names inflect after a preposition ("po Bożym Narodzeniu", «после
Рождества», «до Нового року»): the case forms are rows of the holiday table. In Swedish, Danish and
Norwegian "jul" alone is Christmas; as a month it needs a day or a year ("3 jul", "jul 2023").

Reference: Friday 29 November 2024, 10:00 at +02:00; a year-less holiday takes its nearest
occurrence: Christmas 25 December 2024; New Year 1 January 2025; Orthodox Christmas 7 January 2025
(39 days ahead; 2024's is 327 back); Easter, Western and Orthodox alike, 20 April 2025 (142 days
ahead; 31 March and 5 May 2024 are further back).
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    # (lang, text, span, timex)
    ("de", "am Tag nach Weihnachten", "Tag nach Weihnachten", "2024-12-26"),
    ("de", "am Tag vor Heiligabend", "Tag vor Heiligabend", "2024-12-23"),
    ("de", "am Tag nach dem 3. Oktober", "Tag nach dem 3. Oktober", "2024-10-04"),
    ("nl", "de dag na Kerstmis", "dag na Kerstmis", "2024-12-26"),
    ("nl", "de dag voor Kerstmis", "dag voor Kerstmis", "2024-12-24"),
    ("sv", "dagen efter jul", "dagen efter jul", "2024-12-26"),
    ("nb", "dagen etter jul", "dagen etter jul", "2024-12-26"),
    ("es", "el día después de Navidad", "día después de Navidad", "2024-12-26"),
    ("es", "el día antes de Navidad", "día antes de Navidad", "2024-12-24"),
    ("pt", "no dia seguinte ao Natal", "dia seguinte ao Natal", "2024-12-26"),
    ("fr", "le jour après Noël", "jour après Noël", "2024-12-26"),
    ("pl", "dzień po Bożym Narodzeniu", "dzień po Bożym Narodzeniu", "2024-12-26"),
    ("pl", "w dzień przed Wigilią", "dzień przed Wigilią", "2024-12-23"),
    ("ru", "накануне Нового года", "накануне Нового года", "2024-12-31"),
    ("ru", "на следующий день после Рождества", "на следующий день после Рождества", "2025-01-08"),
    ("uk", "напередодні Великодня", "напередодні Великодня", "2025-04-19"),
    # the case forms alone
    ("pl", "do Wielkanocy", "Wielkanocy", "2025-04-20"),
    ("ru", "после Рождества", "Рождества", "2025-01-07"),
    ("uk", "до Нового року", "Нового року", "2025-01-01"),
    # "jul" with a day is July
    ("sv", "den 3 jul", "3 jul", "2024-07-03"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_day_from_and_case_forms(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]


NONE = [
    # an event names no day; the greeting is no date
    ("de", "am Tag vor der Wahl"),
    ("nl", "de dag na de verkiezingen"),
    ("ru", "за день до выборов"),
    ("ru", "поздравил с Новым годом"),
    ("es", "el día después del partido"),
]


@pytest.mark.parametrize(("lang", "text"), NONE, ids=[c[1] for c in NONE])
def test_an_event_names_no_day(lang: str, text: str) -> None:
    assert spans(lang, text) == []
