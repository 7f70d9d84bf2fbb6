"""Dates said from an earlier date of the same text (ana9, issue 14 "Anaphora inside an entry").

Every expected value was worked out by hand before the resolver ran. Reference: Friday
29 November 2024, 12:00 UTC. Calendar facts used: 3 March 2020 is a Tuesday in ISO week
2020-W10 (Monday 2 March to Sunday 8 March); 30 September 2020 ends the third quarter.

Classes:
Spans are the project's: a leading cue word ("until", "in", "during") is left out of the span
("then", "morning"), as TimeML marks it; Arabic keeps its lead («اليوم الذي تلاه»).

- "later in the day", "earlier in the week", "later in the month", "earlier in the year": the
  period of the date said before it (the reference's, when none was: a live-blog entry's own day).
- "until then", "by then": the date said before it, as said; with none before, no date (bare
  "then" is never one; "since then", «منذ ذلك الحين» say how long and are no date).
- A part of the day before a day's anaphor (Arabic, the part first): «صباح اليوم نفسه», «مساء ذلك
  اليوم» are that part of the day said before; «الليلة التالية» the next night; «اليوم الذي تلاه»,
  «العام الذي تلاه» the day, the year that followed.
- "in the morning", "during the afternoon" after a day said before: that part of that day; with
  no day before (or only a month), no date.
- Grain: an amount of a period's unit or coarser ("a year earlier") after "the quarter ended
  Sept. 30, 2020" counts from the quarter, not from its last day; a finer amount ("two days
  later") from the day; with no period before, from the day ("a year earlier" after a bare day).
- Arabic «بعد يومين» told in the past ("two days later") counts from the date said before it; with
  none, or an amount of hours after a day, no date (as before); with a future cue, from the
  reference (as before). English "in two days" told in the past stays a length.
- An edge of a period's anaphor ("late that year", "early the following year", «أواخر العام نفسه»,
  «منتصف الشهر التالي»): that edge of the period said from the date before (days 1-10 / 11-20 /
  21-end of a month; January-March / May-August / September-December of a year); alone, of the
  reference's period.
- A clock said without its day ("around 7:15 p.m.", «الساعة الخامسة مساء») is on the day said
  before it (a day, or a time in one) in the same paragraph; with none, after a month, with a
  zone of its own, or on a line of its own (a live-blog entry's time), it is read as before
  (from the reference, leaning past: 28 November at 19:15).
- English "the next night", "the previous night", "the night before" (where the clause ends):
  that part of the day after or before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import find_times

REF = datetime(2024, 11, 29, 12, 0, tzinfo=UTC)

Case = tuple[str, list[tuple[str, str]]]

LATER_IN: list[Case] = [
    (
        "Talks opened on 3 March 2020. Later in the day, they stalled.",
        [("3 March 2020", "2020-03-03"), ("Later in the day", "2020-03-03")],
    ),
    (
        "Talks opened on 3 March 2020. Earlier in the day, police had closed the road.",
        [("3 March 2020", "2020-03-03"), ("Earlier in the day", "2020-03-03")],
    ),
    (
        "The strike began on 3 March 2020. Earlier in the week, talks had failed.",
        [("3 March 2020", "2020-03-03"), ("Earlier in the week", "2020-W10")],
    ),
    (
        "The strike began in March 2020. Later in the month, talks resumed.",
        [("March 2020", "2020-03"), ("Later in the month", "2020-03")],
    ),
    (
        "The plant opened in March 2020. Later in the year, it closed.",
        [("March 2020", "2020-03"), ("Later in the year", "2020")],
    ),
    # a live-blog entry with no date before: the entry's own day
    ("Later in the day, the minister spoke to reporters.", [("Later in the day", "2024-11-29")]),
    # a day is finer than a month: "later in the day" after a month names no day
    ("The plant opened in March 2020. Later in the day, it closed.", [("March 2020", "2020-03")]),
]

THEN: list[Case] = [
    (
        "The offer expires on 30 November 2020. Until then, the shares trade freely.",
        [("30 November 2020", "2020-11-30"), ("then", "2020-11-30")],
    ),
    # "since then" says how long, not when: no date of its own
    ("The war ended in 1945. Since then, the border has held.", [("1945", "1945")]),
    (
        "The rebels entered the town on 3 March 2020. By then, most residents had fled.",
        [("3 March 2020", "2020-03-03"), ("then", "2020-03-03")],
    ),
    ("By then, most residents had fled.", []),
    ("The rebels entered the town on 3 March 2020. Then they left.", [("3 March 2020", "2020-03-03")]),
    ("انتهت الحرب عام 1945. ومنذ ذلك الحين، صمدت الحدود.", [("عام 1945", "1945")]),
    ("ومنذ ذلك الحين، صمدت الحدود.", []),
]

PARTS: list[Case] = [
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي صباح اليوم نفسه، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("صباح اليوم نفسه", "2020-03-03TMO")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي مساء ذلك اليوم، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("مساء ذلك اليوم", "2020-03-03TEV")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي مساء اليوم ذاته، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("مساء اليوم ذاته", "2020-03-03TEV")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي الليلة التالية، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("الليلة التالية", "2020-03-04TNI")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي اليوم الذي تلاه، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("اليوم الذي تلاه", "2020-03-04")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي العام الذي تلاه، عاد السكان.",
        [("3 مارس 2020", "2020-03-03"), ("العام الذي تلاه", "2021")],
    ),
    (
        "The raid began on 3 March 2020. In the morning, troops entered the town.",
        [("3 March 2020", "2020-03-03"), ("morning", "2020-03-03TMO")],
    ),
    (
        "The raid began on 3 March 2020. Fighting went on during the afternoon.",
        [("3 March 2020", "2020-03-03"), ("afternoon", "2020-03-03TAF")],
    ),
    (
        "The raid began on 3 March 2020. The next night, troops left.",
        [("3 March 2020", "2020-03-03"), ("next night", "2020-03-04TNI")],
    ),
    (
        "The raid began on 3 March 2020. The night before, troops gathered.",
        [("3 March 2020", "2020-03-03"), ("night before", "2020-03-02TNI")],
    ),
    (
        "The raid began on 3 March 2020. Later in the evening, troops left.",
        [("3 March 2020", "2020-03-03"), ("Later in the evening", "2020-03-03TEV")],
    ),
    (
        "The raid began on 3 March 2020. The previous night, troops gathered.",
        [("3 March 2020", "2020-03-03"), ("previous night", "2020-03-02TNI")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي الليلة السابقة، احتشد المسلحون.",
        [("3 مارس 2020", "2020-03-03"), ("الليلة السابقة", "2020-03-02TNI")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي ظهر اليوم نفسه، فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("ظهر اليوم نفسه", "2020-03-03TMI")],
    ),
    (
        "اندلعت الاشتباكات في 3 مارس 2020. وفي الشهر اللاحق، عاد السكان.",
        [("3 مارس 2020", "2020-03-03"), ("الشهر اللاحق", "2020-04")],
    ),
    ("In the morning, troops entered the town.", []),
    # a time of its own follows: read as a clock, which is on the day said before (20:00)
    (
        "The raid began on 3 March 2020. In the evening at eight, troops left.",
        [("3 March 2020", "2020-03-03"), ("evening at eight", "2020-03-03T20:00")],
    ),
    ("The raid began in March 2020. In the morning, troops entered.", [("March 2020", "2020-03")]),
]

GRAIN: list[Case] = [
    (
        "Profit fell in the quarter ended Sept. 30, 2020, from a year earlier.",
        [("quarter", "2020-Q3"), ("Sept. 30, 2020", "2020-09-30"), ("a year earlier", "2019-Q3")],
    ),
    (
        "Sales rose in the quarter ended Sept. 30, 2020; two days later the chief executive quit.",
        [("quarter", "2020-Q3"), ("Sept. 30, 2020", "2020-09-30"), ("two days later", "2020-10-02")],
    ),
    (
        "The plant opened on Sept. 30, 2020. A year earlier, it was a field.",
        [("Sept. 30, 2020", "2020-09-30"), ("A year earlier", "2019-09-30")],
    ),
    # a quarter's anaphor after a year said: the last quarter said, not the year
    (
        "Profit rose in the third quarter of 2020 from a year earlier; this year it will rise again."
        " Exports in the year-ago quarter were flat.",
        [
            ("third quarter of 2020", "2020-Q3"),
            ("a year earlier", "2019-Q3"),
            ("this year", "2024"),
            ("the year-ago quarter", "2019-Q3"),
        ],
    ),
]

# "the same period last year" is the period said before, a year back, at its own grain; alone,
# last year. A year-to-date period ("the first nine months", «الأشهر التسعة الأولى») is no date of
# its own (a length), but what follows compares with it: "a year earlier" is then the year before.
SAME_PERIOD: list[Case] = [
    (
        "Sales rose in the third quarter of 2020 from the same period last year.",
        [("third quarter of 2020", "2020-Q3"), ("the same period last year", "2019-Q3")],
    ),
    (
        "Exports rose in October 2020, compared with the same period a year earlier.",
        [("October 2020", "2020-10"), ("the same period a year earlier", "2019-10")],
    ),
    ("Exports rose 5% compared with the same period last year.", [("the same period last year", "2023")]),
    (
        "ارتفعت الصادرات في الربع الثالث من عام 2020 مقارنة بالفترة نفسها من العام الماضي.",
        [("الربع الثالث من عام 2020", "2020-Q3"), ("الفترة نفسها من العام الماضي", "2019-Q3")],
    ),
    (
        "ارتفعت الصادرات بنسبة 5% مقارنة بالفترة ذاتها من العام الماضي.",
        [("الفترة ذاتها من العام الماضي", "2023")],
    ),
    (
        "Profit rose in the third quarter of 2020. For the first nine months, profit rose to $9 million"
        " from $7 million a year earlier.",
        [("third quarter of 2020", "2020-Q3"), ("a year earlier", "2019")],
    ),
    (
        "ارتفعت الأرباح في الربع الثالث من عام 2020. وخلال الأشهر التسعة الأولى ارتفعت الأرباح مقارنة"
        " بالفترة نفسها من العام الماضي.",
        [("الربع الثالث من عام 2020", "2020-Q3"), ("الفترة نفسها من العام الماضي", "2019")],
    ),
    ("He spent the first nine months in prison.", []),
    # a report's "year-earlier" is the quarter said before, a year back; after a year-to-date, the year
    (
        "Profit rose in the third quarter of 2020, compared with year-earlier profit.",
        [("third quarter of 2020", "2020-Q3"), ("year-earlier", "2019-Q3")],
    ),
    (
        "Profit rose in the third quarter of 2020. For the nine months, the company reported a loss,"
        " compared with year-earlier net income.",
        [("third quarter of 2020", "2020-Q3"), ("year-earlier", "2019")],
    ),
]


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.when.timex) for f in find_times(text, REF, tz="UTC", languages=["en", "ar"])]


@pytest.mark.parametrize(("text", "expected"), LATER_IN, ids=[c[0][:48] for c in LATER_IN])
def test_later_in_the_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), THEN, ids=[c[0][:48] for c in THEN])
def test_then_is_the_date_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARTS, ids=[c[0][:48] for c in PARTS])
def test_part_of_the_day_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), GRAIN, ids=[c[0][:48] for c in GRAIN])
def test_amount_counts_from_the_period_ended(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_rule_names_the_anchor() -> None:
    """An anaphor's rule says what it was anchored on: the date before, or the reference."""
    found = find_times("Talks opened on 3 March 2020. Later in the day, they stalled.", REF, tz="UTC")
    assert found[-1].rule.endswith("-previous")
    alone = find_times("Later in the day, the minister spoke.", REF, tz="UTC")
    assert alone[-1].rule.endswith("-reference")


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD, ids=[c[0][:48] for c in SAME_PERIOD])
def test_same_period_and_year_to_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


