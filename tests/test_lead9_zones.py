"""A clock said in a place's time: "9am Kyiv time", "8pm Beijing time" (lead9).

Reference: Friday 29 November 2024, 10:00 UTC, leaning to the past. Offsets on that day, from the
zone rules: Kyiv and Israel +02:00, Moscow +03:00, Beijing +08:00, New York -05:00. Each value is
the instant in the reference's zone (UTC), worked out by hand.
"""

from __future__ import annotations

import json
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from liveblog import find_times
from liveblog._text.zones import place_zones

REF = "2024-11-29T10:00:00+00:00"

PLACES = [
    ("The strike hit at 9am Kyiv time.", "9am Kyiv time", "2024-11-29T07:00"),
    ("Sirens sounded at 8am Moscow time.", "8am Moscow time", "2024-11-29T05:00"),
    ("The launch was at 6am Beijing time.", "6am Beijing time", "2024-11-28T22:00"),
    ("They met at 9am Israel time on Friday.", "9am Israel time on Friday", "2024-11-29T07:00"),
    ("Markets opened at 4am New York time.", "4am New York time", "2024-11-29T09:00"),
]


@pytest.mark.parametrize(("text", "span", "timex"), PLACES, ids=[p[1] for p in PLACES])
def test_clock_in_a_places_time(text: str, span: str, timex: str) -> None:
    assert [(f.text, f.when.timex) for f in find_times(text, REF, languages=["en"])] == [(span, timex)]


def test_a_place_alone_is_no_date() -> None:
    assert find_times("Paris time is an hour ahead of London.", REF, languages=["en"]) == []


def test_every_listed_zone_exists() -> None:
    doc = json.loads(resources.files("liveblog._text").joinpath("zone_cities.json").read_text("utf-8"))
    assert len(doc["zones"]) > 400
    for zone in doc["zones"]:
        ZoneInfo(zone)  # raises for a name the installed database lacks
    places = place_zones()
    assert places["kyiv"] == "Europe/Kyiv"
    assert places["new york"] == "America/New_York"
    assert all(ZoneInfo(z) is not None for z in places.values())


def test_zone_cities_are_what_the_generator_writes_from_the_installed_database() -> None:
    from liveblog.lang._generate import zone_cities

    doc = json.loads(resources.files("liveblog._text").joinpath("zone_cities.json").read_text("utf-8"))
    # a newer database may add zones; every committed one is still there
    assert set(doc["zones"]) <= set(zone_cities())
