"""Timelines built by hand for the HTML view's tests: an English page with a range, an edit and a
removal, and a page of hostile text. Every time and row below is written out by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from liveblog.model import Copy, Entry, EntryKind, Event, EventKind, Grain, Span, Timeline, When

LONDON = ZoneInfo("Europe/London")


def _at(hour: int, minute: int = 0, day: int = 19) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=LONDON)  # February: GMT, UTC+00:00


def _post(ident: str, hour: int, minute: int, title: str | None, text: str, **kw: object) -> Entry:
    return Entry(
        ident,
        EntryKind.POST,
        f"{hour}.{minute:02d}am GMT" if hour < 12 else f"{hour - 12 or 12}.{minute:02d}pm GMT",
        When.at_minute(_at(hour, minute)),
        title,
        text,
        Span(0, 1),
        **kw,  # type: ignore[arg-type]
    )


def _entry_event(entry: Entry) -> Event:
    assert entry.when is not None
    return Event(
        entry.id, EventKind.ENTRY, entry.when, entry.text, entry.id, entry.marker or "", entry.span, "marker"
    )


# The range a post mentions: "from 10am until noon" on Friday, two hours at hour grain.
RANGE = When(_at(10), _at(12), Grain.HOUR, "2021-02-19T10")

# Rows of Friday's time axis, in order (1-based). At 10:00 the post (10:00-10:01) sorts before the
# range (10:00-12:00): events are ordered by (start, end, id).
FRIDAY_ROWS = ["p-0905", "p-1000", "m-closure", "p-1030", "p-1115", "p-1240"]
# The bar runs from its own row (3) to the last row starting before 12:00 (11:15, row 5).
RANGE_ROWS = (3, 5)


def english_timeline() -> Timeline:
    """Storm Hollis, Friday 19 February 2021, Europe/London: six posts, a range, an edit and a removal."""
    seen_a, seen_b = _at(11, 30), _at(19, 41)
    edited = _post("p-1030", 10, 30, "Rail lines closed", "Northern says lines via Hebden Bridge are shut.")
    old = Copy(
        "09.00",
        seen_a,
        "p-1030",
        EntryKind.POST,
        edited.marker,
        edited.when,
        "Rail line closed",
        "Northern says one line is shut.",
        Span(0, 1),
    )
    new = Copy(
        "19.41",
        seen_b,
        "p-1030",
        EntryKind.POST,
        edited.marker,
        edited.when,
        edited.title,
        edited.text,
        Span(0, 1),
    )
    edited = Entry(
        edited.id,
        edited.kind,
        edited.marker,
        edited.when,
        edited.title,
        edited.text,
        edited.span,
        "https://example.org/live/storm#block-1030",
        (old, new),
    )
    gone = _post("p-1115", 11, 15, None, "Unconfirmed reports of a bridge collapse in Mytholmroyd.")
    gone_copy = Copy(
        "09.00", seen_a, "p-1115", EntryKind.POST, gone.marker, gone.when, None, gone.text, Span(0, 1)
    )
    gone = Entry(
        gone.id,
        gone.kind,
        gone.marker,
        gone.when,
        None,
        gone.text,
        gone.span,
        None,
        (gone_copy,),
        removed=True,
    )
    posts = [
        _post(
            "p-0905", 9, 5, "Amber warning extended", "The Met Office extends its amber warning to Sunday."
        ),
        _post(
            "p-1000",
            10,
            0,
            None,
            "The A646 will be closed from 10am until noon, the council says.",
            url="javascript:alert(1)",
        ),
        edited,
        gone,
        _post(
            "p-1240", 12, 40, "Evacuation", "Hundreds of homes evacuated in Todmorden.\nA rest centre opens."
        ),
    ]
    closure = Event(
        "m-closure",
        EventKind.MENTION,
        RANGE,
        posts[1].text,
        "p-1000",
        "from 10am until noon",
        Span(30, 50),
        "range",
        ("p-1000",),
    )
    yesterday = When.on_day(_at(0, 0, day=18))
    rain = Event(
        "m-rain",
        EventKind.MENTION,
        yesterday,
        "It rained all day yesterday.",
        "p-0905",
        "yesterday",
        Span(60, 69),
        "yesterday",
        ("p-0905",),
    )
    events = sorted(
        [*(_entry_event(p) for p in posts), closure, rain], key=lambda e: (e.when.start, e.when.end, e.id)
    )
    return Timeline(
        seen_b,
        "Europe/London",
        "en",
        posts,
        events,
        title="Storm Hollis: hundreds evacuated as floods hit northern England – live",
        source="https://example.org/live/storm",
    )


# (page text, the words that must be found as text in the browser)
HOSTILE = [
    "<script>alert('title')</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(document.domain)",
    "x{background:expression(alert(1))} </style><style>body{background:url(https://example.org/x.png)}",
    "\u202egnp.exe\u202c end \u2067isolate",
    "</title></head><body onload=alert(1)>",
    "<a href=javascript:alert(1)>click</a> <iframe src=https://example.org></iframe>",
    "{{ 7*7 }} {% raw %} ${7*7}",
    "<!-- comment --> ]]> <![CDATA[ x ]]>",
    "<svg><script>alert(1)</script></svg><math><mi xlink:href=javascript:alert(1)>",
]
HOSTILE_URLS = [
    "javascript:alert(1)",
    " https://example.org/lead-space",
    'https://example.org/"onmouseover=alert(1)',
    "data:text/html,<script>alert(1)</script>",
    "https://example.org/ok",
]


def hostile_timeline() -> Timeline:
    """One post per hostile string (as title and text, with a hostile URL), a minute apart from 20:15."""
    zone = ZoneInfo("Asia/Damascus")
    entries, events = [], []
    for i, words in enumerate(HOSTILE):
        at = datetime(2024, 11, 29, 20, 15, tzinfo=zone) + timedelta(minutes=i)
        url = HOSTILE_URLS[i % len(HOSTILE_URLS)]
        entry = Entry(f"h{i}\"'<>", EntryKind.POST, words, When.at_minute(at), words, words, Span(0, 1), url)
        entries.append(entry)
        events.append(
            Event(
                entry.id,
                EventKind.ENTRY,
                entry.when or When.at_minute(at),
                words,
                entry.id,
                words,
                Span(0, 1),
                "marker",
            )
        )
        events.append(
            Event(f"m{i}<x>", EventKind.MENTION, When.on_day(at), words, entry.id, words, Span(0, 1), "w")
        )
    events.sort(key=lambda e: (e.when.start, e.when.end, e.id))
    return Timeline(
        datetime(2024, 11, 29, 21, tzinfo=zone),
        "Asia/Damascus",
        "ar",
        entries,
        events,
        title=HOSTILE[0],
        source=HOSTILE_URLS[0],
    )
