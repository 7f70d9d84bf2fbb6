"""Stage 2, segment: a :class:`Document` → entries, and the text set aside.

Plain page text is split on *marker lines*: every line that starts with a time
is a candidate (:mod:`liveblog.segment._markers`; a title or byline may follow
the time on its line), and the page's feed is chosen among the candidates at
page level — labels of one post folded, datelines, key-events items and pinned
copies set apart, the order checked (:mod:`liveblog.segment._feed`). What comes
before the first marker is the page's lead (the article body), minus its title
and page furniture. Every line of the document ends in exactly one entry or in
``ignored`` with a reason.

Dates of bare clocks come from the page's order: the segmenter detects
newest-first or oldest-first from the clock sequence and walks it from the
reference time, stepping a day back (or forward) where the clocks wrap past
midnight, and resetting at day headers ("Thursday 28 November").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from hashlib import blake2b
from itertools import pairwise

import attrs

from liveblog._text import pagewords as words
from liveblog.errors import LimitError
from liveblog.model import Block, Document, Entry, EntryKind, Ignored, Span, When
from liveblog.segment._dating import FUTURE_GRACE, date_markers, marker_zone
from liveblog.segment._feed import Feed, choose_feed, merge_labels
from liveblog.segment._lines import REASONS, Line, LineKind, classified_lines, split_lines
from liveblog.segment._markers import Marker, leading_marker, parse_marker
from liveblog.segment._preamble import headline_like, paragraphs, split_preamble

__all__ = ["DEFAULT_MAX_ENTRIES", "FUTURE_GRACE", "Line", "LineKind", "Segmented", "segment", "split_lines"]

DEFAULT_MAX_ENTRIES = 50_000
"""Most entries (markers or blocks) a page may have by default; a week-long blog has thousands."""


_MAX_TITLE_WORDS = 24
_MIN_TEXT_FEED = 2  # clock candidates outside teaser blocks that make a feed of their own
_MAX_INLINE_TITLE_WORDS = 14  # a heading glued to its text is short; a long unpunctuated line is prose


@attrs.frozen
class Segmented:
    """What :func:`segment` hands to assembly."""

    entries: tuple[Entry, ...]
    ignored: tuple[Ignored, ...]
    title: str | None
    order: str  # "newest_first", "oldest_first" or "unknown"
    # The content lines, in page order: assembly reads mentions in them. Set-aside lines are in
    # ``ignored`` and not kept twice (a page of 100,000 "Show more" lines would hold both).
    lines: tuple[Line, ...]
    notes: tuple[str, ...] = ()


# --- dating markers ----------------------------------------------------------------------------


def _join(paras: Sequence[Sequence[Line]]) -> str:
    return "\n\n".join("\n".join(ln.stripped for ln in p) for p in paras)


def _post(
    kind: EntryKind,
    marker_line: Line | None,
    body: Sequence[Line],
    when: When | None,
    ids: _Ids,
    *,
    known_title: str | None = None,
    url: str | None = None,
) -> Entry:
    """An entry from its marker line and the lines under it.

    The title is the structure's headline when the page gave one, else a
    first paragraph that is a single headline-like line with more text after.
    """
    paras = paragraphs(body)
    title: str | None = None
    title_line: Line | None = None
    inline = _inline_rest(marker_line)
    # A byline beside the clock ("21:00 Jane Smith") leaves the headline to the next line.
    if inline is not None and known_title is None and (not inline[2] or not paras):
        title = inline[0]  # "12.31 Uhr: Titel des Eintrags", «٠٧:٢٥ الجيش يعلن …»
    elif known_title is not None:
        title = known_title
        title_line = next((ln for p in paras for ln in p if ln.stripped == known_title), None)
        paras = [[ln for ln in p if ln is not title_line] for p in paras]
        paras = [p for p in paras if p]
    elif len(paras) >= 2 and len(paras[0]) == 1 and headline_like(paras[0][0].stripped, min_words=1):
        # A heading alone in its paragraph above the text; one word will do ("Summary", "Analysis").
        title, title_line = paras[0][0].stripped, paras[0][0]
        paras = paras[1:]
    elif (
        paras
        and (len(paras[0]) >= 2 or len(paras) == 1)
        and headline_like(paras[0][0].stripped, _MAX_INLINE_TITLE_WORDS)
    ):
        # Copies from browsers often lose the blank line between a post's heading and its text;
        # a lone short heading with nothing under it is a video or embed post's title.
        title, title_line = paras[0][0].stripped, paras[0][0]
        paras = [paras[0][1:], *paras[1:]]
    # The paragraphs' lines are in page order and do not overlap: the first starts first and the last
    # ends last (seg11: not a pair made for every line of a long post).
    first = next((p[0] for p in paras if p), None)
    last = next((p[-1] for p in reversed(paras) if p), None)
    spans = [(first.start, last.end)] if first is not None and last is not None else []
    if title_line is not None:
        spans.append((title_line.start, title_line.end))
    if marker_line is not None:
        spans.append((marker_line.start, marker_line.end))
    start = min((lo for lo, _hi in spans), default=body[0].start if body else 0)
    end = max((hi for _lo, hi in spans), default=start)
    text = _join(paras)
    marker = None
    if marker_line is not None:
        marker = marker_line.marker.raw if marker_line.marker else marker_line.stripped
    ident = ids.take(kind, when, title or text, url=url)
    return Entry(ident, kind, marker, when, title, text, Span(start, end), url)


def _inline_rest(marker_line: Line | None) -> tuple[str, Span, bool] | None:
    """The title or byline beside a marker on its line, its span, and whether it is a byline."""
    if marker_line is None or marker_line.marker is None or marker_line.marker.rest_at is None:
        return None
    at = marker_line.marker.rest_at
    rest = marker_line.text[at:].rstrip()
    span = Span(marker_line.start + at, marker_line.start + at + len(rest))
    return rest, span, _names_a_person(rest)


def _names_a_person(text: str) -> bool:
    """ "Jane Smith", "Sam Lee", "Jan de Vries", "Łukasz Nowak", "Redactie": a byline, nothing else.

    Two or three capitalised words in a script with capitals, with the name
    particles of ``lang/<code>/page.toml`` between them ("de", "van", "von"),
    or the desk signing as a whole (``staff``).

    >>> _names_a_person("Jan de Vries"), _names_a_person("José Pérez"), _names_a_person("Redactie")
    (True, True, True)
    >>> _names_a_person("Storm hits coast"), _names_a_person("de Vries")
    (False, False)
    """
    parts = text.split()
    if len(parts) == 1:
        return words.fold(text) in words.STAFF_BYLINES
    names = [w for w in parts[1:-1] if w not in words.NAME_PARTICLES]
    names = [parts[0], *names, parts[-1]]
    return (
        2 <= len(names) <= 3
        and len(parts) <= 5
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in names)
    )


def _opening_words(text: str, n: int) -> str:
    """The first ``n`` folded words of ``text``, folding only as much of it as that needs.

    Folding works word by word, so folding a prefix of whole words gives a prefix
    of the folded words; a long post is never folded whole just for its id.
    """
    raw = text.split(maxsplit=2 * n)
    got = words.fold(" ".join(raw[: 2 * n])).split()
    if len(got) < n and len(raw) > 2 * n:  # mostly punctuation: fold the whole text after all
        got = words.fold(text).split()
    return " ".join(got[:n])


class _Ids:
    """Stable entry ids: a hash of the kind, the time and the normalised opening words.

    A block the page gives an ``#anchor`` is keyed on the anchor instead of its
    words, so fixing a typo in a post's first words keeps its id even when
    snapshots are read one by one (``liveblog.assemble.merge`` keeps ids through edits
    for pages without anchors).
    """

    def __init__(self, source_key: str) -> None:
        self._source = source_key
        self._seen: dict[str, int] = {}

    def take(self, kind: EntryKind, when: When | None, text: str, *, url: str | None = None) -> str:
        anchor = url.partition("#")[2] if url else ""
        opening = f"#{anchor}" if anchor else _opening_words(text, 8)
        key = f"{self._source}|{kind.value}|{when.timex if when else '-'}|{opening}"
        base = "e" + blake2b(key.encode(), digest_size=6).hexdigest()
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        return base if n == 1 else f"{base}-{n}"


def _last_run_start(lines: Sequence[Line], end: int) -> int:
    """Where the last run of content lines before line ``end`` starts (after a blank or set-aside line)."""
    i = end
    while i > 0 and lines[i - 1].kind is LineKind.CONTENT:
        i -= 1
    return i


def _lead(lines: Sequence[Line], reference: datetime, ids: _Ids) -> Entry | None:
    paras = paragraphs(lines)
    if not paras:
        return None
    when = When.on_day(reference)
    text = _join(paras)
    span = Span(paras[0][0].start, paras[-1][-1].end)
    return Entry(ids.take(EntryKind.LEAD, when, text), EntryKind.LEAD, None, when, None, text, span)


def _union(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """Disjoint, sorted ``[start, end)`` stretches covering the same offsets as ``spans``."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted((sp.start, sp.end) for sp in spans if sp.end > sp.start):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _lead_parts(lead: Sequence[Line], summary_heading: Line | None) -> list[Sequence[Line]]:
    """The lead, or its parts above and below a key-points list that sits inside it.

    One entry has one span, so a lead with text on both sides of the list is two
    lead entries; otherwise the list would lie inside the lead's span twice over.
    """
    if summary_heading is None:
        return [lead]
    above = [ln for ln in lead if ln.index < summary_heading.index]
    below = [ln for ln in lead if ln.index > summary_heading.index]
    return [above, below] if paragraphs(above) and paragraphs(below) else [lead]


