"""Deduplication: repeats fold into one entry, distinct posts stay apart, thresholds on both sides."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.assemble.dedup import DEFAULT, Thresholds, dedupe, dedupe_mentions, match_key, similarity
from liveblog.model import Entry, EntryKind, Event, EventKind, Span, Timeline, When
from liveblog.pipeline import parse_input

from .strategies import snapshots

FIXTURES = Path(__file__).parent / "fixtures"
T0 = datetime(2024, 11, 29, 15, 0, tzinfo=UTC)
SEEN = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)


def _entry(
    minute: int | None,
    text: str,
    *,
    title: str | None = None,
    kind: EntryKind = EntryKind.POST,
    url: str | None = None,
    id: str | None = None,
    start: int = 0,
) -> Entry:
    when = None if minute is None else When.at_minute(T0 + timedelta(minutes=minute))
    marker = None if when is None else when.start.strftime("%H:%M")
    ident = id or f"e{minute}-{kind.value}-{start}"
    return Entry(ident, kind, marker, when, title, text, Span(start, start + 1), url)


def _run(entries: list[Entry], thresholds: Thresholds = DEFAULT) -> tuple[Entry, ...]:
    return dedupe(entries, snapshot="page", seen=SEEN, thresholds=thresholds)


# --- pairs that must merge, pairs that must not --------------------------------------------------

AR_POST = "أعلنت السلطات إغلاق مطار الكويت الدولي أمام حركة الملاحة الجوية بسبب انعدام الرؤية."
EN_POST = "The World Food Programme says it has pre-positioned food for 200,000 people in the camps."

MERGE = [
    # a pinned copy of a feed post: same minute, same words
    ("pinned copy", _entry(10, AR_POST, kind=EntryKind.PINNED), _entry(10, AR_POST, start=5)),
    # a key-events item: the post's title alone, hamzas dropped, same minute
    (
        "key-events title, hamzas dropped",
        _entry(10, "", title="اغلاق مطار الكويت الدولي امام الرحلات", kind=EntryKind.SUMMARY),
        _entry(10, AR_POST, title="إغلاق مطار الكويت الدولي أمام الرحلات", start=5),
    ),
    # a key-events item truncated with an ellipsis
    (
        "truncated key-events item",
        _entry(10, "الأرصاد تحذر من استمرار العاصفة حتى…", kind=EntryKind.SUMMARY),
        _entry(10, "حذرت إدارة الأرصاد.", title="الأرصاد تحذر من استمرار العاصفة حتى صباح الثلاثاء", start=5),
    ),
    # an edit: a typo fixed and a sentence added, same minute
    (
        "typo fix and added sentence",
        _entry(40, "وإن الرياح الشديدة تعيق عمل الطائرات المروحة."),
        _entry(40, "وإن الرياح الشديدة تعيق عمل الطائرات المروحية. ومن المتوقع وصول تعزيزات.", start=5),
    ),
    # a re-post three minutes later, diacritics and Arabic-Indic digits aside
    (
        "re-post in Arabic",
        _entry(34, "وصلت ثلاث سيارات إطفاء من طرطوس"),
        _entry(37, "وَصلت ثلاث سيارات إطفاء من طرطوس", start=5),
    ),
    (
        "re-post, same text",
        _entry(34, EN_POST, title="UN agencies ready aid"),
        _entry(37, EN_POST, title="UN agencies ready aid", start=5),
    ),
    (
        "re-post with a typo fixed",
        _entry(34, EN_POST),
        _entry(37, EN_POST.replace("pre-positioned", "prepositioned"), start=5),
    ),
    (
        "re-post with digits respelt",
        _entry(5, "قتل ٧ أشخاص في القصف على المدينة"),
        _entry(9, "قتل 7 أشخاص في القصف على المدينة", start=5),
    ),
    # the same anchor, whatever the text became
    (
        "same anchor",
        _entry(15, "Old wording entirely.", url="https://x.test/live#post-1"),
        _entry(15, "A rewrite that shares little.", url="https://x.test/live#post-1", start=5),
    ),
    # two leads of one page: one lead
    (
        "two leads",
        _entry(None, "Standfirst one.", kind=EntryKind.LEAD),
        _entry(None, "Standfirst two.", kind=EntryKind.LEAD, start=5),
    ),
]

APART = [
    # same title, different text, different time: a developing story
    (
        "same title, new facts",
        _entry(0, "Officials say seven people have been killed.", title="Death toll rises"),
        _entry(
            110,
            "The Department of Disaster Management now says 23 people died.",
            title="Death toll rises",
            start=5,
        ),
    ),
    (
        "same title, new facts, within the window",
        _entry(0, "Officials say seven people have been killed.", title="Death toll rises"),
        _entry(
            20,
            "The Department of Disaster Management now says 23 people died.",
            title="Death toll rises",
            start=5,
        ),
    ),
    (
        "Arabic same heading, different text",
        _entry(10, "أغلقت وزارة الداخلية طريقي السالمي والعبدلي.", title="تحديث: حالة الطرق"),
        _entry(280, "أعادت وزارة الداخلية فتح طريق الدائري السادس.", title="تحديث: حالة الطرق", start=5),
    ),
    # the same words hours later: a new development, not a re-post
    ("same text outside the window", _entry(0, EN_POST), _entry(31, EN_POST, start=5)),
    # two different posts filed the same minute
    (
        "different posts, same minute",
        _entry(10, "Network Rail says all trains between Leeds and Manchester are cancelled."),
        _entry(10, "The Met Office has extended its amber warning for rain into Saturday.", start=5),
    ),
    # near-identical but not a re-post: one number changed minutes later
    (
        "one figure changed",
        _entry(0, "Officials say 7 people killed in the floods today"),
        _entry(5, "Officials say 9 people killed in the floods today", start=5),
    ),
    (
        "reworded minutes later",
        _entry(0, "Officials say seven people were killed in the floods on the coast"),
        _entry(5, "Officials say seven people have been killed in the floods on the coast", start=5),
    ),
    # two blocks with their own anchors at one minute are two posts unless near-identical
    (
        "two anchors, one minute",
        _entry(10, "Residents on Burnley Road told us the water came up fast.", url="https://x.test/l#a"),
        _entry(
            10,
            "Residents on Burnley Road told us the water rose in minutes.",
            url="https://x.test/l#b",
            start=5,
        ),
    ),
    # a lead never merges with a post
    ("lead and post", _entry(None, AR_POST, kind=EntryKind.LEAD), _entry(10, AR_POST, start=5)),
    # short keys must match whole
    (
        "short keys",
        _entry(10, "Explosion"),
        _entry(10, "Explosions heard near the port, witnesses say.", start=5),
    ),
    # same minute, same words around them, different figures or names: two posts (issue 12)
    (
        "same minute, other place and figure",
        _entry(10, "Death toll in Aleppo rises to 12, rescuers say."),
        _entry(10, "Death toll in Homs rises to 40, rescuers say.", start=5),
    ),
    (
        "same minute, other figure",
        _entry(10, "Death toll in the city rises to 12, rescuers say."),
        _entry(10, "Death toll in the city rises to 40, rescuers say.", start=5),
    ),
    (
        "same minute, other name",
        _entry(10, "Police say the suspect was seen near Leeds station this morning."),
        _entry(10, "Police say the suspect was seen near York station this morning.", start=5),
    ),
    (
        "Arabic, same minute, other figure",
        _entry(10, "ارتفع عدد القتلى في المدينة إلى ١٢ شخصا"),
        _entry(10, "ارتفع عدد القتلى في المدينة إلى ٤٠ شخصا", start=5),
    ),
    # no names, no figures, loosely alike (43.75 by rapidfuzz): apart by the default threshold only
    (
        "different posts, same minute, no names",
        _entry(10, "Trains between the two cities are cancelled for the rest of the day."),
        _entry(10, "The amber warning for rain has been extended into the weekend.", start=5),
    ),
]


@pytest.mark.parametrize(("name", "a", "b"), MERGE, ids=[m[0] for m in MERGE])
def test_pairs_that_must_merge(name: str, a: Entry, b: Entry) -> None:
    """Each pair is one entry that keeps both appearances as copies."""
    (only,) = _run([a, b])
    assert {c.id for c in only.copies} == {a.id, b.id}


@pytest.mark.parametrize(("name", "a", "b"), APART, ids=[m[0] for m in APART])
def test_pairs_that_must_stay_apart(name: str, a: Entry, b: Entry) -> None:
    """Each pair stays two entries, each with its own single copy."""
    out = _run([a, b])
    assert len(out) == 2
    assert all(len(e.copies) == 1 for e in out)


# --- each threshold, on both sides ---------------------------------------------------------------

THRESHOLD_CASES = [
    # (name, thresholds, pair, merged?)
    ("same_minute loose merges different posts", Thresholds(same_minute=30), APART[-1][1:], True),
    ("same_minute strict keeps an edit apart", Thresholds(same_minute=100), MERGE[3][1:], False),
    ("repost strict keeps a typo-fixed re-post apart", Thresholds(repost=100), MERGE[6][1:], False),
    ("repost loose merges a rewording", Thresholds(repost=90), APART[6][1:], True),
    ("window wide merges hours apart", Thresholds(repost_window=timedelta(hours=1)), APART[3][1:], True),
    (
        "window narrow keeps a re-post apart",
        Thresholds(repost_window=timedelta(minutes=2)),
        MERGE[5][1:],
        False,
    ),
    ("min_prefix small lets a short key match a start", Thresholds(min_prefix=5), APART[9][1:], True),
]


@pytest.mark.parametrize(
    ("name", "thresholds", "pair", "merged"), THRESHOLD_CASES, ids=[c[0] for c in THRESHOLD_CASES]
)
def test_each_threshold_decides(
    name: str, thresholds: Thresholds, pair: tuple[Entry, Entry], merged: bool
) -> None:
    """Moving one threshold across a pair's score flips the decision the default makes."""
    assert (len(_run(list(pair), DEFAULT)) == 1) is not merged
    assert (len(_run(list(pair), thresholds)) == 1) is merged


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"same_minute": 101}, "same_minute"),
        ({"repost": -1}, "repost"),
        ({"mention": 100.5}, "mention"),
        ({"min_prefix": 0}, "min_prefix"),
        ({"repost_window": timedelta(minutes=-1)}, "repost_window"),
    ],
)
def test_bad_thresholds_are_refused(kwargs: dict[str, Any], says: str) -> None:
    """A threshold outside its range fails at construction, naming the field."""
    with pytest.raises(ValueError, match=says):
        Thresholds(**kwargs)


