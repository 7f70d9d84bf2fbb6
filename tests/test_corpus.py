"""The resolution accuracy corpus: its shape, and every expression against ``liveblog.resolve``.

The corpus (``tests/data/resolution_corpus.jsonl``) is written by hand against
``docs/resolution.md``; see ``docs/accuracy.md`` for how it was annotated.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

CORPUS = Path(__file__).parent / "data" / "resolution_corpus.jsonl"

LANGS = frozenset({"ar", "en"})
CLASSES = frozenset(
    {
        "weekday",
        "part_of_day",
        "day_word",
        "ago_in",
        "month_year",
        "day_month",
        "clock",
        "zone",
        "week",
        "not_a_date",
    }
)
# Issue 14's shapes: each needs items, in one language at least (CLASSES need both).
SHAPES = frozenset(
    {"ref", "anaphora", "weekend", "ordinal_day", "quarter", "season", "decade", "holiday", "qualifier"}
)
PREFERS = frozenset({"past", "future", "nearest"})
GRAINS = frozenset(
    {"second", "minute", "hour", "part_of_day", "day", "week", "month", "quarter", "half", "year"}
)
REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# Start hour of each part's window (docs/resolution.md, "Parts of the day").
# midnight's window starts at 23:00 of the day before the midnight it straddles.
PART_START_HOUR = {
    "dawn": 4,
    "early_hours": 0,
    "morning": 6,
    "forenoon": 9,
    "midday": 11,
    "afternoon": 12,
    "late_afternoon": 15,
    "sunset": 17,
    "evening": 18,
    "nightfall": 19,
    "late_evening": 21,
    "late_night": 21,  # tb9
    "night": 20,
    "midnight": 23,
    "after_midnight": 0,
    "lunch": 12,  # en8
    "after_lunch": 13,
    "after_school": 15,
}
REQUIRED_KEYS = frozenset({"id", "lang", "class", "text", "reference", "tz", "prefer", "expected"})
# "refs": read vague references ("now") as REF values; "pick": the expression checked is the one
# find_times finds over these words of "text" (anaphora are anchored on the date before them).
OPTIONAL_KEYS = frozenset({"note", "refs", "pick"})
EXPECTED_KEYS = frozenset({"start", "grain", "part", "approximate"})
EXPECTED_OPTIONAL = frozenset({"timex", "kind"})  # checked when given: "2024-11-30/2024-12-01", "range"


def _load() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ITEMS = _load()
PARAMS = [pytest.param(item, id=item["id"]) for item in ITEMS]


def _aware(value: object, what: str) -> datetime:
    assert isinstance(value, str), f"{what} must be a string, got {value!r}"
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, f"{what} {value!r} has no UTC offset"
    return moment


def _reference(item: dict[str, Any]) -> datetime:
    """The item's reference as an aware datetime in its IANA zone."""
    return datetime.fromisoformat(item["reference"]).astimezone(ZoneInfo(item["tz"]))


# --- the corpus as a whole ---------------------------------------------------


def test_corpus_size_and_mix() -> None:
    """The corpus has at least 420 items: 260 Arabic, 160 English, 60 not-a-date."""
    langs = Counter(item["lang"] for item in ITEMS)
    classes = Counter(item["class"] for item in ITEMS)
    assert len(ITEMS) >= 420
    assert langs["ar"] >= 260
    assert langs["en"] >= 160
    assert classes["not_a_date"] >= 60


def test_corpus_covers_every_class_in_both_languages() -> None:
    """Every class has Arabic and English items."""
    present = {(item["lang"], item["class"]) for item in ITEMS}
    missing = {(lang, cls) for lang in LANGS for cls in CLASSES} - present
    assert not missing
    assert {cls for _, cls in present} >= SHAPES