class _BlockLines:
    """Re-classifies the lines of a structured document, one at a time, by the blocks they are in.

    A line that starts a block is its label (a marker); a line outside every block is set aside
    (``OUTSIDE`` when it was content, a marker or a day header); a marker or day header inside a
    block is a label of it. ``first_of`` maps each label line's index to the block it starts.
    """

    def __init__(self, blocks: Sequence[Block], markers: dict[Marker, Marker]) -> None:
        self.starts = {b.span.start: b for b in blocks if b.kind is not EntryKind.LEAD}
        self.inside = _union(b.span for b in blocks)
        self.lows = [lo for lo, _hi in self.inside]
        self.markers = markers
        self.first_of: dict[int, Block] = {}

    def outside(self, ln: Line) -> bool:
        """Whether ``ln`` starts outside every block."""
        k = bisect_right(self.lows, ln.start) - 1  # the last covered stretch starting at or before the line
        return k < 0 or ln.start >= self.inside[k][1]

    def __call__(self, ln: Line) -> Line:
        block = self.starts.get(ln.start)
        if block is not None:
            marker = parse_marker(ln.text)
            if marker is not None:
                marker = self.markers.setdefault(marker, marker)
            self.first_of[ln.index] = block
            return attrs.evolve(ln, kind=LineKind.MARKER, marker=marker)
        if self.outside(ln):
            if ln.kind in (LineKind.CONTENT, LineKind.MARKER, LineKind.DAY_HEADER):
                return attrs.evolve(ln, kind=LineKind.OUTSIDE)
        elif ln.kind in (LineKind.MARKER, LineKind.DAY_HEADER):
            return attrs.evolve(ln, kind=LineKind.LABEL)
        return ln


