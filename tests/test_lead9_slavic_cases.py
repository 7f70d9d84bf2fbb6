"""Russian and Ukrainian modifiers in the case a season or a year takes (lead9).

Reference: Friday 29 November 2024 (tests/found_check.py). "Last summer" is summer 2024 (over),
"next summer" 2025, "spring of last year" spring 2023; the instrumental ("прошлым летом") and the
genitive ("прошлого года") were missing from the tables. Worked out from the calendar.
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    ("ru", "прошлым летом", "2024-SU"),
    ("ru", "следующим летом", "2025-SU"),
    ("ru", "весной прошлого года", "2023-SP"),
    ("ru", "летом прошлого года", "2023-SU"),
    ("ru", "в нынешнем году", "2024"),
    ("uk", "минулим літом", "2024-SU"),
    ("uk", "наступною весною", "2025-SP"),
    ("uk", "цією зимою", "2024-WI"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_case_forms(lang: str, text: str, timex: str) -> None:
    assert [t for _, t in spans(lang, text)] == [timex]


def test_start_of_last_year_as_in_english() -> None:
    english = [t for _, t in spans("en", "at the beginning of last year")]
    assert english
    assert english == [t for _, t in spans("ru", "в начале прошлого года")]
