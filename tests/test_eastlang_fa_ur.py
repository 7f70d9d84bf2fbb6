"""Persian and Urdu relative words (issue 16 names them; Duckling has no corpus for either).

Expected values by hand from the reference Friday 2024-11-29 21:00 (Tehran): «دیشب» (last
night) is the night that began Thursday evening, «دیروز» Thursday the 28th, «فردا صبح»
Saturday morning, «پس فردا» (the day after tomorrow) Sunday 1 December, «پریروز» (the day
before yesterday) Wednesday the 27th, «سه هفته قبل» about Friday 8 November (three weeks back).
"""

from __future__ import annotations

import pytest

from liveblog.lang import lexicon
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    ("fa", "دیشب", "2024-11-28TNI"),
    ("fa", "دیروز", "2024-11-28"),
    ("fa", "فردا صبح", "2024-11-30TMO"),
    ("fa", "فردا", "2024-11-30"),
    ("fa", "پس فردا", "2024-12-01"),
    ("fa", "پس\u200cفردا", "2024-12-01"),  # written with a zero-width non-joiner
    ("fa", "پریروز", "2024-11-27"),
    ("fa", "دو روز پیش", "2024-11-27"),
    ("fa", "سه هفته قبل", "2024-11-08"),  # about the day three weeks back (issue 14)
    ("fa", "دو روز بعد", "2024-12-01"),
    ("fa", "هفته قبل", "2024-W47"),
    ("fa", "سه شنبه", "2024-11-26"),  # Tuesday, not «شنبه» Saturday
    ("ur", "آج", "2024-11-29"),
    ("ur", "گزشتہ رات", "2024-11-28TNI"),
    ("ur", "آج صبح", "2024-11-29TMO"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each relative word names the day (and part) worked out by hand."""
    w = resolve(text, REF, tz="Asia/Tehran", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


def test_tables_exist() -> None:
    """Persian and Urdu have generated and hand-written tables."""
    assert lexicon("fa") is not None
    assert lexicon("ur") is not None


def test_day_after_tomorrow_is_not_tomorrow_in_running_text() -> None:
    """«پس فردا» in a sentence is one phrase (+2), not «فردا» (+1) with a word before it."""
    text = "وزیر گفت پس فردا به تهران می‌رود."
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz="Asia/Tehran", languages=["fa"])] == [
        ("پس فردا", "2024-12-01")
    ]
