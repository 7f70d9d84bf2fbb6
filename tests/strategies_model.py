"""Hypothesis strategies for liveblog's model values (Timeline and its parts).

Kept apart from tests/strategies.py (other strategies live there) so the two
can grow without conflicts. Text mixes Arabic, Latin, digits, punctuation that
matters to iCalendar and JSON (``; , : \\ "``), line breaks and control
characters, because page text can hold any of them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Ignored, Span, Timeline, When

ZONES = ("Asia/Damascus", "UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Africa/Cairo")
PARTS = ("dawn", "morning", "midday", "afternoon", "evening", "night", "after_midnight")

ARABIC = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأؤإئىةًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟«»"
TRICKY = ";,:\\\"'\n\r\t\x00\x1b\x7f\x85\u2028\u2029\u200f\u202b "

arabic_text = st.text(alphabet=ARABIC + " ", max_size=40)
tricky_text = st.text(alphabet=ARABIC + TRICKY + "abcXYZ019.-", max_size=40)
any_text = st.one_of(arabic_text, tricky_text, st.text(max_size=30))
plain_id = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 100_000))
    return Span(start, start + draw(st.integers(0, 500)))


@st.composite
def moments(draw: st.DrawFn, zone_name: str | None = None) -> datetime:
    """An aware datetime, in a named zone (no imaginary wall times) or a fixed offset."""
    name = zone_name or draw(st.sampled_from(ZONES))
    if name.startswith(("+", "-")):
        sign = -1 if name[0] == "-" else 1
        zone: timezone | ZoneInfo = timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    else:
        zone = ZoneInfo(name)
    naive = draw(st.datetimes(datetime(1995, 1, 1), datetime(2035, 12, 31), allow_imaginary=False))
    return naive.replace(microsecond=0, tzinfo=zone)


@st.composite
def whens(draw: st.DrawFn, zone_name: str | None = None) -> When:
    """A valid When of any grain; timex is free text of at least four characters."""
    start = draw(moments(zone_name))
    grain = draw(st.sampled_from(list(Grain)))
    length = draw(st.integers(1, 400 * 24 * 60))
    # elapsed minutes, not wall-clock arithmetic: start + 5 h 36 min on 12 March 2016 in New York is
    # 02:00 on the 13th, a wall time that does not exist (found by the round-trip property)
    end = (start.astimezone(UTC) + timedelta(minutes=length)).astimezone(start.tzinfo)
    timex = draw(st.one_of(st.just(start.strftime("%Y-%m-%dT%H:%M")), st.text(min_size=4, max_size=16)))
    part = draw(st.sampled_from(PARTS)) if grain is Grain.PART_OF_DAY else None
    return When(start, end, grain, timex, draw(st.booleans()), part)


@st.composite
def entries(draw: st.DrawFn, ident: str, zone_name: str | None = None) -> Entry:
    return Entry(
        id=ident,
        kind=draw(st.sampled_from(list(EntryKind))),
        marker=draw(st.none() | any_text),
        when=draw(st.none() | whens(zone_name)),
        title=draw(st.none() | any_text),
        text=draw(any_text),
        span=draw(spans()),
        url=draw(
            st.none() | st.sampled_from(["https://example.org/live#p1", "not a url", "https://x.test/a?b=1"])
        ),
    )


@st.composite
def timelines(draw: st.DrawFn, *, consistent: bool = False, max_entries: int = 4) -> Timeline:
    """A Timeline. ``consistent``: events point at real entries, sorted as the assembler sorts them."""
    zone_name = draw(st.sampled_from((*ZONES, "+03:00", "-05:30")))
    ids = draw(st.lists(plain_id, max_size=max_entries, unique=True))
    the_entries = [draw(entries(i, zone_name)) for i in ids]
    events = []
    for n in range(draw(st.integers(0, 6))):
        if consistent and not ids:
            break
        entry_id = draw(st.sampled_from(ids)) if consistent else draw(plain_id)
        events.append(
            Event(
                id=f"ev{n}" if consistent else draw(any_text),
                kind=draw(st.sampled_from(list(EventKind))),
                when=draw(whens(zone_name)),
                text=draw(any_text),
                entry_id=entry_id,
                expression=draw(any_text),
                span=draw(spans()),
                rule=draw(st.sampled_from(["weekday", "part-of-day", "marker-clock", "dateparser"])),
                sources=tuple(draw(st.lists(plain_id, max_size=3))),
            )
        )
    if consistent:
        events.sort(key=lambda e: (e.when.start, e.when.end, e.id))
    return Timeline(
        reference=draw(moments(zone_name)),
        tz=zone_name,
        lang=draw(st.sampled_from(["ar", "en", "und"])),
        entries=the_entries,
        events=events,
        ignored=draw(
            st.lists(
                st.builds(Ignored, any_text, spans(), st.sampled_from(["chrome", "caption"])), max_size=3
            )
        ),
        title=draw(st.none() | any_text),
        source=draw(st.none() | st.sampled_from(["https://example.org/live", "seeds/x.txt", "-"])),
        reference_source=draw(st.sampled_from(["user", "json-ld datePublished"])),
        notes=draw(st.lists(any_text, max_size=2)),
    )
