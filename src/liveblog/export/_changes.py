"""What a page's snapshots show happened to each entry: edits, removals, returns.

The ICS export writes these as ``SEQUENCE`` (RFC 5545 3.8.7.4: 0 when a
component is created, "monotonically incremented ... each time the
'Organizer' makes a significant revision") and ``STATUS:CANCELLED``
(3.8.1.11). A merged timeline (:mod:`liveblog.assemble.merge`) keeps every raw
appearance of an entry in ``Entry.copies``, so both can be read off it:

- each change of what it said from one snapshot that held it to the next is
  one revision (an edit and its revert are two: a calendar must take both);
  what a copy says is all of it but where it stood: kind, time, marker, URL,
  title and text (a moved DTSTART or URL is a revision too);
- each time it vanished from the page is one (``Entry.removed``, or a
  snapshot it was missing from between two that held it), and each time it
  came back is another (with another text or not).

That is, SEQUENCE counts the changes of the entry's state (the set of what
its copies said, or nothing) from one snapshot of the page to the next, from
its first appearance to the newest. So it only grows as newer snapshots are
merged in (a follow), and a post that comes back after being cancelled gets a
higher number than its cancellation had, which is what makes a calendar take
the return. This holds when a newer copy joins two entries of an earlier
merge (a copy with the anchor of one and the text of the other: the merge
groups transitively) and the older, cancelled one comes back as their union:
copies that say the same thing are always in one entry, so every change of
the older entry's state is still a change of the union's, and the joining
copy says something no snapshot said before, one change more.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import attrs

from liveblog.export._text import one_line
from liveblog.model import Copy, Entry, EntryKind, Event, EventKind, When

__all__ = ["Changes"]

REMOVED_POST = "Removed from the page: this post is not in its latest copy"
REMOVED_MENTION = "Removed from the page: no post that said this is in its latest copy"


_Said = tuple[EntryKind, When | None, str | None, str | None, str | None, str]


def _said(c: Copy) -> _Said:
    """What copy ``c`` says: all of it but where it stood (snapshot, raw id, span).

    At least as fine as the merge's own comparison (kind, minute, anchor, title
    and text), so copies that say the same thing are always in one entry.
    """
    return (c.kind, c.when, c.marker, c.url, c.title, c.text)


@attrs.frozen
class _Seen:
    sequence: int  # changes seen: edits, disappearances, returns
    removed: bool
    last_seen: str | None  # the label of the last snapshot that held the entry


class Changes:
    """The changes and the removal of each entry of a timeline, found once.

    >>> from liveblog import parse
    >>> from liveblog.assemble.merge import merge
    >>> at = {"tz": "Asia/Damascus"}
    >>> a = parse("15:10\\nاندلع حريق في أحراج قرية بلوطة", reference="2024-11-29T16:00", **at)
    >>> b = parse("16:02\\nأفاد الدفاع المدني بإجلاء 40 عائلة", reference="2024-11-29T17:00", **at)
    >>> tl = merge(a, b)
    >>> changes = Changes(tl.entries)
    >>> [(ev.expression, changes.sequence(ev), changes.removed(ev) is not None) for ev in tl.events]
    [('15:10', 1, True), ('16:02', 0, False)]
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        entries = tuple(entries)
        # Every snapshot that held anything, oldest first (a page that said nothing holds no copy).
        order = sorted({(c.seen, c.snapshot) for e in entries for c in e.copies})
        position = {label: n for n, (_seen, label) in enumerate(order)}
        self._entries: dict[str, _Seen] = {}
        for e in entries:
            if e.id in self._entries:  # the first entry with an id wins, as Timeline.entry
                continue
            said: dict[int, set[_Said]] = {}
            for c in e.copies:
                said.setdefault(position[c.snapshot], set()).add(_said(c))
            held = sorted(said)
            # A gap is two changes (gone, back), whatever came back; else one when what it said changed.
            changes = sum(2 if b - a > 1 else said[a] != said[b] for a, b in pairwise(held))
            sequence = changes + (1 if e.removed else 0)
            last = order[held[-1]][1] if held else None
            self._entries[e.id] = _Seen(sequence, e.removed, last)

    def _sources(self, event: Event) -> list[_Seen | None]:
        if event.kind is EventKind.ENTRY:
            return [self._entries.get(event.entry_id)]
        ids = sorted({event.entry_id, *event.sources})
        return [self._entries.get(i) for i in ids]

    def sequence(self, event: Event) -> int:
        """The event's SEQUENCE: its entry's changes; for a mention, the most of any entry that said it."""
        return max((s.sequence for s in self._sources(event) if s is not None), default=0)

    def removed(self, event: Event) -> str | None:
        """Why the event is cancelled (one line), or None when it is not.

        A live post's event is cancelled when the post was removed; a mention
        when every entry that said it (``entry_id`` and ``sources``) is known
        and was removed: one post still showing it keeps it.
        """
        sources = self._sources(event)
        if not all(s is not None and s.removed for s in sources):
            return None
        if event.kind is EventKind.MENTION:
            return REMOVED_MENTION
        (seen,) = sources
        if seen is not None and seen.last_seen:
            return f"{REMOVED_POST} (last seen in {one_line(seen.last_seen)})"
        return REMOVED_POST