STORY: list[Case] = [
    (
        "اندلعت الاشتباكات في 3 مارس 2020، وبعد يومين فر السكان.",
        [("3 مارس 2020", "2020-03-03"), ("بعد يومين", "2020-03-05")],
    ),
    (
        "وصل الوفد يوم 3 مارس 2020 وغادر بعد أسبوع.",
        [("3 مارس 2020", "2020-03-03"), ("بعد أسبوع", "2020-03-10")],
    ),
    (
        "اندلعت الاشتباكات في مارس 2020، وعاد السكان بعد عام.",
        [("مارس 2020", "2020-03"), ("بعد عام", "2021-03")],
    ),
    ("عاد بعد ساعتين إلى منزله.", []),
    ("اعتقل في 3 مارس 2020 وأفرج عنه بعد ساعتين.", [("3 مارس 2020", "2020-03-03")]),
    ("ستبدأ المفاوضات بعد يومين.", [("بعد يومين", "2024-12-01")]),
    (
        "The talks opened on 3 March 2020; more rain fell in two days than in a month.",
        [("3 March 2020", "2020-03-03")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY, ids=[c[0][:48] for c in STORY])
def test_amount_told_in_the_past_counts_from_the_story(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


EDGES: list[Case] = [
    (
        "The war began in March 2020. Late that year, talks began.",
        [("March 2020", "2020-03"), ("Late that year", "2020-09/2020-12")],
    ),
    (
        "The war began in March 2020. Early the following year, talks began.",
        [("March 2020", "2020-03"), ("Early the following year", "2021-01/2021-03")],
    ),
    (
        "اندلعت الحرب في مارس 2020. وفي أواخر العام نفسه بدأت المحادثات.",
        [("مارس 2020", "2020-03"), ("أواخر العام نفسه", "2020-09/2020-12")],
    ),
    (
        "اندلعت الحرب في مارس 2020. وفي مطلع العام التالي بدأت المحادثات.",
        [("مارس 2020", "2020-03"), ("مطلع العام التالي", "2021-01/2021-03")],
    ),
    (
        "اندلعت الحرب في مارس 2020. وفي نهاية الشهر نفسه بدأت المحادثات.",
        [("مارس 2020", "2020-03"), ("نهاية الشهر نفسه", "2020-03-21/2020-03-31")],
    ),
    (
        "اندلعت الحرب في مارس 2020. وفي منتصف الشهر التالي بدأت المحادثات.",
        # merged with ar9: «منتصف» before a month is its midpoint, the 15th (approximate)
        [("مارس 2020", "2020-03"), ("منتصف الشهر التالي", "2020-04-15")],
    ),
    # alone (a live-blog entry): the reference's month, November 2024
    ("بدأت المحادثات في أواخر الشهر نفسه.", [("أواخر الشهر نفسه", "2024-11-21/2024-11-30")]),
]


@pytest.mark.parametrize(("text", "expected"), EDGES, ids=[c[0][:48] for c in EDGES])
def test_edge_of_a_period_said_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


CLOCKS: list[Case] = [
    (
        "The talks opened on Monday evening. Around 7:15 p.m., the envoy left.",
        [("Monday evening", "2024-11-25TEV"), ("Around 7:15 p.m.", "2024-11-25T19:15")],
    ),
    ("Around 7:15 p.m., the envoy left.", [("Around 7:15 p.m.", "2024-11-28T19:15")]),
    (
        "The talks opened in March. At 5 pm, the envoy left.",
        [("March", "2024-03"), ("5 pm", "2024-11-28T17:00")],
    ),
    (
        "The talks opened on 3 March 2020. At 5 pm, the envoy left. At 6 pm, he returned.",
        [("3 March 2020", "2020-03-03"), ("5 pm", "2020-03-03T17:00"), ("6 pm", "2020-03-03T18:00")],
    ),
    (
        "The talks opened on 3 March 2020. At 5 pm GMT, the envoy left.",
        [("3 March 2020", "2020-03-03"), ("5 pm GMT", "2024-11-28T17:00")],
    ),
    # a clock on a line of its own (a live-blog entry's time) is not on the day the text before named
    (
        "Troops entered the town on Monday.\n11:05\nSirens sounded.",
        [("Monday", "2024-11-25"), ("11:05", "2024-11-29T11:05")],
    ),
    (
        "بدأت المحادثات يوم 3 مارس 2020، وفي الساعة الخامسة مساء غادر المبعوث.",
        [("3 مارس 2020", "2020-03-03"), ("الساعة الخامسة مساء", "2020-03-03T17:00")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOCKS, ids=[c[0][:48] for c in CLOCKS])
def test_clock_is_on_the_day_said_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
_MONTHS += ("October", "November", "December")
_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر")
_AR_MONTHS += ("أكتوبر", "نوفمبر", "ديسمبر")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 30)))
@settings(max_examples=40, deadline=None)
def test_anaphora_follow_any_day_said_before(day: date) -> None:
    """Whatever day is said first, "later in the day" and "until then" are that day, "the next
    night" the night after it, «في اليوم الذي تلاه» the day after it."""
    said = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    text = f"Talks opened on {said}. Later in the day, they stalled. Until then, few spoke."
    after = day + timedelta(days=1)
    assert _read(text)[1:] == [("Later in the day", day.isoformat()), ("then", day.isoformat())]
    night = _read(f"Talks opened on {said}. The next night, they stalled.")[1:]
    assert night == [("next night", f"{after.isoformat()}TNI")]
    ar = f"بدأت المحادثات في {day.day} {_AR_MONTHS[day.month - 1]} {day.year}، وفي اليوم الذي تلاه توقفت."
    assert _read(ar)[1:] == [("اليوم الذي تلاه", after.isoformat())]
