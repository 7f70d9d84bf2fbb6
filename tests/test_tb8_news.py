"""English news time expressions of the TempEval-3 kind (tb8): seasons after the article, vague
plural periods, fiscal quarters without a year, and the tense of the clause around a date.

Expected values worked out by hand before the resolver ran. References:

- Thursday 15 October 2026 (autumn, September-November; the fourth quarter);
- Monday 26 October 2026 (for running text: last Friday is 23 October, next Tuesday 27 October);
- Tuesday 10 March 2026 (spring, March-May).

Seasons are meteorological, a winter labelled with the year of its December (docs/resolution.md).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import find_times, resolve

OCT15 = datetime(2026, 10, 15, 12, 0, tzinfo=UTC)
OCT26 = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)
MAR10 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

# -- a season after the article is a time of the year: the nearest such season (ties to the past) --
SEASONS: list[tuple[str, datetime, str | None]] = [
    ("the summer", OCT15, "2026-SU"),  # one season back, three ahead
    ("over the summer", OCT15, "2026-SU"),
    ("well into the winter", OCT15, "2026-WI"),  # one ahead: December 2026 - February 2027
    ("in the spring", OCT15, "2026-SP"),  # two back, two ahead: the tie goes to the past
    ("the autumn", OCT15, "2026-FA"),  # the current one
    ("the summer", MAR10, "2026-SU"),  # one ahead, three back
    ("the winter", MAR10, "2025-WI"),  # one back: December 2025 - February 2026
    ("the winter of nineteen ninety-four", OCT15, "1994-WI"),  # a year in words after "of"
    ("the summer of 2019", OCT15, "2019-SU"),
    ("last fall", MAR10, "2025-FA"),  # "fall" with "last" or a year is still the autumn
    ("fall 2020", OCT15, "2020-FA"),
    # not a time: a season alone, "the fall" (a drop, a defeat), a name, a season "of" something
    ("summer", OCT15, None),
    ("the fall", OCT15, None),
    ("the fall of the city", OCT15, None),
    ("the fall in prices", OCT15, None),
    ("the Summer Olympics", OCT15, None),
    ("the summer of love", OCT15, None),
    ("the Arab Spring", OCT15, None),
]


@pytest.mark.parametrize(("text", "ref", "timex"), SEASONS, ids=[f"{s[0]}@{s[1]:%m-%d}" for s in SEASONS])
def test_season_after_the_article(text: str, ref: datetime, timex: str | None) -> None:
    w = resolve(text, ref, tz="UTC", languages=["en"])
    assert (w.timex if w is not None else None) == timex


def test_season_in_a_past_clause_is_the_last_one() -> None:
    """Said on 10 March 2026 the summer ahead is nearer, but a clause in the past means 2025's."""
    told = find_times("Sales fell in the summer.", MAR10, tz="UTC", languages=["en"])
    planned = find_times("The pool will open in the summer.", MAR10, tz="UTC", languages=["en"])
    assert [f.when.timex for f in told] == ["2025-SU"]
    assert [f.when.timex for f in planned] == ["2026-SU"]


