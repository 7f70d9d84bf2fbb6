"""Arabic news shapes of issue 14 checked by ar9: «منذ N» after a state held with its complement
between (how long, not when), and the qualifiers after a date that were already read, kept read.

Expected values worked out by hand before the resolver ran. Reference: Tuesday 18 March 2025, 10:15
in Tunis (+01:00). Three days back is Saturday 15 March, two Sunday 16 March.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

TZ = "Africa/Tunis"
REF = "2025-03-18T10:15:00+01:00"

# (sentence, [(text found, TIMEX3)])
HELD: list[tuple[str, list[tuple[str, str]]]] = [
    # a state and its complement: how long it has lasted
    ("ما زال الصحفي المضرب عن الطعام منذ 52 يوما في المستشفى", []),
    ("طالبت العائلة بالإفراج عن ابنها المعتقل في سجون الاحتلال منذ نحو عامين", []),
    ("آلاف النازحين داخل المخيمات منذ أشهر", []),
    ("السكان العالقين لدى المعبر منذ 4 أيام", []),
    # the participle, then a clause of its own: the amount dates what that clause tells
    ("المعتقلون الذين أطلق سراحهم منذ 3 أيام عادوا", [("منذ 3 أيام", "2025-03-15")]),
    ("المعتقل في سجن النقب، منذ يومين يرفض الطعام", [("منذ يومين", "2025-03-16")]),
    ("اعتقل في منزله منذ 3 أيام", [("منذ 3 أيام", "2025-03-15")]),  # a verb: when it happened
]


@pytest.mark.parametrize(("text", "found"), HELD)
def test_state_held_since(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# qualifiers after a date (issue 14's list): read as one date each
QUALIFIED: list[tuple[str, list[tuple[str, str]]]] = [
    ("تنطلق الحملة يوم 27 مارس الجاري", [("27 مارس الجاري", "2025-03-27")]),
    ("تنطلق الحملة في شهر ماي المقبل", [("شهر ماي المقبل", "2025-05")]),
    ("سجلت الوفاة في شهر أوت من العام الماضي", [("شهر أوت من العام الماضي", "2024-08")]),
]


@pytest.mark.parametrize(("text", "found"), QUALIFIED)
def test_qualified_dates(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# «في غضون» ("within") is «خلال»: leaning to the future (a future tense before it) the window from
# now — days to the start of the day the amount lands on, today counted first (two weeks from
# Tuesday 18 March: 18-31 March); clock units to that instant — and a span of the story otherwise.
WITHIN: list[tuple[str, list[tuple[str, str]]]] = [
    ("سيتم تشكيل الحكومة في غضون أسبوعين", [("في غضون أسبوعين", "2025-03-18T10:15:00/2025-03-31")]),
    ("ستعلن النتائج في غضون 48 ساعة", [("في غضون 48 ساعة", "2025-03-18T10:15:00/2025-03-20T10:15")]),
    ("قتل 20 شخصا في غضون يومين", []),
    ("وفي غضون ذلك أعلن الجيش", []),
]


@pytest.mark.parametrize(("text", "found"), WITHIN)
def test_within(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# "on this day" in another year: the reference's day and month (18 March) in the year said after it
ANNIVERSARY: list[tuple[str, list[tuple[str, str]]]] = [
    ("في مثل هذا اليوم من عام 1968 افتتح المطار", [("مثل هذا اليوم من عام 1968", "1968-03-18")]),
    ("وفي مثل هذا اليوم قبل 20 عاما", [("مثل هذا اليوم قبل 20 عاما", "2005-03-18")]),
    ("في مثل هذا اليوم من العام الماضي", [("مثل هذا اليوم من العام الماضي", "2024-03-18")]),
    ("في مثل هذا التاريخ من عام 2003", [("مثل هذا التاريخ من عام 2003", "2003-03-18")]),
]


@pytest.mark.parametrize(("text", "found"), ANNIVERSARY)
def test_anniversary(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# «من الآن» after an amount counts it from the reference, not from another event
FROM_NOW: list[tuple[str, list[tuple[str, str]]]] = [
    # merged with en9: an exact amount of hours is the instant it lands on, at the second
    ("ستصل القافلة بعد ساعتين من الآن", [("بعد ساعتين من الآن", "2025-03-18T12:15:00")]),
    ("انتهى الاجتماع قبل ساعة من الآن", [("قبل ساعة من الآن", "2025-03-18T09:15:00")]),
    ("وصلت القافلة بعد ساعتين من بدء الهجوم", []),
]


@pytest.mark.parametrize(("text", "found"), FROM_NOW)
def test_counted_from_now(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# a day and month with no year after the head of a name names a place or an event (issue 14's
# names); with its year it is the day
NAMES: list[tuple[str, list[tuple[str, str]]]] = [
    ("تظاهر طلاب جامعة 6 أكتوبر أمام المبنى", []),
    ("أغلقت الشرطة شارع 26 يوليو", []),
    ("في الذكرى الرابعة عشرة لثورة 25 يناير", []),
    ("نشطاء حركة 20 فبراير", []),
    ("اندلعت ثورة 25 يناير 2011 في مصر", [("25 يناير 2011", "2011-01-25")]),
    ("افتتح المستشفى 15 مارس", [("15 مارس", "2025-03-15")]),
    ("في الذكرى الخمسين لحرب أكتوبر", []),  # a month alone after the head: the war's name
    ("قادة ثورة يوليو", []),
    ("اندلعت حرب أكتوبر 1973", [("أكتوبر 1973", "1973-10")]),
]


@pytest.mark.parametrize(("text", "found"), NAMES)
def test_named_day(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found


# Maghreb «على الساعة» joins a clock to its day; parts of the day in construct with their day
JOINED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "تنطلق المباراة يوم 22 مارس الجاري على الساعة 8 مساء",
        [("22 مارس الجاري على الساعة 8 مساء", "2025-03-22T20:00")],
    ),
    ("وصل الوفد صبيحة يوم الأحد", [("صبيحة يوم الأحد", "2025-03-16TMO")]),
    ("تعقد الجلسة ظهيرة الخميس", [("ظهيرة الخميس", "2025-03-13TMI")]),
    ("نظمت أمسية الجمعة الماضية", [("أمسية الجمعة الماضية", "2025-03-14TEV")]),
    ("حصل على الساعة الذهبية", []),
    ("أحيا الشاعر الأمسية الشعرية", []),
]


@pytest.mark.parametrize(("text", "found"), JOINED)
def test_joined_clock_and_parts(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ)] == found
