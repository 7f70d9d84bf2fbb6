"""Pages as people have them: the feed chosen among marker candidates, in any language and shape."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings

from liveblog import parse
from liveblog.model import EntryKind
from liveblog.resolve import resolve
from liveblog.segment._markers import leading_marker
from tests.strategies import live_pages

REF = "2024-03-10T12:00+00:00"


def _timed(tl: object) -> list[tuple[str, str | None]]:
    return [
        (e.when.start.astimezone(UTC).strftime("%H:%M"), e.title)
        for e in tl.entries  # type: ignore[attr-defined]
        if e.when is not None and e.kind is not EntryKind.LEAD
    ]


# --- marker candidates: a time that starts a line, with what follows kept ----------------------

LEADING = [
    # (line, label as written, hour, minute, title or byline after it)
    ("21:00 Jane Smith", "21:00", 21, 0, "Jane Smith"),
    ("12.31 Uhr: Titel des Eintrags", "12.31 Uhr", 12, 31, "Titel des Eintrags"),
    ("٠٧:٢٥ الجيش يعلن السيطرة", "٠٧:٢٥", 7, 25, "الجيش يعلن السيطرة"),
    ("• ١٠:٣٠ الدفاع المدني ينتشل", "١٠:٣٠", 10, 30, "الدفاع المدني ينتشل"),
    ("2 hours ago 10:05 Sam Lee", "2 hours ago 10:05", 10, 5, "Sam Lee"),
    ("18h32 Le point sur la situation", "18h32", 18, 32, "Le point sur la situation"),
    ("ore 18:32 Riapre la linea", "ore 18:32", 18, 32, "Riapre la linea"),
    ("۱۸:۳۲ بیانیه منتشر شد", "۱۸:۳۲", 18, 32, "بیانیه منتشر شد"),
    ("3.00pm EST - Talks resume", "3.00pm EST", 15, 0, "Talks resume"),
    ("09:46 1 min ago", "09:46 1 min ago", 9, 46, None),
    ("March 14 2024 18:45 (IST)", "March 14 2024 18:45 (IST)", 18, 45, None),
]


@pytest.mark.parametrize(("line", "label", "hour", "minute", "rest"), LEADING)
def test_a_time_that_starts_a_line_is_a_candidate(
    line: str, label: str, hour: int, minute: int, rest: str | None
) -> None:
    """The label, its clock and the title or byline beside it are taken apart."""
    m = leading_marker(line)
    assert m is not None
    assert (m.raw, m.hour, m.minute) == (label, hour, minute)
    assert (line[m.rest_at :] if m.rest_at is not None else None) == rest


NOT_CANDIDATES = [
    "15:00 15 killed in the strikes on the city",  # a number after the clock: a sentence
    "The meeting at 15:00 was delayed",
    "20:15abc",
    "2024-05-03",
    "48 : 42",
    "12:30 " + " ".join(["word"] * 20),  # a long run of words with no separator is prose
]


@pytest.mark.parametrize("line", NOT_CANDIDATES)
def test_lines_that_are_no_candidates(line: str) -> None:
    """Clocks inside sentences, scores, dates and long prose after a clock start nothing."""
    assert leading_marker(line) is None


# --- relative markers in many languages -------------------------------------------------------

RELATIVE_PAGES = [
    ("منذ 5 دقائق", "11:55"),
    ("Il y a 5 min", "11:55"),
    ("hace 5 minutos", "11:55"),
    ("Há 10 minutos", "11:50"),
    ("1 saat önce", "11:00"),
    ("5 минут назад", "11:55"),
    ("۵ دقیقه پیش", "11:55"),
    ("2 hours ago", "10:00"),
    ("vor 5 Minuten", "11:55"),
    ("5 minuti fa", "11:55"),
    ("לפני 5 דקות", "11:55"),
    ("5 منٹ پہلے", "11:55"),
]


@pytest.mark.parametrize(("stamp", "clock"), RELATIVE_PAGES)
def test_relative_markers_start_posts(stamp: str, clock: str) -> None:
    """A relative stamp starts a post dated back from the reference; the clocks under it follow it."""
    page = (
        "Live updates page\n\nA standfirst sentence for the page.\n\n"
        f"{stamp}\nFirst title here\nText one.\n\n09:30\nSecond title here\nText two.\n"
    )
    tl = parse(page, reference=REF, tz="UTC")
    assert _timed(tl) == [("09:30", "Second title here"), (clock, "First title here")]


# --- copies: pinned posts and key-events lists are no day rollovers -----------------------------


def test_pinned_copy_above_a_newer_post_is_no_midnight() -> None:
    """A pinned 07:25 above a 10:40 newest post repeats a feed post: no post moves a day early."""
    page = (
        "Live updates page\n\nStandfirst sentence here.\n\n"
        "Pinned\n07:25\nCeasefire call made\nThe call text.\n\n"
        "10:40\nFuel runs out\nHospitals said so.\n\n07:25\nCeasefire call made\nThe call text.\n\n"
        "06:00\nNight raids reported\nWitnesses said so.\n"
    )
    tl = parse(page, reference=REF, tz="UTC")
    assert [(e.when.start.isoformat()[:16], e.kind.value) for e in tl.entries if e.when and e.marker] == [
        ("2024-03-10T06:00", "post"),
        ("2024-03-10T07:25", "pinned"),
        ("2024-03-10T10:40", "post"),
    ]


def test_key_events_list_ending_after_midnight_is_no_rollover() -> None:
    """A key-events list ending 00:30 above a feed starting 17:10 leaves the feed on its own day."""
    page = (
        "Live updates page\n\nStandfirst sentence here.\n\nKey events\n17:10 Metro closed until evening\n"
        "00:30 Strike begins at midnight\n\n17:10\nMetro closed until evening\nThe operator said so.\n\n"
        "09:00\nQueues at stations\nCommuters waited.\n\n00:30\nStrike begins at midnight\nUnions said so.\n"
    )
    tl = parse(page, reference="2024-03-10T18:00+00:00", tz="UTC")
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == [
        "2024-03-10T00:30",
        "2024-03-10T09:00",
        "2024-03-10T17:10",
    ]
    assert [len(e.copies) for e in tl.entries if e.when and e.marker] == [2, 1, 2]


def test_labels_of_one_post_are_one_marker() -> None:
    """'1h ago' over '6.12pm GMT' over '18:12' is one post's label, not three posts."""
    page = (
        "Live page title here\n\nStandfirst sentence here.\n\n"
        "1h ago\n6.12pm GMT\n18:12\n\nThe warning was extended.\n"
    )
    tl = parse(page, reference="2021-02-19T19:00+00:00", tz="Europe/London")
    assert [(e.marker, e.when.start.strftime("%H:%M")) for e in tl.entries if e.marker and e.when] == [
        ("6.12pm GMT", "18:12")
    ]
    assert {ig.text for ig in tl.ignored} >= {"1h ago", "18:12"}


