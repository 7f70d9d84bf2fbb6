"""Tests of liveblog.segment: entries, order, midnight, title and set-aside lines."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog.model import Document, EntryKind
from liveblog.segment import Segmented, segment, split_lines

DAMASCUS = ZoneInfo("Asia/Damascus")
LONDON = ZoneInfo("Europe/London")


def _seg(text: str, ref: str, zone: ZoneInfo = DAMASCUS, lang: str = "ar") -> Segmented:
    reference = datetime.fromisoformat(ref).replace(tzinfo=zone)
    return segment(Document(text), reference=reference, page_zone=zone, lang=lang)


def _times(seg: Segmented) -> list[str]:
    return [e.when.start.isoformat() if e.when else "-" for e in seg.entries if e.kind is EntryKind.POST]


# --- dating bare clocks: (page, reference, zone, expected post times in page order, order) ----

NEWEST = "23:10\nأحدث خبر\n\n22:40\nخبر\n"
ACROSS_MIDNIGHT_NEWEST = "٠٠:٤٥\nخبر ثالث\n\n٠٠:١٠\nخبر ثان\n\n٢٣:٥٠\nخبر أول\n"
ACROSS_MIDNIGHT_OLDEST = "23:50\nfirst\n\n00:10\nsecond\n\n00:45\nthird\n"
GUARDIAN = "4.53pm GMT\nLatest news\n\n3.27pm GMT\nEarlier news\n"

CASES = [
    (
        "newest first, same day",
        NEWEST,
        "2024-11-29T23:30",
        DAMASCUS,
        ["2024-11-29T23:10:00+03:00", "2024-11-29T22:40:00+03:00"],
        "newest_first",
    ),
    (
        "newest first across midnight, Arabic-Indic digits",
        ACROSS_MIDNIGHT_NEWEST,
        "2024-11-30T01:00",
        DAMASCUS,
        ["2024-11-30T00:45:00+03:00", "2024-11-30T00:10:00+03:00", "2024-11-29T23:50:00+03:00"],
        "newest_first",
    ),
    (
        "oldest first across midnight",
        ACROSS_MIDNIGHT_OLDEST,
        "2024-11-30T01:00",
        DAMASCUS,
        ["2024-11-29T23:50:00+03:00", "2024-11-30T00:10:00+03:00", "2024-11-30T00:45:00+03:00"],
        "oldest_first",
    ),
    (
        "newest clock after the reference beyond the grace: the day before",
        NEWEST,
        "2024-11-29T09:00",
        DAMASCUS,
        ["2024-11-28T23:10:00+03:00", "2024-11-28T22:40:00+03:00"],
        "newest_first",
    ),
    (
        "newest clock a little after the reference: still today",
        NEWEST,
        "2024-11-29T22:30",
        DAMASCUS,
        ["2024-11-29T23:10:00+03:00", "2024-11-29T22:40:00+03:00"],
        "newest_first",
    ),
    (
        "zone word converts to the page zone",
        GUARDIAN,
        "2021-02-19T19:41",
        LONDON,
        ["2021-02-19T16:53:00+00:00", "2021-02-19T15:27:00+00:00"],
        "newest_first",
    ),
    (
        "GMT label on a Damascus page",
        "19.30 GMT\nx y z\n",
        "2024-11-29T23:00",
        DAMASCUS,
        ["2024-11-29T22:30:00+03:00"],
        "unknown",
    ),
]


@pytest.mark.parametrize(("name", "page", "ref", "zone", "times", "order"), CASES, ids=[c[0] for c in CASES])
def test_marker_dates(name: str, page: str, ref: str, zone: ZoneInfo, times: list[str], order: str) -> None:
    """Bare clocks are dated from the page order, walking back from the reference across midnight."""
    seg = _seg(page, ref, zone)
    assert _times(seg) == times
    assert seg.order == order


# --- structure ---------------------------------------------------------------------------------

PAGE = """Lead paragraph about the day, with several words in it.

Second lead paragraph.
Share
Live updates
Fighters reach the outskirts of the city
Show more
20:15
Fighters reach the outskirts

They advanced overnight, a monitor said.
Photograph: Reuters
19:26

18:00
Just one paragraph here, no headline.
"""


def test_structure_of_a_copied_page() -> None:
    """Lead, page title, posts with and without titles, empty posts and chrome all land right."""
    seg = _seg(PAGE, "2024-11-29T21:00", lang="en")
    kinds = [(e.kind, e.marker, e.title, e.text) for e in seg.entries]
    assert kinds == [
        (
            EntryKind.LEAD,
            None,
            None,
            "Lead paragraph about the day, with several words in it.\n\nSecond lead paragraph.",
        ),
        (EntryKind.POST, "20:15", "Fighters reach the outskirts", "They advanced overnight, a monitor said."),
        (EntryKind.POST, "19:26", None, ""),
        (EntryKind.POST, "18:00", None, "Just one paragraph here, no headline."),
    ]
    assert seg.title == "Fighters reach the outskirts of the city"
    reasons = {ig.text: ig.reason for ig in seg.ignored}
    assert set(reasons) == {
        "Share",
        "Live updates",
        "Show more",
        "Photograph: Reuters",
        "Fighters reach the outskirts of the city",
    }
    assert "caption" in reasons["Photograph: Reuters"]
    assert "title" in reasons["Fighters reach the outskirts of the city"]
    assert not seg.entries[2].has_text


def test_no_markers_gives_one_lead_and_a_note() -> None:
    """A page with no markers is one lead entry, with a note that says so."""
    seg = _seg(
        "An article.\n\nWith two paragraphs, and a time 15:00 inside.\n", "2024-11-29T21:00", lang="en"
    )
    assert [e.kind for e in seg.entries] == [EntryKind.LEAD]
    assert any("no entry markers" in n for n in seg.notes)


def test_empty_document() -> None:
    """An empty page has no entries and raises nothing."""
    seg = _seg("", "2024-11-29T21:00")
    assert seg.entries == ()
    assert seg.ignored == ()


def test_clock_inside_sentence_is_not_a_marker() -> None:
    """A clock inside a sentence never starts an entry."""
    seg = _seg("20:15\nThe meeting at 15:00 was delayed.\n", "2024-11-29T21:00", lang="en")
    assert [e.marker for e in seg.entries] == ["20:15"]
    assert seg.entries[0].text == "The meeting at 15:00 was delayed."


@pytest.mark.parametrize("page", [PAGE, NEWEST, ACROSS_MIDNIGHT_OLDEST, "x\n\n\ny\n", "Share\n20:15\n"])
def test_every_line_is_accounted_for_once(page: str) -> None:
    """Every non-blank line is set aside once, or else lies in exactly one entry."""
    seg = _seg(page, "2024-11-30T01:00", lang="en")
    for line in split_lines(page):
        if not line.text.strip():
            continue
        holders = [
            e for e in seg.entries if e.span.start <= line.span.start < max(e.span.end, e.span.start + 1)
        ]
        holders += [ig for ig in seg.ignored if ig.span.start <= line.span.start < ig.span.end]
        assert len(holders) == 1, (line.text, holders)