# --- what the merged entry keeps -----------------------------------------------------------------


def test_pinned_keeps_its_kind_and_the_feed_copy() -> None:
    """A pinned post merged with its feed copy stays pinned and records both."""
    (e,) = _run([_entry(10, AR_POST, kind=EntryKind.PINNED), _entry(10, AR_POST, start=5)])
    assert e.kind is EntryKind.PINNED
    assert [c.kind for c in e.copies] == [EntryKind.PINNED, EntryKind.POST]


def test_fullest_version_wins_over_a_key_events_item() -> None:
    """The post's own title and text win over the key-events line that repeats it."""
    summary, post = MERGE[1][1], MERGE[1][2]
    (e,) = _run([summary, post])
    assert (e.kind, e.title, e.text) == (EntryKind.POST, post.title, post.text)


def test_repost_keeps_the_first_time_and_records_the_repeat() -> None:
    """A re-post is one entry at the first time; the repeat's marker is recorded."""
    (e,) = _run([_entry(37, EN_POST, start=5), _entry(34, EN_POST, start=9)])
    assert e.when is not None
    assert e.when.start == T0 + timedelta(minutes=34)
    assert e.repeat_markers == ("15:37",)


def test_ids_are_unique_and_taken_from_copies() -> None:
    """Every deduplicated entry carries the id of one of its own copies, and no two share one."""
    pairs = [p for _n, a, b in MERGE + APART for p in (a, b)]
    out = _run([attrs_evolve_id(e, f"r{i}") for i, e in enumerate(pairs)])
    assert len({e.id for e in out}) == len(out)
    assert all(e.id in {c.id for c in e.copies} for e in out)


