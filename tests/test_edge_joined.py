"""An edge word before a year, and an edge word joined to what it cuts by a hyphen.

An edge word ("early", "mid", "late", «début», «inizio», "Ende") before a year is a part of that
year in every language, as Arabic already read it: January–March / May–August / September–
December, approximate (docs/resolution.md, "Parts of a period"). The words are also month cues in
some languages ("fin mars"); as a year's cue they used to make "early 2024" the whole year.

A hyphen between the edge word and what it cuts ("mid-December", "mid-2025", «mi-mars»,
«fin-mars») joins them as a space does; before, the hyphen hid the month (the month alone was read,
or nothing) and the year was read whole.

Reference: Friday 29 November 2024, 10:00 at +02:00, prefer past. A year-less month takes its
nearest occurrence in running text (March 2025 is 4 months ahead, March 2024 8 months back;
December 2024 is this month's next; May 2024 is 6 months back, May 2025 5 months ahead).
"""

from __future__ import annotations

import pytest

from liveblog import find_times

from .found_check import REF, spans

CASES = [
    # (lang, text, span, timex)
    ("en", "Sales grew in early 2024.", "early 2024", "2024-01/2024-03"),
    ("en", "The plant closes in mid-2025.", "mid-2025", "2025-05/2025-08"),
    ("en", "It was announced in late 2019.", "late 2019", "2019-09/2019-12"),
    ("en", "talks resume mid-December", "mid-December", "2024-12-11/2024-12-20"),
    ("en", "the early-2020 lockdowns", "early-2020", "2020-01/2020-03"),
    ("fr", "les travaux reprendront début 2025", "début 2025", "2025-01/2025-03"),
    ("fr", "le chantier doit finir mi-mars", "mi-mars", "2025-03-11/2025-03-20"),
    ("fr", "à la mi-mars", "mi-mars", "2025-03-11/2025-03-20"),
    ("fr", "livraison fin-mars", "fin-mars", "2025-03-21/2025-03-31"),
    ("it", "i lavori ripartono a inizio 2025", "inizio 2025", "2025-01/2025-03"),
    ("de", "Die Wahl findet Ende 2025 statt.", "Ende 2025", "2025-09/2025-12"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), CASES, ids=[c[1] for c in CASES])
def test_edge_before_a_year_or_joined(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [(f.text, f.when.timex, f.when.approximate) for f in found] == [(span, timex, True)]


NOT_PARTS = [
    # (lang, text, span, timex): the whole year or month stays whole without an edge word
    ("en", "Sales grew in 2024.", "2024", "2024"),
    ("en", "the year-2020 figures", "year-2020", "2020"),  # the noun joined by a hyphen is its cue
    ("fr", "en mars 2025", "mars 2025", "2025-03"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), NOT_PARTS, ids=[c[1] for c in NOT_PARTS])
def test_no_edge_no_part(lang: str, text: str, span: str, timex: str) -> None:
    assert spans(lang, text) == [(span, timex)]
