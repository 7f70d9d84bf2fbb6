"""The paths a week-long live blog stresses grow linearly: work is counted at two sizes, never timed.

Each test counts the expensive step of one path (pair comparisons, clause
comparisons, tree-wide queries) for n and 4n inputs in the same test; linear
work grows by 4 (``GROWTH_PER_X4`` leaves room). Times for the same inputs are
printed by ``python bench/hostile.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import attrs
import pytest
from bench import hostile
from hypothesis import HealthCheck, given, settings
from selectolax.lexbor import LexborHTMLParser

import liveblog
from liveblog.assemble import _mentions, dedup
from liveblog.model import Copy, EntryKind, Event, EventKind, Span, Timeline, When
from liveblog.read import _html

from .strategies import snapshots
from .work import GROWTH_PER_X4, calls

T0 = datetime(2024, 11, 29, 20, 15, tzinfo=UTC)


def _counted(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Replace ``owner.name`` by a wrapper that counts its calls; the count is ``box[0]``."""
    real = getattr(owner, name)
    box = [0]

    def counting(*args: Any, **kwargs: Any) -> Any:
        box[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return box


def _ratio(count: list[int], run: Callable[[int], object], n: int) -> float:
    count[0] = 0
    run(n)
    small = count[0]
    count[0] = 0
    run(4 * n)
    assert small > 0, "the counted step never ran: the test would prove nothing"
    return count[0] / small


# --- dedup: many posts in one minute ------------------------------------------------------------


def _same_minute_copies(n: int) -> list[Copy]:
    """``n`` different posts stamped the same minute, in the words of the issue's example."""
    when = When.at_minute(T0)
    return [
        Copy(
            "page", T0, f"p{i}", EntryKind.POST, "20:15", when, None,
            f"Death toll in district {i} rises to {i * 7}, officials say.", Span(i, i + 1),
        )
        for i in range(n)
    ]  # fmt: skip


def test_same_minute_posts_are_compared_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """16,000 posts in one minute took 36 M comparisons; pair comparisons now grow linearly."""
    count = _counted(monkeypatch, dedup, "_same")
    groups: list[int] = []

    def run(n: int) -> None:
        groups.append(len(dedup.group(_same_minute_copies(n))))

    assert _ratio(count, run, 500) <= GROWTH_PER_X4
    assert groups == [500, 2000]  # different figures and places: every post stays


def test_repeated_posts_in_a_crowded_minute_still_fold() -> None:
    """The candidate index still finds the repeats: each post twice (pinned and in the feed) folds to one."""
    copies = _same_minute_copies(300)
    pinned = [attrs.evolve(c, id=f"pin-{c.id}", kind=EntryKind.PINNED, span=Span(0, 1)) for c in copies]
    groups = dedup.group([*copies, *pinned])
    assert len(groups) == 300
    assert all(len(g) == 2 for g in groups)


# --- mentions: one date cited by thousands of posts ----------------------------------------------


def _word(i: int, k: int) -> str:
    """A made-up word, different for every (i, k): clauses that share nothing but the date."""
    return hashlib.blake2b(f"{i}-{k}".encode(), digest_size=4).hexdigest()


def _mentions_of(n: int) -> list[Event]:
    """``n`` posts each citing "since 7 October 2023" in different words."""
    start = datetime(2023, 10, 7, tzinfo=UTC)
    when = When(start, start + timedelta(days=1), "day", "2023-10-07")
    out = []
    for i in range(n):
        before, after = " ".join(_word(i, k) for k in range(5)), " ".join(_word(i, k) for k in range(5, 10))
        text = f"{before} since 7 October 2023 {after}"
        out.append(Event(f"m{i}", EventKind.MENTION, when, text, f"p{i}", "7 October 2023", Span(0, 1),
                         "en-date", (f"p{i}",)))  # fmt: skip
    return out


def test_one_date_cited_thousands_of_times_takes_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """10,000 posts citing one date took 20 s; clause comparisons now grow linearly."""

    class CountingFuzz:
        calls: ClassVar[list[int]] = [0]

        @staticmethod
        def ratio(a: str, b: str, **kw: Any) -> float:
            CountingFuzz.calls[0] += 1
            from liveblog.assemble._similar import ratio

            return ratio(a, b, **kw)

    monkeypatch.setattr(_mentions, "ratio", CountingFuzz.ratio)  # fast9: rapidfuzz's, imported on first use
    kept: list[int] = []

    def run(n: int) -> None:
        kept.append(len(dedup.dedupe_mentions(_mentions_of(n), {})))

    assert _ratio(CountingFuzz.calls, run, 500) <= GROWTH_PER_X4
    assert kept == [500, 2000]  # every clause differs: no mention is folded


def test_the_same_clause_in_many_posts_still_folds() -> None:
    """Past the comparison cap the same clause cited by many posts is still one happening."""
    events = _mentions_of(200)
    again = [
        Event(f"r{i}", ev.kind, ev.when, ev.text, f"q{i}", ev.expression, ev.span, ev.rule, (f"q{i}",))
        for i, ev in enumerate(events)
    ]
    kept = dedup.dedupe_mentions([*events, *again], {})
    assert len(kept) == 200
    assert all(len(ev.sources) == 2 for ev in kept)


# --- JSON-LD: each update's block found by its anchor --------------------------------------------


def test_jsonld_anchors_are_found_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page of n JSON-LD updates makes a fixed number of tree-wide queries, not one per update."""
    queries = [0]

    class CountingTree(LexborHTMLParser):
        def css_first(self, *args: Any, **kwargs: Any) -> Any:
            queries[0] += 1
            return super().css_first(*args, **kwargs)

        def css(self, *args: Any, **kwargs: Any) -> Any:
            queries[0] += 1
            return super().css(*args, **kwargs)

    monkeypatch.setattr(_html, "LexborHTMLParser", CountingTree)
    counts = []
    for n in (50, 200):
        queries[0] = 0
        doc = _html.read_html(hostile.jsonld(n))
        assert doc.blocks is not None
        assert len(doc.blocks) == n
        assert doc.blocks[7].marker == "20:52"  # 20:59 less 7 minutes: the anchored block's label
        counts.append(queries[0])
    assert counts[0] == counts[1]


def test_parse_of_same_minute_posts_takes_linear_calls() -> None:
    """The whole pipeline on n and 4n same-minute posts: Python calls grow linearly."""

    def page(n: int) -> str:
        return "".join(f"20:15\nDeath toll in town {i} rises to {i}\n" for i in range(n))

    liveblog.parse(page(5), reference="2024-11-29T21:00", tz="UTC")
    small = calls(lambda: liveblog.parse(page(300), reference="2024-11-29T21:00", tz="UTC"))
    large = calls(lambda: liveblog.parse(page(1200), reference="2024-11-29T21:00", tz="UTC"))
    assert large / small <= GROWTH_PER_X4


# --- JSON export: written piece by piece, the same text ------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_streamed_json_is_the_one_json_style(timeline: Timeline) -> None:
    """The JSON written one record at a time is byte for byte ``dumps`` of the whole dict."""
    from liveblog._json import dumps, timeline_to_dict, timeline_to_json

    assert timeline_to_json(timeline) == dumps(timeline_to_dict(timeline))
    assert timeline_to_json(timeline, events=()) == dumps(timeline_to_dict(timeline, events=()))


def test_json_export_holds_no_tree_of_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exporting n set-aside lines keeps at most one record's dict alive at a time."""
    from liveblog import _json

    alive, most = [0], [0]
    real = _json._span

    class Watched(dict[str, int]):
        def __del__(self) -> None:
            alive[0] -= 1

    def span(s: Span) -> dict[str, int]:
        alive[0] += 1
        most[0] = max(most[0], alive[0])
        return Watched(real(s))

    monkeypatch.setattr(_json, "_span", span)
    tl = liveblog.parse("Show more\n" * 2000, reference="2024-11-29T21:00", tz="UTC")
    assert len(tl.ignored) == 2000
    tl.to_json()
    assert most[0] <= 2