def _block_lines(
    lines: list[Line], blocks: Sequence[Block], markers: dict[Marker, Marker]
) -> dict[int, Block]:
    """Re-classify lines of a structured document; return the block each label line starts."""
    relabel = _BlockLines(blocks, markers)
    for i, ln in enumerate(lines):
        lines[i] = relabel(ln)
    return relabel.first_of


def _inside_lines(
    doc: Document, reference: datetime, lang: str, markers: dict[Marker, Marker]
) -> tuple[list[Line], list[Ignored], dict[int, Block]]:
    """The lines inside the blocks of ``doc``, the records of those outside, and the block labels.

    As :func:`_block_lines` over every line, but a line outside the blocks is made its record (or
    dropped, a blank) as it is read: a JSON-LD page's visible copies of its posts (two of every
    three lines of such a page) are never held as lines beside the blocks' own.
    """
    assert doc.blocks is not None
    relabel = _BlockLines(doc.blocks, markers)
    kept: list[Line] = []
    aside: list[Ignored] = []
    for read in classified_lines(doc.text, reference, lang, markers):
        ln = relabel(read)
        if not relabel.outside(ln) or ln.start in relabel.starts:
            kept.append(ln)
            continue
        reason = REASONS.get(ln.kind)
        if reason is not None:
            aside.append(Ignored(ln.stripped, start=ln.start, end=ln.end, reason=reason))
    return kept, aside, relabel.first_of


