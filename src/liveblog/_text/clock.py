"""The one clock parser: every way a page writes a time of day.

The segmenter (marker labels) and the resolver (clock rules) both read clocks
through :func:`match_clock`, so a shape learnt once is known everywhere:

=====================================  =========================================
``20:15`` ``٢٠:١٥`` ``۱۸:۳۲`` ``7:05:09``  colon, any digits, optional seconds
``19.30`` ``12.31 Uhr`` ``18.32``      dot (Guardian, German, Turkish)
``18h32`` ``9h05`` ``0h15`` ``13h30``  French / Portuguese ``h``
``15h`` ``8h GMT``                     the hour alone with ``h`` (``hour_only=True``)
``3.00pm`` ``3pm`` ``8:15 م``          12-hour with am/pm (Latin or Arabic words)
``1315 GMT``                           four digits, only with a zone after them
``ore 18:32`` ``um 07:00 Uhr``         a clock word before it (Italian, German)
=====================================  =========================================

What follows the clock (a zone word, a title) is the caller's business; see
:func:`leading_clock` for a clock that starts a line.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs

from liveblog._text.pagedata import page_list, page_map

__all__ = [
    "AMPM_WORDS",
    "BULLETS",
    "CLOCK_PATTERN",
    "Clock",
    "Separator",
    "hour24",
    "leading_clock",
    "match_clock",
    "to_ascii_digits",
]

_WINDOW = 32
# Arabic-Indic and Persian digits; and (pages8) the full-width digits and colon of Japanese and Chinese
# pages ("１４：３０", "０時１５分"), one character for one so offsets stay those of the text.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９：", "012345678901234567890123456789:")
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹０-９：]")

Separator = Literal[":", ".", "h", "military", "none", "counter"]

AMPM_WORDS: dict[str, Literal["am", "pm"]] = {
    "am": "am",
    "a.m.": "am",
    "a.m": "am",
    "pm": "pm",
    "p.m.": "pm",
    "p.m": "pm",
    "ص": "am",
    "صباحا": "am",
    "صباحًا": "am",
    "م": "pm",
    "مساء": "pm",
    "مساءً": "pm",
    "مساءا": "pm",
}
"""12-hour words written right after a clock, as data (the resolver's lexicons add word clocks)."""

# Words that stand before a clock and say "at": Italian «ore», German «um», French «à».
_CUES = ("ore", "um", "à", "a las", "às", "saat", "в", "kl.", "at")
_SUFFIXES = ("uhr", "h", "hs", "ч.", "hrs")  # after a clock: "12.31 Uhr", "18.32 h"

_AMPM = "|".join(sorted((re.escape(w) for w in AMPM_WORDS), key=len, reverse=True))
CLOCK_PATTERN = (
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])"
    r"(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d])"
    r"|(?P<hsep>[hH])(?P<hm>[0-5]\d)(?![\w])"
    r"|(?P<mil>[0-5]\d)(?=\s?(?:GMT|UTC|gmt|utc|Z)\b)"
    r"|(?=\s?(?:" + _AMPM + r")(?!\w))"
    r")"
    r"(?:\s?(?P<ampm>" + _AMPM + r")(?!\w))?"
)
"""The clock's regex source (groups ``h`` … ``ampm``), for patterns that embed one clock."""
_CLOCK = re.compile(CLOCK_PATTERN, re.IGNORECASE)
# "15h", "8h GMT": the hour alone with "h", read only when the caller asks (``hour_only``).
_HOUR_H = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[hH](?!\w)")
# List bullets before a key event's clock; ・ is the CJK middle dot (pages8); h11: a ticker's "+++ 16:04
# Titel +++" (German news channels) opens with a run of them.
BULLETS = "•·▪●◦*–—-・･+"
_BULLET = re.compile(f"[{re.escape(BULLETS)}]{{1,3}}\\s*")
# h11: "14 h 45", the French typographic clock (a space each side of the h, two digits of minutes).
_SPACED_H = re.compile(r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]) h (?P<m>[0-5]\d)(?![\d\w])")


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian and full-width digits as ASCII; every other character unchanged (same length).

    >>> to_ascii_digits("٠٧:٢٥ ۱۸:۳۲ １４：３０")
    '07:25 18:32 14:30'
    """
    # str.translate looks every character up in the table; most lines have no such digit at all.
    return text.translate(_DIGITS) if _EASTERN_DIGIT.search(text) else text


def hour24(hour: int, ampm: str | None) -> int | None:
    """``hour`` on the 24-hour clock given its 12-hour word; ``None`` when they disagree ("14:00 am").

    A 24-hour clock with a word that agrees is that time: Arabic pages often
    write «20:15 مساء», and "14:00 pm" says the same thing twice.

    ``ampm`` is ``am``/``pm`` or one of the resolver's clock words (``noon``,
    ``night``, ``midnight``).

    Hour 0 belongs to the 24-hour clock only: "0 pm" (a score «2-0 مساء») is no time.

    >>> hour24(3, "pm"), hour24(12, "am"), hour24(14, "pm"), hour24(14, "am"), hour24(14, "night")
    (15, 0, 14, None, 14)
    >>> hour24(0, "pm"), hour24(0, "am"), hour24(0, None)
    (None, None, 0)
    """
    if ampm is None:
        return hour
    if hour == 0:
        return None
    ampm = AMPM_WORDS.get(ampm.lower(), ampm)
    if ampm == "midnight":
        return 0 if hour == 12 else None
    if hour > 12:
        return hour if ampm in ("night", "noon", "pm") else None  # "14:00 am" is no time
    if ampm == "am":
        return 0 if hour == 12 else hour
    if ampm == "pm":
        return hour if hour == 12 else hour + 12
    if ampm == "noon":
        return hour + 12 if hour < 6 else hour
    if ampm == "night":
        return hour + 12 if 6 <= hour < 12 else (0 if hour == 12 else hour)
    return hour


@attrs.frozen
class Clock:
    """A time of day as written at ``start:end`` of a text (digits of any script)."""

    hour: int
    minute: int
    second: int | None
    sep: Separator
    ampm: Literal["am", "pm"] | None
    start: int
    end: int


def match_clock(text: str, pos: int = 0, *, ampm: bool = True, hour_only: bool = False) -> Clock | None:
    """The clock that starts exactly at ``pos`` in ``text``, or ``None``.

    A bare number is no clock ("15 killed"); four digits are one only before
    GMT/UTC ("1315 GMT"); ``ampm=False`` leaves 12-hour words to the caller.
    ``hour_only=True`` also reads an hour with ``h`` and no minutes ("15h",
    "8h GMT"): "2h ago" is a duration, so only a caller that can tell asks.

    >>> c = match_clock("18h32 Le point"); (c.hour, c.minute, c.end)
    (18, 32, 5)
    >>> match_clock("3.00pm EST").hour, match_clock("۱۸:۳۲").hour
    (15, 18)
    >>> match_clock("15 killed") is None, match_clock("2024") is None
    (True, True)
    >>> match_clock("15h") is None, match_clock("15h", hour_only=True).hour
    (True, 15)
    """
    if pos >= 0 and not text[pos : pos + 1].isdecimal():
        return None  # every shape starts with a digit of some script (``\d`` is ``str.isdecimal``; seg10)
    # Only a short window is read (a clock is at most ~20 characters): callers try many positions
    # of long texts, and translating the whole text each time would be quadratic.
    base = max(pos - 1, 0)
    window = to_ascii_digits(text[base : pos + _WINDOW])
    m = _CLOCK.match(window, pos - base)
    if m is None:
        h = _HOUR_H.match(window, pos - base) if hour_only else None
        if h is None:
            return None
        return Clock(int(h["h"]), 0, None, "h", None, h.start() + base, h.end() + base)
    pos, offset = m.start(), base
    g = m.groupdict()
    word = g["ampm"] if ampm else None
    end = m.end() if word is not None else max(m.end("m"), m.end("s"), m.end("hm"), m.end("mil"))
    sep: Separator
    if g["sep"] is not None:
        sep, minute = (":" if g["sep"] == ":" else "."), int(g["m"])
    elif g["hm"] is not None:
        sep, minute = "h", int(g["hm"])
    elif g["mil"] is not None:
        if len(g["h"]) != 2:
            return None
        sep, minute = "military", int(g["mil"])
    else:
        if g["ampm"] is None or not ampm:
            return None  # "3" alone
        sep, minute = "none", 0
    said = AMPM_WORDS[word.lower()] if word is not None else None
    hour = hour24(int(g["h"]), said)
    if hour is None:
        return None
    second = int(g["s"]) if g["s"] is not None else None
    return Clock(hour, minute, second, sep, said, pos + offset, end + offset)


def _alternation(words: object) -> str:
    ws = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)


def _first(words: object) -> str:
    """A look-ahead for the first characters of ``words``, put before their alternation (seg10).

    The words are tried one after another at a line's start; a line whose first character begins
    none of them is refused by one class. The class takes a character exactly when a word starting
    with it would (in either case, under IGNORECASE), so no match changes. Empty when a word is
    empty or starts with a space (written as ``\\s+``): then the words are tried as they are.
    """
    ws = list(words)  # type: ignore[call-overload]
    if not all(w and not w[0].isspace() for w in ws):
        return ""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in ws})) + "])"


@attrs.frozen
class _LineClockWords:
    """The words of every language around a clock that starts a line (``lang/<code>/page.toml``)."""

    cue: re.Pattern[str]
    suffix: re.Pattern[str]
    before: re.Pattern[str] | None  # a part of the day written before the clock: 下午3:10, 오후 8시 5분
    after: re.Pattern[str] | None  # a 12-hour word after it that the clock regex lacks: "2:30 p. m."
    parts: dict[str, str]  # either word (casefolded) → its 12-hour word for hour24
    counter: re.Pattern[str] | None  # 14時30分, 8시 5분


@functools.cache
def _line_words() -> _LineClockWords:
    cues = (*_CUES, *(w for ws in page_list("clock", "cues").values() for w in ws))
    suffixes = (*_SUFFIXES, *(w for ws in page_list("clock", "suffixes").values() for w in ws))
    parts = {w.casefold(): v for table in page_map("clock", "before").values() for w, v in table.items()}
    after = {w.casefold(): v for table in page_map("clock", "after").values() for w, v in table.items()}
    hours = [w for ws in page_list("clock", "hour").values() for w in ws]
    minutes = [w for ws in page_list("clock", "minute").values() for w in ws]
    counter = None
    if hours:
        # the minutes may be left out only when nothing glued follows the hour ("3時間" is a duration)
        counter = re.compile(
            rf"(?<![\d.:])(?P<h>[01]?\d|2[0-3])\s*(?:{_alternation(hours)})"
            rf"(?:\s*(?P<m>[0-5]?\d)\s*(?:{_alternation(minutes) or '(?!)'})|(?![^\W\d_]))"
        )
    return _LineClockWords(
        cue=re.compile(
            rf"{_first(cues)}(?:{_alternation(cues)})(?:\s+|(?<=\.))", re.IGNORECASE
        ),  # "kl.13.05"
        suffix=re.compile(rf"\s?(?:{_alternation(suffixes)})(?!\w)", re.IGNORECASE),
        before=re.compile(rf"{_first(parts)}(?P<p>{_alternation(parts)})\s*") if parts else None,
        after=re.compile(rf"\s?(?P<p>{_alternation(after)})(?!\w)", re.IGNORECASE) if after else None,
        parts={**parts, **after},
        counter=counter,
    )


def _counter_clock(text: str, pos: int, pattern: re.Pattern[str] | None) -> Clock | None:
    """A clock written with counters at ``pos``: "14時30分", "8시 5분", "0時15分"."""
    if pattern is None or not text[pos : pos + 1].isdecimal():
        return None  # the hour's digits come first; the whole text is translated only then (seg10)
    m = pattern.match(to_ascii_digits(text), pos)
    if m is None:
        return None
    minute = int(m["m"]) if m["m"] is not None else 0
    return Clock(int(m["h"]), minute, None, "counter", None, m.start(), m.end())


def _spaced_h(text: str, pos: int) -> Clock | None:
    """A French typographic clock at ``pos``: "14 h 45" (h11)."""
    m = _SPACED_H.match(to_ascii_digits(text[pos : pos + _WINDOW]))
    if m is None:
        return None
    return Clock(int(m["h"]), int(m["m"]), None, "h", None, pos, pos + m.end())


def leading_clock(line: str) -> tuple[Clock, int] | None:
    """The clock a line starts with (after a bullet or a cue word) and where the rest of the line starts.

    A clock word after it ("Uhr") belongs to the clock; a colon, dash or bar
    after it is the separator before a title. The words of other languages come
    from ``lang/<code>/page.toml``: a cue ("godz. 14:30"), a part of the day
    before the clock ("下午3:10", "오후 8시 5분", "दोपहर 2:30 बजे"), counters
    ("14時30分").

    >>> c, rest = leading_clock("12.31 Uhr: Titel des Eintrags"); (c.hour, c.minute, rest)
    (12, 31, 9)
    >>> leading_clock("• ٠٧:٢٥ الجيش يعلن")[0].hour
    7
    >>> leading_clock("Officials said 15:00") is None
    True
    """
    data = _line_words()
    pos = len(line) - len(line.lstrip())
    bullet = _BULLET.match(line, pos)
    if bullet is not None:
        pos = bullet.end()
    cue = data.cue.match(line, pos)
    pos = cue.end() if cue is not None else pos
    part = data.before.match(line, pos) if data.before is not None else None
    start = part.end() if part is not None else pos
    if not line[start : start + 1].isdecimal():
        return None  # both readings below start with a digit: a line of prose stops here (seg10)
    clock = (
        match_clock(line, start, ampm=part is None)
        or _counter_clock(line, start, data.counter)
        or _spaced_h(line, start)
    )
    if clock is None:
        return None
    if part is not None:
        said = data.parts[part["p"].casefold()]
        # "凌晨0:40", "오전 0시 20분": a small-hours part before a 24-hour zero is that zero
        hour = 0 if clock.hour == 0 and said in ("am", "night") else hour24(clock.hour, said)
        if hour is None:
            return None  # "오전 14시": the part and the clock disagree
        clock = attrs.evolve(clock, hour=hour, ampm=AMPM_WORDS.get(said), start=part.start())
    late = data.after.match(line, clock.end) if data.after is not None and clock.ampm is None else None
    if late is not None and part is None:  # "2:30 p. m.", "9:15 π.μ."
        hour = hour24(clock.hour, data.parts[late["p"].casefold()])
        if hour is None:
            return None
        clock = attrs.evolve(clock, hour=hour, end=late.end())
    end = clock.end
    suffix = data.suffix.match(line, end)
    if suffix is not None and clock.sep != "h":
        end = suffix.end()
    return clock, end