# --- no consistent feed -------------------------------------------------------------------------


def test_a_page_with_no_consistent_feed_is_one_lead_losing_nothing() -> None:
    """Clocks that step forward and back as often as not are no feed: a note, one lead, every line kept."""
    clocks = ["09:00", "17:30", "08:15", "16:45", "10:20", "18:05", "07:50"]
    page = (
        "Timetable of the ferries\n\n"
        + "\n".join(f"{c}\nDeparture from pier {i + 1}" for i, c in enumerate(clocks))
        + "\n"
    )
    tl = parse(page, reference=REF, tz="UTC")
    assert any("no consistent feed" in n for n in tl.notes), tl.notes
    leads = [e for e in tl.entries if e.kind is EntryKind.LEAD]
    assert len(tl.entries) == len(leads) == 1
    for c in clocks:
        assert c in leads[0].text


# --- one zone table: the EST page of the issue ----------------------------------------------------


def test_est_marker_and_mention_give_one_instant() -> None:
    """On a July page '3.00pm EST' (marker) and '3pm EST on Wednesday' (mention) are both 19:00 UTC."""
    page = (
        "Live: trade talks in Washington\n\nNegotiators meet again today.\n\n3.00pm EST\nTalks resume\n"
        "The envoy said a deal could be signed at 3pm EST on Wednesday.\n"
    )
    ref = "2024-07-17T21:00+01:00"  # a Wednesday, British Summer Time
    tl = parse(page, reference=ref, tz="Europe/London")
    marker = next(e for e in tl.entries if e.marker == "3.00pm EST")
    mention = resolve("3pm EST on Wednesday", datetime.fromisoformat(ref), languages=["en"])
    assert mention is not None
    assert marker.when is not None
    assert marker.when.start == mention.start
    assert marker.when.start.astimezone(UTC) == datetime(2024, 7, 17, 19, 0, tzinfo=UTC)


