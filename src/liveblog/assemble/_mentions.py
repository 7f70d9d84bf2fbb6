"""Dated mentions once each: the same date said in near-identical words by several entries.

Private to :mod:`liveblog.assemble.dedup` (which re-exports the public names).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from hashlib import blake2b

import attrs

from liveblog._text import pagewords as words
from liveblog.assemble._similar import (
    DEFAULT,
    MAX_SHARED,
    Thresholds,
    hold,
    holders_of,
    match_key,
    rarest,
    ratio,
)
from liveblog.model import Event

__all__ = ["clause_key", "dedupe_mentions"]


def clause_key(sentence: str, expression: str, *, around: int = DEFAULT.clause_words) -> str:
    """The words around ``expression`` in ``sentence``, normalised: what mentions are compared on.

    Attribution at the start of a sentence («قال مصدر إن …», "Officials say …")
    varies between reports of one happening; the words next to the date do not.

    >>> clause_key("قال مصدر إن الفصائل سيطرت على مدينة حلب مساء الخميس بعد معارك عنيفة.", "مساء الخميس")
    'الفصايل سيطرت علي مدينه حلب مساء الخميس بعد معارك عنيفه'
    """
    text, expr = match_key(None, sentence).split(), match_key(None, expression).split()
    n = len(expr)
    for i in range(len(text) - n + 1):
        if n and text[i : i + n] == expr:
            return " ".join(text[max(0, i - around) : i + n + around])
    return " ".join(text)


def dedupe_mentions(
    mentions: Iterable[Event],
    id_of: Mapping[str, str],
    thresholds: Thresholds = DEFAULT,
    *,
    current: Mapping[str, str] | None = None,
) -> list[Event]:
    """Mention events once each: per entry, then across entries (same date, near-identical clause).

    ``id_of`` maps a raw entry id to the id of the entry it folded into. The
    kept event is the first in a fixed order; its ``sources`` lists every
    entry that reported the happening. ``current`` maps an entry id to its
    current text (title and text): when two kept mentions share an id, the
    one that text still holds keeps it. Applying this twice changes nothing.
    """
    folded = ((raw, words.fold(raw.expression)) for raw in mentions)
    return _dedupe_folded(folded, id_of, thresholds, current=current)


def _dedupe_folded(
    mentions: Iterable[tuple[Event, str]],
    id_of: Mapping[str, str],
    thresholds: Thresholds = DEFAULT,
    *,
    current: Mapping[str, str] | None = None,
) -> list[Event]:
    """:func:`dedupe_mentions` of mentions given with their expression folded (seg11: assembly folds
    each expression once, for the mention's id, and hands the fold on rather than folding it again)."""
    exact: dict[tuple[str, str, str, str], Event] = {}
    clauses: dict[tuple[str, str], str] = {}  # a sentence repeated by pinned or re-posted entries: once
    for raw, expression in mentions:
        owner = id_of.get(raw.entry_id, raw.entry_id)
        sources = tuple(sorted({id_of.get(s, s) for s in (*raw.sources, raw.entry_id)}))
        clause = clauses.get((raw.text, raw.expression))
        if clause is None:
            clause = clauses[raw.text, raw.expression] = clause_key(
                raw.text, raw.expression, around=thresholds.clause_words
            )
        key = (owner, raw.when.timex, expression, clause)
        # An event already owned and sourced as it should be is kept, not copied (an equal value).
        ev = raw if owner == raw.entry_id and sources == raw.sources else _sourced(raw, sources, owner)
        old = exact.get(key)
        if old is not None:
            first = min(old, ev, key=_event_rank)
            ev = _sourced(first, tuple(sorted({*old.sources, *ev.sources})))
        exact[key] = ev
    del clauses  # the sentence memo's keys and tuples: not needed from here
    # A date cited by more than MAX_SHARED clauses gets a word index (words as their hashes: a clash
    # only adds a candidate, and every candidate is still scored).
    sizes = Counter(key[1] for key in exact)
    counts: dict[str, _Counts] = {}  # per crowded date: in how many distinct clauses each word stands
    said_by: dict[str, array[int]] = {}
    for timex, clause in {(key[1], key[3]) for key in exact if sizes[key[1]] > MAX_SHARED}:
        said_by.setdefault(timex, array("q")).extend({hash(w) for w in clause.split()})
    for timex in list(said_by):
        counts[timex] = _Counts(said_by.pop(timex))
    leaders: dict[str, list[tuple[str, Event]]] = {}
    holders: dict[str, dict[int, int | list[int]]] = {}  # date → word → leaders whose clause holds it
    ordered = _in_order(exact)
    del exact
    for at, (key, ev) in enumerate(ordered):
        timex, clause = key[1], key[3]
        same_date = leaders.setdefault(timex, [])
        said = {hash(w) for w in clause.split()} if timex in counts else set()
        if len(same_date) <= MAX_SHARED:  # few mentions of this date: each leader is compared
            candidates: Iterable[int] = range(len(same_date))
        else:  # a date cited thousands of times: only leaders sharing one of the clause's rarest words
            index = holders.get(timex, {})
            candidates = sorted({n for w in rarest(said, counts[timex]) for n in holders_of(index, w)})
        for n in candidates:
            lead_clause, lead = same_date[n]
            if lead.entry_id != ev.entry_id and ratio(lead_clause, clause) >= thresholds.mention:
                same_date[n] = (
                    lead_clause,
                    _sourced(lead, tuple(sorted({*lead.sources, *ev.sources}))),
                )
                break
        else:
            if timex in counts:
                index = holders.setdefault(timex, {})
                # A word in this clause alone can lead back here only from an identical clause, and
                # identical clauses of one date are neighbours in this order: otherwise it is not held
                # (most words of a flood of clauses; the index held them all, 8 MB for 10,000).
                again = any(
                    0 <= other < len(ordered)
                    and ordered[other][0][1] == timex
                    and ordered[other][0][3] == clause
                    for other in (at - 1, at + 1)
                )
                for w in said:
                    held_by = counts[timex].get(w, 0)
                    if 1 < held_by <= MAX_SHARED or (again and held_by == 1):
                        hold(index, w, len(same_date))
            same_date.append((clause, ev))
    kept = [ev for group_ in leaders.values() for _clause, ev in group_]
    return _unique_ids(kept, current or {})


def _sourced(ev: Event, sources: tuple[str, ...], owner: str | None = None) -> Event:
    """``ev`` with other sources (and owner): ``attrs.evolve`` of them, made directly (seg11: an event
    has no converter nor validator, and evolve reads every field's definition for each event)."""
    entry = ev.entry_id if owner is None else owner
    return Event(ev.id, ev.kind, ev.when, ev.text, entry, ev.expression, ev.span, ev.rule, sources)


def _head(item: tuple[tuple[str, str, str, str], Event]) -> tuple[str, str, str]:
    """Date, clause and owner of a kept mention's key: the first three sort keys."""
    (owner, timex, _expression, clause), _ev = item
    return timex, clause, owner


def _in_order(exact: dict[tuple[str, str, str, str], Event]) -> list[tuple[tuple[str, str, str, str], Event]]:
    """The kept mentions by date, clause, owner, then :func:`_event_rank`.

    Sorted on the first three, then each run that ties on them by rank: the same order as one
    sort on all four, without a thirteen-item rank tuple per mention alive at once.
    """
    ordered = sorted(exact.items(), key=_head)
    start = 0
    for end in range(1, len(ordered) + 1):
        if end == len(ordered) or _head(ordered[end]) != _head(ordered[start]):
            if end - start > 1:
                ordered[start:end] = sorted(ordered[start:end], key=lambda kv: _event_rank(kv[1]))
            start = end
    return ordered


class _Counts(Mapping[int, int]):
    """How many of a date's distinct clauses hold each word (as its hash): a sorted array, not a dict.

    A dict of hashes took about 80 bytes per distinct word (8 MB for 10,000 clauses of random
    words); the array takes 8, and a count is two bisections.
    """

    def __init__(self, hashes: array[int]) -> None:
        # Sorted bucket by bucket (by the top byte): sorting all at once made an int object per
        # word occurrence (4 MB for 10,000 clauses) just to fill the array.
        buckets = [array("q") for _ in range(256)]
        for h in hashes:
            buckets[(h >> 56) + 128].append(h)  # a hash is a signed 64-bit int: top byte -128..127
        hashes = array("q")
        self._sorted = hashes
        for bucket in buckets:
            hashes.extend(sorted(bucket))
            del bucket[:]

    def __getitem__(self, word: int) -> int:
        found = self.get(word, 0)
        if not found:
            raise KeyError(word)
        return found

    def get(self, word: int, default: int = 0) -> int:  # type: ignore[override]
        n = bisect_right(self._sorted, word) - bisect_left(self._sorted, word)
        return n or default

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(self._sorted))

    def __len__(self) -> int:
        return len(dict.fromkeys(self._sorted))


