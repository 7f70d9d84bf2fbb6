"""The JSON codec of a :class:`~liveblog.model.Timeline` (schema ``timeline-1``).

``timeline_to_dict`` and ``timeline_from_dict`` are exact inverses: every
field of the model is written, datetimes as ISO 8601 with their UTC offset,
and on the way back a datetime whose offset agrees with the timeline's zone
gets that zone again, so wall time, instant and zone all survive.
``Entry.has_text`` is derived and written for readers' convenience; it is
checked, not trusted, when reading.

>>> from datetime import datetime, timedelta, timezone
>>> from liveblog.model import Timeline
>>> tl = Timeline(datetime(2024, 11, 29, 21, tzinfo=timezone(timedelta(hours=3))), "+03:00", "ar", (), ())
>>> timeline_from_json(timeline_to_json(tl)) == tl
True
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from liveblog.errors import ParseError
from liveblog.model import (
    SUPPORTED_YEARS,
    Copy,
    Entry,
    EntryKind,
    Event,
    EventKind,
    Grain,
    Ignored,
    Span,
    Timeline,
    When,
    WhenKind,
    supported,
)

__all__ = [
    "SCHEMA_ID",
    "dumps",
    "entry_to_dict",
    "event_to_dict",
    "timeline_from_dict",
    "timeline_from_json",
    "timeline_to_dict",
    "timeline_to_json",
    "when_to_dict",
]

SCHEMA_ID = "urn:liveblog:schema:timeline:1"

_T = TypeVar("_T")
JSONDict = dict[str, Any]


# ---------------------------------------------------------------- writing


def _span(span: Span) -> JSONDict:
    return {"start": span.start, "end": span.end}


def when_to_dict(when: When | None) -> JSONDict | None:
    """``When`` as a JSON object (or None)."""
    if when is None:
        return None
    out: JSONDict = {
        "start": when.start.isoformat(),
        "end": when.end.isoformat(),
        "grain": when.grain.value,
        "timex": when.timex,
        "approximate": when.approximate,
        "part": when.part,
    }
    if when.kind is not WhenKind.POINT:  # absent means a point: older files read unchanged
        out["kind"] = when.kind.value
    return out


def entry_to_dict(entry: Entry) -> JSONDict:
    """An :class:`Entry` as a JSON object."""
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "marker": entry.marker,
        "when": when_to_dict(entry.when),
        "title": entry.title,
        "text": entry.text,
        "has_text": entry.has_text,
        "span": _span(entry.span),
        "url": entry.url,
        "removed": entry.removed,
        "copies": [copy_to_dict(c) for c in entry.copies],
    }


def copy_to_dict(copy: Copy) -> JSONDict:
    """One raw appearance of an entry (:class:`Copy`) as a JSON object."""
    return {
        "snapshot": copy.snapshot,
        "seen": copy.seen.isoformat(),
        "id": copy.id,
        "kind": copy.kind.value,
        "marker": copy.marker,
        "when": when_to_dict(copy.when),
        "title": copy.title,
        "text": copy.text,
        "span": _span(copy.span),
        "url": copy.url,
    }


def event_to_dict(event: Event) -> JSONDict:
    """An :class:`Event` as a JSON object."""
    return {
        "id": event.id,
        "kind": event.kind.value,
        "when": when_to_dict(event.when),
        "text": event.text,
        "entry_id": event.entry_id,
        "expression": event.expression,
        "span": _span(event.span),
        "rule": event.rule,
        "sources": list(event.sources),
    }


def timeline_to_dict(timeline: Timeline, *, events: tuple[Event, ...] | None = None) -> JSONDict:
    """The whole timeline as a JSON object; ``events`` overrides the events written."""
    return {
        "schema": SCHEMA_ID,
        "reference": timeline.reference.isoformat(),
        "reference_source": timeline.reference_source,
        "tz": timeline.tz,
        "lang": timeline.lang,
        "title": timeline.title,
        "source": timeline.source,
        "entries": [entry_to_dict(e) for e in timeline.entries],
        "events": [event_to_dict(e) for e in (timeline.events if events is None else events)],
        "ignored": [{"text": i.text, "span": _span(i.span), "reason": i.reason} for i in timeline.ignored],
        "notes": list(timeline.notes),
    }


def timeline_to_json(timeline: Timeline, *, events: tuple[Event, ...] | None = None) -> str:
    """The timeline as JSON text: UTF-8 as written (Arabic unescaped), 2-space indent, final newline.

    The same text as ``dumps(timeline_to_dict(timeline))``, written one entry,
    event and ignored line at a time: the whole tree of dicts for a page of
    100,000 set-aside lines took several times the memory of the timeline.
    """
    chosen = timeline.events if events is None else events
    head = timeline_to_dict(attrs.evolve(timeline, entries=(), events=(), ignored=()))  # the fields in order
    lists: dict[str, Iterable[JSONDict]] = {
        "entries": map(entry_to_dict, timeline.entries),
        "events": map(event_to_dict, chosen),
        "ignored": ({"text": i.text, "span": _span(i.span), "reason": i.reason} for i in timeline.ignored),
    }
    parts = ["{"]
    fields = list(head.items())
    for n, (key, value) in enumerate(fields):
        parts.append(f"\n  {json.dumps(key, ensure_ascii=False)}: ")
        items = lists.get(key)
        if items is None:
            parts.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        else:
            first = True
            for item in items:
                text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                parts.append(f"{'[' if first else ','}\n    {text}")
                first = False
            parts.append("[]" if first else "\n  ]")
        if n < len(fields) - 1:
            parts.append(",")
    parts.append("\n}\n")
    return "".join(parts)


def dumps(data: JSONDict) -> str:
    """The one JSON text style of liveblog: unescaped UTF-8, 2-space indent, final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- reading


