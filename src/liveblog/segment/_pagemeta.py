"""The page's own "as of" time, for when the user gives no reference.

Pages say when they were written in a few places: a dateline ("Fri 19 Feb
2021 19.41 GMT", "Last updated 29 November 2024, 06:15 GMT"), a publication
line ("Published On 22 Nov 2023", «نُشر في 28 نوفمبر 2024»), a last-update
clock («آخر تحديث: 00:50 (توقيت مكة)») or a date in the title ("… for Monday
20 November 2017"). :func:`page_stamp` reads them from the top of the page; the
pipeline then anchors the feed on them (see ``docs/segmenting.md``).
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

import attrs

from liveblog._text import pagewords as words
from liveblog._text.clock import leading_clock
from liveblog.lang.relative import search_relative
from liveblog.model import Grain
from liveblog.resolve import find_times

__all__ = ["PageStamp", "ago_minutes", "page_stamp"]

_HEAD_LINES = 40
_PROBES = (datetime(2001, 6, 15, 12), datetime(2037, 6, 15, 12))  # far apart: only absolute dates agree


@attrs.frozen
class PageStamp:
    """What the top of a page says about when it was written."""

    moment: datetime | None = None  # a full date and time
    day: date | None = None  # a date without a time
    update_clock: time | None = None  # a last-update clock without a date, in ``update_zone``
    update_zone: tzinfo | None = None
    source: str = ""


def _absolute(line: str, zone: tzinfo, lang: str) -> list[tuple[str, Grain, datetime]]:
    """Dates in ``line`` that do not depend on the reference (the same from two far-apart probes)."""
    a, b = (find_times(line, p.replace(tzinfo=zone), languages=[lang]) for p in _PROBES)
    out = []
    for fa, fb in zip(a, b, strict=False):
        if fa.span == fb.span and fa.when.start == fb.when.start:
            out.append((fa.text, fa.when.grain, fa.when.start))
    return out


def _clock(line: str, zone: tzinfo, lang: str) -> tuple[time, tzinfo] | None:
    for f in find_times(line, _PROBES[0].replace(tzinfo=zone), languages=[lang]):
        if f.when.grain in (Grain.MINUTE, Grain.SECOND):
            return f.when.start.timetz().replace(tzinfo=None), f.when.start.tzinfo or zone
    return None


def _clock_after(line: str, found: str) -> time | None:
    """The clock right after a date in a dateline, read by the one clock parser (pages8).

    The resolver reads clocks in running text, where "15.20" may be a number;
    right after a dateline's date ("26 november 2024, 15.20 uur", "06.11.2024
    01:20") it is the page's time.
    """
    at = line.find(found)
    if at < 0:
        return None
    rest = line[at + len(found) :].lstrip(" ,|–—-")
    got = leading_clock(rest)
    if got is None or rest[got[1] :].strip():
        return None
    return time(got[0].hour, got[0].minute)


def page_stamp(text: str, title: str | None, zone: tzinfo, lang: str) -> PageStamp | None:
    """The most precise stamp the head of the page gives, or ``None``."""
    head = [ln.strip() for ln in text.split("\n", _HEAD_LINES)[:_HEAD_LINES] if ln.strip()]
    candidates = [*([title] if title else []), *head]
    best: PageStamp | None = None
    update: tuple[time, tzinfo, str] | None = None
    for line in candidates:
        if len(line) > 200:
            continue
        folded = words.fold(line)
        is_update = folded.startswith(words.update_words())
        for found, grain, start in _absolute(line, zone, lang):
            # lead10: a stamp an update word leads, in the line before it, is the page's latest
            # ("Publié le 29/11/2024 à 06h12 · Mis à jour le 29/11/2024 à 14h32": 14:32)
            led = is_update or words.says_updated(words.fold(line[: line.find(found)]))
            if grain in (Grain.MINUTE, Grain.SECOND) and (best is None or best.moment is None or led):
                best = PageStamp(moment=start, source=f"page line {line!r}")
            elif grain is Grain.DAY and (at := _clock_after(line, found)) is not None and best is None:
                moment = datetime.combine(start.date(), at, start.tzinfo)  # "26 november 2024, 15.20 uur"
                best = PageStamp(moment=moment, source=f"page line {line!r}")
            elif grain is Grain.DAY and best is None:
                best = PageStamp(day=start.date(), source=f"page line {line!r} ({found})")
        if is_update and update is None and (best is None or best.moment is None):
            clock = _clock(line, zone, lang)
            if clock is not None:
                update = (clock[0], clock[1], line)
    if best is not None and best.moment is None and update is not None:
        return attrs.evolve(
            best, update_clock=update[0], update_zone=update[1], source=f"{best.source} and {update[2]!r}"
        )
    return best


def ago_minutes(relative: str | None) -> int:
    """The minutes an "11m ago" / "2h ago" label says have passed (0 when it says none)."""
    if not relative:
        return 0
    found = search_relative(relative)
    if found is None or found.sign > 0:
        return 0
    return int(-found.delta.total_seconds()) // 60
