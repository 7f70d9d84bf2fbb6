"""Chinese, Japanese and Korean: text without spaces, numbers with counters, their day words.

Every expected value is worked out by hand from the reference: Friday 2024-11-29 21:00
(ISO week 48, Monday 25 November – Sunday 1 December), leaning to the past as news does.
So 下午3点半 is 15:30 that Friday (already past at 21:00), 午前3時 03:00 that morning, a
bare 25号 the 25th of November, 十月 the last October (one month back against eleven
ahead: a month without a year is the nearest one), 上星期四 Thursday the 28th, 下周一 Monday
2 December, 3天前 Tuesday the 26th, 两个小时后 23:00.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import normalize
from liveblog.lang import lexicon, prescan, words_of
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

# (language, expression, timex) — a date, a clock, a day word, an amount, a period.
RESOLVED = [
    # -- Chinese: counters 年 月 日 号 点 分 半, numbers in digits or words --
    ("zh", "2021年3月25日", "2021-03-25"),
    ("zh", "2016年四月五号", "2016-04-05"),
    ("zh", "十一月二十号", "2024-11-20"),
    ("zh", "二十五号", "2024-11-25"),
    ("zh", "2024年", "2024"),
    ("zh", "十月", "2024-10"),
    ("zh", "下午3点半", "2024-11-29T15:30"),
    ("zh", "晚上8点", "2024-11-29T20:00"),
    ("zh", "上午9点15分", "2024-11-29T09:15"),
    ("zh", "明天下午3点", "2024-11-30T15:00"),
    ("zh", "昨晚", "2024-11-28TNI"),
    ("zh", "上星期四", "2024-11-28"),
    ("zh", "下周一", "2024-12-02"),
    ("zh", "这周", "2024-W48"),
    ("zh", "3天前", "2024-11-26"),
    ("zh", "两个小时后", "2024-11-29T23:00:00"),
    ("zh", "2018年圣诞节", "2018-12-25"),
    ("zh", "2020年儿童节", "2020-06-01"),
    ("zh", "晚上八点二十", "2024-11-29T20:20"),  # minutes with no counter after the hour's
    ("zh", "廿八号", "2024-11-28"),  # 廿 = 20
    ("zh", "2023年东正教复活节星期一", "2023-04-17"),  # Orthodox Easter 2023 was 16 April
    # -- Japanese: the eras (令和 1 = 2019, 平成 1 = 1989), 午前/午後 before the hour --
    ("ja", "2022年7月9日に", "2022-07-09"),
    ("ja", "令和3年8月6日", "2021-08-06"),
    ("ja", "平成30年", "2018"),
    ("ja", "16時45分", "2024-11-29T16:45"),
    ("ja", "午後3時半", "2024-11-29T15:30"),
    ("ja", "午前3時", "2024-11-29T03:00"),
    ("ja", "明日の午後", "2024-11-30TAF"),
    ("ja", "水曜日", "2024-11-27"),
    ("ja", "六月", "2024-06"),
    ("ja", "3日前", "2024-11-26"),
    ("ja", "3時間前", "2024-11-29T18:00:00"),
    # -- Korean: spaced words with particles glued on (에, 는), counters 년 월 일 시 분 반 --
    ("ko", "2013년 2월 12일", "2013-02-12"),
    ("ko", "오후 3시 30분", "2024-11-29T15:30"),
    ("ko", "3시 반", "2024-11-29T03:30"),
    ("ko", "월요일에", "2024-11-25"),
    ("ko", "오늘", "2024-11-29"),
    ("ko", "저번주", "2024-W47"),
    ("ko", "3일 후", "2024-12-02"),
    ("ko", "한글날", "2024-10-09"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the day, clock or period worked out by hand from the reference."""
    w = resolve(text, REF, tz="Asia/Shanghai", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


# Amounts of time are not dates: a counter that begins a longer word (時間, 日間, 分钟) is a unit.
DURATIONS = [
    ("zh", "3个月"),
    ("zh", "20分钟"),
    ("ja", "3時間"),
    ("ja", "3日間"),
    ("ja", "3か月"),
    ("ko", "3시간"),
]


@pytest.mark.parametrize(("lang", "text"), DURATIONS)
def test_durations_are_no_dates(lang: str, text: str) -> None:
    """ "three hours", "three days", "twenty minutes": nothing is dated."""
    assert find_times(text, REF, tz="Asia/Shanghai", languages=[lang]) == []


def test_a_number_before_a_word_is_no_minutes() -> None:
    """3点15个人: "fifteen people" after three o'clock, not 3:15."""
    found = find_times("下午3点15个人到场", REF, tz="Asia/Shanghai", languages=["zh"])
    assert [(f.text, f.when.timex) for f in found] == [("下午3点", "2024-11-29T15:00")]


# (language, running text, the words found, timex): sentences written for this test.
MENTIONS = [
    ("zh", "警方说明天下午3点将举行记者会。", "明天下午3点", "2024-11-30T15:00"),
    ("zh", "据报道，昨晚发生了两次爆炸。", "昨晚", "2024-11-28TNI"),
    ("zh", "会议于2023年5月4日在北京举行。", "2023年5月4日", "2023-05-04"),
    ("ja", "政府は昨日の夜、声明を発表した。", "昨日の夜", "2024-11-28TNI"),
    ("ja", "首相は午後3時半に会見する予定だ。", "午後3時半", "2024-11-29T15:30"),
    ("ko", "경찰은 어제 저녁 현장을 봉쇄했다.", "어제 저녁", "2024-11-28TEV"),
    ("ko", "회의는 월요일에 열렸다.", "월요일에", "2024-11-25"),
]


@pytest.mark.parametrize(("lang", "text", "said", "timex"), MENTIONS)
def test_mentions(lang: str, text: str, said: str, timex: str) -> None:
    """A date inside a sentence with no spaces around it is found, its span the text's own."""
    found = [(f.text, f.when.timex) for f in find_times(text, REF, tz="Asia/Shanghai", languages=[lang])]
    assert (said, timex) in found


def test_unspaced_letters_are_tokens() -> None:
    """Han and kana letters are one token each, so 明天 is found inside 说明天下午."""
    assert words_of("明天下午3点半") == ("明", "天", "下", "午", "3", "点", "半")
    assert words_of("abc下午") == ("abc", "下", "午")  # a Latin run stops at a Han letter
    assert words_of("월요일에") == ("월요일에",)  # Hangul is written with spaces: runs stay whole
    assert prescan("说明天下午", ("zh",))  # 明 starts a phrase even with a letter before it


def test_fullwidth_forms_fold_to_ascii() -> None:
    """Fullwidth digits and punctuation (２０２１／３／２５, （火）) read as their ASCII forms."""
    assert normalize("２０２１／３／２５（火）").text == "2021/3/25(火)"
    w = resolve("２０２１年３月２５日", REF, tz="Asia/Tokyo", languages=["ja"])
    assert w is not None
    assert w.timex == "2021-03-25"


def test_tens_multiply_in_chinese_only_where_the_table_says() -> None:
    """三十 is thirty in Chinese (tens_multiply); Arabic «ثلاث عشرة» stays thirteen (units + ten)."""
    zh = lexicon("zh")
    ar = lexicon("ar")
    assert zh is not None
    assert ar is not None
    assert zh.starting("三")[0][0].syntax.tens_multiply
    assert not ar.starting("ثلاث")[0][0].syntax.tens_multiply
    w = resolve("三十号", REF, tz="Asia/Shanghai", languages=["zh"])
    assert w is not None
    assert w.timex == "2024-10-30"


_CJK = st.sampled_from(
    ["明", "天", "下", "午", "3", "点", "半", "年", "月", "日", "号", "二", "十", "前", "后", "，", " "]
)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_CJK, max_size=16), lang=st.sampled_from(["zh", "ja"]))
def test_spans_point_into_unspaced_text(pieces: list[str], lang: str) -> None:
    """Whatever the run of letters, every result's span is the text's own characters."""
    text = "".join(pieces)
    for f in find_times(text, REF, tz="Asia/Shanghai", languages=[lang]):
        assert text[f.span.start : f.span.end] == f.text
