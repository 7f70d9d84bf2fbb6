"""The judges of bench/corpora.py on hand-made records whose answers were worked out by hand."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from bench import _tbaq, corpora
from bench._judge import Answer, Gold, answer_of, ceil, floor, gold_of, judge

from liveblog.model import Grain, When, WhenKind

Z = timezone(timedelta(hours=-2))  # Duckling's reference offset
REF = "2013-02-12T04:30:00-02:00"  # a Tuesday


def at(*parts: int) -> datetime:
    """An aware moment at Duckling's offset."""
    return datetime(*parts, tzinfo=Z)  # type: ignore[misc]


def feb(day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware moment of February 2013 at Duckling's offset."""
    return at(2013, 2, day, hour, minute)


def jul(day: int) -> datetime:
    """Midnight of a July 2013 day at Duckling's offset."""
    return at(2013, 7, day)


def naive(*parts: int) -> datetime:
    return datetime(*parts)  # type: ignore[misc]


def when(start: datetime, end: datetime, grain: str, part: str | None = None) -> When:
    return When(start, end, Grain(grain), start.strftime("%Y-%m-%dT%H:%M"), part=part)


@attrs.frozen
class Ranged:
    """A stand-in for a future range result: ``start``/``end`` and a ``kind``."""

    start: datetime | None
    end: datetime | None
    kind: str


def gold(kind: str, start: str | None, end: str | None, grain: str | None) -> Gold:
    record = {"text": "x", "kind": kind, "start": start, "end": end, "grain": grain}
    return gold_of(record, Z)


TOMORROW = gold("single", "2013-02-13T00:00:00-02:00", "2013-02-14T00:00:00-02:00", "day")
FEB_FIRST = gold("single", "2013-02-01T00:00:00-02:00", "2013-02-02T00:00:00-02:00", "day")
EIGHT_PM = gold("single", "2013-02-12T20:00:00-02:00", "2013-02-12T21:00:00-02:00", "hour")
NOW = gold("single", "2013-02-12T04:30:00-02:00", "2013-02-12T04:30:01-02:00", "second")
JULY_13_15 = gold("interval", "2013-07-13T00:00:00-02:00", "2013-07-16T00:00:00-02:00", "day")
TONIGHT = gold("interval", "2013-02-12T18:00:00-02:00", "2013-02-13T00:00:00-02:00", "hour")
AFTER_2PM = gold("open", "2013-02-12T14:00:00-02:00", None, "hour")
UNTIL_2PM = gold("open", None, "2013-02-12T14:00:00-02:00", "minute")
NEGATIVE = gold("negative", None, None, None)
UTC_22 = datetime(2013, 2, 12, 22, tzinfo=UTC)  # 20:00 at -02:00
BC = gold("single", "-2014-01-01T00:00:00-02:00", "-2013-01-01T00:00:00-02:00", "year")

CASES: list[tuple[str, Gold, Any, bool]] = [
    # single: the answer's start floored and end ceiled to the gold grain give the gold span
    ("tomorrow, the day", TOMORROW, when(feb(13), feb(14), "day"), True),
    ("tomorrow, today given", TOMORROW, when(feb(12), feb(13), "day"), False),
    ("tomorrow, a minute inside it", TOMORROW, when(feb(13, 10), feb(13, 10, 1), "minute"), True),
    ("1 February, the month given", FEB_FIRST, when(feb(1), at(2013, 3, 1), "month"), False),
    ("8 pm, the night from 20:00", EIGHT_PM, when(feb(12, 20), feb(13, 5), "part_of_day", "night"), False),
    ("8 pm, the minute 20:00", EIGHT_PM, when(feb(12, 20), feb(12, 20, 1), "minute"), True),
    ("8 pm, said in UTC", EIGHT_PM, when(UTC_22, UTC_22 + timedelta(minutes=1), "minute"), True),
    ("no answer", TOMORROW, None, False),
    # dateparser: one datetime, taken as the second it names
    ("now, dateparser's now", NOW, naive(2013, 2, 12, 4, 30), True),
    ("now, a minute later", NOW, naive(2013, 2, 12, 4, 31), False),
    ("tomorrow, dateparser's time of day", TOMORROW, naive(2013, 2, 13, 4, 30), True),
    ("13-15 July, dateparser's 13 July", JULY_13_15, naive(2013, 7, 13), False),
    # interval: both ends
    ("13-15 July, the day 15 July", JULY_13_15, when(jul(15), jul(16), "day"), False),
    ("13-15 July, a range", JULY_13_15, Ranged(jul(13), jul(16), "range"), True),
    ("13-15 July, a range a day short", JULY_13_15, Ranged(jul(13), jul(15), "range"), False),
    ("tonight, 18:00 to midnight", TONIGHT, when(feb(12, 18), feb(13), "part_of_day", "evening"), True),
    ("tonight, 20:00 to 05:00", TONIGHT, when(feb(12, 20), feb(13, 5), "part_of_day", "night"), False),
    # open: the one bound Duckling gives
    ("after 2 pm, the point 14:00", AFTER_2PM, when(feb(12, 14), feb(12, 14, 1), "minute"), True),
    ("after 2 pm, the point 15:00", AFTER_2PM, when(feb(12, 15), feb(12, 15, 1), "minute"), False),
    ("after 2 pm, open after 14:00", AFTER_2PM, Ranged(feb(12, 14), None, "after"), True),
    ("after 2 pm, open before 14:00", AFTER_2PM, Ranged(None, feb(12, 14), "before"), False),
    ("until 2 pm, the point 14:00", UNTIL_2PM, when(feb(12, 14), feb(12, 14, 1), "minute"), True),
    ("until 2 pm, open before 14:00", UNTIL_2PM, Ranged(None, feb(12, 14), "before"), True),
    ("until 2 pm, a range to 15:00", UNTIL_2PM, Ranged(feb(12, 4, 30), feb(12, 15), "range"), False),
    # negative: no date is right, any date wrong
    ("negative, nothing", NEGATIVE, None, True),
    ("negative, a day", NEGATIVE, when(feb(12), feb(13), "day"), False),
    # a year BC cannot be a datetime: nothing is right
    ("2014 BC, the year 2014", BC, when(at(2014, 1, 1), at(2015, 1, 1), "year"), False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "gold_", "result", "right"), CASES, ids=[c[0] for c in CASES])
def test_judge(name: str, gold_: Gold, result: Any, right: bool) -> None:
    """judge(answer_of(result)) is right exactly where the hand-worked answer says."""
    assert judge(gold_, answer_of(result, Z)) is right


def test_gold_of_reads_bounds_as_wall_time() -> None:
    """A gold bound becomes a naive wall time at the zone's offset; a year BC marks the gold unreadable."""
    assert Gold("single", "day", naive(2013, 2, 13), naive(2013, 2, 14)) == TOMORROW
    assert not BC.readable
    assert AFTER_2PM.end is None


def test_answer_of_reads_a_range() -> None:
    """An open range keeps only its bound; a point keeps both ends and is no range."""
    assert answer_of(Ranged(at(2013, 2, 12, 14), at(2013, 2, 12, 20), "after"), Z) == Answer(
        naive(2013, 2, 12, 14), None, is_range=True
    )
    assert answer_of(when(at(2013, 2, 13), at(2013, 2, 14), "day"), Z) == Answer(
        naive(2013, 2, 13), naive(2013, 2, 14), is_range=False
    )


@pytest.mark.parametrize(
    ("moment", "grain", "low", "high"),
    [
        (naive(2013, 2, 14, 4, 30), "week", naive(2013, 2, 11), naive(2013, 2, 18)),  # Thursday → Monday
        (naive(2013, 5, 17), "quarter", naive(2013, 4, 1), naive(2013, 7, 1)),
        (naive(2013, 12, 31, 23), "month", naive(2013, 12, 1), naive(2014, 1, 1)),
        (naive(2013, 2, 12, 4, 30, 1), "minute", naive(2013, 2, 12, 4, 30), naive(2013, 2, 12, 4, 31)),
        (naive(2013, 7, 16), "day", naive(2013, 7, 16), naive(2013, 7, 16)),  # on a boundary: itself
    ],
)
def test_floor_and_ceil(moment: datetime, grain: Any, low: datetime, high: datetime) -> None:
    """floor and ceil find the grain boundaries around a moment."""
    assert floor(moment, grain) == low
    assert ceil(moment, grain) == high


# --- TBAQ ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "normal"),
    [
        ("2000-W7", "2000-W07"),
        ("2000-W07", "2000-W07"),
        ("1998-02-11T22:00:00", "1998-02-11T22:00"),
        ("1998-02-11T22:00:30", "1998-02-11T22:00:30"),
        ("1998-02-11tev", "1998-02-11TEV"),
        (" 1989-Q3 ", "1989-Q3"),
    ],
)
def test_normalise(value: str, normal: str) -> None:
    """TIMEX3 values are compared in one spelling."""
    assert _tbaq.normalise(value) == normal


