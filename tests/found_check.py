"""The reference and the reading the session-7 phrase tables share: Friday 29 November 2024, 10:00
at +02:00, leaning to the past (tests/test_edge_joined.py, test_day_from_languages.py,
test_tense_tables.py, test_zone_words.py, test_more_languages.py, test_listed_days.py,
test_fa_clock_cue.py, test_hour_nouns_bg_ur.py)."""

from __future__ import annotations

from liveblog import find_times

REF = "2024-11-29T10:00:00+02:00"


def spans(lang: str, text: str) -> list[tuple[str, str]]:
    """(words, TIMEX3 value) of every date ``find_times`` reads in ``text`` in language ``lang``."""
    return [(f.text, f.when.timex) for f in find_times(text, REF, languages=[lang])]
