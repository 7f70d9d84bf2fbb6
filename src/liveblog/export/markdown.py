"""Markdown export: the timeline by day, for reading.

Days are the page's local days; week, month and year events get a heading
of their own (``2020-03 (month)``) in time order. Page text is left exactly
as written — Arabic stays in logical order with no bidi marks added, so any
Markdown viewer lays it out right to left itself — and only Markdown's own
punctuation is backslash-escaped, so the text renders as on the page.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from liveblog.export._text import clean, entry_label, local, one_line, page_zone
from liveblog.lang.display import ref_label
from liveblog.lang.labels import weekday_name
from liveblog.model import Entry, Event, EventKind, Grain, Timeline, When

__all__ = ["to_markdown"]

NO_TEXT = "*(no text captured: the page had nothing under this marker)*"
_DAY_GRAINS = frozenset({Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY, Grain.DAY})
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~&!])")
_BULLET = re.compile(r"^(\s*)([-+=])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def _md(text: str) -> str:
    """``text`` with Markdown syntax characters escaped, so it renders as written."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    escaped = _BULLET.sub(lambda m: f"{m[1]}\\{m[2]}", escaped)
    return _ORDERED.sub(lambda m: f"{m[1]}\\{m[2]}", escaped)


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; a single line break inside one stays a (hard) line break."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", clean(text)):
        lines = [_md(one_line(line)) for line in block.split("\n") if line.strip()]
        if lines:
            paragraphs.append("\\\n  ".join(lines))
    return paragraphs


def _heading(when: When, zone: tzinfo | None, lang: str, tz: str) -> str:
    if when.is_ref:
        return f"{ref_label(when.timex)} ({when.timex}, no time)"
    if when.grain in _DAY_GRAINS:
        day = local(when.start, zone)
        return f"{day:%Y-%m-%d} ({weekday_name(day.date(), lang, tz)})"
    return f"{when.timex} ({when.grain.value})"


def _clock(when: When, zone: tzinfo | None) -> str:
    start, end = local(when.start, zone), local(when.end, zone)
    hedge = ", approximate" if when.approximate else ""
    if when.is_ref:
        return ref_label(when.timex)
    if when.is_range:
        return f"{when.timex.replace('/', ' to ')}, range{hedge}"
    if when.grain is Grain.SECOND:
        return f"{start:%H:%M:%S}{hedge}"
    if when.grain is Grain.MINUTE:
        return f"{start:%H:%M}{hedge}"
    if when.grain is Grain.HOUR:
        return f"{start:%H:%M}–{_end(start, end)}{hedge}"
    if when.grain is Grain.PART_OF_DAY:
        return f"{start:%H:%M}–{_end(start, end)}, {when.part}, approximate"
    if when.grain is Grain.DAY:
        return f"all day{hedge}"
    return f"{when.timex}{hedge}"


def _end(start: datetime, end: datetime) -> str:
    if end.date() == start.date():
        return f"{end:%H:%M}"
    return "24:00" if end.hour == 0 and end.minute == 0 and (end - start).days < 1 else f"{end:%m-%d %H:%M}"


def _item(event: Event, entry: Entry | None, zone: tzinfo | None) -> list[str]:
    label = f"**{_clock(event.when, zone)}**"
    if event.kind is EventKind.ENTRY:
        kind = entry.kind.value if entry is not None else "entry"
        marker = f" {_md(one_line(entry.marker))}" if entry is not None and entry.marker else ""
        title = f" — **{_md(one_line(entry.title))}**" if entry is not None and entry.title else ""
        head = f"- {label} · {kind}{marker}{title}"
        body = _paragraphs(entry.text if entry is not None else event.text)
        if not body and not title:
            body = [NO_TEXT]
    else:
        origin = _md(entry_label(entry, event.entry_id))
        head = f"- {label} · mention «{_md(one_line(event.expression))}» (in {origin})"
        body = _paragraphs(event.text)
    lines = [head]
    for paragraph in body:
        lines += ["", f"  {paragraph}"]
    return lines


def _undated(entries: list[Entry]) -> list[str]:
    lines = ["## Undated entries", ""]
    for entry in entries:
        marker = f" {_md(one_line(entry.marker))}" if entry.marker else ""
        title = f" — **{_md(one_line(entry.title))}**" if entry.title else ""
        lines.append(f"- {entry.kind.value}{marker}{title}")
        for paragraph in _paragraphs(entry.text) or ([] if entry.title else [NO_TEXT]):
            lines += ["", f"  {paragraph}"]
    return [*lines, ""]


def to_markdown(timeline: Timeline, events: tuple[Event, ...]) -> str:
    """``events`` of ``timeline`` as a Markdown document grouped by day."""
    zone = page_zone(timeline)
    title = _md(one_line(timeline.title or "")) or "Timeline"
    reference = local(timeline.reference, zone)
    lines = [f"# {title}", ""]
    if timeline.source:
        lines.append(f"- Source: {_md(one_line(timeline.source))}")
    lines += [
        f"- Read at: {reference:%Y-%m-%d %H:%M} {_md(timeline.tz)} ({_md(timeline.reference_source)})",
        f"- Language: {_md(timeline.lang)}",
        f"- Events: {len(events)}",
        "",
    ]
    entries = {e.id: e for e in reversed(timeline.entries)}  # first entry wins, as Timeline.entry
    heading = None
    for event in events:
        this = _heading(event.when, zone, timeline.lang, timeline.tz)
        if this != heading:
            if heading is not None:
                lines.append("")
            lines += [f"## {this}", ""]
            heading = this
        lines += _item(event, entries.get(event.entry_id), zone)
    if heading is not None:
        lines.append("")
    undated = [e for e in timeline.entries if e.when is None]
    if undated:
        lines += _undated(undated)
    return "\n".join(lines).rstrip("\n") + "\n"