@pytest.mark.parametrize(
    ("timex", "cls"),
    [
        ({"value": "PRESENT_REF", "anchor_tid": "t0"}, "ref"),
        ({"value": "P1D"}, "duration-value"),
        ({"value": "1988-QX", "anchor_tid": "t12"}, "anaphoric"),
        ({"value": "1998-WXX", "anchor_tid": "t0"}, "unknown-digit"),
        ({"value": "1998-01-14", "anchor_tid": "t0"}, "dated"),
        ({"value": "1998"}, "dated"),
    ],
)
def test_span_class(timex: dict[str, Any], cls: str) -> None:
    """Each gold value is reported in one class."""
    assert _tbaq.span_class(timex) == cls


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("1998-01-14", (naive(1998, 1, 14), naive(1998, 1, 15))),
        ("1989-11-06T17", (naive(1989, 11, 6, 17), naive(1989, 11, 6, 18))),
        ("1998-02", (naive(1998, 2, 1), naive(1998, 3, 1))),
        ("1989-Q3", (naive(1989, 7, 1), naive(1989, 10, 1))),
        ("1990-H2", (naive(1990, 7, 1), naive(1991, 1, 1))),
        ("2000-W7", (naive(2000, 2, 14), naive(2000, 2, 21))),  # ISO week 1 of 2000 starts 3 January
        ("2000-W07-WE", (naive(2000, 2, 19), naive(2000, 2, 21))),
        ("197", (naive(1970, 1, 1), naive(1980, 1, 1))),
        ("19", (naive(1900, 1, 1), naive(2000, 1, 1))),
        ("PRESENT_REF", None),
        ("1998-WXX", None),
        ("P1D", None),
    ],
)
def test_value_span(value: str, span: tuple[datetime, datetime] | None) -> None:
    """A TIMEX3 value names the stretch of time worked out by hand."""
    assert _tbaq.value_span(value) == span


