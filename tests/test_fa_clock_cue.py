"""Persian «ساعت» (the hour) before a clock: a cue as «الساعة» and "saat" are, so a day word joins it.

Before, «دیروز ساعت ۱۴:۳۰» gave yesterday and, apart, 14:30 today; «دیشب ساعت ۸» only the night; a
bare hour after «ساعت» nothing. «ساعت» after a number is still the unit of an amount («به مدت ۳
ساعت», for three hours: no date).

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past.
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    ("ساعت ۸", "ساعت ۸", "2024-11-29T08:00"),  # 08:00 today is past at 10:00
    ("دیشب ساعت ۸", "دیشب ساعت ۸", "2024-11-28T20:00"),  # last night: 8 in the evening
    ("دیروز ساعت ۱۴:۳۰", "دیروز ساعت ۱۴:۳۰", "2024-11-28T14:30"),
    ("فردا ساعت ۱۰", "فردا ساعت ۱۰", "2024-11-30T10:00"),
    ("امروز ساعت ۸ صبح", "امروز ساعت ۸ صبح", "2024-11-29T08:00"),
]


@pytest.mark.parametrize(("text", "span", "timex"), CASES, ids=[c[0] for c in CASES])
def test_day_word_hour_cue_clock(text: str, span: str, timex: str) -> None:
    assert spans("fa", text) == [(span, timex)]


def test_the_hour_as_a_unit_is_no_clock() -> None:
    assert spans("fa", "به مدت ۳ ساعت") == []
