"""ICS export: read back by vobject (validate=True), `ical` and icalendar, compared with the Timeline."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import parse
from liveblog.assemble.merge import merge_all
from liveblog.export import export_timeline
from liveblog.export.ics import event_uid
from liveblog.model import Copy, Event, EventKind, Grain, Span, Timeline, When
from liveblog.pipeline import parse_input

from .export_readers import HOSTILE_TITLES, SEED_INSTANTS, Read, read_all, single_post_timeline, utc
from .strategies import snapshots
from .strategies_model import timelines

SEED_SOURCE = "seeds/000_10bbcf9e3c36c249.txt"


TRANSPARENT = {
    "m-ceasefire",
    "m-thursday",
    "m-thursday-evening",
    "m-after-midnight",
    "lead",
    "m-aleppo",
    "m-peskov",
    "m-dawn",
    "m-sana-hack",
}


def _by_id(timeline: Timeline, reads: list[Read]) -> dict[str, Read]:
    uids = {event_uid(timeline.source, e.id): e.id for e in timeline.events}
    return {uids[r.uid]: r for r in reads}


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


# ------------------------------------------------------------------ the seed


def test_seed_calendar_reads_back_everywhere(seed_like_timeline: Timeline) -> None:
    """Three readers agree on the seed's 13 VEVENTs and on the instants read off the page."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    assert {k: (r.start, r.end) for k, r in reads.items()} == SEED_INSTANTS


def test_seed_transparency_and_timex(seed_like_timeline: Timeline) -> None:
    """Approximate and all-day events are transparent; exact posts are busy; TIMEX3 is kept in X-."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    assert {k for k, r in reads.items() if r.transparent} == TRANSPARENT
    assert reads["m-thursday-evening"].timex == "2024-11-28TEV"
    assert reads["m-dawn"].timex == "2024-11-29TMO"
    assert reads["p-2015"].timex == "2024-11-29T20:15"


@pytest.mark.parametrize(
    ("event_id", "summary"),
    [
        ("p-1926", "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"),
        ("p-2015", "20:15 (no text captured)"),
        ("p-1503", "15:03 (no text captured)"),
    ],
)
def test_seed_summaries(seed_like_timeline: Timeline, event_id: str, summary: str) -> None:
    """SUMMARY is the title, else the first sentence, else the marker flagged as having no text."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    assert reads[event_id].summary == summary


def test_seed_long_sentence_summary_is_clipped(seed_like_timeline: Timeline) -> None:
    """A mention's 130-character sentence is clipped at a word, with an ellipsis, to at most 120."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    sentence = seed_like_timeline.events[3].text
    summary = reads["m-after-midnight"].summary
    assert len(sentence) > 120
    assert summary.endswith("…")
    assert len(summary) <= 120
    assert sentence.startswith(summary[:-1])
    assert sentence[len(summary) - 1] == " "


@pytest.mark.parametrize(
    ("event_id", "lines"),
    [
        (
            "p-1926",
            [
                "سياسة ردع العدوان.. ما تفسيرات تراجع قوات النظام بمواجهة فصائل المعارضة السورية؟"
                "\n\nبدت قوات النظام",
                "Time: 2024-11-29 19:26 Asia/Damascus (UTC+03:00) = 2024-11-29 16:26 UTC",
                "Dated by: «19:26» (rule marker-clock)",
                "Source: seeds/000_10bbcf9e3c36c249.txt",
            ],
        ),
        (
            "m-thursday-evening",
            [
                "Approximate time: evening (2024-11-28TEV), "
                "2024-11-28 18:00 to 2024-11-29 00:00 Asia/Damascus",
                "Dated by: «مساء الخميس» (rule part-of-day)",
                "Said in the lead (entry id lead)",
            ],
        ),
        ("m-ceasefire", ["Date: month 2020-03, 2020-03-01 to 2020-03-31", "«في آذار /مارس عام 2020»"]),
        ("m-sana-hack", ["Approximate time: 2024-11-29 18:00 Asia/Damascus (UTC+03:00) = 2024-11-29 15:00"]),
        ("p-2015", ["(The page has no text under this marker"]),
    ],
)
def test_seed_descriptions(seed_like_timeline: Timeline, event_id: str, lines: list[str]) -> None:
    """DESCRIPTION has the full text, the local time and zone, the dating expression and the source."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    for line in lines:
        assert line in reads[event_id].description


