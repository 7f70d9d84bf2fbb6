"""Arabic ranges as live blogs write them: clock spans, day and month spans, windows of whole units.

Every expected value was worked out by hand before the resolver ran. The reference is Wednesday
13 November 2024, 10:30 in Damascus (UTC+03:00 all year since 2022), prefer past. So the last
Thursday is 7 November, the next Thursday 14 November, next Saturday 16 November; the ISO week of
the reference is 2024-W46 (Monday 11 November). Starts and ends are local wall times; a clock range
ends at its last clock time, a range of days, months or years at the end of its last unit
(docs/architecture.md, "Ranges"). A window ("the past three weeks") is the whole units beside the
reference's own, the reference's own left out (docs/resolution.md).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve
from liveblog.model import WhenKind

REF = "2024-11-13T10:30:00+03:00"
TZ = "Asia/Damascus"

# (text, TIMEX3, start, end): local wall times.
RANGES: list[tuple[str, str, str, str]] = [
    # -- clock times, the part of the day said once or twice --
    (
        "من الساعة 8 صباحا حتى 2 ظهرا",
        "2024-11-13T08:00/2024-11-13T14:00",
        "2024-11-13T08:00",
        "2024-11-13T14:00",
    ),
    (
        "من الساعة الثامنة صباحا حتى الثانية ظهرا",
        "2024-11-13T08:00/2024-11-13T14:00",
        "2024-11-13T08:00",
        "2024-11-13T14:00",
    ),
    (
        "من العاشرة صباحا حتى الثانية بعد الظهر",
        "2024-11-13T10:00/2024-11-13T14:00",
        "2024-11-13T10:00",
        "2024-11-13T14:00",
    ),
    ("من 10 صباحا إلى 4 عصرا", "2024-11-13T10:00/2024-11-13T16:00", "2024-11-13T10:00", "2024-11-13T16:00"),
    (
        "من الساعة 9:30 حتى 11:45 صباحا",
        "2024-11-13T09:30/2024-11-13T11:45",
        "2024-11-13T09:30",
        "2024-11-13T11:45",
    ),
    # 15:00 has not come yet today: leaning to the past, yesterday's
    ("بين الساعة 3 و5 عصرا", "2024-11-12T15:00/2024-11-12T17:00", "2024-11-12T15:00", "2024-11-12T17:00"),
    # across midnight: the last end is the next morning
    (
        "من الساعة 10 ليلا حتى 6 صباحا",
        "2024-11-12T22:00/2024-11-13T06:00",
        "2024-11-12T22:00",
        "2024-11-13T06:00",
    ),
    (
        "من السادسة مساء حتى السادسة صباحا",
        "2024-11-12T18:00/2024-11-13T06:00",
        "2024-11-12T18:00",
        "2024-11-13T06:00",
    ),
    # a day said before or after the clock range
    (
        "يوم الخميس من الساعة 9 حتى 11 صباحا",
        "2024-11-07T09:00/2024-11-07T11:00",
        "2024-11-07T09:00",
        "2024-11-07T11:00",
    ),
    (
        "الخميس المقبل من الساعة 9 حتى 11 صباحا",
        "2024-11-14T09:00/2024-11-14T11:00",
        "2024-11-14T09:00",
        "2024-11-14T11:00",
    ),
    (
        "من 9 صباحا حتى 5 مساء يوم السبت المقبل",
        "2024-11-16T09:00/2024-11-16T17:00",
        "2024-11-16T09:00",
        "2024-11-16T17:00",
    ),
    # hour words joined by «و» («والرابعة»): the clitic is the range's "and"
    (
        "بين الساعة الثانية والرابعة بعد الظهر",
        "2024-11-12T14:00/2024-11-12T16:00",
        "2024-11-12T14:00",
        "2024-11-12T16:00",
    ),
    (
        "بين الساعة التاسعة والنصف والعاشرة",
        "2024-11-13T09:30/2024-11-13T10:00",
        "2024-11-13T09:30",
        "2024-11-13T10:00",
    ),
    (
        "بين الساعة الثامنة والعاشرة مساء",
        "2024-11-12T20:00/2024-11-12T22:00",
        "2024-11-12T20:00",
        "2024-11-12T22:00",
    ),
    # with a zone: 10:00-14:00 GMT is 13:00-17:00 in Damascus; 13:00 today is ahead, so yesterday
    # a last end written on the 24-hour clock puts the first there too: a curfew of twelve hours
    (
        "من الساعة 06:00 حتى الساعة 18:00",
        "2024-11-13T06:00/2024-11-13T18:00",
        "2024-11-13T06:00",
        "2024-11-13T18:00",
    ),
    ("من 7:00 حتى 20:00", "2024-11-13T07:00/2024-11-13T20:00", "2024-11-13T07:00", "2024-11-13T20:00"),
    (
        "من الساعة 10:00 حتى 14:00 بتوقيت غرينتش",
        "2024-11-12T13:00/2024-11-12T17:00",
        "2024-11-12T13:00",
        "2024-11-12T17:00",
    ),
    # -- parts of the day --
    ("من مساء الخميس حتى صباح الجمعة", "2024-11-07TEV/2024-11-08TMO", "2024-11-07T18:00", "2024-11-08T12:00"),
    # after a part of the day, «الظهر» (also "the back") is noon's part: dawn 04-07 to midday 11-14
    ("من الفجر حتى الظهر", "2024-11-13TMO/2024-11-13TMI", "2024-11-13T04:00", "2024-11-13T14:00"),
    ("من صباح الخميس حتى مساء السبت", "2024-11-07TMO/2024-11-09TEV", "2024-11-07T06:00", "2024-11-10T00:00"),
    # -- days: the nearest occurrence of the first end, the last end the first one after it --
    ("بين 10 و12 نوفمبر", "2024-11-10/2024-11-12", "2024-11-10T00:00", "2024-11-13T00:00"),
    ("خلال الفترة من 10 إلى 15 نوفمبر", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("في الفترة الممتدة من 1 إلى 7 ديسمبر", "2024-12-01/2024-12-07", "2024-12-01T00:00", "2024-12-08T00:00"),
    ("من 10 إلى 15 تشرين الثاني", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("من ١٠ إلى ١٥ نوفمبر", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("من 10 لغاية 12 نوفمبر", "2024-11-10/2024-11-12", "2024-11-10T00:00", "2024-11-13T00:00"),
    ("من 10 إلى غاية 15 نوفمبر", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("من يوم 10 نوفمبر إلى يوم 15 نوفمبر", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("بين يوم 10 ويوم 12 نوفمبر", "2024-11-10/2024-11-12", "2024-11-10T00:00", "2024-11-13T00:00"),
    (
        "من تاريخ 10 نوفمبر إلى تاريخ 15 نوفمبر",
        "2024-11-10/2024-11-15",
        "2024-11-10T00:00",
        "2024-11-16T00:00",
    ),
    ("ابتداء من 10 نوفمبر وإلى غاية 15 منه", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("من 10 الى 15 من الشهر الجاري", "2024-11-10/2024-11-15", "2024-11-10T00:00", "2024-11-16T00:00"),
    ("بين العاشر والثاني عشر من نوفمبر", "2024-11-10/2024-11-12", "2024-11-10T00:00", "2024-11-13T00:00"),
    ("من 28 أكتوبر حتى 3 نوفمبر الجاري", "2024-10-28/2024-11-03", "2024-10-28T00:00", "2024-11-04T00:00"),
    # 10 July 2024 is 126 days back, 10 July 2025 239 ahead
    ("من 10 إلى 15 جويلية", "2024-07-10/2024-07-15", "2024-07-10T00:00", "2024-07-16T00:00"),
    # across the new year
    ("من 28 ديسمبر إلى 3 يناير", "2024-12-28/2025-01-03", "2024-12-28T00:00", "2025-01-04T00:00"),
    ("من 5 إلى 8 يناير 2025", "2025-01-05/2025-01-08", "2025-01-05T00:00", "2025-01-09T00:00"),
    (
        "من الأحد 17 نوفمبر إلى الثلاثاء 19 نوفمبر",
        "2024-11-17/2024-11-19",
        "2024-11-17T00:00",
        "2024-11-20T00:00",
    ),
    # numeric dates between range words (day first outside the month-first zones)
    ("من 17/11 إلى 19/11", "2024-11-17/2024-11-19", "2024-11-17T00:00", "2024-11-20T00:00"),
    # a duration from a time: the start plus the amount, named at the start's grain (17 + 3 days)
    ("من 17 نوفمبر ولمدة ثلاثة أيام", "2024-11-17/2024-11-20", "2024-11-17T00:00", "2024-11-21T00:00"),
    (
        "اعتبارا من الساعة 8 مساء ولمدة ساعتين",
        "2024-11-12T20:00/2024-11-12T22:00",
        "2024-11-12T20:00",
        "2024-11-12T22:00",
    ),
    ("من يوم الخميس حتى يوم السبت", "2024-11-07/2024-11-09", "2024-11-07T00:00", "2024-11-10T00:00"),
    ("بين يومي الخميس والسبت", "2024-11-07/2024-11-09", "2024-11-07T00:00", "2024-11-10T00:00"),
    # the Arab working week: Sunday 10 November (the last one) to the first Thursday after it
    ("من الأحد إلى الخميس", "2024-11-10/2024-11-14", "2024-11-10T00:00", "2024-11-15T00:00"),
    # a Hijri last end counts the first in its month: Dhu al-Hijjah 1445 began on 7 June 2024 (its
    # 10th, Eid al-Adha, was 16 June); Ramadan 1445 began on 11 March 2024, so its 20th is 30 March
    ("من 1 إلى 10 ذي الحجة", "2024-06-07/2024-06-16", "2024-06-07T00:00", "2024-06-17T00:00"),
    ("بين 20 و27 رمضان", "2024-03-30/2024-04-06", "2024-03-30T00:00", "2024-04-07T00:00"),
    # a part of a month as an end: days 1-10, 11-20, 21-end (approximate)
    # ar9: «منتصف» is the midpoint (15 November); «أواسط» the middle days (tests/test_ar9_conventions.py)
    ("من مطلع أكتوبر حتى منتصف نوفمبر", "2024-10-01/2024-11-15", "2024-10-01T00:00", "2024-11-16T00:00"),
    # «نص», «نصف» before a named month: its middle, as «منتصف» (March 2025 is the nearer March)
    # ar9: «نص شهر» / «نصف شهر» name the 15th (tests/test_ar9_conventions.py); «أواسط» the middle days
    ("في أواسط شهر مارس", "2025-03-11/2025-03-20", "2025-03-11T00:00", "2025-03-21T00:00"),
    ("أواسط شهر 12", "2024-12-11/2024-12-20", "2024-12-11T00:00", "2024-12-21T00:00"),
    ("من 5 أكتوبر حتى نهاية نوفمبر", "2024-10-05/2024-11-30", "2024-10-05T00:00", "2024-12-01T00:00"),
    ("بين الخميس والسبت", "2024-11-07/2024-11-09", "2024-11-07T00:00", "2024-11-10T00:00"),
    ("منذ 7 أكتوبر وحتى اليوم", "2024-10-07/2024-11-13", "2024-10-07T00:00", "2024-11-14T00:00"),
    # "until now" ends a range of days on today
    ("منذ 7 أكتوبر وحتى الآن", "2024-10-07/2024-11-13", "2024-10-07T00:00", "2024-11-14T00:00"),
    ("منذ بداية الشهر وحتى الآن", "2024-11-01/2024-11-13", "2024-11-01T00:00", "2024-11-14T00:00"),
    # -- months and years --
    ("من أكتوبر إلى ديسمبر", "2024-10/2024-12", "2024-10-01T00:00", "2025-01-01T00:00"),
    ("بين شهري أكتوبر وديسمبر", "2024-10/2024-12", "2024-10-01T00:00", "2025-01-01T00:00"),
    # the year said on the last end only is the first end's too
    ("من أكتوبر إلى ديسمبر 2023", "2023-10/2023-12", "2023-10-01T00:00", "2024-01-01T00:00"),
    ("بين شهري مارس ومايو 2023", "2023-03/2023-05", "2023-03-01T00:00", "2023-06-01T00:00"),
    ("من مارس 2023 إلى فبراير 2024", "2023-03/2024-02", "2023-03-01T00:00", "2024-03-01T00:00"),
    ("من 2020 إلى 2022", "2020/2022", "2020-01-01T00:00", "2023-01-01T00:00"),
    ("من عام 2011 حتى عام 2013", "2011/2013", "2011-01-01T00:00", "2014-01-01T00:00"),
    ("بين عامي 2011 و2013", "2011/2013", "2011-01-01T00:00", "2014-01-01T00:00"),
    # -- windows: whole units beside the reference's own (the unit, its count, then the modifier) --
    ("الأيام الثلاثة المقبلة", "2024-11-14/2024-11-16", "2024-11-14T00:00", "2024-11-17T00:00"),
    ("خلال الأيام الخمسة الماضية", "2024-11-08/2024-11-12", "2024-11-08T00:00", "2024-11-13T00:00"),
    ("الأسابيع الثلاثة الماضية", "2024-W43/2024-W45", "2024-10-21T00:00", "2024-11-11T00:00"),
    ("الأسابيع الأربعة القادمة", "2024-W47/2024-W50", "2024-11-18T00:00", "2024-12-16T00:00"),
    ("خلال الأسبوعين الماضيين", "2024-W44/2024-W45", "2024-10-28T00:00", "2024-11-11T00:00"),
    ("الأشهر الستة المقبلة", "2024-12/2025-05", "2024-12-01T00:00", "2025-06-01T00:00"),
    ("السنوات الثلاث الماضية", "2021/2023", "2021-01-01T00:00", "2024-01-01T00:00"),
    # «الأخيرة» ("the last") closes a window into the past: ISO weeks W42-W45 (14 Oct - 10 Nov)
    ("في الأسابيع الأربعة الأخيرة", "2024-W42/2024-W45", "2024-10-14T00:00", "2024-11-11T00:00"),
    ("خلال الساعات الـ24 الأخيرة", "2024-11-12T10/2024-11-13T09", "2024-11-12T10:00", "2024-11-13T10:00"),
    # hours: the 24 whole hours before the one that holds 10:30
    ("الساعات الـ24 الماضية", "2024-11-12T10/2024-11-13T09", "2024-11-12T10:00", "2024-11-13T10:00"),
    ("خلال الـ24 ساعة الماضية", "2024-11-12T10/2024-11-13T09", "2024-11-12T10:00", "2024-11-13T10:00"),
]

# Not dates: counts and figures between range words, windows with no count.
NOT_DATES: list[str] = [
    "من 10 إلى 15 شخصا",
    "بين 3 و5 ملايين",
    "من 2 إلى 3 في المئة",
    "بين 10 و12 كيلومترا",
    "الأيام المقبلة",
    "خلال الساعات الماضية",
    "من الثانية إلى الرابعة",  # two hour words alone: ordinals as often ("from the second to the fourth")
    "راتب شهري",  # «شهري» is "monthly" with no month after it
    "خدمة 24/7",
    "من 1/2 إلى 3/4",  # fractions: neither side can be a month
    "في تاريخ البلاد",  # «تاريخ» is also "history"
    "نصف العام",  # half a year, not the middle of this one
    "نص الاتفاق",  # «نص» is also "text"
    "من العصر الحجري حتى العصر الحديث",  # ages, not afternoons
    "من القاهرة حتى المغرب",  # a city to a country
]

# (running text, [TIMEX3 of each date found, in order]).
IN_TEXT: list[tuple[str, list[str]]] = [
    ("فرضت السلطات حظر تجول من الساعة 10 ليلا حتى 6 صباحا.", ["2024-11-12T22:00/2024-11-13T06:00"]),
    ("قصفت الطائرات المنطقة بين الساعة 3 و5 فجرا", ["2024-11-13T03:00/2024-11-13T05:00"]),
    ("وذلك خلال الفترة من 1 إلى 5 ديسمبر المقبل", ["2024-12-01/2024-12-05"]),
    ("قتل 20 شخصا خلال الأيام الثلاثة الماضية", ["2024-11-10/2024-11-12"]),
    ("ويستمر المعرض من 10 إلى 15 من الشهر الجاري بمشاركة 40 دارا", ["2024-11-10/2024-11-15"]),
    ("وصل عدد القتلى خلال الأيام الثلاثة إلى 40 شخصا", []),  # a window needs its modifier
    # midnight at a range's end is the instant 00:00; the «و» on «والساعة» is the range's "and"
    ("سجلت 15 غارة بين منتصف الليل والساعة الخامسة فجرا", ["2024-11-13T00:00/2024-11-13T05:00"]),
    ("وتراوحت درجات الحرارة بين 10 و15 درجة", []),
    ("وتجري الانتخابات على مدى يومين من 24 إلى 25 نوفمبر", ["2024-11-24/2024-11-25"]),
    ("قتل ما بين 10 و15 شخصا في القصف", []),
    ("قتل 40 شخصا منذ السبت وحتى الآن", ["2024-11-09/2024-11-13"]),
    # a clock "until now" names no clock end: the clock alone
    ("تتواصل الغارات من الساعة 8 صباحا وحتى الآن", ["2024-11-13T08:00"]),
    ("يعمل الموظفون من الأحد إلى الخميس", ["2024-11-10/2024-11-14"]),
    ("واستمرت المعارك طوال الساعات الـ48 الماضية", ["2024-11-11T10/2024-11-13T09"]),
    (
        "وأعلن عن حظر تجول بين الساعة السابعة مساء والسادسة صباحا",
        ["2024-11-12T19:00/2024-11-13T06:00"],
    ),
]


def _wall(dt: datetime) -> str:
    return dt.astimezone(ZoneInfo(TZ)).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize(("text", "timex", "start", "end"), RANGES, ids=[r[0] for r in RANGES])
def test_arabic_range(text: str, timex: str, start: str, end: str) -> None:
    """An Arabic range is one result: its two ends, its span and its TIMEX3 interval."""
    when = resolve(text, REF, tz=TZ, languages=["ar"])
    assert when is not None
    assert (when.kind, when.timex, _wall(when.start), _wall(when.end)) == (WhenKind.RANGE, timex, start, end)


@pytest.mark.parametrize("text", NOT_DATES)
def test_arabic_range_words_around_no_date(text: str) -> None:
    """Range words around counts, figures and uncounted windows give no date."""
    assert resolve(text, REF, tz=TZ, languages=["ar"]) is None


@pytest.mark.parametrize(("text", "timexes"), IN_TEXT, ids=[r[0] for r in IN_TEXT])
def test_arabic_range_in_text(text: str, timexes: list[str]) -> None:
    """In running text a range is found once, as one result, and the counts beside it are not dates."""
    found = find_times(text, REF, tz=TZ, languages=["ar"])
    assert [f.when.timex for f in found] == timexes


def test_last_days_of_a_named_month_are_no_window() -> None:
    """«الأيام العشرة الأخيرة من رمضان» are the last days of Ramadan, not the ten days before today."""
    found = find_times("الأيام العشرة الأخيرة من رمضان", REF, tz=TZ, languages=["ar"])
    assert all(not f.rule.endswith("window") for f in found)
    assert all(f.when.start.year != 2024 or f.when.start.month != 11 for f in found)


_MONTHS = {"نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12}
_COUNTED = ("شخصا", "درجة", "كيلومترا", "في المئة", "ملايين", "مدنيا")


@given(
    st.integers(1, 27),
    st.integers(1, 27),
    st.sampled_from(sorted(_MONTHS)),
    st.sampled_from(
        ("من {a} إلى {b} {m}", "بين {a} و{b} {m}", "من {a} حتى {b} {m}", "من {a} {m} لغاية {b} {m}")
    ),
)
def test_day_ranges_keep_their_days(a: int, gap: int, month: str, shape: str) -> None:
    """Any «من a إلى b <month>» (a < b) runs from day a to the end of day b of that month."""
    b = min(a + gap, 28)
    if b == a:
        return
    when = resolve(shape.format(a=a, b=b, m=month), REF, tz=TZ, languages=["ar"])
    assert when is not None
    assert when.kind is WhenKind.RANGE
    start, end = when.start.astimezone(ZoneInfo(TZ)), when.end.astimezone(ZoneInfo(TZ))
    assert (start.month, start.day, start.hour) == (_MONTHS[month], a, 0)
    assert (end - start).days == b - a + 1


@given(
    st.integers(0, 23),
    st.integers(1, 23),
    st.sampled_from(("من الساعة {a}:00 حتى {b}:30", "بين {a}:00 و{b}:30", "من {a}:00 إلى {b}:30")),
)
def test_clock_ranges_keep_their_hours(a: int, gap: int, shape: str) -> None:
    """A range whose last end is on the 24-hour clock («18:30», «00:30») keeps both hours as
    written and ends at its last clock time, the same day or the next ("22:00 to 00:30")."""
    b = (a + gap) % 24
    if 1 <= b <= 12:
        return  # a last end that may be on the 12-hour clock: docs/resolution.md, "Ranges"
    when = resolve(shape.format(a=a, b=b), REF, tz=TZ, languages=["ar"])
    assert when is not None
    start, end = when.start.astimezone(ZoneInfo(TZ)), when.end.astimezone(ZoneInfo(TZ))
    assert (start.hour, start.minute, end.hour, end.minute) == (a, 0, b, 30)
    assert (end - start).total_seconds() == ((b - a) % 24) * 3600 + 1800


@given(
    st.integers(2, 99),
    st.integers(1, 50),
    st.sampled_from(_COUNTED),
    st.sampled_from(("من", "بين", "ما بين")),
)
def test_counts_between_range_words_are_no_date(n: int, gap: int, noun: str, opener: str) -> None:
    """«بين 10 و15 شخصا», «من 3 إلى 5 في المئة»: counts and figures are never a range of dates."""
    closer = "و" if opener != "من" else "إلى "
    text = f"قتل {opener} {n} {closer}{n + gap} {noun}"
    assert find_times(text, REF, tz=TZ, languages=["ar"]) == []
