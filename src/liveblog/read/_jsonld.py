"""schema.org ``LiveBlogPosting`` in ``<script type="application/ld+json">``.

Real pages ship this JSON with trailing commas, as a list, inside an
``@graph``, with ``@type`` as a list, and with ``liveBlogUpdate`` as a list *or*
a single object; some have no ``liveBlogUpdate`` yet (the event has not
started). All of these are read; a block that is not JSON even after the
trailing-comma repair is reported in a note and the page falls back to its
visible text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import attrs

from liveblog.model import supported

__all__ = ["LiveBlogData", "Update", "find_liveblog", "loads_lenient", "parse_time"]

_TRAILING_COMMA = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[\]}])')
_MAX_DEPTH = 64


def loads_lenient(text: str) -> Any:
    """``json.loads`` that forgives the trailing commas real pages ship.

    >>> loads_lenient('{"a": [1, 2,], }')
    {'a': [1, 2]}
    """
    cleaned = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    cleaned = cleaned.removeprefix("//<![CDATA[").removesuffix("//]]>").strip()
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        repaired = _TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), cleaned)
        return json.loads(repaired)


def parse_time(value: object) -> datetime | None:
    """An aware datetime from an ISO 8601 string, or ``None`` (naive, malformed or out-of-range values too).

    This is where every page-supplied date-time (JSON-LD, ``<time datetime>``, ``<meta>``) is read, so
    a year outside :data:`~liveblog.model.SUPPORTED_YEARS` stops here.
    """
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None and supported(moment) else None


@attrs.frozen
class Update:
    """One ``liveBlogUpdate`` (a ``BlogPosting``)."""

    headline: str | None
    body_html: str
    published: datetime | None
    modified: datetime | None
    url: str | None


@attrs.frozen
class LiveBlogData:
    """What a page's ``LiveBlogPosting`` says."""

    headline: str | None
    description: str | None
    url: str | None
    published: datetime | None
    modified: datetime | None
    coverage_start: datetime | None
    updates: tuple[Update, ...]


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    names = t if isinstance(t, list) else [t]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(node.get(key), list | dict):
                yield from _walk(node[key], depth + 1)


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _url(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return _text(value)


def _update(node: dict[str, Any]) -> Update:
    # First publication wins over creation (a block can be drafted days before it goes out).
    published = parse_time(node.get("datePublished")) or parse_time(node.get("dateCreated"))
    return Update(
        headline=_text(node.get("headline")) or _text(node.get("name")),
        body_html=_text(node.get("articleBody")) or _text(node.get("text")) or "",
        published=published,
        modified=parse_time(node.get("dateModified")),
        url=_url(node.get("url")) or _url(node.get("@id")),
    )


def find_liveblog(scripts: list[str]) -> tuple[LiveBlogData | None, list[str]]:
    """The first ``LiveBlogPosting`` in the page's ld+json blocks, and notes on broken ones."""
    notes: list[str] = []
    for i, script in enumerate(scripts, 1):
        try:
            data = loads_lenient(script)
        except (json.JSONDecodeError, RecursionError) as e:
            where = f"line {e.lineno} column {e.colno}" if isinstance(e, json.JSONDecodeError) else "too deep"
            notes.append(f"JSON-LD block {i} is not valid JSON ({where}); it was skipped")
            continue
        for node in _walk(data):
            if "LiveBlogPosting" not in _types(node):
                continue
            raw = node.get("liveBlogUpdate")
            items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
            updates = tuple(_update(u) for u in items if isinstance(u, dict))
            return (
                LiveBlogData(
                    headline=_text(node.get("headline")) or _text(node.get("name")),
                    description=_text(node.get("description")),
                    url=_url(node.get("url")) or _url(node.get("@id")),
                    published=parse_time(node.get("datePublished")),
                    modified=parse_time(node.get("dateModified")),
                    coverage_start=parse_time(node.get("coverageStartTime")),
                    updates=updates,
                ),
                notes,
            )
    return None, notes