def _label_disagreement(block: Block, page_zone: tzinfo) -> str | None:
    """A note when a block's visible label and its machine time name different clocks."""
    marker = parse_marker(block.marker) if block.marker else None
    if block.published is None or marker is None or marker.hour is None or marker.minute is None:
        return None
    shown = block.published.astimezone(marker_zone(marker, page_zone))
    if (shown.hour, shown.minute) == (marker.hour, marker.minute):
        return None
    where = f" {block.url}" if block.url else ""
    return (
        f"block{where}: its label {block.marker!r} disagrees with its machine time "
        f"{block.published.isoformat()!r} ({shown:%H:%M} in the label's zone); the machine time wins"
    )


def _segment_blocks(
    doc: Document,
    lines: list[Line],
    first_of: dict[int, Block],
    reference: datetime,
    page_zone: tzinfo,
    ids: _Ids,
) -> tuple[list[Entry], str, list[str]]:
    assert doc.blocks is not None
    line_starts = [ln.start for ln in lines]
    entries: list[Entry] = []
    notes: list[str] = []
    for block in doc.blocks:
        note = _label_disagreement(block, page_zone)
        if note is not None and note not in notes:
            notes.append(note)
        own = lines[bisect_left(line_starts, block.span.start) : bisect_left(line_starts, block.span.end)]
        if block.kind is EntryKind.LEAD:
            lead = _lead(own, reference, ids)
            entries.extend([lead] if lead else [])
            continue
        marker_line = next((ln for ln in own if ln.index in first_of), None)
        when = None
        if block.published is not None:
            local = block.published.astimezone(page_zone)
            when = When.at_minute(local)
        body = [ln for ln in own if ln is not marker_line]
        entry = _post(block.kind, marker_line, body, when, ids, known_title=block.title, url=block.url)
        if block.marker is None and when is not None:  # no visible label: show the time as the page would
            entry = attrs.evolve(entry, marker=when.start.strftime("%H:%M"))
        entries.append(entry)
    posts = [e.when.start for e in entries if e.kind is EntryKind.POST and e.when is not None]
    steps = [b > a for a, b in pairwise(posts) if a != b]
    order = "unknown" if not steps else "oldest_first" if sum(steps) > len(steps) / 2 else "newest_first"
    return entries, order, notes