def test_seed_lead_description_holds_the_full_text(seed_like_timeline: Timeline) -> None:
    """The lead's DESCRIPTION starts with its whole text, every paragraph, byte for byte."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics")))
    assert reads["lead"].description.startswith(seed_like_timeline.entry("lead").text + "\n\n—\n")


def test_events_entries_keeps_posts_only(seed_like_timeline: Timeline) -> None:
    """--events entries writes the lead and the four posts, no mention."""
    reads = _by_id(seed_like_timeline, read_all(export_timeline(seed_like_timeline, "ics", events="entries")))
    assert sorted(reads) == ["lead", "p-1503", "p-1757", "p-1926", "p-2015"]


def test_calendar_envelope(seed_like_timeline: Timeline) -> None:
    """VERSION and PRODID are there, METHOD is not, lines end CRLF and fold at 75 octets."""
    text = export_timeline(seed_like_timeline, "ics")
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in _unfolded(text) if line]
    assert "METHOD" not in names
    assert "VERSION:2.0" in _unfolded(text)
    assert any(line.startswith("PRODID:-//liveblog//") for line in _unfolded(text))
    assert names.count("DTSTAMP") == names.count("UID") == names.count("BEGIN") - 1 == 13
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75


def test_dtstamp_is_the_reference(seed_like_timeline: Timeline) -> None:
    """DTSTAMP is when the page was read, in UTC, so re-exports are byte-identical."""
    text = export_timeline(seed_like_timeline, "ics")
    assert {line for line in _unfolded(text) if line.startswith("DTSTAMP")} == {"DTSTAMP:20241129T180000Z"}
    assert export_timeline(seed_like_timeline, "ics") == text


def test_never_mixes_date_and_date_time(seed_like_timeline: Timeline) -> None:
    """DTSTART and DTEND of an event are both dates or both UTC date-times."""
    for read in read_all(export_timeline(seed_like_timeline, "ics")):
        assert isinstance(read.start, datetime) == isinstance(read.end, datetime)
        assert read.start < read.end


# ------------------------------------------------------------------ UIDs


def test_uids_stay_across_an_updated_snapshot(seed_like_timeline: Timeline) -> None:
    """A later snapshot (new post, one gone, one edited) keeps the UID of every event that stayed."""
    before = {r.uid for r in read_all(export_timeline(seed_like_timeline, "ics"))}
    at = When.at_minute(datetime(2024, 11, 29, 20, 50, tzinfo=ZoneInfo("Asia/Damascus")))
    new_post = Event(
        "p-2050",
        EventKind.ENTRY,
        at,
        "خبر جديد",
        "p-2050",
        "20:50",
        Span(10, 15),
        "marker-clock",
    )
    edited = attrs.evolve(seed_like_timeline.events[-2], text="نص معدل")
    kept = [e for e in seed_like_timeline.events if e.id not in {"p-1503", edited.id}]
    later = attrs.evolve(seed_like_timeline, events=[*kept, edited, new_post])
    after = {r.uid for r in read_all(export_timeline(later, "ics"))}
    gone = event_uid(SEED_SOURCE, "p-1503")
    assert before - after == {gone}
    assert after - before == {event_uid(SEED_SOURCE, "p-2050")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("https://a.example/live", "e1"), ("https://b.example/live", "e1")),
        (("https://a.example/live", "e1"), ("https://a.example/live", "e2")),
        ((None, "e1"), ("", "e1x")),
        (("ab", "c"), ("a", "bc")),  # no ambiguity from plain concatenation
    ],
)
def test_uid_depends_on_source_and_id(a: tuple[str | None, str], b: tuple[str | None, str]) -> None:
    """Different page or different event, different UID; the same pair always gives the same UID."""
    assert event_uid(*a) != event_uid(*b)
    assert event_uid(*a) == event_uid(*a)
    assert event_uid(*a).isascii()
    assert " " not in event_uid(*a)


# ------------------------------------------------------------------ hostile page text


@pytest.mark.parametrize(("title", "summary"), HOSTILE_TITLES)
def test_page_text_cannot_break_properties(title: str, summary: str) -> None:
    """Line breaks, ; , : \\ and control characters in a title stay inside one SUMMARY."""
    (read,) = read_all(export_timeline(single_post_timeline(title), "ics"))
    assert read.summary == summary
    assert (read.start, read.end) == (utc(29, 17, 15), utc(29, 17, 16))


@pytest.mark.parametrize(
    ("text", "first_part"),
    [
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("semi;colon, comma: colon \\ backslash", "semi;colon, comma: colon \\ backslash"),
        ("ctl\x00\x1b\x7f\x9f gone", "ctl gone"),
        ("END:VEVENT\nBEGIN:VEVENT\nUID:x", "END:VEVENT\nBEGIN:VEVENT\nUID:x"),
    ],
)
def test_description_keeps_text_and_lines(text: str, first_part: str) -> None:
    """DESCRIPTION keeps the text's own lines (as escaped newlines) and loses only control characters."""
    (read,) = read_all(export_timeline(single_post_timeline("t", text), "ics"))
    assert read.description.startswith("t\n\n" + first_part + "\n\n—\n")


