"""Arabic news shapes and Duckling's Arabic classes: qualifiers after a date, months by number,
counted days, the Arabic decimal clock, spoken day words, and the not-dates beside them.

Every expected value was worked out by hand before the resolver ran. The
reference is Friday 29 November 2024, 21:00 in Riyadh (UTC+03:00, no DST),
which is 27 Jumada I 1446; 18:00 GMT. October 2024 is the nearest October,
Ramadan 1445 (11 March - 9 April 2024) the last Ramadan; 11 March 2024 was a
Monday, so that Ramadan's first Friday is 15 March.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve

REF = "2024-11-29T21:00:00+03:00"
TZ = "Asia/Riyadh"

# (running text, [(span, TIMEX3)]): what find_times reads, spans into the text as given.
IN_TEXT: list[tuple[str, list[tuple[str, str]]]] = [
    # qualifiers after a date
    ("أعلنت الرئاسة أن القمة ستعقد يوم 15 ديسمبر المقبل في الرياض", [("15 ديسمبر المقبل", "2024-12-15")]),
    ("وفي أوت من العام الماضي اندلعت الحرائق", [("أوت من العام الماضي", "2023-08")]),
    ("وكان ذلك في شباط الماضي", [("شباط الماضي", "2024-02")]),
    ("وتنطلق الحملة في أفريل المقبل", [("أفريل المقبل", "2025-04")]),
    ("وفي سبتمبر من العام نفسه", [("سبتمبر من العام نفسه", "2024-09")]),
    # months by number, counted days, nth of a month
    ("تنتهي الولاية في شهر 6 من العام المقبل", [("شهر 6 من العام المقبل", "2025-06")]),
    ("عقد الاجتماع في الشهر التاسع سنة 2014", [("الشهر التاسع سنة 2014", "2014-09")]),
    ("في اليوم الثالث من أكتوبر", [("اليوم الثالث من أكتوبر", "2024-10-03")]),
    ("أول جمعة من شهر رمضان", [("أول جمعة من شهر رمضان", "2024-03-15")]),
    ("الثلاثاء الثالث من شهر أيلول عام 2014", [("الثلاثاء الثالث من شهر أيلول عام 2014", "2014-09-16")]),
    ("آخر يوم من شهر 2 سنة 2023", [("آخر يوم من شهر 2 سنة 2023", "2023-02-28")]),
    # clocks and zones: «30ر16» is 16:30; «ت غ» is GMT (16:30 GMT = 19:30 Riyadh)
    ("وقع الانفجار على الساعة 30ر16 ت غ", [("الساعة 30ر16 ت غ", "2024-11-29T19:30")]),
    ("على الساعة الرابعة بعد الزوال", [("الساعة الرابعة بعد الزوال", "2024-11-29T16:00")]),
    ("بتاريخ 17 /3 /1441هـ", [("17 /3 /1441هـ", "2019-11-14")]),
    # a score, then an evening
    ("فاز الترجي 3-0 مساء الأحد", [("مساء الأحد", "2024-11-24TEV")]),
    # not dates
    ("وكان المعتقل منذ نحو 300 يوم قد بدأ إضرابا عن الطعام", []),
    ("بعد 15 عاما، عاد اللاجئ إلى قريته", []),
    ("منذ أكثر من ثلاثة أعوام", []),
    ("بلغت نسبة النمو 5ر2 بالمائة", []),
    ("ربحت الشركة 30ر14 مليون دينار", []),
    ("نقلت صحيفة الصباح التونسية", []),
    ("ارتفعت الأسعار للشهر الثالث على التوالي", []),
    ("اليوم الذي شهد الانفجار", []),
    ("هجروا القرية عن بكرة أبيهم", []),
]


@pytest.mark.parametrize(("text", "expected"), IN_TEXT)
def test_arabic_news_shapes_in_text(text: str, expected: list[tuple[str, str]]) -> None:
    """Each shape is read whole (or not at all) in running text."""
    got = [(f.text, f.when.timex) for f in find_times(text, REF, tz=TZ, languages=["ar"])]
    assert got == expected


# The reference is a Tuesday, 18 March 2025, 10:15 in Tunis (UTC+01:00, no DST).
TUNIS_REF = "2025-03-18T10:15:00+01:00"


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("يوم 20 مارس الجاري", "2025-03-20"),  # «الجاري»: this March, though ahead
        ("يوم 12 أفريل المقبل", "2025-04-12"),
        ("يوم 30 أوت الماضي", "2024-08-30"),
        ("في 3 فيفري الفارط", "2025-02-03"),
        ("في جانفي المنقضي", "2025-01"),
        ("بعد الزوال", "2025-03-17TAF"),  # at 10:15 this afternoon has not begun
        ("امبارح", "2025-03-17"),
        ("بعد بكرة", "2025-03-20"),
        ("الخميس الجاي", "2025-03-20"),
        ("الساعة الثالثة", "2025-03-18T03:00"),  # the hour as written: 03:00, today
        ("الساعة العاشرة", "2025-03-18T10:00"),  # 10:00 today began at 10:00
    ],
)
def test_tunis_reference(text: str, timex: str) -> None:
    w = resolve(text, TUNIS_REF, tz="Africa/Tunis", languages=["ar"])
    assert w is not None
    assert w.timex == timex


@given(st.integers(1, 12), st.integers(1950, 2049))
def test_month_by_number_with_its_year(month: int, year: int) -> None:
    """«شهر N سنة YYYY» is that month whatever N and the year are."""
    w = resolve(f"في شهر {month} سنة {year}", REF, tz=TZ, languages=["ar"])
    assert w is not None
    assert w.timex == f"{year}-{month:02d}"


@given(st.integers(0, 23), st.integers(0, 59))
def test_decimal_clock_is_hour_and_minutes(hour: int, minute: int) -> None:
    """«على الساعة MMرH»: minutes, the Arabic decimal separator, the hour; the latest at or before 21:00."""
    w = resolve(f"على الساعة {minute:02d}ر{hour}", REF, tz=TZ, languages=["ar"])
    assert w is not None
    day = "2024-11-29" if (hour, minute) <= (21, 0) else "2024-11-28"
    assert w.timex == f"{day}T{hour:02d}:{minute:02d}"


@given(
    st.sampled_from(["المعتقل", "المحتجزين", "الطريق المغلق", "المفقودين", "العالقين"]),
    st.integers(2, 400),
    st.sampled_from(["يوما", "يوم", "أيام"]),
)
def test_a_state_that_has_lasted_is_no_date(state: str, n: int, unit: str) -> None:
    """«… منذ N يوم» after a word for a person or place held in a state says how long, never when."""
    assert find_times(f"{state} منذ {n} {unit}", REF, tz=TZ, languages=["ar"]) == []


def test_references_are_what_the_docstring_says() -> None:
    """The weekdays the expected values lean on."""
    assert datetime.fromisoformat(REF).strftime("%A") == "Friday"
    assert datetime.fromisoformat(TUNIS_REF).strftime("%A") == "Tuesday"
