"""Benchmark: merging many snapshots of one live page (``python bench/dedup.py``).

Builds a synthetic live page of 500 entries per snapshot: each snapshot adds
ten new posts and drops the ten oldest (a page that shows its latest 500), and
edits five posts (a sentence added). It then merges 10 and 50 snapshots at
once with :func:`liveblog.assemble.merge.merge_all` and prints the time, the peak
memory (tracemalloc, measured in a separate run so it does not slow the
timing) and the ratio of the two times. Merging is linear in the number of
appearances when the candidates are blocked well, so 50 snapshots should
take about five times as long as 10.

A pairwise fold (``merge(merge(a, b), c)…``, what ``liveblog follow`` does per
poll) is timed too: each step re-reads everything merged so far, so one step
grows with the number of snapshots merged before it; the memory the merged
timeline keeps after 50 polls is printed (tracemalloc, snapshots released).
"""

from __future__ import annotations

import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from liveblog.assemble import entry_event, event_order
from liveblog.assemble.dedup import dedupe, snapshot_label
from liveblog.assemble.merge import merge, merge_all
from liveblog.model import Entry, EntryKind, Span, Timeline, When

PER_SNAPSHOT = 500
STEP = 10  # new posts per snapshot
EDITS = 5  # posts edited per snapshot
_VOCABULARY = (
    "القوات المدينة الجمعة حلب الفصائل المعارضة دخلت بعد معارك ضارية مع قوات النظام وأعلنت السيطرة "
    "على أحياء عدة في الشمال وقال مصدر إن الاشتباكات مستمرة "
    "the army said on Friday that its units had entered several districts after heavy fighting "
    "officials reported casualties and aid groups warned of"
)
_WORDS = _VOCABULARY.split()
START = datetime(2024, 11, 29, 0, 0, tzinfo=UTC)


def _posts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choices(_WORDS, k=rng.randint(25, 60))) + f" ({i})" for i in range(n)]


def snapshot(k: int, posts: list[str]) -> Timeline:
    """Snapshot ``k``: posts ``[STEP*k, STEP*k + PER_SNAPSHOT)``, the edited ones with a sentence added."""
    seen = START + timedelta(days=2, minutes=30 * k)
    edited = {STEP * j + 100 + e for j in range(k + 1) for e in range(EDITS)}
    raw: list[Entry] = []
    for n, i in enumerate(range(STEP * k, STEP * k + PER_SNAPSHOT)):
        when = When.at_minute(START + timedelta(minutes=3 * i))
        # A fresh string per snapshot, as a real parse gives (merge shares equal texts again).
        text = (posts[i] + (" وأضاف المصدر تفاصيل جديدة." if i in edited else "") + " ")[:-1]
        raw.append(Entry(f"e{i:05d}", EntryKind.POST, when.timex[-5:], when, None, text, Span(n, n + 1)))
    entries = dedupe(raw, snapshot=snapshot_label("bench", seen), seen=seen)
    events = sorted((ev for ev in map(entry_event, entries) if ev is not None), key=event_order)
    return Timeline(reference=seen, tz="UTC", lang="ar", entries=entries, events=events, source="bench")


def _timed(work: Callable[[], Timeline]) -> tuple[float, Timeline]:
    t0 = time.perf_counter()
    result = work()
    return time.perf_counter() - t0, result


def _peak(work: Callable[[], Timeline]) -> float:
    tracemalloc.start()
    work()
    _size, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _merge_at_once(snaps: list[Timeline]) -> None:
    times: dict[int, float] = {}
    for n in (10, 50):
        part = snaps[:n]
        seconds, merged = _timed(lambda part=part: merge_all(part))  # type: ignore[misc]
        times[n] = seconds
        copies = sum(len(e.copies) for e in merged.entries)
        removed = sum(e.removed for e in merged.entries)
        mib = _peak(lambda part=part: merge_all(part))  # type: ignore[misc]
        print(
            f"merge_all {n:>2} snapshots: {seconds:6.2f} s, peak {mib:6.1f} MiB; "
            f"{len(merged.entries)} entries ({removed} removed) from {copies} appearances"
        )
        expected = PER_SNAPSHOT + STEP * (n - 1)
        assert len(merged.entries) == expected, (len(merged.entries), expected)
        assert copies == PER_SNAPSHOT * n
    print(f"ratio 50/10 snapshots: {times[50] / times[10]:.2f} (linear would be 5.0)")
    first = snaps[:10]
    seconds, folded = _timed(lambda: _fold(first))
    print(f"pairwise fold of 10 snapshots: {seconds:.2f} s (same result: {folded == merge_all(first)})")


def _fold(snaps: list[Timeline]) -> Timeline:
    merged = snaps[0]
    for s in snaps[1:]:
        merged = merge(merged, s)
    return merged


def _follow_like(posts: list[str], n: int, *, trace: bool) -> None:
    """What ``liveblog follow`` does: one new snapshot per poll merged into the timeline so far."""
    gc.collect()
    if trace:
        tracemalloc.start()
    merged = snapshot(0, posts)
    steps: list[float] = []
    for k in range(1, n):
        new = snapshot(k, posts)
        t0 = time.perf_counter()
        merged = merge(merged, new)
        steps.append(time.perf_counter() - t0)
    del new
    gc.collect()
    if trace:
        retained, _peak_bytes = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"follow-like, {n} polls: the merged timeline holds {retained / 2**20:.1f} MiB")
    else:
        print(
            f"follow-like, {n} polls: one merge step takes {steps[0]:.2f} s at poll 2, "
            f"{steps[n // 5 - 2]:.2f} s at poll {n // 5}, {steps[-1]:.2f} s at poll {n}"
        )


def main() -> int:
    """Build the snapshots, merge 10 and 50 of them, follow 50 polls, print the figures."""
    n_max = 50
    posts = _posts(STEP * n_max + PER_SNAPSHOT)
    t0 = time.perf_counter()
    snaps = [snapshot(k, posts) for k in range(n_max)]
    print(f"built {n_max} snapshots x {PER_SNAPSHOT} entries in {time.perf_counter() - t0:.2f} s")
    _merge_at_once(snaps)
    snaps.clear()
    _follow_like(posts, n_max, trace=False)
    _follow_like(posts, n_max, trace=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
