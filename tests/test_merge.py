"""Snapshot merge: three saved copies of one Arabic live page, ids that survive edits, merge laws."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog import parse
from liveblog.assemble.merge import merge, merge_all
from liveblog.errors import ConfigError
from liveblog.model import Entry, Timeline
from liveblog.pipeline import parse_input

from .strategies import snapshots

SNAPSHOTS = Path(__file__).parent / "fixtures" / "snapshots"
EXPECTED = json.loads((SNAPSHOTS / "arabic_live.merged.expected.json").read_text(encoding="utf-8"))
REF = {"tz": "Asia/Damascus"}


@pytest.fixture(scope="module")
def pages() -> dict[str, Timeline]:
    """The three snapshots, each read with its own page reference."""
    return {name: parse_input(SNAPSHOTS / name, **REF) for name in EXPECTED["pages"]}


@pytest.fixture(scope="module")
def merged(pages: dict[str, Timeline]) -> Timeline:
    """The three snapshots merged at once."""
    return merge_all(pages.values())


def _files(e: Entry, pages: dict[str, Timeline]) -> list[str]:
    by_label = {f"{tl.source} @ {tl.reference.isoformat()}": name for name, tl in pages.items()}
    return [by_label[s] for s in e.seen_in]


def test_merged_entries_match_the_expectation(merged: Timeline, pages: dict[str, Timeline]) -> None:
    """Each post once: time, kind, marker, text start, copies, seen_in and removed as written by hand."""
    got: list[dict[str, Any]] = []
    for e in merged.entries:
        got.append(
            {
                "time": e.when.start.isoformat(timespec="minutes") if e.when and e.marker else None,
                "kind": e.kind.value,
                "title": e.title,
                "marker": e.marker,
                "copies": len(e.copies),
                "seen_in": _files(e, pages),
                "removed": e.removed,
            }
        )
    want = [
        {k: w[k] for k in ("time", "kind", "title", "marker", "copies", "seen_in")}
        | {"removed": w.get("removed", False)}
        for w in EXPECTED["entries"]
    ]
    assert got == want
    for e, w in zip(merged.entries, EXPECTED["entries"], strict=True):
        assert e.text.startswith(w["text_starts_with"])
        assert w.get("text_contains", "") in e.text
        assert len(e.revisions) == w.get("revisions", 1)
        if "anchor" in w:
            assert e.url is not None
            assert e.url.endswith(w["anchor"])


def test_raw_count_and_kinds(merged: Timeline) -> None:
    """Every entry of every snapshot is one copy: 6 + 8 + 9 raw entries, by kind."""
    kinds = [c.kind.value for e in merged.entries for c in e.copies]
    assert len(kinds) == EXPECTED["raw_entry_count"]
    assert {k: kinds.count(k) for k in set(kinds)} == EXPECTED["raw_by_kind"]


def test_edited_post_keeps_one_id_and_both_texts(merged: Timeline, pages: dict[str, Timeline]) -> None:
    """The 16:40 post has the same id in every snapshot and in the merge; the old text is a revision."""
    first = next(e for e in pages["arabic_live_1.html"].entries if e.marker == "16:40")
    e = merged.entry(first.id)
    assert "المروحة" in e.revisions[0]
    assert "المروحية" in e.revisions[-1]
    assert "المروحية" in e.text


def test_merged_metadata_is_the_newest_snapshot(merged: Timeline) -> None:
    """Reference, title and zone come from the latest snapshot."""
    assert merged.reference.isoformat()[:16] == EXPECTED["reference"][:16]
    assert merged.title == EXPECTED["title"]
    assert merged.tz == EXPECTED["tz"]
    for chrome in EXPECTED["ignored_contains"]:
        assert any(chrome in ig.text for ig in merged.ignored), chrome


def test_any_order_and_grouping_gives_the_same_timeline(pages: dict[str, Timeline], merged: Timeline) -> None:
    """Pairwise merges in every order and grouping equal the merge of all three at once."""
    tls = list(pages.values())
    for a, b, c in itertools.permutations(tls):
        assert merge(merge(a, b), c) == merged
        assert merge(a, merge(b, c)) == merged


@pytest.mark.parametrize("name", EXPECTED["pages"])
def test_merging_a_snapshot_with_itself_changes_nothing(pages: dict[str, Timeline], name: str) -> None:
    """A page merged with itself is the page."""
    assert merge(pages[name], pages[name]) == pages[name]


def test_ids_are_distinct(merged: Timeline) -> None:
    """Ten entries, ten ids; events point at them."""
    ids = [e.id for e in merged.entries]
    assert len(set(ids)) == len(ids) == len(EXPECTED["entries"])
    assert {ev.entry_id for ev in merged.events} <= set(ids)


# --- stable ids ----------------------------------------------------------------------------------

OPTS = {"tz": "UTC"}
BODY = " the flood barrier on the river failed overnight and the water reached the town centre before dawn."


def test_typo_in_the_opening_words_keeps_the_id() -> None:
    """A typo fixed in the first words changes the raw id, not the merged entry's id."""
    old = parse("10:00\nThe goverment said" + BODY, reference="2024-11-29T11:00", **OPTS)
    new = parse("10:00\nThe government said" + BODY, reference="2024-11-29T12:00", **OPTS)
    assert old.entries[0].id != new.entries[0].id  # the segmenter hashes the opening words
    (e,) = merge(old, new).entries
    assert e.id == old.entries[0].id
    assert e.text.startswith("The government")
    assert len(e.revisions) == 2


