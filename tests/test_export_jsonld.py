"""JSON-LD export: valid schema.org LiveBlogPosting, expanded by pyld offline with a bundled context."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from pyld import jsonld

from liveblog.export import export_timeline
from liveblog.model import Timeline

from .strategies_model import timelines

CONTEXT_FILE = Path(__file__).resolve().parent / "export_data" / "schemaorg-context.jsonld"
CONTEXT = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
S = "http://schema.org/"
# schema.org properties of LiveBlogPosting / BlogPosting (CreativeWork, Article) and Event we may use.
KNOWN_PROPERTIES = {
    S + name
    for name in (
        "about",
        "articleBody",
        "coverageEndTime",
        "coverageStartTime",
        "dateModified",
        "datePublished",
        "description",
        "endDate",
        "headline",
        "identifier",
        "inLanguage",
        "liveBlogUpdate",
        "name",
        "startDate",
        "url",
    )
}


def _offline_loader(url: str, _options: Any = None) -> dict[str, Any]:
    """Serve the bundled schema.org context; anything else is an error (no network, ever)."""
    if url not in CONTEXT_URLS:
        raise jsonld.JsonLdError(f"offline test loader refuses {url!r}", "loading document failed")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def _expand(text: str) -> list[dict[str, Any]]:
    expanded: list[dict[str, Any]] = jsonld.expand(json.loads(text), {"documentLoader": _offline_loader})
    return expanded


def _values(node: dict[str, Any], prop: str) -> list[Any]:
    return [v.get("@value", v.get("@id")) if isinstance(v, dict) else v for v in node.get(S + prop, [])]


def _same_shape(compact: Any, expanded: Any) -> None:
    """Every compact key reached the expanded graph (pyld silently drops unmapped terms)."""
    if isinstance(compact, dict):
        keys = {k for k in compact if not k.startswith("@")}
        props = {k for k in expanded if not k.startswith("@")}
        assert len(keys) == len(props), (sorted(keys), sorted(props))
        assert props <= KNOWN_PROPERTIES, props - KNOWN_PROPERTIES
        for key in keys:
            values = compact[key] if isinstance(compact[key], list) else [compact[key]]
            for c, e in zip(values, expanded[S + key], strict=True):
                if isinstance(c, dict):
                    _same_shape(c, e)


def test_loader_is_offline() -> None:
    """The loader refuses any other URL, so a pass proves no network was needed."""
    with pytest.raises(jsonld.JsonLdError):
        _offline_loader("https://example.org/context.jsonld")


def test_seed_expands_to_schema_org(seed_like_timeline: Timeline) -> None:
    """The seed's JSON-LD expands offline to a LiveBlogPosting with four BlogPosting updates."""
    text = export_timeline(seed_like_timeline, "jsonld")
    (page,) = _expand(text)
    _same_shape(json.loads(text), page)
    assert page["@type"] == [S + "LiveBlogPosting"]
    assert _values(page, "headline") == [seed_like_timeline.title]
    assert _values(page, "inLanguage") == ["ar"]
    assert _values(page, "coverageStartTime") == ["2024-11-29T15:03:00+03:00"]
    updates = page[S + "liveBlogUpdate"]
    assert [u["@type"] for u in updates] == [[S + "BlogPosting"]] * 4
    assert [_values(u, "datePublished") for u in updates] == [
        ["2024-11-29T15:03:00+03:00"],
        ["2024-11-29T17:57:00+03:00"],
        ["2024-11-29T19:26:00+03:00"],
        ["2024-11-29T20:15:00+03:00"],
    ]
    assert _values(updates[2], "headline") == [seed_like_timeline.entry("p-1926").title]
    assert _values(updates[2], "articleBody") == [seed_like_timeline.entry("p-1926").text]
    assert _values(page, "articleBody") == [seed_like_timeline.entry("lead").text]


@pytest.mark.parametrize(
    ("event_id", "start", "end"),
    [
        ("m-thursday-evening", "2024-11-28T18:00:00+03:00", "2024-11-29T00:00:00+03:00"),
        ("m-thursday", "2024-11-28", "2024-11-28"),  # a day: endDate is that same (inclusive) day
        ("m-ceasefire", "2020-03-01", "2020-03-31"),  # a month: first and last day
        ("m-sana-hack", "2024-11-29T18:00:00+03:00", "2024-11-29T19:00:00+03:00"),
    ],
)
def test_mentions_are_events_the_lead_is_about(
    seed_like_timeline: Timeline, event_id: str, start: str, end: str
) -> None:
    """Each dated mention is an Event the post is `about`, with schema.org start and end dates."""
    (page,) = _expand(export_timeline(seed_like_timeline, "jsonld"))
    about = {_values(e, "identifier")[0]: e for e in page[S + "about"]}
    assert len(about) == 8
    assert about[event_id]["@type"] == [S + "Event"]
    assert (_values(about[event_id], "startDate"), _values(about[event_id], "endDate")) == ([start], [end])


def test_mention_name_is_the_expression(seed_like_timeline: Timeline) -> None:
    """An Event's name is the words that dated it, as written."""
    (page,) = _expand(export_timeline(seed_like_timeline, "jsonld"))
    names = {_values(e, "identifier")[0]: _values(e, "name")[0] for e in page[S + "about"]}
    assert names["m-thursday-evening"] == "مساء الخميس"
    assert names["m-after-midnight"] == "بعد منتصف ليلة اليوم الجمعة"


def test_events_entries_has_no_about(seed_like_timeline: Timeline) -> None:
    """--events entries writes the posts without their mentions."""
    text = export_timeline(seed_like_timeline, "jsonld", events="entries")
    assert '"about"' not in text
    assert len(_expand(text)[0][S + "liveBlogUpdate"]) == 4


def test_urls_are_iris(seed_like_timeline: Timeline) -> None:
    """A web source becomes the page's url and each post's, as IRIs (not plain strings)."""
    timeline = attrs.evolve(seed_like_timeline, source="https://example.org/live/aleppo")
    (page,) = _expand(export_timeline(timeline, "jsonld"))
    assert page[S + "url"] == [{"@id": "https://example.org/live/aleppo"}]
    for update in page[S + "liveBlogUpdate"]:
        assert update[S + "url"] == [{"@id": "https://example.org/live/aleppo"}]


@pytest.mark.parametrize("source", ["seeds/x.txt", "https://example.org/live\n", "https://exa mple.org", "-"])
def test_non_web_source_gives_no_url(seed_like_timeline: Timeline, source: str) -> None:
    """A file path, or a web address with white space in it, is not written as a url."""
    assert '"url"' not in export_timeline(attrs.evolve(seed_like_timeline, source=source), "jsonld")


@settings(max_examples=25, deadline=None)
@given(timelines(consistent=True))
def test_any_timeline_expands(timeline: Timeline) -> None:
    """Any timeline's JSON-LD expands offline with every key mapped to a schema.org property."""
    text = export_timeline(timeline, "jsonld")
    (page,) = _expand(text)
    _same_shape(json.loads(text), page)