def attrs_evolve_id(e: Entry, ident: str) -> Entry:
    import attrs

    return attrs.evolve(e, id=ident, span=Span(len(ident), len(ident) + 1))


def test_match_key_normalises_arabic_and_latin() -> None:
    """Hamza, alef maqsura, ta marbuta, diacritics, tatweel, digits, case and punctuation fold away."""
    assert match_key("إغلاقُ المطارِ", "حتـى الساعة ٢٠:١٥!") == match_key("اغلاق المطار", "حتي الساعه 20 15")
    assert match_key(None, "Storm  HITS, coast…") == "storm hits coast"


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("severe flood warning", "severe flood warning issued", 100, 100),
        ("abc", "abd", 0, 80),  # short: compared whole only
        ("officials say seven people died", "officials say nine people died", 80, 95),
    ],
)
def test_similarity_range(a: str, b: str, low: float, high: float) -> None:
    """Similarity is a 0-100 score: a prefix scores 100, short keys are compared whole."""
    assert low <= similarity(a, b) <= high


# --- dated mentions ------------------------------------------------------------------------------


def _mention(entry_id: str, text: str, expression: str = "مساء الخميس", start: int = 0) -> Event:
    when = When.on_day(datetime(2024, 11, 28, tzinfo=UTC))
    return Event(
        f"m{entry_id}{start}",
        EventKind.MENTION,
        when,
        text,
        entry_id,
        expression,
        Span(start, start + 5),
        "r",
        (entry_id,),
    )


