"""A typed partial time: what some words said about a time, and nothing more.

"Thursday" sets a weekday, "afternoon" a part of the day, "3:15" an hour and a
minute, "GMT" a zone. :func:`intersect` joins two partial times that do not
contradict each other, in either order ("3:15 on Thursday afternoon" =
"Thursday afternoon at 3:15"); :class:`Range` holds two ends and
:func:`distribute` lends each end what the other said ("from 3 to 5 pm": the
pm; "13-15 July": the month). :func:`realize` turns a value into a
:class:`~liveblog.model.When` against a reference: the grain, the TIMEX3 and
``approximate`` come out of the value, not out of the rule that read it.

The design follows Duckling's ``TimeData`` with ``intersect`` and ``interval``
(facebook/duckling, ``Duckling/Time/Types.hs`` and ``Helpers.hs``), written
for this library: fields are plain values, not predicates, because a news
expression names one time; direction ("last", "next") is settled by the rules
that read it, and ``prefer`` settles what the words leave open.

>>> from datetime import datetime, timezone
>>> from liveblog.resolve._grammar import Ctx
>>> ctx = Ctx(datetime(2024, 11, 29, 21, 0, tzinfo=timezone.utc), "past")
>>> v = intersect(Partial(hour=3, minute=15), Partial(part="afternoon"))
>>> (v.hour, v.meridiem, v.grain.value)
(15, True, 'minute')
>>> realize(v, ctx).timex
'2024-11-29T15:15'
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta, tzinfo
from typing import Literal, Protocol

import attrs

from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _when

__all__ = [
    "MAX_YEARS_AWAY",
    "Edge",
    "Partial",
    "Range",
    "Value",
    "distribute",
    "intersect",
    "of_when",
    "pick_day",
    "realize",
    "under_way_day",
    "yearly_order",
    "yearly_prefer",
]

Prefer = Literal["past", "future", "nearest"]
_CLOCK_GRAINS = frozenset({Grain.HOUR, Grain.MINUTE, Grain.SECOND})
MAX_YEARS_AWAY = 6  # a weekday picks the year of a year-less date at most this far away
_NEAR_DAYS = 366  # "within a year either side of the reference"
# tb9: leaning to the past, a time of the year said without its year is the coming one only when it
# begins within a third of a year (docs/resolution.md, "Year-less dates leaning past").
AHEAD_DAYS = 120


class Edge(enum.StrEnum):
    """Which part of a period the words point to ("early March", «أواخر آذار»)."""

    START = "start"
    MID = "mid"
    END = "end"
    # ar9: the middle as a point, «منتصف آذار» (the word names the midpoint, as «منتصف الليل»
    # midnight): a month's is its 15th day, approximate; of anything else it is the middle part
    MIDPOINT = "midpoint"


# Parts whose hours run past noon: an hour said with one of them is on the afternoon clock.
_PM_PARTS = frozenset(
    {"evening", "afternoon", "late_afternoon", "sunset", "nightfall", "late_evening", "late_night"}
    | {"early_afternoon", "mid_afternoon", "early_evening"}  # en6
)
_NIGHT_PARTS = frozenset({"night", "night-before"})
_INSTANT_PARTS = {"midday": 12, "midnight": 0}  # parts that are an instant at the end of a clock range
_DATE_FIELDS = ("year", "month", "day", "weekday", "week")
_TIME_FIELDS = ("part", "hour", "minute", "second")
_CLOCK = frozenset({"hour", "minute", "second"})
# The levels a time is named at: two partial times that both name one of them are two times.
_GROUPS = (frozenset({"day"}), frozenset({"weekday"}), frozenset({"week"}), frozenset({"part"}), _CLOCK)
# Fields from coarsest to finest: an end of a range borrows the ones coarser than all it has.
_ORDER = ("year", "month", "week", "day", "weekday", "part", "hour", "minute", "second")


@attrs.frozen
class Partial:
    """What words said about a time; every field is optional.

    ``meridiem`` is True when ``hour`` is already on the 24-hour clock ("3 pm",
    "15:00", or a part of the day said with it); ``number`` is a bare number
    whose slot (day of month or hour) the other end of a range decides.
    ``week`` is an ISO (year, week) pair. ``zone`` is the zone the clock was
    said in (None: the reference's).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    week: tuple[int, int] | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: tzinfo | None = None
    meridiem: bool = False
    number: int | None = None
    approximate: bool = False
    edge: Edge | None = None
    # the hour was written in digits on the 24-hour clock ("18:00"), not put there by an am/pm word
    # ("6 pm"): a range's other end is then on the 24-hour clock too ("from 6:00 to 18:00")
    clock24: bool = False
    # ar9: its part of the day said in a language whose part words name the half of the day under
    # way (``Syntax.half_under_way``): «الساعة 4:23 الصبح» at 04:30 leaning to the future is today's
    under_way: bool = False

    @property
    def grain(self) -> Grain:
        """The finest unit the value names (a clock is a minute, as everywhere in the resolver)."""
        if self.second is not None:
            return Grain.SECOND
        if self.hour is not None:
            return Grain.MINUTE
        if self.part is not None:
            return Grain.PART_OF_DAY
        if self.day is not None or self.weekday is not None:
            return Grain.DAY
        if self.week is not None:
            return Grain.WEEK
        if self.month is not None:
            return Grain.MONTH
        return Grain.YEAR

    @property
    def has_date(self) -> bool:
        """Whether any calendar field is set."""
        return any(getattr(self, f) is not None for f in _DATE_FIELDS)

    @property
    def has_time(self) -> bool:
        """Whether any time-of-day field is set."""
        return any(getattr(self, f) is not None for f in _TIME_FIELDS)


@attrs.frozen
class Range:
    """Two partial times, the first and the last end of a range."""

    first: Partial
    last: Partial


Value = Partial | Range


def _with_part(hour: int, part: str) -> int:
    """The 24-hour clock for an hour said with a part of the day ("3:15 in the afternoon")."""
    if part in _PM_PARTS and hour < 12:
        return hour + 12
    if part in _NIGHT_PARTS and 6 <= hour < 12:
        return hour + 12
    return hour


def _fits(hour: int, part: str) -> bool:
    """Whether a 24-hour clock ``hour`` can fall in ``part`` ("8pm" in the night, not in the morning)."""
    if part in ("morning", "early_hours", "dawn", "forenoon"):
        return hour < 13
    if part in _PM_PARTS:
        return hour >= 12
    return True


def fields(p: Partial) -> frozenset[str]:
    """The names of the fields ``p`` sets."""
    return frozenset(f for f in _ORDER if getattr(p, f) is not None)


def _dated_twice(fa: frozenset[str], fb: frozenset[str]) -> bool:
    """Whether one side names a weekday and the other a whole date (which has its weekday).

    A day and month with no year are no whole date: the weekday picks their year
    ("1 December, Sunday" on Friday 29 November 2024 is two days ahead).
    """
    dated = frozenset({"year", "month", "day"})
    return ("weekday" in fa and dated <= fb) or ("weekday" in fb and dated <= fa)


def intersect(a: Partial, b: Partial) -> Partial | None:
    """The time both ``a`` and ``b`` describe, or None when they contradict each other.

    Each must say something the other does not, and no two name the same
    level (the day, the week, the part of the day, the clock): "Friday" and
    "three hours ago" both name the day, so they are two times, not one.
    """
    if a.number is not None or b.number is not None:
        return None  # a bare number means something only at the end of a range
    fa, fb = fields(a), fields(b)
    if fa <= fb or fb <= fa or any(fa & g and fb & g for g in _GROUPS) or _dated_twice(fa, fb):
        return None
    merged: dict[str, object] = {}
    for name in (*_DATE_FIELDS, "part", "hour", "minute", "second", "zone", "edge"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            return None
        merged[name] = x if x is not None else y
    if a.hour is not None and b.hour is not None:
        return None
    out = Partial(
        **merged,  # type: ignore[arg-type]
        meridiem=a.meridiem or b.meridiem,
        approximate=a.approximate or b.approximate,
        clock24=a.clock24 or b.clock24,
        under_way=a.under_way or b.under_way,
    )
    hour, part = out.hour, out.part
    if hour is not None and part is not None:
        if not out.meridiem:
            out = attrs.evolve(out, hour=_with_part(hour, part), meridiem=True)
        elif not _fits(hour, part):
            return None
    if (
        out.day is None
        and (out.weekday is not None or out.week is not None)
        and (out.month is not None or out.year is not None)
    ):
        return None  # "Sunday in October", "last week of October": no one day or week; the parts stay apart
    if out.year is not None and out.month is not None and out.day is not None:
        try:
            d = date(out.year, out.month, out.day)
        except ValueError:
            return None
        if out.weekday is not None and d.weekday() != out.weekday:
            return None
        if out.week is not None and tuple(d.isocalendar())[:2] != out.week:
            return None
    return out


def _lend(to: Partial, frm: Partial) -> Partial:
    """``to`` with every field of ``frm`` coarser than all ``to`` has (and a zone it lacks)."""
    own = [i for i, f in enumerate(_ORDER) if getattr(to, f) is not None]
    if not own:
        return to
    coarsest = min(own)
    lent = {
        f: getattr(frm, f)
        for f in _ORDER[:coarsest]
        if getattr(to, f) is None and getattr(frm, f) is not None and not (f == "weekday" and to.day)
    }
    if to.zone is None and frm.zone is not None and to.hour is not None:
        lent["zone"] = frm.zone
    return attrs.evolve(to, **lent) if lent else to


def _slot(number: int, other: Partial) -> Partial | None:
    """A bare number read in the slot its neighbour fills: an hour beside a clock, a day beside a date."""
    if other.hour is not None and 0 <= number <= 24:
        return Partial(hour=number, minute=0)
    if other.day is not None and other.hour is None and 1 <= number <= 31:
        return Partial(day=number)
    if other.month is not None and other.day is None and other.weekday is None and 1 <= number <= 12:
        return Partial(month=number)  # h11: a month beside a month, 1～3月 (January to March), 1-2月
    return None


def _pm_choice(hour: int, options: list[int], pick_le: int | None, pick_ge: int | None) -> int:
    if pick_le is not None:
        below = [h for h in options if h <= pick_le]
        return max(below) if below else hour
    assert pick_ge is not None
    above = [h for h in options if h >= pick_ge]
    return min(above) if above else hour


def _instant(p: Partial, other: Partial) -> Partial:
    """Noon or midnight as an end of a clock range is its instant ("from noon to 3 pm" starts at 12:00)."""
    hour = _INSTANT_PARTS.get(p.part or "")
    if hour is None or p.hour is not None or (other.hour is None and other.number is None):
        return p
    return attrs.evolve(p, part=None, hour=hour, minute=0, meridiem=True)


def distribute(first: Partial, last: Partial) -> Range | None:
    """The two ends of a range, each lent what the other said ("13-15 July", "3-5 pm").

    A bare day number larger than the last end's day is in the month before it
    ("from 25 to 5 November" = 25 October – 5 November).
    """
    if first.number is not None and last.number is not None:
        return None  # "3-0": two bare numbers are a score, not a range
    first, last = _instant(first, last), _instant(last, first)
    if first.number is not None:
        slotted = _slot(first.number, last)
        if slotted is None:
            return None
        if (
            slotted.day is not None
            and last.day is not None
            and last.month is not None
            and slotted.day > last.day
        ):
            y, m = _when.shift_month(last.year or 2000, last.month, -1)
            slotted = attrs.evolve(slotted, month=m, year=y if last.year is not None else None)
        first = slotted
    if last.number is not None:
        slotted = _slot(last.number, first)
        if slotted is None:
            return None
        last = slotted
    first, last = _lend(first, last), _lend(last, first)
    # lead9: an end on a day of its own ("from Friday 18:00 until Monday 06:00", "von Freitag 18 Uhr
    # bis Montag 6 Uhr") keeps its hour as said: the other end's half of the day is no clue to it
    same_day = _day_fields(first) == _day_fields(last)
    if first.hour is not None and last.hour is not None and same_day:
        first, last = _meridiem(first), _meridiem(last)
        h1, h2 = first.hour, last.hour
        assert h1 is not None
        assert h2 is not None
        if not first.meridiem and last.meridiem and not last.clock24:
            first = attrs.evolve(first, hour=_pm_choice(h1, _readings(h1), h2, None), meridiem=True)
        elif not last.meridiem and not first.clock24:
            # lead9: not after a 24-hour clock ("de 18h à 6h", "18:00 to 6:00" run overnight)
            last = attrs.evolve(last, hour=_pm_choice(h2, _readings(h2), None, h1), meridiem=True)
    elif first.hour is not None and last.hour is not None:
        first, last = _meridiem(first), _meridiem(last)
    return Range(first, last)


def _day_fields(p: Partial) -> tuple[int | None, ...]:
    """The fields that name a range end's day (its week, month, year too), as a tuple to compare."""
    week = p.week or (None, None)
    return (p.year, p.month, p.day, p.weekday, *week)


def _meridiem(p: Partial) -> Partial:
    assert p.hour is not None
    if p.part is not None and not p.meridiem:
        return attrs.evolve(p, hour=_with_part(p.hour, p.part), meridiem=True)
    return p


def _readings(hour: int) -> list[int]:
    return [hour, hour + 12] if 1 <= hour < 12 else [hour]


def of_when(when: When, ref_zone: tzinfo) -> Partial | None:
    """The partial time a resolved point names: every field down to its grain (None for a range)."""
    if when.is_range:
        return None
    start = when.start.astimezone(ref_zone)
    g = when.grain
    approx = when.approximate
    if g is Grain.MONTH and when != attrs.evolve(
        _when.month(start.year, start.month, ref_zone), approximate=approx
    ):
        return None  # a Hijri month: no Gregorian field names it
    if g in (Grain.QUARTER, Grain.HALF):
        return None  # no field names a quarter: it is read whole ("Q3 2024") or not joined
    if g is Grain.YEAR and when != attrs.evolve(_when.year(start.year, ref_zone), approximate=approx):
        return None
    if g is Grain.YEAR:
        return Partial(year=start.year, approximate=approx)
    if g is Grain.MONTH:
        return Partial(year=start.year, month=start.month, approximate=approx)
    if g is Grain.WEEK:
        iso = start.isocalendar()
        return Partial(week=(iso.year, iso.week), approximate=approx)
    if g is Grain.PART_OF_DAY:
        label = date.fromisoformat(when.timex[:10])
        return Partial(year=label.year, month=label.month, day=label.day, part=when.part, approximate=approx)
    d = Partial(year=start.year, month=start.month, day=start.day, approximate=approx)
    if g is Grain.DAY:
        return d
    second = start.second if g is Grain.SECOND else None
    return attrs.evolve(d, hour=start.hour, minute=start.minute, second=second, meridiem=True)


# -- realising a value against a reference -------------------------------------------------------


def yearly_prefer(prefer: Prefer) -> Prefer:
    """How to place a time of the year said without its year ("Dec. 7", "in May", "13-15 July").

    Leaning to the past picks the most recent day or clock time, but a date in the year is the
    NEAREST of its occurrences: a story written on 30 October about "Dec. 7" means the coming
    one, not one eleven months ago; about "May 9", the last one. Ties go to the past. The words
    around it can still say otherwise (:mod:`liveblog.resolve._context`: "will", "until").
    """
    return "nearest" if prefer == "past" else prefer


def ordered(cands: list[date], today: date, prefer: Prefer) -> list[date]:
    """The candidate dates ``prefer`` allows, best first (past: the latest at or before today)."""
    past = sorted((c for c in cands if c <= today), reverse=True)
    future = sorted(c for c in cands if c >= today)
    if prefer == "past":
        return past
    if prefer == "future":
        return future
    return sorted(set(past) | set(future), key=lambda c: (abs((c - today).days), c > today))


def yearly_order(cands: list[date], today: date, prefer: Prefer) -> list[date]:
    """Same-day candidates in successive years ("Dec. 7"), best first, as a news story means them.

    Leaning to the past, the last one, unless the next one begins within :data:`AHEAD_DAYS`
    (a third of a year): a report dated 30 October means the coming "Dec. 7" or "Jan. 3", but
    the last "March 31" (five months ahead, seven back), as it looks back over the whole year and
    ahead only at what is scheduled. Otherwise by :func:`yearly_prefer`.

    >>> today = date(2024, 10, 30)
    >>> [yearly_order([date(y, m, d) for y in (2024, 2025)], today, "past")[0].isoformat()
    ...  for m, d in ((12, 7), (1, 3), (3, 31))]
    ['2024-12-07', '2025-01-03', '2024-03-31']
    """
    if prefer != "past":
        return ordered(cands, today, yearly_prefer(prefer))
    past = ordered(cands, today, "past")
    soon = [c for c in ordered(cands, today, "future") if c > today and (c - today).days <= AHEAD_DAYS][:1]
    return soon + past + [c for c in ordered(cands, today, "future") if c not in soon and c not in past]


def under_way_day(
    month: int | None, day: int | None, today: date, prefer: Prefer, *, told: bool
) -> date | None:
    """Day ``day`` of ``month`` said without a year when it is gone by in the month under way and
    the lean is the caller's, not a clause's future tense (ar9): this year's, as a weekday said on
    that weekday is today («الأول من شباط» said on 12 February leaning to the future is 1 February
    of this year, not of the next; docs/resolution.md, "Days, weeks, months, years")."""
    if prefer != "future" or told or month != today.month or day is None or day >= today.day:
        return None
    return date(today.year, month, day)


def pick_day(
    cands: list[date], today: date, prefer: Prefer, weekday: int | None, *, yearly: bool = True
) -> date | None:
    """The one of the same-named dates ``cands`` that the words mean (the one year picker).

    ``yearly``: the candidates are one day of the year in successive years, placed
    by :func:`yearly_prefer` (the nearest, unless ``prefer`` is future). Without a
    weekday: the best of them. With one: first the dates on that weekday within
    a year either side of ``today``, best by that lean ("Sunday 1 December" said
    on Friday 29 November 2024 is two days ahead, not 2019); only then years
    further off in the direction ``prefer`` says, at most :data:`MAX_YEARS_AWAY`
    from the best date; None when no year agrees.

    >>> today = date(2024, 11, 29)
    >>> cands = [date(y, 12, 1) for y in range(2016, 2033)]
    >>> pick_day(cands, today, "past", None, yearly=False), pick_day(cands, today, "past", 6)
    (datetime.date(2023, 12, 1), datetime.date(2024, 12, 1))
    """
    lean = yearly_prefer(prefer) if yearly else prefer
    if weekday is None:
        best = yearly_order(cands, today, prefer) if yearly else ordered(cands, today, lean)
        return best[0] if best else None
    near = [c for c in cands if c.weekday() == weekday and abs((c - today).days) <= _NEAR_DAYS]
    if near:
        if yearly and prefer == "past":
            return yearly_order(near, today, prefer)[0]
        return (ordered(near, today, lean) or ordered(near, today, "nearest"))[0]
    order = ordered(cands, today, prefer)
    for c in order:
        if abs(c.year - order[0].year) <= MAX_YEARS_AWAY and c.weekday() == weekday:
            return c
    return None


def _by_prefer(cands: list[date], today: date, prefer: Prefer) -> date | None:
    order = ordered(cands, today, prefer)
    return order[0] if order else None


def far_weekday_day(today: date, day: int, weekday: int, prefer: Prefer) -> date | None:
    """The day ``day`` of a month that falls on ``weekday`` when none of the near months has it, up
    to a year either side as ``prefer`` leans ("Thu 15th" said in February: Thursday 15 August);
    None when a near month has it (the near one is meant) or none does (en8)."""
    if pick_day(_month_days(today, day, 2), today, prefer, weekday, yearly=False) is not None:
        return None
    return pick_day(_month_days(today, day, 14), today, prefer, weekday, yearly=False)


def _month_days(today: date, day: int, reach: int) -> list[date]:
    """Day ``day`` of each month within ``reach`` months of ``today``'s (the months that have it)."""
    out: list[date] = []
    for k in range(-reach, reach + 1):
        y, m = _when.shift_month(today.year, today.month, k)
        try:
            out.append(date(y, m, day))
        except ValueError:
            continue
    return out


def _day_of(p: Partial, ref: datetime, prefer: Prefer, *, told: bool = False) -> date | None:
    """The calendar day a value with date fields names (None: it names none or cannot be)."""
    today = ref.date()
    gone = under_way_day(p.month, p.day, today, prefer, told=told) if p.weekday is None else None
    if p.year is None and gone is not None:
        return gone
    if p.year is not None and p.month is not None and p.day is not None:
        try:
            return date(p.year, p.month, p.day)
        except ValueError:
            return None
    if p.day is not None:
        cands: list[date] = []
        if p.month is not None:
            for y in range(today.year - MAX_YEARS_AWAY - 2, today.year + MAX_YEARS_AWAY + 3):
                try:
                    cands.append(date(y, p.month, p.day))
                except ValueError:
                    continue
        else:
            return pick_day(_month_days(today, p.day, 2), today, prefer, p.weekday, yearly=False)
        return pick_day(cands, today, prefer, p.weekday, yearly=True)
    if p.weekday is not None and p.week is not None:
        return date.fromisocalendar(p.week[0], p.week[1], p.weekday + 1)  # "Sunday of last week"
    if p.weekday is not None:
        cands = [today + timedelta(days=k) for k in range(-7, 8)]
        if p.week is not None:
            cands = [c for c in cands if tuple(c.isocalendar())[:2] == p.week]
        cands = [c for c in cands if c.weekday() == p.weekday]
        if p.week is not None and cands:
            return cands[0]
        return _by_prefer(cands, today, prefer)
    return None


class _Ctx(Protocol):  # what realize reads (liveblog.resolve._grammar.Ctx has it)
    @property
    def ref(self) -> datetime: ...

    @property
    def prefer(self) -> Prefer: ...

    @property
    def told(self) -> bool: ...


def realize(value: Value, ctx: _Ctx) -> When | None:
    """The :class:`When` a value names against ``ctx`` (reference, zone, prefer); None if it names none."""
    if isinstance(value, Range):
        return _realize_range(value, ctx)
    return _realize(value, ctx.ref, ctx.prefer, told=ctx.told)


def _realize(p: Partial, ref: datetime, prefer: Prefer, *, told: bool = False) -> When | None:
    zone = ref.tzinfo
    assert zone is not None
    if p.number is not None:
        return None
    day = _day_of(p, ref, prefer, told=told)
    if day is None and p.has_date and (p.day is not None or p.weekday is not None):
        return None
    if day is None and not p.has_time:
        return _coarse(p, zone, ref, prefer)
    coarse_only = p.year is not None or p.month is not None or p.week is not None
    if p.hour is not None and day is None and coarse_only:
        return None  # "in 4 years at 5 pm", "March at 3 pm": a clock in a year or month names no one time
    if p.hour is not None:
        hour = p.hour if p.meridiem or p.part is None else _with_part(p.hour, p.part)
        if hour > 23:
            return None
        clock_zone = p.zone or zone
        if day is None:
            d0 = ref.astimezone(clock_zone).date()
            cands = [d0 + timedelta(days=k) for k in (-1, 0, 1)]
            whens = [_clock(d, hour, p, clock_zone, zone) for d in cands]
            if prefer == "future" and p.under_way and not told and (hour < 12) == (ref.hour < 12):
                return _pick(whens[1:2], ref, "nearest", p.approximate)  # ar9: today's, in the half under way
            return _pick(whens, ref, prefer, p.approximate)
        if p.part in _NIGHT_PARTS and hour < 12:
            day += timedelta(days=1)  # "2 am last night": the small hours after that evening
        w = _clock(day, hour, p, clock_zone, zone)
        return attrs.evolve(w, approximate=p.approximate) if p.approximate else w
    if p.part is not None:
        if day is None:
            cands = [ref.date() + timedelta(days=k) for k in (-1, 0, 1)]
            parts = [_when.part(d, p.part, zone) for d in cands]
            return _pick(parts, ref, prefer, p.approximate)
        return _when.part(day, p.part, zone)
    assert day is not None
    w = _when.day(day, zone)
    return attrs.evolve(w, approximate=True) if p.approximate else w


def _clock(d: date, hour: int, p: Partial, clock_zone: tzinfo, zone: tzinfo) -> When:
    return _when.at_clock(d, hour, p.minute or 0, p.second, clock_zone=clock_zone, ref_zone=zone)


def _pick(whens: list[When], ref: datetime, prefer: Prefer, approximate: bool) -> When:
    """The one of same-named times on neighbouring days ``prefer`` picks (past: the latest begun)."""
    if prefer == "past":
        begun = [w for w in whens if w.start <= ref]
        best = max(begun, key=lambda w: w.start) if begun else whens[0]
    elif prefer == "future":
        ahead = [
            w for w in whens if w.end > ref or (w.grain in _CLOCK_GRAINS and w.start > ref - _when.JUST_GONE)
        ]
        best = min(ahead, key=lambda w: w.start) if ahead else whens[-1]
    else:
        best = min(whens, key=lambda w: (abs(w.start - ref), w.start > ref))
    return attrs.evolve(best, approximate=approximate) if approximate and not best.approximate else best


def month_year(month: int, today: date, prefer: Prefer) -> int:
    """The year of ``month`` said without one ("June", 六月): the nearest (ties to the past), or by
    ``prefer`` (:func:`yearly_prefer`); the one place this is decided."""
    lean = yearly_prefer(prefer)
    coming = today.year if month >= today.month else today.year + 1
    if prefer == "past":  # the coming one only when it begins within AHEAD_DAYS (:func:`yearly_order`)
        begins = date(coming, month, 1)
        return coming if begins <= today or (begins - today).days <= AHEAD_DAYS else coming - 1
    if lean == "future" or (lean == "nearest" and (month - today.month) % 12 < (today.month - month) % 12):
        return coming
    return today.year if month <= today.month else today.year - 1


def _coarse(p: Partial, zone: tzinfo, ref: datetime, prefer: Prefer) -> When | None:
    if p.week is not None:
        y, w = p.week
        return _when.week(date.fromisocalendar(y, w, 1), zone, approximate=p.approximate)
    if p.year is None and p.month is not None:  # "in March": the nearest March (as a day-month)
        return _when.month(month_year(p.month, ref.date(), prefer), p.month, zone, approximate=p.approximate)
    if p.year is None:
        return None
    if p.month is not None:
        return _when.month(p.year, p.month, zone, approximate=p.approximate)
    return _when.year(p.year, zone, approximate=p.approximate)


def _lent_date(first: Partial, last: Partial) -> bool:
    """Whether ``first`` is a clock whose every date field is the last end's (lent by :func:`distribute`)."""
    return (
        first.hour is not None
        and last.hour is not None
        and last.has_date
        and all(getattr(first, f) == getattr(last, f) for f in _DATE_FIELDS)
    )


def _year_less_months(first: Partial, last: Partial, today: date, prefer: Prefer) -> tuple[Partial, Partial]:
    """Ends of a range of months said without a year ("6月から7月", "November to February"): the
    first where a month alone is, the last in that year, or the next when its month comes earlier."""
    if first.year is not None or first.month is None or first.day is not None or first.has_time:
        return first, last
    month = first.month
    y = month_year(month, today, prefer)
    first = attrs.evolve(first, year=y)
    if last.year is None and last.month is not None:
        last = attrs.evolve(last, year=y if last.month >= month else y + 1)
    return first, last


def _realize_range(r: Range, ctx: _Ctx) -> When | None:
    ref, prefer = ctx.ref, ctx.prefer
    first, last = _year_less_months(r.first, r.last, ref.date(), prefer)
    a = _realize(first, ref, prefer)
    if a is None:
        return None
    if not last.has_date and last.has_time:
        label = date.fromisoformat(a.timex[:10]) if len(a.timex) >= 10 else None
        if label is not None:
            last = attrs.evolve(last, year=label.year, month=label.month, day=label.day)
    months = last.grain is Grain.MONTH and first.grain is Grain.MONTH  # "from October to December"
    # «من الأحد إلى الخميس», "Monday to Wednesday": the first such weekday from the first end on
    weekday = (
        last.weekday is not None
        and last.day is None
        and last.month is None
        and last.week is None
        and a.grain.rank <= Grain.DAY.rank  # lead9: after a clock too ("from Friday 6pm to Monday 6am")
    )
    # "27 November - 2 December": the first 2 December after; "d'octobre à février" (a month)
    if last.year is None and (last.day is not None or last.month is not None or months or weekday):
        ahead = weekday or not last.has_time
        b = _realize(last, a.start, "future") if ahead else _realize(last, ref, prefer)
    else:
        b = _realize(last, ref, prefer)
    if b is None:
        return None
    if b.start <= a.start and _lent_date(first, r.last) and b.grain.rank <= Grain.HOUR.rank:
        # "from 23:00 to 01:00 on Friday": the date said on the last end is the first's too, and a
        # range that crosses midnight starts the day before
        prev = date.fromisoformat(b.timex[:10]) - timedelta(days=1)
        moved = attrs.evolve(first, year=prev.year, month=prev.month, day=prev.day, weekday=None, week=None)
        a = _realize(moved, ref, prefer)
        if a is None:
            return None
    if b.start <= a.start and not r.last.has_date and last.day is not None and last.hour is not None:
        nxt = date(last.year or 1, last.month or 1, last.day) + timedelta(days=1)
        b = _realize(attrs.evolve(last, year=nxt.year, month=nxt.month, day=nxt.day), ref, prefer)
        # "22:00 to 02:00": the last end falls on the next day
    if b is None or b.start <= a.start or b.end <= a.start:
        return None
    grain = a.grain if a.grain.rank <= b.grain.rank else b.grain
    # A clock end is an instant ("from 3 to 5 pm" ends at 17:00, as a calendar reads it); a day,
    # part of day or coarser end is included whole ("13-15 July" runs to the end of the 15th).
    end = b.start if b.grain.rank <= Grain.HOUR.rank else b.end
    return When(
        a.start,
        end,
        grain,
        f"{a.timex}/{b.timex}",
        a.approximate or b.approximate,
        None,
        WhenKind.RANGE,
    )
