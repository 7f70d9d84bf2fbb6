"""Dates at the ends of datetime's range and text cut short: a result or one LiveblogError, never a crash."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

import liveblog
from liveblog.errors import ConfigError, LiveblogError
from liveblog.model import SUPPORTED_YEARS, Timeline, supported
from liveblog.resolve import reference_and_zone

from .strategies import edge_pages, edge_references, noisy_text

PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REF = "2024-11-29T21:00"

# --- text that ends right after a rule's last token ---------------------------------------------

# Every prefix of these is tried: a rule that peeks at the token after its own must not run off the end.
CUT_SHORT = [
    "2024-11-29 22:00.",
    "2024-11-29 22:00:05.5",
    "2024-11-29T22:00+03:00",
    "2024-11-29T22:00:00.123+03",
    "2025-12-05@21:44:56 GMT",
    "29/11/2024",
    "Nov. 28, 2024 at 3.27pm BST",
    "الخميس 28 نوفمبر 2024 الساعة 8:15 م",
    "منذ حوالي ثلاث ساعات",
    "27 جمادى الأولى 1446 هـ",
]


@pytest.mark.parametrize("expression", CUT_SHORT)
def test_every_prefix_resolves_or_gives_none(expression: str) -> None:
    """resolve and find_times on each prefix of a date expression: a result or None, no IndexError."""
    for end in range(1, len(expression) + 1):
        text = expression[:end]
        found = liveblog.find_times(text, REF, languages=["ar", "en"])
        assert all(text[f.span.start : f.span.end] == f.text for f in found)
        liveblog.resolve(text, REF)


def test_iso_date_time_before_a_full_stop() -> None:
    """The crash of issue 12: "2024-11-29 22:00." at the very end of the text is 22:00 on that day."""
    w = liveblog.resolve("2024-11-29 22:00.", REF, tz="UTC")
    assert w is not None
    assert w.start == datetime.fromisoformat("2024-11-29T22:00+00:00")
    tl = liveblog.parse("20:15\nThe ceasefire takes effect at 2024-11-29 22:00.\n", reference=REF, tz="UTC")
    assert [e.when.timex for e in tl.events if e.kind.value == "mention"] == ["2024-11-29T22:00"]


# --- dates at the ends of the calendar ----------------------------------------------------------

# (reference as typed, refused?)
REFERENCES = [
    ("0001-01-01", True),
    ("0001-12-31T23:59", True),
    ("0002-01-01T00:00", False),
    ("9998-12-31", False),
    ("9999-01-01", True),
    ("9999-12-31T23:59:59+00:00", True),
]


@pytest.mark.parametrize(("reference", "refused"), REFERENCES)
def test_reference_outside_the_supported_years(reference: str, refused: bool) -> None:
    """A reference in year 1 or 9999 is a ConfigError naming it; years 2 and 9998 are accepted."""
    if refused:
        with pytest.raises(
            ConfigError, match=f"reference time '{reference[:4]}.*outside the supported years 2"
        ):
            reference_and_zone(reference, "UTC")
        with pytest.raises(ConfigError):
            liveblog.parse("20:15\nnews\n", reference=reference)
    else:
        assert isinstance(liveblog.parse("20:15\nyesterday a year ago\n", reference=reference), Timeline)


def _page(head: str = "", body: str = "<p>20:15</p><p>news</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_META = '<meta property="article:modified_time" content="%s">'
_JSONLD = (
    '<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"@type":'
    '"BlogPosting","datePublished":"%s","articleBody":"hello"}]}</script>'
)

# (page, reference or None, the post's time: None = undated) — page dates out of range are no dates
EDGE_PAGES = [
    (
        _page('<meta property="article:modified_time" content="0001-01-01T00:00:00+00:00">'),
        REF,
        "2024-11-29T20:15",
    ),
    (
        _page('<meta property="article:modified_time" content="9999-12-31T23:59:00+00:00">'),
        REF,
        "2024-11-29T20:15",
    ),
    (_page(_JSONLD % "9999-12-31T23:59:00+00:00", ""), REF, None),
    (_page(_JSONLD % "0001-01-01T00:00:00+00:00", ""), REF, None),
    (_page("", '<div><time datetime="9999-12-31T23:59:00+00:00">x</time><p>news</p></div>'), REF, None),
    # the clock alone: 23:59:59 is three hours after the reference, so the day before (one hour of grace)
    ("9999-12-31@23:59:59 GMT\nnews\n", REF, "2024-11-28T23:59:59"),
    ("2025-02-30@21:44:56\nnews\n", REF, "2024-11-29T21:44:56"),  # 45 minutes ahead: within the grace
    ("2025-13-01@21:44:56\nnews\n", REF, "2024-11-29T21:44:56"),
]


@pytest.mark.parametrize(("page", "reference", "timex"), EDGE_PAGES)
def test_page_dates_outside_the_calendar_are_no_dates(page: str, reference: str, timex: str | None) -> None:
    """A page date outside the supported years, or no calendar day, is dropped; the rest is read."""
    tl = liveblog.parse(page, reference=reference, tz="UTC")
    posts = [e for e in tl.entries if e.kind.value == "post"]
    assert [e.when.timex if e.when else None for e in posts][:1] == ([timex] if posts else [])
    assert Timeline.from_json(tl.to_json()) == tl


def test_from_json_refuses_a_date_outside_the_supported_years() -> None:
    """A JSON document with a year-9999 date is a LiveblogError naming the field, not an OverflowError."""
    tl = liveblog.parse("20:15\nnews\n", reference=REF, tz="UTC")
    doc = tl.to_json().replace("2024-11-29T20:15:00+00:00", "9999-12-31T23:59:00+00:00")
    assert "9999-12-31" in doc
    with pytest.raises(LiveblogError, match="outside the years 2 to 9998"):
        Timeline.from_json(doc)


def test_supported_years() -> None:
    """The supported years leave one year of datetime's range at each end."""
    assert SUPPORTED_YEARS == (2, 9998)
    assert [supported(date(y, 6, 1)) for y in (1, 2, 9998, 9999)] == [False, True, True, False]


