"""Korean, Chinese and Japanese news shapes (cjk8, wave 7): a modifier naming a day or month of the
Korean calendar ("지난 28일"), native day counts, days said from the date before them (次日, 翌日,
다음날), parts of the day glued after a day number (28日晚).

Every expected value is worked out by hand from the reference: Friday 2024-11-29 21:00 UTC,
leaning to the past. "지난 28일" (the 28th just past) is 28 November; "지난 30일" 30 October (the
30th of this month is still to come); "오는 5일" (the 5th to come) 5 December, "오는 30일" the
next day, 30 November; "지난 2월" February 2024, "지난 11월" November 2023 (strictly before the
reference's month), "오는 3월" March 2025. "이틀 전" (two days ago) is Wednesday 27 November,
"사흘 뒤" (three days on) Monday 2 December. 次日 / 翌日 / 다음날 alone count from the reference:
Saturday 30 November; after "2024年3月5日" they are 6 March 2024. "두 달 뒤" (in two months) is January
2025, "3주 이전" (three weeks before) Friday 8 November. A quarter without its year is the nearest.
"""

from __future__ import annotations

import pytest

from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    # -- Korean: "지난"/"오는" before a day or month with its counter name that day or month --
    ("ko", "지난 28일", "2024-11-28"),
    ("ko", "지난 30일", "2024-10-30"),
    ("ko", "오는 5일", "2024-12-05"),
    ("ko", "오는 30일", "2024-11-30"),
    ("ko", "지난 2월", "2024-02"),
    ("ko", "지난 11월", "2023-11"),
    ("ko", "오는 3월", "2025-03"),
    ("ko", "지난 28일 오후 3시", "2024-11-28T15:00"),
    ("ko", "지난 3년", "2021/2023"),  # a unit that is no day: still the last three years
    ("ko", "지난 3일 동안", "2024-11-26/2024-11-28"),  # "during": the last three days
    # -- Korean words: last year, this month, native day counts, days said from another --
    ("ko", "지난해", "2023"),
    ("ko", "지난해 3월", "2023-03"),
    ("ko", "이틀 전", "2024-11-27"),
    ("ko", "사흘 뒤", "2024-12-02"),
    ("ko", "다음날", "2024-11-30"),
    ("ko", "전날", "2024-11-28"),
    # -- Chinese: the next day, this morning, a part glued after a day number --
    ("zh", "次日", "2024-11-30"),
    ("zh", "今晨", "2024-11-29TMO"),
    ("zh", "28日晚", "2024-11-28TEV"),
    ("zh", "当地时间28日晚间", "2024-11-28TEV"),
    ("zh", "11月28日晚8时许", "2024-11-28T20:00"),
    # -- Japanese: the next day --
    ("ja", "翌日", "2024-11-30"),
    # -- Chinese names of computed feasts, with their year (Hebrew feasts on their civil day:
    # Hanukkah 5779 began at dusk on 2 December 2018, its first day 3 December, eight days; Yom
    # Kippur 5785 is 12 October 2024; Passover 5785 15-21 Nisan = 13-19 April 2025) --
    ("zh", "2018年光明节", "2018-12-03/2018-12-10"),
    ("zh", "2024年赎罪日", "2024-10-12"),
    ("zh", "2025年逾越节", "2025-04-13/2025-04-19"),
    # -- windows after "the past" / "the coming": the whole units before or after today's --
    ("zh", "过去三天", "2024-11-26/2024-11-28"),
    ("zh", "未来三天", "2024-11-30/2024-12-02"),
    ("ja", "過去7日間", "2024-11-22/2024-11-28"),
    ("ja", "過去3年", "2021/2023"),
    # -- quarters: the number glued before the noun, after a year's counter or a rank's prefix --
    ("zh", "2018年第三季度", "2018-Q3"),
    ("zh", "第三季度", "2024-Q3"),  # the nearest third quarter, July-September 2024
    ("zh", "三季度", "2024-Q3"),
    ("ja", "2018年第3四半期", "2018-Q3"),
    ("ko", "2018년 4분기", "2018-Q4"),
    ("ko", "4분기", "2024-Q4"),  # the quarter the reference is in
    # -- Korean: native numbers before a unit, units glued to "ago"/"after", day and part in one --
    ("ko", "한 시간 전", "2024-11-29T20:00:00"),
    ("ko", "두 달 뒤", "2025-01"),
    ("ko", "일주일 전", "2024-11-22"),
    ("ko", "7일전", "2024-11-22"),
    ("ko", "3시간전", "2024-11-29T18:00:00"),
    ("ko", "3일후", "2024-12-02"),
    ("ko", "3주 이전", "2024-11-08"),
    ("ko", "재작년", "2022"),
    ("ko", "어제저녁", "2024-11-28TEV"),
    ("ko", "내일밤", "2024-11-30TNI"),
    ("ko", "월요일저녁", "2024-11-25TEV"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the day, month, clock or range worked out by hand."""
    w = resolve(text, REF, tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


ANCHORED = [
    ("zh", "2024年3月5日发生地震，次日举行发布会。", "次日", "2024-03-06"),
    ("ja", "2024年3月5日に発生し、翌日に会見した。", "翌日", "2024-03-06"),
    ("ko", "2024년 3월 5일 발생했고 다음날 회견을 열었다.", "다음날", "2024-03-06"),
]


@pytest.mark.parametrize(("lang", "text", "said", "timex"), ANCHORED)
def test_anchored_on_the_date_before(lang: str, text: str, said: str, timex: str) -> None:
    """The next day counts from the date said before it, not from the reference."""
    found = {f.text: f.when.timex for f in find_times(text, REF, tz="UTC", languages=[lang])}
    assert found[said] == timex


# Not dates: 晚 alone is "late" or part of a word (晚餐 dinner), a day count with "during" is an
# amount, 前日比 (against the day before) is a market comparison, a counted point is no clock.
NOT_DATES = [
    ("zh", "晚餐很晚才开始"),
    ("zh", "他提出3点建议"),
    ("ko", "3일 동안 비가 왔다"),
    ("ko", "그는 하루 종일 일했다"),
    ("ko", "이틀 동안 회의가 열렸다"),
    ("ja", "前日比100円高"),
    ("ja", "3時間待った"),
    ("zh", "三个季度"),  # three quarters: an amount
    ("ja", "過去最高を記録した"),  # a record high: "the past" with no count is no window
    ("zh", "事发当天"),  # the day of the incident: 当 is glued to 事发, an event names no date
    ("zh", "事发前一天"),
    ("ko", "세 명이 다쳤다"),  # three people were hurt
    ("ko", "한 번 더"),  # once more
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_not_dates(lang: str, text: str) -> None:
    """No date in these."""
    assert find_times(text, REF, tz="UTC", languages=[lang]) == []


# Short numeric dates as Chinese, Japanese and Korean pages write them: a weekday in brackets after
# the date (it also decides the order of two numbers of 12 or less: 5 March 2024 was a Tuesday, 3
# May a Tuesday only in 2022), or a clock after it; in these countries' zones month first.
NUMERIC = [
    ("ja", "UTC", "3/25（月）", "2024-03-25"),  # 25 March 2024 was a Monday
    ("ja", "UTC", "3/5(火)", "2024-03-05"),
    ("zh", "UTC", "3/5（周二）", "2024-03-05"),
    ("ko", "UTC", "3/5(화)", "2024-03-05"),
    ("ja", "UTC", "11/28(木)", "2024-11-28"),
    ("ja", "UTC", "11/28（木）午後3時", "2024-11-28T15:00"),
    ("ja", "Asia/Tokyo", "3/5 15:00", "2025-03-05T15:00"),  # the nearest 5 March, three months ahead
    ("zh", "Asia/Shanghai", "11/28 晚上8点", "2024-11-28T20:00"),
    ("ko", "Asia/Seoul", "4/25 오후4시에", "2024-04-25T16:00"),  # tb9: 147 days ahead, the last one
]


@pytest.mark.parametrize(("lang", "tz", "text", "timex"), NUMERIC)
def test_numeric_dates(lang: str, tz: str, text: str, timex: str) -> None:
    """The day (and clock) worked out by hand; the reference is 21:00 in ``tz``."""
    w = resolve(text, REF, tz=tz, languages=[lang])
    assert w is not None, text
    assert w.timex == timex


@pytest.mark.parametrize(("lang", "text"), [("ja", "3/5に"), ("en", "1/2 3"), ("en", "24/7 coverage")])
def test_numeric_not_dates(lang: str, text: str) -> None:
    """Two numbers with a slash and no weekday, clock or day cue beside them stay no date."""
    assert find_times(text, REF, tz="Asia/Tokyo", languages=[lang]) == []
