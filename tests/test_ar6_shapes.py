"""Arabic news shapes of issue 14 (ar6): parts of a year said with its number, early years with their
era, two years after a dual noun, the last quarter, a month or day of a year or month named from the
date before, and quarters of something that is no year.

Expected values worked out by hand before the resolver ran. Reference: Wednesday 15 May 2024, 10:00
UTC, prefer past. The parts of a year are liveblog's (docs/resolution.md): its start January-March,
its middle May-August, its end September-December, approximate.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve

REF = datetime(2024, 5, 15, 10, 0, tzinfo=UTC)


def _alone(text: str, lang: str = "ar") -> str | None:
    when = resolve(text, REF, prefer="past", tz="UTC", languages=[lang])
    return None if when is None else when.timex


def _picked(text: str, pick: str, lang: str = "ar") -> list[str]:
    """The TIMEX3 values find_times gives over the words ``pick`` of ``text``."""
    at = text.index(pick)
    found = find_times(text, REF, prefer="past", tz="UTC", languages=[lang])
    return [f.when.timex for f in found if f.span.start < at + len(pick) and at < f.span.end]


# (text, TIMEX3, approximate)
YEAR_SHAPES: list[tuple[str, str, bool]] = [
    # a part of a year said with its number, with or without the year's noun
    ("في مطلع 2021", "2021-01/2021-03", True),
    ("أوائل عام 2018", "2018-01/2018-03", True),
    ("بداية 2000", "2000-01/2000-03", True),
    ("منتصف عام 2015", "2015-05/2015-08", True),
    ("أواسط 2016", "2016-05/2016-08", True),
    ("أواخر 2010", "2010-09/2010-12", True),
    ("نهاية عام 1999", "1999-09/1999-12", True),
    # a part of a century, in the decades' shares (first four tenths, next three, last three)
    ("أواخر القرن التاسع عشر", "1870/1899", True),
    ("مطلع القرن العشرين", "1900/1939", True),
    ("منتصف القرن الماضي", "1940/1969", True),
    ("نهاية القرن الماضي", "1970/1999", True),
    # a part of a Hijri month, counted from its own first day (Ramadan 1445: 11 March - 9 April
    # 2024; Sha'ban 1445 from 11 February 2024)
    ("مطلع شعبان 1445", "2024-02-11/2024-02-20", True),
    (
        "منتصف رمضان 1445 هـ",
        "2024-03-25",
        True,
    ),  # ar9: «منتصف» is the midpoint, 15 Ramadan (1 Ramadan = 11 March)
    ("أواسط رمضان 1445 هـ", "2024-03-21/2024-03-30", True),  # the middle days 11-20
    ("أواخر رمضان 1445", "2024-03-31/2024-04-09", True),
    # ten days of a Hijri month: «العشر الأواخر» days 21 to the end, «العشر الأوائل» days 1-10 (15 May
    # 2024 is 7 Dhu al-Qa'da 1445: the last Dhu al-Hijja is 1444's, from 19 June 2023)
    ("العشر الأواخر من رمضان 1445", "2024-03-31/2024-04-09", True),
    ("في العشر الأوائل من ذي الحجة", "2023-06-19/2023-06-28", True),
    ("الأيام العشرة الأخيرة من شهر رمضان 1445", "2024-03-31/2024-04-09", True),
    # a half of a month: days 1-15, 16 to the end (February 2024 has 29 days)
    ("النصف الثاني من الشهر", "2024-05-16/2024-05-31", False),
    ("النصف الأول من شهر فبراير 2024", "2024-02-01/2024-02-15", False),
    ("النصف الثاني من فبراير 2024", "2024-02-16/2024-02-29", False),
    ("النصف الأول من الشهر المقبل", "2024-06-01/2024-06-15", False),
    # the nth week of this year (ISO: 2024-W01 starts on Monday 1 January, W52 is 23-29 December)
    ("في الأسبوع الأخير من العام", "2024-W52", False),
    ("الأسبوع الأول من العام", "2024-W01", False),
    # years before 1900 after a year noun; before 1000 only with their era («م»)
    ("عام 1517", "1517", False),
    ("سنة 1250", "1250", False),
    ("عام 70 م", "0070", False),
    ("سنة 1187م", "1187", False),
    # two years after a dual noun, with or without its article
    ("بين العامين 1967 و1973", "1967/1973", False),
    ("بين سنتي 2001 و2003", "2001/2003", False),
    ("ما بين السنتين 1980 و1988", "1980/1988", False),
    # the last quarter or half («الأخير» is the nth from the end, not the ordinal «اليوم الأخير»)
    ("الربع الأخير من عام 2021", "2021-Q4", False),
    ("النصف الأخير من 2019", "2019-H2", False),
    ("الربع الأخير من العام الماضي", "2023-Q4", False),
    ("الربع الأخير من العام الحالي", "2024-Q4", False),
]


@pytest.mark.parametrize(("text", "timex", "approximate"), YEAR_SHAPES)
def test_year_shape(text: str, timex: str, approximate: bool) -> None:
    """Each shape alone gives its value and hedge."""
    when = resolve(text, REF, prefer="past", tz="UTC", languages=["ar"])
    assert when is not None
    assert (when.timex, when.approximate) == (timex, approximate)


def test_an_early_year_needs_its_era() -> None:
    """Without «م» a number under 1000 after «عام» is no year («عام 70» may be an amount)."""
    assert _alone("عام 70") is None


# (text, the words checked, TIMEX3): a month of the year (a day of the month) said before it
INSIDE: list[tuple[str, str, str, str]] = [
    ("افتتح المعرض في أبريل 2019 واختتم في أغسطس من العام نفسه.", "أغسطس من العام نفسه", "2019-08", "ar"),
    ("تأسس الحزب عام 1982، وفي مارس من السنة نفسها خاض الانتخابات.", "مارس من السنة نفسها", "1982-03", "ar"),
    (
        "وقعت الهدنة في يوليو 2014، وانهارت في أكتوبر من العام التالي.",
        "أكتوبر من العام التالي",
        "2015-10",
        "ar",
    ),
    (
        "بدأت الحملة في 2 يناير 2020، وتوقفت في الخامس من الشهر ذاته.",
        "الخامس من الشهر ذاته",
        "2020-01-05",
        "ar",
    ),
    ("وصل الوفد في 4 فبراير 2022 وغادر في 25 من الشهر نفسه.", "25 من الشهر نفسه", "2022-02-25", "ar"),
    (
        "The plant opened in May 2001 and closed in November of that year.",
        "November of that year",
        "2001-11",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "pick", "timex", "lang"), INSIDE)
def test_inside_a_period_named_before(text: str, pick: str, timex: str, lang: str) -> None:
    """The month or day is of the year or month of the date before it, not the reference's."""
    assert _picked(text, pick, lang) == [timex]


