"""The nth weekday of a month said month first (wave 5, eastint): Japanese, Korean, Chinese, Turkish.

Values by hand: October 2024 begins on a Tuesday, so its Mondays are 7, 14, 21, 28, its
Tuesdays 1, 8, 15, 22, 29, its Fridays 4, 11, 18, 25; October 2014 began on a Wednesday (the
1st) and ended on a Friday (the 31st). The reference is Friday 2024-11-29, leaning to the past:
a month said alone is its nearest occurrence, October 2024.
"""

from __future__ import annotations

import pytest

from liveblog.resolve import resolve

REF = "2024-11-29T21:00"

CASES = [
    ("ja", "10月の第1月曜日", "2024-10-07"),
    ("ja", "10月第二火曜日", "2024-10-08"),
    ("ja", "2014年10月の最後の金曜日", "2014-10-31"),
    ("ko", "10월 첫째 월요일", "2024-10-07"),
    ("ko", "10월의 두 번째 화요일", "2024-10-08"),
    ("ko", "10월 마지막 금요일", "2024-10-25"),
    ("zh", "十月第一个星期一", "2024-10-07"),
    ("zh", "十月的第一個星期一", "2024-10-07"),
    ("zh", "2014年10月最后一个星期五", "2014-10-31"),
    ("tr", "ekim 2014 birinci çarşambası", "2014-10-01"),
    ("tr", "ekim birinci salı", "2024-10-01"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES)
def test_nth_month_first(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.timex == timex


@pytest.mark.parametrize(("lang", "text"), [("ja", "10月の第1四半期"), ("zh", "十月第一个人")])
def test_no_nth_without_a_weekday(lang: str, text: str) -> None:
    """An nth after a month names a day only with a weekday (or week) after it."""
    when = resolve(text, REF, languages=[lang])
    assert when is None or when.timex == "2024-10", text
