"""Issue 12, memory (eighth session): what a big JSON-LD page keeps alive, counted, never timed.

A set-aside record holds its offsets, not a span object; a structured page's lines outside its
blocks are made records as they are read (never all held as lines); equal markers are one
object; assembly lets the raw entries go once they are folded; sorting groups and events makes
no key per item. Expected values are worked out by hand from the inputs below.
"""

from __future__ import annotations

import gc
import json
import weakref
from datetime import UTC, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog import assemble as assembly
from liveblog.assemble import event_order, sort_events
from liveblog.assemble.dedup import _copy_order, group
from liveblog.model import Copy, Entry, EntryKind, Event, EventKind, Ignored, Span, Timeline, When
from liveblog.read import read_text
from liveblog.segment import _inside_lines, segment
from liveblog.segment._lines import Line, classify, iter_lines

REF = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)
REASON = "page chrome (button, label or navigation)"


def _page(n: int) -> str:
    """``n`` JSON-LD updates, each with a visible copy in the body (a clock line and a text line)."""
    updates = ",".join(
        f'{{"@type": "BlogPosting", "url": "https://x.test/live#u{i}", '
        f'"datePublished": "2024-11-29T20:{i % 60:02}:00+00:00", "articleBody": "Update {i} text."}}'
        for i in range(n)
    )
    blocks = "".join(f'<div id="u{i}"><time>20:{i % 60:02}</time><p>Update {i}.</p></div>' for i in range(n))
    data = f'{{"@type": "LiveBlogPosting", "liveBlogUpdate": [{updates}]}}'
    return (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>{blocks}</body></html>'
    )


# --- the set-aside record ----------------------------------------------------------------------


def test_ignored_holds_offsets_not_a_span() -> None:
    """A record's fields are its text, two offsets and its reason; ``span`` is made on access."""
    ig = Ignored("Share", Span(10, 15), REASON)
    assert [f.name for f in attrs.fields(Ignored)] == ["text", "start", "end", "reason"]
    assert not any(isinstance(getattr(ig, f.name), Span) for f in attrs.fields(Ignored))
    assert (ig.start, ig.end, ig.span) == (10, 15, Span(10, 15))
    assert ig == Ignored("Share", start=10, end=15, reason=REASON)
    assert hash(ig) == hash(Ignored("Share", start=10, end=15, reason=REASON))
    assert ig != Ignored("Share", Span(10, 16), REASON)
    assert attrs.evolve(ig, end=20).span == Span(10, 20)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: Ignored("x", Span(0, 1)), TypeError),  # no reason
        (lambda: Ignored("x", reason=REASON), TypeError),  # no span
        (lambda: Ignored("x", Span(0, 1), REASON, start=0, end=1), TypeError),  # both
        (lambda: Ignored("x", start=5, end=4, reason=REASON), ValueError),  # end before start
        (lambda: Ignored("x", start=-1, end=4, reason=REASON), ValueError),  # negative start
    ],
)
def test_bad_records_fail_in_the_constructor(make: object, error: type[Exception]) -> None:
    """A record without a span or reason, with both forms, or with bad offsets is refused."""
    with pytest.raises(error):
        make()  # type: ignore[operator]


def test_records_round_trip_through_json() -> None:
    """The JSON of a timeline's records (span as before) reads back to equal records."""
    tl = liveblog.parse(_page(3), reference=REF, tz="UTC")
    assert len(tl.ignored) == 6  # each visible copy: its clock line and its text line
    first = json.loads(tl.to_json())["ignored"][0]
    assert first["span"] == {"start": tl.ignored[0].start, "end": tl.ignored[0].end}
    assert Timeline.from_json(tl.to_json()).ignored == tl.ignored


# --- the structured page's lines ---------------------------------------------------------------


def test_lines_outside_the_blocks_are_not_kept() -> None:
    """Of a page of n updates only the 2 n lines inside the blocks are kept; the visible copies'
    2 n lines become records as they are read, and the blank lines (n after the blocks, n - 1
    between the copies: the page text ends with the last copy) are dropped."""
    n = 30
    doc = read_text(_page(n))
    assert doc.blocks is not None
    assert sum(1 for _ in iter_lines(doc.text)) == 6 * n - 1
    kept, aside, first_of = _inside_lines(doc, REF, "en", {})
    assert len(kept) == 2 * n  # each block: its label line and its text line
    assert len(aside) == 2 * n
    assert len(first_of) == n
    assert all(ig.reason.startswith("page text outside the live blocks") for ig in aside)


