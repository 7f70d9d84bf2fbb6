"""The HTML view's model: a timeline laid out as sections, bands, rows and bars for the template.

Everything here is plain data (frozen attrs values) with page text still unescaped: escaping is
the template engine's job alone (see :mod:`liveblog.export.html`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

import attrs

from liveblog.export._changes import Changes
from liveblog.export._text import clean, entry_label, local, one_line, page_zone
from liveblog.lang.display import day_header, month_header, part_label, week_header, year_header
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Timeline, When

__all__ = ["TIMED", "Bar", "Density", "Item", "Ref", "Section", "View", "bar_extent", "safe_url"]

# Day headers come from liveblog.lang.display, the one table of day and month names in the page's
# language (kept with `liveblog show` for now; its natural home is liveblog.lang).
TIMED = frozenset({Grain.SECOND, Grain.MINUTE, Grain.HOUR})
# One unit of each fine grain; a When longer than this is a range and is drawn as a bar.
_UNIT = {
    Grain.SECOND: timedelta(seconds=1),
    Grain.MINUTE: timedelta(minutes=1),
    Grain.HOUR: timedelta(hours=1),
}
_COARSE_ORDER = {Grain.WEEK: 0, Grain.MONTH: 1, Grain.QUARTER: 2, Grain.HALF: 3, Grain.YEAR: 4}
MAX_LANES = 4  # bars side by side; more overlapping ranges share the last lane
MAX_BUCKETS = 336  # density strip: two weeks of hours, then wider buckets
_BUCKET_HOURS = (1, 2, 3, 6, 12, 24, 48, 168)
# Absolute http(s), without the characters a URL may not hold (RFC 3986 and the WHATWG URL standard).
_SAFE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f\"<>\\^`{|}]+", re.IGNORECASE)
_ANCHOR = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_RESERVED = ("d-", "h-", "lb-")


def safe_url(url: str | None) -> str | None:
    """``url`` when it may become a link (absolute http or https, no spaces, quotes or controls), else None.

    >>> safe_url("https://example.org/live#p1"), safe_url("javascript:alert(1)"), safe_url(" http://x")
    ('https://example.org/live#p1', None, None)
    """
    if url is None or not _SAFE_URL.fullmatch(url):
        return None
    rest = url.split("://", 1)[1]
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return url if host.rsplit("@", 1)[-1] else None


def bar_extent(when: When) -> tuple[datetime, datetime] | None:
    """Where a bar for ``when`` starts and ends, or None when it is a point at its grain.

    The one place the view decides what a range is: a range of clock times
    (``When.is_range``, "from 14:00 to 18:00": its covered span) or a ``When``
    that covers more than one unit of a clock grain. Parts of day and dates
    have their own band.
    """
    if when.grain in _UNIT and (when.is_range or when.end - when.start > _UNIT[when.grain]):
        return when.start, when.end
    return None


# ---------------------------------------------------------------- the view model given to the template


@attrs.frozen
class Ref:
    """A link inside the page: to an anchor, with the words it shows."""

    anchor: str
    label: str
    note: str = ""


@attrs.frozen
class Item:
    """One event as the page shows it."""

    anchor: str
    kind: str  # post, lead, pinned, summary or mention: the filter's kinds
    day: str  # the section it sits in: the filter's days
    iso: str  # <time datetime>
    clock: str  # the time as the view writes it
    approximate: bool
    marker: str | None  # the time as the page wrote it, when that differs from ``clock``
    title: str | None
    paragraphs: tuple[str, ...]
    expression: str | None = None  # a mention's words
    said_in: tuple[Ref, ...] = ()  # a mention's posts
    mentions: tuple[Ref, ...] = ()  # a post's dated mentions
    url: str | None = None
    removed: str | None = None
    revisions: tuple[str, ...] = ()  # earlier texts, oldest first
    row: int = 0  # its row on the day's time axis (1-based), 0 in a band


@attrs.frozen
class Bar:
    """A range drawn beside the time axis, across the rows its span covers."""

    anchor: str  # the item the bar belongs to
    first: int
    last: int  # inclusive
    lane: int
    label: str


@attrs.frozen
class Section:
    """A day (with a band, a time axis and bars) or a week, month or year, or the undated entries."""

    key: str
    heading: str
    band: tuple[Item, ...]
    axis: tuple[Item, ...]
    bars: tuple[Bar, ...]
    lanes: int


@attrs.frozen
class Density:
    """The density strip: live posts per bucket of hours, with its labels."""

    buckets: tuple[tuple[int, str], ...]  # (count, label) per bucket
    unit: str
    peak: int
    first: str
    last: str


# ---------------------------------------------------------------- building the view


def _anchors(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """An HTML id per (kind, id): the id itself when it is a plain name, else a cleaned one; all distinct.

    Section ids (``d-…``, ``h-…``) and the filter's (``lb-…``) are never given out.
    """
    out: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for key in keys:
        if key in out:
            continue
        ident = key[1]
        if _ANCHOR.fullmatch(ident) and not ident.startswith(_RESERVED):
            base = ident
        else:
            base = "e-" + (re.sub(r"[^A-Za-z0-9_-]", "_", ident)[:64] or "_")
        anchor, n = base, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        out[key] = anchor
    return out


def _hm(moment: datetime) -> str:
    return f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"


def _until(start: datetime, end: datetime) -> str:
    """The end of a stretch that starts at ``start``: its clock, and its day when that is another one."""
    if end.date() == start.date():
        return _hm(end)
    if end - start <= timedelta(days=1) and (end.hour, end.minute, end.second) == (0, 0, 0):
        return "24:00"
    if end.date() == start.date() + timedelta(days=1):
        return f"{_hm(end)} next day"
    return f"{end:%Y-%m-%d} {_hm(end)}"


def _clock(when: When, zone: tzinfo | None) -> str:
    start, end = local(when.start, zone), local(when.end, zone)
    extent = bar_extent(when)
    if extent is not None:
        a, b = local(extent[0], zone), local(extent[1], zone)
        return f"{_hm(a)}–{_until(a, b)}"
    if when.is_range:  # a range of days, weeks or months: both ends as its TIMEX3 names them
        return one_line(when.timex.replace("/", " – "))
    if when.grain in (Grain.SECOND, Grain.MINUTE):
        return _hm(start)
    if when.grain in (Grain.HOUR, Grain.PART_OF_DAY):
        label = f"{_hm(start)}–{_until(start, end)}"
        return f"{label} · {part_label(when.part)}" if when.part else label
    if when.grain is Grain.DAY:
        return "all day"
    return one_line(when.timex)


def _iso(when: When, zone: tzinfo | None) -> str:
    start = local(when.start, zone)
    if when.grain in TIMED or when.grain is Grain.PART_OF_DAY:
        return start.isoformat(timespec="seconds" if start.second else "minutes")
    if when.grain is Grain.DAY:
        return start.date().isoformat()
    if when.grain is Grain.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if when.grain is Grain.MONTH:
        return f"{start:%Y-%m}"
    if when.grain in (Grain.QUARTER, Grain.HALF):
        return one_line(when.timex)  # "1989-Q3", "1990-H1"
    return f"{start:%Y}"


def _section_key(when: When, zone: tzinfo | None) -> tuple[tuple[datetime, int], str]:
    """Sort key and key of the section an event sits in: its local day, or its week, month, year."""
    start = local(when.start, zone)
    if when.grain not in _COARSE_ORDER:
        day = start.replace(hour=0, minute=0, second=0, microsecond=0)
        return (day, 3), f"{start:%Y-%m-%d}"
    return (start, _COARSE_ORDER[when.grain]), _iso(when, zone)


def _heading(when: When, zone: tzinfo | None, lang: str, tz: str) -> str:
    start = local(when.start, zone)
    if when.grain is Grain.WEEK:
        year, week, _ = start.isocalendar()
        return week_header(year, week, lang, tz)
    if when.grain is Grain.MONTH:
        return month_header(start.year, start.month, lang, tz)
    if when.grain is Grain.YEAR:
        return year_header(start.year)
    if when.grain in (Grain.QUARTER, Grain.HALF):
        return one_line(when.timex)  # TIMEX3 names a quarter in every language: "1989-Q3"
    return day_header(start.date(), lang, tz)


def _words(header: str) -> str:
    """A section header without its trailing ISO key (the page shows that key apart, left-to-right)."""
    return header.rsplit(" · ", 1)[0]


def _paragraphs(text: str) -> tuple[str, ...]:
    """The non-blank lines of page text: each is a paragraph, and so its own BiDi paragraph."""
    return tuple(line for line in clean(text).split("\n") if line.strip())


def _said(events: tuple[Event, ...]) -> dict[str, list[Event]]:
    """The mentions each entry said (an entry folded from several keeps every one)."""
    said: dict[str, list[Event]] = {}
    for ev in events:
        if ev.kind is EventKind.MENTION:
            for source in dict.fromkeys((ev.entry_id, *ev.sources)):
                said.setdefault(source, []).append(ev)
    return said


class View:
    """A timeline's events laid out for the page: its sections and its density strip."""

    def __init__(self, timeline: Timeline, events: tuple[Event, ...]) -> None:
        self.timeline = timeline
        # A vague reference ("now", "recently") has no time to place in a section: a mention of one
        # is left out, a post dated only by one is listed with the undated posts.
        events = tuple(ev for ev in events if not ev.when.is_ref)
        self.events = events
        self.zone = page_zone(timeline)
        self.entries = {e.id: e for e in reversed(timeline.entries)}  # first entry wins, as Timeline.entry
        self.changes = Changes(timeline.entries)
        self.said = _said(events)
        posts = [ev.entry_id for ev in events if ev.kind is EventKind.ENTRY]
        undated = [e.id for e in timeline.entries if e.when is None or e.when.is_ref]
        mentions = [ev.id for ev in events if ev.kind is EventKind.MENTION]
        anchors = _anchors([*(("p", i) for i in (*posts, *undated)), *(("m", i) for i in mentions)])
        self.post_anchor = {i: a for (kind, i), a in anchors.items() if kind == "p"}
        self.mention_anchor = {i: a for (kind, i), a in anchors.items() if kind == "m"}

    def _date_label(self, ev: Event) -> str:
        when = ev.when
        if when.grain in _COARSE_ORDER:
            return one_line(when.timex)
        day = f"{local(when.start, self.zone):%Y-%m-%d}"
        clock = _clock(when, self.zone)
        return day if clock == "all day" else f"{day} {clock}"

    def _entry_item(self, entry: Entry | None, ev: Event | None, day: str) -> Item:
        entry_id = entry.id if entry is not None else ev.entry_id if ev is not None else ""
        when = ev.when if ev is not None else None
        clock = _clock(when, self.zone) if when is not None else "no time"
        marker = one_line(entry.marker) if entry is not None and entry.marker else None
        text = entry.text if entry is not None else ev.text if ev is not None else ""
        revisions = entry.revisions[:-1] if entry is not None else ()
        mentions = tuple(
            Ref(self.mention_anchor[m.id], one_line(m.expression), self._date_label(m))
            for m in self.said.get(entry_id, ())
        )
        return Item(
            anchor=self.post_anchor[entry_id],
            kind=entry.kind.value if entry is not None else EntryKind.POST.value,
            day=day,
            iso=_iso(when, self.zone) if when is not None else "",
            clock=clock,
            approximate=when is not None and when.approximate,
            marker=marker if marker != clock else None,
            title=one_line(entry.title) if entry is not None and entry.title else None,
            paragraphs=_paragraphs(text),
            mentions=mentions,
            url=safe_url(entry.url) if entry is not None else None,
            removed=self.changes.removed(ev) if ev is not None else None,
            revisions=tuple(clean(r) for r in revisions),
        )

    def _mention_item(self, ev: Event, day: str) -> Item:
        sources = dict.fromkeys((ev.entry_id, *ev.sources))
        said_in = tuple(
            Ref(self.post_anchor[s], entry_label(self.entries.get(s), s))
            for s in sources
            if s in self.post_anchor
        )
        return Item(
            anchor=self.mention_anchor[ev.id],
            kind=EventKind.MENTION.value,
            day=day,
            iso=_iso(ev.when, self.zone),
            clock=_clock(ev.when, self.zone),
            approximate=ev.when.approximate or ev.when.grain is Grain.PART_OF_DAY,
            marker=None,
            title=None,
            paragraphs=_paragraphs(ev.text),
            expression=one_line(ev.expression),
            said_in=said_in,
            removed=self.changes.removed(ev),
        )

    def item(self, ev: Event, day: str) -> Item:
        if ev.kind is EventKind.ENTRY:
            return self._entry_item(self.entries.get(ev.entry_id), ev, day)
        return self._mention_item(ev, day)

    def sections(self) -> list[Section]:
        grouped: dict[str, tuple[tuple[datetime, int], str, list[Event]]] = {}
        lang, tz = self.timeline.lang, self.timeline.tz
        for ev in self.events:
            order, key = _section_key(ev.when, self.zone)
            if key not in grouped:
                grouped[key] = (order, _words(_heading(ev.when, self.zone, lang, tz)), [])
            grouped[key][2].append(ev)
        out = [
            self._section(key, heading, evs)
            for key, (_order, heading, evs) in sorted(grouped.items(), key=lambda kv: kv[1][0])
        ]
        undated = [
            e for e in self.timeline.entries if (e.when is None or e.when.is_ref) and e.id in self.post_anchor
        ]
        if undated:
            items = tuple(self._entry_item(e, None, "undated") for e in dict.fromkeys(undated))
            out.append(Section("undated", "Undated entries", items, (), (), 0))
        return out

    def _section(self, key: str, heading: str, events: list[Event]) -> Section:
        band: list[Item] = []
        timed: list[Event] = []
        for ev in events:
            if ev.when.grain in TIMED:
                timed.append(ev)
            else:
                band.append(self.item(ev, key))
        axis = [attrs.evolve(self.item(ev, key), row=n) for n, ev in enumerate(timed, start=1)]
        bars = self._bars(timed, axis)
        lanes = max((b.lane for b in bars), default=0)
        return Section(key, heading, tuple(band), tuple(axis), tuple(bars), lanes)

    def _bars(self, timed: list[Event], axis: list[Item]) -> list[Bar]:
        """A bar from each range's row to the last row that starts before the range ends."""
        bars: list[Bar] = []
        lane_free: list[int] = []  # per lane, the first row it is free again
        for index, ev in enumerate(timed):
            extent = bar_extent(ev.when)
            if extent is None:
                continue
            last = index
            while last + 1 < len(timed) and timed[last + 1].when.start < extent[1]:
                last += 1
            first_row, last_row = index + 1, last + 1
            lane = next((n for n, free in enumerate(lane_free) if free <= first_row), None)
            if lane is None:
                lane = min(len(lane_free), MAX_LANES - 1)
                if lane == len(lane_free):
                    lane_free.append(0)
            lane_free[lane] = last_row + 1
            bars.append(Bar(axis[index].anchor, first_row, last_row, lane + 1, axis[index].clock))
        return bars

    def density(self) -> Density | None:
        moments = [
            local(ev.when.start, self.zone).replace(tzinfo=None)
            for ev in self.events
            if ev.kind is EventKind.ENTRY and ev.when.grain in TIMED
        ]
        if not moments:
            return None
        first = min(moments).replace(minute=0, second=0, microsecond=0)
        span_hours = int((max(moments) - first).total_seconds() // 3600) + 1
        need = -(-span_hours // MAX_BUCKETS)
        hours = next((h for h in _BUCKET_HOURS if h >= need), need)
        if hours >= 24:  # whole buckets of days start at midnight
            first = first.replace(hour=0)
            span_hours = int((max(moments) - first).total_seconds() // 3600) + 1
        size = timedelta(hours=hours)
        counts = [0] * (-(-span_hours // hours))
        for moment in moments:
            counts[int((moment - first) // size)] += 1
        fmt = "%Y-%m-%d" if hours >= 24 else "%Y-%m-%d %H:%M"
        buckets = tuple((n, f"{first + i * size:{fmt}}") for i, n in enumerate(counts))
        unit = (
            "hour" if hours == 1 else "day" if hours == 24 else "week" if hours == 168 else f"{hours} hours"
        )
        return Density(buckets, unit, max(counts), buckets[0][1], buckets[-1][1])