def test_value_judges() -> None:
    """liveblog must give the value; dateparser's datetime must fall inside its period."""
    assert _tbaq.liveblog_right("2000-W7", "2000-W07")
    assert not _tbaq.liveblog_right("1998-01", "1998-01-14")
    assert not _tbaq.liveblog_right("1998-01", None)
    # a range of whole days is the value naming exactly those days (a weekend: Saturday and Sunday)
    assert _tbaq.liveblog_right("1990-W32-WE", "1990-08-11/1990-08-12")
    assert not _tbaq.liveblog_right("1990-W32-WE", "1990-08-10/1990-08-11")  # a Friday-Saturday weekend
    assert _tbaq.dateparser_right("1989-Q3", naive(1989, 8, 15, 12))
    assert not _tbaq.dateparser_right("1989-Q3", naive(1989, 10, 1))
    assert not _tbaq.dateparser_right("PRESENT_REF", naive(1998, 1, 14))


def test_score_document() -> None:
    """Relaxed overlap; DURATION gold and what lies only on it count for nothing."""
    timexes = [
        {"start": 0, "end": 5, "type": "DATE", "value": "1998-01-14", "text": "today"},
        {"start": 10, "end": 20, "type": "DURATION", "value": "P3D", "text": "three days"},
        {"start": 30, "end": 40, "type": "DATE", "value": "1998", "text": "this year"},
    ]
    found = [
        _tbaq.Found(1, 4, "oda", "1998-01-14"),  # overlaps the first date, same value
        _tbaq.Found(12, 15, "ree", "1998-01-12"),  # only on the duration: ignored
        _tbaq.Found(50, 55, "xxxxx", "1998-01-13"),  # on no gold: spurious
    ]
    score = _tbaq.Score()
    misses = _tbaq.score_document(score, timexes, found, _tbaq.liveblog_right)
    assert score == _tbaq.Score(system=2, system_span=1, system_value=1, gold=2, gold_span=1, gold_value=1)
    assert [(what, g and g["text"], f and f.text) for what, g, f in misses] == [
        ("spurious", None, "xxxxx"),
        ("missed", "this year", None),
    ]
    assert score.prf("span") == (0.5, 0.5, 0.5)