def _date_feed(
    markers: Sequence[Line],
    feed: Feed,
    header_of: dict[int, date],
    reference: datetime,
    page_zone: tzinfo,
    lang: str,
) -> tuple[dict[int, When | None], str]:
    """Date the feed by its order; copies take the time of the entry they repeat.

    Copies with no entry on the page (a key-events item whose post is on an
    older page) are each dated alone from the reference.
    """
    own = [m for m in markers if m.index not in feed.copies]
    whens, order = date_markers(own, header_of, reference, page_zone, lang)
    for m in markers:
        if m.index in feed.copies and m.index not in feed.twins:  # each on its own: copies are no sequence
            whens.update(date_markers([m], header_of, reference, page_zone, lang)[0])
    for copy, twin in feed.twins.items():
        whens[copy] = whens.get(twin)
    return whens, order


def _stray_relatives(
    markers: Sequence[Line], feed: Feed, whens: dict[int, When | None], order: str
) -> list[int]:
    """Relative stamps below older clocks of a newest-first feed: teasers ("Vor einer Stunde …").

    A feed's relative stamps stand on its newest posts, at the top; one that
    would be newer than a clock above it breaks the page's order.
    """
    if order != "newest_first":
        return []
    stray: list[int] = []
    oldest_above: datetime | None = None
    for m in markers:
        when = whens.get(m.index)
        if m.index in feed.copies or when is None or m.marker is None:
            continue
        if m.marker.hour is None and oldest_above is not None and when.start > oldest_above:
            stray.append(m.index)
            continue
        oldest_above = when.start if oldest_above is None else min(oldest_above, when.start)
    return stray


def _labelled_by_dates(doc: Document) -> list[Block] | None:
    """The posts of ``doc`` when every one has a visible label and none is a clock; else None.

    Only such blocks may be a dateline and teasers (:func:`_teaser_blocks`); that needs the page's
    lines to decide, the other blocks do not.
    """
    if doc.blocks is None:
        return None
    posts = [b for b in doc.blocks if b.kind is not EntryKind.LEAD]
    if not posts or any(b.marker is None for b in posts):
        return None  # structured data (JSON-LD) gives no visible labels: trust it
    for b in posts:
        m = leading_marker(b.marker or "")
        if m is not None and m.hour is not None and m.date_text is None and m.relative is None:
            return None  # a block labelled with a clock is a post
    return posts


def _teaser_blocks(doc: Document, lines: Sequence[Line]) -> list[Block] | None:
    """The page's timed blocks when they are a dateline and teasers rather than its posts.

    A German broadcaster's page puts ``<time>`` on its dateline ("02.06.2024 13:05
    Uhr"), a radio teaser ("12.03.2024 um 07:00 Uhr") and side teasers ("Vor einer
    Stunde") while its posts are ``<h2>12.31 Uhr: Titel</h2>`` with no ``<time>``.
    Blocks whose labels are all dates or relative times, none a clock, while the
    text outside them holds a feed of clock candidates, are not the feed.
    """
    posts = _labelled_by_dates(doc)
    if posts is None or doc.blocks is None:
        return None
    inside = _union(b.span for b in doc.blocks)
    outside_clocks = sum(
        1
        for ln in lines
        if ln.kind is LineKind.MARKER
        and ln.marker is not None
        and ln.marker.hour is not None
        and not any(lo <= ln.start < hi for lo, hi in inside)
    )
    return posts if outside_clocks >= _MIN_TEXT_FEED else None


def _content(lines: Iterable[Line]) -> tuple[Line, ...]:
    return tuple(ln for ln in lines if ln.kind is LineKind.CONTENT)


def _set_aside(lines: list[Line], skip: Line | None, extra: Iterable[Ignored]) -> tuple[Ignored, ...]:
    """The set-aside records of ``lines`` (but ``skip``) and ``extra``, by start; ``lines`` is emptied.

    Each line is dropped as its record is made, so a page of 100,000 "Show more" lines does not
    hold every line and every record at once (about 12 MB of lines for 1 MB of them). The order is
    that of one stable sort of the lines' records, in page order, followed by ``extra``.
    """
    found: list[Ignored] = []
    while lines:
        ln = lines.pop()
        reason = REASONS.get(ln.kind) if ln is not skip else None  # as ignored_lines, one line at a time
        if reason is not None:
            found.append(Ignored(ln.stripped, start=ln.start, end=ln.end, reason=reason))
    found.reverse()
    found.extend(extra)
    found.sort(key=lambda ig: ig.start)
    return tuple(found)