def test_same_date_same_clause_in_several_entries_is_one_event() -> None:
    """A happening told by two entries is one mention event listing both as sources."""
    clause = "سيطرت الفصائل على مدينة حلب مساء الخميس"
    out = dedupe_mentions([_mention("e1", clause), _mention("e2", clause + ".", start=50)], {})
    assert len(out) == 1
    assert out[0].sources == ("e1", "e2")


def test_same_date_different_clause_stays_two_events() -> None:
    """Two different happenings on the same date stay two events."""
    out = dedupe_mentions(
        [
            _mention("e1", "سيطرت الفصائل على مدينة حلب مساء الخميس"),
            _mention("e2", "وصل الوفد إلى أنقرة مساء الخميس"),
        ],
        {},
    )
    assert len(out) == 2


def test_mention_dedup_is_a_fixed_point() -> None:
    """Deduplicating mentions twice gives what once gave."""
    clause = "سيطرت الفصائل على مدينة حلب مساء الخميس"
    once = dedupe_mentions(
        [_mention("e1", clause), _mention("e2", clause), _mention("e3", "خبر آخر مساء الخميس")], {}
    )
    assert dedupe_mentions(once, {}) == once


# --- the fixture pages against their hand-written expectations -----------------------------------


def _minute(e: Entry) -> str | None:
    if e.when is None:
        return None
    return e.when.start.isoformat(timespec="minutes")


def _deduped(name: str) -> tuple[dict[str, Any], Timeline]:
    exp = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    page = next(p for p in (FIXTURES / f"{name}.html", FIXTURES / f"{name}.txt") if p.exists())
    return exp, parse_input(page, reference=exp["reference"], tz=exp["tz"])


def _summary(e: Entry) -> dict[str, Any]:
    return {
        "time": _minute(e) if e.kind is not EntryKind.LEAD else None,
        "kind": e.kind.value,
        "title": e.title,
        "marker": e.marker,
        "copies": len(e.copies),
    }


# Every fixture page: those with repeats must fold them, the others must not lose an entry.
DEDUP_PAGES = sorted(
    str(p.relative_to(FIXTURES)).removesuffix(".expected.json")
    for p in [*FIXTURES.glob("*.expected.json"), *FIXTURES.glob("snapshots/arabic_live_?.expected.json")]
)


@pytest.mark.parametrize("name", DEDUP_PAGES)
def test_fixture_deduplicated_entries(name: str) -> None:
    """The page's entries after deduplication are exactly the hand-written list, in order."""
    exp, tl = _deduped(name)
    want = [
        {k: w[k] for k in ("time", "kind", "title", "marker")} | {"copies": w.get("copies", 1)}
        for w in exp["entries"]
    ]
    assert [_summary(e) for e in tl.entries] == want
    for e, w in zip(tl.entries, exp["entries"], strict=True):
        assert e.text.startswith(w["text_starts_with"]), (e.text[:40], w["text_starts_with"])
        if "anchor" in w and e.url is not None:
            assert e.url.endswith(w["anchor"])
        assert list(e.repeat_markers) == w.get("repeat_markers", [])


@pytest.mark.parametrize("name", DEDUP_PAGES)
def test_fixture_copies_add_up_to_the_raw_count(name: str) -> None:
    """Every raw entry is kept as exactly one copy of one deduplicated entry."""
    exp, tl = _deduped(name)
    raw = [(c.snapshot, c.id) for e in tl.entries for c in e.copies]
    assert len(raw) == len(set(raw)) == exp["raw_entry_count"]


@pytest.mark.parametrize("name", DEDUP_PAGES)
def test_fixture_events_point_at_kept_entries(name: str) -> None:
    """Every event belongs to a deduplicated entry; each timed entry has one entry event."""
    _exp, tl = _deduped(name)
    ids = {e.id for e in tl.entries}
    assert {ev.entry_id for ev in tl.events} <= ids
    own = [ev.entry_id for ev in tl.events if ev.kind is EventKind.ENTRY]
    assert sorted(own) == sorted(e.id for e in tl.entries if e.when is not None)