def test_shape() -> None:
    """Digits of any script become 9; words and punctuation stay."""
    assert corpora.shape("At  3:15pm") == "at 9:99pm"
    assert corpora.shape("الساعة ٣") == "الساعة 9"


def test_report_writes_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A run over a tiny corpus prints the tables and writes the unreadable gold as a miss."""
    folder = tmp_path / "corpora"
    (folder / "duckling").mkdir(parents=True)
    records = [
        {"text": "in 2014 BC", "lang": "en", "reference": REF, "kind": "single", "grain": "year",
         "start": "-2014-01-01T00:00:00-02:00", "end": "-2013-01-01T00:00:00-02:00"},
        {"text": "laughing out loud", "lang": "en", "reference": REF, "kind": "negative", "grain": None,
         "start": None, "end": None},
    ]  # fmt: skip
    (folder / "duckling" / "en.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    doc = {"doc_id": "d1", "dct": "1998-01-14", "text": "\nPRESENT_REF stands alone.\n", "timexes": []}
    (folder / "tbaq.jsonl").write_text(json.dumps(doc) + "\n")
    out = tmp_path / "misses.jsonl"
    assert corpora.report(folder, None, None, out, with_dateparser=False) == 0
    printed = capsys.readouterr().out
    assert "### Duckling" in printed
    assert "### TBAQ end to end" in printed
    misses = [json.loads(line) for line in out.read_text().splitlines()]
    assert [m["text"] for m in misses if m["corpus"] == "duckling"] == ["in 2014 BC"]


def test_report_refuses_a_folder_without_corpora(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder without the corpora, or an unknown language, is one line on stderr and exit status 2."""
    assert corpora.report(tmp_path, None, None, None) == 2
    assert "no corpora in" in capsys.readouterr().err
    (tmp_path / "duckling").mkdir()
    (tmp_path / "duckling" / "en.jsonl").write_text("")
    (tmp_path / "tbaq.jsonl").write_text("")
    assert corpora.report(tmp_path, ["xx"], None, None) == 2
    assert capsys.readouterr().err == "no Duckling corpus for xx; there are: en\n"


# Duckling includes a clock range's last unit ("3-4pm" runs to 17:00 at hour grain, "9:30 to 11:00"
# to 11:01 at minute grain); liveblog ends it at the last clock time itself (16:00, 11:00).
THREE_TO_FOUR_PM = gold("interval", "2013-02-12T15:00:00-02:00", "2013-02-12T17:00:00-02:00", "hour")
HALF_NINE_TO_ELEVEN = gold("interval", "2013-02-14T09:30:00-02:00", "2013-02-14T11:01:00-02:00", "minute")
JULY_13_TO_15 = gold("interval", "2013-07-13T00:00:00-02:00", "2013-07-16T00:00:00-02:00", "day")


def clock_range(start: datetime, end: datetime, grain: str) -> When:
    timex = f"{start:%Y-%m-%dT%H:%M}/{end:%Y-%m-%dT%H:%M}"  # the judge reads only the span
    return When(start, end, Grain(grain), timex, kind=WhenKind.RANGE)


@pytest.mark.parametrize(
    ("gold_", "result", "right"),
    [
        (THREE_TO_FOUR_PM, clock_range(feb(12, 15), feb(12, 16), "minute"), True),
        (THREE_TO_FOUR_PM, clock_range(feb(12, 15), feb(12, 17), "minute"), False),  # 3 to 5 pm
        (HALF_NINE_TO_ELEVEN, clock_range(feb(14, 9, 30), feb(14, 11), "minute"), True),
        (HALF_NINE_TO_ELEVEN, clock_range(feb(14, 9, 30), feb(14, 11, 1), "minute"), False),
        # a day range already includes its last day: no unit is added
        (JULY_13_TO_15, clock_range(jul(13), jul(16), "day"), True),
        (JULY_13_TO_15, clock_range(jul(13), jul(17), "day"), False),
    ],
)
def test_clock_range_ends_are_instants(gold_: Gold, result: When, right: bool) -> None:
    """A liveblog clock range ending at its last clock time meets Duckling's unit-inclusive end."""
    assert judge(gold_, answer_of(result, Z)) is right
