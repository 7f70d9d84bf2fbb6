"""Deduplication: every happening once, every appearance kept.

Live pages repeat themselves: a pinned post stands at the top and again in the
feed, key-events lists repeat posts (often truncated, sometimes re-spelt), and
editors re-post an update minutes later. :func:`dedupe` folds such repeats into
one :class:`~liveblog.model.Entry` and keeps each raw appearance as a
:class:`~liveblog.model.Copy`; :func:`group` works on copies from any number of
snapshots, so snapshot merging (:mod:`liveblog.assemble.merge`) is the same operation.

Entries are compared on a *match key*: title and text through the resolver's
normaliser (:func:`liveblog._text.normalize.normalize`: hamza forms, alef maqsura,
ta marbuta, diacritics, tatweel, Arabic-Indic digits, case) and then
:func:`liveblog._text.pagewords.fold` (punctuation and whitespace). Two entries are
one when (see :class:`Thresholds` for the numbers):

- they carry the same ``#anchor`` URL (the page says they are one block);
- they are stamped the same minute and their keys are similar (a pinned copy,
  a key-events item, an edit, a typo fix), where a shorter key is also
  compared with the start of the longer one (truncated summaries, added
  sentences); two different anchors at one minute need the re-post score;
- they are stamped within :attr:`Thresholds.repost_window` of each other,
  their keys are near-identical and they give the same figures (a re-post: the
  first time is kept, the repeat recorded; "7 killed" re-posted as "9 killed"
  is news, not a repeat).

Same title with different text at a different time stays two entries. Leads
are one per page; untimed summaries are one per heading.

>>> from datetime import timedelta
>>> DEFAULT.repost_window == timedelta(minutes=30)
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from hashlib import blake2b

import attrs

from liveblog._text import pagewords as words
from liveblog.assemble._mentions import clause_key, dedupe_mentions
from liveblog.assemble._similar import (
    DEFAULT,
    MAX_SHARED,
    Thresholds,
    compatible,
    facts,
    hold,
    holders_of,
    match_key,
    rarest,
    ratio,
    similarity,
)
from liveblog.model import Copy, Entry, EntryKind, When

__all__ = [
    "DEFAULT",
    "Thresholds",
    "clause_key",
    "copies_of",
    "dedupe",
    "dedupe_mentions",
    "entries_from_copies",
    "group",
    "match_key",
    "similarity",
    "snapshot_label",
]


# --- copies -------------------------------------------------------------------------------------


def snapshot_label(source: str | None, seen: datetime) -> str:
    """The name of one snapshot of a page: where it came from and when it was read.

    >>> from datetime import timezone
    >>> snapshot_label("live.html", datetime(2024, 11, 29, 18, 49, tzinfo=timezone.utc))
    'live.html @ 2024-11-29T18:49:00+00:00'
    """
    return f"{source or '-'} @ {seen.isoformat()}"


def copies_of(entries: Iterable[Entry], *, snapshot: str, seen: datetime) -> Iterator[Copy]:
    """The raw appearances behind ``entries``: their own copies, or one new copy each."""
    for e in entries:
        if e.copies:
            yield from e.copies
        else:
            yield Copy(snapshot, seen, e.id, e.kind, e.marker, e.when, e.title, e.text, e.span, e.url)


def _copy_order(c: Copy) -> tuple[object, ...]:
    """A total order on copies (snapshot first), so no result depends on set iteration order."""
    when = (c.when.start, c.when.end, c.when.timex) if c.when else ()
    return (
        c.seen,
        c.snapshot,
        c.span.start,
        c.span.end,
        c.id,
        c.text,
        c.title or "",
        c.kind.value,
        c.marker or "",
        c.url or "",
        when,
    )


def _minute(when: When | None) -> datetime | None:
    if when is None:
        return None
    start = when.start  # most starts are on the minute already: no new datetime per copy then
    return start if not start.second and not start.microsecond else start.replace(second=0, microsecond=0)


_FIGURES = re.compile(r"\d+")  # keys are normalised: every digit is ASCII here


def _anchor(url: str | None) -> str | None:
    return url if url and "#" in url else None


# --- grouping -----------------------------------------------------------------------------------


@attrs.frozen
class _Variant:
    """Copies that say exactly the same thing at the same minute under the same anchor."""

    kind: EntryKind
    minute: datetime | None
    anchor: str | None
    key: str
    heading: str  # folded title, for untimed summaries


class _Keys:
    """Match keys of copies, each distinct title and text normalised once per deduplication.

    The memo lives as long as one call: a process-wide cache would keep every
    post it ever saw (a batch worker, a long ``follow``) and pin its memory.
    """

    def __init__(self) -> None:
        # An untitled copy is looked up by its text alone (a string never equals a tuple): no tuple
        # per copy kept for the whole call (16,000 posts in one minute: 0.9 MB).
        self._keys: dict[str | tuple[str, str], str] = {}
        self._raw: dict[str, Copy] = {}  # a key's first copy, whose title and text give its facts
        self._facts: dict[str, frozenset[str]] = {}

    def of(self, c: Copy) -> str:
        raw = c.text if c.title is None else (c.title, c.text)
        key = self._keys.get(raw)
        if key is None:
            key = self._keys[raw] = match_key(c.title, c.text)
            self._raw.setdefault(key, c)
        return key

    def _facts_of(self, key: str) -> frozenset[str]:
        found = self._facts.get(key)
        if found is None:
            first = self._raw.get(key)
            found = self._facts[key] = (
                facts(first.title, first.text) if first is not None else facts(None, "")
            )
        return found

    def compatible(self, a: str, b: str) -> bool:
        """Whether the posts behind keys ``a`` and ``b`` state no conflicting figures or names.

        Facts are read only for pairs that are otherwise alike, so few keys ever need them.
        """
        return compatible(self._facts_of(a), self._facts_of(b))


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _same(a: _Variant, b: _Variant, t: Thresholds, keys: _Keys) -> bool:
    """Whether two timed, non-lead variants are one entry (the rules of the module docstring)."""
    if a.anchor is not None and a.anchor == b.anchor:
        return True
    assert a.minute is not None
    assert b.minute is not None
    if not a.key or not b.key:
        return False
    if a.minute == b.minute:
        distinct_blocks = a.anchor is not None and b.anchor is not None
        needed = t.repost if distinct_blocks else t.same_minute
        alike = similarity(a.key, b.key, min_prefix=t.min_prefix) >= needed
        return alike and keys.compatible(a.key, b.key)  # other figures or names: another post
    if abs(a.minute - b.minute) > t.repost_window or min(len(a.key), len(b.key)) < t.min_prefix:
        return False
    if ratio(a.key, b.key, score_cutoff=t.repost) < t.repost:  # 0 below the cutoff
        return False
    return _FIGURES.findall(a.key) == _FIGURES.findall(b.key) and keys.compatible(a.key, b.key)


def _candidates(variants: Sequence[_Variant], ids: Sequence[int], t: Thresholds) -> Iterator[tuple[int, int]]:
    """Pairs of timed variants worth comparing, each once, in order: within the window, a rare word shared.

    Where at most :data:`~liveblog.assemble._similar.MAX_SHARED` variants follow one within the re-post
    window (any page but a flood of same-minute posts), every pair is compared.
    In a crowded window, each variant is compared only with the variants that
    hold one of its rarest words (:func:`~liveblog.assemble._similar.rarest`); the
    shorter of a truncated pair holds only words of the longer, so it finds
    it. At most ``SIGNATURE * MAX_SHARED`` comparisons per variant: 16,000
    posts in one minute compare in linear time instead of 128 million pairs.
    """
    minutes = [v.minute for v in variants if v.minute is not None]  # sorted: ``ids`` come in time order
    assert len(minutes) == len(variants)
    lasts = [bisect_right(minutes, minute + t.repost_window, lo=n) for n, minute in enumerate(minutes)]
    crowded = any(last - n - 1 > MAX_SHARED for n, last in enumerate(lasts))
    counts: Counter[str] = Counter()
    holders: dict[str, int | list[int]] = {}
    if crowded:  # the word index costs memory: built only for a page that needs it
        # A variant's words are split again where they are needed, not kept (a tuple of words per
        # variant took 3.5 MB for 16,000 posts in one minute). A word of one variant alone leads
        # nowhere else (a variant is never its own partner), so only words of 2 to MAX_SHARED
        # variants are held.
        for v in variants:
            counts.update(set(v.key.split()))
        for n, v in enumerate(variants):
            for w in set(v.key.split()):
                if 1 < counts[w] <= MAX_SHARED:
                    hold(holders, w, n)
    for n, last in enumerate(lasts):
        if last - n - 1 <= MAX_SHARED:  # an ordinary stretch of the page: every pair, as ever
            for m in range(n + 1, last):
                yield ids[n], ids[m]
            continue
        # Pairs are made as they are needed (a set of them all took more memory than the page):
        # one found from both sides is compared twice at most, which changes no group.
        said = variants[n].key.split()
        partners = {m for w in rarest(said, counts) for m in holders_of(holders, w) if m != n}
        for m in sorted(partners):
            if abs(minutes[m] - minutes[n]) <= t.repost_window:
                yield ids[min(n, m)], ids[max(n, m)]


def group(copies: Iterable[Copy], thresholds: Thresholds = DEFAULT) -> list[list[Copy]]:
    """Copies grouped into entries, each group in copy order, groups in order of their first copy.

    Only candidates are compared: identical copies collapse first, then timed
    copies are compared with those within ``repost_window`` after them, so the
    work grows with the number of distinct posts, not with its square.
    """
    return _group(copies, thresholds, _Keys())


def _group(copies: Iterable[Copy], thresholds: Thresholds, keys: _Keys) -> list[list[Copy]]:
    variants: dict[_Variant, list[Copy]] = {}
    for c in sorted(set(copies), key=_copy_order):
        key = keys.of(c)
        heading = words.fold(c.title or "") if c.when is None else ""
        v = _Variant(c.kind, _minute(c.when), _anchor(c.url), key, heading)
        variants.setdefault(v, []).append(c)
    vs = list(variants)
    union = _Union(len(vs))
    untimed: dict[tuple[str, str], int] = {}
    for i, v in enumerate(vs):
        if v.kind is EntryKind.LEAD:  # one lead per page, whatever its text became
            union.join(i, untimed.setdefault(("lead", ""), i))
        elif v.minute is None:
            slot = ("summary", v.heading) if v.kind is EntryKind.SUMMARY and v.heading else ("key", v.key)
            union.join(i, untimed.setdefault(slot, i))
    timed = sorted(
        (i for i, v in enumerate(vs) if v.minute is not None and v.kind is not EntryKind.LEAD),
        key=lambda i: (vs[i].minute, i),
    )
    by_anchor: dict[str, int] = {}
    for i in timed:
        anchor = vs[i].anchor
        if anchor is not None:
            union.join(i, by_anchor.setdefault(anchor, i))
    for i, j in _candidates([vs[i] for i in timed], timed, thresholds):
        if union.find(i) != union.find(j) and _same(vs[i], vs[j], thresholds, keys):
            union.join(i, j)
    groups: dict[int, list[Copy]] = {}
    for i, v in enumerate(vs):
        groups.setdefault(union.find(i), []).extend(variants.pop(v))  # each variant's list let go
    vs.clear()  # the variants are grouped: let them go before the groups are sorted
    # Each group is sorted in place (no second list per group), and the groups are then already in
    # order of their first copy, so no sort key is made per group (20,000 of them were the peak of
    # a JSON-LD page): a group's key is its smallest variant number (``_Union`` keeps the smaller
    # root), the loop above meets the roots in ascending order, and variants are numbered in copy
    # order, so the smallest variant's first copy is the group's first and precedes every copy of
    # a later group.
    for g in groups.values():
        if len(g) > 1:
            g.sort(key=_copy_order)
    return list(groups.values())


# --- building entries ---------------------------------------------------------------------------


def _fullness(c: Copy, keys: _Keys) -> tuple[int, int, int, str]:
    """Sort key: the fullest copy first (not a summary item, longest text, earliest on the page)."""
    return (c.kind is EntryKind.SUMMARY, -len(keys.of(c)), c.span.start, c.id)


def _snapshot(c: Copy) -> tuple[datetime, str]:
    return (c.seen, c.snapshot)


# Whose raw id a merged entry takes: the feed post's (it stays when a pin or a key-events line goes).
_ID_PREFERENCE = {EntryKind.PINNED: 1, EntryKind.SUMMARY: 2}


def _entry(copies: Sequence[Copy], latest: tuple[datetime, str] | None, keys: _Keys) -> Entry:
    """One entry from its group: newest snapshot's fullest text, first time, oldest id."""
    last = max(_snapshot(c) for c in copies)
    current = [c for c in copies if _snapshot(c) == last]
    winner = min(current, key=lambda c: _fullness(c, keys))
    kind = EntryKind.PINNED if any(c.kind is EntryKind.PINNED for c in current) else winner.kind
    timed = [c for c in current if c.when is not None and c.kind is not EntryKind.SUMMARY]
    first = min(timed, key=lambda c: (c.when.start if c.when else c.seen, c.span.start)) if timed else winner
    first_seen = _snapshot(copies[0])
    oldest = min(
        (c for c in copies if _snapshot(c) == first_seen),
        key=lambda c: (_ID_PREFERENCE.get(c.kind, 0), c.id),
    )
    url = winner.url or next((c.url for c in current if _anchor(c.url)), None)
    return Entry(
        oldest.id,
        kind,
        first.marker,
        first.when,
        winner.title,
        winner.text,
        winner.span,
        url,
        copies=copies,
        removed=latest is not None and last != latest,
    )


