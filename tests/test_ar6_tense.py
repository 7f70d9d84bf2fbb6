"""The direction of a year-less date in Arabic running text (issue 14, ar6).

A day or month without a year takes its nearest occurrence; in a clause told in the past (a verb of
an event in the perfect, «وقع», «اندلعت», «أغلقت») or after «منذ», one more than two months ahead is
the last one instead, as in English (docs/resolution.md, "Context in running text"). A verb with
سـ nearer the date, a planned event («من المقرر») or a verb in the imperfect keep it ahead; verbs of
saying do not count (what is reported keeps its own tense).

Expected values worked out by hand before the resolver ran. Reference: Sunday 20 October 2024,
12:00 UTC, prefer past. Nearest occurrences: 5 February 2025 (108 days on; 2024's is 258 days
back), January 2025, 12 March 2025, February 2025; 10 December 2024 is 51 days on, within the
two months a date in a past clause keeps (a schedule reported: the documented trade-off).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import find_times
from liveblog.lang.ar.tense import PAST_WORDS, future_marks

REF = datetime(2024, 10, 20, 12, 0, tzinfo=UTC)

# (sentence, the date's words, TIMEX3)
DIRECTION: list[tuple[str, str, str]] = [
    # told in the past: the last occurrence
    ("وقع الانفجار في 5 فبراير.", "5 فبراير", "2024-02-05"),
    ("وأغلقت السلطات المعبر في يناير.", "يناير", "2024-01"),
    ("اندلعت الاحتجاجات في فبراير بعد قرار الحكومة.", "فبراير", "2024-02"),
    ("تعرض الحي لقصف عنيف في 5 فبراير.", "5 فبراير", "2024-02-05"),
    ("منذ 12 مارس يعيش السكان بلا كهرباء.", "12 مارس", "2024-03-12"),
    # ahead: the future, a plan, the imperfect, a future verb nearer than the past one
    ("ستجرى الانتخابات في 5 فبراير.", "5 فبراير", "2025-02-05"),
    ("وصل الوفد الذي سيلتقي الوزير في 5 فبراير.", "5 فبراير", "2025-02-05"),
    ("كان من المقرر أن تبدأ المحادثات في فبراير.", "فبراير", "2025-02"),
    ("تبدأ المفاوضات في فبراير.", "فبراير", "2025-02"),
    # a verb of saying: what is said keeps its own tense
    ("قال الوزير إن المؤتمر في 5 فبراير.", "5 فبراير", "2025-02-05"),
    # within two months ahead a past clause keeps the date (a schedule reported)
    ("انتهت الهدنة في 10 ديسمبر.", "10 ديسمبر", "2024-12-10"),
]


@pytest.mark.parametrize(("text", "pick", "timex"), DIRECTION)
def test_direction_of_a_year_less_date(text: str, pick: str, timex: str) -> None:
    """The date over ``pick`` has the value the clause's tense gives it."""
    at = text.index(pick)
    found = find_times(text, REF, prefer="past", tz="UTC", languages=["ar"])
    over = [f.when.timex for f in found if f.span.start < at + len(pick) and at < f.span.end]
    assert over == [timex]


@pytest.mark.parametrize(
    ("clause", "marks"),
    [
        ("وصل الوفد الذي سيلتقي", ["سيلتقي"]),
        ("ومن المتوقع أن تبدأ", ["المتوقع"]),
        ("وصلت السيارة", []),  # «السيارة»: a noun shaped like a future verb
        ("عاد الوفد", []),
    ],
)
def test_future_marks(clause: str, marks: list[str]) -> None:
    """The offsets ``future_marks`` gives end the future words of the clause."""
    ends = future_marks(clause)
    assert [clause[:e].rsplit(maxsplit=1)[-1] for e in ends] == marks


def test_past_words_are_not_saying_or_nouns() -> None:
    """Verbs of saying and perfects spelled as common nouns are not among the past words."""
    assert {"قال", "أعلن", "اعلن", "أكد", "حدث", "قصف", "دخل", "رفض", "صدر"}.isdisjoint(PAST_WORDS)
    assert {"وقع", "اندلعت", "وأغلقت", "واغلقت", "فعادوا", "جرت"} <= set(PAST_WORDS)


# (sentence, the amount's words, TIMEX3 or None): «بعد N» after a perfect of an event counts from
# the story's moment (no date; ana9: from the date said before it, where one was); a future or
# imperfect verb after that perfect makes it a date again
# (20 October 2024 + 3 years is 2027; + 2 days is 22 October).
AFTER_THE_STORY: list[tuple[str, str, str | None]] = [
    # ana9: counted from the year said before it in the same text, 1798 + 3 years
    ("احتل نابليون مصر عام 1798 وخرجت قواته بعد ثلاث سنوات.", "بعد ثلاث سنوات", "1801"),
    ("اعتقل الناشط في حزيران وأفرج عنه بعد يومين.", "بعد يومين", None),
    ("قال إنه سيعود بعد ثلاث سنوات.", "بعد ثلاث سنوات", "2027"),
    ("انسحبت القوات ويعود السكان بعد يومين.", "بعد يومين", "2024-10-22"),
]


@pytest.mark.parametrize(("text", "pick", "timex"), AFTER_THE_STORY)
def test_an_amount_after_a_past_event(text: str, pick: str, timex: str | None) -> None:
    """The amount is a date only when the words after the last past event look ahead."""
    at = text.index(pick)
    found = find_times(text, REF, prefer="past", tz="UTC", languages=["ar"])
    over = [f.when.timex for f in found if f.span.start < at + len(pick) and at < f.span.end]
    assert over == ([] if timex is None else [timex])
