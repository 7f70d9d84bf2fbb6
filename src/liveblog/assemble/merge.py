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
    copies_of,
    dedupe_mentions,
    entries_from_copies,
    snapshot_label,
)
from liveblog.errors import ConfigError
from liveblog.model import Copy, Event, EventKind, Ignored, Timeline

__all__ = ["merge", "merge_all"]


def _key(tl: Timeline) -> tuple[datetime, str, str, str, str, str]:
    """The order of snapshots: by reference time, then by what they say (a total order)."""
    return (tl.reference, tl.source or "", tl.title or "", tl.tz, tl.lang, tl.reference_source)


def _ignored_order(ig: Ignored) -> tuple[int, int, str, str]:
    return (ig.span.start, ig.span.end, ig.text, ig.reason)


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