MENTION_PAGE = """20:15
قال مصدر إن الفصائل سيطرت على مدينة حلب مساء الخميس بعد معارك عنيفة.

19:26
أفادت مصادر محلية بأن الفصائل سيطرت على مدينة حلب مساء الخميس بعد معارك عنيفة.

18:00
وصل الوفد إلى أنقرة مساء الخميس لإجراء محادثات.
"""


def test_page_mentions_of_one_happening_are_one_event() -> None:
    """Two posts telling one Thursday-evening happening give one mention with both as sources."""
    from liveblog import parse

    tl = parse(MENTION_PAGE, reference="2024-11-29T21:00", tz="Asia/Damascus")
    by_marker = {e.marker: e.id for e in tl.entries}
    mentions = [ev for ev in tl.events if ev.kind is EventKind.MENTION]
    assert len(mentions) == 2
    aleppo = next(ev for ev in mentions if "حلب" in ev.text)
    assert aleppo.when.timex == "2024-11-28TEV"
    assert set(aleppo.sources) == {by_marker["20:15"], by_marker["19:26"]}
    ankara = next(ev for ev in mentions if "أنقرة" in ev.text)
    assert ankara.sources == (by_marker["18:00"],)


@pytest.mark.parametrize(
    ("sentence", "expression", "clause"),
    [
        (
            "قال مصدر إن الفصائل سيطرت على مدينة حلب مساء الخميس بعد معارك عنيفة.",
            "مساء الخميس",
            "الفصايل سيطرت علي مدينه حلب مساء الخميس بعد معارك عنيفه",
        ),
        (
            "Officials say the bridge collapsed on Friday.",
            "on Friday",
            "officials say the bridge collapsed on friday",
        ),
        ("No date here at all.", "Friday", "no date here at all"),
    ],
)
def test_clause_key(sentence: str, expression: str, clause: str) -> None:
    """A mention's clause is up to five normalised words either side of its expression."""
    from liveblog.assemble.dedup import clause_key

    assert clause_key(sentence, expression) == clause


def test_the_feed_post_gives_the_id() -> None:
    """A pinned post merged with its feed copy takes the feed copy's id, which outlives the pin."""
    pinned = _entry(10, AR_POST, kind=EntryKind.PINNED, id="e0000")
    feed = _entry(10, AR_POST, id="e9999", start=5)
    (e,) = _run([pinned, feed])
    assert e.id == "e9999"
    (alone,) = _run([feed])
    assert alone.id == e.id


# --- properties ----------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(snapshots(), st.randoms(use_true_random=False))
def test_dedupe_is_order_free_and_a_fixed_point(tl: Timeline, rng: random.Random) -> None:
    """Deduplicating again, or from the raw entries in any order, gives the same entries."""
    assert _run_as(tl, list(tl.entries)) == tl.entries
    raw = [
        Entry(c.id, c.kind, c.marker, c.when, c.title, c.text, c.span, c.url)
        for e in tl.entries
        for c in e.copies
    ]
    rng.shuffle(raw)
    assert _run_as(tl, raw) == tl.entries


def _run_as(tl: Timeline, entries: list[Entry]) -> tuple[Entry, ...]:
    snapshot = tl.entries[0].copies[0].snapshot if tl.entries else "-"
    return dedupe(entries, snapshot=snapshot, seen=tl.reference)


MENTION_PAIR = [
    _mention("e1", "قال المتحدث باسم وزارة الدفاع في مؤتمر صحفي إن الفصائل سيطرت على مدينة حلب مساء الخميس"),
    _mention(
        "e2", "أفادت مصادر محلية لوكالة الأنباء الرسمية بأن الفصائل سيطرت على مدينة حلب مساء الخميس", start=50
    ),
]
MENTION_NEAR = [
    _mention("e1", "سيطرت الفصائل على مدينة حلب مساء الخميس"),
    _mention("e2", "سيطرت فصائل على مدينة حلب مساء الخميس", start=50),
]


@pytest.mark.parametrize(
    ("name", "thresholds", "pair", "merged"),
    [
        ("default merges differently attributed reports", DEFAULT, MENTION_PAIR, True),
        ("a wide clause takes the attribution in: apart", Thresholds(clause_words=12), MENTION_PAIR, False),
        ("default merges a clause differing by a letter", DEFAULT, MENTION_NEAR, True),
        ("mention at 100 keeps them apart", Thresholds(mention=100), MENTION_NEAR, False),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_mention_thresholds(name: str, thresholds: Thresholds, pair: list[Event], merged: bool) -> None:
    """The mention score and the clause width decide, on both sides, whether two reports are one."""
    assert (len(dedupe_mentions(pair, {}, thresholds)) == 1) is merged
