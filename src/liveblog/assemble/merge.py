"""Snapshot merge: several copies of one live page become one timeline.

Save a live page at noon and again at six and the two copies overlap: most
posts are in both, some were edited, a few were deleted, new ones appeared.
:func:`merge` combines them so that

- each post is one entry, whose ``copies`` record every snapshot it was seen
  in (``Entry.seen_in``) and every text it had (``Entry.revisions``);
- the newest snapshot's text wins for an edited post; the fullest version of
  that snapshot wins among its repeats (:mod:`liveblog.assemble.dedup`);
- a post missing from the newest snapshot is kept and marked ``removed``;
  nothing is dropped;
- ids are stable: a merged entry keeps the id of its oldest appearance, so a
  typo fixed in a post's opening words (which changes the raw id the
  segmenter computes) does not change the entry's id, and a new post never
  takes an id an older post already holds (see ``docs/dedup.md``).

The result depends only on the *set* of appearances, never on the order of
the arguments: merge is idempotent, commutative and associative, and
``merge(tl, tl) == tl`` for any timeline liveblog produced.

>>> from liveblog import parse
>>> a = parse("15:10\\nاندلع حريق في أحراج قرية بلوطة", reference="2024-11-29T16:00", tz="Asia/Damascus")
>>> b = parse("16:02\\nأفاد الدفاع المدني بإجلاء 40 عائلة", reference="2024-11-29T17:00", tz="Asia/Damascus")
>>> [(e.marker, e.removed) for e in merge(a, b).entries]
[('15:10', True), ('16:02', False)]
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import attrs

from liveblog.assemble import entry_event, event_order
from liveblog.assemble.dedup import (
    DEFAULT,
    Thresholds,
    _copy_order,
    copies_of,
    dedupe_mentions,
    entries_from_copies,
    snapshot_label,
)
from liveblog.errors import ConfigError
from liveblog.model import Copy, Event, EventKind, Ignored, Timeline

__all__ = ["Fold", "merge", "merge_all"]


def _key(tl: Timeline) -> tuple[datetime, str, str, str, str, str]:
    """The order of snapshots: by reference time, then by what they say (a total order)."""
    return (tl.reference, tl.source or "", tl.title or "", tl.tz, tl.lang, tl.reference_source)


def _ignored_order(ig: Ignored) -> tuple[int, int, str, str]:
    return (ig.start, ig.end, ig.text, ig.reason)


def _share(c: Copy, strings: dict[str, str]) -> Copy:
    """``c`` holding the one string object of its text (and title) seen so far.

    A post seen in many snapshots arrives with an equal but separate text from
    each parse; sharing one object keeps a long ``follow`` run's memory to the
    distinct texts instead of one per snapshot.
    """
    text = strings.setdefault(c.text, c.text)
    title = strings.setdefault(c.title, c.title) if c.title is not None else None
    if text is c.text and title is c.title:
        return c
    return attrs.evolve(c, text=text, title=title)


def merge(a: Timeline, b: Timeline, *, thresholds: Thresholds = DEFAULT) -> Timeline:
    """The timeline of two snapshots of one page; see the module docstring."""
    return merge_all([a, b], thresholds=thresholds)


def merge_all(timelines: Iterable[Timeline], *, thresholds: Thresholds = DEFAULT) -> Timeline:
    """The timeline of any number of snapshots at once (one pass: linear in their size).

    Folding :func:`merge` over many snapshots gives the same result, but each
    step re-reads everything merged so far; this reads each appearance once.
    """
    given = sorted(timelines, key=_key)
    if not given:
        raise ConfigError("merge needs at least one timeline, got none")
    # The page as last seen: the newest snapshot that held anything (an error page says nothing).
    newest = next((tl for tl in reversed(given) if tl.entries), given[-1])
    copies: set[Copy] = set()
    shared: dict[str, str] = {}
    for tl in given:
        label = snapshot_label(tl.source, tl.reference)
        copies.update(_share(c, shared) for c in copies_of(tl.entries, snapshot=label, seen=tl.reference))
    entries = entries_from_copies(copies, thresholds, mark_removed=True)
    id_of: dict[str, str] = {}
    for e in entries:
        id_of.setdefault(e.id, e.id)
        for c in e.copies:
            id_of.setdefault(c.id, e.id)
    events: list[Event] = [ev for ev in map(entry_event, entries) if ev is not None]
    # Mentions follow the newest copy of their post: an edited post's older wording (and the dates
    # it said) is history, kept in its copies, not a second live event. A snapshot at or after the
    # newest one holding the entry speaks for it (a merged timeline carries its newest label).
    newest_copy = {e.id: max((c.seen, c.snapshot) for c in e.copies) for e in entries if e.copies}
    mentions = [
        ev
        for tl in given
        for ev in tl.events
        if ev.kind is EventKind.MENTION
        and (tl.reference, snapshot_label(tl.source, tl.reference))
        >= newest_copy.get(id_of.get(ev.entry_id, ev.entry_id), (tl.reference, ""))
    ]
    current = {e.id: f"{e.title or ''}\n{e.text}" for e in entries}
    events.extend(dedupe_mentions(mentions, id_of, thresholds, current=current))
    events.sort(key=event_order)
    ignored = sorted({ig for tl in given for ig in tl.ignored}, key=_ignored_order)
    notes = sorted({n for tl in given for n in tl.notes})
    return Timeline(
        reference=newest.reference,
        tz=newest.tz,
        lang=newest.lang,
        entries=entries,
        events=events,
        ignored=ignored,
        title=newest.title,
        source=newest.source,
        reference_source=newest.reference_source,
        notes=notes,
    )


# --- one snapshot at a time ---------------------------------------------------------------------


def _content(c: Copy) -> tuple[object, ...]:
    return (c.kind, c.when, c.url, c.title, c.text, c.marker)


def _representatives(copies: Iterable[Copy]) -> tuple[Copy, ...]:
    """The copies a merge needs of an entry: its first and newest snapshot's, and one per distinct content.

    Grouping compares contents, an entry's id comes from its first snapshot,
    its text from its newest: copies that only repeat a content seen before
    change none of that, so they can stay out of the next merge.
    """
    ordered = sorted(set(copies), key=_copy_order)
    if not ordered:
        return ()
    first, last = _snapshot_of(ordered[0]), _snapshot_of(ordered[-1])
    seen: set[tuple[object, ...]] = set()
    kept = []
    for c in ordered:
        content = _content(c)
        if content not in seen or _snapshot_of(c) in (first, last):
            seen.add(content)
            kept.append(c)
    return tuple(kept)


def _snapshot_of(c: Copy) -> tuple[datetime, str]:
    return (c.seen, c.snapshot)


class Fold:
    """A merge fed one snapshot at a time (``liveblog follow``), equal to :func:`merge_all` of them all.

    Each :meth:`add` merges the new snapshot with the *representatives* of
    the entries so far (:func:`_representatives`) instead of every copy ever
    seen, then puts the full copy lists back; so the grouping work of a poll
    depends on the page (its entries and their distinct versions), not on
    how many polls came before.

    >>> from liveblog import parse
    >>> at = {"tz": "Asia/Damascus"}
    >>> a = parse("15:10\\nاندلع حريق في أحراج قرية بلوطة", reference="2024-11-29T16:00", **at)
    >>> b = parse("16:02\\nأفاد الدفاع المدني بإجلاء 40 عائلة", reference="2024-11-29T17:00", **at)
    >>> fold = Fold()
    >>> _ = fold.add(a)
    >>> fold.add(b) == merge(a, b)
    True
    """

    def __init__(self, timeline: Timeline | None = None, *, thresholds: Thresholds = DEFAULT) -> None:
        self.thresholds = thresholds
        self.timeline: Timeline | None = None
        self._reps: dict[str, tuple[Copy, ...]] = {}
        if timeline is not None:
            self._keep(timeline)

    def _keep(self, timeline: Timeline) -> Timeline:
        self.timeline = timeline
        self._reps = {e.id: _representatives(e.copies) for e in timeline.entries}
        return timeline

    def add(self, snapshot: Timeline) -> Timeline:
        """The merge of everything added so far and ``snapshot``."""
        old = self.timeline
        if old is None:
            return self._keep(snapshot)
        if any(not e.copies or e.id not in {c.id for c in self._reps[e.id]} for e in old.entries):
            # an entry without copies, or whose id took a suffix: the plain merge handles those
            return self._keep(merge(old, snapshot, thresholds=self.thresholds))
        owner: dict[Copy, str] = {}
        for e in old.entries:
            for c in self._reps[e.id]:
                owner.setdefault(c, e.id)
        compact = attrs.evolve(old, entries=[attrs.evolve(e, copies=self._reps[e.id]) for e in old.entries])
        merged = merge_all([compact, snapshot], thresholds=self.thresholds)
        full = {e.id: e.copies for e in old.entries}
        entries = []
        reps: dict[str, tuple[Copy, ...]] = {}
        for e in merged.entries:
            olds = list(dict.fromkeys(owner[c] for c in e.copies if c in owner))
            new = [c for c in e.copies if c not in owner]
            if len(olds) == 1 and (not new or _copy_order(full[olds[0]][-1]) < _copy_order(new[0])):
                copies = (*full[olds[0]], *new)
            else:
                copies = tuple(sorted({c for o in olds for c in full[o]} | set(new), key=_copy_order))
            reps[e.id] = _representatives([*(c for o in olds for c in self._reps[o]), *new])
            entries.append(attrs.evolve(e, copies=copies))
        self.timeline = attrs.evolve(merged, entries=entries)
        self._reps = reps
        return self.timeline
