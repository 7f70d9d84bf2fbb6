"""Stage 4, assemble: entries + the dates said inside them → a :class:`Timeline`.

Repeats are folded first (:func:`liveblog.assemble.dedup.dedupe`: a pinned copy, a
key-events item, a re-post become one entry that keeps them as copies). Each
entry with a time becomes an ``entry`` event; every date expression
found in an entry's own lines becomes a ``mention`` event, resolved against
that entry's time (the page reference for the lead and for entries without a
time), so "about two hours ago" in a 03:18 post means about 01:18. A mention's
text is the sentence that holds it, and the same happening reported by several
entries is one event with several ``sources``. Events are ordered by time; ids are
hashes of what the page says, so they are stable across re-reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from hashlib import blake2b
from itertools import accumulate, pairwise

from liveblog._text import pagewords as words
from liveblog._text.langid import reading_languages
from liveblog.assemble._mentions import _dedupe_folded
from liveblog.assemble.dedup import dedupe, snapshot_label
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Ignored, Span, Timeline
from liveblog.resolve import find_times
from liveblog.segment import Line, LineKind, Segmented

__all__ = ["assemble", "entry_event", "event_order", "sentence_around", "sort_events"]

MAX_SENTENCE = 1000
"""Longest mention text: a longer sentence is cut to the words around the date, marked with "…"."""
# The gaps between sentences: spaces after an end mark, or after an end mark and a closing quote. They
# are found from the mark or quote before them (seg11: a pattern that starts with a class is searched
# for that class alone, where one that starts with a look-behind is tried at every character); a
# quote counts when an end mark stands before it.
_SENTENCE_END = re.compile(r"[.!?؟…\"»”]\s+")
_ENDS = ".!?؟…"
_QUOTE_AFTER = ".!?؟"  # the marks a closing quote may follow ("…" before a quote ends no sentence)


def sentence_around(line: str, span: Span) -> str:
    """The sentence of ``line`` that holds ``span`` (the whole line if it has one sentence).

    >>> sentence_around("One. At dawn on Friday they left. Three.", Span(8, 22))
    'At dawn on Friday they left.'
    """
    return _Sentences(line).around(span)


class _Sentences:
    """Sentence boundaries of one line, found once: each mention then costs a bisection, not a scan."""

    def __init__(self, line: str) -> None:
        self.line = line
        gaps = [
            (at + 1, m.end())
            for m in _SENTENCE_END.finditer(line)
            if line[at := m.start()] in _ENDS or (at and line[at - 1] in _QUOTE_AFTER)
        ]
        self.starts = [a for a, _b in gaps]  # where each gap between sentences starts
        self.ends = [b for _a, b in gaps]  # and where it ends (both ascending: gaps do not overlap)

    def around(self, span: Span) -> str:
        return self.between(span.start, span.end)

    def between(self, first: int, last: int) -> str:
        """:meth:`around` the span ``[first, last)`` (seg11: no span object made for it)."""
        k = bisect_right(self.ends, first)
        start = self.ends[k - 1] if k else 0
        j = bisect_left(self.starts, last)
        end = self.starts[j] if j < len(self.starts) else len(self.line)
        if end - start <= MAX_SENTENCE:
            return self.line[start:end].strip()
        # A "sentence" this long is a run-on page (or a hostile one): keep the words around the mention.
        lo, hi = max(start, first - MAX_SENTENCE // 2), min(end, last + MAX_SENTENCE // 2)
        space = self.line.find(" ", lo, first) if lo > start else -1
        lo = space + 1 if space >= 0 else lo
        cut = self.line.rfind(" ", last, hi) if hi < end else -1
        hi = cut if cut > 0 else hi
        return f"{'…' if lo > start else ''}{self.line[lo:hi].strip()}{'…' if hi < end else ''}"


def event_order(event: Event) -> tuple[datetime, datetime, int, str]:
    """Sort key of events: start, then end (finer first), entries before mentions, then id."""
    return (event.when.start, event.when.end, 0 if event.kind is EventKind.ENTRY else 1, event.id)


def sort_events(events: list[Event]) -> None:
    """Sort ``events`` in place by :func:`event_order`, with no key tuple made per event.

    One stable sort per part of the key, the last part first, orders them as one sort on the
    whole key would; each key is an object the event holds already (a page's 20,000 entry events
    made 20,000 tuples at the peak of its assembly).

    >>> from datetime import timezone
    >>> from liveblog.model import When
    >>> at = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=timezone.utc))
    >>> def ev(i, kind): return Event(i, kind, at, "", "e", "", Span(0, 0), "marker")
    >>> events = [ev("b", EventKind.MENTION), ev("c", EventKind.ENTRY), ev("a", EventKind.MENTION)]
    >>> sort_events(events); [e.id for e in events] == [e.id for e in sorted(events, key=event_order)]
    True
    >>> [e.id for e in events]
    ['c', 'a', 'b']
    """
    events.sort(key=lambda e: e.id)
    events.sort(key=lambda e: e.kind is not EventKind.ENTRY)
    events.sort(key=lambda e: e.when.end)
    events.sort(key=lambda e: e.when.start)


def _event_id(*parts: str) -> str:
    return "v" + blake2b("|".join(parts).encode(), digest_size=6).hexdigest()


def _entry_lines(entry: Entry, lines: Sequence[Line], starts: Sequence[int]) -> Iterator[Line]:
    """The entry's own content lines: inside its span, not its marker, not set aside.

    ``starts`` are the lines' start offsets (ascending), so each entry looks only at its own lines.
    """
    for i in range(bisect_left(starts, entry.span.start), bisect_left(starts, entry.span.end)):
        if lines[i].kind is LineKind.CONTENT:
            yield lines[i]


def entry_event(entry: Entry) -> Event | None:
    """The event of an entry itself (None for an entry without a time)."""
    if entry.when is None:
        return None
    summary = entry.title or entry.text.split("\n", 1)[0]
    if entry.kind is EntryKind.LEAD:
        expression, rule, span = "", "page-date", Span(entry.span.start, entry.span.start)
    else:
        expression, rule = entry.marker or "", "marker"
        span = Span(entry.span.start, entry.span.start + len(expression))
    return Event(
        _event_id(entry.id, "entry"),
        EventKind.ENTRY,
        entry.when,
        summary,
        entry.id,
        expression,
        span,
        rule,
        (entry.id,),
    )


def _entry_mentions(
    entry: Entry, lines: Sequence[Line], starts: Sequence[int], reference: datetime, lang: str
) -> Iterator[tuple[Event, str]]:
    """The mentions of ``entry``'s own lines, each with its expression folded (as its id holds it)."""
    anchor = reference
    if (
        entry.kind is not EntryKind.LEAD
        and entry.when is not None
        and entry.when.grain.rank <= Grain.HOUR.rank
    ):
        anchor = entry.when.start
    own = list(_entry_lines(entry, lines, starts))
    if not own:
        return
    # One resolver call per entry, its lines joined by newlines (no rule reads across a line
    # break), instead of one call per line: the per-call set-up dominated on long pages.
    offsets = list(accumulate((len(ln.text) + 1 for ln in own[:-1]), initial=0))
    sentences: dict[int, _Sentences] = {}
    seen: dict[str, int] = {}
    found = [
        (f, bisect_right(offsets, f.span.start) - 1, f"{words.fold(f.text)}|{f.when.timex}")
        for f in find_times("\n".join(ln.text for ln in own), anchor, languages=reading_languages(lang))
        if not f.when.is_ref  # find_times gives none unless asked; a vague "now" is no event in any case
    ]
    # lead10: a headline that says the date its text says again, in the same words ("Talks set for
    # Monday" / "… will take place on Monday"), is one mention: the text's, with its fuller sentence
    title = 0 if entry.title and own[0].text.strip() == entry.title.strip() else None
    said = {key for _f, i, key in found if i != title} if title is not None else set()
    for f, i, key in found:
        if i == title and key in said:
            continue
        ln, off = own[i], offsets[i]
        if i not in sentences:
            sentences[i] = _Sentences(ln.text)
        folded = key.rpartition("|")[0]
        seen[key] = seen.get(key, 0) + 1
        # the span in the line (for its sentence) and in the page, with no span made in between
        first, last = f.span.start - off, f.span.end - off
        event = Event(
            _event_id(entry.id, key, str(seen[key])),
            EventKind.MENTION,
            f.when,
            sentences[i].between(first, last),
            entry.id,
            f.text,
            Span(first + ln.start, last + ln.start),
            f.rule,
            (entry.id,),
        )
        yield event, folded


