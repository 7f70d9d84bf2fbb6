"""Arabic news shapes of issue 14 that ar8 reads: «خلال» with an amount, spoken «من» as "ago", the
nth day of a Hijri month said without «شهر», the nth day of a feast, Maghreb clock words, titles
before a family name that is a part of the day.

Expected values worked out by hand before the resolver ran. Reference: Wednesday 13 November 2024,
10:00 UTC; its ISO week is W46 (11-17 November). Umm al-Qura: Rajab 1445 began on 13 January 2024,
Ramadan 1445 ran 11 March - 9 April 2024, Eid al-Fitr 1445 was 10 April, Eid al-Adha 16 June 2024
(Eid al-Adha 1446 on 6 June 2025 is farther away), Eid al-Fitr 1446 on 30 March 2025.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog import find_times, resolve
from liveblog.model import WhenKind

REF = datetime(2024, 11, 13, 10, 0, tzinfo=UTC)


def _alone(text: str, prefer: str = "past") -> str | None:
    when = resolve(text, REF, prefer=prefer, tz="UTC", languages=["ar"])  # type: ignore[arg-type]
    return None if when is None else when.timex


def _picked(text: str, pick: str) -> list[str]:
    at = text.index(pick)
    found = find_times(text, REF, prefer="past", tz="UTC", languages=["ar"])
    return [f.when.timex for f in found if f.span.start < at + len(pick) and at < f.span.end]


# (text, prefer, TIMEX3 or None, end as ISO wall time or None)
WITHIN: list[tuple[str, str, str | None, str | None]] = [
    # leaning to the future, «خلال» and an amount is the window from now: days and longer to the
    # start of the day the amount lands on (today is the first day), clock units to that instant
    ("خلال أسبوعين", "future", "2024-11-13T10:00:00/2024-11-26", "2024-11-27T00:00"),
    ("خلال 3 أيام", "future", "2024-11-13T10:00:00/2024-11-15", "2024-11-16T00:00"),
    ("خلال ساعتين", "future", "2024-11-13T10:00:00/2024-11-13T12:00", "2024-11-13T12:00"),
    ("خلال شهر", "future", "2024-11-13T10:00:00/2024-12-12", "2024-12-13T00:00"),
    ("خلال عامين", "future", "2024-11-13T10:00:00/2026-11-12", "2026-11-13T00:00"),
    # leaning to the past it is a span counted from the story: no date
    ("خلال أسبوعين", "past", None, None),
    ("خلال 24 ساعة", "past", None, None),
    # with «المقبلة» the window of whole units beside the reference's own, as without «خلال»
    ("خلال الأسبوعين المقبلين", "past", "2024-W47/2024-W48", "2024-12-02T00:00"),  # W48 ends 1 December
    ("خلال الأيام الثلاثة المقبلة", "future", "2024-11-14/2024-11-16", "2024-11-17T00:00"),
]


@pytest.mark.parametrize(("text", "prefer", "timex", "end"), WITHIN, ids=[f"{r[0]}-{r[1]}" for r in WITHIN])
def test_within(text: str, prefer: str, timex: str | None, end: str | None) -> None:
    when = resolve(text, REF, prefer=prefer, tz="UTC", languages=["ar"])  # type: ignore[arg-type]
    if timex is None:
        assert when is None
        return
    assert when is not None
    assert when.timex == timex
    assert when.kind is WhenKind.RANGE
    assert end is not None
    assert when.end.replace(tzinfo=None) == datetime.fromisoformat(end)


@given(n=st.integers(1, 30), unit=st.sampled_from(["أيام", "يوما"]))
def test_a_window_of_days_starts_now_and_holds_n_days(n: int, unit: str) -> None:
    """«خلال N أيام» leaning to the future: from the reference to the end of the nth day, today first."""
    when = resolve(f"خلال {n} {unit}", REF, prefer="future", tz="UTC", languages=["ar"])
    assert when is not None
    assert when.start == REF
    assert (when.end.date() - REF.date()).days == n


# (text, TIMEX3 or None), leaning to the past
SPOKEN_AGO: list[tuple[str, str | None]] = [
    ("من أسبوع", "2024-11-06"),
    ("من يومين", "2024-11-11"),
    ("من ساعة", "2024-11-13T09:00:00"),
    ("من 3 أيام", "2024-11-10"),
    # «من» as "than", "from": another amount, a range's other end, a year
    ("أكثر من أسبوع", None),
    ("من يوم لآخر", None),
    ("من ساعة لأخرى", None),
    ("من أسبوع إلى أسبوعين", None),
    ("قبل يوم واحد من الانتخابات", None),
]


@pytest.mark.parametrize(("text", "timex"), SPOKEN_AGO, ids=[r[0] for r in SPOKEN_AGO])
def test_spoken_ago(text: str, timex: str | None) -> None:
    assert _alone(text) == timex


@given(n=st.integers(3, 10), lead=st.sampled_from(["أكثر", "أقل", "نحو"]))
def test_spoken_ago_counts_back_and_refuses_comparisons(n: int, lead: str) -> None:
    """«من N أيام» opening a clause is N days back; after «أكثر», «أقل» («more than», «less than»)
    or before a range's other end it is no date."""
    when = resolve(f"من {n} أيام", REF, prefer="past", tz="UTC", languages=["ar"])
    assert when is not None
    assert when.start == REF.replace(hour=0) - timedelta(days=n)
    said = f"استمر الحصار {lead} من {n} أيام" if lead != "نحو" else f"من {n} إلى {n + 2} أيام"
    assert [
        f for f in find_times(said, REF, prefer="past", tz="UTC", languages=["ar"]) if "من" in f.text
    ] == []


