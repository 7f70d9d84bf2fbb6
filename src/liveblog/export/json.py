"""JSON and JSON Lines exports (schema ``urn:liveblog:schema:timeline:1``).

``json`` writes the whole timeline exactly as :meth:`Timeline.to_json` does
(with only the selected events); ``jsonl`` writes one event object per line,
each valid against the schema's ``$defs/event``, for pipelines that stream.
"""

from __future__ import annotations

import json

from liveblog._json import event_to_dict, timeline_to_json
from liveblog.model import Event, Timeline

__all__ = ["to_json", "to_jsonl"]


def to_json(timeline: Timeline, events: tuple[Event, ...]) -> str:
    """The timeline with ``events`` as indented JSON (UTF-8 text as written, final newline)."""
    return timeline_to_json(timeline, events=events)


def to_jsonl(_timeline: Timeline, events: tuple[Event, ...]) -> str:
    """One compact JSON object per event, in time order, each line ending in ``\\n``.

    Page text cannot break a line: JSON escapes the C0 controls (``\\n``,
    ``\\r`` …) and NEL, U+2028 and U+2029, which some line splitters
    (Python's ``str.splitlines`` among them) also honour, are escaped here.
    """
    lines = []
    for event in events:
        line = json.dumps(event_to_dict(event), ensure_ascii=False, separators=(",", ":"))
        lines.append(line.translate(_LINE_BREAKS) + "\n")
    return "".join(lines)


_LINE_BREAKS = {ord(ch): f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"}