def _unique_ids(events: list[Event], current: Mapping[str, str]) -> list[Event]:
    """No two events share an id: a mention edited between snapshots keeps its id in the current text.

    Mention ids hash the entry, the expression and its occurrence, so the same
    date in an edited sentence has one id in both snapshots; the version the
    entry's current text still holds keeps it, the older one gets a suffix.
    """
    by_id: dict[str, list[Event]] = {}
    for ev in events:
        by_id.setdefault(ev.id, []).append(ev)
    result: list[Event] = []
    for ident, same in by_id.items():
        same.sort(key=lambda ev: (ev.text not in current.get(ev.entry_id, ""), _event_rank(ev)))
        result.append(same[0])
        for ev in same[1:]:
            suffix = blake2b(clause_key(ev.text, ev.expression).encode(), digest_size=3).hexdigest()
            result.append(attrs.evolve(ev, id=f"{ident}-{suffix}"))
    return result


def _event_rank(ev: Event) -> tuple[object, ...]:
    """A total order on events: where they stand first, then everything else they say."""
    w = ev.when
    return (
        ev.span.start,
        ev.span.end,
        ev.rule,
        ev.expression,
        ev.text,
        ev.id,
        w.start,
        w.end,
        w.timex,
        w.grain.value,
        w.approximate,
        w.part or "",
        ev.sources,
    )
