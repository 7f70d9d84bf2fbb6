"""Dating marker lines: page order, midnight walking, day headers and zone words.

Bare clocks are dated from the page's own order: the order is detected from
consecutive clocks on a 24-hour circle, then the clocks are walked from the
newest to the oldest, each taking the latest occurrence of its clock at or
before the one after it. Day headers and dates written in a label reset the
date (see ``docs/segmenting.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise

from liveblog._text.zones import zone_for_word
from liveblog.model import Grain, When, supported
from liveblog.resolve import _when
from liveblog.segment._lines import Line, marker_date
from liveblog.segment._markers import Marker

__all__ = ["FUTURE_GRACE", "date_markers", "marker_zone"]

FUTURE_GRACE = timedelta(hours=1)
"""How far a marker may stand after the reference and still be today.

A page's newest clock can run a little ahead of a reference the user typed;
an hour of grace keeps such a marker on the reference day instead of moving
it to the day before.
"""


def marker_zone(marker: Marker, page_zone: tzinfo, lang: str | None = None) -> tzinfo:
    if marker.zone:
        found = zone_for_word(marker.zone, page_zone, lang)
        if found is not None:
            return found
    return page_zone


def _relative_when(marker: Marker, reference: datetime, page_zone: tzinfo) -> When | None:
    """The time a relative label says, counted from the reference by the one "N ago" parser."""
    rel = marker.relative
    if rel is None:
        return None
    local = reference.astimezone(page_zone)
    if rel.unit in ("second", "minute", "hour"):
        moment = (reference.astimezone(UTC) + rel.delta).astimezone(page_zone)
        return _when.hour_or_minute(moment, Grain.HOUR if rel.unit == "hour" else Grain.MINUTE)
    n = rel.sign * rel.amount
    if rel.unit == "day":
        return _when.day(local.date() + timedelta(days=n), page_zone)
    if rel.unit == "week":
        return _when.week(local.date() + timedelta(days=7 * n), page_zone)
    if rel.unit == "month":
        y, m = _when.shift_month(local.year, local.month, n)
        return _when.month(y, m, page_zone)
    return _when.year(local.year + n, page_zone)


def _when_of(moment: datetime, marker: Marker, page_zone: tzinfo) -> When | None:
    """The marker's minute (or second) in the page zone; None when it falls outside the supported years."""
    if not supported(moment):
        return None
    local = moment.astimezone(page_zone)
    if marker.second:
        return When(local, local + timedelta(seconds=1), Grain.SECOND, local.strftime("%Y-%m-%dT%H:%M:%S"))
    return When.at_minute(local)


def _step(moment: datetime, days: int) -> datetime:
    """``moment`` moved by whole days, or left where it is at the ends of datetime's range.

    Only supported moments become dates (:func:`_when_of`), so a walk that would
    leave the calendar just stops producing them.
    """
    try:
        return moment + timedelta(days=days)
    except OverflowError:
        return moment


def _detect_order(clocks: Sequence[tuple[int, int]]) -> str:
    """Newest-first or oldest-first from consecutive clocks, on a 24-hour circle.

    A step of less than twelve hours forward counts as "later" (23:50 → 00:10
    is twenty minutes later, not a day earlier); ties go to newest-first, the
    common layout of live pages.
    """
    later = earlier = 0
    for (h1, m1), (h2, m2) in pairwise(clocks):
        step = ((h2 * 60 + m2) - (h1 * 60 + m1)) % 1440
        if step == 0:
            continue
        if step < 720:
            later += 1
        else:
            earlier += 1
    if not later and not earlier:
        return "unknown"
    return "newest_first" if earlier >= later else "oldest_first"


def date_markers(
    marker_lines: Sequence[Line],
    header_of: dict[int, date],
    reference: datetime,
    page_zone: tzinfo,
    lang: str,
) -> tuple[dict[int, When | None], str]:
    """A ``When`` for every marker line (by line index), and the page order detected.

    Markers under a day header (or with a date in their own label) take that
    date and wrap forward (oldest-first) or back (newest-first) inside their
    group. Bare clocks are walked from the newest to the oldest, each taking the
    latest occurrence of its clock at or before the one after it (the first at
    or before the reference plus :data:`FUTURE_GRACE`).
    """
    clocks = [
        (ln.marker.hour, ln.marker.minute) for ln in marker_lines if ln.marker and ln.marker.hour is not None
    ]
    order = _detect_order([(h, m) for h, m in clocks if h is not None and m is not None])
    newest_first = order != "oldest_first"
    result: dict[int, When | None] = {}
    last: When | None = None  # the value of the marker dated just before: equal neighbours share it
    # Dated markers, in reading order, grouped by their day.
    previous: tuple[date, datetime] | None = None
    for ln in marker_lines:
        mk = ln.marker
        assert mk is not None
        day = marker_date(mk, reference, lang) or header_of.get(ln.index)
        if day is None or mk.hour is None or mk.minute is None:
            continue
        moment = datetime.combine(day, time(mk.hour, mk.minute, mk.second), marker_zone(mk, page_zone, lang))
        if previous is not None and previous[0] == day and mk.date_text is None:
            if newest_first and moment > previous[1]:
                moment = _step(moment, -1)
            elif not newest_first and moment < previous[1]:
                moment = _step(moment, 1)
        previous = (day, moment)
        last = result[ln.index] = _same_as(_when_of(moment, mk, page_zone), last)
    # Bare clocks and relative labels, walked from the newest.
    bound = reference + FUTURE_GRACE
    for ln in marker_lines if newest_first else list(reversed(marker_lines)):
        mk = ln.marker
        assert mk is not None
        if ln.index in result:
            done = result[ln.index]
            bound = done.start if done is not None else bound
            continue
        if mk.hour is None or mk.minute is None:  # relative only: "1 month ago", «منذ 5 دقائق»
            rel = _relative_when(mk, reference, page_zone)
            result[ln.index] = rel
            if rel is not None and rel.grain in (Grain.MINUTE, Grain.HOUR, Grain.SECOND):
                bound = rel.start  # the clocks under it count back from it
            continue
        zone = marker_zone(mk, page_zone, lang)
        moment = datetime.combine(bound.astimezone(zone).date(), time(mk.hour, mk.minute, mk.second), zone)
        if moment > bound:
            moment = _step(moment, -1)
        bound = moment
        last = result[ln.index] = _same_as(_when_of(moment, mk, page_zone), last)
    return result, order


def _same_as(when: When | None, last: When | None) -> When | None:
    """``last`` when it is equal to ``when``: posts stamped the same minute share one value.

    A page of 16,000 posts in one minute held 16,000 equal values (about 4 MB) to the end.
    """
    return last if when is not None and when == last else when


# --- building entries --------------------------------------------------------------------------
