"""iCalendar (RFC 5545) export, written with icalendar.

One VEVENT per event, built so that strict readers (vobject, ``ical``,
libical, calcurse) read back exactly what the timeline says:

- exact times (second, minute, hour grain) are UTC instants (``…Z``): no
  VTIMEZONE for a reader to misread; the page's wall time and zone are in
  DESCRIPTION;
- a part of day is a timed block over its window, ``TRANSP:TRANSPARENT``,
  DESCRIPTION says it is approximate, and ``X-LIVEBLOG-TIMEX`` keeps the
  TIMEX3 value (``2024-11-28TEV``);
- day, week, month, quarter, half and year grains are all-day events (``VALUE=DATE``)
  from the first day to the day after the last (DTEND exclusive);
- UID is a UUID-5 of the source and the event id, so re-exporting an
  updated snapshot keeps the UID of every event that stayed;
- DTSTAMP is the timeline's reference time (when the page was read), so the
  same timeline always gives the same bytes;
- no METHOD (it implies iTIP and an ORGANIZER);
- an event whose post vanished from the page (``Entry.removed`` after a
  snapshot merge) stays, with ``STATUS:CANCELLED``, so a subscribed calendar
  drops or strikes it instead of showing a deleted post as current; a
  mention is cancelled when every post that said it was removed;
- ``SEQUENCE`` counts the changes the snapshots showed (an edited text, a
  disappearance, a return), so it only grows as a followed page is polled;
  0, the RFC's default, is not written;
- a timeline with no event gives a calendar whose only component is a
  VTIMEZONE for UTC (RFC 5545 wants at least one component; one that
  defines no event still means "no events").

Page text is cleaned first: control characters go, SUMMARY is one line, and
icalendar escapes ``\\ ; ,`` and line breaks, so text can never add or break
a property.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import tzinfo as TzInfo

import icalendar

from liveblog.errors import ExportError
from liveblog.export._changes import Changes
from liveblog.export._text import clean, describe_when, entry_label, local, one_line, page_zone, summary
from liveblog.model import Entry, Event, EventKind, Grain, Timeline

__all__ = ["PRODID", "UID_NAMESPACE", "event_uid", "to_ics"]

PRODID = "-//liveblog//liveblog timeline export//EN"
# Fixed forever: changing it would change every UID ever exported.
UID_NAMESPACE = uuid.UUID("6f1b1c0e-52a4-5d4e-9a53-6c6976656c6f")
TIMED = frozenset({Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY})
NO_TEXT = "(The page has no text under this marker: a video or embed the copy lost.)"

# X- values are TEXT, but readers disagree on unescaping unknown properties: write a TIMEX3
# value only when it needs no escaping (the resolver's always do; DESCRIPTION has it anyway).
_TIMEX = re.compile(r"[0-9A-Z][0-9A-Z:.+-]*(?:/[0-9A-Z][0-9A-Z:.+-]*)?")  # a range: both ends
# A URI we are willing to put in a URL property: a scheme and no space, quote or control.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"<>\\^`{|}\x00-\x1f\x7f-\x9f]+")


_WEB_SCHEME = re.compile(r"(?i)https?://[^/?#\s]")


def event_uid(source: str | None, event_id: str) -> str:
    """The stable UID of event ``event_id`` of the page at ``source``.

    >>> event_uid("https://example.org/live", "e1") == event_uid("https://example.org/live", "e1")
    True
    """
    name = (source or "") + "\x00" + event_id
    return f"{uuid.uuid5(UID_NAMESPACE, name)}@liveblog"


def _uri(candidate: str | None) -> str | None:
    """``candidate`` when it is a web address a calendar may open: http(s) only (no ``javascript:``,
    ``data:`` or ``file:``), no space, quote or control character."""
    if candidate and _URI.fullmatch(candidate) and candidate.isascii() and _WEB_SCHEME.match(candidate):
        return candidate
    return None


def _url(timeline: Timeline, entry: Entry | None) -> str | None:
    page = timeline.source if timeline.source and re.match(r"(?i)^https?://", timeline.source) else None
    return _uri(entry.url if entry is not None else None) or _uri(page)


def _summary(event: Event, entry: Entry | None) -> str:
    if event.kind is EventKind.ENTRY and entry is not None:
        text = summary(entry.title, entry.text, event.text)
        if text:
            return text
        marker = one_line(entry.marker or event.expression)
        return f"{marker} (no text captured)" if marker else "(no text captured)"
    return summary(None, event.text, event.expression) or "(no text captured)"


def _body(event: Event, entry: Entry | None) -> str:
    if event.kind is EventKind.ENTRY and entry is not None:
        parts = [p for p in (clean(entry.title or "").strip(), clean(entry.text).strip()) if p]
        return "\n\n".join(parts) if parts else NO_TEXT
    return clean(event.text).strip() or NO_TEXT


def _description(
    timeline: Timeline, event: Event, entry: Entry | None, zone: TzInfo | None, removed: str | None
) -> str:
    # A calendar that ignores STATUS (calcurse) still shows a removal first thing.
    lines = [removed, ""] if removed else []
    lines += [_body(event, entry), "", "—", describe_when(event.when, timeline.tz, zone)]
    lines.append(f"Dated by: «{one_line(event.expression)}» (rule {one_line(event.rule)})")
    if event.kind is EventKind.MENTION:
        lines.append(f"Said in {entry_label(entry, event.entry_id)} (entry id {one_line(event.entry_id)})")
    if timeline.source:
        lines.append(f"Source: {one_line(timeline.source)}")
    if entry is not None and entry.url and entry.url != timeline.source:
        lines.append(f"Entry URL: {one_line(entry.url)}")
    return "\n".join(lines)


def _dates(event: Event, zone: TzInfo | None) -> tuple[date, date]:
    start = local(event.when.start, zone)
    end = local(event.when.end, zone)
    last = end.date() if end.time() != datetime.min.time() else end.date() - timedelta(days=1)
    return start.date(), max(last, start.date()) + timedelta(days=1)


def _vevent(
    timeline: Timeline,
    event: Event,
    entry: Entry | None,
    zone: TzInfo | None,
    stamp: datetime,
    changes: Changes,
) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(timeline.source, event.id))
    vevent.add("dtstamp", stamp)
    sequence = changes.sequence(event)
    if sequence:
        vevent.add("sequence", sequence)
    removed = changes.removed(event)
    if removed:
        vevent.add("status", "CANCELLED")
    if event.when.grain in TIMED:
        vevent.add("dtstart", event.when.start.astimezone(UTC))
        vevent.add("dtend", event.when.end.astimezone(UTC))
    else:
        first, after = _dates(event, zone)
        vevent.add("dtstart", first)
        vevent.add("dtend", after)
    vevent.add("summary", _summary(event, entry))
    vevent.add("description", _description(timeline, event, entry, zone, removed))
    url = _url(timeline, entry)
    if url:
        vevent.add("url", url)
    approximate = event.when.approximate or event.when.grain is Grain.PART_OF_DAY
    # Day and coarser events are all-day, which calendars already show as free time.
    if approximate or event.when.grain not in TIMED:
        vevent.add("transp", "TRANSPARENT")
    vevent.add("categories", ["liveblog", event.kind.value])
    if _TIMEX.fullmatch(event.when.timex):
        vevent.add("x-liveblog-timex", icalendar.vText(event.when.timex))
    vevent.add("x-liveblog-grain", event.when.grain.value)
    if approximate:
        vevent.add("x-liveblog-approximate", "TRUE")
    return vevent


def to_ics(timeline: Timeline, events: tuple[Event, ...]) -> str:
    """``events`` of ``timeline`` as an iCalendar text (CRLF line ends, folded at 75 octets)."""
    zone = page_zone(timeline)
    stamp = timeline.reference.astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = one_line(timeline.title or "")
    if name:
        calendar.add("x-wr-calname", icalendar.vText(name))
    entries = {e.id: e for e in reversed(timeline.entries)}  # first entry wins, as Timeline.entry
    # Serialised one VEVENT at a time: the same bytes as one big Calendar.to_ical(), without
    # holding every component tree at once (a third of the peak memory on 10,000 events).
    envelope: bytes = calendar.to_ical()
    if not envelope.endswith(_END):  # pragma: no cover - icalendar's own framing
        raise ExportError(f"unexpected calendar envelope from icalendar: {envelope[-40:]!r}")
    chunks = [envelope[: -len(_END)]]
    changes = Changes(timeline.entries)
    for event in events:
        if event.when.is_ref:
            continue  # "now", "recently": no instant to put in a calendar (docs/exports.md)
        vevent = _vevent(timeline, event, entries.get(event.entry_id), zone, stamp, changes)
        chunks.append(vevent.to_ical())
    if len(chunks) == 1:
        chunks.append(_UTC_ZONE)
    chunks.append(_END)
    return b"".join(chunks).decode("utf-8")


_END = b"END:VCALENDAR\r\n"


def _utc_zone() -> bytes:
    """A VTIMEZONE for UTC: the one component of a calendar with no event.

    RFC 5545 (3.6) wants "at least one calendar component" and names a
    calendar holding only a VTIMEZONE as a valid special form. No property
    refers to it (every time here is UTC with ``Z``), so it adds no event
    and nothing for a reader to misread; it is fixed, so output stays
    reproducible whatever tzdata the machine has.
    """
    zone = icalendar.Timezone()
    zone.add("tzid", "UTC")
    standard = icalendar.TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))  # local time, as RFC 5545 wants in a STANDARD block
    standard.add("tzoffsetfrom", timedelta(0))
    standard.add("tzoffsetto", timedelta(0))
    standard.add("tzname", "UTC")
    zone.add_component(standard)
    text: bytes = zone.to_ical()
    return text


_UTC_ZONE = _utc_zone()
