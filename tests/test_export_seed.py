"""The real pipeline's seed timeline through every exporter (the hand-built fixture's twin).

Expected values are the page's facts (issue 2), not the program's output: four posts at
15:03, 17:57, 19:26 and 20:15 (+03), the lead on Friday 29 November, and the mentions
read off the Arabic.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import jsonschema
import pytest

from liveblog.export import FORMATS, export_timeline
from liveblog.model import Timeline

from .export_readers import read_all, utc
from .test_export_json import SCHEMA

# Every event of the page: the hand-built fixture's 13, plus the third «الجمعة» (sources
# confirming the Russian air force will move, line 3 of the page).
EXPECTED_SPANS = Counter(
    {
        (date(2020, 3, 1), date(2020, 4, 1)): 1,  # «في آذار /مارس عام 2020»
        (date(2024, 11, 28), date(2024, 11, 29)): 1,  # «والخميس»
        (utc(28, 15), utc(28, 21)): 1,  # «مساء الخميس», 18:00-24:00 +03
        (utc(28, 21), utc(29, 0)): 1,  # «بعد منتصف ليلة اليوم الجمعة», 00:00-03:00 +03
        (date(2024, 11, 29), date(2024, 11, 30)): 4,  # the lead and three «الجمعة»
        (utc(29, 1), utc(29, 4)): 1,  # «فجر الجمعة», 04:00-07:00 +03
        (utc(29, 12, 3), utc(29, 12, 4)): 1,  # 15:03
        (utc(29, 14, 57), utc(29, 14, 58)): 1,  # 17:57
        (utc(29, 15), utc(29, 16)): 1,  # «منذ حوالي ثلاث ساعات» at 21:00
        (utc(29, 16, 26), utc(29, 16, 27)): 1,  # 19:26
        (utc(29, 17, 15), utc(29, 17, 16)): 1,  # 20:15
    }
)


def test_seed_calendar_instants(seed_timeline: Timeline) -> None:
    """The parsed seed's calendar, read by three readers, has exactly the page's instants."""
    reads = read_all(export_timeline(seed_timeline, "ics"))
    assert Counter((r.start, r.end) for r in reads) == EXPECTED_SPANS


def test_seed_calendar_post_summaries(seed_timeline: Timeline) -> None:
    """The 19:26 post is summarised by its title; the three empty posts say they have no text."""
    reads = {r.start: r for r in read_all(export_timeline(seed_timeline, "ics"))}
    assert reads[utc(29, 16, 26)].summary == (
        "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"
    )
    for at, marker in ((utc(29, 12, 3), "15:03"), (utc(29, 14, 57), "17:57"), (utc(29, 17, 15), "20:15")):
        assert reads[at].summary == f"{marker} (no text captured)"


def test_seed_json_validates_and_round_trips(seed_timeline: Timeline) -> None:
    """The parsed seed's JSON is schema-valid (formats checked) and reads back equal."""
    data: dict[str, Any] = json.loads(export_timeline(seed_timeline, "json"))
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    jsonschema.Draft202012Validator(SCHEMA, format_checker=checker).validate(data)
    assert Timeline.from_json(seed_timeline.to_json()) == seed_timeline


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_every_format(seed_timeline: Timeline, fmt: str) -> None:
    """Every format holds the 19:26 post's Arabic title as written (ICS lines unfolded)."""
    text = export_timeline(seed_timeline, fmt).replace("\r\n ", "")
    assert "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟" in text