class _Reader:
    """Typed field access that turns every fault into a ParseError naming the path."""

    def __init__(self, zone: tzinfo | None) -> None:
        self.zone = zone

    def field(self, obj: Mapping[str, Any], key: str, kind: type[_T], path: str) -> _T:
        if key not in obj:
            raise ParseError(f"missing {key!r} at {path}")
        value = obj[key]
        if kind is int and isinstance(value, bool):
            raise ParseError(f"{path}.{key} must be an integer, got {value!r}")
        if not isinstance(value, kind):
            raise ParseError(f"{path}.{key} must be {kind.__name__}, got {value!r}")
        return value

    def optional(self, obj: Mapping[str, Any], key: str, kind: type[_T], path: str) -> _T | None:
        if obj.get(key) is None:
            return None
        return self.field(obj, key, kind, path)

    def obj(self, value: object, path: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise ParseError(f"{path} must be an object, got {value!r}")
        return value

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        return self.field(obj, key, list, path)

    def moment(self, obj: Mapping[str, Any], key: str, path: str) -> datetime:
        raw = self.field(obj, key, str, path)
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            raise ParseError(f"{path}.{key} is not an ISO 8601 date-time: {raw!r}") from None
        if moment.utcoffset() is None:
            raise ParseError(f"{path}.{key} has no UTC offset: {raw!r}")
        if not supported(moment):
            lo, hi = SUPPORTED_YEARS
            raise ParseError(f"{path}.{key} lies outside the years {lo} to {hi}: {raw!r}")
        if self.zone is not None:
            zoned = moment.astimezone(self.zone)
            if zoned.utcoffset() == moment.utcoffset():
                return zoned
        return moment

    def span(self, obj: Mapping[str, Any], path: str) -> Span:
        raw = self.obj(obj.get("span"), f"{path}.span")
        return _build(
            lambda: Span(self.field(raw, "start", int, path), self.field(raw, "end", int, path)), path
        )

    def when(self, raw: object, path: str) -> When | None:
        if raw is None:
            return None
        obj = self.obj(raw, path)
        return _build(
            lambda: When(
                self.moment(obj, "start", path),
                self.moment(obj, "end", path),
                Grain(self.field(obj, "grain", str, path)),
                self.field(obj, "timex", str, path),
                self.field(obj, "approximate", bool, path),
                self.optional(obj, "part", str, path),
                WhenKind(self.optional(obj, "kind", str, path) or WhenKind.POINT.value),
            ),
            path,
        )


def _build(make: Callable[[], _T], path: str) -> _T:
    """Run a model constructor, reporting its validation failure as a ParseError at ``path``."""
    try:
        return make()
    except ParseError:
        raise
    except (ValueError, TypeError) as e:
        raise ParseError(f"invalid value at {path}: {e}") from None


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # an offset-style or unknown zone: keep the fixed offsets as written


def _appearance(r: _Reader, obj: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The fields an entry and each of its copies share, read and checked."""
    return {
        "id": r.field(obj, "id", str, path),
        "kind": EntryKind(r.field(obj, "kind", str, path)),
        "marker": r.optional(obj, "marker", str, path),
        "when": r.when(obj.get("when"), f"{path}.when"),
        "title": r.optional(obj, "title", str, path),
        "text": r.field(obj, "text", str, path),
        "span": r.span(obj, path),
        "url": r.optional(obj, "url", str, path),
    }


def _copy(r: _Reader, raw: object, path: str) -> Copy:
    obj = r.obj(raw, path)
    return _build(
        lambda: Copy(
            snapshot=r.field(obj, "snapshot", str, path),
            seen=r.moment(obj, "seen", path),
            **_appearance(r, obj, path),
        ),
        path,
    )


def _entry(r: _Reader, raw: object, path: str) -> Entry:
    obj = r.obj(raw, path)
    entry = _build(
        lambda: Entry(
            **_appearance(r, obj, path),
            copies=[_copy(r, c, f"{path}.copies[{i}]") for i, c in enumerate(obj.get("copies") or [])],
            removed=r.optional(obj, "removed", bool, path) or False,
        ),
        path,
    )
    if "has_text" in obj and obj["has_text"] is not entry.has_text:
        raise ParseError(f"{path}.has_text is {obj['has_text']!r} but the entry's text says otherwise")
    return entry


def _event(r: _Reader, raw: object, path: str) -> Event:
    obj = r.obj(raw, path)
    when = r.when(obj.get("when"), f"{path}.when")
    if when is None:
        raise ParseError(f"{path}.when must not be null: an event is always dated")
    sources = r.items(obj, "sources", path)
    if not all(isinstance(s, str) for s in sources):
        raise ParseError(f"{path}.sources must be a list of strings, got {sources!r}")
    return _build(
        lambda: Event(
            id=r.field(obj, "id", str, path),
            kind=EventKind(r.field(obj, "kind", str, path)),
            when=when,
            text=r.field(obj, "text", str, path),
            entry_id=r.field(obj, "entry_id", str, path),
            expression=r.field(obj, "expression", str, path),
            span=r.span(obj, path),
            rule=r.field(obj, "rule", str, path),
            sources=tuple(sources),
        ),
        path,
    )


def _ignored(r: _Reader, raw: object, path: str) -> Ignored:
    obj = r.obj(raw, path)
    return _build(
        lambda: Ignored(
            r.field(obj, "text", str, path), r.span(obj, path), r.field(obj, "reason", str, path)
        ),
        path,
    )


def timeline_from_dict(data: object) -> Timeline:
    """The :class:`Timeline` a :func:`timeline_to_dict` object describes; ParseError when it cannot."""
    r = _Reader(None)
    top = r.obj(data, "$")
    schema = top.get("schema")
    if schema != SCHEMA_ID:
        raise ParseError(f"unsupported schema {schema!r}, expected {SCHEMA_ID!r}")
    tz = r.field(top, "tz", str, "$")
    r.zone = _zone(tz)
    notes = r.items(top, "notes", "$")
    if not all(isinstance(n, str) for n in notes):
        raise ParseError(f"$.notes must be a list of strings, got {notes!r}")
    entries = tuple(_entry(r, e, f"$.entries[{i}]") for i, e in enumerate(r.items(top, "entries", "$")))
    events = tuple(_event(r, e, f"$.events[{i}]") for i, e in enumerate(r.items(top, "events", "$")))
    ignored = tuple(_ignored(r, e, f"$.ignored[{i}]") for i, e in enumerate(r.items(top, "ignored", "$")))
    return _build(
        lambda: Timeline(
            reference=r.moment(top, "reference", "$"),
            tz=tz,
            lang=r.field(top, "lang", str, "$"),
            entries=entries,
            events=events,
            ignored=ignored,
            title=r.optional(top, "title", str, "$"),
            source=r.optional(top, "source", str, "$"),
            reference_source=r.field(top, "reference_source", str, "$"),
            notes=notes,
        ),
        "$",
    )


def timeline_from_json(text: str | bytes) -> Timeline:
    """Parse :func:`timeline_to_json` output back into the same :class:`Timeline`."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as e:
        raise ParseError(f"not JSON: {e}") from None
    return timeline_from_dict(data)
