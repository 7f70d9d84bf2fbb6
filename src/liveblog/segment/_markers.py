"""The shapes of entry markers: a timestamp standing alone on its line.

A marker is recognised only when the *whole line* is a timestamp label — a
clock inside a sentence ("the meeting at 15:00") never starts an entry. The
shapes come from real outlets (see ``docs/segmenting.md``):

=================================  ==========================================
``20:15`` ``٢٠:١٥`` ``8:15 م``      bare clock (seed page, BBC, Arabic sites)
``3.27pm BST`` ``19.30 GMT``        Guardian label with a zone word
``2m ago (11:58 GMT)``              Al Jazeera English: relative + absolute
``منذ 5 دقائق`` ``1 month ago``     relative only (Al Jazeera Arabic, MEE)
``Fri 19 Feb 2021 19.41 GMT``       date and clock
``29 نوفمبر 2024 - 20:15``          Arabic date header with a clock
``2025-12-05@21:44:56 GMT``         ISO-like stamp
``by NAME on Feb 28, 2013 at 3:34 PM``  Reuters (older)
=================================  ==========================================
"""

from __future__ import annotations

import re

import attrs

from liveblog._text.normalize import visible

__all__ = ["Marker", "parse_edit_stamp", "parse_marker", "to_ascii_digits"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")
_MAX_MARKER_LEN = 80

_CLOCK = (
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|ص|م|صباحا|صباحًا|مساء|مساءً))?"
)
_ZONE = r"(?P<zone>[A-Za-z]{1,5}|(?:ب?ال?توقيت)\s+\S+(?:\s+\S+)?)"
_AGO = r"(?P<ago>\d{1,3}\s*(?:s|sec|secs|m|min|mins|h|hr|hrs|d|days?|hours?|minutes?)\s+ago)"

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("clock", rf"{_CLOCK}(?:\s+{_ZONE})?"),
        ("ago-clock", rf"{_AGO}\s*\(\s*{_CLOCK}(?:\s+{_ZONE})?\s*\)"),
        ("iso", rf"(?P<date>\d{{4}}-\d{{2}}-\d{{2}})\s*(?:@|T|\s)\s*{_CLOCK}(?:\s*{_ZONE})?"),
        (
            "byline",
            rf"(?:by\s+)?(?P<author>[^\n]{{1,60}}?)\s*on\s+(?P<date>[A-Za-z]{{3,9}}\.?\s+\d{{1,2}},\s+\d{{4}})"
            rf"\s+at\s+{_CLOCK}(?:\s+{_ZONE})?",
        ),
        (
            "date-clock",
            rf"(?P<date>[^\d\n]{{0,12}}\d{{1,2}}\s+[^\d\s]{{2,12}}(?:\s+[^\d\s]{{2,12}})?\.?,?\s+\d{{4}})"
            rf"\s*(?:[-–—,،@|]|\bat\b)?\s*{_CLOCK}(?:\s+{_ZONE})?",
        ),
        (
            "relative",
            r"(?P<relative>(?:منذ|قبل)\s+[^\n]{1,30}|\d{1,3}\s*[a-z]{1,7}\s+ago|(?:a|an|one)\s+[a-z]{3,7}\s+ago)",
        ),
    )
)

_EDIT = re.compile(
    rf"(?:updated|last updated|edited|تم التحديث|حدث|تحديث)\s*(?:at|في|:)?\s*{_CLOCK}(?:\s+{_ZONE})?",
    re.IGNORECASE,
)


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII; every other character unchanged (same length)."""
    # str.translate looks every character up in the table; most lines have no such digit at all.
    return text.translate(_DIGITS) if _EASTERN_DIGIT.search(text) else text


@attrs.frozen
class Marker:
    """A timestamp label as a page shows it, taken apart but not yet dated."""

    raw: str
    shape: str
    hour: int | None = None
    minute: int | None = None
    second: int = 0
    zone: str | None = None  # the zone word as written ("BST", «بتوقيت مكة»)
    date_text: str | None = None  # a date written in the label, for the resolver
    relative_text: str | None = None  # "2m ago", «منذ 5 دقائق»


def _hour24(hour: int, ampm: str | None) -> int | None:
    if not ampm:
        return hour
    pm = ampm.lower().replace(".", "").replace(" ", "") in {"pm", "م", "مساء", "مساءً"}
    if hour > 12:
        return None  # "14:00 pm" is not a time
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _from_match(raw: str, shape: str, m: re.Match[str]) -> Marker | None:
    groups = m.groupdict()
    hour = minute = None
    if groups.get("h") is not None:
        hour = _hour24(int(groups["h"]), groups.get("ampm"))
        if hour is None:
            return None
        minute = int(groups["m"])
    return Marker(
        raw=raw,
        shape=shape,
        hour=hour,
        minute=minute,
        second=int(groups.get("s") or 0),
        zone=groups.get("zone"),
        date_text=groups.get("date"),
        relative_text=groups.get("ago") or groups.get("relative"),
    )


def parse_marker(line: str) -> Marker | None:
    """The marker a whole line is, or ``None`` for any other line.

    >>> parse_marker("٢٠:١٥").hour, parse_marker("3.27pm BST").zone
    (20, 'BST')
    >>> parse_marker("The meeting is at 15:00") is None
    True
    """
    raw = visible(line).strip()
    if not raw or len(raw) > _MAX_MARKER_LEN:
        return None
    text = to_ascii_digits(raw)
    for shape, pattern in _SHAPES:
        m = pattern.fullmatch(text)
        if m is not None:
            return _from_match(raw, shape, m)
    return None


def parse_edit_stamp(line: str) -> Marker | None:
    """An "Updated at 9.18am BST" line: an edit of the entry it stands in, not a new entry."""
    raw = visible(line).strip()
    if not raw or len(raw) > _MAX_MARKER_LEN:
        return None
    m = _EDIT.fullmatch(to_ascii_digits(raw))
    return _from_match(raw, "edit", m) if m is not None else None
