"""Stage 2, segment: a :class:`Document` → entries, and the text set aside.

Plain page text is split on *marker lines* — a timestamp standing alone on its
line (see :mod:`liveblog._markers`). What comes before the first marker is the
page's lead (the article body), minus its title and page furniture. Every line
of the document ends in exactly one entry or in ``ignored`` with a reason.

Dates of bare clocks come from the page's order: the segmenter detects
newest-first or oldest-first from the clock sequence and walks it from the
reference time, stepping a day back (or forward) where the clocks wrap past
midnight, and resetting at day headers ("Thursday 28 November").
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, tzinfo

import attrs

from liveblog import _pagewords as words
from liveblog._markers import Marker, parse_edit_stamp, parse_marker, to_ascii_digits
from liveblog._zones import zone_for_word
from liveblog.model import Document, Entry, EntryKind, Grain, Ignored, Span, When
from liveblog.resolve import find_times, resolve

__all__ = ["FUTURE_GRACE", "Line", "LineKind", "Segmented", "segment", "split_lines"]

FUTURE_GRACE = timedelta(hours=1)
"""How far a marker may stand after the reference and still be today.

A page's newest clock can run a little ahead of a reference the user typed;
an hour of grace keeps such a marker on the reference day instead of moving
it to the day before.
"""

_MAX_TITLE_WORDS = 24
_MAX_HEADER_LEN = 48
_CREDIT_TAIL = re.compile(r"(?:\s[-–—/|]\s?|[-–—/|]\s|\s\(|\()\s*(?P<credit>[^-–—/|()]{1,40}?)\s*\)?\s*$")


class LineKind(enum.StrEnum):
    """What one line of page text is."""

    BLANK = "blank"
    MARKER = "marker"
    DAY_HEADER = "day_header"
    EDIT = "edit"
    CHROME = "chrome"
    CAPTION = "caption"
    METADATA = "metadata"
    CONTENT = "content"


@attrs.frozen
class Line:
    """One line of the document with its offsets and what it was classified as."""

    index: int
    span: Span
    text: str
    kind: LineKind = LineKind.CONTENT
    marker: Marker | None = None
    day: date | None = None  # for DAY_HEADER lines

    @property
    def stripped(self) -> str:
        return self.text.strip()


@attrs.frozen
class Segmented:
    """What :func:`segment` hands to assembly."""

    entries: tuple[Entry, ...]
    ignored: tuple[Ignored, ...]
    title: str | None
    order: str  # "newest_first", "oldest_first" or "unknown"
    lines: tuple[Line, ...]
    notes: tuple[str, ...] = ()


def split_lines(text: str) -> list[Line]:
    """The document's lines with their spans (newline excluded)."""
    out: list[Line] = []
    start = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, Span(start, start + len(raw)), raw))
        start += len(raw) + 1
    if out and not out[-1].text:
        out.pop()  # the empty string after a final newline is not a line
    return out


# --- classifying lines -------------------------------------------------------------------------


def _is_caption(text: str) -> bool:
    m = _CREDIT_TAIL.search(text)
    if m is not None and words.fold(m.group("credit")) in words.CAPTION_CREDITS:
        return True
    folded = words.fold(text)
    return folded.startswith(("photograph", "photo", "صوره", "الصوره")) and len(text) < 300


def _day_header(text: str, reference: datetime, lang: str) -> date | None:
    """The date a short line names when the whole line is a date ("Thursday 28 November")."""
    if len(text) > _MAX_HEADER_LEN:
        return None
    found = find_times(text, reference, languages=[lang])
    if len(found) != 1 or found[0].when.grain is not Grain.DAY:
        return None
    covered = len(found[0].text.strip())
    if covered < 0.8 * len(text.strip(" .,:،")):
        return None
    return found[0].when.start.date()


