"""Properties of the whole pipeline: any text gives a Timeline or a LiveblogError."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import liveblog
from liveblog.errors import LiveblogError
from liveblog.model import Timeline

from .conftest import SEED_REFERENCE, SEED_TZ

# Pieces real pages are made of, so generated pages exercise markers, chrome and date words.
_PIECES = [
    "20:15",
    "٢٠:١٥",
    "3.27pm BST",
    "2m ago (11:58 GMT)",
    "منذ 5 دقائق",
    "الجمعة،",
    "مساء الخميس",
    "فجر الجمعة:",
    "لأكثر من 36 ساعة",
    "آذار /مارس عام 2020",
    "Show more",
    "المزيد",
    "- الأناضول",
    "Thursday 28 November",
    "yesterday",
    "about three hours ago",
    "\n",
    "\n\n",
    " ",
    ":",
    "::::",
    "٢٢٢٢",
]
page_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=20)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text)
def test_any_text_gives_a_timeline_or_a_liveblog_error(text: str) -> None:
    """Nothing but a Timeline or a LiveblogError ever comes out of parse."""
    try:
        result = liveblog.parse(text, reference=SEED_REFERENCE, tz=SEED_TZ)
    except LiveblogError:
        return
    assert isinstance(result, Timeline)
    starts = [ev.when.start for ev in result.events]
    assert starts == sorted(starts)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_timeline_or_a_liveblog_error(data: bytes) -> None:
    """Raw bytes, however broken, never raise anything but a LiveblogError."""
    with contextlib.suppress(LiveblogError):
        liveblog.parse(data, reference=datetime(2024, 11, 29, 21, tzinfo=UTC))


def test_parse_is_deterministic(seed_text: str) -> None:
    """The same page and reference give the same timeline, ids included."""
    a = liveblog.parse(seed_text, reference=SEED_REFERENCE, tz=SEED_TZ)
    b = liveblog.parse(seed_text, reference=SEED_REFERENCE, tz=SEED_TZ)
    assert a == b


def test_reference_defaults_to_now_and_says_so() -> None:
    """Without a reference the timeline is read as of now, and records that."""
    before = datetime.now(UTC).replace(microsecond=0)
    tl = liveblog.parse("20:15\nخبر", tz="UTC")
    after = datetime.now(UTC)
    assert tl.reference_source == "now"
    assert before <= tl.reference <= after  # read during the call, however long it took
