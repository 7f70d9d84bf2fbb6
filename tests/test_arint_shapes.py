"""Arabic words for "now", for the period before a date, and spoken day words with the article.

Expected values worked out by hand before the resolver ran. Reference: Tuesday 12 February 2013,
04:30 at UTC-02:00 (Duckling's reference, a fixed offset), prefer future; so yesterday is
11 February, the day before it 10 February, the day after tomorrow 14 February, the previous
month January 2013 and the previous year 2012. Said alone, a date said from an earlier one
(«السنة السابقة», "the previous year") counts from the reference (docs/resolution.md).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from bench._judge import answer_of

from liveblog import resolve
from liveblog.model import WhenKind

REF = "2013-02-12T04:30:00-02:00"
ZONE = timezone(timedelta(hours=-2))

# (text, TIMEX3)
SHAPES: list[tuple[str, str]] = [
    # "now": a vague reference to the present, read when asked for (refs=True)
    ("حالا", "PRESENT_REF"),
    ("في هذه اللحظة", "PRESENT_REF"),
    ("في اللحظة الراهنة", "PRESENT_REF"),
    # the period before
    ("السنة السابقة", "2012"),
    ("العام السابق", "2012"),
    ("الشهر السابق", "2013-01"),
    ("الأسبوع السابق", "2013-W06"),
    # spoken, with the article on «قبل»/«بعد»
    ("اليوم القبل امبارح", "2013-02-10"),
    ("القبل البارحة", "2013-02-10"),
    ("اليوم البعد بكرة", "2013-02-14"),
    # the words beside them keep their readings
    ("اليوم", "2013-02-12"),
    ("اليوم السابق", "2013-02-11"),
]


@pytest.mark.parametrize(("text", "timex"), SHAPES)
def test_arabic_shape(text: str, timex: str) -> None:
    """Each shape gives its value at the reference (refs asked for)."""
    when = resolve(text, REF, prefer="future", tz=ZONE, languages=["ar"], refs=True)
    assert when is not None
    assert when.timex == timex


def test_now_is_not_a_date_unless_asked() -> None:
    """Without ``refs`` «حالا» gives nothing: a vague reference is no instant in a timeline."""
    assert resolve("حالا", REF, prefer="future", tz=ZONE, languages=["ar"]) is None


def test_judge_reads_present_ref_as_the_reference_second() -> None:
    """The Duckling judge reads PRESENT_REF as the reference's second and other refs as no date."""
    now = resolve("حالا", REF, prefer="future", tz=ZONE, languages=["ar"], refs=True)
    assert now is not None
    assert now.kind is WhenKind.REF
    answer = answer_of(now, ZONE)
    assert answer is not None
    assert (answer.start, answer.end) == (datetime(2013, 2, 12, 4, 30), datetime(2013, 2, 12, 4, 30, 1))
    recently = resolve("مؤخرا", REF, prefer="future", tz=ZONE, languages=["ar"], refs=True)
    assert recently is not None
    assert answer_of(recently, ZONE) is None
