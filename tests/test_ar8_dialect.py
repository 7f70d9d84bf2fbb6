"""Spoken Arabic of four regions (Egypt, the Gulf and Iraq, the Levant, the Maghreb) as quotes and
unseen outlets write it, and the 12-hour clock of a bare Arabic hour (ar8, issue 14).

Expected values worked out by hand before the resolver ran. Reference: Wednesday 13 November 2024,
10:00 UTC (so yesterday is Tuesday the 12th, the day before it Monday the 11th, tomorrow Thursday
the 14th). A bare hour with no half of the day («الساعة 3», «الثالثة», «حوالي الساعة 8») is 03:00
or 15:00 (docs/resolution.md, "Clocks said in words"): leaning to the past the later of the two
at or before the reference, to the future the earlier at or after it, nearest the closer one.
Digits with minutes ("2:00", "9:30"), a leading zero, a zone or a said half («صباحا», «العصر») stay
as written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve

REF = datetime(2024, 11, 13, 10, 0, tzinfo=UTC)


def _alone(text: str, prefer: str) -> str | None:
    when = resolve(text, REF, prefer=prefer, tz="UTC", languages=["ar"])  # type: ignore[arg-type]
    return None if when is None else when.timex


# (text, prefer, TIMEX3 or None)
DIALECT: list[tuple[str, str, str | None]] = [
    # day words: Egyptian, Levantine, Gulf and Iraqi, Tunisian and Algerian
    ("بكرة", "past", "2024-11-14"),
    ("بكره", "past", "2024-11-14"),
    ("بعد بكرة", "past", "2024-11-15"),
    ("امبارح", "past", "2024-11-12"),
    ("مبارح", "past", "2024-11-12"),
    ("البارح", "past", "2024-11-12"),
    ("أول امبارح", "past", "2024-11-11"),
    ("اول مبارح", "past", "2024-11-11"),
    ("النهارده", "past", "2024-11-13"),
    ("النهاردة", "past", "2024-11-13"),
    ("باجر", "past", "2024-11-14"),
    ("غدوة", "past", "2024-11-14"),
    # Maghreb «الحد» (Sunday; also "the limit": only with a day's noun), Egyptian «اللي
    # فات» (the last) and «اللي جاي» (the coming one) after a period or a weekday
    ("يوم الحد", "past", "2024-11-10"),
    ("نهار الحد", "past", "2024-11-10"),
    ("الحد الجاي", "past", None),  # not read: a bound weekday needs a day's noun («أحد المقبلين» is "one of")
    ("الحد من انتشار الوباء", "past", None),
    ("الأسبوع اللي فات", "past", "2024-W45"),
    ("الشهر اللي فات", "past", "2024-10"),
    ("السنة اللي فاتت", "past", "2023"),
    ("الخميس اللي جاي", "past", "2024-11-14"),
    ("الجمعة اللي فاتت", "past", "2024-11-08"),
    # a day word and a part of that day
    ("بكرة الصبح", "future", "2024-11-14TMO"),
    ("بكرة العصر", "future", "2024-11-14TAF"),
    ("امبارح بالليل", "past", "2024-11-12TNI"),
    ("البارح بالليل", "past", "2024-11-12TNI"),
    ("مبارح المسا", "past", "2024-11-12TEV"),
    ("النهارده الصبح", "past", "2024-11-13TMO"),
    ("غدوة الصباح", "future", "2024-11-14TMO"),
    # an hour and the spoken part of the day that says its half
    ("الساعة 3 العصر", "past", "2024-11-12T15:00"),
    ("الساعة تلاتة العصر", "past", "2024-11-12T15:00"),
    ("الساعة 8 الصبح", "past", "2024-11-13T08:00"),
    ("الساعة 9 بالليل", "past", "2024-11-12T21:00"),
    ("الساعة 2 الظهر", "past", "2024-11-12T14:00"),
    ("الساعة 2 الضهر", "past", "2024-11-12T14:00"),
    ("الساعة 12 الضهر", "past", "2024-11-12T12:00"),
    ("الساعة 8 المسا", "past", "2024-11-12T20:00"),
    ("الساعة 4 العشية", "past", "2024-11-12T16:00"),
    ("الساعة 4 بعد الزوال", "past", "2024-11-12T16:00"),
    ("الساعة 4 بعد الضهر", "past", "2024-11-12T16:00"),
    ("بكرة الساعة 5 المسا", "future", "2024-11-14T17:00"),
    # spoken numbers and minutes on the 12-hour clock
    ("الساعة خمسة ونص", "past", "2024-11-13T05:30"),  # 05:30 today is later than 17:30 yesterday
    ("الساعة عشرة وربع", "past", "2024-11-12T22:15"),  # 10:15 today is after 10:00
    ("الساعة سبعة إلا ربع", "past", "2024-11-13T06:45"),
    ("الساعة اتنين ونص", "future", "2024-11-13T14:30"),
    ("الساعة تمانية وتلت", "future", "2024-11-13T20:20"),  # 08:20 has passed
    ("الساعة حداشر", "future", "2024-11-13T11:00"),
    ("قبل تلات أيام", "past", "2024-11-10"),
    # not dates: «ب» + «كرة القدم» (with football), «نص» as "text"
    ("بكرة القدم", "past", None),
    ("نص الاتفاق", "past", None),
]


@pytest.mark.parametrize(("text", "prefer", "timex"), DIALECT, ids=[r[0] for r in DIALECT])
def test_dialect(text: str, prefer: str, timex: str | None) -> None:
    assert _alone(text, prefer) == timex


# (text, prefer, TIMEX3): the half of the day of a bare hour, decided by prefer
TWELVE_HOUR: list[tuple[str, str, str]] = [
    ("الساعة الثالثة", "future", "2024-11-13T15:00"),
    ("الساعة الثالثة", "past", "2024-11-13T03:00"),
    ("الساعة الثالثة", "nearest", "2024-11-13T15:00"),  # 5 hours ahead against 7 back
    ("حوالي الساعة 8", "nearest", "2024-11-13T08:00"),  # 2 hours back against 10 ahead
    ("حوالي الساعة 11", "past", "2024-11-12T23:00"),
    ("الساعة 11", "future", "2024-11-13T11:00"),
    ("الساعة العاشرة", "past", "2024-11-13T10:00"),  # the reference itself
    ("الساعة العاشرة", "future", "2024-11-13T10:00"),
    ("الساعة 2", "future", "2024-11-13T14:00"),
    ("الساعة الثانية عشرة", "past", "2024-11-13T00:00"),  # midnight today, noon has not come
    # as written: digits with minutes (the 24-hour clock news copy writes), a leading zero, a 24-hour
    # hour, a said half, a zone
    ("الساعة 2:00", "future", "2024-11-14T02:00"),
    ("الساعة 9:30", "past", "2024-11-13T09:30"),
    ("الساعة 02:00", "future", "2024-11-14T02:00"),
    ("الساعة 14:00", "future", "2024-11-13T14:00"),
    # ar9: a said half of the day that is under way at 10:00 (the morning) keeps the clock today's
    ("الساعة 3 صباحا", "future", "2024-11-13T03:00"),
    ("الساعة 9 مساء", "future", "2024-11-13T21:00"),
    ("الساعة 9:30 بتوقيت غرينتش", "future", "2024-11-13T09:30"),  # en9: 30 minutes gone: today's
]


@pytest.mark.parametrize(
    ("text", "prefer", "timex"), TWELVE_HOUR, ids=[f"{r[0]}-{r[1]}" for r in TWELVE_HOUR]
)
def test_twelve_hour(text: str, prefer: str, timex: str) -> None:
    assert _alone(text, prefer) == timex


@given(
    hour=st.integers(1, 12), minutes=st.integers(0, 24 * 60 - 1), prefer=st.sampled_from(["past", "future"])
)
def test_a_bare_hour_is_the_nearest_of_its_halves_on_its_side(hour: int, minutes: int, prefer: str) -> None:
    """«الساعة N» is N or N+12 o'clock, on the preferred side of the reference and within 12 hours
    of it: nothing nearer on that side has that hour."""
    ref = datetime(2024, 11, 13, tzinfo=UTC) + timedelta(minutes=minutes)
    when = resolve(f"الساعة {hour}", ref, prefer=prefer, tz="UTC", languages=["ar"])  # type: ignore[arg-type]
    assert when is not None
    assert when.start.hour % 12 == hour % 12
    assert when.start.minute == 0
    gap = (when.start - ref) if prefer == "future" else (ref - when.start)
    assert timedelta(0) <= gap < timedelta(hours=12)


# (sentence, the words looked at, TIMEX3 values found over them)
RUNNING: list[tuple[str, str, list[str]]] = [
    ("وصل الوفد امبارح بالليل إلى القاهرة", "امبارح بالليل", ["2024-11-12TNI"]),
    ("قال المتحدث إن الاجتماع سيعقد بكرة الصبح", "بكرة الصبح", ["2024-11-14TMO"]),
    ("سجل اللاعب هدفا بكرة رأسية", "بكرة", []),
    ("نشرت الوزارة نص الاتفاق كاملا", "نص", []),
]


@pytest.mark.parametrize(("text", "pick", "timexes"), RUNNING, ids=[r[1] for r in RUNNING])
def test_running_text(text: str, pick: str, timexes: list[str]) -> None:
    at = text.index(pick)
    found = find_times(text, REF, prefer="past", tz="UTC", languages=["ar"])
    assert [f.when.timex for f in found if f.span.start < at + len(pick) and at < f.span.end] == timexes


@pytest.mark.parametrize("text", ["دلوقتي", "دلوقت", "هلأ", "هلق", "هلقيت", "توة"])
def test_spoken_now(text: str) -> None:
    """Egyptian «دلوقتي», Levantine «هلأ», Tunisian «توة»: "now", the reference (asked for with refs)."""
    when = resolve(text, REF, prefer="past", tz="UTC", languages=["ar"], refs=True)
    assert when is not None
    assert when.timex == "PRESENT_REF"
    assert when.start == REF
    assert resolve(text, REF, prefer="past", tz="UTC", languages=["ar"]) is None
