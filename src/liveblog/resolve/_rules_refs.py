"""Vague references, anaphora and the weekend (docs/resolution.md, "Now, anaphora and the weekend").

- **Vague references** ("now", "recently", "in the future", «الآن», «مؤخرا»): a
  :attr:`~liveblog.model.WhenKind.REF` value with TIMEX3 ``PRESENT_REF``,
  ``PAST_REF`` or ``FUTURE_REF``, read only when the caller asks for them
  (``refs=True``); the ``ref`` rows of each language.
- **Anaphora** ("that day", "the next day", "a year earlier", «في اليوم التالي»):
  a :class:`~liveblog.resolve._grammar.Anaphor` read here and anchored by
  :func:`anchor_all` on the date said before it in the same text (the reference
  when none was): the ``anaphor`` rows, and an amount before an ``anaphordir`` word.
- **The weekend** ("this weekend", «عطلة نهاية الأسبوع»): two days as a range,
  which two by :func:`liveblog.lang.weekend.weekend_days`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

import attrs

from liveblog.lang.parts import PARTS
from liveblog.lang.weekend import weekend_days
from liveblog.model import Grain, When
from liveblog.resolve import _when
from liveblog.resolve._grammar import Anaphor, Match
from liveblog.resolve._partial import Partial
from liveblog.resolve._windows import _ends_a_word, day_from

if TYPE_CHECKING:
    from liveblog.resolve._compose import Composer

__all__ = [
    "anaphor",
    "anchored",
    "clock_anaphor",
    "edged",
    "inside",
    "part_first",
    "vague",
    "weekend",
    "year_words",
]

_UNIT_GRAIN = {
    "minute": Grain.MINUTE,
    "hour": Grain.HOUR,
    "day": Grain.DAY,
    "week": Grain.WEEK,
    "month": Grain.MONTH,
    "quarter": Grain.QUARTER,
    "year": Grain.YEAR,
}
_CLOCK_UNITS = {"second": 1, "minute": 60, "hour": 3600}
_YEARS = (1900, 2100)  # the years a report's "the 1988 quarter" may name
_AMOUNT_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_EDGED = frozenset({"week", "month", "year"})  # ana9: the periods an edge word cuts ("late that year")
# ana9: the grain of "the year-earlier period", "year-ago": a report's period, the quarter said before
# it, or the year of a year-to-date said since ("for the nine months … year-earlier net income")
_REPORT_PERIOD = "period"


# -- vague references -----------------------------------------------------------------------


def vague(c: Composer, i: int) -> Match | None:
    """ "now", "currently", "in the past", «الآن», «حاليا», «مؤخرا»: a REF value, when asked for."""
    ctx = c.r.ctx
    if not ctx.refs:
        return None
    t = c.t
    h = t.hit(i, "ref")
    if h is None:
        return None
    k = h.end
    if h.lex.bound and not _alone(c, i, k):
        return None  # "current", "soon": a time only when said alone
    if t.adjacent(k) and t.is_(k, "-"):
        return None  # "now-defunct", "then-current": a word of a compound
    if t.number[k] is not None if k < len(t) else False:
        return None  # "the past 24 hours": a window, not the past
    if k < len(t) and (t.hit(k, "unit") is not None or t.hit(k, "period") is not None):
        return None  # "the past year", "the past few weeks": a window
    if k < len(t) and t.hit(k, "vague", "num") is not None and t.hit(k, "ref") is None:
        return None  # "the past few weeks", "the past two years"
    return Match(i, k, When.vague(ctx.ref, f"{h.value}_REF"), f"{h.lex.lang}-ref")


def _alone(c: Composer, i: int, k: int) -> bool:
    """Whether tokens ``[i, k)`` are all the words there are (a leading "the" or "in" aside)."""
    t = c.t
    lead = all(t.hit(j, "the", "in") is not None for j in range(i))
    return lead and all(not t.norm[j].isalnum() for j in range(k, len(t)))


# -- anaphora ---------------------------------------------------------------------------------


def anaphor(c: Composer, i: int) -> Match | None:
    """ "that day", "the following week", "that night", «في اليوم التالي», or "two days later"."""
    t = c.t
    dated = _year_anaphor(c, i)
    if dated is not None:
        return dated
    h = t.hit(i, "anaphor")
    if h is not None and _ends_a_word(t, i):
        return None  # cjk8: 事发前一天, 事发当天 (the day before, the day of the incident): 前 ends 事发前
    if h is not None:
        k = h.end
        if k < len(t) and t.adjacent(k) and t.is_(k, "-"):
            return None  # "that day-to-day work": a word of a compound
        if k < len(t) and (t.number[k] is not None or c.r.year_in_words(k) is not None):
            return None  # "the year 1066", "the year two thousand": a date follows
        if h.lex.bound and k < len(t) and t.norm[k].isalnum():
            # "the day before the vote": counted from the vote, not from a date; "le lendemain du
            # 13 février", "la veille du 14 juillet": from the date its "of" word names
            return _of_date(c, i, k, _of_row(h.value), h.lex.lang)
        if i > 0 and t.hit(i - 1, "of") is not None and t.hit(i, "the") is not None:
            return None  # "player of the year", "deal of the day": a title's period, not a time
        a = _of_row(h.value)
        if a.needs_anchor and a.part is not None and (m := c.best(k - 1)) is not None and m.end > k:
            return None  # ana9: "in the evening at eight", "in the afternoon on Tuesday": a time of its own
        plain_day = a.period and a.unit == "day" and a.part is None and not a.itself
        clock = _clock_after(c, k) if plain_day else None
        if clock is not None:  # "the next day at 5 pm", «في اليوم التالي الساعة الخامسة»
            a, k = attrs.evolve(a, at=clock[0]), clock[1]
        ended = _ended(c, i, k, a, h.lex.lang)
        return ended if ended is not None else _anaphor_match(c, i, k, a, h.lex.lang)
    lead = t.hit(i, "anaphorlead")  # «بعد ذلك بيومين»: the direction, then the amount
    if lead is not None:
        q = c.r.qty(lead.end)
        if q is None or q.unit not in _AMOUNT_UNITS or q.value != int(q.value):
            return None
        a = Anaphor(q.unit, int(q.value) * lead.value, period=False, approximate=q.approximate)
        return _anaphor_match(c, i, q.end, a, lead.lex.lang)
    q = c.r.qty(i)
    if q is None or q.unit not in _AMOUNT_UNITS or q.value != int(q.value):
        return None
    d = t.hit(q.end, "anaphordir")
    if d is None or c.r.from_an_event(i, d.lex.syntax.counted_from_endings):
        return None  # lead11: "saldırıdan 3 gün sonra" counts from the attack, a date not said
    sign, periods_only = d.value
    a = Anaphor(
        q.unit, int(q.value) * sign, period=False, approximate=q.approximate, periods_only=periods_only
    )
    if periods_only:  # "a year ago": the atom rules' reading, re-anchored only after a quarter
        atom = c.at(i)
        return attrs.evolve(atom, anaphor=a) if atom is not None and atom.end == d.end else None
    return _anaphor_match(c, i, d.end, a, d.lex.lang)


def part_first(c: Composer, i: int) -> Match | None:
    """ana9: a part of the day said before a day's anaphor, «صباح اليوم نفسه», «مساء ذلك اليوم»:
    that part of the day the anaphor names. A part that names the day before its own («ليلة»,
    the night before a day) is not one of that day."""
    t = c.t
    p = t.hit(i, "part")
    if p is None or not isinstance(p.value, str) or p.value not in PARTS:
        return None
    h = t.hit(p.end, "anaphor")
    if h is None or h.lex.bound:
        return None
    a = _of_row(h.value)
    if not a.period or a.unit != "day" or a.part is not None or a.itself:
        return None
    return _anaphor_match(c, i, h.end, attrs.evolve(a, part=p.value), h.lex.lang)


def edged(c: Composer, i: int, k: int, edge: str) -> Match | None:
    """ana9: an edge word at ``i`` before a period's anaphor at ``k`` ("late that year", «أواخر العام
    نفسه», «منتصف الشهر التالي»): that edge of the period it names from the date before."""
    h = c.t.hit(k, "anaphor")
    if h is None or h.lex.bound:
        return None
    a = _of_row(h.value)
    if not a.period or a.unit not in _EDGED or a.part is not None or a.itself or a.silent:
        return None
    return _anaphor_match(c, i, h.end, attrs.evolve(a, edge=edge), h.lex.lang)


def _year_anaphor(c: Composer, i: int) -> Match | None:
    """ "the 1988 quarter", "the 1989 period" of a company report (tb8): the quarter said before it,
    in the year said; the year alone when no quarter was said (:func:`anchor_all`)."""
    t = c.t
    if i == 0 or not any(h.lex.kind == "the" and h.end == i for h in t.hits(i - 1)):
        return None
    y = t.num(i, _YEARS[0], _YEARS[1], digits=4)
    h = t.hit(i + 1, "yearanaphor") if y is not None else None
    if y is None or h is None:
        return None
    a = attrs.evolve(_of_row(h.value), year=y)  # the span is the year's own words, as without the noun
    return Match(i, i + 1, _when.year(y, c.r.ctx.zone), f"{h.lex.lang}-anaphor-year", anaphor=a)


def _of_date(c: Composer, i: int, k: int, a: Anaphor, lang: str) -> Match | None:
    """A day counted from the date a bound anaphor names after it (an ``of`` word between or not):
    "le lendemain du 13 février" (14 February), "la víspera de Navidad", "il giorno dopo Natale"; the
    same reading as a ``dayshift`` word (:func:`liveblog.resolve._windows.day_from`)."""
    if a.unit != "day" or not a.period or a.part is not None or a.at is not None:
        return None
    return day_from(c, i, k, a.shift, f"{lang}-anaphor-of")


def _ended(c: Composer, i: int, k: int, a: Anaphor, lang: str) -> Match | None:
    """ "the quarter ended Sept. 30", "the quarter ending 31 March": the period that holds that day.

    The span stays the period's words: the day after is a date of its own.
    """
    t = c.t
    e = t.hit(k, "periodended")
    if e is None or not a.period or a.shift != 0 or a.part is not None:
        return None
    day = c.at(e.end)
    if day is None or day.when.is_range or day.when.grain.rank > Grain.DAY.rank:
        return None
    when = _period(day.when.start.date(), attrs.evolve(a, alone=None), c.r.ctx.zone)
    return None if when is None else Match(i, k, when, f"{lang}-{a.unit}-ended")


def _of_row(value: tuple[object, ...]) -> Anaphor:
    """An ``anaphor`` row's value: ``(unit, shift)``, ``(unit, shift, part)``, ``("latest", unit)``
    (that unit of the date before, else the last one over), ``("that", unit[, part])`` (of the date
    before only), ``("then",)`` (the date before itself, ana9), ``("todate", unit)`` (a length from
    the unit's start that only anchors what follows, ana9) or ``("amount", unit, n[, grain])``."""
    head = value[0]
    if head == "latest":
        return Anaphor(str(value[1]), 0, period=True, alone=-1)
    if head == "that":  # ana9: ("that", "day", part): that part of the day before ("in the morning")
        part = str(value[2]) if len(value) > 2 else None
        return Anaphor(str(value[1]), 0, period=True, needs_anchor=True, part=part)
    if head == "then":  # ana9: the date before, as said ("until then")
        return Anaphor("day", 0, period=True, needs_anchor=True, itself=True)
    if head == "reported":  # en6: of a date of that unit said before it, else the last one over
        return Anaphor(str(value[1]), 0, period=True, alone=-1, same_grain=True)
    if head == "todate":  # ana9: ("todate", unit): the first months of that unit, anchoring only
        return Anaphor(str(value[1]), 0, period=True, silent=True)
    if head == "amount":  # the grain named, or (ana9) the anchor's own: "the same period last year"
        grain = str(value[3]) if len(value) > 3 else None
        return Anaphor(str(value[1]), int(str(value[2])), period=False, grain=grain)
    part = str(value[2]) if len(value) > 2 else None
    return Anaphor(str(head), int(str(value[1])), period=True, part=part)


def _anaphor_match(c: Composer, i: int, end: int, a: Anaphor, lang: str) -> Match | None:
    when = anchored(attrs.evolve(a, needs_anchor=False), None, c.r.ctx.ref)  # until anchored
    if when is None:
        return None
    return Match(i, end, when, f"{lang}-anaphor", keep_lead=not a.period, anaphor=a)


def anchored(a: Anaphor, anchor: When | None, ref: datetime) -> When | None:
    """What anaphor ``a`` names from ``anchor`` (a date said before it), or from ``ref`` when None.

    From the reference a period is the reference's ("that day": the reference day) and an
    amount is counted at its unit's grain ("a year earlier": the year before). From a date a
    period must be at least as fine as the date ("that day" after "in March" names no day: None);
    an amount keeps the date's grain, no finer than a day unless the amount is of clock units
    ("two days later" after "3 pm Monday" is Wednesday; "two hours later" is 5 pm).
    """
    zone = ref.tzinfo
    assert zone is not None
    if a.grain == _REPORT_PERIOD:
        a = attrs.evolve(a, grain="quarter")  # a report's period is a quarter unless said otherwise
    if anchor is None:
        if a.needs_anchor:
            return None
        if not a.period:
            grain = _UNIT_GRAIN.get(a.grain or a.unit, Grain.MINUTE)
            if a.grain is not None:  # "the year-ago quarter" alone: the last one over, a year before
                ref = ref - timedelta(days=92)
            if grain is Grain.WEEK and a.grain is None:
                # nor6: "two weeks later" from now is about that day, as "in two weeks" (issue 14)
                return _shifted(ref, Grain.DAY, attrs.evolve(a, approximate=True), zone)
            return _shifted(ref, grain, a, zone)
        return _period(ref.date(), a if a.alone is None else attrs.evolve(a, shift=a.alone), zone)
    if anchor.is_ref:
        return None
    if a.itself:
        return anchor  # "until then": the date before, as said
    start = anchor.start.astimezone(zone)
    if a.period:
        if anchor.grain.rank > _UNIT_GRAIN[a.unit].rank or (anchor.is_range and a.unit == "day"):
            return None
        said = _period(start.date(), a, zone)
        if a.alone is not None and not a.same_grain and said is not None and said.end > ref:
            # "the latest quarter" after a forecast for the current one: the last one over
            return _period(ref.date(), attrs.evolve(a, shift=a.alone), zone)
        return said
    if a.unit in _CLOCK_UNITS:
        if anchor.grain.rank > Grain.HOUR.rank or anchor.is_range:
            return None
        return _shifted(start, anchor.grain, a, zone)
    grain = max(anchor.grain, Grain.DAY, key=lambda g: g.rank) if not anchor.is_range else Grain.DAY
    if grain is Grain.PART_OF_DAY:
        grain = Grain.DAY
    if a.grain is not None:
        named = _UNIT_GRAIN[a.grain]
        if named.rank < grain.rank:
            return None  # "the year-ago quarter" after "in 1989": no quarter to name
        grain = named
    return _shifted(start, grain, a, zone)


def _clock_after(c: Composer, k: int) -> tuple[tuple[int, int], int] | None:
    """((hour, minute), end) of a clock said right after a day's anaphor, in the reference's zone."""
    m = c.at(k) if k < len(c.t) else None
    v = c.value(m) if m is not None else None
    if m is None or not isinstance(v, Partial) or v.hour is None or v.zone is not None:
        return None
    if any(x is not None for x in (v.year, v.month, v.day, v.week, v.weekday)):
        return None  # a date of its own follows
    return (v.hour, v.minute or 0), m.end


def inside(c: Composer, i: int) -> Match | None:
    """«يونيو من العام نفسه», «في ديسمبر من ذلك العام», «العاشر من الشهر نفسه», "June of that
    year": a month (or a day) said inside a year (or a month) named from the date before (ar6)."""
    t = c.t
    m = c.at(i)
    day = _day_said(c, i) if m is None else None
    end = m.end if m is not None else day[1] if day is not None else len(t)
    # comp11: the words after the date first ("of that year"), then what the date said: its value
    # is worked out only when an anaphor follows (a production that raises reads nothing, as None)
    of = t.hit(end, "of") if end < len(t) else None
    h = t.hit(of.end, "anaphor") if of is not None else None
    if h is None:
        return None
    v = c.value(m) if m is not None else day[0] if day is not None else None
    if not isinstance(v, Partial) or v.year is not None or (v.month is None and v.day is None):
        return None
    if any(x is not None for x in (v.week, v.weekday, v.hour, v.part)):
        return None
    a = _of_row(h.value)
    wanted = {"year": v.month is not None, "month": v.month is None}
    if not a.period or a.part is not None or not wanted.get(a.unit, False):
        return None  # a month of a year, a day of a month
    return _anaphor_match(c, i, h.end, attrs.evolve(a, inside=(v.month, v.day)), h.lex.lang)


def _day_said(c: Composer, i: int) -> tuple[Partial, int] | None:
    """(day, end) of a day of a month said alone: «20», «العاشر», «الحادي عشر» (1-31)."""
    t = c.t
    n = t.num(i, 1, 31)
    if n is not None:
        return Partial(day=n), i + 1
    h = t.hit(i, "nth") or t.hit(i, "ordinal")
    if h is None or not isinstance(h.value, int) or not 1 <= h.value <= 31:
        return None
    return Partial(day=h.value), h.end


def _period(d: date, a: Anaphor, zone: tzinfo) -> When | None:
    if a.edge is not None:  # ana9: "late that year": that edge of the period
        from liveblog.resolve._compose import edge_of_unit  # here: the composer imports this module

        cut = _period(d, attrs.evolve(a, edge=None), zone)
        return None if cut is None else edge_of_unit(a.edge, a.unit, cut.start.astimezone(zone))
    if a.year is not None:
        d = d.replace(year=a.year, day=1)  # "the 1988 quarter": the period said, in 1988 (tb8)
    if a.inside is not None:
        period = _when.unit_after(a.unit, d, a.shift, zone)
        if period is None:
            return None
        whole, (month, day) = period.start.astimezone(zone), a.inside
        if day is None:
            return _when.month(whole.year, month or whole.month, zone)
        return _when.day(date(whole.year, month or whole.month, day), zone)
    if a.unit == "day" and a.at is not None:
        d += timedelta(days=a.shift)
        return _when.at_clock(d, a.at[0], a.at[1], None, clock_zone=zone, ref_zone=zone)
    if a.unit == "day" and a.part:
        return _when.part(d + timedelta(days=a.shift), a.part, zone)
    return _when.unit_after(a.unit, d, a.shift, zone)


def _shifted(start: datetime, grain: Grain, a: Anaphor, zone: tzinfo) -> When | None:
    """``start`` moved by the anaphor's amount, named at ``grain``."""
    n, unit, approx = a.shift, a.unit, a.approximate
    if unit in _CLOCK_UNITS:
        # elapsed time, not wall-clock arithmetic: "two hours later" across a DST change is two hours
        moment = (start.astimezone(UTC) + timedelta(seconds=n * _CLOCK_UNITS[unit])).astimezone(zone)
        fine = grain if grain in (Grain.SECOND, Grain.MINUTE, Grain.HOUR) else Grain.MINUTE
        return _when.hour_or_minute(moment, fine, approximate=approx)
    d = start.date()
    if unit in ("month", "year"):
        y, m = _when.shift_month(d.year, d.month, n * (12 if unit == "year" else 1))
        if grain is Grain.YEAR:
            return _when.year(y, zone, approximate=approx)
        if grain is Grain.MONTH:
            return _when.month(y, m, zone, approximate=approx)
        if grain in (Grain.QUARTER, Grain.HALF):
            if unit == "month" and n % (3 if grain is Grain.QUARTER else 6):
                return None
            size = 3 if grain is Grain.QUARTER else 6
            return _when.quarter(y, (m - 1) // size + 1, size, zone, approximate=approx)
        day = _clamped(y, m, d.day)
    else:
        day = d + timedelta(days=n * (7 if unit == "week" else 1))
        if grain.rank > Grain.WEEK.rank:
            return None  # "two weeks later" after "in 1990": no date
    if grain is Grain.WEEK:
        return _when.week(day, zone, approximate=approx)
    return attrs.evolve(_when.day(day, zone), approximate=approx)


def _clamped(y: int, m: int, d: int) -> date:
    """Day ``d`` of month ``y``-``m``, or its last day (a month later than 31 January is 28/29 February)."""
    for day in (d, 30, 29, 28):
        if day <= d:
            try:
                return date(y, m, day)
            except ValueError:
                continue
    return date(y, m, 28)


def anchor_all(
    found: Iterator[tuple[When, Anaphor | None]], ref: datetime, *, whole: bool = False
) -> list[tuple[When | None, str | None]]:
    """Each date of a text in order, anaphora anchored on the date before them.

    Answers ``(when, source)``: ``when`` None where an anaphor names nothing from the date before
    it; ``source`` ``"previous"`` or ``"reference"`` says what an anaphor was anchored on (None: not
    an anaphor, or one counted from the reference as said).
    A period said from the date before ("the next day") anchors the next anaphor in turn (day
    after day); an amount counted from it ("a year earlier", "the year-ago quarter") does not:
    "up from $3 a year earlier … from $5 a year earlier" compares both with the same date.
    Vague references anchor nothing.
    An anaphor of one unit only ("the quarter" of a company report, ``same_grain``) is anchored on
    the last date of that unit said before it, however far back ("the third quarter … yesterday …
    in the quarter"); with none it names nothing, unless it is the ``whole`` text (the last one over).
    "a year ago" after a quarter or a half (``periods_only``) compares with the last one said,
    the days said since left out ("the quarter ended Sept. 30 … up from $3 a year ago").
    """
    out: list[tuple[When | None, str | None]] = []
    last: When | None = None
    by_grain: dict[Grain, When] = {}  # the last date said at each grain
    last_period: When | None = None  # the last quarter or half said ("up from $3 a year ago")
    closed: When | None = None  # ana9: the quarter or half the last date (a day said right after it) ends
    todate = False  # ana9: a year-to-date ("the first nine months") is the last period said
    for when, said in found:
        if said is None or (said.own and not _a_day(last)):  # ana9: a clock with no day before: as read
            out.append((when, None))
            if not when.is_ref:
                closed = last if last is not None and _day_of_period(last, when) else None
                todate = False
                last = by_grain[when.grain] = when
                if when.grain in (Grain.QUARTER, Grain.HALF):
                    last_period = when
            continue
        # ana9: a report's period is the quarter said before, or the year of a year-to-date said since
        a = attrs.evolve(said, grain=None if todate else "quarter") if said.grain == _REPORT_PERIOD else said
        anchor = by_grain.get(_UNIT_GRAIN[a.unit]) if a.same_grain else last
        if (
            closed is not None
            and anchor is last
            and not a.period
            and _UNIT_GRAIN[a.unit].rank >= closed.grain.rank
        ):
            anchor = closed  # "the quarter ended Sept. 30 … a year earlier": that quarter a year before
        if a.grain is not None and anchor is not None and anchor.grain.rank > _UNIT_GRAIN[a.grain].rank:
            # ana9: "the year-ago quarter" after "the current year": the last quarter said, not the year
            anchor = last_period if last_period is not None else anchor
        if a.periods_only:  # en6: the last quarter or half said before, the days between left out
            anchor = last_period
            if anchor is None:
                out.append((when, None))  # "two years ago": from the reference, as said
                continue
        if a.year is not None and anchor is None:
            out.append((when, None))  # "the 1988 period" with no quarter said before: the year
            continue
        if a.same_grain and anchor is None and not whole:
            out.append((None, None))  # "the quarter finals", "residents of the quarter": no quarter said
            continue
        try:
            now = anchored(a, anchor, ref)
        except (OverflowError, ValueError):  # a date the calendar cannot hold (year 9999 and on)
            now = None
        if a.silent:  # ana9: "the first nine months": no date, but what follows compares with its year
            if now is not None:
                last, last_period, closed, todate = now, None, None, True
            out.append((None, None))
            continue
        out.append((now, "previous" if anchor is not None else "reference"))
        if now is not None and a.period and a.year is None:  # "the 1988 quarter" is a comparison: no anchor
            closed, todate = None, False
            last = by_grain[now.grain] = now
            if now.grain in (Grain.QUARTER, Grain.HALF):
                last_period = now
    return out


def _a_day(when: When | None) -> bool:
    """Whether ``when`` names one day or a time inside one: what a clock said alone is on (ana9)."""
    return when is not None and not when.is_ref and not when.is_range and when.grain.rank <= Grain.DAY.rank


def clock_anaphor(value: object) -> Anaphor | None:
    """ana9: a clock said without a day, zone or seconds ("at 7:15 p.m.", "4 in the morning"): an
    anaphor on the day said before it ("Thursday evening … around 7:15 p.m.": that Thursday)."""
    if (
        not isinstance(value, Partial)
        or value.hour is None
        or value.zone is not None
        or value.second is not None
    ):
        return None
    if value.day is not None or value.weekday is not None or value.month is not None:
        return None
    if value.year is not None or value.week is not None:
        return None
    return Anaphor("day", 0, period=True, at=(value.hour, value.minute or 0), own=True)


def _day_of_period(period: When, day: When) -> bool:
    """Whether ``day`` is a day inside the quarter or half ``period`` said right before it ("the
    quarter ended Sept. 30"): an amount of that period's unit or more counts from the period."""
    return (
        period.grain in (Grain.QUARTER, Grain.HALF)
        and day.grain is Grain.DAY
        and not day.is_range
        and period.start <= day.start
        and day.end <= period.end
    )


# -- years in words ----------------------------------------------------------------------------


def year_words(c: Composer, i: int) -> Match | None:
    """ "nineteen ninety-six", "in twenty twenty", "the year two thousand": a year said in words.

    "eighteen" and "nineteen" hundreds read anywhere ("nineteen ninety-six was a good year"); other
    hundreds ("twenty twenty", "fifteen twenty": also a score or a clock) and "two thousand" need a
    year cue before them ("in", "since", "year"), or "twenty …" and "… thousand" to be the whole
    expression: "two thousand people" is a count.
    """
    t = c.t
    j = i
    cue = t.hit(j, "yearcue")
    if cue is not None:
        j = cue.end
    said = c.r.year_in_words(j)
    if said is None:
        return None
    y, end = said
    head = t.hit(j, "num")
    alone = i == 0 and all(not t.norm[k].isalnum() for k in range(end, len(t)))
    common = head is not None and head.value in (18, 19) and y < 2000
    if cue is None and not common and not (alone and y >= 2000):
        return None
    return Match(i, end, _when.year(y, c.r.ctx.zone), f"{t.hit(j, 'num').lex.lang}-year-words")  # type: ignore[union-attr]


# -- the weekend -------------------------------------------------------------------------------


def weekend(c: Composer, i: int) -> Match | None:
    """ "this weekend", "next weekend", "the weekend", «عطلة نهاية الأسبوع الماضي»: two days, a range."""
    t, ctx = c.t, c.r.ctx
    j, mod = i, None
    pre = t.hit(j, "mod", "this")
    if pre is not None and pre.lex.before:
        mod, j = (pre.value if pre.lex.kind == "mod" else 0), pre.end
    elif (lead := t.hit(j, "the", "dayprefix", "join")) is not None:
        j = lead.end  # "the weekend", "no fim de semana", "am Wochenende"
    w = t.hit(j, "weekend")
    if w is None:
        return None
    end = w.end
    post = t.hit(end, "mod", "this") if mod is None else None
    if post is not None and post.lex.after:
        mod, end = (post.value if post.lex.kind == "mod" else 0), post.end
    if mod is None and w.lex.bound and j == i:
        return None  # a bare "weekend" with neither "the" nor a modifier: "weekend editions"
    first_wd, _ = weekend_days(getattr(ctx.zone, "key", None), w.lex.lang)
    of = t.hit(end, "of") if mod is None else None
    dated = c.best(of.end) if of is not None and of.end < len(t) else None
    if dated is not None and dated.anaphor is None and dated.when.grain is Grain.DAY:
        # lead10: "the weekend of 7-8 December", "le week-end du 7 décembre": the weekend that holds
        # the (first) day, or the one after it
        d = dated.when.start.astimezone(ctx.zone).date()
        into = (d.weekday() - first_wd) % 7
        first = d - timedelta(days=into) if into < 2 else d + timedelta(days=7 - into)
        when = _when.days(first, first + timedelta(days=1), ctx.zone)
        return Match(i, dated.end, when, f"{w.lex.lang}-weekend+{dated.rule}")
    today = ctx.today
    # The weekend not over yet: the one today is in, else the next one.
    into = (today.weekday() - first_wd) % 7
    this = today - timedelta(days=into) if into < 2 else today + timedelta(days=7 - into)
    if mod is None:
        lean = ctx.prefer
        if (lean == "past" and into >= 2) or (lean == "nearest" and into >= 2 and into - 2 < 7 - into):
            mod = -1
        else:
            mod = 0
    first = this + timedelta(days=7 * mod)
    when = _when.days(first, first + timedelta(days=1), ctx.zone)
    return Match(i, end, when, f"{w.lex.lang}-weekend")