def test_calendar_name_is_one_line() -> None:
    """The calendar's X-WR-CALNAME is the title on one line."""
    text = export_timeline(single_post_timeline("حلب\nالآن;"), "ics")
    assert "X-WR-CALNAME:حلب الآن\\;" in _unfolded(text)


@pytest.mark.parametrize(
    ("url", "source", "expected"),
    [
        ("https://example.org/live#p-1926", SEED_SOURCE, "https://example.org/live#p-1926"),
        (None, "https://example.org/live", "https://example.org/live"),
        ("https://example.org/a b", "https://example.org/live", "https://example.org/live"),
        ("https://example.org/\nX-EVIL:1", None, None),
        ("https://example.org/live\n", "https://example.org/live\n", None),  # a final newline too
        (None, SEED_SOURCE, None),  # a file path is not a URL
        (None, None, None),
    ],
)
def test_url_only_when_a_clean_uri(url: str | None, source: str | None, expected: str | None) -> None:
    """URL is the entry's, else the page's web address, and only when it is a clean URI."""
    (read,) = read_all(export_timeline(single_post_timeline("t", url=url, source=source), "ics"))
    assert read.url == expected


# ------------------------------------------------------------------ any timeline


def _expected_span(when: When, tz: str) -> tuple[date | datetime, date | datetime]:
    if when.grain in (Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY):
        return when.start.astimezone(UTC), when.end.astimezone(UTC)
    try:
        zone = ZoneInfo(tz)
        start, end = when.start.astimezone(zone), when.end.astimezone(zone)
    except (ZoneInfoNotFoundError, ValueError):  # a fixed-offset "zone": the times carry it
        start, end = when.start, when.end
    last = (end - timedelta(microseconds=1)).date()
    return start.date(), max(start.date(), last) + timedelta(days=1)


@settings(max_examples=30, deadline=None)
@given(timelines(consistent=True))
def test_any_timeline_reads_back(timeline: Timeline) -> None:
    """Any timeline's calendar is read alike by all three readers, one VEVENT per event, instants kept."""
    reads = read_all(export_timeline(timeline, "ics"))
    assert len(reads) == len(timeline.events)
    for read, event in zip(reads, timeline.events, strict=True):
        assert read.uid == event_uid(timeline.source, event.id)
        assert (read.start, read.end) == _expected_span(event.when, timeline.tz)
        assert "\n" not in read.summary
        assert read.summary.strip() == read.summary
        assert read.summary
        entry = timeline.entry(event.entry_id)
        body = f"{entry.title or ''} {entry.text}" if event.kind is EventKind.ENTRY else event.text
        assert _words(body) in _words(read.description)


