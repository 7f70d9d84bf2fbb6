"""Which entries and mentions ``liveblog show`` shows, in what order.

Filters work per row. An entry is shown when it passes every filter itself,
or when one of its mentions does (it is then the mention's context). A
mention is shown when its own date passes ``--since/--until`` and its own
text or expression contains ``--grep``. ``--grep`` matches folded words: case,
diacritics, hamza forms (أ إ آ → ا), ة/ه, ى/ي and punctuation do not count. Undated entries fail
any date filter and come last in either order. ``--limit`` counts entries.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs

from liveblog._text.pagewords import fold
from liveblog.model import Entry, Event, EventKind, Timeline, When

__all__ = ["ORDERS", "ShowOptions", "select"]

ORDERS = ("oldest", "newest")
_EARLIEST = datetime.min.replace(tzinfo=UTC)


@attrs.frozen
class ShowOptions:
    """What ``liveblog show`` selects and how it lays it out."""

    order: str = attrs.field(default="oldest", validator=attrs.validators.in_(ORDERS))
    since: datetime | None = None
    until: datetime | None = None
    grep: str | None = None
    limit: int | None = attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.ge(0)))
    explain: bool = False
    entries_only: bool = False
    full: bool = False


def _wanted(when: When | None, options: ShowOptions) -> bool:
    if options.since is None and options.until is None:
        return True
    if when is None:
        return False
    after = options.since is None or when.end > options.since
    return after and (options.until is None or when.start < options.until)


def _matches(options: ShowOptions, *texts: str | None) -> bool:
    if not options.grep:
        return True
    needle = fold(options.grep)
    return any(needle in fold(t) for t in texts if t)


def _key(when: When | None, ident: str) -> tuple[int, datetime, datetime, str]:
    if when is None:
        return (1, _EARLIEST, _EARLIEST, ident)
    return (0, when.start, when.end, ident)


def select(timeline: Timeline, options: ShowOptions) -> list[tuple[Entry, list[Event]]]:
    """The entries to show, in display order, each with the mentions to show under it."""
    known = {e.id for e in timeline.entries}
    mentions: dict[str, list[Event]] = {}
    for ev in timeline.events:
        if ev.kind is EventKind.MENTION:
            mentions.setdefault(ev.entry_id if ev.entry_id in known else "", []).append(ev)
    entries = sorted(timeline.entries, key=lambda e: _key(e.when, e.id))
    rows = []
    for entry in entries:
        entry_hit = _matches(options, entry.title, entry.text, entry.marker)
        shown = (
            []
            if options.entries_only
            else [
                ev
                for ev in sorted(mentions.get(entry.id, []), key=lambda ev: _key(ev.when, ev.id))
                if _wanted(ev.when, options) and _matches(options, ev.text, ev.expression)
            ]
        )
        if (entry_hit and _wanted(entry.when, options)) or shown:
            rows.append((entry, shown))
    if options.order == "newest":
        rows = [(e, ms[::-1]) for e, ms in reversed(rows)]
        undated = [r for r in rows if r[0].when is None]
        rows = [r for r in rows if r[0].when is not None] + undated
    return rows if options.limit is None else rows[: options.limit]
