"""Zone abbreviations of outlets in South and East Asia, Africa and Oceania, and the ones that are words.

"14.30 WIB" (Jakarta, +07:00), "3pm EAT" (Nairobi, +03:00), "09:00 SAST" (Johannesburg, +02:00),
"15:00 KST" (Seoul, +09:00) are in the one zone table (``liveblog._text.zones``), and every
generated language's table reads those that are no word. An abbreviation that is also a word of a
language read ("cat", "eat", "west", "est", "ist", "et", "pt") names a zone after a clock only when
written with a capital: "5pm cat show", "at 5pm west of the city" are 17:00 in the reference's zone.

Reference: Friday 29 November 2024, 10:00 at +02:00 (answers at +02:00), prefer past.
"""

from __future__ import annotations

import pytest

from .found_check import spans

CASES = [
    ("en", "at 3am EAT", "3am EAT", "2024-11-29T02:00"),
    ("en", "at 09:00 SAST", "09:00 SAST", "2024-11-29T09:00"),
    (
        "en",
        "at 9am ET",
        "9am ET",
        "2024-11-28T16:00",
    ),  # 09:00 New York is 16:00 at +02:00, today's still ahead
    ("en", "5pm cat show", "5pm", "2024-11-28T17:00"),
    # lead8: in a clause with no past verb, a time of day later than the reference is today's
    ("en", "at 5pm west of the city", "5pm", "2024-11-29T17:00"),
    ("en", "at 5pm West Bank time", "5pm", "2024-11-29T17:00"),
    ("id", "pukul 14.30 WIB", "pukul 14.30 WIB", "2024-11-29T09:30"),
    ("ko", "오후 3시 KST", "오후 3시 KST", "2024-11-29T08:00"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_zone_after_a_clock(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]


def test_a_title_word_after_a_marker_is_no_zone() -> None:
    """ "17:00 West Bank raids" is a marker and its title; before, "West" was Western European
    Summer Time, the post 16:00 and its title "Bank raids"."""
    from liveblog import parse

    page = (
        "Live updates\n\n17:00 West Bank raids\nTroops entered Jenin.\n\n16:00 WEST\nA post at 15:00 GMT.\n"
    )
    timeline = parse(page, reference="2024-11-29T18:00:00+00:00", tz="Europe/London", lang="en")
    posts = [(e.when.start.strftime("%H:%M"), e.title) for e in timeline.entries if e.when is not None]
    assert ("17:00", "West Bank raids") in posts
    assert any(hour == "15:00" for hour, _ in posts)  # "16:00 WEST" in capitals is the zone


@pytest.mark.parametrize(
    ("zone", "lang", "first"),
    [
        ("Asia/Tokyo", "ja", True),  # "3/5(火)": 5 March on a Japanese page
        ("Asia/Tokyo", "es", False),  # a Spanish page in Tokyo time writes "3/12" day first
        ("Asia/Seoul", None, True),  # no language known: the country's habit
        ("America/Chicago", "es", True),  # the United States: month first whatever the language
        ("Europe/London", "en", False),
    ],
)
def test_month_first_by_zone_and_language(zone: str, lang: str | None, first: bool) -> None:
    from liveblog._text.zones import month_first, zoneinfo

    assert month_first(zoneinfo(zone), lang) is first
