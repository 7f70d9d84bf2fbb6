"""Read an exported calendar back with three independent iCalendar readers (test helper).

Each reader gives the same neutral record per VEVENT so tests can compare
them with each other and with the Timeline that was exported.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import icalendar
import vobject
from ical.calendar_stream import IcsCalendarStream

from liveblog.model import Entry, EntryKind, Event, EventKind, Span, Timeline, When

SEED_SOURCE = "seeds/000_10bbcf9e3c36c249.txt"


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    """A UTC instant in November 2024."""
    return datetime(2024, 11, day, hour, minute, tzinfo=UTC)


# Written from the page (Damascus is UTC+3 all year since 2022; +2 in early March 2020, but
# month events are dates, so no offset matters there).
SEED_INSTANTS: dict[str, tuple[date | datetime, date | datetime]] = {
    "m-ceasefire": (date(2020, 3, 1), date(2020, 4, 1)),
    "m-thursday": (date(2024, 11, 28), date(2024, 11, 29)),
    "m-thursday-evening": (utc(28, 15), utc(28, 21)),  # 18:00-24:00 +03
    "m-after-midnight": (utc(28, 21), utc(29, 0)),  # Friday 00:00-03:00 +03
    "lead": (date(2024, 11, 29), date(2024, 11, 30)),
    "m-aleppo": (date(2024, 11, 29), date(2024, 11, 30)),
    "m-peskov": (date(2024, 11, 29), date(2024, 11, 30)),
    "m-dawn": (utc(29, 1), utc(29, 4)),  # 04:00-07:00 +03
    "p-1503": (utc(29, 12, 3), utc(29, 12, 4)),
    "p-1757": (utc(29, 14, 57), utc(29, 14, 58)),
    "m-sana-hack": (utc(29, 15), utc(29, 16)),  # «منذ حوالي ثلاث ساعات» at 21:00 +03
    "p-1926": (utc(29, 16, 26), utc(29, 16, 27)),
    "p-2015": (utc(29, 17, 15), utc(29, 17, 16)),
}

Moment = datetime | date


@attrs.frozen
class Read:
    """One VEVENT as a reader understood it."""

    uid: str
    summary: str
    description: str
    start: Moment
    end: Moment
    timex: str | None
    transparent: bool
    url: str | None
    status: str | None = None
    sequence: int = 0  # RFC 5545 3.8.7.4: an absent SEQUENCE is 0


def _norm(value: Any) -> Moment:
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"floating time {value!r}"
        return value.astimezone(UTC)
    assert isinstance(value, date)
    return value


def read_vobject(text: str) -> list[Read]:
    """vobject with validate=True: the reader that rejects a missing UID or DTSTAMP."""
    calendar = vobject.readOne(text, validate=True)
    out = []
    for ev in getattr(calendar, "vevent_list", []):
        timex = ev.contents.get("x-liveblog-timex")
        out.append(
            Read(
                uid=ev.uid.value,
                summary=ev.summary.value,
                description=ev.description.value,
                start=_norm(ev.dtstart.value),
                end=_norm(ev.dtend.value),
                timex=timex[0].value if timex else None,
                transparent="transp" in ev.contents and ev.transp.value == "TRANSPARENT",
                url=ev.url.value if "url" in ev.contents else None,
                status=ev.status.value if "status" in ev.contents else None,
                sequence=int(ev.sequence.value) if "sequence" in ev.contents else 0,
            )
        )
    return out


def read_ical(text: str) -> list[Read]:
    """allenporter's `ical`: strict types (it would invent a UID, so UIDs are compared across readers)."""
    calendar = IcsCalendarStream.calendar_from_ics(text)
    out = []
    for ev in calendar.events:
        extras = {x.name.lower(): x.value for x in ev.extras}
        out.append(
            Read(
                uid=ev.uid or "",
                summary=ev.summary or "",
                description=ev.description or "",
                start=_norm(ev.dtstart),
                end=_norm(ev.dtend),
                timex=extras.get("x-liveblog-timex"),
                transparent=str(ev.transparency) == "TRANSPARENT",
                url=ev.url,
                status=ev.status.value if ev.status is not None else None,
                sequence=ev.sequence or 0,
            )
        )
    return out


def read_icalendar(text: str) -> list[Read]:
    """icalendar, whose reader is lenient: its `errors` must stay empty and no U+FFFD may appear."""
    calendar = icalendar.Calendar.from_ical(text)
    for component in calendar.walk():
        assert not component.errors, component.errors
    out = []
    for ev in calendar.walk("VEVENT"):
        out.append(
            Read(
                uid=str(ev["UID"]),
                summary=str(ev["SUMMARY"]),
                description=str(ev["DESCRIPTION"]),
                start=_norm(ev.decoded("DTSTART")),
                end=_norm(ev.decoded("DTEND")),
                timex=str(ev["X-LIVEBLOG-TIMEX"]) if "X-LIVEBLOG-TIMEX" in ev else None,
                transparent=str(ev.get("TRANSP", "")) == "TRANSPARENT",
                url=str(ev["URL"]) if "URL" in ev else None,
                status=str(ev["STATUS"]) if "STATUS" in ev else None,
                sequence=int(ev.decoded("SEQUENCE")) if "SEQUENCE" in ev else 0,
            )
        )
    for read in out:
        assert "\ufffd" not in read.summary + read.description
    return out


def read_all(text: str) -> list[Read]:
    """The records of all three readers, asserted identical; returns one copy."""
    assert "\ufffd" not in text
    by_vobject, by_ical, by_icalendar = read_vobject(text), read_ical(text), read_icalendar(text)
    assert by_vobject == by_icalendar
    assert by_ical == by_icalendar
    return by_icalendar


def single_post_timeline(
    title: str | None,
    text: str = "",
    *,
    marker: str = "20:15",
    url: str | None = None,
    source: str | None = SEED_SOURCE,
) -> Timeline:
    """A timeline of one post at 20:15 Damascus (17:15 UTC) with the given title and text."""
    zone = ZoneInfo("Asia/Damascus")
    when = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=zone))
    entry = Entry("p1", EntryKind.POST, marker, when, title, text, Span(0, 5), url)
    event = Event("p1", EventKind.ENTRY, when, text, "p1", marker, Span(0, 5), "marker-clock", ("p1",))
    return Timeline(
        datetime(2024, 11, 29, 21, tzinfo=zone),
        "Asia/Damascus",
        "ar",
        [entry],
        [event],
        title=title,
        source=source,
    )


# (title as the page might have it, the one-line SUMMARY every reader must get back)
HOSTILE_TITLES = [
    ("a\nb", "a b"),
    ("a\r\nb\rc", "a b c"),
    ("x;y,z:w", "x;y,z:w"),
    ("back\\slash \\n not a newline", "back\\slash \\n not a newline"),
    ("END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil", "END:VEVENT BEGIN:VEVENT SUMMARY:evil"),
    ("a\x00b\x07c\x1bd\x7fe\x9ff", "abcdef"),
    ("a\x85b\u2028c\u2029d\x0be\x0cf", "a b c d e f"),
    ("a\tb", "a b"),
    ("\u200fعاجل: قصف;حلب, الآن", "\u200fعاجل: قصف;حلب, الآن"),
    ('"quoted" <b>tag</b>', '"quoted" <b>tag</b>'),
    ("\x00\x01\n", "20:15 (no text captured)"),
    ("ش" * 300, "ش" * 119 + "…"),
]