def test_inside_a_period_alone_is_the_references() -> None:
    """With no date before it, «من العام نفسه» is the reference's own year."""
    assert _alone("أغسطس من العام نفسه") == "2024-08"


# (text, lang): a quarter of a match, a depth, a decimal: no date at all
NOT_DATES: list[tuple[str, str]] = [
    ("تقدم الفريق بفارق كبير في الربع الأخير من المباراة.", "ar"),
    ("تعادل الفريقان في النصف الأول من المباراة.", "ar"),
    ("أحرز اللاعب 10 نقاط في الربع الثاني من اللقاء.", "ar"),
    ("عثر الغواصون على سفينة غارقة على عمق 900 م.", "ar"),
    ("ارتفع المؤشر 30ر14 نقطة في ختام التداول.", "ar"),
    # a number after an edge word: a year only from 1800 to 2100 and not before a unit of time
    ("تقدم العداء في نهاية 1500 متر.", "ar"),
    ("مع بداية 2000 ساعة من العمل.", "ar"),
    ("He scored twice in the third quarter of the game.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_DATES)
def test_not_dates(text: str, lang: str) -> None:
    """No date is found in these sentences."""
    assert find_times(text, REF, prefer="past", tz="UTC", languages=[lang]) == []


EDGES = {"مطلع": 1, "أوائل": 1, "بداية": 1, "منتصف": 5, "أواسط": 5, "أواخر": 9, "نهاية": 9}


@given(st.sampled_from(sorted(EDGES)), st.booleans(), st.data())
def test_a_part_of_a_year_lies_in_it(edge: str, noun: bool, data: st.DataObject) -> None:
    """Any edge word before any year, with «عام» or without, names approximate months of that year
    starting at the edge's month (after «عام» any year from 1000 but 1343-1500, the Hijri years the
    Hijri rules read with their era; without it a year from 1800 to 2100, as after other cues)."""
    bounds = (
        st.integers(1000, 2999).filter(lambda y: not 1343 <= y <= 1500) if noun else st.integers(1800, 2100)
    )
    year = data.draw(bounds)
    text = f"{edge} {'عام ' if noun else ''}{year}"
    when = resolve(text, REF, prefer="past", tz="UTC", languages=["ar"])
    assert when is not None
    start, end = when.start.astimezone(UTC), when.end.astimezone(UTC)
    assert when.approximate
    assert (start.year, start.month, start.day) == (year, EDGES[edge], 1)
    assert end <= datetime(year + 1, 1, 1, tzinfo=UTC)


# (text, TIMEX3 or None): a Hijri year with its era, from 1 Muharram to the end of Dhu al-Hijja
# (Umm al-Qura: 1 Muharram 1441 is 31 August 2019, 1442 20 August 2020, 1445 19 July 2023, 1446
# 7 July 2024, 1447 26 June 2025); a year out of the calendar's range is none, never Gregorian.
HIJRI_YEARS: list[tuple[str, str | None]] = [
    ("عام 1441 هـ", "2019-08-31/2020-08-19"),
    ("في سنة 1445هـ", "2023-07-19/2024-07-06"),
    ("1446 هجرية", "2024-07-07/2025-06-25"),
    ("عام 1300 هـ", None),
    ("عام 1441", None),  # no era: the Hijri years after «عام» need it, and 1441 is no Gregorian year said so
]


@pytest.mark.parametrize(("text", "timex"), HIJRI_YEARS)
def test_hijri_year(text: str, timex: str | None) -> None:
    """A Hijri year gives the interval of its Gregorian days at year grain."""
    when = resolve(text, REF, prefer="past", tz="UTC", languages=["ar"])
    assert (None if when is None else (when.timex, str(when.grain))) == (
        None if timex is None else (timex, "year")
    )


def test_a_part_of_a_century_in_english() -> None:
    """The same production reads English: "the early 20th century" is 1900-1939."""
    when = resolve("the early 20th century", REF, prefer="past", tz="UTC", languages=["en"])
    assert when is not None
    assert (when.timex, when.approximate) == ("1900/1939", True)


# (text, TIMEX3): the one before the last, the one after the next (15 May 2024 is a Wednesday:
# this ISO week is W20, the last Sunday 12 May, the next Thursday 16 May; the last Ramadan 1445,
# 11 March - 9 April 2024, the one before it 1444; the last Eid al-Fitr 10 April 2024, the one
# before 21 April 2023; the next Eid al-Adha 16 June 2024, the one after 6 June 2025)
BEFORE_LAST: list[tuple[str, str]] = [
    ("العام قبل الماضي", "2022"),
    ("الشهر قبل الماضي", "2024-03"),
    ("الأسبوع قبل الماضي", "2024-W18"),
    ("الأسبوع بعد المقبل", "2024-W22"),
    ("السنة بعد القادمة", "2026"),
    ("الأحد قبل الماضي", "2024-05-05"),
    ("يوم الخميس بعد المقبل", "2024-05-23"),
    ("في مارس قبل الماضي", "2023-03"),
    ("5 مارس قبل الماضي", "2023-03-05"),
    ("رمضان قبل الماضي", "2023-03-23/2023-04-20"),
    ("عيد الفطر قبل الماضي", "2023-04-21"),
    ("عيد الأضحى بعد المقبل", "2025-06-06"),
    # seasons (meteorological: 15 May 2024 is in spring 2024; the last summer 2023, the one before 2022)
    ("الصيف قبل الماضي", "2022-SU"),
    ("الخريف بعد المقبل", "2025-FA"),
    # «ربيع» without its article is spring too («ربيع الأول» stays the Hijri month, read longer)
    ("ربيع العام المقبل", "2025-SP"),
    ("ربيع 2023", "2023-SP"),
    ("ربيع الأول 1446", "2024-09-04/2024-10-03"),
]


@pytest.mark.parametrize(("text", "timex"), BEFORE_LAST)
def test_before_last_after_next(text: str, timex: str) -> None:
    """«قبل الماضي» and «بعد المقبل» shift two occurrences, whatever they follow."""
    assert _alone(text) == timex


# (text, TIMEX3 or None): «عشية» the day before a date or holiday, «غداة» the day after (Eid al-Adha
# 2023 is 10 Dhu al-Hijja 1444, 28 June 2023; the last Eid al-Fitr 10 April 2024). Before a day word
# or a weekday «عشية» is that day's evening as the Maghreb press writes it, read as the day itself.
DAY_SHIFTS: list[tuple[str, str | None]] = [
    ("عشية 7 أكتوبر 2023", "2023-10-06"),
    ("غداة عيد الأضحى 2023", "2023-06-29"),
    ("عشية عيد الفطر", "2024-04-09"),
    ("عشية اليوم", "2024-05-15"),
    ("عشية الانتخابات", None),
]


@pytest.mark.parametrize(("text", "timex"), DAY_SHIFTS)
def test_eve_and_day_after(text: str, timex: str | None) -> None:
    """The eve and the morrow of a date or a holiday."""
    assert _alone(text) == timex


def test_a_chain_of_dates_named_from_the_one_before() -> None:
    """Each date is named from the one before it: the 10th of that month, two days after it, June of
    the year after the siege began (the month anaphor anchors the amount after it)."""
    text = (
        "بدأ الحصار في 3 مارس 2021. وفي العاشر من الشهر نفسه انقطعت الكهرباء، وبعد ذلك بيومين نفد"
        " الوقود. وفي يونيو من العام التالي رفع الحصار."
    )
    found = find_times(text, REF, prefer="past", tz="UTC", languages=["ar"])
    assert [f.when.timex for f in found] == ["2021-03-03", "2021-03-10", "2021-03-12", "2022-06"]