def _entry_order(e: Entry) -> tuple[int, datetime, int, str]:
    if e.when is None or e.kind is EntryKind.LEAD:
        first = e.copies[0] if e.copies else None
        return (0, first.seen if first else datetime.min, first.span.start if first else 0, e.id)
    return (1, e.when.start, 0, e.id)


def entries_from_copies(
    copies: Iterable[Copy], thresholds: Thresholds = DEFAULT, *, mark_removed: bool = False
) -> tuple[Entry, ...]:
    """Deduplicated entries from copies: untimed ones first, then timed oldest first.

    With ``mark_removed`` an entry whose newest copy is older than the newest
    snapshot among all copies is marked ``removed``. Ids never collide: when
    two groups would take the same raw id, the later group gets a suffix.
    """
    keys = _Keys()
    groups = _group(copies, thresholds, keys)
    latest = max((_snapshot(g[-1]) for g in groups), default=None) if mark_removed else None
    entries: list[Entry] = []
    taken: set[str] = set()
    for g in groups:
        e = _entry(g, latest, keys)
        if e.id in taken:
            suffix = blake2b(f"{g[0].snapshot}|{g[0].text}".encode(), digest_size=3).hexdigest()
            e = attrs.evolve(e, id=f"{e.id}-{suffix}")
        taken.add(e.id)
        entries.append(e)
    entries.sort(key=_entry_order)
    return tuple(entries)


def dedupe(
    entries: Sequence[Entry], *, snapshot: str, seen: datetime, thresholds: Thresholds = DEFAULT
) -> tuple[Entry, ...]:
    """The entries of one page with repeats folded together; see the module docstring.

    ``snapshot`` names the page copy and ``seen`` is its reference time (see
    :func:`snapshot_label`); every raw entry is kept as a copy of the entry it
    folded into.

    >>> from datetime import timezone
    >>> from liveblog.model import Span
    >>> at = When.at_minute(datetime(2025, 3, 10, 8, 55, tzinfo=timezone.utc))
    >>> title, text = "نصائح للوقاية من الغبار", "ينصح الأطباء مرضى الربو بالبقاء في المنازل"
    >>> pinned = Entry("a", EntryKind.PINNED, "08:55", at, title, text, Span(0, 9))
    >>> feed = Entry("b", EntryKind.POST, "08:55", at, title, text, Span(50, 59))
    >>> (one,) = dedupe([pinned, feed], snapshot="page", seen=at.end)
    >>> one.kind.value, one.id, [c.id for c in one.copies]
    ('pinned', 'b', ['a', 'b'])
    """
    return entries_from_copies(copies_of(entries, snapshot=snapshot, seen=seen), thresholds)
