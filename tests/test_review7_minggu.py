"""Review of the Indonesian table: "minggu" is a week as well as Sunday.

Before, the CLDR's weekday "minggu" read alone won: "minggu depan" (next week) was Sunday 1
December, "minggu lalu" (last week) Sunday 24 November, "dalam dua minggu" (in two weeks) "minggu"
alone, Sunday 24 November. Now a bare "minggu" is Sunday only beside a day number or cue ("hari
Minggu", "Minggu, 1 Desember 2024") or with its part of the day ("Minggu pagi").

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past: this week is 2024-W48 (25
November to 1 December), the last one W47, the next one W49; the last Sunday is 24 November.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"

CASES = [
    # (text, [(span, timex)]) worked out by hand
    ("Pemilu akan digelar minggu depan.", [("minggu depan", "2024-W49")]),
    ("Harga beras naik minggu lalu.", [("minggu lalu", "2024-W47")]),
    # lead11: "dua" is a number now (it was none: nothing, not a Sunday): 29 Nov + 14 days
    ("dalam dua minggu", [("dalam dua minggu", "2024-12-13")]),
    ("dalam 3 minggu", [("dalam 3 minggu", "2024-12-20")]),  # 29 Nov + 21 days
    ("pada hari Minggu", [("hari Minggu", "2024-11-24")]),
    ("Minggu, 1 Desember 2024", [("Minggu, 1 Desember 2024", "2024-12-01")]),
    ("pada Minggu pagi", [("Minggu pagi", "2024-11-24TMO")]),
    ("Minggu malam polisi tiba", [("Minggu malam", "2024-11-24TNI")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_minggu_is_a_week_unless_a_day_is_said(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, REF, languages=["id"])
    assert [(f.text, f.when.timex) for f in found] == expected
