"""Text helpers shared by the exporters: cleaning page text, one-line summaries, time labels."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from liveblog.model import Entry, EntryKind, Grain, Timeline, When

__all__ = ["clean", "describe_when", "entry_label", "local", "one_line", "page_zone", "summary"]

# Where a sentence ends, per script: Latin . ! ?, Arabic ؟ (U+061F) and ۔ (U+06D4).
SENTENCE_ENDS = ".!?\u061f\u06d4"
SUMMARY_LIMIT = 120
ELLIPSIS = "…"

_LINE_BREAKS = re.compile(r"\r\n|[\r\u0085\u2028\u2029\v\f]")
# A single end mark before a space; «..» and "..." join a headline's parts, they end nothing.
_SENTENCE = re.compile(rf"(?<![.…])[{re.escape(SENTENCE_ENDS)}](?=\s)")
_SPACES = re.compile(r"\s+")


def _keep(ch: str) -> bool:
    if ch in "\n\t":
        return True
    category = unicodedata.category(ch)
    # Cc: C0/C1 controls and DEL; Cs: lone surrogates (not encodable); Cn U+FFFE/U+FFFF.
    return category not in ("Cc", "Cs") and ch not in "\ufffe\uffff"


def clean(text: str) -> str:
    """Page text with one kind of line break (``\\n``) and no control characters but ``\\n``/``\\t``.

    Format characters such as RLM (U+200F) stay: they are part of how RTL text is written.
    """
    text = _LINE_BREAKS.sub("\n", text)
    if text.isprintable():
        return text
    return "".join(ch for ch in text if _keep(ch))


def one_line(text: str) -> str:
    """:func:`clean` text with every run of white space (line breaks included) made one space."""
    return _SPACES.sub(" ", clean(text)).strip()


def summary(title: str | None, *texts: str | None, limit: int = SUMMARY_LIMIT) -> str:
    """``title``, else the first non-blank text's first sentence: one line, at most ``limit`` characters."""
    for index, candidate in enumerate((title, *texts)):
        line = one_line(candidate or "")
        if not line:
            continue
        match = _SENTENCE.search(line) if index > 0 else None
        if match:
            line = line[: match.end()]
        if len(line) > limit:
            cut = line[: limit - 1]
            space = cut.rfind(" ")
            line = (cut[:space] if space > limit // 2 else cut).rstrip() + ELLIPSIS
        return line
    return ""


def entry_label(entry: Entry | None, entry_id: str) -> str:
    """How a reader knows an entry: «the lead», «post 19:26»; the id when nothing better is known.

    >>> entry_label(None, "e1")
    'entry e1'
    """
    if entry is None:
        return f"entry {one_line(entry_id)}"
    if entry.kind is EntryKind.LEAD:
        return "the lead"
    marker = one_line(entry.marker or "")
    return f"{entry.kind.value} {marker}" if marker else f"{entry.kind.value} {one_line(entry.id)}"


def page_zone(timeline: Timeline) -> tzinfo | None:
    """The timeline's IANA zone, or None when ``tz`` is not one (then each time keeps its own offset)."""
    try:
        return ZoneInfo(timeline.tz)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` on the page's wall clock."""
    return moment.astimezone(zone) if zone is not None else moment


def _offset(moment: datetime) -> str:
    delta = moment.utcoffset() or timedelta(0)
    sign = "-" if delta < timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


_REF_WORDS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def describe_when(when: When, tz_name: str, zone: tzinfo | None) -> str:
    """One English line saying what ``when`` is on the page's clock, approximate or not.

    >>> from datetime import datetime, timezone, timedelta
    >>> w = When.at_minute(datetime(2024, 11, 29, 20, 15, tzinfo=timezone(timedelta(hours=3))))
    >>> describe_when(w, "Asia/Damascus", None)
    'Time: 2024-11-29 20:15 Asia/Damascus (UTC+03:00) = 2024-11-29 17:15 UTC'
    """
    if when.is_ref:
        return f"Vague reference: {_REF_WORDS.get(when.timex, when.timex)} ({when.timex}), no time"
    start, end = local(when.start, zone), local(when.end, zone)
    zone_name = f"{one_line(tz_name)} ({_offset(start)})"
    hedge = "Approximate time" if when.approximate else "Time"
    if when.is_range:
        first_end, _, last_end = when.timex.partition("/")
        return (
            f"{hedge} range: {one_line(first_end)} to {one_line(last_end)} ({when.grain.value} ends), "
            f"{start.strftime('%Y-%m-%d %H:%M')} to {end.strftime('%Y-%m-%d %H:%M')} {zone_name}"
        )
    if when.grain in (Grain.SECOND, Grain.MINUTE, Grain.HOUR):
        fmt = "%Y-%m-%d %H:%M:%S" if when.grain is Grain.SECOND else "%Y-%m-%d %H:%M"
        utc = when.start.astimezone(ZoneInfo("UTC")).strftime(fmt)
        label = f"{hedge}: {start.strftime(fmt)} {zone_name} = {utc} UTC"
        if when.grain is Grain.HOUR:
            label += f", within the hour to {end.strftime('%H:%M')}"
        return label
    if when.grain is Grain.PART_OF_DAY:
        window = f"{start.strftime('%Y-%m-%d %H:%M')} to {end.strftime('%Y-%m-%d %H:%M')}"
        return f"Approximate time: {one_line(when.part or '')} ({one_line(when.timex)}), {window} {zone_name}"
    last = end - timedelta(days=1)
    if when.grain is Grain.DAY:
        return f"Date: {start.strftime('%Y-%m-%d')} (all day, {one_line(tz_name)})"
    prefix = "Approximate date" if when.approximate else "Date"
    return (
        f"{prefix}: {when.grain.value} {one_line(when.timex)}, {start.strftime('%Y-%m-%d')} to "
        f"{last.strftime('%Y-%m-%d')} (all days, {one_line(tz_name)})"
    )
