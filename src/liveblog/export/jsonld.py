"""schema.org JSON-LD export: a ``LiveBlogPosting`` with one ``BlogPosting`` per live post.

- the page: ``headline`` (title), ``url`` (when the source is a web address),
  ``inLanguage``, ``coverageStartTime`` (the first post's time), and the
  lead entry's text as ``articleBody``;
- each other entry: a ``liveBlogUpdate`` ``BlogPosting`` with ``headline``,
  ``articleBody``, ``datePublished`` (the entry time) and ``url`` (its own, else
  the page's); ``identifier`` is the entry id of the JSON export;
- each mention (a date said in a post): ``about`` an ``Event`` with
  ``startDate``/``endDate``. Day and coarser grains are written as dates
  (``endDate`` the last day, inclusive, as schema.org means it), finer ones
  as date-times with their offset. Grain and TIMEX3 live in the JSON export;
  ``identifier`` joins the two.

Updates stay in timeline order (oldest first); readers of schema.org do not
depend on the order.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta, tzinfo
from typing import Any

from liveblog.export._text import clean, local, page_zone, summary
from liveblog.model import Entry, EntryKind, Event, EventKind, Grain, Timeline, When

__all__ = ["CONTEXT", "to_jsonld"]

CONTEXT = "https://schema.org"
_DATE_GRAINS = frozenset({Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.YEAR})
_WEB = re.compile(r"(?i)https?://\S+")

JSONDict = dict[str, Any]


def _web(url: str | None) -> str | None:
    return url if url and _WEB.fullmatch(url) else None


def _dates(when: When, zone: tzinfo | None) -> tuple[str, str]:
    """schema.org start and end of ``when``: dates for day and coarser grains, else date-times."""
    if when.grain in _DATE_GRAINS:
        first = local(when.start, zone).date()
        last = (local(when.end, zone) - timedelta(microseconds=1)).date()
        return first.isoformat(), max(first, last).isoformat()
    return when.start.isoformat(), when.end.isoformat()


def _about(events: list[Event], zone: tzinfo | None) -> list[JSONDict]:
    about = []
    for event in events:
        start, end = _dates(event.when, zone)
        node: JSONDict = {
            "@type": "Event",
            "identifier": event.id,
            "name": clean(event.expression).strip() or event.when.timex,
            "description": clean(event.text).strip(),
            "startDate": start,
            "endDate": end,
        }
        about.append(node)
    return about


def _posting(timeline: Timeline, entry: Entry, mentions: list[Event], zone: tzinfo | None) -> JSONDict:
    node: JSONDict = {"@type": "BlogPosting", "identifier": entry.id}
    headline = summary(entry.title, entry.text) or clean(entry.marker or "").strip()
    if headline:
        node["headline"] = headline
    node["articleBody"] = clean(entry.text).strip()
    if entry.when is not None and not entry.when.is_ref:
        node["datePublished"] = _dates(entry.when, zone)[0]
    url = _web(entry.url) or _web(timeline.source)
    if url:
        node["url"] = url
    if mentions:
        node["about"] = _about(mentions, zone)
    return node


def to_jsonld(timeline: Timeline, events: tuple[Event, ...]) -> str:
    """``timeline`` as one schema.org ``LiveBlogPosting`` JSON-LD document."""
    zone = page_zone(timeline)
    mentions: dict[str, list[Event]] = {}
    for event in events:
        if event.kind is EventKind.MENTION and not event.when.is_ref:  # a vague "now" has no startDate
            mentions.setdefault(event.entry_id, []).append(event)
    doc: JSONDict = {"@context": CONTEXT, "@type": "LiveBlogPosting"}
    if timeline.title:
        doc["headline"] = clean(timeline.title).strip()
    url = _web(timeline.source)
    if url:
        doc["url"] = url
    doc["inLanguage"] = timeline.lang
    timed = [
        e.when.start
        for e in timeline.entries
        if e.kind is not EntryKind.LEAD and e.when is not None and not e.when.is_ref
    ]
    if timed:
        doc["coverageStartTime"] = min(timed).isoformat()
    leads = [e for e in timeline.entries if e.kind is EntryKind.LEAD]
    lead_mentions = [m for lead in leads for m in mentions.get(lead.id, [])]
    body = "\n\n".join(t for t in (clean(lead.text).strip() for lead in leads) if t)
    if body:
        doc["articleBody"] = body
    if lead_mentions:
        doc["about"] = _about(lead_mentions, zone)
    doc["liveBlogUpdate"] = [
        _posting(timeline, entry, mentions.get(entry.id, []), zone)
        for entry in timeline.entries
        if entry.kind is not EntryKind.LEAD
    ]
    return _embeddable(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _embeddable(text: str) -> str:
    """JSON that stays inert inside an HTML ``<script>`` element: ``<``, ``>`` and ``&`` as escapes.

    A post saying ``</script><script>…`` or ``<!--`` cannot end the element or
    open a comment; JSON readers read the same strings.

    >>> import json
    >>> out = _embeddable(json.dumps({"a": "</script><!--&"}))
    >>> "<" in out, json.loads(out)["a"]
    (False, '</script><!--&')
    """
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
