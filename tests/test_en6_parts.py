"""Parts of parts of the day: "mid-afternoon", "mid-morning", "early afternoon", "early evening".

Windows (lang/parts.py), worked out before the resolver ran: early afternoon 12:00-15:00 and
mid-afternoon 14:00-16:00 (TIMEX3 ``AF``), mid-morning 08:00-10:00 (``MO``), early evening
18:00-21:00 (``EV``). Reference Friday 6 March 1998, 19:30 UTC, prefer past: every window of the
day has begun, so each names today's; with a day, that day's; an hour said with one is on the
afternoon clock ("early evening at 7" is 19:00).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import find_times, resolve

REF = datetime(1998, 3, 6, 19, 30, tzinfo=UTC)

CASES: list[tuple[str, str, str, str]] = [
    # text, TIMEX3, start, end (UTC)
    ("mid-afternoon", "1998-03-06TAF", "1998-03-06T14:00", "1998-03-06T16:00"),
    ("mid afternoon", "1998-03-06TAF", "1998-03-06T14:00", "1998-03-06T16:00"),
    ("mid-morning", "1998-03-06TMO", "1998-03-06T08:00", "1998-03-06T10:00"),
    ("early afternoon", "1998-03-06TAF", "1998-03-06T12:00", "1998-03-06T15:00"),
    ("early evening", "1998-03-06TEV", "1998-03-06T18:00", "1998-03-06T21:00"),
    ("Tuesday early afternoon", "1998-03-03TAF", "1998-03-03T12:00", "1998-03-03T15:00"),
    ("early Thursday evening", "1998-03-05TEV", "1998-03-05T18:00", "1998-03-05T21:00"),
    ("mid-afternoon yesterday", "1998-03-05TAF", "1998-03-05T14:00", "1998-03-05T16:00"),
    ("early evening at 7", "1998-03-06T19:00", "1998-03-06T19:00", "1998-03-06T19:01"),
]


@pytest.mark.parametrize(("text", "timex", "start", "end"), CASES, ids=[c[0] for c in CASES])
def test_sub_part(text: str, timex: str, start: str, end: str) -> None:
    w = resolve(text, REF, tz="UTC", languages=["en"])
    assert w is not None
    assert w.timex == timex
    assert (w.start.isoformat()[:16], w.end.isoformat()[:16]) == (start, end)


def test_in_running_text() -> None:
    found = find_times("The blast came in mid-afternoon on Wednesday, police said.", REF, languages=["en"])
    assert [f.when.timex for f in found] == ["1998-03-04TAF"]