def _check_entries(count: int, max_entries: int, doc: Document) -> None:
    if count > max_entries:
        name = repr(doc.source) if doc.source else "the page"
        raise LimitError(f"{name} has {count:,} entries, over the limit of {max_entries:,}")


def segment(
    doc: Document,
    *,
    reference: datetime,
    page_zone: tzinfo,
    lang: str,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    _lines: list[Line] | None = None,
) -> Segmented:
    """Split ``doc`` into entries; see the module docstring for the rules."""
    if doc.blocks is not None:
        _check_entries(len(doc.blocks), max_entries, doc)
    ids = _Ids(doc.source if doc.source and "://" in doc.source else "")
    shared: dict[Marker, Marker] = {}  # equal markers of the page share one value
    if doc.blocks is not None and _lines is None and _labelled_by_dates(doc) is None:
        # Blocks that are the page's posts: the lines outside them are set aside as they are read.
        inside, aside, first_of = _inside_lines(doc, reference, lang, shared)
        entries, order, notes = _segment_blocks(doc, inside, first_of, reference, page_zone, ids)
        content = _content(inside)
        ignored = _set_aside(inside, None, aside)
        return Segmented(tuple(entries), ignored, doc.title, order, content, tuple(notes))
    lines = _lines if _lines is not None else list(classified_lines(doc.text, reference, lang, shared))
    teasers = _teaser_blocks(doc, lines)
    if teasers is not None:
        for i, ln in enumerate(lines):
            if any(b.span.start <= ln.start < b.span.end for b in teasers) and ln.kind is not LineKind.BLANK:
                lines[i] = attrs.evolve(ln, kind=LineKind.FURNITURE)
        seg = segment(
            attrs.evolve(doc, blocks=None),
            reference=reference,
            page_zone=page_zone,
            lang=lang,
            max_entries=max_entries,
            _lines=lines,
        )
        labels = ", ".join(repr(b.marker) for b in teasers)
        note = (
            f"the page's timed elements ({labels}) are a dateline and teasers, not its posts: "
            "the posts were read from the visible text"
        )
        return attrs.evolve(seg, notes=(note, *seg.notes))
    if doc.blocks is not None:
        first_of = _block_lines(lines, doc.blocks, shared)
        entries, order, notes = _segment_blocks(doc, lines, first_of, reference, page_zone, ids)
        content = _content(lines)
        return Segmented(tuple(entries), _set_aside(lines, None, []), doc.title, order, content, tuple(notes))
    merge_labels(lines)
    markers = [ln for ln in lines if ln.kind is LineKind.MARKER]
    _check_entries(len(markers), max_entries, doc)
    feed = choose_feed(lines, _clock_now(reference, page_zone))
    for i in feed.furniture:
        lines[i] = attrs.evolve(lines[i], kind=LineKind.FURNITURE)
    markers = [ln for ln in markers if ln.index not in feed.furniture]
    if not feed.consistent:
        # No order explains the clocks: keep every line, as one lead entry, and say why.
        lines = [
            attrs.evolve(ln, kind=LineKind.CONTENT, marker=None) if ln.kind is LineKind.MARKER else ln
            for ln in lines
        ]
        seg = _segment_text(doc, lines, [], reference, page_zone, lang, ids, Feed({}, {}, None))
        return attrs.evolve(seg, notes=(feed.reason, *seg.notes[1:]))
    return _segment_text(doc, lines, markers, reference, page_zone, lang, ids, feed)


def _clock_now(reference: datetime, page_zone: tzinfo) -> tuple[int, int]:
    """The reference's clock on the page, grace included (23:59 when the grace crosses midnight)."""
    local = reference.astimezone(page_zone)
    bound = (reference + FUTURE_GRACE).astimezone(page_zone)
    return (bound.hour, bound.minute) if bound.date() == local.date() else (23, 59)