def _words(text: str) -> str:
    """Text as words: control characters dropped (line breaks count as space), white space collapsed."""
    kept = "".join(
        " " if ch in "\n\r\x0b\x0c\x85\u2028\u2029" else ch
        for ch in text
        if ch in "\n\r\t\x0b\x0c\x85" or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    return " ".join(kept.split())


def test_empty_timeline_is_a_calendar_with_only_a_utc_zone(seed_like_timeline: Timeline) -> None:
    """No event yet: no VEVENT, and one VTIMEZONE (UTC) so the calendar has the component RFC 5545 wants."""
    text = export_timeline(attrs.evolve(seed_like_timeline, events=()), "ics")
    assert read_all(text) == []
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    lines = _unfolded(text)
    assert [line for line in lines if line.startswith("BEGIN:")] == [
        "BEGIN:VCALENDAR",
        "BEGIN:VTIMEZONE",
        "BEGIN:STANDARD",
    ]
    zone = lines[lines.index("BEGIN:VTIMEZONE") : lines.index("END:VTIMEZONE") + 1]
    assert sorted(zone) == sorted(
        [
            "BEGIN:VTIMEZONE",
            "TZID:UTC",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0000",
            "TZNAME:UTC",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )
    assert not any(";TZID=" in line for line in lines)  # nothing refers to it: no time changes meaning


@pytest.mark.parametrize("which", ["seed", "one post"])
def test_a_calendar_with_events_has_no_vtimezone(seed_like_timeline: Timeline, which: str) -> None:
    """The UTC zone is only the stand-in component of an empty calendar: with events there is none."""
    timeline = seed_like_timeline if which == "seed" else single_post_timeline("t")
    assert "BEGIN:VTIMEZONE" not in export_timeline(timeline, "ics")


def test_calendar_of_only_cancelled_events_has_no_vtimezone() -> None:
    """A cancelled VEVENT is a component: a page whose every post vanished needs no stand-in zone."""
    one = single_post_timeline("t")
    gone = attrs.evolve(one, entries=[attrs.evolve(one.entries[0], removed=True)])
    text = export_timeline(gone, "ics")
    assert "BEGIN:VTIMEZONE" not in text
    assert [r.status for r in read_all(text)] == ["CANCELLED"]


# ------------------------------------------------------------------ removed and edited posts (merged copies)
# A small Arabic page read four times (Damascus, 29 November 2024). The 15:10 post is edited twice;
# the 16:02 post, which also mentions «مساء الخميس», is gone from the 17:00 copy, back at 17:30 and
# gone again at 18:00.

FIRE = (
    "15:10\nاندلع حريق في أحراج قرية بلوطة بريف اللاذقية الشمالي بعد ظهر اليوم، وتعمل فرق الإطفاء على محاصرته"
)
FIRE_EDITED = FIRE + ". ووصلت تعزيزات من طرطوس"
FIRE_EDITED_AGAIN = FIRE_EDITED + " وحماة"
EVACUATION = (
    "16:02\nأفاد الدفاع المدني بإجلاء 40 عائلة من قرية بلوطة، "
    "بعد حريق مماثل اندلع مساء الخميس في القرية نفسها"
)
COPIES = [
    ("16:30", (FIRE, EVACUATION)),
    ("17:00", (FIRE_EDITED,)),
    ("17:30", (FIRE_EDITED, EVACUATION)),
    ("18:00", (FIRE_EDITED_AGAIN,)),
]


def _page_copy(clock: str, posts: tuple[str, ...]) -> Timeline:
    """The page as read at ``clock``, newest post first as live pages show them."""
    return parse("\n".join(reversed(posts)), reference=f"2024-11-29T{clock}", tz="Asia/Damascus")


def _status_by_expression(timeline: Timeline) -> dict[str, tuple[str | None, int]]:
    """(STATUS, SEQUENCE) of each VEVENT as every reader reads it, keyed by the words that dated it."""
    expression = {event_uid(timeline.source, e.id): e.expression for e in timeline.events}
    reads = read_all(export_timeline(timeline, "ics"))
    assert len(reads) == len(timeline.events)
    return {expression[r.uid]: (r.status, r.sequence) for r in reads}


@pytest.mark.parametrize(
    ("copies", "expected"),
    [
        # One copy shows no change: nothing is cancelled, every SEQUENCE is the default 0.
        (1, {"15:10": (None, 0), "بعد ظهر اليوم": (None, 0), "16:02": (None, 0), "مساء الخميس": (None, 0)}),
        # 17:00: 15:10 edited once (1); 16:02 vanished (cancelled, 1), and so did the only post
        # that said «مساء الخميس»; «بعد ظهر اليوم» follows its post's edit (1).
        (
            2,
            {
                "15:10": (None, 1),
                "بعد ظهر اليوم": (None, 1),
                "16:02": ("CANCELLED", 1),
                "مساء الخميس": ("CANCELLED", 1),
            },
        ),
        # 17:30: 16:02 is back: vanished + returned = 2, above the cancellation's 1.
        (3, {"15:10": (None, 1), "بعد ظهر اليوم": (None, 1), "16:02": (None, 2), "مساء الخميس": (None, 2)}),
        # 18:00: 15:10 has had three texts (2); 16:02 vanished again (3).
        (
            4,
            {
                "15:10": (None, 2),
                "بعد ظهر اليوم": (None, 2),
                "16:02": ("CANCELLED", 3),
                "مساء الخميس": ("CANCELLED", 3),
            },
        ),
    ],
)
def test_followed_page_cancels_and_counts_changes(
    copies: int, expected: dict[str, tuple[str | None, int]]
) -> None:
    """Merging each newer copy: a vanished post is CANCELLED, SEQUENCE counts edits, vanishings, returns."""
    merged = merge_all(_page_copy(clock, posts) for clock, posts in COPIES[:copies])
    assert _status_by_expression(merged) == expected


def test_an_edit_undone_is_a_second_revision() -> None:
    """Edited, then put back as it was: two changes a calendar must take, so SEQUENCE 2 (not 1)."""
    copies = [("16:30", (FIRE,)), ("17:00", (FIRE_EDITED,)), ("17:30", (FIRE,))]
    merged = merge_all(_page_copy(clock, posts) for clock, posts in copies)
    assert _status_by_expression(merged)["15:10"] == (None, 2)


def test_cancelled_post_says_so_first_in_its_description() -> None:
    """A reader that ignores STATUS still sees the removal: DESCRIPTION opens with it and the last copy."""
    merged = merge_all(_page_copy(clock, posts) for clock, posts in COPIES[:2])
    reads = read_all(export_timeline(merged, "ics"))
    (post,) = [r for r in reads if "Dated by: «16:02»" in r.description]
    (mention,) = [r for r in reads if "Dated by: «مساء الخميس»" in r.description]
    assert post.description.startswith(
        "Removed from the page: this post is not in its latest copy"
        " (last seen in - @ 2024-11-29T16:30:00+03:00)\n\nأفاد الدفاع المدني"
    )
    assert mention.description.startswith(
        "Removed from the page: no post that said this is in its latest copy\n\nأفاد الدفاع المدني"
    )


def test_uids_and_bytes_do_not_depend_on_the_order_of_copies() -> None:
    """The same copies merged in any order give the same calendar, byte for byte, twice over."""
    pages = [_page_copy(clock, posts) for clock, posts in COPIES]
    text = export_timeline(merge_all(pages), "ics")
    assert export_timeline(merge_all(reversed(pages)), "ics") == text
    assert export_timeline(merge_all(pages), "ics") == text
    first = {r.uid for r in read_all(export_timeline(merge_all(pages[:1]), "ics"))}
    assert first == {r.uid for r in read_all(text)}  # a cancelled event keeps its UID


SNAPSHOTS = Path(__file__).parent / "fixtures" / "snapshots"


def test_saved_html_copies_cancel_the_deleted_post() -> None:
    """Snapshots 1 and 3 of the fixture page: 16:02 (#post-1004) cancelled, 16:40 (#post-1007) one edit."""
    pages = [parse_input(SNAPSHOTS / f"arabic_live_{n}.html", tz="Asia/Damascus") for n in (1, 3)]
    merged = merge_all(pages)
    reads = {r.url: r for r in read_all(export_timeline(merged, "ics", events="entries"))}
    changed = {
        url.rsplit("#", 1)[-1]: (r.status, r.sequence) for url, r in reads.items() if url and "#" in url
    }
    assert changed == {
        "post-1001": (None, 0),
        "post-1004": ("CANCELLED", 1),  # in snapshot 1 (17:59), not in 3
        "post-1007": (None, 1),  # «المروحة» corrected to «المروحية», a sentence added
        "post-1010": (None, 0),
        "post-1013": (None, 0),
        "post-1016": (None, 0),  # new in snapshot 3: created, never revised
        "post-1019": (None, 0),
        "post-1022": (None, 0),
        "post-1025": (None, 0),
    }
    page = "https://www.almashreq-net.com/live/latakia-forest-fires-2024-11-29"
    assert f"(last seen in {page} @ 2024-11-29T17:59:30+03:00)" in reads[f"{page}#post-1004"].description


# (entry_id, sources) of a mention; entries "a" and "b" were removed, "c" is still on the page,
# "zz" is not in the timeline. Hand-built entries have no copies: a removed one has SEQUENCE 1.
@pytest.mark.parametrize(
    ("entry_id", "sources", "status", "sequence"),
    [
        ("a", (), "CANCELLED", 1),  # the entry that said it is gone
        ("a", ("a",), "CANCELLED", 1),
        ("a", ("a", "b"), "CANCELLED", 1),  # every post that said it is gone
        ("b", ("a",), "CANCELLED", 1),  # entry_id counts as a source
        ("a", ("a", "c"), None, 1),  # c still says it
        ("c", ("a", "b"), None, 1),  # c, whose mention this is, is still there
        ("c", (), None, 0),
        ("a", ("a", "zz"), None, 1),  # zz is unknown: nothing proves it gone
        ("zz", (), None, 0),
    ],
)
def test_mention_is_cancelled_only_when_every_source_was_removed(
    entry_id: str, sources: tuple[str, ...], status: str | None, sequence: int
) -> None:
    """A mention is CANCELLED when all its known posts were removed; its SEQUENCE is its posts' highest."""
    one = single_post_timeline("t")
    post = one.entries[0]
    entries = [attrs.evolve(post, id="a", removed=True), attrs.evolve(post, id="b", removed=True)]
    entries.append(attrs.evolve(post, id="c"))
    mention = attrs.evolve(one.events[0], id="m", kind=EventKind.MENTION, entry_id=entry_id, sources=sources)
    (read,) = read_all(export_timeline(attrs.evolve(one, entries=entries, events=[mention]), "ics"))
    assert (read.status, read.sequence) == (status, sequence)


@pytest.mark.parametrize(
    "label",
    [
        "live.html\r\nSTATUS:CONFIRMED\r\nSEQUENCE:99",
        "x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil",
        "a;b,c\\d\x00\x1b\u2028e",
    ],
)
def test_snapshot_label_cannot_add_properties(label: str) -> None:
    """A hostile snapshot name in the removal line stays inside DESCRIPTION: one STATUS, no new property."""
    one = single_post_timeline("t")
    post = one.entries[0]
    seen = datetime(2024, 11, 29, 17, tzinfo=UTC)
    copy = Copy(label, seen, post.id, post.kind, post.marker, post.when, post.title, post.text, post.span)
    gone = attrs.evolve(post, copies=[copy], removed=True)
    text = export_timeline(attrs.evolve(one, entries=[gone]), "ics")
    (read,) = read_all(text)
    assert (read.status, read.sequence) == ("CANCELLED", 1)
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in _unfolded(text) if line]
    assert names.count("STATUS") == names.count("SEQUENCE") == names.count("UID") == 1
    assert names.count("BEGIN") == 2
    first_line = read.description.split("\n", 1)[0]
    assert (
        first_line
        == f"Removed from the page: this post is not in its latest copy (last seen in {_words(label)})"
    )


@settings(max_examples=25, deadline=None)
@given(st.lists(snapshots(), min_size=2, max_size=4))
def test_sequence_never_drops_as_newer_copies_arrive(pages: list[Timeline]) -> None:
    """Following a page (merging each newer copy in): SEQUENCE never drops, and rises when STATUS changes."""
    ordered = sorted({p.reference: p for p in pages}.values(), key=lambda p: p.reference)
    last: dict[str, tuple[int, str | None]] = {}
    for k in range(1, len(ordered) + 1):
        merged = merge_all(ordered[:k])
        removed = {
            event_uid(merged.source, ev.id) for ev in merged.events if merged.entry(ev.entry_id).removed
        }
        for read in read_all(export_timeline(merged, "ics")):
            assert (read.status == "CANCELLED") == (read.uid in removed)
            if read.uid in last:
                sequence, status = last[read.uid]
                assert read.sequence >= sequence
                if read.status != status:
                    assert read.sequence > sequence
            last[read.uid] = (read.sequence, read.status)


def test_docstring_examples() -> None:
    """The examples in the ICS exporter's docstrings give what they show."""
    import doctest

    from liveblog.export import _changes, ics

    results = [doctest.testmod(module) for module in (ics, _changes)]
    assert all(r.attempted > 0 and r.failed == 0 for r in results), results
