"""What the hostile pages keep alive is counted, never measured in bytes of RSS or in seconds.

Word indexes of crowded deduplication hold only the words that can lead from one
text to another; equal neighbouring values are one object. Expected counts are
worked out from the inputs below by hand.
"""

from __future__ import annotations

import hashlib
from array import array
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import liveblog
from liveblog.assemble import _mentions, dedup
from liveblog.model import Copy, EntryKind, Event, EventKind, Span, When

T0 = datetime(2024, 11, 29, 20, 15, tzinfo=UTC)
DAY = When(datetime(2023, 10, 7, tzinfo=UTC), datetime(2023, 10, 8, tzinfo=UTC), "day", "2023-10-07")


def _word(i: int, k: int) -> str:
    """A made-up word of letters only, different for every (i, k)."""
    digest = hashlib.blake2b(f"{i}-{k}".encode(), digest_size=4).hexdigest()
    return "".join(chr(ord("a") + int(c, 16) % 26) for c in digest)


def _holds(monkeypatch: pytest.MonkeyPatch, owner: object) -> list[int]:
    """Count the calls of ``owner.hold`` (one per word noted in an index)."""
    real = owner.hold  # type: ignore[attr-defined]
    box = [0]

    def counting(*args: Any) -> None:
        box[0] += 1
        real(*args)

    monkeypatch.setattr(owner, "hold", counting)
    return box


def _mention(i: int, words: str, entry: str | None = None) -> Event:
    owner = entry or f"p{i}"
    return Event(f"m{i}", EventKind.MENTION, DAY, f"{words} since 7 October 2023", owner, "7 October 2023",
                 Span(0, 1), "en-date", (owner,))  # fmt: skip


def test_counts_of_hashed_words_are_a_sorted_array() -> None:
    counts = _mentions._Counts(array("q", [3, 1, 3, 2, 3]))
    assert (counts.get(3), counts.get(1), counts.get(2), counts.get(5)) == (3, 1, 1, 0)
    assert counts[2] == 1
    with pytest.raises(KeyError):
        counts[5]
    assert (len(counts), sorted(counts)) == (3, [1, 2, 3])


@pytest.mark.parametrize(
    ("shared_every", "holds"),
    [
        # 200 clauses of one date, each with 4 words of its own: no word leads to another clause.
        (0, 0),
        # Clauses 2k and 2k+1 also share a word of their own: 100 pairs, 2 clauses each hold it.
        (2, 200),
    ],
)
def test_the_mention_index_holds_only_words_that_lead_elsewhere(
    monkeypatch: pytest.MonkeyPatch, shared_every: int, holds: int
) -> None:
    box = _holds(monkeypatch, _mentions)
    events = []
    for i in range(200):
        words = " ".join(_word(i, k) for k in range(4))
        if shared_every:
            words += " " + _word(i // shared_every, 99)
        events.append(_mention(i, words))
    kept = dedup.dedupe_mentions(events, {})
    assert box[0] == holds
    # Clauses of four (or five) words, one or two shared of 8 or 9: below the 88 % likeness, none fold.
    assert len(kept) == 200


def test_an_identical_clause_in_another_post_is_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """Words of one clause alone are held when the same clause stands next in order (another post)."""
    box = _holds(monkeypatch, _mentions)
    events = [_mention(i, " ".join(_word(i, k) for k in range(4))) for i in range(100)]
    events.append(_mention(100, " ".join(_word(7, k) for k in range(4)), entry="q7"))  # post q7 repeats p7
    kept = dedup.dedupe_mentions(events, {})
    assert len(kept) == 100
    (folded,) = [ev for ev in kept if len(ev.sources) > 1]
    assert folded.sources == ("p7", "q7")
    # The clause has 4 own words plus "since 7 october 2023" (cited by 100 distinct clauses, > 64):
    # the first of the two identical clauses, a leader, holds its 4 words of count 1.
    assert box[0] == 4


def _copy(i: int, text: str) -> Copy:
    when = When.at_minute(T0)
    return Copy("page", T0, f"e{i}", EntryKind.POST, "20:15", when, None, text, Span(100 * i, 100 * i + 50))


@pytest.mark.parametrize(("pairs", "holds", "groups"), [(False, 0, 100), (True, 100, 100)])
def test_the_same_minute_index_holds_only_shared_words(
    monkeypatch: pytest.MonkeyPatch, pairs: bool, holds: int, groups: int
) -> None:
    """100 posts in one minute (past the 64 of a plain comparison): words of one post are not held."""
    box = _holds(monkeypatch, dedup)
    copies = []
    for i in range(100):
        text = " ".join(_word(i, k) for k in range(6))
        if pairs:  # posts 2k and 2k+1 share one word: 50 words, each held by its 2 posts
            text += " " + _word(i // 2, 99)
        copies.append(_copy(i, text))
    assert len(dedup.group(copies)) == groups  # 1 shared word of 7: far from alike, nothing folds
    assert box[0] == holds


def test_posts_stamped_the_same_minute_share_one_time_value() -> None:
    page = "".join(f"20:15\nDeath toll in district {i} rises to {i * 7}, officials say.\n" for i in range(50))
    tl = liveblog.parse(page, reference="2024-11-29T21:00", tz="UTC")
    assert len(tl.entries) == 50
    assert len({id(e.when) for e in tl.entries}) == 1
    apart = "".join(
        f"{(T0 - timedelta(minutes=i)):%H:%M}\nDeath toll in district {i} rises.\n" for i in range(50)
    )
    tl = liveblog.parse(apart, reference="2024-11-29T21:00", tz="UTC")
    assert len({e.when.start for e in tl.entries if e.when is not None}) == 50