def _classify(line: Line, reference: datetime, lang: str) -> Line:
    text = line.stripped
    if not text:
        return attrs.evolve(line, kind=LineKind.BLANK)
    marker = parse_marker(text)
    if marker is not None and _usable_marker(marker, reference, lang):
        return attrs.evolve(line, kind=LineKind.MARKER, marker=marker)
    edit = parse_edit_stamp(text)
    if edit is not None:
        return attrs.evolve(line, kind=LineKind.EDIT, marker=edit)
    folded = words.fold(text)
    if folded in words.CHROME.get(lang, frozenset()) or folded in words.CHROME["en"]:
        return attrs.evolve(line, kind=LineKind.CHROME)
    if folded.startswith(words.METADATA_PREFIXES) or words.UPDATE_COUNTER.match(to_ascii_digits(text)):
        return attrs.evolve(line, kind=LineKind.METADATA)
    if _is_caption(text):
        return attrs.evolve(line, kind=LineKind.CAPTION)
    day = _day_header(text, reference, lang)
    if day is not None:
        return attrs.evolve(line, kind=LineKind.DAY_HEADER, day=day)
    return line


def _usable_marker(marker: Marker, reference: datetime, lang: str) -> bool:
    """A relative-only or dated label counts only when its words really resolve."""
    if marker.relative_text is not None and marker.hour is None:
        return resolve(marker.relative_text, reference, languages=[lang]) is not None
    if marker.date_text is not None and marker.shape != "iso":
        when = resolve(marker.date_text, reference, languages=[lang])
        return when is not None and when.grain is Grain.DAY
    return True


_REASONS = {
    LineKind.CHROME: "page chrome (button, label or navigation)",
    LineKind.CAPTION: "photo caption with a credit",
    LineKind.METADATA: "page metadata (publication stamp or update counter)",
    LineKind.DAY_HEADER: "day header (sets the date of the entries after it)",
    LineKind.EDIT: "edit stamp of the entry it stands in (not a new entry)",
}


# --- dating markers ----------------------------------------------------------------------------


def _marker_zone(marker: Marker, page_zone: tzinfo) -> tzinfo:
    if marker.zone:
        found = zone_for_word(marker.zone, page_zone)
        if found is not None:
            return found
    return page_zone


def _marker_day(marker: Marker, reference: datetime, lang: str) -> date | None:
    """The date written in the label itself, if any."""
    if marker.date_text is None:
        return None
    if marker.shape == "iso":
        return date.fromisoformat(marker.date_text)
    when = resolve(marker.date_text, reference, languages=[lang])
    return when.start.date() if when is not None else None


def _when_of(moment: datetime, marker: Marker, page_zone: tzinfo) -> When:
    local = moment.astimezone(page_zone)
    if marker.second:
        return When(local, local + timedelta(seconds=1), Grain.SECOND, local.strftime("%Y-%m-%dT%H:%M:%S"))
    return When.at_minute(local)


def _detect_order(clocks: Sequence[tuple[int, int]]) -> str:
    """Newest-first or oldest-first from consecutive clocks, on a 24-hour circle.

    A step of less than twelve hours forward counts as "later" (23:50 → 00:10
    is twenty minutes later, not a day earlier); ties go to newest-first, the
    common layout of live pages.
    """
    later = earlier = 0
    for (h1, m1), (h2, m2) in zip(clocks, clocks[1:], strict=False):
        step = ((h2 * 60 + m2) - (h1 * 60 + m1)) % 1440
        if step == 0:
            continue
        if step < 720:
            later += 1
        else:
            earlier += 1
    if not later and not earlier:
        return "unknown"
    return "newest_first" if earlier >= later else "oldest_first"