# -- vague plural periods: TIMEX3's PAST_REF / FUTURE_REF when references are asked for --
REFS: list[tuple[str, str]] = [
    ("coming months", "FUTURE_REF"),
    ("in coming quarters", "FUTURE_REF"),
    ("the coming decades", "FUTURE_REF"),
    ("future quarters", "FUTURE_REF"),
    ("upcoming weeks", "FUTURE_REF"),
    ("past years", "PAST_REF"),
    ("over the past decades", "PAST_REF"),
    ("at a later date", "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "timex"), REFS, ids=[r[0] for r in REFS])
def test_vague_plural_period(text: str, timex: str) -> None:
    w = resolve(text, OCT15, tz="UTC", languages=["en"], refs=True)
    assert w is not None
    assert w.timex == timex
    assert resolve(text, OCT15, tz="UTC", languages=["en"]) is None  # only when asked for


@pytest.mark.parametrize("text", ["the past two years", "the past 3 months"])
def test_counted_period_is_a_window_not_a_ref(text: str) -> None:
    w = resolve(text, OCT15, tz="UTC", languages=["en"], refs=True)
    assert w is None or not w.timex.endswith("_REF")


# -- a fiscal quarter without its year: by prefer (its calendar months are not known) --
FISCAL: list[tuple[str, str, str]] = [
    ("the fiscal first quarter", "past", "2026-Q1"),  # the latest first quarter begun
    ("fiscal first-quarter", "past", "2026-Q1"),
    ("the fiscal-first quarter", "past", "2026-Q1"),
    ("the fiscal fourth quarter", "past", "2026-Q4"),  # the current one
    ("the fiscal first quarter", "future", "2027-Q1"),
    ("the first quarter", "past", "2027-Q1"),  # not fiscal: the nearest (January 2027 is nearer)
]


@pytest.mark.parametrize(("text", "prefer", "timex"), FISCAL, ids=[f"{f[0]}-{f[1]}" for f in FISCAL])
def test_fiscal_quarter_without_year(text: str, prefer: str, timex: str) -> None:
    w = resolve(text, OCT15, prefer=prefer, tz="UTC", languages=["en"])  # type: ignore[arg-type]
    assert w is not None
    assert w.timex == timex


# -- the tense of the clause around a date in running text (said Monday 26 October 2026) --
CONTEXT: list[tuple[str, str]] = [
    # a date fronted in a clause told in the future after it is ahead
    ("On Tuesday, the council will vote on the budget.", "2026-10-27"),
    ("On Thursday, the league plans to hold a rally.", "2026-10-29"),
    ("On Tuesday, the council voted on the budget.", "2026-10-20"),
    # a thing of that day, not a plan (tb9: Saturday, as Tuesday said on a Monday is tomorrow's)
    ("Saturday's attack will be investigated.", "2026-10-24"),
    # ... not what follows a reporting verb, nor a day the saying is dated by
    ("On Friday, the mayor said he would resign.", "2026-10-23"),
    ("The mayor said Friday that he will resign.", "2026-10-23"),
    # a plan told in the past perfect is one that was
    ("The offer had been due to expire Friday evening.", "2026-10-23TEV"),
    ("The offer is due to expire Friday evening.", "2026-10-30TEV"),
    ("He had planned to leave on Thursday.", "2026-10-22"),
    ("He planned to leave on Thursday.", "2026-10-29"),
    # "effective": a change dated by when it applies (the nearer 1 February is 2027's)
    ("Smith was named chairman, effective Feb. 1.", "2027-02-01"),
    ("Smith was named chairman in February.", "2026-02"),
    # a full stop inside an abbreviation does not end the clause
    ("The envoy might arrive in the U.S. on Thursday.", "2026-10-29"),
    ("The envoy arrived in the U.S. on Thursday.", "2026-10-22"),
    # a day of the last two months is not moved to the same day next year
    ("Inspectors will work as laid down by the Oct. 12 accord.", "2026-10-12"),
    ("Talks will resume on Tuesday.", "2026-10-27"),
    # "since" with words between it and the date still points back (1 December 2025 is the last one;
    # the coming one is nearer)
    ("Prices have risen since shortly after the Dec. 1 vote.", "2025-12-01"),
    ("Prices have risen since the December vote.", "2025-12"),
    ("Talks will start on Dec. 1.", "2026-12-01"),
]


@pytest.mark.parametrize(("text", "timex"), CONTEXT, ids=[c[0][:45] for c in CONTEXT])
def test_clause_tense(text: str, timex: str) -> None:
    found = find_times(text, OCT26, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == [timex]


# -- a year with an open end: the year itself, as "after 1994" is (said on 15 October 2026) --
OPEN_YEARS: list[tuple[str, str | None, str | None]] = [
    ("production in 1994 or later", "1994", "1994"),
    ("for 1990 and beyond", "1990", "1990"),
    ("from 2030 onward", "2030", "2030"),
    ("post-1959 buildings", "post-1959", "1959"),
    ("pre-2000 levels", "pre-2000", "2000"),
    # not years: a count, the Post (no hyphen), a number outside the cued years
    ("3,000 or more troops", None, None),
    ("the Washington Post 1990 edition", None, None),
    ("1500 or later", None, None),
]


@pytest.mark.parametrize(("text", "span", "timex"), OPEN_YEARS, ids=[o[0] for o in OPEN_YEARS])
def test_year_with_an_open_end(text: str, span: str | None, timex: str | None) -> None:
    found = find_times(text, OCT15, tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == ([(span, timex)] if span is not None else [])


# -- a holiday whose name ends in "Day" is that day whatever word follows (said on 10 March 2026; a
# holiday alone is placed as a time of the year, the nearest: these are all behind) --
DAY_NAMES: list[tuple[str, str | None]] = [
    ("The boy was found Thanksgiving Day clinging to a tube.", "2025-11-27"),  # fourth Thursday
    ("the Christmas Day service", "2025-12-25"),  # 75 days back, 2026's 290 ahead
    ("New Year's Day celebrations", "2026-01-01"),
    # a name that is no day keeps the compound reading
    ("Easter Island", None),
    ("the Christmas tree", None),
]


@pytest.mark.parametrize(("text", "timex"), DAY_NAMES, ids=[d[0][:30] for d in DAY_NAMES])
def test_holiday_day_name_before_a_word(text: str, timex: str | None) -> None:
    found = find_times(text, MAR10, tz="UTC", languages=["en"])
    assert [f.when.timex for f in found] == ([timex] if timex is not None else [])


# -- a report's "the 1988 quarter": the quarter said before it, in that year (said on 26 October 2026;
# the span is the year's words, as a bare year's is) --
REPORT_YEAR: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Profit rose 5% in the third quarter. The firm earned $3 million in the 2025 quarter.",
        [("third quarter", "2026-Q3"), ("2025", "2025-Q3")],
    ),
    (
        "Sales in the second quarter fell. In the 2025 period, sales rose, up from a year ago.",
        # "a year ago" compares with the quarter of the report (2026-Q2), not with the 2025 period
        [("second quarter", "2026-Q2"), ("2025", "2025-Q2"), ("a year ago", "2025-Q2")],
    ),
    # no quarter said before: the year itself
    ("The firm earned $3 million in the 2025 quarter.", [("2025", "2025")]),
    ("Troops left during the 1918 period.", [("1918", "1918")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_YEAR, ids=[r[0][:40] for r in REPORT_YEAR])
def test_report_quarter_in_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_times(text, OCT26, tz="UTC", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == expected


# -- "the year-ago third quarter": that quarter a year before the one the words alone name --
YEAR_AGO_QUARTER: list[tuple[str, str]] = [
    ("the year-ago third quarter", "2025-Q3"),  # the third quarter said on 26 October 2026 is 2026's
    ("year-earlier third-quarter profit", "2025-Q3"),
    ("the year-earlier second quarter", "2025-Q2"),
    ("the year-ago fourth quarter", "2025-Q4"),  # the current one, a year back
]


@pytest.mark.parametrize(("text", "timex"), YEAR_AGO_QUARTER, ids=[y[0] for y in YEAR_AGO_QUARTER])
def test_year_ago_quarter(text: str, timex: str) -> None:
    w = resolve(text, OCT26, tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == timex
