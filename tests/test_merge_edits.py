"""An edited post's mentions follow its newest copy: the older wording's dates are history, not events."""

from __future__ import annotations

import pytest

import liveblog
from liveblog.assemble.merge import merge, merge_all
from liveblog.export import export_timeline
from liveblog.model import EventKind, Timeline

# (first wording, edited wording, reference of each snapshot): the same post, its mention re-worded
EDITS = [
    (
        "20:15\nTalks on the truce will resume next Friday, officials said.\n",
        "20:15\nTalks on the truce will resume next Friday after a pause requested by both delegations, "
        "officials said.\n",
    ),
    (
        "20:15\nقالت مصادر إن المحادثات ستستأنف يوم الجمعة المقبل.\n",
        "20:15\nقالت مصادر إن المحادثات ستستأنف يوم الجمعة المقبل بعد توقف طلبه الوفدان في الدوحة.\n",
    ),
]


def _snapshots(first: str, edited: str) -> tuple[Timeline, Timeline]:
    a = liveblog.parse(first, reference="2024-11-27T21:00", tz="UTC")
    b = liveblog.parse(edited, reference="2024-11-27T22:00", tz="UTC")
    return a, b


def _mentions(tl: Timeline) -> list[tuple[str, str]]:
    return [(ev.expression, ev.text) for ev in tl.events if ev.kind is EventKind.MENTION]


@pytest.mark.parametrize(("first", "edited"), EDITS)
def test_an_edited_post_has_the_mentions_of_its_newest_copy(first: str, edited: str) -> None:
    """One entry, one mention: the one in the edited text (its sentence is the new one)."""
    a, b = _snapshots(first, edited)
    merged = merge(a, b)
    assert len(merged.entries) == 1
    (entry,) = merged.entries
    assert len(entry.copies) == 2
    assert _mentions(merged) == _mentions(b)
    assert len(_mentions(b)) == 1
    assert export_timeline(merged, "ics").count("BEGIN:VEVENT") == 2  # the post and its one mention


@pytest.mark.parametrize(("first", "edited"), EDITS)
def test_merging_again_or_in_any_order_changes_nothing(first: str, edited: str) -> None:
    """Filtering by the newest copy keeps merge idempotent and order-free."""
    a, b = _snapshots(first, edited)
    merged = merge(a, b)
    assert merge(b, a) == merged
    assert merge(merged, b) == merged
    assert merge_all([a, merged, b]) == merged


def test_a_removed_post_keeps_the_mentions_of_its_last_copy() -> None:
    """A post gone from the newest snapshot keeps what its last copy said (marked removed)."""
    a = liveblog.parse("20:15\nTalks will resume next Friday.\n", reference="2024-11-27T21:00", tz="UTC")
    b = liveblog.parse("21:30\nRain all evening.\n", reference="2024-11-27T22:00", tz="UTC")
    merged = merge(a, b)
    gone = [e for e in merged.entries if e.removed]
    assert len(gone) == 1
    assert _mentions(merged) == _mentions(a)
