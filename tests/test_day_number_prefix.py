"""A bare day number after a day prefix ("le 16", "el 20") is a day only when no hour noun or unit
follows it: Russian «в» and Ukrainian «о» stand before days and hours alike, so «в 19 часов» is
19:00, not the 19th. Values worked out by hand: reference Wednesday 2024-05-15 10:00 (+02:00),
prefer past (a clock later than 10:00 is yesterday's; a day number after the 15th is April's)."""

from __future__ import annotations

import pytest

from liveblog.model import Grain
from liveblog.resolve import find_times

REF = "2024-05-15T10:00:00+02:00"

CASES: list[tuple[str, str, str, Grain]] = [
    ("ru", "в 19 часов", "2024-05-14T19:00:00+02:00", Grain.MINUTE),
    ("ru", "в 7 часов", "2024-05-15T07:00:00+02:00", Grain.MINUTE),
    ("uk", "о 19 годині", "2024-05-14T19:00:00+02:00", Grain.MINUTE),
    # the class's other side: with nothing after it the number is a day
    ("fr", "le 16", "2024-04-16T00:00:00+02:00", Grain.DAY),
    ("es", "el 20 a las 18:00", "2024-04-20T18:00:00+02:00", Grain.MINUTE),
]


@pytest.mark.parametrize(("lang", "text", "start", "grain"), CASES)
def test_a_day_prefix_before_an_hour_noun_is_a_clock(lang: str, text: str, start: str, grain: Grain) -> None:
    found = find_times(text, REF, languages=[lang])
    assert len(found) == 1, found
    assert (found[0].when.start.isoformat(), found[0].when.grain) == (start, grain)
