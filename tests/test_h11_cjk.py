"""Session 11, Japanese, Korean, Chinese, Vietnamese and Hebrew news phrasing (h11).

Reference: Tuesday 12 February 2013, 04:30, leaning to the past as news does. Each value worked
out by hand from the reference:

- a quarter or half said without a year is the nearest one leaning back (the third quarter is
  2012's: this year's has not begun); one with its year is that year's;
- "the first three quarters" (前三季度) is January-September of the year whose third quarter is
  nearest (2012); after a year's word, that year's (今年前两个月: January-February 2013);
- a clock said alone leaning back is its last occurrence: 15:30 yesterday, 11:00 yesterday;
- a day and month without a year is the nearest such day (15/2 and 20/2 this week's, 3/3 next
  month's);
- a range's last end whose year is not said is in its first end's year, or the year after;
- Qingming is the day the sun reaches 15° of longitude, China's time: 4 April 2013, 5 April 2014;
  the Lunar New Year 23 January 2012, 31 January 2014.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2013-02-12T04:30:00"

CASES = [
    # -- Vietnamese: quarters with their number after the noun (digits, Roman numerals, a year)
    ("vi", "Doanh thu quý 3 năm 2012 của công ty tăng mạnh", "quý 3 năm 2012", "2012-Q3"),
    ("vi", "Trong quý III/2023, lợi nhuận giảm", "quý III/2023", "2023-Q3"),
    ("vi", "Kế hoạch cho quý IV năm nay đã được duyệt", "quý IV năm nay", "2013-Q4"),
    ("vi", "Báo cáo quý 3 cho thấy", "quý 3", "2012-Q3"),
    # -- Vietnamese: minutes before the part of the day, minutes to the hour, a date after "ngày"
    (
        "vi",
        "Cuộc họp bắt đầu lúc 1 giờ 30 chiều ngày 15/3/2013",
        "1 giờ 30 chiều ngày 15/3/2013",
        "2013-03-15T13:30",
    ),
    ("vi", "Tàu khởi hành lúc 11 giờ kém 15 sáng mai", "11 giờ kém 15 sáng mai", "2013-02-13T10:45"),
    ("vi", "lúc 3 giờ chiều ngày 23/4", "3 giờ chiều ngày 23/4", "2013-04-23T15:00"),
    # -- Vietnamese: datelines, a part of the day before d/m
    ("vi", "Sáng 20/2, Bộ Y tế họp báo", "Sáng 20/2", "2013-02-20TMO"),
    ("vi", "Chiều 3/3, đoàn công tác đến Hà Nội", "Chiều 3/3", "2013-03-03TAF"),
    # -- Vietnamese: months counted, ranges
    ("vi", "giá có thể tăng trong 3 tháng tới", "3 tháng tới", "2013-03/2013-05"),
    ("vi", "hạn chót là ngày 5 tháng tới", "5 tháng tới", "2013-03-05"),
    ("vi", "Từ ngày 1/3 đến ngày 5/3 sẽ có mưa", "Từ ngày 1/3 đến ngày 5/3", "2013-03-01/2013-03-05"),
    # -- Korean: native hour words glued to their counter
    ("ko", "내일 오후 세시 반 기자회견", "내일 오후 세시 반", "2013-02-13T15:30"),
    ("ko", "내일 저녁 다섯시에 발표", "내일 저녁 다섯시에", "2013-02-13T17:00"),
    ("ko", "오전 열한시 기자회견", "오전 열한시", "2013-02-11T11:00"),
    # -- Korean: months in a glued range, a quarter or half after a year's word, a weekday in brackets
    ("ko", "올해 1~3월 수출이 늘었다", "올해 1~3월", "2013-01/2013-03"),
    ("ko", "작년 4분기 실적", "작년 4분기", "2012-Q4"),
    ("ko", "올해 상반기 출시 예정", "올해 상반기", "2013-H1"),
    ("ko", "2월 15일(금) 오후 3시", "2월 15일(금) 오후 3시", "2013-02-15T15:00"),
    # -- Korean: a length with 간 glued, after "last" or "coming" (the last three years: 2010-2012)
    ("ko", "지난 3년간 매출이 늘었다", "지난 3년간", "2010/2012"),
    ("ko", "향후 3년간 투자한다", "향후 3년간", "2014/2016"),
    # -- Korean: the last day, the first weekday of a month (a day's noun, 첫 as an ordinal)
    ("ko", "2015년 10월 마지막 날 마감", "2015년 10월 마지막 날", "2015-10-31"),
    ("ko", "3월 첫 월요일에 개막", "3월 첫 월요일에", "2013-03-04"),
    # -- Hebrew: a unit alone is one, the dual two, an hour's parts; "this" after a weekday
    ("he", "הוא נעצר לפני שבועיים", "לפני שבועיים", "2013-01-29"),
    ("he", "הישיבה תתחיל בעוד חצי שעה", "בעוד חצי שעה", "2013-02-12T05:00:00"),
    ("he", "הבחירות נערכו לפני שנתיים", "לפני שנתיים", "2011"),
    ("he", "הפגישה תתקיים ביום רביעי הזה", "ביום רביעי הזה", "2013-02-13"),
    ("he", "בשעה תשע בבוקר", "תשע בבוקר", "2013-02-11T09:00"),
    # -- Hebrew: the month's noun before its name (the end of March, not of this month)
    ("he", "העבודות יסתיימו בסוף חודש מרץ", "סוף חודש מרץ", "2013-03-21/2013-03-31"),
    ("he", "בחודש מרץ האחרון", "בחודש מרץ האחרון", "2012-03"),
    # -- Chinese: a weekday in brackets, glued month ranges, the first n parts, a year's word
    ("zh", "2月15日（周五）下午3时举行", "2月15日（周五）下午3时", "2013-02-15T15:00"),
    ("zh", "今年1-2月全国进出口总值", "今年1-2月", "2013-01/2013-02"),
    ("zh", "前三季度国内生产总值增长", "前三季度", "2012-Q1/2012-Q3"),
    ("zh", "今年前两个月销量下降", "今年前两个月", "2013-01/2013-02"),
    ("zh", "去年春节期间", "去年春节", "2012-01-23"),
    ("zh", "明年春节", "明年春节", "2014-01-31"),
    ("zh", "去年下半年", "去年下半年", "2012-H2"),
    ("zh", "两个礼拜后再开会", "两个礼拜后", "2013-02-26"),  # 礼拜 (week) as 星期: 14 days on
    # -- Chinese: Qingming computed (a solar term), with its year
    ("zh", "2014年清明节假期", "2014年清明节", "2014-04-05"),
    ("zh", "今年清明节", "今年清明节", "2013-04-04"),
    # -- Chinese: days of the lunar calendar (the Lantern Festival 2013 fell on 24 February, the
    # Little New Year 腊月二十三 on 3 February 2013, the 8th of the first month on 17 February)
    ("zh", "正月十五闹元宵", "正月十五", "2013-02-24"),
    ("zh", "农历腊月二十三是小年", "农历腊月二十三", "2013-02-03"),
    ("zh", "正月初八上班", "正月初八", "2013-02-17"),
    ("zh", "明年正月十五", "明年正月十五", "2014-02-14"),
    # -- Japanese: the weekday in brackets before a part and clock, a fiscal quarter's months
    ("ja", "2月15日(金)午後3時から", "2月15日(金)午後3時", "2013-02-15T15:00"),
    ("ja", "昨年10～12月期の決算", "昨年10～12月", "2012-10/2012-12"),
    ("ja", "昨年の第4四半期", "昨年の第4四半期", "2012-Q4"),
    ("ja", "今年上半期の売上", "今年上半期", "2013-H1"),
    # -- Japanese: a month's end with the deadline word (from now until the end of July to come; the
    # month's counter is the number's, not "this month"), a range of month parts in the first's year
    ("ja", "7月末までに提出する", "7月末までに", "2013-02-12T04:30:00/2013-07-31"),
    ("ja", "2020年6月頭から7月末まで", "2020年6月頭から7月末", "2020-06-01/2020-07-31"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_h11_phrase(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


NOT_DATES = [
    ("vi", "Kính mời quý khách lên tàu"),  # "quý" (dear) with no number
    ("vi", "lãi quý 3,5 tỷ đồng"),  # a decimal after the noun: an amount
    ("vi", "tỷ số 2/1 nghiêng về đội khách"),  # a score, no day's cue
    ("ko", "한시 작품을 소개했다"),  # 한시 (漢詩) alone: no hour
    ("ko", "축제는 3일간 열린다"),  # three days long: an amount, not the 3rd
    ("he", "שנה טובה לכולם"),  # a year's noun alone: no amount
    ("zh", "政治清明"),  # 清明 without 节
    ("zh", "前三名选手"),  # 前 with no part of a year
    ("zh", "正月里很热闹"),  # a lunar month with no day
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES, ids=[f"{c[0]}:{c[1]}" for c in NOT_DATES])
def test_h11_not_a_date(lang: str, text: str) -> None:
    assert find_times(text, REF, languages=[lang]) == []


def test_h11_month_range_needs_glue() -> None:
    """A bare number lent a month only where the range is glued (1～3月): "between 1 and March"
    stays March alone."""
    found = find_times("between 1 and March", REF, languages=["en"])
    assert [f.text for f in found] == ["March"]