def _date_markers(
    marker_lines: Sequence[Line], header_of: dict[int, date], reference: datetime, page_zone: tzinfo, lang: str
) -> tuple[dict[int, When | None], str]:
    """A ``When`` for every marker line (by line index), and the page order detected.

    Markers under a day header (or with a date in their own label) take that
    date and wrap forward (oldest-first) or back (newest-first) inside their
    group. Bare clocks are walked from the newest to the oldest, each taking the
    latest occurrence of its clock at or before the one after it (the first at
    or before the reference plus :data:`FUTURE_GRACE`).
    """
    clocks = [(ln.marker.hour, ln.marker.minute) for ln in marker_lines if ln.marker and ln.marker.hour is not None]
    order = _detect_order([(h, m) for h, m in clocks if h is not None and m is not None])
    newest_first = order != "oldest_first"
    result: dict[int, When | None] = {}
    # Dated markers, in reading order, grouped by their day.
    previous: tuple[date, datetime] | None = None
    for ln in marker_lines:
        mk = ln.marker
        assert mk is not None
        day = _marker_day(mk, reference, lang) or header_of.get(ln.index)
        if day is None or mk.hour is None or mk.minute is None:
            continue
        moment = datetime.combine(day, time(mk.hour, mk.minute, mk.second), _marker_zone(mk, page_zone))
        if previous is not None and previous[0] == day and mk.date_text is None:
            if newest_first and moment > previous[1]:
                moment -= timedelta(days=1)
            elif not newest_first and moment < previous[1]:
                moment += timedelta(days=1)
        previous = (day, moment)
        result[ln.index] = _when_of(moment, mk, page_zone)
    # Bare clocks and relative labels, walked from the newest.
    bound = reference + FUTURE_GRACE
    for ln in marker_lines if newest_first else list(reversed(marker_lines)):
        mk = ln.marker
        assert mk is not None
        if ln.index in result:
            done = result[ln.index]
            bound = done.start if done is not None else bound
            continue
        if mk.hour is None or mk.minute is None:  # relative only: "1 month ago", «منذ 5 دقائق»
            rel = resolve(mk.relative_text or mk.raw, reference, languages=[lang])
            result[ln.index] = rel.to(page_zone) if rel is not None else None
            continue
        zone = _marker_zone(mk, page_zone)
        moment = datetime.combine(bound.astimezone(zone).date(), time(mk.hour, mk.minute, mk.second), zone)
        if moment > bound:
            moment -= timedelta(days=1)
        bound = moment
        result[ln.index] = _when_of(moment, mk, page_zone)
    return result, order