# (sentence, the words looked at, TIMEX3 values found over them)
RUNNING: list[tuple[str, str, list[str]]] = [
    ("من يومين وصل الوفد إلى القاهرة", "من يومين", ["2024-11-11"]),
    ("تتغير الأسعار من يوم لآخر", "من يوم", []),
    ("استمر الحصار أكثر من أسبوع", "أسبوع", []),
    ("قتل 20 شخصا خلال يومين", "خلال يومين", []),
    ("قال إن القوات انسحبت خلال يومين", "خلال يومين", []),
    # a clause that looks ahead makes «خلال N» the window from now, leaning to the past too
    ("سيتم تشكيل الحكومة خلال أسبوعين", "خلال أسبوعين", ["2024-11-13T10:00:00/2024-11-26"]),
    ("من المقرر أن تنتهي الأعمال خلال ثلاثة أيام", "خلال ثلاثة أيام", ["2024-11-13T10:00:00/2024-11-15"]),
    ("أعلن الجيش أنه سينسحب. وقتل 5 خلال يومين", "خلال يومين", []),
    ("تحدث الأمير الصباح إلى الصحفيين", "الصباح", []),
    ("وصل الأمير صباح الأحد إلى الرياض", "صباح الأحد", ["2024-11-10TMO"]),
    ("قال الفنان محمد رمضان إنه سيعود", "رمضان", []),
    ("تستمر الفعاليات حتى ثاني أيام المعرض", "ثاني أيام", []),
    ("قتل 20 شخصا في أول أيام الحرب", "أول أيام", []),
]


@pytest.mark.parametrize(("text", "pick", "timexes"), RUNNING, ids=[r[0] for r in RUNNING])
def test_running_text(text: str, pick: str, timexes: list[str]) -> None:
    assert _picked(text, pick) == timexes


# (text, TIMEX3), leaning to the past
DAYS: list[tuple[str, str]] = [
    # the nth day of a Hijri month said without «شهر»
    ("أول يوم من رمضان", "2024-03-11"),
    ("اليوم الأول من رمضان", "2024-03-11"),
    ("ثاني يوم من رمضان", "2024-03-12"),
    ("اليوم العاشر من رمضان", "2024-03-20"),
    ("آخر يوم من رمضان", "2024-04-09"),
    ("أول يوم من رجب", "2024-01-13"),
    # «أول أيام رمضان»: an ordinal and the days' noun before the month, with «شهر» or without
    ("أول أيام رمضان", "2024-03-11"),
    ("أول أيام شهر رمضان", "2024-03-11"),
    ("ثاني أيام شهر رمضان", "2024-03-12"),
    ("آخر أيام رمضان", "2024-04-09"),
    ("آخر أيام شهر أكتوبر", "2024-10-31"),
    # the nth day of a feast
    ("ثاني أيام عيد الأضحى", "2024-06-17"),
    # a year-less feast is its nearest occurrence (docs/resolution.md): Eid al-Fitr 1446, 30 March
    # 2025, is 137 days ahead, 10 April 2024 217 days back
    ("ثالث أيام عيد الفطر", "2025-04-01"),
    ("رابع أيام عيد الأضحى", "2024-06-19"),
    # Maghreb clock words
    ("الثالثة بعد الزوال", "2024-11-12T15:00"),
    ("الساعة 30ر14 ت غ", "2024-11-12T14:30"),
]


@pytest.mark.parametrize(("text", "timex"), DAYS, ids=[r[0] for r in DAYS])
def test_days(text: str, timex: str) -> None:
    assert _alone(text) == timex
