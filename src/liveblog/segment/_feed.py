"""Choosing the page's feed among its marker candidates.

Every line that starts with a time is a candidate (:mod:`liveblog.segment._lines`);
this module decides, at page level, which candidates are the feed:

- **labels of one post**: adjacent candidates that name the same clock ("4.53pm
  GMT" over "16:53") or only a relative time beside a clock ("1h ago" over
  "6.12pm GMT") are one label, the first clock-bearing line its marker;
- **datelines**: a candidate next to a page-metadata line ("First published on
  …") is part of that metadata;
- **copies**: candidates under a key-events heading, after a pinned label, or at
  the top of the page repeating a later candidate (same clock, same opening
  words) summarise feed entries: they become summary or pinned entries dated by
  the entry they repeat, and never take part in the day walk;
- **consistency**: the remaining clocks must read as one order (newest- or
  oldest-first, with few rollovers); a page whose clocks run both ways as often
  as not has no feed, and the caller falls back to one lead entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

import attrs

from liveblog._text import pagewords as words
from liveblog._text.clock import CLOCK_PATTERN, match_clock, to_ascii_digits
from liveblog.model import EntryKind
from liveblog.segment._lines import Line, LineKind

__all__ = ["Feed", "choose_feed", "merge_labels"]

_MIN_SHARED = 8  # characters of folded opening words two copies must share
_MAX_TWIN_TRIES = 64  # candidates with the same clock a copy is compared with (bounded work)
_MIN_STEPS = 4
_MIN_OUTLIER_FEED = 3  # candidates needed before one at the top can be judged against the rest
_PAUSE_GAP = (
    12 * 60
)  # minutes: from here a gap at the top of a feed needs the top candidate to look like a post
_DAY_GAP = 20 * 60  # minutes: a gap this long at the top of a feed is no overnight pause of a live page
_TEXT_WORDS = 4  # words that make a line under a candidate text of its own, whatever its ending
_SENTENCE_ENDS = (".", "!", "?", "؟", "。", "…", "۔", "।")
_SCORE = re.compile(r"\d+\s*[:\-–]\s*\d+")
_MAX_UNLABELLED = 3  # unlabelled copies (no pinned label, no key-events heading) at the top
_ELLIPSIS = ("…", "...")
_STAMP_CLOCK = re.compile(CLOCK_PATTERN, re.IGNORECASE)  # the clock inside a metadata line
_MAX_STAMP = 120  # characters of a metadata line searched for it
_MIN_FORMAT = 3  # posts of one stamp format that show a candidate between them is in another
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@attrs.frozen
class Feed:
    """Which marker lines are the feed and which are copies of it."""

    copies: dict[int, EntryKind]  # marker line index → SUMMARY or PINNED
    twins: dict[int, int]  # copy's line index → the feed marker's line index it repeats
    summary_heading: int | None  # the key-events heading line that titles the copies under it
    consistent: bool = True
    reason: str = ""
    furniture: tuple[int, ...] = ()  # candidates above the feed that break its order


def merge_labels(lines: list[Line]) -> None:
    """Fold adjacent candidates naming one time into one label; candidates beside metadata are metadata."""
    # Only the candidates are visited (seg10: every line of the page was); a run's lines change kind
    # only after the run is read, and never into a candidate, so the candidates found first are the
    # lines each step of the walk would have found.
    found = [i for i, ln in enumerate(lines) if ln.kind is LineKind.MARKER]
    said = _post_stamps(lines, found)
    k = 0
    while k < len(found):
        i = j = found[k]
        clock = _clock12(lines[i])
        inline = lines[i].marker is not None and lines[i].marker.rest_at is not None  # type: ignore[union-attr]
        while k + 1 < len(found) and found[k + 1] == j + 1 and not inline:
            nxt = lines[j + 1]
            other = _clock12(nxt)
            if other is not None and clock is not None and other != clock:
                break
            clock = clock or other
            inline = nxt.marker is not None and nxt.marker.rest_at is not None
            j, k = j + 1, k + 1
        k += 1
        run = lines[i : j + 1]
        for n in (i - 1, j + 1):
            if n in said:  # "published at 22:04 Greenwich Mean Time" over "22:04 GMT": the post's label
                lines[n] = attrs.evolve(lines[n], kind=LineKind.LABEL)
        near_meta = (i > 0 and lines[i - 1].kind is LineKind.METADATA) or (
            j + 1 < len(lines) and lines[j + 1].kind is LineKind.METADATA
        )
        if near_meta and all(ln.marker is not None and ln.marker.rest_at is None for ln in run):
            for n in range(i, j + 1):
                lines[n] = attrs.evolve(lines[n], kind=LineKind.METADATA)  # "Fri 19 Feb 2021 19.41 GMT"
        elif len(run) > 1:
            keep = next((ln for ln in run if ln.marker is not None and ln.marker.hour is not None), run[0])
            for n in range(i, j + 1):
                if lines[n] is not keep:
                    lines[n] = attrs.evolve(lines[n], kind=LineKind.LABEL)
    _datelines(lines, [i for i in found if lines[i].kind is LineKind.MARKER])


def _post_stamps(lines: list[Line], found: Sequence[int]) -> set[int]:
    """Metadata lines that are posts' own stamps: each beside a candidate and naming its clock.

    A page has one dateline; a publication stamp beside every post ("published at 22:04 Greenwich
    Mean Time" over "22:04 GMT", a reader's hidden label copied with the page) is each post's label.
    Two candidates or more with such a stamp beside them make those stamps labels (h11).
    """
    out: set[int] = set()
    for i in found:
        clock = _clock12(lines[i])
        for n in (i - 1, i + 1):
            if clock is not None and 0 <= n < len(lines) and lines[n].kind is LineKind.METADATA:
                m = _STAMP_CLOCK.search(to_ascii_digits(lines[n].text[:_MAX_STAMP]))
                got = match_clock(m.string, m.start()) if m is not None else None
                if got is not None and (got.hour % 12, got.minute) == clock:
                    out.add(n)
    return out if len(out) > 1 else set()


def _clock12(ln: Line) -> tuple[int, int] | None:
    """A candidate's clock on the 12-hour dial ("4.53pm GMT" and "16:53" agree)."""
    mk = ln.marker
    if mk is None or mk.hour is None or mk.minute is None:
        return None
    return mk.hour % 12, mk.minute


def _datelines(lines: list[Line], markers: Sequence[int]) -> None:
    """A dated first candidate with nothing under it, above other candidates, is the page's dateline.

    ``markers`` are the indices of the candidate lines.
    """
    if len(markers) < 2:
        return
    first, nxt = markers[0], markers[1]
    mk = lines[first].marker
    empty = not any(ln.kind is LineKind.CONTENT for ln in lines[first + 1 : nxt])
    # h11: a stamp with its year ("2024年1月1日 21時03分", "06.11.2024, 08.14 Uhr") above a feed whose
    # markers say no date is the page's, though the standfirst follows it
    alone = (
        len(markers) > _MIN_OUTLIER_FEED
        and mk is not None
        and mk.date_text is not None
        and _YEAR.search(to_ascii_digits(mk.date_text)) is not None
        and all((other := lines[k].marker) is not None and other.date_text is None for k in markers[1:])
    )
    if mk is not None and mk.date_text is not None and mk.rest_at is None and (empty or alone):
        lines[first] = attrs.evolve(lines[first], kind=LineKind.METADATA)  # "Sat 20 Jul 2019 16.58 BST"


def _opening(lines: Sequence[Line], at: int, end: int) -> str:
    """A candidate's opening words, folded: its inline title, else the first content line under it."""
    ln = lines[at]
    if ln.marker is not None and ln.marker.rest_at is not None:
        text = ln.text[ln.marker.rest_at :]
    else:
        text = next((x.text for x in lines[at + 1 : end] if x.kind is LineKind.CONTENT), "")
    text = text.strip()
    for mark in _ELLIPSIS:
        text = text.removesuffix(mark)
    return words.fold(text)


def _repeats(a: str, b: str) -> bool:
    """Whether opening words ``a`` and ``b`` are one entry's (one may be cut short with an ellipsis)."""
    if not a or not b:
        return False  # two empty posts at one minute prove no copy
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(short) >= min(_MIN_SHARED, len(long_))


def _after(same_clock: list[int], m: int) -> list[int]:
    """The next few candidates after line ``m`` among those with its clock."""
    k = bisect_right(same_clock, m)
    return same_clock[k : k + _MAX_TWIN_TRIES]


def _clock(ln: Line) -> tuple[int, int] | None:
    mk = ln.marker
    if mk is None or mk.hour is None or mk.minute is None:
        return None
    return mk.hour, mk.minute


def choose_feed(lines: Sequence[Line], now: tuple[int, int] | None = None) -> Feed:
    """Sort the marker lines into copies and feed (see the module docstring).

    ``now`` is the reference's clock (hour, minute) in the page's zone, grace
    included: a newest-first top candidate later than it cannot be today's
    newest post.
    """
    markers = [ln.index for ln in lines if ln.kind is LineKind.MARKER]
    bounds = [*markers[1:], len(lines)] if markers else []
    opening = {m: _opening(lines, m, end) for m, end in zip(markers, bounds, strict=True)}
    by_clock: dict[tuple[int, int] | None, list[int]] = {}
    for m in markers:
        by_clock.setdefault(_clock(lines[m]), []).append(m)
    copies: dict[int, EntryKind] = {}
    twins: dict[int, int] = {}
    heading: int | None = None
    under_heading = False
    unlabelled_run = 0
    previous = 0
    for pos, m in enumerate(markers):
        between = lines[previous:m]
        previous = m + 1
        for ln in between:
            folded = words.fold(ln.stripped) if ln.kind is LineKind.CHROME else ""
            if folded in words.SUMMARY_HEADINGS:
                heading, under_heading = ln.index, True
            elif ln.kind not in (LineKind.BLANK, LineKind.CONTENT, LineKind.LABEL):
                under_heading = False  # "Show more", a pinned label: the list has ended
            elif (
                ln.kind is LineKind.CONTENT and ln.index > markers[pos - 1] + 2 and pos > 0 and under_heading
            ):
                under_heading = False  # a paragraph under the previous item: a post, not a list
        pinned = any(
            ln.kind is LineKind.CHROME and words.fold(ln.stripped) in words.PINNED_LABELS for ln in between
        )
        clock = _clock(lines[m])
        # h11: a copy stamped only "1h ago" names no minute: any later candidate may be its post
        mk = lines[m].marker
        same = markers if clock is None and mk is not None and mk.relative is not None else None
        twin = next(
            (
                later
                for later in _after(same if same is not None else by_clock.get(clock, []), m)
                if _repeats(opening[later], opening[m])
            ),
            None,
        )
        unlabelled = not pinned and not under_heading
        listed = _listed(lines, m, bounds[pos])
        # h11: a title-only item repeating a later post is a key-events list's, under a heading no
        # table knows ("Las claves") as under one it knows: such items have no cap
        item = unlabelled and listed and len(opening[m]) >= _MIN_SHARED
        if unlabelled and not item and (len(opening[m]) < _MIN_SHARED or unlabelled_run >= _MAX_UNLABELLED):
            twin = None  # a short text proves no copy; an unlabelled copy is a pinned post or two, no more
        if (under_heading and listed) or (item and twin is not None):
            copies[m] = EntryKind.SUMMARY
        elif pinned or twin is not None:
            copies[m] = EntryKind.PINNED
            unlabelled_run += unlabelled
        else:
            break  # the feed starts here; copies sit above it
        if twin is not None:
            twins[m] = twin
    for m in sorted(twins, reverse=True):  # a copy of a copy points at the feed entry itself
        twins[m] = twins.get(twins[m], twins[m])
    feed = [m for m in markers if m not in copies]
    furniture = _leading_outliers(lines, feed, now)
    feed = feed[len(furniture) :]
    strays = _off_format(lines, feed)
    if strays:
        furniture = [*furniture, *strays]
        feed = [m for m in feed if m not in strays]
    consistent, reason = _consistent(lines, feed)
    return Feed(
        copies,
        twins,
        heading if any(k is EntryKind.SUMMARY for k in copies.values()) else None,
        consistent,
        reason,
        tuple(furniture),
    )


def _leading_outliers(lines: Sequence[Line], feed: Sequence[int], now: tuple[int, int] | None) -> list[int]:
    """Candidates at the top that the evidence says are furniture, not the feed's first post.

    A fixtures box ("17:30" over a score) or a teaser above a newest-first feed
    of 19:30, 18:37 … steps the wrong way; read as a post it would be a midnight
    with a 22-hour gap at the very top of a feed whose other steps are minutes.
    An overnight pause is no such evidence: "09:00" with its text above a
    newest-first 20:00, 19:00 … is this morning's post after a 13-hour night.
    So a top candidate whose gap to the rest is long (from :data:`_PAUSE_GAP`)
    and more than twice the feed's longest step is set aside only when

    - the gap is one no overnight pause explains (:data:`_DAY_GAP` or more), or
    - it has no text of its own: no line under it (or inline title) reads as a
      sentence — a score, a team name, nothing (a box, not a post), or
    - the page is newest-first and its clock is later than the reference's
      (grace included) while the next post's is not: it cannot be today's
      newest post (when both are later, the feed is yesterday's and it is
      yesterday's newest).
    """
    clocks = [_clock(lines[m]) for m in feed]
    if len(clocks) < _MIN_OUTLIER_FEED or any(c is None for c in clocks[:2]):
        return []
    minutes = [c[0] * 60 + c[1] for c in clocks if c is not None]
    # lead9: a step to or from a marker that says its own day ("Yesterday, 22:30") is no clue to the
    # feed's direction: the day, not the clock, orders it
    dated = [lines[m].marker is not None and lines[m].marker.date_text is not None for m in feed]  # type: ignore[union-attr]
    steps = [
        (b - a) % 1440
        for (a, b), (da, db) in zip(pairwise(minutes[1:]), pairwise(dated[1:]), strict=False)
        if a != b and not (da or db)
    ]
    back = sum(step >= 720 for step in steps)
    if not steps or 0 < back < len(steps):
        return []  # the rest has no single direction: nothing to measure against
    newest_first = back == len(steps)
    first = (minutes[1] - minutes[0]) % 1440
    gap = 1440 - first if newest_first else first  # the time the page order puts between them
    longest = max(1440 - st if newest_first else st for st in steps)
    top = lines[feed[0]]
    if gap < _PAUSE_GAP or gap <= 2 * longest or top.marker.date_text is not None:  # type: ignore[union-attr]
        return []
    # Later than now while the post under it is not: today's feed cannot have it on top. When the
    # post under it is later than now too, the whole feed is yesterday's and it is the newest post.
    now_minutes = now[0] * 60 + now[1] if now is not None else None
    after_now = newest_first and now_minutes is not None and minutes[0] > now_minutes >= minutes[1]
    end = feed[1]
    if gap >= _DAY_GAP or after_now or not _has_text(lines, feed[0], end):
        return [feed[0]]
    return []


def _off_format(lines: Sequence[Line], feed: Sequence[int]) -> list[int]:
    """Candidates inside the feed written in another format than the posts around them (h11).

    A page stamps its posts one way. Where the posts say their date and year ("1:32 a.m. ET,
    November 6, 2024"), a bare clock between them is a video's length ("02:31 - Source: CNN");
    where they are bare clocks ("16:01", "15:22"), a clock with a date and year between them is an
    embedded post's stamp ("3:18 PM · Nov 19, 2024"). Such a candidate is set aside as a time
    outside the feed when at least :data:`_MIN_FORMAT` posts of the other format stand around it,
    three times as many as its own kind, and some of them both before and after it (a run of
    yesterday's dated posts at the feed's end is the feed's).
    """
    year: list[int] = []
    bare: list[int] = []
    for m in feed:
        mk = lines[m].marker
        if mk is None or mk.relative is not None or mk.hour is None:
            continue
        if mk.date_text is None:
            bare.append(m)
        elif _YEAR.search(to_ascii_digits(mk.date_text)) is not None:
            year.append(m)
    for few, many in ((bare, year), (year, bare)):
        if few and len(many) >= _MIN_FORMAT and len(many) >= 3 * len(few):
            return [m for m in few if many[0] < m < many[-1]]
    return []


def _has_text(lines: Sequence[Line], m: int, end: int) -> bool:
    """Whether a candidate has text of its own: a line under it (or its inline title) that is a sentence."""
    mk = lines[m].marker
    texts = [ln.stripped for ln in lines[m + 1 : end] if ln.kind is LineKind.CONTENT]
    if mk is not None and mk.rest_at is not None:
        texts.append(lines[m].text[mk.rest_at :].strip())
    return any(
        (t.endswith(_SENTENCE_ENDS) or len(t.split()) >= _TEXT_WORDS) and not _SCORE.fullmatch(t)
        for t in texts
    )


def _listed(lines: Sequence[Line], m: int, end: int) -> bool:
    """Whether the candidate is a list item: its title and nothing more before the next candidate."""
    content = [ln for ln in lines[m + 1 : end] if ln.kind is LineKind.CONTENT]
    inline = lines[m].marker is not None and lines[m].marker.rest_at is not None  # type: ignore[union-attr]
    return len(content) <= (0 if inline else 1)


def _consistent(lines: Sequence[Line], feed: Sequence[int]) -> tuple[bool, str]:
    """Whether the feed's bare clocks read as one order; day headers and dated labels settle it anyway."""
    if any(ln.kind is LineKind.DAY_HEADER for ln in lines):
        return True, ""
    clocks = [
        c
        for m in feed
        if (c := _clock(lines[m])) is not None and lines[m].marker.date_text is None  # type: ignore[union-attr]
    ]
    later = earlier = 0
    for (h1, m1), (h2, m2) in pairwise(clocks):
        step = ((h2 * 60 + m2) - (h1 * 60 + m1)) % 1440
        if step:
            later += step < 720
            earlier += step >= 720
    if later + earlier < _MIN_STEPS or min(later, earlier) * 3 < later + earlier:
        return True, ""
    return False, (
        f"no consistent feed: the page's {len(clocks)} clocks step forward {later} times and back "
        f"{earlier} times, so they are no newest- or oldest-first feed"
    )