def _ignored_key(ig: Ignored) -> tuple[int, int, str, str]:
    return ig.start, ig.end, ig.text, ig.reason


def _merged_ignored(*parts: Iterable[Ignored]) -> list[Ignored]:
    """Every distinct set-aside record, ordered by span, text and reason.

    The segmenter's records come already in that order: they are checked pair by pair and sorted
    only when they are not, and duplicates (equal records, so neighbours in that order) dropped,
    without a set and a sort key for each of a page's 100,000 "Show more" lines.
    """
    items = [ig for part in parts for ig in part]
    if any(_ignored_key(a) > _ignored_key(b) for a, b in pairwise(items)):
        items.sort(key=_ignored_key)
    elif all(a != b for a, b in pairwise(items)):
        return items  # in order and no duplicates: the common case, no second list
    kept: list[Ignored] = []
    for ig in items:
        if not kept or kept[-1] != ig:
            kept.append(ig)
    return kept


def assemble(
    segmented: Segmented,
    *,
    reference: datetime,
    tz: str,
    lang: str,
    source: str | None = None,
    reference_source: str = "user",
    notes: Sequence[str] = (),
    ignored: Sequence[Ignored] = (),
    snapshot: str | None = None,
) -> Timeline:
    """Build the :class:`Timeline` of one segmented page.

    ``snapshot`` names this copy of the page in its entries' copies (default:
    the source and the reference time, see :func:`liveblog.assemble.dedup.snapshot_label`).
    """
    label = snapshot or snapshot_label(source, reference)
    entries = dedupe(segmented.entries, snapshot=label, seen=reference)
    lines, title = segmented.lines, segmented.title
    set_aside, page_notes = segmented.ignored, segmented.notes
    # The raw entries live on as the copies of ``entries``: when the caller kept no name to the
    # segmented page (as :func:`liveblog.parse` does), its entry objects are freed here.
    del segmented
    starts = [ln.start for ln in lines]
    # The mentions stream into their deduplication: no list of every raw mention beside its result.
    mentions = (m for entry in entries for m in _entry_mentions(entry, lines, starts, reference, lang))
    said = _dedupe_folded(mentions, {})
    # The page's lines are read: they go before the entries' own events are made (a JSON-LD
    # page's 20,000 content lines and 20,000 entry events were alive together at its peak).
    del mentions, lines, starts
    events = [own for own in map(entry_event, entries) if own is not None]
    events.extend(said)
    sort_events(events)
    return Timeline(
        reference=reference,
        tz=tz,
        lang=lang,
        entries=entries,
        events=events,
        ignored=_merged_ignored(set_aside, ignored),
        title=title,
        source=source,
        reference_source=reference_source,
        notes=sorted({*notes, *page_notes}),  # one canonical order, so merging changes nothing
    )