# --- building entries --------------------------------------------------------------------------


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Content lines grouped into paragraphs (split at blank or set-aside lines)."""
    paras: list[list[Line]] = []
    current: list[Line] = []
    for ln in lines:
        if ln.kind is LineKind.CONTENT:
            current.append(ln)
        elif current:
            paras.append(current)
            current = []
    if current:
        paras.append(current)
    return paras


def _headline_like(text: str) -> bool:
    n = len(text.split())
    return 2 <= n <= _MAX_TITLE_WORDS and not text.rstrip().endswith((".", ":", "،", ",", "؛", ";", "…"))


def _join(paras: Sequence[Sequence[Line]]) -> str:
    return "\n\n".join("\n".join(ln.stripped for ln in p) for p in paras)


def _cover(lines: Sequence[Line]) -> Span:
    return Span(lines[0].span.start, lines[-1].span.end)


def _post(marker_line: Line, body: Sequence[Line], when: When | None, ids: _Ids) -> Entry:
    paras = _paragraphs(body)
    title: str | None = None
    if len(paras) >= 2 and len(paras[0]) == 1 and _headline_like(paras[0][0].stripped):
        title = paras[0][0].stripped
        paras = paras[1:]
    content = [ln for p in paras for ln in p]
    last = content[-1] if content else marker_line
    if title is not None and not content:
        last = body[0]
    span = Span(marker_line.span.start, max(last.span.end, marker_line.span.end))
    text = _join(paras)
    marker = marker_line.marker.raw if marker_line.marker else marker_line.stripped
    return Entry(ids.take(EntryKind.POST, when, title or text), EntryKind.POST, marker, when, title, text, span)


class _Ids:
    """Stable entry ids: a hash of the kind, the time and the normalised opening words."""

    def __init__(self, source_key: str) -> None:
        self._source = source_key
        self._seen: dict[str, int] = {}

    def take(self, kind: EntryKind, when: When | None, text: str) -> str:
        from hashlib import blake2b

        opening = " ".join(words.fold(text).split()[:8])
        key = f"{self._source}|{kind.value}|{when.timex if when else '-'}|{opening}"
        base = "e" + blake2b(key.encode(), digest_size=6).hexdigest()
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        return base if n == 1 else f"{base}-{n}"


def _split_preamble(pre: Sequence[Line]) -> tuple[str | None, list[Line], Line | None]:
    """Find the page title in the lines before the first marker.

    The title is a lone headline-like line that page furniture separates from
    the article body (copied live pages put it just above the feed), or else
    the first line when a body follows it.
    """
    runs: list[list[Line]] = []
    current: list[Line] = []
    for ln in pre:
        if ln.kind is LineKind.CONTENT:
            current.append(ln)
        elif ln.kind is not LineKind.BLANK and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    if len(runs) >= 2 and len(runs[-1]) == 1 and _headline_like(runs[-1][0].stripped):
        title_line = runs[-1][0]
        return title_line.stripped, [ln for ln in pre if ln is not title_line], title_line
    content = [ln for ln in pre if ln.kind is LineKind.CONTENT]
    if len(content) >= 2 and _headline_like(content[0].stripped):
        first_para = _paragraphs(pre)[0]
        if len(first_para) == 1:
            return content[0].stripped, [ln for ln in pre if ln is not content[0]], content[0]
    return None, list(pre), None


def _lead(lines: Sequence[Line], reference: datetime, ids: _Ids) -> Entry | None:
    paras = _paragraphs(lines)
    if not paras:
        return None
    when = When.on_day(reference)
    text = _join(paras)
    span = Span(paras[0][0].span.start, paras[-1][-1].span.end)
    return Entry(ids.take(EntryKind.LEAD, when, text), EntryKind.LEAD, None, when, None, text, span)


def _ignored(lines: Sequence[Line]) -> Iterator[Ignored]:
    for ln in lines:
        reason = _REASONS.get(ln.kind)
        if reason is not None:
            yield Ignored(ln.stripped, ln.span, reason)


def segment(doc: Document, *, reference: datetime, page_zone: tzinfo, lang: str) -> Segmented:
    """Split ``doc`` into entries; see the module docstring for the rules."""
    lines = [_classify(ln, reference, lang) for ln in split_lines(doc.text)]
    ids = _Ids(doc.source if doc.source and "://" in doc.source else "")
    notes: list[str] = []
    markers = [ln for ln in lines if ln.kind is LineKind.MARKER]
    header_of: dict[int, date] = {}
    current_header: date | None = None
    for ln in lines:
        if ln.kind is LineKind.DAY_HEADER:
            current_header = ln.day
        elif ln.kind is LineKind.MARKER and current_header is not None:
            header_of[ln.index] = current_header
    first = markers[0].index if markers else len(lines)
    title, pre, title_line = _split_preamble(lines[:first])
    extra_ignored: list[Ignored] = []
    if title_line is not None:
        extra_ignored.append(Ignored(title, title_line.span, "page title (the timeline's title)"))
    entries: list[Entry] = []
    lead = _lead(pre, reference, ids)
    if lead is not None:
        entries.append(lead)
    order = "unknown"
    if not markers:
        notes.append("no entry markers found: the whole page is one lead entry")
    else:
        whens, order = _date_markers(markers, header_of, reference, page_zone, lang)
        bounds = [m.index for m in markers] + [len(lines)]
        for mk, end in zip(markers, bounds[1:], strict=True):
            entries.append(_post(mk, lines[mk.index + 1 : end], whens.get(mk.index), ids))
    ignored = sorted([*_ignored(lines), *extra_ignored], key=lambda ig: ig.span.start)
    return Segmented(tuple(entries), tuple(ignored), title or doc.title, order, tuple(lines), tuple(notes))
