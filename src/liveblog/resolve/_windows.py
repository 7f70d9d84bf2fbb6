"""Productions for stretches counted from the reference or from a time: windows and durations.

- **window**: "last 2 days", "the past three weeks", "next 3 months": the whole units next to
  the one that holds the reference (not the reference's own), as one range ("last 2 days" on a
  Tuesday is Sunday and Monday). Days and longer only: a window of clock units ends at the
  reference itself, not at a clock time the range convention could name.
- **ahead**: "upcoming two weeks", "2 upcoming months": the one unit that many ahead (as "in two
  weeks" names one week), read this way because "upcoming" with a count names a unit, not a span.
- **after next**: "Friday after next", "March after next": the one after the coming one.
- **counted weekdays**: "3 Fridays from now", "2 Thursdays ago": the nth occurrence, today left out.
- **deadline**: "by the end of the month", "by EOY": from the reference to the end of that time.
- **shifted**: "three days after Easter", "3 days before yesterday": a time moved by an amount.
- **duration from a time**: "4pm for 30 mins", "from 4pm for thirty minutes", "for 30 minutes
  starting from 4pm": a range from that time to that time plus the amount (a clock range ends at
  its last clock time, as "from 4 to 4:30 pm" does).

The words are data (``lang/<code>``: kinds ``mod``, ``unit``, ``ahead``, ``afternext``,
``weekdays``, ``countdir``, ``deadline``, ``forlen``, ``startfrom``, ``shiftdir``); nothing here
names a language.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING

from liveblog.lang import UNSPACED_LETTER
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _when
from liveblog.resolve._grammar import Hit, Match, Tokens
from liveblog.resolve._partial import Partial
from liveblog.resolve._rules_amount import landed_day

if TYPE_CHECKING:  # pragma: no cover
    from liveblog.resolve._compose import Composer

__all__ = [
    "after_next",
    "ahead",
    "counted_weekday",
    "day_from",
    "day_shift",
    "deadline",
    "duration_from",
    "shifted",
    "until",
    "window",
]

_CALENDAR = ("day", "week", "month", "quarter", "year")
_CLOCK_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_MAX_COUNT = 999  # units a window or a count may span


def _count_unit(c: Composer, j: int) -> tuple[int, str, int] | None:
    """(count, unit, end) for "2 days", "three weeks", "one hour", "few days" at token ``j``."""
    counted = c.r.count(j)
    if counted is None:
        few = c.t.hit(j, "vaguecount")
        if few is None:
            return None
        counted = float(few.value), few.end
    n, k = counted
    u = c.t.hit(k, "unit")
    if u is None or n != int(n) or not 1 <= n <= _MAX_COUNT:
        return None
    return int(n), u.value[0], u.end


def _count_then_mod(c: Composer, i: int) -> tuple[int, str, int, Hit] | None:
    """(count, unit, end, modifier) for a window whose modifier follows: «الأيام الثلاثة المقبلة»,
    «الأسبوعين الماضيين», «الـ24 ساعة الماضية» (the count before or, where the language's syntax
    says so, after its unit; a dual unit says its count)."""
    t = c.t
    j = i + 1 if t.hit(i, "numprefix") is not None else i  # «الـ24 ساعة»
    cu = _count_unit(c, j)
    if cu is None:
        u = t.hit(i, "unit")
        if u is None or not u.lex.syntax.count_after_unit:
            return None
        if u.value[1] >= 2:  # «الأسبوعين»: the dual is its own count
            cu = u.value[1], u.value[0], u.end
        elif u.value[1] == 0:  # «الأيام الثلاثة»: a plural, then its count
            k = u.end + 1 if t.hit(u.end, "numprefix") is not None else u.end
            counted = c.r.count(k)
            if counted is None or counted[0] != int(counted[0]) or not 2 <= counted[0] <= _MAX_COUNT:
                return None
            cu = int(counted[0]), u.value[0], counted[1]
        else:
            return None
    mod = t.hit(cu[2], "mod")
    if mod is None:  # «الساعات الـ24 الأخيرة»: "the last" closes a window into the past …
        mod = t.hit(cu[2], "nth")
        if mod is not None and (mod.value != -1 or t.hit(mod.end, "of") is not None):
            return None  # … but «الأيام العشرة الأخيرة من رمضان» are the last days of something else
    if mod is None or not mod.lex.after or mod.value not in (-1, 1):
        return None
    return cu[0], cu[1], mod.end, mod


def window(c: Composer, i: int) -> Match | None:
    """ "last 2 days", "past two weeks", "next 3 months", «الأيام الثلاثة المقبلة»: the units beside
    the reference's own.

    The modifier stands before the count or, in a language whose modifiers may follow, between the
    count and the unit ("les 3 derniers jours", "le 3 prossime settimane") or after both ("i 3
    mesi scorsi", "los tres meses que vienen"); the count says it is a window, not "last Friday".
    """
    t = c.t
    mod = t.hit(i, "mod")
    if mod is not None and _ends_a_word(t, i):
        return None  # 最后3分钟 "the last 3 minutes" (of a match), 事发前一天: 后, 前 end another word
    cu = _count_unit(c, mod.end) if mod is not None and t.hit(i, "ahead") is None else None
    if mod is not None and mod.value in (-1, 1) and cu is not None and (mod.lex.before or mod.lex.after):
        n, unit, end = cu
        if (
            mod.lex.syntax.mod_names_day
            and unit == "day"
            and n <= 31
            and t.hit(end - 1, "counter")
            and t.hit(end, "within") is None
        ):
            return None  # "지난 28일": the 28th just past (resolve._rules_counted); "지난 3일 동안" a window
    elif (counted := _counted_window(c, i)) is not None:
        mod, n, unit, end = counted
    elif (after := _count_then_mod(c, i)) is not None:  # «الأيام الثلاثة المقبلة»: unit, count, modifier
        n, unit, end, mod = after
    else:
        return None
    return _window_of(c, i, mod, n, unit, end)


def _counted_window(c: Composer, i: int) -> tuple[Hit, int, str, int] | None:
    """ "3 derniers jours" (count, modifier, unit) or "3 mesi scorsi" (count, unit, modifier)."""
    t = c.t
    counted = c.r.count(i)
    if counted is None or counted[0] != int(counted[0]) or not 1 <= counted[0] <= _MAX_COUNT:
        return None
    n, k = int(counted[0]), counted[1]
    mod = t.hit(k, "mod")
    if mod is not None and mod.value in (-1, 1) and mod.lex.after and t.hit(k, "ahead") is None:
        u = t.hit(mod.end, "unit")  # the modifier between: it follows the count it qualifies
        return (mod, n, u.value[0], u.end) if u is not None else None
    u = t.hit(k, "unit")
    mod = t.hit(u.end, "mod") if u is not None else None
    if u is None or mod is None or mod.value not in (-1, 1) or not mod.lex.after:
        return None
    if mod.end < len(t) and t.kinds(mod.end) & _NAMED:
        return None  # "3 jours la semaine dernière" is no window; "3 days last week" neither
    return mod, n, u.value[0], mod.end


_NAMED: frozenset[str] = frozenset({"unit", "period", "weekday", "month", "dayword"})


def _ends_a_word(t: Tokens, i: int) -> bool:
    """Whether the letter at ``i`` is glued to one of a script without spaces that no phrase of the
    tables holds (its word goes on from before: 最后, 之后, 事发前); after 上周, 下午 or the text's
    start it begins a word of its own."""
    if i == 0 or not t.adjacent(i):
        return False
    if not UNSPACED_LETTER.match(t.norm[i]) or not UNSPACED_LETTER.match(t.norm[i - 1]):
        return False
    return not t.ending_at(i)


def _window_of(c: Composer, i: int, mod: Hit, n: int, unit: str, end: int) -> Match | None:
    """The ``n`` whole ``unit`` s before (``mod`` -1) or after (+1) the reference's own."""
    if c.t.hit(end, "of") is not None:
        return None  # "the last three months of the war": the end of something else, not of now
    ks = (-n, -1) if mod.value < 0 else (1, n)
    if unit in _CLOCK_SECONDS:  # "last 2 minutes": whole minutes, 04:28 and 04:29 said at 04:30
        from liveblog.resolve._compose import clock_unit  # _compose lists this production

        first, last = clock_unit(unit, c.r.ctx.ref, ks[0]), clock_unit(unit, c.r.ctx.ref, ks[1])
    else:
        first = _when.unit_after(unit, c.r.ctx.today, ks[0], c.r.ctx.zone)
        last = _when.unit_after(unit, c.r.ctx.today, ks[1], c.r.ctx.zone)
    if first is None or last is None:
        return None
    vague = c.t.hit(mod.end, "vaguecount") is not None  # "next few days": three, approximately
    timex = f"{first.timex}/{last.timex}"
    when = When(first.start, last.end, first.grain, timex, vague, None, WhenKind.RANGE)
    return Match(i, end, when, f"{mod.lex.lang}-window")


def ahead(c: Composer, i: int) -> Match | None:
    """ "upcoming two weeks", "two upcoming weeks": the one unit ``n`` ahead of the reference's."""
    t = c.t
    word = t.hit(i, "ahead")
    if word is not None:
        cu = _count_unit(c, word.end)
        counted = c.r.count(word.end) if cu is None else None
        named = _ahead_unit(t, counted[1]) if counted is not None and counted[0] == int(counted[0]) else None
        if cu is None and named is not None and counted is not None:
            cu = int(counted[0]), *named  # en8: "upcoming 2 quarter": the period's noun in the singular
        if cu is None:
            return None
        n, unit, end = cu
    else:
        counted = c.r.count(i)
        if counted is None:
            return None
        word = t.hit(counted[1], "ahead")
        named = _ahead_unit(t, word.end) if word is not None else None
        if word is None or named is None or counted[0] != int(counted[0]):
            return None
        n, (unit, end) = int(counted[0]), named
    if unit in _CLOCK_SECONDS:
        moment = (c.r.ctx.ref.astimezone(UTC) + timedelta(seconds=n * _CLOCK_SECONDS[unit])).astimezone(
            c.r.ctx.zone
        )
        grain = {"second": Grain.SECOND, "minute": Grain.MINUTE, "hour": Grain.HOUR}[unit]
        when: When | None = _when.hour_or_minute(moment, grain)
    else:
        when = _when.unit_after(unit, c.r.ctx.today, n, c.r.ctx.zone)
    if when is None:
        return None
    return Match(i, end, when, f"{word.lex.lang}-ahead")


def _ahead_unit(t: Tokens, k: int) -> tuple[str, int] | None:
    """(unit, end) of the unit counted ahead at ``k``: a unit ("weeks"), or a period's noun in the
    singular ("2 upcoming quarter": a singular "quarter" alone is no unit, "in a quarter" no date)."""
    u = t.hit(k, "unit")
    if u is not None:
        return u.value[0], u.end
    p = t.hit(k, "period")
    return (p.value, p.end) if p is not None and isinstance(p.value, str) else None


def after_next(c: Composer, i: int) -> Match | None:
    """ "Friday after next", "March after next": the one after the next one (today left out)."""
    t = c.t
    m = c.at(i)
    if m is None:  # a month alone is read only with a cue; "after next" is one (enint)
        mon = c.r.month_at(i, bound_ok=True)
        if mon is not None and mon[0] and t.hit(mon[1], "afternext") is not None:
            year = c.r.ctx.today.year
            m = Match(i, mon[1], _when.month(year, mon[0], c.r.ctx.zone), "month", Partial(year, mon[0]))
    if m is None or m.end >= len(t):
        return None
    word = t.hit(m.end, "afternext")
    if word is None:
        return None  # before the value: most atoms have no "after next" after them (fast6)
    v = c.dated(m)
    if not isinstance(v, Partial):
        return None
    today, zone = c.r.ctx.today, c.r.ctx.zone
    said = {
        f for f in ("year", "month", "day", "weekday", "week", "part", "hour") if getattr(v, f) is not None
    }
    if said == {"weekday"} and v.weekday is not None and type(word.value) is int:
        # "mardi en huit", "lundi en quinze": that many weeks after the coming one, today's too
        coming = today + timedelta(days=(v.weekday - today.weekday()) % 7)
        when = _when.day(coming + timedelta(days=7 * word.value), zone)
    elif said == {"weekday"} and v.weekday is not None:
        nxt = today + timedelta(days=(v.weekday - today.weekday()) % 7 or 7)
        when = _when.day(nxt + timedelta(days=7), zone)
    elif (
        said == {"year", "month"}
        and v.month is not None
        and m.when.grain is Grain.MONTH
        and word.value is None
    ):
        year = today.year if v.month > today.month else today.year + 1
        when = _when.month(year + 1, v.month, zone)
    else:
        return None
    return Match(i, word.end, when, f"{m.rule}+after-next")


def counted_weekday(c: Composer, i: int) -> Match | None:
    """ "3 Fridays from now", "two Sundays ago", "2 Thursdays back": the nth such day, today left out."""
    t = c.t
    counted = c.r.count(i)
    if counted is None or counted[0] != int(counted[0]) or not 1 <= counted[0] <= 52:
        return None
    n, k = int(counted[0]), counted[1]
    days = t.hit(k, "weekdays")
    way = t.hit(days.end, "countdir") if days is not None else None
    if days is None or way is None:
        return None
    today = c.r.ctx.today
    if way.value > 0:
        first = today + timedelta(days=(days.value - today.weekday()) % 7 or 7)
        d = first + timedelta(days=7 * (n - 1))
    else:
        first = today - timedelta(days=(today.weekday() - days.value) % 7 or 7)
        d = first - timedelta(days=7 * (n - 1))
    return Match(
        i, way.end, _when.day(d, c.r.ctx.zone), f"{days.lex.lang}-weekdays", Partial(d.year, d.month, d.day)
    )


def deadline(c: Composer, i: int) -> Match | None:
    """ "by the end of the month", "by EOY": from the reference to the end of that part of a period.

    Only an end said as an end ("the end of", "EOM") is a deadline: "by 2040" and "by Friday" name
    the year and the day (news says "by" of when a thing was or will be done, not of a span).
    """
    t = c.t
    word = t.hit(i, "deadline")
    if word is None or word.end >= len(t):
        return None
    edge = t.hit(word.end, "periodedge", "edgeperiod")
    said_end = edge is not None and (
        edge.value == "end" or (isinstance(edge.value, tuple) and edge.value[0] == "end")
    )
    m = c.best(word.end) if said_end else None
    if m is None and edge is not None and said_end:
        m = _end_of_day(c, word.end, edge)
    if m is None and edge is None:
        return _by_clock(c, i, word.end)
    if m is None:
        return None
    return until(c, i, m.end, m)


def _by_clock(c: Composer, i: int, k: int) -> Match | None:
    """ "by 2:00pm", "by 5 pm today" (en8): a clock time said as a deadline is the range from the
    reference to that instant (the clock's minute not included); one already past is no deadline,
    and the clock alone stands ("by 2pm the crowd had grown", said at 16:00)."""
    m = c.best(k)
    if m is None or m.when.is_range or m.when.grain.rank > Grain.HOUR.rank:
        return None  # "by Friday", "by 2040" stay the day and the year
    if c.r.clock(k) is None and c.r.clock(k + 1) is None:
        return None  # a clock must be said: "by two hours" is an amount
    ref = c.r.ctx.ref.astimezone(c.r.ctx.zone)
    if m.when.start <= ref:
        return None
    now = _when.hour_or_minute(ref, Grain.SECOND)
    timex = f"{now.timex}/{m.when.timex}"
    when = When(now.start, m.when.start, Grain.DAY, timex, m.when.approximate, None, WhenKind.RANGE)
    return Match(i, m.end, when, f"deadline+{m.rule}")


def until(c: Composer, i: int, end: int, m: Match) -> Match | None:
    """The range from the reference to the end of ``m`` (said in ``[i, end)``): "by the end of the
    month", and with the deadline word after it, "ay sonuna kadar", 月末まで (eastint)."""
    ref = c.r.ctx.ref.astimezone(c.r.ctx.zone)
    if m.when.end <= ref:
        return None
    now = _when.hour_or_minute(ref, Grain.SECOND)
    last = m.when.timex.split("/")[-1]
    when = When(
        now.start, m.when.end, Grain.DAY, f"{now.timex}/{last}", m.when.approximate, None, WhenKind.RANGE
    )
    return Match(i, end, when, f"deadline+{m.rule}")


def _end_of_day(c: Composer, i: int, edge: Hit) -> Match | None:
    """Today, for the end said in "(by) the end of the day", "(by) end of day", "(by) EOD" (enint)."""
    t = c.t
    if isinstance(edge.value, tuple):
        end = edge.end if edge.value[1] == "day" else None
    else:
        k = edge.end
        the = t.hit(k, "the")
        unit = t.hit(the.end if the is not None else k, "unit")
        end = unit.end if unit is not None and unit.value == ("day", 1) else None
    if end is None:
        return None
    if end < len(t) and t.norm[end].isalpha() and not t.hits(end):
        return None  # "by the end of the day shift": the day is a noun's modifier
    day = c.r.dayspec(end)  # "by the end of the day on Friday": that day's end
    if day is not None:
        return Match(i, day.end, _when.day(day.d, c.r.ctx.zone), "end-of-day")
    return Match(i, end, _when.day(c.r.ctx.today, c.r.ctx.zone), "end-of-day")


_DAYS_IN = {"day": 1, "week": 7}
_ANNIVERSARY_GAP = 4  # tokens between an anniversary word and its year: "of", articles, a comma
_DAY_UNITS = frozenset({"day", "week", "month", "year"})  # what a day word can be moved by


def _for_amount(c: Composer, j: int) -> tuple[timedelta, int] | None:
    """An amount after "for": "for 30 mins", "for thirty minutes", "for 10 days" (the delta, its end)."""
    t = c.t
    word = t.hit(j, "forlen")
    if word is None:
        return None
    q = c.r.qty(word.end)
    if q is None or q.approximate or q.value <= 0:
        return None
    if q.unit in _CLOCK_SECONDS:
        return timedelta(seconds=q.value * _CLOCK_SECONDS[q.unit]), q.end
    if q.unit in _DAYS_IN and q.value == int(q.value):
        return timedelta(days=q.value * _DAYS_IN[q.unit]), q.end
    return None


def _clock_range(start: When, delta: timedelta) -> When | None:
    """From ``start`` to ``start`` + ``delta``, the last end named at the first's grain: a clock
    range ends at its last clock time ("4pm for 30 mins": 16:00-16:30), a day range at the end of
    its last day ("18 December for 10 days": 18-28 December, the 28th being 10 days on)."""
    if start.is_range or start.grain.rank > Grain.DAY.rank:
        return None
    if start.grain is Grain.DAY:
        if delta % timedelta(days=1):
            return None
        first = date.fromisoformat(start.timex[:10])
        last_day = _when.day(first + delta, start.start.tzinfo)
        return When(
            start.start,
            last_day.end,
            Grain.DAY,
            f"{start.timex}/{last_day.timex}",
            start.approximate,
            None,
            WhenKind.RANGE,
        )
    if start.grain.rank > Grain.HOUR.rank:
        return None
    end = (start.start.astimezone(UTC) + delta).astimezone(start.start.tzinfo)
    last = _when.hour_or_minute(end, start.grain if start.grain is not Grain.HOUR else Grain.MINUTE)
    return When(
        start.start, end, start.grain, f"{start.timex}/{last.timex}", start.approximate, None, WhenKind.RANGE
    )


def duration_from(c: Composer, i: int) -> Match | None:
    """ "4pm for 30 mins", "from 4pm for thirty minutes", "for 30 minutes starting from 4pm"."""
    t = c.t
    lead = t.hit(i, "forlen")
    if lead is not None:  # "for 30 minutes (starting) from 4pm"
        amount = _for_amount(c, i)
        if amount is None:
            return None
        delta, k = amount
        start = t.hit(k, "startfrom")
        if start is None:
            return None
        m = c.at(start.end)
        if m is None:
            return None
        rng = _clock_range(m.when, delta)
        return Match(i, m.end, rng, f"for+{m.rule}") if rng is not None else None
    j = i
    opener = t.hit(i, "startfrom")
    if opener is not None:
        j = opener.end
    m = c.at(j)
    if m is None:
        return None
    amount = _for_amount(c, m.end)
    if amount is None:
        return None
    delta, end = amount
    rng = _clock_range(m.when, delta)
    return Match(i, end, rng, f"{m.rule}+for") if rng is not None else None


def shifted(c: Composer, i: int) -> Match | None:
    """ "three days after Easter", "3 days before yesterday", "a week before Christmas", "10 minutes
    after 3pm": a time moved by an amount, named at its own grain (a day moved by days stays a day)."""
    t = c.t
    q = c.r.qty(i)
    if q is None or q.approximate or q.value != int(q.value) or q.value <= 0:
        return None
    way = t.hit(q.end, "shiftdir")
    if way is None or way.end >= len(t):
        return None
    m = c.best(way.end)  # any time, holidays too
    if m is None or m.when.is_range:
        return None
    n = int(q.value) * way.value
    w = m.when
    zone = c.r.ctx.zone
    if w.grain.rank <= Grain.HOUR.rank:
        if q.unit not in _CLOCK_SECONDS and q.unit not in _DAYS_IN:
            return None
        step = _CLOCK_SECONDS.get(q.unit, 86400 * _DAYS_IN.get(q.unit, 0))
        moment = (w.start.astimezone(UTC) + timedelta(seconds=n * step)).astimezone(zone)
        moved = _when.hour_or_minute(moment, w.grain)
    elif w.grain is Grain.DAY and q.unit in ("day", "week", "month", "year"):
        d = date.fromisoformat(w.timex[:10])
        if q.unit in _DAYS_IN:
            d += timedelta(days=n * _DAYS_IN[q.unit])
        else:
            y, mo = _when.shift_month(d.year, d.month, n if q.unit == "month" else 12 * n)
            last = (date(*_when.shift_month(y, mo, 1), 1) - timedelta(days=1)).day
            d = date(y, mo, min(d.day, last))
        moved = _when.day(d, zone)
    else:
        return None
    return Match(i, m.end, moved, f"{m.rule}+shift")


def day_shift(c: Composer, i: int) -> Match | None:
    """«عشية 7 أكتوبر», «غداة عيد الأضحى», "on the eve of 7 October" (ar6): a word that is the day
    before or after the day (or holiday) named right after it."""
    t = c.t
    word = t.hit(i, "dayshift")
    if word is None or word.end >= len(t):
        return None
    if t.hit(word.end, "dayword", "weekday", "dayprefix") is not None:
        return None  # «عشية اليوم», «عشية الأحد»: the evening of that day (Maghreb press), read as that day
    return day_from(c, i, word.end, word.value, f"{word.lex.lang}-dayshift")


def anniversary(c: Composer, i: int) -> Match | None:
    """«في مثل هذا اليوم من عام 1967», «في مثل هذا اليوم قبل 50 عاما», «… من العام الماضي» (ar9): the
    reference's day and month in the year named right after it (said, counted or shifted). Alone
    it names no year: its «اليوم» is read as the words say."""
    t = c.t
    word = t.hit(i, "anniversary")
    if word is None or word.end >= len(t):
        return None
    # the year right after it, or after what may stand between: "of", an article, an elided one, a
    # comma ("من العام الماضي", "de l'an dernier", "tal día como hoy, en 1975"); a cue such as "de"
    # may be the year's own, so each token is tried as it stands first
    for k in range(word.end, min(word.end + _ANNIVERSARY_GAP, len(t))):
        m = c.best(k)
        day = anniversary_day(c, m) if m is not None else None
        if m is not None and day is not None:
            return Match(i, m.end, day, f"{word.lex.lang}-anniversary+{m.rule}")
        if not (t.hit(k, "of", "the") is not None or t.is_(k, ",", "،", "'") or len(t.norm[k]) == 1):
            return None
    return None


def anniversary_day(c: Composer, m: Match) -> When | None:
    """The reference's day and month in the year match ``m`` names, when it names one year (not a
    range or an anaphor): «في مثل هذا اليوم من عام 1967», "this time last year", "l'an dernier à la
    même époque" (``Composer._extend`` reads the year first)."""
    if m.anaphor is not None or m.when.is_range or m.when.grain is not Grain.YEAR:
        return None
    zone = c.r.ctx.zone
    try:
        day = c.r.ctx.today.replace(year=m.when.start.astimezone(zone).year)
    except ValueError:
        return None  # 29 February in a common year
    return _when.day(day, zone)


def amount_day(c: Composer, i: int) -> Match | None:
    """ "a week ago today", "a year ago yesterday", "heute vor einer Woche", "hoy hace un año", «قبل
    عام من اليوم» (lead10): a day word beside an exact amount said ago or ahead, in either order, is
    that day moved by the amount — one day, not the amount's day and the day word as two dates (an
    amount of weeks beside a weekday names its week instead: ``Composer._amount_week``)."""
    t = c.t
    word = t.hit(i, "dayword")
    if word is not None:  # the day word first: "heute vor einer Woche", "hoy hace un año"
        said = _said_amount(c, word.end)
        if said is None:
            return None
        sign, n, unit, end = said
        offset = word.value
    else:
        said = _said_amount(c, i)
        if said is None:
            return None
        sign, n, unit, k = said
        of = t.hit(k, "of")
        if of is not None and of.end < len(t) and t.hit(k, "dayword") is None:
            k = of.end  # «قبل عام من اليوم»: an amount before the day
        word = t.hit(k, "dayword")
        if word is None:
            return None
        offset, end = word.value, word.end
    if not isinstance(offset, int):
        return None
    landed = landed_day(c.r.ctx.today + timedelta(days=offset), unit, sign * n)
    if landed is None:
        return None
    return Match(i, end, _when.day(landed, c.r.ctx.zone), f"{word.lex.lang}-amount+day", None, True)


def _said_amount(c: Composer, k: int) -> tuple[int, int, str, int] | None:
    """An exact whole amount of days or longer said ago or ahead at token ``k`` ("a week ago", "vor
    einer Woche", «قبل عام», "in two years"): its sign, count, unit and the token after it."""
    t = c.t
    marker = t.hit(k, "ago", "in")
    q = c.r.qty(marker.end if marker is not None else k)
    if q is None or q.approximate or q.value != int(q.value) or q.value <= 0 or q.unit not in _DAY_UNITS:
        return None
    if marker is not None:
        return (-1 if marker.lex.kind == "ago" else 1), int(q.value), q.unit, q.end
    post = t.hit(q.end, "ago-post", "in-post")
    if post is None:
        return None
    return (-1 if post.lex.kind == "ago-post" else 1), int(q.value), q.unit, post.end


def _a_day(m: Match) -> bool:
    """A day, or a clock on a day, that a day's shift can move (no range, period or anaphor)."""
    w = m.when
    return not w.is_range and m.anaphor is None and (w.grain is Grain.DAY or w.grain.rank <= Grain.HOUR.rank)


def day_from(c: Composer, i: int, j: int, shift: int, rule: str) -> Match | None:
    """The day ``shift`` days from the day (or holiday) named at token ``j``, after one "of" or
    article word there: the one reading of «عشية 7 أكتوبر», "the eve of 7 October", "le lendemain
    de Pâques", "il giorno dopo il 2 giugno" (a ``dayshift`` word or a bound day anaphor before it).
    An event ("la veille du sommet") or a period names no day: none."""
    t = c.t
    if j < len(t):
        of = t.hit(j, "of") or t.hit(j, "the")
        if of is not None and of.end < len(t):
            j = of.end
    m = next((m for m in (c.best(j), c.at(j)) if m is not None and _a_day(m)), None)
    if m is None:
        return None
    w = m.when
    if w.grain is not Grain.DAY:  # "la veille du 14 juillet à 20h": the clock on the day before
        wall = w.start.replace(tzinfo=None) + timedelta(days=shift)
        moment = wall.replace(tzinfo=w.start.tzinfo).astimezone(UTC).astimezone(w.start.tzinfo)
        return Match(
            i, m.end, _when.hour_or_minute(moment, w.grain, approximate=w.approximate), f"{m.rule}+{rule}"
        )
    d = w.start.astimezone(c.r.ctx.zone).date() + timedelta(days=shift)
    return Match(i, m.end, _when.day(d, c.r.ctx.zone), f"{m.rule}+{rule}")


_CLOSEST_DAYS = 28  # a weekday's occurrences looked at on each side of the day it is closest to
_CLOSEST_MAX = 5  # "the fifth closest": further is no way to say a date


def closest(c: Composer, i: int) -> Match | None:
    """ "the closest Monday to Oct 5th", "the second closest Mon to October fifth", "the 3rd closest
    xmas to today" (en8): the nth occurrence of a weekday or a holiday by its distance from a day
    (ties: the earlier one, as ``prefer="nearest"`` breaks them)."""
    t = c.t
    the = t.hit(i, "the")
    j = the.end if the is not None else i
    n, j = _nth_at(t, j)
    word = t.hit(j, "closest")
    if word is None or not 1 <= n <= _CLOSEST_MAX:
        return None
    wd = t.hit(word.end, "weekday")
    name = t.hit(word.end, "holiday") if wd is None else None
    what = wd or name
    to = t.hit(what.end, "range-to") if what is not None else None
    anchor = c.best(to.end) if to is not None and to.end < len(t) else None
    if what is None or anchor is None or anchor.when.is_range or anchor.when.grain is not Grain.DAY:
        return None
    a = anchor.when.start.astimezone(c.r.ctx.zone).date()
    if wd is not None:
        days = [a + timedelta(days=k) for k in range(-_CLOSEST_DAYS, _CLOSEST_DAYS + 1)]
        cands = [d for d in days if d.weekday() == wd.value]
    else:
        from liveblog.lang.holidays import HOLIDAYS  # the holiday rules' own table and calendars
        from liveblog.resolve._rules_holiday import around

        cands = [o[0] for o in around(HOLIDAYS[name.value], a)] if name is not None else []
    ranked = sorted(set(cands), key=lambda d: (abs((d - a).days), d > a))
    if len(ranked) < n:
        return None
    d = ranked[n - 1]
    return Match(
        i, anchor.end, _when.day(d, c.r.ctx.zone), f"{word.lex.lang}-closest", Partial(d.year, d.month, d.day)
    )


def _nth_at(t: Tokens, j: int) -> tuple[int, int]:
    """(n, end) of an ordinal at ``j`` ("second", "3rd"), or (1, j) when none is said."""
    word = t.hit(j, "nth", "ordinal")
    if word is not None and isinstance(word.value, int) and word.value > 0:
        return word.value, word.end
    n = t.num(j, 1, 31)
    if n is not None and not t.text[t.start[j] : t.end[j]].isdigit():
        return n, j + 1  # "3rd"
    return 1, j


def rest_of(c: Composer, i: int) -> Match | None:
    """ "the rest of the week", "the remainder of the year" (en8): from the reference to the end of
    the period that holds it (a range, as a deadline). "the rest of the day shift" names no period;
    "all week" is a duration (TimeML's news annotates it so) and has no row."""
    t = c.t
    word = t.hit(i, "restof")
    if word is None or word.end >= len(t):
        return None
    per = t.hit(word.end, "period")
    unit = t.hit(word.end, "unit") if per is None else None
    name = (
        per.value if per is not None else unit.value[0] if unit is not None and unit.value[1] == 1 else None
    )
    end = per.end if per is not None else unit.end if unit is not None else word.end
    if not isinstance(name, str) or (end < len(t) and t.norm[end].isalpha() and not t.hits(end)):
        return None
    whole = _when.unit_after(name, c.r.ctx.today, 0, c.r.ctx.zone)
    if whole is None:
        return None
    return until(c, i, end, Match(i, end, whole, f"{word.lex.lang}-rest-{name}"))
