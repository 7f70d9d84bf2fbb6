"""The values that flow between liveblog's stages.

This module is the written contract of the pipeline::

    read      source (text / HTML / URL)      -> Document
    segment   Document                        -> tuple[Entry, ...] + tuple[Ignored, ...]
    resolve   words + reference               -> When | None   (find_times -> list[Found])
    assemble  entries + mentions              -> Timeline
    export    Timeline                        -> str / bytes
    render    Timeline                        -> Rich renderables

Every value is ``@attrs.frozen``: slotted, immutable, hashable, compared by
value, changed only through :func:`attrs.evolve`. Constructors validate and
fail with a message that names what was wrong. Datetimes are always
timezone-aware.

>>> from datetime import datetime, timezone
>>> w = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=timezone.utc))
>>> (w.grain, w.timex, w.end - w.start)
(<Grain.MINUTE: 'minute'>, '2024-11-29T20:15', datetime.timedelta(seconds=60))
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Final

import attrs

from liveblog.errors import InputError

__all__ = [
    "REF_VALUES",
    "SUPPORTED_YEARS",
    "Block",
    "Copy",
    "Document",
    "Entry",
    "EntryKind",
    "Event",
    "EventKind",
    "Found",
    "Grain",
    "Ignored",
    "Span",
    "Timeline",
    "When",
    "WhenKind",
    "supported",
]

#: The years a date may lie in: datetime's own range (1–9999) less one year at each end, so that a
#: grain, a walk of a few days or any UTC offset applied to a supported moment stays representable.
#: A page date outside them is no date; a reference outside them is refused (docs/reading.md).
SUPPORTED_YEARS: Final = (2, 9998)


def supported(moment: date) -> bool:
    """Whether ``moment`` (a date or a datetime, in its own zone) lies in :data:`SUPPORTED_YEARS`.

    >>> supported(date(2024, 11, 29)), supported(date(9999, 12, 31)), supported(date(1, 1, 1))
    (True, False, False)
    """
    return SUPPORTED_YEARS[0] <= moment.year <= SUPPORTED_YEARS[1]


class Grain(enum.StrEnum):
    """How precisely a :class:`When` is known, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"  # a quarter of a year: TIMEX3 ``1989-Q3`` ("the third quarter", «الربع الثالث»)
    HALF = "half"  # a half of a year: TIMEX3 ``1990-H1`` ("the first half", «النصف الأول»)
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for the finest grain, larger for coarser ones (the order of the members)."""
        return _GRAIN_RANK[self]


_GRAIN_RANK: dict[Grain, int] = {g: i for i, g in enumerate(Grain)}  # asked for in hot loops


class WhenKind(enum.StrEnum):
    """Whether a :class:`When` is one stretch named at one grain, or a range between two ends."""

    POINT = "point"  # "Thursday", "3:15 pm", "March 2020": one unit at ``grain``
    RANGE = "range"  # "13-15 July", "from 3 to 5 pm": from the first end to the last (see When)
    REF = "ref"  # "now", "recently", «الآن»: a vague reference, TIMEX3 PRESENT_REF/PAST_REF/FUTURE_REF


#: The TIMEX3 values of a :attr:`WhenKind.REF` (TimeML's vague references to the present, past, future).
REF_VALUES: Final = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


class EntryKind(enum.StrEnum):
    """What part of a live page an :class:`Entry` is."""

    POST = "post"  # a timestamped live update
    LEAD = "lead"  # the article body / standfirst before (or without) the live feed
    PINNED = "pinned"  # a post pinned to the top of the feed
    SUMMARY = "summary"  # a key-events list or summary block


class EventKind(enum.StrEnum):
    """Whether an :class:`Event` is a live post itself or a date said inside one."""

    ENTRY = "entry"
    MENTION = "mention"


def _aware(_inst: object, attribute: attrs.Attribute[Any], value: datetime) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{attribute.name} must be a datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, got naive {value.isoformat()!r}")


def _aware_and_supported(inst: object, attribute: attrs.Attribute[Any], value: datetime) -> None:
    _aware(inst, attribute, value)
    if not supported(value):
        lo, hi = SUPPORTED_YEARS
        raise InputError(f"{attribute.name} {value.isoformat()!r} lies outside the years {lo} to {hi}")


def _aware_or_none(inst: object, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is not None:
        _aware(inst, attribute, value)


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def shift(self, offset: int) -> Span:
        """The same span moved ``offset`` characters to the right."""
        return Span(self.start + offset, self.end + offset)


@attrs.frozen
class When:
    """A stretch of time at the granularity the text gave.

    ``end`` is exclusive. ``timex`` is a TIMEX3-style value at the grain's
    precision (``2024-11-29T20:15``, ``2024-11-28TEV``, ``2024-11-29``,
    ``2020-03``); ``part`` names the part of day for ``PART_OF_DAY`` values
    (``"evening"``, ``"dawn"`` …); ``approximate`` is set for hedged phrases
    such as «منذ حوالي ثلاث ساعات» or "about two hours ago".

    A range (``kind`` :attr:`WhenKind.RANGE`: "13-15 July", "from 3 to 5 pm")
    is one value too: ``start`` and ``end`` are the span it covers, from the
    start of its first end to the end of its last when that end is a day or
    coarser (13 July 00:00 to 16 July 00:00) and to the last end itself when it
    is a clock time (15:00 to 17:00), ``grain`` is the grain of its ends, ``timex`` names both ends
    (``2024-07-13/2024-07-15``) and ``part`` is None. Code that reads only
    ``start`` and ``end`` sees the covered span.

    A vague reference (``kind`` :attr:`WhenKind.REF`: "now", "recently", "in
    the future", «الآن», «مؤخرا») names no stretch: ``timex`` is the TIMEX3
    ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``, ``start`` = ``end`` = the
    reference it was said at (the only kind whose span is empty), ``grain`` is
    ``second`` and ``part`` None. Exports never make it an instant and
    timelines never order by it (docs/resolution.md, "Now and vague references").

    >>> from datetime import datetime, timezone
    >>> now = When.vague(datetime(2024, 11, 29, 21, 0, tzinfo=timezone.utc), "PAST_REF")
    >>> (now.kind.value, now.timex, now.is_ref, now.start == now.end)
    ('ref', 'PAST_REF', True, True)
    """

    start: datetime = attrs.field(validator=_aware_and_supported)
    end: datetime = attrs.field(validator=_aware_and_supported)
    grain: Grain = attrs.field(converter=Grain)
    timex: str = attrs.field(validator=attrs.validators.min_len(4))
    approximate: bool = False
    part: str | None = None
    kind: WhenKind = attrs.field(default=WhenKind.POINT, converter=WhenKind)

    def __attrs_post_init__(self) -> None:
        if self.kind is WhenKind.REF:
            if self.timex not in REF_VALUES:
                raise ValueError(
                    f"a vague reference's timex is one of {sorted(REF_VALUES)}, got {self.timex!r}"
                )
            if self.end != self.start or self.grain is not Grain.SECOND or self.part is not None:
                raise ValueError(
                    f"a vague reference is the instant it was said at (start = end, grain second, no part), "
                    f"got {self.start.isoformat()!r} to {self.end.isoformat()!r} at {self.grain.value!r}"
                )
            return
        if self.end <= self.start:
            raise ValueError(
                f"When end {self.end.isoformat()!r} is not after start {self.start.isoformat()!r}"
            )
        if self.kind is WhenKind.RANGE:
            if self.part is not None:
                raise ValueError(f"a range has no part of day, got {self.part!r}")
            if "/" not in self.timex:
                raise ValueError(f"a range's timex names both ends (a/b), got {self.timex!r}")
        elif (self.part is None) != (self.grain is not Grain.PART_OF_DAY):
            raise ValueError(f"part {self.part!r} does not fit grain {self.grain.value!r}")

    @property
    def is_range(self) -> bool:
        """Whether this value is a range between two ends."""
        return self.kind is WhenKind.RANGE

    @property
    def is_ref(self) -> bool:
        """Whether this value is a vague reference ("now", "recently"): no stretch of time."""
        return self.kind is WhenKind.REF

    @classmethod
    def vague(cls, said_at: datetime, timex: str) -> When:
        """The vague reference ``timex`` (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``) said at ``said_at``.

        >>> from datetime import datetime, timezone
        >>> When.vague(datetime(2024, 11, 29, 21, 0, tzinfo=timezone.utc), "PRESENT_REF").timex
        'PRESENT_REF'
        """
        return cls(said_at, said_at, Grain.SECOND, timex, kind=WhenKind.REF)

    @classmethod
    def at_minute(cls, moment: datetime, *, approximate: bool = False) -> When:
        """The minute that contains ``moment`` (seconds dropped)."""
        start = moment.replace(second=0, microsecond=0)
        return cls(
            start, start + timedelta(minutes=1), Grain.MINUTE, start.strftime("%Y-%m-%dT%H:%M"), approximate
        )

    @classmethod
    def on_day(cls, day: datetime) -> When:
        """The whole local day that contains ``day``, in ``day``'s zone."""
        start = day.replace(hour=0, minute=0, second=0, microsecond=0)
        return cls(start, _next_local_day(start), Grain.DAY, start.strftime("%Y-%m-%d"))

    def to(self, zone: tzinfo) -> When:
        """The same stretch with both ends expressed in ``zone``."""
        return attrs.evolve(self, start=self.start.astimezone(zone), end=self.end.astimezone(zone))

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` falls inside ``[start, end)``."""
        return self.start <= moment < self.end


def _next_local_day(start: datetime) -> datetime:
    """Local midnight after ``start``: wall-clock arithmetic, so DST days last 23 or 25 hours."""
    naive = start.replace(tzinfo=None) + timedelta(days=1)
    return naive.replace(tzinfo=start.tzinfo)


@attrs.frozen
class Found:
    """One temporal expression found in running text by :func:`liveblog.find_times`."""

    span: Span
    text: str  # the words as written in the source
    when: When
    rule: str  # the name of the rule that produced ``when``


@attrs.frozen
class Block:
    """A piece of a page that structured markup already delimits (HTML/JSON-LD).

    Readers that find structure hand it to the segmenter as blocks; plain text
    has none and is split on markers instead.
    """

    text: str
    span: Span
    title: str | None = None
    marker: str | None = None  # the timestamp label as the page shows it
    published: datetime | None = attrs.field(default=None, validator=_aware_or_none)
    kind: EntryKind = EntryKind.POST
    url: str | None = None


@attrs.frozen
class Document:
    """What a reader produced: the page's text and whatever it learned about it."""

    text: str
    source: str | None = None  # path or URL, None for stdin / a string
    title: str | None = None
    reference: datetime | None = attrs.field(default=None, validator=_aware_or_none)
    reference_source: str | None = None  # where ``reference`` came from (e.g. "json-ld datePublished")
    lang: str | None = None
    blocks: tuple[Block, ...] | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class Copy:
    """One raw appearance of an entry: what one snapshot of the page said, and where.

    Deduplication and snapshot merging (:mod:`liveblog.assemble.dedup`, :mod:`liveblog.assemble.merge`)
    fold repeats of one post into one :class:`Entry` and keep every appearance
    here, so nothing the pages said is lost. ``snapshot`` names the page copy
    (its input and reference time), ``seen`` is that copy's reference time;
    ``span`` points into that snapshot's document text.
    """

    snapshot: str
    seen: datetime = attrs.field(validator=_aware)
    id: str
    kind: EntryKind
    marker: str | None
    when: When | None
    title: str | None
    text: str
    span: Span
    url: str | None = None


def _copies(items: Iterable[Copy]) -> tuple[Copy, ...]:
    return tuple(items)


@attrs.frozen
class Entry:
    """One live post (or the lead, a pinned post, a summary) of a page."""

    id: str
    kind: EntryKind
    marker: str | None  # the timestamp as written ("20:15", "3.27pm BST"), None for the lead
    when: When | None  # None when the page gave no time
    title: str | None
    text: str
    span: Span
    url: str | None = None
    # Every raw appearance folded into this entry (itself included), oldest snapshot first;
    # empty for an entry straight from the segmenter.
    copies: tuple[Copy, ...] = attrs.field(default=(), converter=_copies)
    removed: bool = False  # absent from the latest snapshot that was merged in

    @property
    def has_text(self) -> bool:
        """False for a marker the page left empty (a video or embed the copy lost)."""
        return bool(self.text.strip() or (self.title or "").strip())

    @property
    def seen_in(self) -> tuple[str, ...]:
        """The snapshots that held this entry, oldest first."""
        return tuple(dict.fromkeys(c.snapshot for c in self.copies))

    @property
    def revisions(self) -> tuple[str, ...]:
        """Every distinct text this entry had (title and text), oldest first; the last is current."""
        own = [c for c in self.copies if c.kind is not EntryKind.SUMMARY or self.kind is EntryKind.SUMMARY]
        seen = dict.fromkeys(_full_text(c.title, c.text) for c in own)
        seen.pop(_full_text(self.title, self.text), None)
        return (*seen, _full_text(self.title, self.text))

    @property
    def repeat_markers(self) -> tuple[str, ...]:
        """Markers of re-posts folded into this entry (copies stamped at another time)."""
        return tuple(
            dict.fromkeys(
                c.marker
                for c in self.copies
                if c.marker is not None
                and c.when is not None
                and self.when is not None
                and c.when.start != self.when.start
            )
        )


def _full_text(title: str | None, text: str) -> str:
    return f"{title}\n\n{text}" if title else text


@attrs.frozen
class Event:
    """One dated happening: a live post itself, or a date said inside one."""

    id: str
    kind: EventKind
    when: When
    text: str
    entry_id: str
    expression: str  # the words that gave the date ("مساء الخميس", or the marker)
    span: Span  # where ``expression`` stands in the document text
    rule: str  # the rule that resolved ``expression``
    sources: tuple[str, ...] = ()  # ids of every entry that reported this happening


@attrs.frozen(init=False, weakref_slot=False)
class Ignored:
    """Text the library set aside, kept with the reason so nothing is silently lost.

    Made as ``Ignored(text, span, reason)``. The span is kept as its two offsets, ``start`` and
    ``end``, not as a :class:`Span` object: a page holds one record per set-aside line (100,000
    for a megabyte of "Show more" lines, 40,000 for a big JSON-LD page's visible copies), and a
    span object each was 56 bytes more per record. :attr:`span` gives it back as a span.
    ``attrs.evolve`` works on the fields ``text``, ``start``, ``end`` and ``reason``.

    >>> ig = Ignored("Share", Span(10, 16), "page chrome (button, label or navigation)")
    >>> ig.span, (ig.start, ig.end), ig == Ignored("Share", start=10, end=16, reason=ig.reason)
    (Span(start=10, end=16), (10, 16), True)
    """

    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    reason: str

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __init__(
        self,
        text: str,
        span: Span | None = None,
        reason: str | None = None,
        *,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        if span is not None:
            if start is not None or end is not None:
                raise TypeError("Ignored takes a span or its start and end, not both")
            start, end = span.start, span.end
        if start is None or end is None or reason is None:
            raise TypeError("Ignored needs text, a span (or start and end) and a reason")
        self.__attrs_init__(text, start, end, reason)

    @property
    def span(self) -> Span:
        """The record's offsets as a span (a new value on each call)."""
        return Span(self.start, self.end)


def _entries(items: Iterable[Entry]) -> tuple[Entry, ...]:
    return tuple(items)


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _ignored(items: Iterable[Ignored]) -> tuple[Ignored, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen
class Timeline:
    """The result: entries and dated events of one page, in time order."""

    reference: datetime = attrs.field(validator=_aware)
    tz: str
    lang: str
    entries: tuple[Entry, ...] = attrs.field(converter=_entries)
    events: tuple[Event, ...] = attrs.field(converter=_events)
    ignored: tuple[Ignored, ...] = attrs.field(default=(), converter=_ignored)
    title: str | None = None
    source: str | None = None
    reference_source: str = "user"
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    def entry(self, entry_id: str) -> Entry:
        """The entry with id ``entry_id``; ``KeyError`` if there is none."""
        for e in self.entries:
            if e.id == entry_id:
                return e
        raise KeyError(entry_id)

    def events_of(self, entry_id: str) -> Sequence[Event]:
        """The events that came from entry ``entry_id``, in time order."""
        return [ev for ev in self.events if ev.entry_id == entry_id]

    def to_json(self) -> str:
        """This timeline as JSON (schema ``urn:liveblog:schema:timeline:1``, see docs/exports.md)."""
        from liveblog._json import timeline_to_json  # lazily: keep the model import light

        return timeline_to_json(self)

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """The timeline that :meth:`to_json` wrote; :class:`~liveblog.errors.ParseError` if malformed."""
        from liveblog._json import timeline_from_json  # lazily: keep the model import light

        return timeline_from_json(text)
