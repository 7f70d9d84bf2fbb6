"""A part of a month or year said after it, and Georgian month-first nth weekdays (wave 5, eastint).

Values by hand from the reference Friday 2024-11-29 21:00, leaning to the past. A month's parts
are its tenths as elsewhere (start 1-10, middle 11-20, end 21 to its last day: June has 30
days, February 2024 29); a year's are its months (start January-March, end September-December).
A month said alone is its nearest occurrence: June 2024 (five months back, seven ahead), March
2025 (four ahead, eight back), December 2024 (next month), October 2024. October 2024's Tuesdays
fall on 1, 8, 15, 22, 29; 1 March 2025 is a Saturday, so its last Monday is the 31st.
"""

from __future__ import annotations

import pytest

from liveblog.model import WhenKind
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

EDGES = [
    ("ja", "6月末", "2024-06-21/2024-06-30"),
    ("ja", "2020年6月上旬", "2020-06-01/2020-06-10"),
    ("ja", "月末", "2024-11-21/2024-11-30"),  # this month's end
    ("ja", "年末", "2024-09/2024-12"),
    ("zh", "6月底", "2024-06-21/2024-06-30"),
    ("zh", "2024年2月下旬", "2024-02-21/2024-02-29"),
    ("zh", "年初", "2024-01/2024-03"),
    ("ko", "6월 중순", "2024-06-11/2024-06-20"),
    ("ko", "2020년 말", "2020-09/2020-12"),
    ("hu", "március végén", "2025-03-21/2025-03-31"),
    ("hu", "az év elején", "2024-01/2024-03"),
    ("tr", "haziran ortasında", "2024-06-11/2024-06-20"),
    ("tr", "aralık sonunda", "2024-12-21/2024-12-31"),
    ("ka", "მარტის ბოლო", "2025-03-21/2025-03-31"),
    ("ka", "თვის ბოლოს", "2024-11-21/2024-11-30"),
    ("ka", "წლის დასაწყისში", "2024-01/2024-03"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), EDGES)
def test_edge_after(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.kind is WhenKind.RANGE
    assert when.timex == timex


GEORGIAN_NTH = [
    ("ოქტომბრის პირველი სამშაბათი", "2024-10-01"),
    ("ოქტომბრის მე-3 სამშაბათი", "2024-10-15"),
    ("მარტის ბოლო ორშაბათი", "2025-03-31"),  # the nth wins over "the end of March" before a weekday
]


@pytest.mark.parametrize(("text", "timex"), GEORGIAN_NTH)
def test_georgian_nth(text: str, timex: str) -> None:
    when = resolve(text, REF, languages=["ka"])
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "Yolun sonunda bir ev var."),  # "at the end of the road"
        ("hu", "A film vége szomorú."),  # "the end of the film"
        ("ja", "話し合いの末に決まった。"),  # 末 after no time
        ("ka", "3 თვის წინ"),  # the genitive stays a unit: three months ago, no edge
    ],
)
def test_edge_needs_a_time_before_it(lang: str, text: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert all(f.when.kind is not WhenKind.RANGE for f in found), [f.when.timex for f in found]


UNTIL = [
    # from the reference (Friday 2024-11-29 21:00) to the end of the part named
    ("tr", "ay sonuna kadar", "2024-11-29T21:00:00/2024-11-30"),
    ("tr", "mart sonuna kadar", "2024-11-29T21:00:00/2025-03-31"),
    ("ja", "月末まで", "2024-11-29T21:00:00/2024-11-30"),
    ("ko", "6월 말 까지", None),  # June's end is behind a late-November reference: no deadline
]


@pytest.mark.parametrize(("lang", "text", "timex"), UNTIL)
def test_until_the_end(lang: str, text: str, timex: str | None) -> None:
    when = resolve(text, REF, languages=[lang])
    if timex is None:
        assert when is None or not when.timex.startswith(REF), text
        return
    assert when is not None, text
    assert when.kind is WhenKind.RANGE
    assert when.timex == timex


SPANS = [
    # a range whose ends are parts of months: from the first part's start to the last one's end
    ("ja", "6月初めから7月末まで", "2024-06-01/2024-07-31"),
    ("ja", "2020年6月上旬から2021年7月下旬まで", "2020-06-01/2021-07-31"),
    ("zh", "从6月初到7月底", "2024-06-01/2024-07-31"),
    ("en", "from early June to late July", "2024-06-01/2024-07-31"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), SPANS)
def test_range_of_parts(lang: str, text: str, timex: str) -> None:
    when = resolve(text, REF, languages=[lang])
    assert when is not None, text
    assert when.kind is WhenKind.RANGE
    assert when.timex == timex
