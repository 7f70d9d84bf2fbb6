"""A range whose ends each have their own day and clock, in several languages (lead9).

Reference: Wednesday 27 November 2024, 10:00 UTC, leaning to the past. "From Friday 18:00 until
Monday 06:00" is the last Friday (22 November) at 18:00 to the Monday after it (25 November) at
06:00: an end on a day of its own keeps its hour as said (it was moved to 18:00 to follow the first
end), and a 24-hour clock at the start keeps the other end on the 24-hour clock. Worked out from the
calendar before running.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-27T10:00:00+00:00"
WEEKEND = "2024-11-22T18:00/2024-11-25T06:00"

RANGES = [
    ("en", "from Friday 18:00 until Monday 06:00", WEEKEND),
    ("en", "from 6pm on Friday until 6am on Monday", WEEKEND),
    ("de", "von Freitag 18 Uhr bis Montag 6 Uhr", WEEKEND),
    ("fr", "de 18h vendredi à 6h lundi", WEEKEND),
    ("fr", "du vendredi 18h au lundi 6h", WEEKEND),
    ("es", "desde las 18:00 del viernes hasta las 6:00 del lunes", WEEKEND),
    ("es", "de las 18:00 del viernes a las 6:00 del lunes", WEEKEND),
    ("ar", "من السادسة مساء الجمعة حتى السادسة صباح الاثنين", WEEKEND),
    ("ar", "من الساعة السادسة مساء الجمعة حتى الساعة السادسة صباح الاثنين", WEEKEND),
    # one day: the last end still follows the first ("9 to 5": 17:00), unless the first is on the
    # 24-hour clock ("18h à 6h" runs overnight, as "6pm to 6am" does)
    ("en", "from 9am to 5", "2024-11-27T09:00/2024-11-27T17:00"),
    ("de", "von 9 bis 17 Uhr", "2024-11-27T09:00/2024-11-27T17:00"),
    ("en", "from 6pm to 6am", "2024-11-26T18:00/2024-11-27T06:00"),
    ("fr", "de 18h à 6h", "2024-11-26T18:00/2024-11-27T06:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RANGES, ids=[f"{c[0]}:{c[1]}" for c in RANGES])
def test_range_ends_with_their_own_days(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]


CLOCKS = [
    # a day, then a clock said in its own way: French "6h" after a weekday, Spanish "del" before the
    # day, Arabic construct parts («صباح», «عصر») after an hour word
    ("fr", "vendredi 6h", "2024-11-22T06:00"),
    ("fr", "lundi 8h", "2024-11-25T08:00"),
    ("es", "las 18:00 del viernes", "2024-11-22T18:00"),
    ("ar", "السادسة صباح الاثنين", "2024-11-25T06:00"),
    ("ar", "الرابعة عصر الخميس", "2024-11-21T16:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CLOCKS, ids=[f"{c[0]}:{c[1]}" for c in CLOCKS])
def test_day_and_clock(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]


def test_hours_alone_stay_amounts() -> None:
    # "8h" with no day, cue or zone may be eight hours
    assert find_times("Il a marché pendant 8h", REF, languages=["fr"]) == []


ON_THE_DAY = [
    # said on the Friday itself (10:00): that Friday's evening to the Monday after it, whichever end
    # comes first in the words ("6pm on Friday", "Friday 6pm"); the last end follows the first
    ("en", "from 6pm on Friday until 6am on Monday", "2024-11-29T18:00/2024-12-02T06:00"),
    ("en", "from Friday 6pm until Monday 6am", "2024-11-29T18:00/2024-12-02T06:00"),
    ("en", "from Friday until Monday 6am", "2024-11-29/2024-12-02T06:00"),
    ("en", "from Friday 6pm to Friday 8pm", "2024-11-29T18:00/2024-11-29T20:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), ON_THE_DAY, ids=[f"{c[0]}:{c[1]}" for c in ON_THE_DAY])
def test_range_said_on_its_first_day(lang: str, text: str, timex: str) -> None:
    found = find_times(text, "2024-11-29T10:00:00+00:00", languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]