# --- generated pages: exact entries ----------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(live_pages())
def test_generated_pages_give_exact_entries(case: tuple[str, datetime, list[tuple[datetime, str]]]) -> None:
    """Any page built from the pieces gives exactly its posts, each at its time, with no note of trouble."""
    page, reference, truth = case
    tl = parse(page, reference=reference, tz="UTC")
    got = sorted(
        (e.when.start.astimezone(UTC), e.title or "")
        for e in tl.entries
        if e.when is not None and e.kind is not EntryKind.LEAD
    )
    assert got == truth, page
    assert not any("consistent" in n for n in tl.notes)


# --- furniture with times -------------------------------------------------------------------------


def test_a_fixtures_box_above_the_feed_is_no_post() -> None:
    """A fixtures box (date, 17:30, team, score) over a 19:30 … 18:23 feed is set aside, not a midnight."""
    page = (
        "Handball live: Kielce v Plock\n\nLive text commentary of the title decider.\n\n"
        "Sunday\n2021-05-03\n17:30\nKielce\n48 : 42\n\n"
        "19:30\nSecond half under way\nPlock pulled two goals back straight after the break.\n\n"
        "18:37\nHalf time in Kielce\nThe hosts lead by three goals at the interval.\n\n"
        "18:23\nKielce score first\nThe opening goal came after four minutes of play.\n"
    )
    tl = parse(page, reference="2021-05-03T20:00+02:00", tz="Europe/Warsaw")
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == [
        "2021-05-03T18:23",
        "2021-05-03T18:37",
        "2021-05-03T19:30",
    ]
    assert any(ig.text == "17:30" and "its order" in ig.reason for ig in tl.ignored)
    lead = next(e for e in tl.entries if e.kind is EntryKind.LEAD)
    assert "48 : 42" in lead.text  # nothing is lost: the box's other lines stay in the lead


@pytest.mark.parametrize("line", ["Sunday", "2021-05-03", "28/11"])
def test_day_headers_need_date_words_and_a_day_number(line: str) -> None:
    """A section link 'Sunday' or a bare numeric date is no day header: the clocks keep their own day."""
    page = f"Live page title here\n\nStandfirst sentence here.\n\n{line}\n10:00\nMorning post title\nText.\n"
    tl = parse(page, reference="2024-11-29T12:00+00:00", tz="UTC")
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == ["2024-11-29T10:00"]


# --- overnight pauses: the newest post after a night keeps its time -----------------------------

_EVENING = {
    "en": [
        "Rescue teams reached the northern district.",
        "Rockets were fired at the port.",
        "Earlier still.",
    ],
    "ar": [
        "وصلت فرق الإنقاذ إلى الحي الشمالي",
        "إطلاق صواريخ باتجاه الميناء",
        "انقطاع الكهرباء عن عدة أحياء",
    ],
}
_MORNING = {
    "en": ["Morning post.", "Schools stay closed across the city.", "The minister spoke to reporters."],
    "ar": [
        "الدفاع المدني ينتشل جثامين من تحت الأنقاض",
        "المدارس تبقى مغلقة في المدينة",
        "الوزير يتحدث إلى الصحفيين",
    ],
}
_TITLE = {"en": "Live updates", "ar": "تغطية مباشرة للأحداث"}

