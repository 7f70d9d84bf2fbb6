"""Ranges, windows and holiday names in Turkish, Japanese, Korean and Chinese (wave 5, eastint).

Expected values worked out by hand from the reference Friday 2024-11-29 21:00 (ISO week 48),
leaning to the past: last Monday is the 25th, so "Monday to Wednesday" is 25-27 November; a
month said alone is its nearest occurrence (June, August: this year's; November: this one, and
a February after it the next year's); a window is the whole units before (or after) today's.
"""

from __future__ import annotations

import pytest

from liveblog.model import WhenKind
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RANGES = [
    # -- Turkish: windows with "son", the ablative ending closing a range (glued or after «'») --
    ("tr", "son 2 gün", "2024-11-27/2024-11-28"),
    ("tr", "son üç hafta", "2024-W45/2024-W47"),
    ("tr", "son iki ay", "2024-09/2024-10"),
    ("tr", "son 24 saat", "2024-11-28T21/2024-11-29T20"),
    ("tr", "3 Ekim'den 7 Ekim'e kadar", "2024-10-03/2024-10-07"),
    ("tr", "pazartesiden çarşambaya kadar", "2024-11-25/2024-11-27"),
    ("tr", "2010'dan 2015'e kadar", "2010/2015"),
    ("tr", "saat 14'ten 16'ya kadar", "2024-11-29T14:00/2024-11-29T16:00"),
    # -- Japanese: から, より, ～ between the ends; まで, にかけて after the last --
    ("ja", "6月から8月まで", "2024-06/2024-08"),
    ("ja", "11月から2月まで", "2024-11/2025-02"),
    ("ja", "2019年3月～2020年1月", "2019-03/2020-01"),
    ("ja", "2015年から2017年にかけて", "2015/2017"),
    ("ja", "月曜日から水曜日まで", "2024-11-25/2024-11-27"),
    # -- Korean: 부터 glued to the first end or standing alone, ~ --
    ("ko", "8월 8일부터 8월 13일까지", "2024-08-08/2024-08-13"),
    ("ko", "월요일부터 수요일까지", "2024-11-25/2024-11-27"),
    ("ko", "6월부터 8월까지", "2024-06/2024-08"),
    ("ko", "9:30 ~ 11:00", "2024-11-29T09:30/2024-11-29T11:00"),
    # -- Chinese: 从 … 到, 至, windows with 前 and 后 (a word of their own, not the end of 最后) --
    ("zh", "从6月到8月", "2024-06/2024-08"),
    ("zh", "星期一到星期三", "2024-11-25/2024-11-27"),
    ("zh", "前两天", "2024-11-27/2024-11-28"),
    ("zh", "后三天", "2024-11-30/2024-12-02"),
    ("zh", "前两个月", "2024-09/2024-10"),
    # -- English: a range of weekdays ends on the first such weekday after its start --
    ("en", "from Monday to Wednesday", "2024-11-25/2024-11-27"),
    ("en", "Friday to Monday", "2024-11-29/2024-12-02"),  # said on a Friday: from today
]


@pytest.mark.parametrize(("lang", "text", "timex"), RANGES)
def test_range(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.kind is WhenKind.RANGE, text
    assert when.timex == timex


POINTS = [
    ("zh", "前年", "2022"),  # the year before last, not "last year"
    ("zh", "后年", "2026"),
    ("zh", "前天", "2024-11-27"),  # the day before yesterday stays a day word
    ("zh", "2024年主受难日", "2024-03-29"),  # Easter 2024: 31 March
    ("zh", "2025年圣灵降临日", "2025-06-08"),  # Easter 2025: 20 April, + 49 days
    ("tr", "15 Ekim'den 3 gün sonra", None),  # not a range from 15 to 3 (checked below)
]


@pytest.mark.parametrize(("lang", "text", "timex"), [p for p in POINTS if p[2] is not None])
def test_point(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.kind is WhenKind.POINT, text
    assert when.timex == timex


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "15 Ekim'den 3 gün sonra"),  # an amount after a date: no range ending on the 3rd
        ("tr", "Son dakika: Ankara'da toplantı"),  # "breaking news", no window
        ("zh", "前总统今天访问"),  # 前 "former" before a noun
    ],
)
def test_no_range(lang: str, text: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert all(f.when.kind is not WhenKind.RANGE for f in found), [f.when.timex for f in found]


def test_son_dakika_is_no_date() -> None:
    assert find_times("Son dakika: Ankara'da toplantı başladı.", REF, languages=["tr"]) == []