def _segment_text(
    doc: Document,
    lines: list[Line],
    markers: list[Line],
    reference: datetime,
    page_zone: tzinfo,
    lang: str,
    ids: _Ids,
    feed: Feed,
) -> Segmented:
    notes: list[str] = []
    header_of: dict[int, date] = {}
    current_header: date | None = None
    for ln in lines:
        if ln.kind is LineKind.DAY_HEADER:
            current_header = ln.day
        elif ln.kind is LineKind.MARKER and current_header is not None:
            header_of[ln.index] = current_header
    # Bylines ("by NAME on Feb 28, 2013 at 3:34 PM") stamp the post *above* them.
    trailing = bool(markers) and all(m.marker is not None and m.marker.shape == "byline" for m in markers)
    first = markers[0].index if markers else len(lines)
    if trailing:
        first = _last_run_start(lines, first)
    pre = split_preamble(lines[:first], doc.title)
    title = pre.title
    extra_ignored = [
        Ignored(ln.stripped, ln.span, "page header above the title (logo, navigation)") for ln in pre.header
    ]
    if pre.title_line is not None:
        extra_ignored.append(
            Ignored(pre.title_line.stripped, pre.title_line.span, "page title (the timeline's title)")
        )
    leads = (
        _lead(part, reference, ids)
        for part in _lead_parts(pre.lead, pre.summary_heading if pre.summary else None)
    )
    entries: list[Entry] = [lead for lead in leads if lead is not None]
    if pre.summary and pre.summary_heading is not None:
        heading = pre.summary_heading.stripped
        text = "\n".join(ln.stripped for ln in pre.summary)
        span = Span(pre.summary_heading.start, pre.summary[-1].end)
        entries.append(
            Entry(ids.take(EntryKind.SUMMARY, None, text), EntryKind.SUMMARY, None, None, heading, text, span)
        )

    order = "unknown"
    if not markers:
        notes.append("no entry markers found: the whole page is one lead entry")
    else:
        whens, order = _date_feed(markers, feed, header_of, reference, page_zone, lang)
        for stray in _stray_relatives(markers, feed, whens, order):
            lines[stray] = attrs.evolve(lines[stray], kind=LineKind.FURNITURE)
        markers = [m for m in markers if lines[m.index].kind is LineKind.MARKER]
        if trailing:
            starts = [first] + [m.index + 1 for m in markers[:-1]]
            for mk, start in zip(markers, starts, strict=True):
                body = lines[start : mk.index]
                entries.append(_post(EntryKind.POST, mk, body, whens.get(mk.index), ids))
            if markers[-1].index + 1 < len(lines):
                extra_ignored += [
                    Ignored(ln.stripped, ln.span, "page text after the last byline (no post of its own)")
                    for ln in lines[markers[-1].index + 1 :]
                    if ln.kind is LineKind.CONTENT
                ]
        else:
            bounds = [m.index for m in markers] + [len(lines)]
            for mk, end in zip(markers, bounds[1:], strict=True):
                kind = feed.copies.get(mk.index, EntryKind.POST)
                entries.append(_post(kind, mk, lines[mk.index + 1 : end], whens.get(mk.index), ids))
                byline = _inline_rest(mk)
                if byline is not None and byline[2] and entries[-1].title != byline[0]:
                    extra_ignored.append(Ignored(byline[0], byline[1], "byline beside the post's clock"))
    own_heading = pre.summary_heading if pre.summary else None  # the key-points heading titles its entry
    del pre, markers  # the page's lines are let go one by one below: nothing else may hold them
    content = _content(lines)
    ignored = _set_aside(lines, own_heading, extra_ignored)
    return Segmented(tuple(entries), ignored, doc.title or title, order, content, tuple(notes))