def test_a_new_post_never_takes_an_old_id() -> None:
    """A deleted post's id stays with it even when a new post at that minute hashes the same."""
    opening = "10:00\nThe army said on Friday that its units had"
    old = parse(
        opening + " entered the northern districts of the city after a night of shelling.",
        reference="2024-11-29T11:00",
        **OPTS,
    )
    new = parse(
        opening + " withdrawn from two villages, and that talks over a truce would resume in Cairo.",
        reference="2024-11-29T12:00",
        **OPTS,
    )
    assert old.entries[0].id == new.entries[0].id  # same minute, same eight opening words
    m = merge(old, new)
    assert len(m.entries) == 2
    by_text = {e.text[40:55]: e for e in m.entries}
    assert len({e.id for e in m.entries}) == 2
    gone = next(e for e in m.entries if e.removed)
    assert gone.id == old.entries[0].id
    assert "entered" in gone.text
    assert by_text


def test_merge_needs_a_timeline() -> None:
    """Merging nothing is a configuration error, not an empty timeline from nowhere."""
    with pytest.raises(ConfigError, match="at least one"):
        merge_all([])


# --- laws ----------------------------------------------------------------------------------------


def _content(tl: Timeline) -> list[tuple[str, str, str | None, str, bool, int]]:
    return [(e.id, e.kind.value, e.marker, e.text, e.removed, len(e.copies)) for e in tl.entries]


@settings(max_examples=40, deadline=None)
@given(snapshots(), snapshots())
def test_merge_is_commutative(a: Timeline, b: Timeline) -> None:
    """merge(a, b) == merge(b, a), ids and content."""
    assert merge(a, b) == merge(b, a)


@settings(max_examples=40, deadline=None)
@given(snapshots(), snapshots(), snapshots())
def test_merge_is_associative(a: Timeline, b: Timeline, c: Timeline) -> None:
    """(a + b) + c == a + (b + c) == all three at once."""
    left, right = merge(merge(a, b), c), merge(a, merge(b, c))
    assert _content(left) == _content(right)
    assert left == right == merge_all([a, b, c])


@settings(max_examples=40, deadline=None)
@given(snapshots(), snapshots())
def test_merge_is_idempotent(a: Timeline, b: Timeline) -> None:
    """Merging in a snapshot already merged changes nothing; a timeline merged with itself is itself."""
    assert merge(a, a) == a
    ab = merge(a, b)
    assert merge(ab, b) == ab
    assert merge(ab, ab) == ab


@settings(max_examples=40, deadline=None)
@given(st.lists(snapshots(), min_size=1, max_size=4))
def test_merge_loses_nothing(tls: list[Timeline]) -> None:
    """Every appearance in every snapshot is a copy of exactly one merged entry."""
    m = merge_all(tls)
    before = {c for tl in tls for e in tl.entries for c in e.copies}
    after = [c for e in m.entries for c in e.copies]
    assert len(after) == len(set(after))
    assert set(after) == before


def test_anchored_post_keeps_its_id_when_read_alone(tmp_path: Path) -> None:
    """A block with an #anchor keeps its id after its opening words change, even parsed on its own."""
    page = (SNAPSHOTS / "arabic_live_1.html").read_text(encoding="utf-8")
    assert "قالت وزارة الزراعة إن النيران" in page
    edited = tmp_path / "edited.html"
    fixed = page.replace("قالت وزارة الزراعة إن النيران", "أعلنت وزارة الزراعة أن النيران")
    edited.write_text(fixed, encoding="utf-8")
    before = parse_input(SNAPSHOTS / "arabic_live_1.html", **REF)
    after = parse_input(edited, **REF)
    (old,) = [e for e in before.entries if e.marker == "16:40"]
    (new,) = [e for e in after.entries if e.marker == "16:40"]
    assert new.text.startswith("أعلنت")
    assert new.id == old.id


def test_mention_in_an_edited_sentence_keeps_its_id_in_the_new_text() -> None:
    """Event ids stay unique after a merge; the mention the current text holds keeps the old id."""
    old = parse(
        "10:00\nThe convoy of aid trucks left the city on Friday morning.",
        reference="2024-11-29T11:00",
        **OPTS,
    )
    new = parse(
        "10:00\nThe convoy of aid trucks left the city on Friday morning, officials said.",
        reference="2024-11-29T12:00",
        **OPTS,
    )
    (before,) = [ev for ev in old.events if ev.expression.lower().endswith("friday morning")]
    (after,) = [ev for ev in new.events if ev.expression.lower().endswith("friday morning")]
    assert before.id == after.id  # same entry, same words, first occurrence
    m = merge(old, new)
    ids = [ev.id for ev in m.events]
    assert len(ids) == len(set(ids))
    kept = next(ev for ev in m.events if ev.id == after.id)
    assert "officials said" in kept.text


def test_an_empty_snapshot_removes_nothing(pages: dict[str, Timeline]) -> None:
    """A later snapshot with no entries at all (an error page) does not mark every post removed."""
    empty = parse("", reference="2024-11-29T20:30", tz="Asia/Damascus")
    assert not empty.entries
    m = merge(pages["arabic_live_3.html"], empty)
    assert not any(e.removed for e in m.entries)
    assert (m.title, m.reference) == (
        pages["arabic_live_3.html"].title,
        pages["arabic_live_3.html"].reference,
    )