# --- properties --------------------------------------------------------------------------------


@PROPERTY
@given(edge_pages(), edge_references)
def test_any_page_with_an_edge_reference_gives_a_timeline_or_a_liveblog_error(
    page: str, reference: datetime
) -> None:
    """References near year 1 and 9999, edge dates: a Timeline (that survives JSON) or a LiveblogError."""
    try:
        tl = liveblog.parse(page, reference=reference)
    except LiveblogError:
        return
    assert Timeline.from_json(tl.to_json()) == tl
    for event in tl.events:
        assert supported(event.when.start)
        assert supported(event.when.end)


@PROPERTY
@given(noisy_text, edge_references)
def test_find_times_near_the_edges_never_raises_anything_else(text: str, reference: datetime) -> None:
    """find_times and resolve with a reference near year 1 or 9999: results or a LiveblogError."""
    try:
        found = liveblog.find_times(text, reference, languages=["ar", "en"])
        liveblog.resolve(text, reference)
    except LiveblogError:
        return
    assert all(supported(f.when.start) and supported(f.when.end) for f in found)


# --- one reference normaliser --------------------------------------------------------------------

# (reference as given, its meaning worked out by hand: a date alone is 23:59:59 of that day)
REFERENCE_MEANINGS = [
    ("2024-11-29", "UTC", "2024-11-29T23:59:59+00:00"),
    ("2024-11-29", "Asia/Damascus", "2024-11-29T23:59:59+03:00"),
    (date(2024, 11, 29), "Asia/Damascus", "2024-11-29T23:59:59+03:00"),
    ("2024-11-29T21:00", "Asia/Damascus", "2024-11-29T21:00:00+03:00"),
    ("2024-11-29T21:00+00:00", "Asia/Damascus", "2024-11-30T00:00:00+03:00"),
]


@pytest.mark.parametrize(("reference", "tz", "meaning"), REFERENCE_MEANINGS)
def test_parse_and_resolve_read_a_reference_alike(reference: str | date, tz: str, meaning: str) -> None:
    """parse, resolve and find_times take one meaning of a reference, a date alone included."""
    assert reference_and_zone(reference, tz)[0].isoformat() == meaning
    tl = liveblog.parse("20:15\nnews\n", reference=reference, tz=tz)
    assert tl.reference.isoformat() == meaning
    w = liveblog.resolve("منذ حوالي ثلاث ساعات", reference, tz=tz)  # type: ignore[arg-type]
    assert w is not None
    expected = datetime.fromisoformat(meaning).replace(second=0) - timedelta(
        hours=3
    )  # an hour keeps its minutes
    assert w.start == expected


def test_a_date_alone_is_the_same_evening_in_parse_and_resolve() -> None:
    """The issue's case: «منذ حوالي ثلاث ساعات» with --reference 2024-11-29 is ~20:59 in both paths."""
    page = "20:15\nقالت مصادر إن القصف بدأ منذ حوالي ثلاث ساعات.\n"
    tl = liveblog.parse(page, reference="2024-11-29", tz="UTC")
    alone = liveblog.resolve("منذ حوالي ثلاث ساعات", "2024-11-29", tz="UTC")
    assert alone is not None
    assert (alone.start.isoformat(), alone.timex, alone.approximate) == (
        "2024-11-29T20:59:00+00:00",
        "2024-11-29T20",
        True,
    )
    (mention,) = [ev for ev in tl.events if ev.kind.value == "mention"]
    assert mention.when.start.isoformat() == "2024-11-29T17:15:00+00:00"  # anchored on its post: 20:15 - 3 h
