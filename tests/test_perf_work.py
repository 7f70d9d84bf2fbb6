"""Work the resolver does not repeat: counted calls, never timed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest

import liveblog
from liveblog.resolve import _when

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_10bbcf9e3c36c249.txt"
_CACHED = (_when.day, _when.part, _when.week, _when.month, _when.quarter, _when.year)


def _walls(monkeypatch: pytest.MonkeyPatch, run: Callable[[], object]) -> int:
    """How many wall-clock conversions ``run`` makes, from empty calendar caches."""
    for fn in _CACHED:
        fn.cache_clear()
    calls = 0
    real = _when._wall

    def counting(d: date, minutes: int, zone: tzinfo) -> datetime:
        nonlocal calls
        calls += 1
        return real(d, minutes, zone)

    monkeypatch.setattr(_when, "_wall", counting)
    run()
    monkeypatch.setattr(_when, "_wall", real)
    return calls


def test_a_page_names_each_day_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eight copies of the seed's posts convert about as many calendar days as one copy (not 8x)."""
    text = SEED.read_text(encoding="utf-8") + "\n"

    def parse(copies: int) -> Callable[[], Any]:
        return lambda: liveblog.parse(text * copies, reference="2024-11-29T21:00", tz="Asia/Damascus")

    once, eight = _walls(monkeypatch, parse(1)), _walls(monkeypatch, parse(8))
    assert once > 0
    assert eight < 2 * once, (once, eight)


def test_calendar_values_are_the_same_objects_and_equal_to_fresh_ones() -> None:
    """A remembered day is equal to one built anew (the caches hold frozen values only)."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Asia/Damascus")
    first = _when.day(date(2024, 11, 28), zone)
    _when.day.cache_clear()
    again = _when.day(date(2024, 11, 28), zone)
    assert first == again
    assert _when.day(date(2024, 11, 28), zone) is again


def test_word_index_keeps_one_holder_as_an_int() -> None:
    """A word one text holds is stored as that text's number; a second holder makes it a list."""
    from liveblog.assemble._similar import hold, holders_of

    index: dict[str, int | list[int]] = {}
    for word, n in [("aleppo", 3), ("toll", 3), ("toll", 7), ("toll", 9), ("homs", 0)]:
        hold(index, word, n)
    assert index == {"aleppo": 3, "toll": [3, 7, 9], "homs": 0}
    assert list(holders_of(index, "aleppo")) == [3]
    assert list(holders_of(index, "toll")) == [3, 7, 9]
    assert list(holders_of(index, "homs")) == [0]  # text 0 is a holder, not "none"
    assert list(holders_of(index, "idlib")) == []
