"""ICS SEQUENCE over a followed page: what counts as a change, and a merge that joins two entries later.

Every expected value here was worked out by hand from the rule in
:mod:`liveblog.export._changes`: SEQUENCE is the number of times an entry's
state (the set of what its copies said, or nothing) changed from one snapshot
of the page to the next, from its first appearance to the newest snapshot.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

from liveblog.assemble import entry_event, event_order
from liveblog.assemble.dedup import dedupe, snapshot_label
from liveblog.assemble.merge import Fold, merge_all
from liveblog.export import export_timeline
from liveblog.export._changes import Changes
from liveblog.export.ics import event_uid
from liveblog.model import Copy, Entry, EntryKind, Span, Timeline, When

from .export_readers import read_all
from .test_export_ics import test_sequence_never_drops_as_newer_copies_arrive as sequence_property

ZONE = ZoneInfo("Asia/Damascus")
POLLS = [datetime(2024, 11, 29, 18, 0, tzinfo=ZONE) + timedelta(minutes=30 * n) for n in range(4)]
AT_1640 = When.at_minute(datetime(2024, 11, 29, 16, 40, tzinfo=ZONE))
AT_1645 = When.at_minute(datetime(2024, 11, 29, 16, 45, tzinfo=ZONE))
ANCHOR = "https://x.test/live#post-5"
FIRST = "Officials say seven people were killed in the forest fire near Balouta"
REWRITTEN = "Rescue teams reached the northern villages before nightfall on Friday"

# What one copy of the post says, by name; every copy is of entry "p" unless a row says otherwise.
SAYS: dict[str, dict[str, object]] = {
    "a": {},
    "b": {"text": REWRITTEN},
    "a+url": {"url": ANCHOR},
    "a@16:45": {"when": AT_1645, "marker": "16:45"},
    "a-lower": {"span": Span(7, 8)},  # the same post further down the page: not a revision
}


def _copy(poll: int, says: str) -> Copy:
    base = Copy(
        snapshot_label("live", POLLS[poll]),
        POLLS[poll],
        "p",
        EntryKind.POST,
        "16:40",
        AT_1640,
        None,
        FIRST,
        Span(0, 1),
    )
    return attrs.evolve(base, **SAYS[says])  # type: ignore[arg-type]


def _sequence(states: Sequence[tuple[str, ...]]) -> int:
    """The SEQUENCE of post "p" whose copies at poll n say ``states[n]`` (empty: not on the page).

    Another post is on every poll, so the page had a copy at each one.
    """
    copies = [_copy(n, says) for n, state in enumerate(states) for says in state]
    post = Entry(
        "p", EntryKind.POST, "16:40", AT_1640, None, FIRST, Span(0, 1), copies=copies, removed=not states[-1]
    )
    other = [
        attrs.evolve(_copy(n, "a"), id="q", text="Another post", span=Span(2, 3)) for n in range(len(states))
    ]
    filler = Entry("q", EntryKind.POST, "16:40", AT_1640, None, "Another post", Span(2, 3), copies=other)
    event = entry_event(post)
    assert event is not None
    return Changes([post, filler]).sequence(event)


@pytest.mark.parametrize(
    ("states", "sequence"),
    [
        ([("a",)], 0),  # created: 0, RFC 5545's default
        ([("a",), ("a",), ("a",)], 0),  # the same on every poll
        ([("a",), ("b",)], 1),  # edited
        ([("a",), ("b",), ("a",)], 2),  # edited, then put back: two revisions
        ([("a",), (), ("a",)], 2),  # gone, back
        ([("a",), (), ("b",)], 2),  # gone, back with another text: still gone + back
        ([("a",), ()], 1),  # gone (cancelled)
        ([("a",), (), ("a",), ()], 3),  # gone, back, gone
        ([(), ("a",), ("b",)], 1),  # first seen on the second poll: its creation is no revision
        ([("a",), ("a+url",)], 1),  # got a URL: the VEVENT's URL changes
        ([("a",), ("a@16:45",)], 1),  # its time moved: DTSTART changes
        ([("a",), ("a-lower",)], 0),  # newer posts pushed it down the page: nothing it says changed
        ([("a",), ("a", "b")], 1),  # a second copy with another text appeared
    ],
)
def test_sequence_counts_changes_of_what_the_post_says(states: list[tuple[str, ...]], sequence: int) -> None:
    """SEQUENCE counts the poll-to-poll changes of the post's state; position on the page is not one."""
    assert _sequence(states) == sequence


