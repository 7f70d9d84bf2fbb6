"""The shapes of entry markers: a timestamp that starts its line.

:func:`parse_marker` recognises a line that is wholly a timestamp label;
:func:`leading_marker` also takes a label followed by a title or byline on the
same line ("12.31 Uhr: Titel", "21:00 Jane Smith"). A clock inside a sentence
("the meeting at 15:00") never starts an entry. Clocks are read by the one
clock parser (:mod:`liveblog._text.clock`), relative stamps by the one "N ago"
parser (:mod:`liveblog.lang.relative`). The shapes come from real outlets (see
``docs/segmenting.md``):

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

import functools
import re
from datetime import UTC

import attrs

from liveblog._text.clock import BULLETS, CLOCK_PATTERN, leading_clock, match_clock, to_ascii_digits
from liveblog._text.normalize import visible
from liveblog._text.pagedata import page_list
from liveblog._text.pagewords import fold
from liveblog._text.zones import ABBREVIATIONS, WORD_ABBREVIATIONS, ZONE_WORDS, zone_for_word
from liveblog.lang.relative import Relative, match_relative

__all__ = ["Marker", "leading_marker", "parse_edit_stamp", "parse_marker", "to_ascii_digits"]

_MAX_MARKER_LEN = 80
_MAX_INLINE_WORDS = 14  # a title or byline beside a clock without a separator is short
_MAX_LABELLED_WORDS = 30  # "12.31 Uhr: Titel des Eintrags …": a separator says a title follows

_CLOCK = CLOCK_PATTERN
# A zone word, and a signed offset after a UTC word ("GMT+3", "UTC +05:30"): the zone table decides.
_OFFSET = r"(?:\s?[+\-−]\d{1,2}(?::?[0-5]\d)?(?![\d:.]))?"
_ZONE = rf"(?P<zone>(?:[A-Za-z]{{1,5}}|(?:ب?(?:ال)?توقيت)\s+\S+(?:\s+\S+)?){_OFFSET})"
# A zone after a clock that starts a line: an abbreviation of the zone table or a place, maybe bracketed.
_INLINE_ZONE = re.compile(rf"\s*(?P<open>\()?\s*{_ZONE}\s*(?(open)\))(?![\w+\-−])")
_SEPARATOR = re.compile(r"\s*(?:[:|–—-]|\s[-–—]\s)\s*")
# pages8: a date on the clock's line in the other order. After the clock: "09:10, 24 Nov", (h11) an
# embedded post's "3:18 PM · Nov 19, 2024",
# "14:30 30/11", "14:30, 30 Nov 2024"; before it (one or two words holding a digit): "24/11 19:30",
# "2024/10/31 15:10", "2일 오후 11시 50분", "28日 0時15分", "Вчера, 23:48". The resolver decides whether
# it is a day;
# a word with a colon is a label, not a date ("Stand: 02.06.2024 13:05 Uhr" is a dateline).
_DATE_AFTER = re.compile(
    r"\s*[,·]?\s*(?P<date>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*"
)
# h11: between the date and the clock a comma, or a bullet, bar or dash set off by spaces
# ("07.12.2024 • 15:47 Uhr", "07.12.2024 - 16:52", "06/10/2024 | 17h02").
_DATE_GAP = r"(?:,|\s+[•·|–—-])?\s+"
_DATE_BEFORE = (
    # a day word: "Вчера, 23:48", "昨天 23:48", "Hoy 14:30", "Aujourd'hui à 00h15"
    re.compile(rf"(?P<date>[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])){{1,13}}){_DATE_GAP}"),
    re.compile(rf"(?P<date>[^\s:]{{0,12}}\d[^\s:]{{0,12}}?){_DATE_GAP}"),
    re.compile(
        r"(?P<date>[^\s:]{1,12}\s+[^\s:]{0,12}\d[^\s:]{0,12}?|[^\s:]{0,12}\d[^\s:]{0,12}\s+[^\s:]{1,12}?)"
        + _DATE_GAP
    ),
)
_DIGIT = re.compile(r"\d")
_AFTER_RELATIVE = re.compile(r"\s*\(?\s*")
_CLOSE = re.compile(r"\s*\)")

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("clock", rf"(?:ore\s+|um\s+)?{_CLOCK}(?:\s*uhr)?(?:\s+\(?{_ZONE}\)?)?"),
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
            "date-clock",  # month first, no comma, zone in brackets: "March 14 2024 18:45 (IST)"
            rf"(?P<date>[A-Za-z]{{3,9}}\.?\s+\d{{1,2}},?\s+\d{{4}})\s*(?:,|\bat\b)?\s*{_CLOCK}"
            rf"(?:\s+\(?{_ZONE}\)?)?",
        ),
    )
)

_EDIT_WORDS = ("updated", "last updated", "edited", "تم التحديث", "حدث", "تحديث")


@functools.cache
def _edit() -> re.Pattern[str]:
    """The edit words of every language ("Updated at", "Uppdaterad"); the clock after them is read apart."""
    more = (w for ws in page_list("furniture", "edit").values() for w in ws)
    alternation = "|".join(re.escape(w) for w in sorted({*_EDIT_WORDS, *more}, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})\s*(?:at|في|:)?\s*", re.IGNORECASE)


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
    relative: Relative | None = None  # the relative time read by the one "N ago" parser
    rest_at: int | None = None  # where a title or byline beside the label starts in the line
    fallback: Marker | None = None  # the line's reading when ``date_text`` names no day ("18:00 Runde 2")


def _from_match(raw: str, shape: str, m: re.Match[str]) -> Marker | None:
    groups = m.groupdict()
    hour = minute = None
    second = 0
    if groups.get("h") is not None:
        clock = match_clock(m.string, m.start("h"))  # the one clock parser reads the digits
        if clock is None:
            return None
        hour, minute, second = clock.hour, clock.minute, clock.second or 0
    return Marker(
        raw=raw,
        shape=shape,
        hour=hour,
        minute=minute,
        second=second,
        zone=groups.get("zone"),
        date_text=groups.get("date"),
    )


def parse_marker(line: str) -> Marker | None:
    """The marker a whole line is, or ``None`` for any other line.

    >>> parse_marker("٢٠:١٥").hour, parse_marker("3.27pm BST").zone
    (20, 'BST')
    >>> parse_marker("The meeting is at 15:00") is None
    True
    """
    return _whole_marker(visible(line).strip())


def _whole_marker(raw: str) -> Marker | None:
    """:func:`parse_marker` of a line already without invisible characters and stripped."""
    if not raw or len(raw) > _MAX_MARKER_LEN:
        return None
    text = None
    if _DIGIT.search(raw) is not None:  # every shape holds a clock (seg10: a line of words tries none)
        text = to_ascii_digits(raw)
        for shape, pattern in _SHAPES:
            m = pattern.fullmatch(text)
            if m is not None:
                return _from_match(raw, shape, m)
    found = _relative_label(raw, 0, text)
    if found is not None and found[1] == len(raw):
        return found[0]
    if text is None and len(raw) <= _MAX_NOW_LEN and raw[0].casefold() in _now_heads():
        code = _now_words().get(fold(raw))
        if code is not None:  # h11: "Just now", "À l'instant", «الآن»: a relative label of no time
            return Marker(
                raw, "relative", relative_text=raw, relative=Relative(0, "second", -1, 0, len(raw), code)
            )
    return None


_MAX_NOW_LEN = 24


@functools.cache
def _now_heads() -> frozenset[str]:
    """The first letters, case-folded, of the words of :func:`_now_words` (a line starting otherwise
    is not folded)."""
    return frozenset(w[:1].casefold() for ws in page_list("furniture", "now").values() for w in ws)


@functools.cache
def _now_words() -> dict[str, str]:
    """The words a post is stamped with in its first minute ("Just now"), folded, to their language."""
    return {fold(w): code for code, ws in page_list("furniture", "now").items() for w in ws}


def _relative_label(raw: str, start: int, text: str | None = None) -> tuple[Marker, int] | None:
    """ "2m ago", «منذ 5 دقائق», "2m ago (11:00 GMT)", "2 hours ago 10:05": a relative label and its end.

    ``text`` is ``raw`` with ASCII digits; it is made here, and only for a label, when not given
    (the "N ago" parser reads digits of any script itself, so ``raw`` tells whether one starts here).
    """
    rel = match_relative(raw if text is None else text, start)
    if rel is None:
        return None
    if text is None:
        text = to_ascii_digits(raw)
    end, shape = rel.end, "relative"
    hour = minute = None
    zone: str | None = None
    opener = _AFTER_RELATIVE.match(text, end)
    bracketed = opener is not None and "(" in opener.group()
    clock = match_clock(text, opener.end()) if opener is not None else None
    if clock is not None:
        close = clock.end
        z = _INLINE_ZONE.match(text, close)
        if z is not None and _known_zone(z.group("zone")):
            zone, close = z.group("zone"), z.end()
        bracket = _CLOSE.match(text, close)
        if not bracketed or bracket is not None:  # "2m ago (11:00" without its ")" is not this shape
            end, shape = (bracket.end() if bracketed and bracket is not None else close), "ago-clock"
            hour, minute = clock.hour, clock.minute
    label = raw[start:end].strip()
    marker = Marker(
        raw=label,
        shape=shape,
        hour=hour,
        minute=minute,
        zone=zone,
        relative_text=raw[rel.start : rel.end],
        relative=rel,
    )
    return marker, end


def _known_zone(word: str) -> bool:
    key = " ".join(word.split()).casefold()
    if key in WORD_ABBREVIATIONS and not word.strip().isupper():
        return False  # "17:00 West Bank raids", "15:00 cat rescued": a title's word, not a zone
    if key in ABBREVIATIONS or key in ZONE_WORDS or key.startswith(("توقيت", "بتوقيت", "بالتوقيت")):
        return True
    return zone_for_word(key, UTC) is not None  # "GMT+3": a UTC word with its offset


def _title_words_ok(rest: str, separated: bool) -> bool:
    words = rest.split()
    if not words or words[0][0].isdigit():
        return False  # "20:15 15 killed …": a number after a clock is a sentence
    return len(words) <= (_MAX_LABELLED_WORDS if separated else _MAX_INLINE_WORDS)


def _date_first(line: str, lead: int) -> Marker | None:
    """A whole line that is a short date and then a clock: "24/11 19:30", "2일 오후 11시 50분"."""
    if len(line) - lead > _MAX_MARKER_LEN or _DIGIT.search(line, lead) is None:
        return None  # a clock has digits, and the label is short: prose lines are not tried
    text = to_ascii_digits(line)
    for pattern in _DATE_BEFORE:
        m = pattern.match(text, lead)
        got = leading_clock(text[m.end() :]) if m is not None else None
        if m is None or got is None:
            continue
        clock, end = got
        end += m.end()
        z = _INLINE_ZONE.match(text, end)
        zone = None
        if z is not None and _known_zone(z.group("zone")):
            zone, end = z.group("zone"), z.end()
        if text[end:].strip():
            continue  # a date and a clock, nothing else: a title after them is some other line
        raw = line[lead:end].strip()
        return Marker(raw, "date-clock", clock.hour, clock.minute, clock.second or 0, zone, m["date"])
    return None


def leading_marker(line: str) -> Marker | None:
    """A marker that starts ``line``, with a title or byline after it on the same line.

    The whole line may be the marker (:func:`parse_marker`); otherwise a clock
    (any shape of :mod:`liveblog._text.clock`) or a relative label starts the
    line and what follows is kept (``rest_at``): ``21:00 Jane Smith``,
    ``12.31 Uhr: Titel des Eintrags``, ``٠٧:٢٥ الجيش يعلن …``,
    ``2 hours ago 10:05 Sam Lee``.

    >>> m = leading_marker("12.31 Uhr: Titel des Eintrags"); (m.raw, m.hour, m.rest_at)
    ('12.31 Uhr', 12, 11)
    >>> leading_marker("15:00 15 killed in strikes") is None
    True
    """
    return _leading_marker(line, visible(line).strip())


_LEAD = " \t" + BULLETS


def _leading_marker(line: str, raw: str) -> Marker | None:
    """:func:`leading_marker`, given ``raw``: the line without invisible characters, stripped.

    The line's digits are made ASCII only once a label or a clock starts it: the "N ago" parser
    and the clock parser read digits of any script, and the words around a clock hold none.
    """
    # (seg11: the length tests that open _whole_marker and _date_first are asked before calling them)
    whole = _whole_marker(raw) if len(raw) <= _MAX_MARKER_LEN else None
    if whole is not None:
        return whole
    if len(line) > 400:
        return None
    lead = len(line) - len(line.lstrip(_LEAD))
    found = _relative_label(line, lead)
    got = leading_clock(line) if found is None else None
    if found is None and got is None:
        return _date_first(line, lead) if len(line) - lead <= _MAX_MARKER_LEN else None
    text = to_ascii_digits(line)
    if found is not None:
        marker, end = found
    else:
        assert got is not None
        clock, end = got
        zone = None
        z = _INLINE_ZONE.match(text, end)
        if z is not None and _known_zone(z.group("zone")):
            zone, end = z.group("zone"), z.end()
        beside = match_relative(text, len(text) - len(text[end:].lstrip()))
        if beside is not None:
            end = beside.end  # "09:46 1 min ago": the relative time is part of the label
        marker = Marker(
            line[lead:end].strip(), "clock", clock.hour, clock.minute, clock.second or 0, zone=zone
        )
    dated = _DATE_AFTER.fullmatch(text, end) if marker.hour is not None and marker.relative is None else None
    if dated is not None:  # "09:10, 24 Nov": a day for the resolver, else the title it seemed
        raw = line[lead : dated.end("date")].strip()
        plain = _beside(line, text, end, marker)
        return attrs.evolve(marker, raw=raw, shape="clock-date", date_text=dated["date"], fallback=plain)
    titled = _beside(line, text, end, marker)
    if titled is None and found is None and len(line) - lead <= _MAX_MARKER_LEN:
        # h11: "07.12.2024 15:47 Uhr": the date's "07.12" read as a clock leaves no title, but the
        # line may be a date and then its clock
        return _date_first(line, lead)
    return titled


def _beside(line: str, text: str, end: int, marker: Marker) -> Marker | None:
    """``marker`` with the title or byline after it on its line (``rest_at``), or None when that is prose."""
    sep = _SEPARATOR.match(text, end)
    rest_at = sep.end() if sep is not None else end
    rest = line[rest_at:].strip()
    if not rest:
        return marker  # "2m ago (11:00 GMT)" with trailing spaces
    if not line[end:rest_at].strip() and end < len(line) and not line[end].isspace():
        return None  # "15:00h", "20:15abc": not a clock then a title
    if not _title_words_ok(rest, separated=sep is not None and bool(line[end:rest_at].strip())):
        return None
    return attrs.evolve(marker, rest_at=rest_at + (len(line[rest_at:]) - len(line[rest_at:].lstrip())))


def parse_edit_stamp(line: str) -> Marker | None:
    """An "Updated at 9.18am BST" line: an edit of the entry it stands in, not a new entry."""
    return _edit_stamp(visible(line).strip())


def _edit_stamp(raw: str) -> Marker | None:
    """:func:`parse_edit_stamp` of a line already without invisible characters and stripped."""
    if not raw or len(raw) > _MAX_MARKER_LEN or _DIGIT.search(raw) is None:
        return None  # the clock after the edit words has digits (seg10: a line of words is not read)
    text = to_ascii_digits(raw)
    m = _edit().match(text)
    got = leading_clock(text[m.end() :]) if m is not None else None
    if m is None or got is None:
        return None
    clock, end = got  # "Uppdaterad kl. 13.40", "Bijgewerkt om 14.10 uur": the clock parser's cues
    end += m.end()
    zone = None
    z = _INLINE_ZONE.match(text, end)
    if z is not None and _known_zone(z.group("zone")):
        zone, end = z.group("zone"), z.end()
    if text[end:].strip():
        return None
    return Marker(raw, "edit", clock.hour, clock.minute, clock.second or 0, zone=zone)