OVERNIGHT = [
    # (language, newest-first?, pause in hours): evening posts 18:00, 19:00, 20:00 on Friday 29
    # November; the morning posts start `pause` hours after 20:00, an hour apart.
    (lang, newest_first, pause)
    for lang in ("en", "ar")
    for newest_first in (True, False)
    for pause in (8, 13, 16)
]


@pytest.mark.parametrize(("lang", "newest_first", "pause"), OVERNIGHT)
def test_the_post_after_an_overnight_pause_keeps_its_time(lang: str, newest_first: bool, pause: int) -> None:
    """A post with its text after an 8-16 hour night is the feed's, on the next day; none is set aside."""
    # Newest-first: one morning post on top (the pause is the top gap); oldest-first: one evening
    # post on top, then three morning posts (the pause is again the top gap).
    morning_start = 20 + pause - 24  # 8 h → 04:00, 13 h → 09:00, 16 h → 12:00 on Saturday 30
    if newest_first:
        posts = [(f"{morning_start:02d}:00", _MORNING[lang][0])] + [
            (f"{h}:00", _EVENING[lang][20 - h]) for h in (20, 19, 18)
        ]
        expected = [
            "2024-11-29T18:00",
            "2024-11-29T19:00",
            "2024-11-29T20:00",
            f"2024-11-30T{morning_start:02d}:00",
        ]
        last = morning_start
    else:
        posts = [("20:00", _EVENING[lang][0])] + [
            (f"{morning_start + k:02d}:00", _MORNING[lang][k]) for k in range(3)
        ]
        expected = ["2024-11-29T20:00"] + [f"2024-11-30T{morning_start + k:02d}:00" for k in range(3)]
        last = morning_start + 2
    page = _TITLE[lang] + "\n\n" + "\n\n".join(f"{c}\n{text}" for c, text in posts) + "\n"
    tl = parse(page, reference=f"2024-11-30T{last:02d}:30+03:00", tz="Asia/Damascus", lang=lang)
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == expected
    assert not [ig for ig in tl.ignored if "order" in ig.reason]


SET_ASIDE = [
    # (page, reference, the candidate set aside, the feed's times): furniture is still furniture
    (  # a box with no sentence under it, 13 hours above a newest-first feed
        "Cup final live\n\n09:00\nKielce\n2 : 1\n\n20:00\nThe second half is under way.\n\n"
        "19:00\nThe teams are out.\n\n18:00\nThe stadium is filling up.\n",
        "2024-11-30T09:30+03:00",
        "09:00",
        ["2024-11-29T18:00", "2024-11-29T19:00", "2024-11-29T20:00"],
    ),
    (  # a teaser with text, later than the reference, above a newest-first morning feed
        "Election day live\n\n22:00\nThe results are expected tonight.\n\n08:00\nPolls are open.\n\n"
        "07:00\nVolunteers set up the booths.\n\n06:00\nThe first voters queue.\n",
        "2024-11-30T09:30+03:00",
        "22:00",
        ["2024-11-30T06:00", "2024-11-30T07:00", "2024-11-30T08:00"],
    ),
    (  # a 22-hour gap no night explains, even with a sentence under it
        "Match live\n\n17:30\nThe build-up starts here.\n\n19:30\nThe second half is under way.\n\n"
        "18:37\nHalf time in the capital.\n\n18:23\nThe hosts score first.\n",
        "2024-11-30T20:00+03:00",
        "17:30",
        ["2024-11-30T18:23", "2024-11-30T18:37", "2024-11-30T19:30"],
    ),
]


@pytest.mark.parametrize(("page", "reference", "aside", "expected"), SET_ASIDE)
def test_furniture_above_the_feed_is_still_set_aside(
    page: str, reference: str, aside: str, expected: list[str]
) -> None:
    """A box with no sentence, a teaser later than the reference, a day-long gap: set aside, with a reason."""
    tl = parse(page, reference=reference, tz="Asia/Damascus", lang="en")
    assert [e.when.start.isoformat()[:16] for e in tl.entries if e.when and e.marker] == expected
    assert any(ig.text == aside and "its order" in ig.reason for ig in tl.ignored)