# --- two entries that a newer copy shows to be one post --------------------------------------------


def _page(poll: int, posts: Sequence[tuple[str, str, str | None]]) -> Timeline:
    """The page read at poll ``poll``: (raw id, text, URL) of each post stamped 16:40, top to bottom."""
    raw = [
        Entry(ident, EntryKind.POST, "16:40", AT_1640, None, text, Span(n, n + 1), url)
        for n, (ident, text, url) in enumerate(posts)
    ]
    entries = dedupe(raw, snapshot=snapshot_label("live", POLLS[poll]), seen=POLLS[poll])
    events = sorted((ev for ev in map(entry_event, entries) if ev is not None), key=event_order)
    return Timeline(
        reference=POLLS[poll], tz="Asia/Damascus", lang="en", entries=entries, events=events, source="live"
    )


# 18:00: the post under its anchor. 18:30: rewritten, and the copy lost its URL, so nothing ties it
# to the 18:00 one: the merge keeps two entries, the first one cancelled. 19:00: the rewritten text
# under the anchor again, which ties both: one entry, back on the page.
REGROUPED = [
    _page(0, [("p", FIRST, ANCHOR)]),
    _page(1, [("p", REWRITTEN, None)]),
    _page(2, [("p", REWRITTEN, ANCHOR)]),
]


def _status(timeline: Timeline) -> dict[str, tuple[str | None, int]]:
    """(STATUS, SEQUENCE) of each VEVENT as every reader reads it, keyed by its entry's id."""
    entry_of = {event_uid(timeline.source, ev.id): ev.entry_id for ev in timeline.events}
    return {entry_of[r.uid]: (r.status, r.sequence) for r in read_all(export_timeline(timeline, "ics"))}


def test_cancelled_post_joined_by_a_newer_copy_gets_a_higher_sequence() -> None:
    """A cancelled post that a newer copy joins to its rewrite is back at SEQUENCE 2, above the 1 it had.

    Counting only text changes over the joined copies («FIRST», «REWRITTEN», «REWRITTEN») gave 1:
    a calendar that had taken the cancellation at 1 would have kept the post cancelled.
    """
    assert _status(merge_all(REGROUPED[:1])) == {"p": (None, 0)}
    split = merge_all(REGROUPED[:2])
    (rewrite,) = [e.id for e in split.entries if e.id != "p"]
    assert [(e.id, e.removed) for e in split.entries] == [("p", True), (rewrite, False)]
    # 18:30: "p" vanished (1); the rewrite is a new post (0).
    assert _status(split) == {"p": ("CANCELLED", 1), rewrite: (None, 0)}
    joined = merge_all(REGROUPED)
    assert [(e.id, e.removed) for e in joined.entries] == [("p", False)]
    # States per poll: {FIRST+anchor}, {REWRITTEN}, {REWRITTEN+anchor}: two changes, and not removed.
    assert _status(joined) == {"p": (None, 2)}


def test_followed_one_poll_at_a_time_the_same() -> None:
    """``liveblog follow`` folds one poll at a time: the same calendars, and the follow property holds."""
    fold = Fold()
    for k, page in enumerate(REGROUPED, 1):
        assert export_timeline(fold.add(page), "ics") == export_timeline(merge_all(REGROUPED[:k]), "ics")
    sequence_property.hypothesis.inner_test(REGROUPED)  # type: ignore[attr-defined]