def test_streamed_lines_segment_as_all_lines_do() -> None:
    """The same entries, records and lines as when every line of the page is held (the old path)."""
    doc = read_text(_page(40))
    every = [classify(ln, REF, "en") for ln in iter_lines(doc.text)]
    held = segment(doc, reference=REF, page_zone=UTC, lang="en", _lines=every)
    assert segment(doc, reference=REF, page_zone=UTC, lang="en") == held


def test_equal_markers_are_one_object() -> None:
    """100 posts stamped at 3 different clocks hold 3 marker objects."""
    text = "".join(f"20:{i % 3:02}\nPost number {i}.\n\n" for i in range(100))
    shared: dict[object, object] = {}
    lines = [classify(ln, REF, "en", shared) for ln in iter_lines(text)]  # type: ignore[arg-type]
    markers = [ln.marker for ln in lines if ln.marker is not None]
    assert len(markers) == 100
    assert len({id(m) for m in markers}) == 3


def test_a_line_has_no_end_field() -> None:
    """A line keeps its start and text; its end is the start plus the text's length."""
    assert "end" not in attrs.fields_dict(Line)
    ln = Line(4, 10, "abc")
    assert (ln.end, ln.span) == (13, Span(10, 13))


# --- assembly ----------------------------------------------------------------------------------


def test_assembly_lets_the_raw_entries_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the caller keeps no name to the segmented page, its raw entries are freed before the
    mentions are read (they live on as copies of the folded entries)."""
    doc = read_text(_page(20))
    seg = segment(doc, reference=REF, page_zone=UTC, lang="en")
    refs = [weakref.ref(e) for e in seg.entries]
    alive: list[int] = []
    real = assembly._dedupe_folded  # seg11: the mentions stream in with their folds

    def counting(*args: object) -> object:
        gc.collect()
        alive.append(sum(r() is not None for r in refs))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(assembly, "_dedupe_folded", counting)
    handed = [seg]
    del seg
    tl = assembly.assemble(handed.pop(), reference=REF, tz="UTC", lang="en")
    assert alive == [0]
    assert len(tl.entries) == 20
    assert all(len(e.copies) == 1 for e in tl.entries)


def _copy(i: int, minute: int, text: str) -> Copy:
    at = When.at_minute(REF - timedelta(minutes=minute))
    return Copy("p", REF, f"e{i}", EntryKind.POST, "20:00", at, None, text, Span(10 * i, 10 * i + 5))


def test_groups_come_in_order_of_their_first_copy() -> None:
    """Groups are sorted inside and ordered by their first copy without a sort over groups: the
    repeat at offset 40 joins the post at offset 0, whose group comes first."""
    text = "Rescue teams reach the flooded valley after the storm"
    copies = [
        _copy(4, 5, text),  # a repeat, last on the page
        _copy(1, 9, "Officials open three shelters for families in the north"),
        _copy(0, 5, text),
        _copy(2, 1, "Power returns to most homes in the eastern districts"),
    ]
    groups = group(copies)
    assert [[c.id for c in g] for g in groups] == [["e0", "e4"], ["e1"], ["e2"]]
    firsts = [_copy_order(g[0]) for g in groups]
    assert firsts == sorted(firsts)


_KINDS = st.sampled_from([EventKind.ENTRY, EventKind.MENTION])


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 2), _KINDS, st.sampled_from("abc")), max_size=12))
def test_events_sort_as_on_the_whole_key(specs: list[tuple[int, int, EventKind, str]]) -> None:
    """One stable sort per key part orders events as one sort on ``event_order``."""
    events = []
    for n, (start, length, kind, ident) in enumerate(specs):
        begin = REF + timedelta(minutes=start)
        when = When(begin, begin + timedelta(minutes=length), "minute", f"2024-11-29 #{n}")
        events.append(Event(ident, kind, when, str(n), "e", "", Span(0, 0), "marker"))
    expected = sorted(events, key=event_order)
    sort_events(events)
    assert events == expected


def test_a_timeline_entry_is_still_an_entry() -> None:
    """The folded entries are ordinary entries (the raw ones are gone, not their values)."""
    tl = liveblog.parse(_page(2), reference=REF, tz="UTC")
    assert all(isinstance(e, Entry) for e in tl.entries)
    assert [e.text for e in tl.entries] == ["Update 0 text.", "Update 1 text."]
