"""A marker's zone may be a UTC word with a signed offset ("10:00 GMT+3"): one fixed-offset zone."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from liveblog import parse
from liveblog._text.zones import zone_for_word
from liveblog.segment._markers import leading_marker, parse_marker

# (line, zone as written, title after it or None); each offset read by hand.
LINES = [
    ("10:00 GMT+3", "GMT+3", None),
    ("09:30 UTC+05:30", "UTC+05:30", None),
    ("21:15 GMT-5", "GMT-5", None),
    ("10:00 GMT +3", "GMT +3", None),
    ("10:00 GMT+3 Talks resume in Doha", "GMT+3", "Talks resume in Doha"),
    ("10:00 (GMT+3) Talks resume in Doha", "GMT+3", "Talks resume in Doha"),
    ("10:00 UTC-04:00 - Polls close", "UTC-04:00", "Polls close"),
]


@pytest.mark.parametrize(("line", "zone", "title"), LINES)
def test_offset_zones_in_markers(line: str, zone: str, title: str | None) -> None:
    m = parse_marker(line) if title is None else leading_marker(line)
    assert m is not None
    assert m.zone == zone
    if title is not None:
        assert line[m.rest_at :] == title


def test_a_dash_with_a_space_after_it_is_no_sign() -> None:
    m = leading_marker("10:00 GMT - 5 killed in the strike")
    assert m is None or m.zone in (None, "GMT")


@pytest.mark.parametrize("word", ["GMT+15", "GMT-14:60", "EST+3", "Talks+3"])
def test_offsets_no_clock_has_name_no_zone(word: str) -> None:
    """Beyond ±14 hours, minutes past 59, or after a word that is not UTC: no zone."""
    assert zone_for_word(word, UTC) is None


@pytest.mark.parametrize(
    ("word", "hours"), [("GMT+3", 3), ("utc-5", -5), ("UTC +05:30", 5.5), ("GMT+14", 14)]
)
def test_offset_zones(word: str, hours: float) -> None:
    zone = zone_for_word(word, UTC)
    assert zone is not None
    assert zone.utcoffset(None) == timedelta(hours=hours)


@pytest.mark.parametrize(
    ("page", "times"),
    [
        # 10:00 at +03:00 is 07:00 UTC; 09:30 at +05:30 is 04:00 UTC; 21:15 at -05:00 is 02:15 UTC next day.
        ("10:00 GMT+3\nTalks resume\n\n09:30 UTC+05:30\nCeasefire holds\n", ["04:00", "07:00"]),
        ("10:00 GMT+3 Talks resume in Doha\nDelegations arrived.\n", ["07:00"]),
    ],
)
def test_entries_are_placed_at_their_offset(page: str, times: list[str]) -> None:
    tl = parse(page, reference="2024-11-29T23:59:00+00:00", tz="UTC")
    got = sorted(e.when.start.astimezone(UTC).strftime("%H:%M") for e in tl.entries if e.when is not None)
    assert got == times
    for e in tl.entries:
        assert e.when is not None
        assert e.when.start.utcoffset() is not None
        assert e.when.start.utcoffset() % timedelta(minutes=30) == timedelta(0)