def test_corpus_ids_unique() -> None:
    """No two items share an id."""
    counts = Counter(item["id"] for item in ITEMS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_corpus_references_vary() -> None:
    """References span several dates, weekdays and zones so no rule can be tuned to one date."""
    refs = {_reference(item) for item in ITEMS}
    assert len({r.date() for r in refs}) >= 10
    assert len({r.weekday() for r in refs}) >= 6
    assert {"Asia/Damascus", "Europe/London", "UTC", "America/New_York"} <= {item["tz"] for item in ITEMS}


# --- each line's shape ---------------------------------------------------------


def _check_kind(item: dict[str, Any], expected: dict[str, Any], reference: datetime) -> None:
    """A vague reference is the instant it was said at; a range's timex names both ends."""
    if expected.get("kind") == "ref":  # "now": no stretch of time
        assert item.get("refs") is True
        assert expected["timex"] in REF_VALUES
        assert (_aware(expected["start"], "start"), expected["grain"]) == (reference, "second")
    if expected.get("kind") == "range":
        assert "/" in expected["timex"]


@pytest.mark.parametrize("item", PARAMS)
def test_corpus_line_shape(item: dict[str, Any]) -> None:
    """A corpus line has the documented keys, types and a start consistent with its grain."""
    assert REQUIRED_KEYS <= item.keys() <= REQUIRED_KEYS | OPTIONAL_KEYS
    assert item["lang"] in LANGS
    assert item["class"] in CLASSES | SHAPES
    assert item["prefer"] in PREFERS
    assert isinstance(item.get("refs", False), bool)
    if "pick" in item:
        assert item["pick"] in item["text"]
    assert item["id"].startswith(f"{item['lang']}-{item['class'].replace('_', '-')}-")
    assert isinstance(item["text"], str)
    assert item["text"].strip()
    try:
        zone = ZoneInfo(item["tz"])
    except (ZoneInfoNotFoundError, ValueError):
        pytest.fail(f"unknown zone {item['tz']!r}")
    reference = _aware(item["reference"], "reference")
    assert reference.utcoffset() == reference.astimezone(zone).utcoffset(), "reference not in its zone"

    expected = item["expected"]
    if item["class"] == "not_a_date":
        assert expected is None
        return
    assert isinstance(expected, dict)
    assert EXPECTED_KEYS <= expected.keys() <= EXPECTED_KEYS | EXPECTED_OPTIONAL
    assert expected["grain"] in GRAINS
    _check_kind(item, expected, reference)
    assert isinstance(expected["approximate"], bool)
    start = _aware(expected["start"], "start")
    local = start.astimezone(zone)
    assert start.utcoffset() == local.utcoffset(), "start is not written in the reference's zone"
    grain, part = expected["grain"], expected["part"]
    assert (part is None) == (grain != "part_of_day")
    if grain == "part_of_day":
        assert part in PART_START_HOUR
        assert (local.hour, local.minute) == (PART_START_HOUR[part], 0)
    if grain in {"day", "week", "month", "year"}:
        assert (local.hour, local.minute, local.second) == (0, 0, 0)
    if grain == "week":
        assert local.weekday() == 0
    if grain in {"month", "quarter", "half", "year"}:
        assert local.day == 1
        assert (local.hour, local.minute, local.second) == (0, 0, 0)
    assert local.month in {"quarter": (1, 4, 7, 10), "half": (1, 7)}.get(grain, range(1, 13))
    if grain == "year":
        assert local.month == 1
    if grain == "minute":
        assert local.second == 0


@pytest.mark.parametrize(
    "item", [pytest.param(i, id=i["id"]) for i in ITEMS if i["class"] in {"clock", "zone"}]
)
def test_corpus_clock_items_respect_prefer(item: dict[str, Any]) -> None:
    """A clock time without a date lies within a day before (past) or after (future) the reference;
    leaning ahead, a clock less than an hour gone is still today's (en9: docs/resolution.md)."""
    if re.search(r"\b(19|20)\d\d\b", item["text"]):
        pytest.skip("a dated timestamp: the date, not prefer, decides")
    start = datetime.fromisoformat(item["expected"]["start"]).astimezone(UTC)
    reference = _reference(item).astimezone(UTC)  # real hours, not wall-clock days across DST
    if item["prefer"] == "past":
        assert reference - timedelta(days=1) < start <= reference
    elif item["prefer"] == "future" and start < reference:
        # en9: a clock just told (under an hour gone); ar9: one gone by in the half of the day under
        # way, its half said: today's either way
        here, then = _reference(item), datetime.fromisoformat(item["expected"]["start"])
        assert then.date() == here.date()
        assert reference - timedelta(hours=1) < start or (then.hour < 12) == (here.hour < 12)
    elif item["prefer"] == "future":
        assert start < reference + timedelta(days=1)


# --- every item against the resolver ---------------------------------------------


@pytest.mark.parametrize("item", PARAMS)
def test_resolution_corpus(item: dict[str, Any]) -> None:
    """liveblog.resolve gives the annotated start, grain, part and hedge (or None for not-a-date)."""
    import liveblog  # lazily: the corpus must collect before the resolver exists

    args = (item["text"], _reference(item))
    kw: dict[str, Any] = {
        "prefer": item["prefer"],
        "tz": item["tz"],
        "languages": [item["lang"]],
        "refs": item.get("refs", False),
    }
    got: Any
    if "pick" in item:
        found = liveblog.find_times(*args, **kw)
        at = item["text"].index(item["pick"])
        over = [f for f in found if f.span.start < at + len(item["pick"]) and at < f.span.end]
        got = over[0].when if over else None
    else:
        got = liveblog.resolve(*args, **kw)
    expected = item["expected"]
    if expected is None:
        assert got is None, f"{item['text']!r} is not a date, got {got!r}"
        return
    assert got is not None, f"{item['text']!r} gave no date"
    start = datetime.fromisoformat(expected["start"])
    actual = {
        "start": got.start.isoformat(),
        "grain": str(got.grain),
        "part": got.part,
        "approximate": got.approximate,
    }
    wanted = {
        "start": start.isoformat(),
        "grain": expected["grain"],
        "part": expected["part"],
        "approximate": expected["approximate"],
    }
    for key in EXPECTED_OPTIONAL & expected.keys():
        actual[key] = str(getattr(got, key))
        wanted[key] = expected[key]
    assert got.start == start
    assert actual == wanted
