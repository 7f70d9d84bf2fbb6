"""Named days and long periods: holidays, seasons, decades, centuries.

- **Holidays** are words of each language's table (kind ``holiday``) whose
  value is a key of :data:`liveblog.lang.holidays.HOLIDAYS`; :func:`occurrence`
  computes the key's days in a year. "Christmas 2013", "thanksgiving of next
  year", «عيد الفطر 2019»: that year's; "last Easter", «عيد الأضحى المقبل»:
  strictly before / after the reference day; "this Thanksgiving": the
  reference year's (Hijri holidays: the current Hijri year's); alone, by
  ``prefer``. A one-day holiday is a day (its value joins a clock: "Christmas
  at 6 pm"); a longer one is a range of its days.
- **Seasons** are meteorological (Northern Hemisphere), whole months: spring
  March-May, summer June-August, autumn September-November, winter
  December-February (labelled with the year of its December, as TIMEX3's
  ``2013-WI``).
- **Decades** (timex ``199X``): "the 1990s", "the '90s", "the nineties", «التسعينيات» (a decade
  word without its century is the latest such decade that has begun);
  an edge before it ("early", "mid-", "late") takes years 0-3, 4-6, 7-9.
- **Centuries**: "the 20th century", «القرن العشرين» are the years 1900-1999
  (timex ``19XX``), "last century", «القرن الماضي» the one before the
  reference's.
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from dateutil import easter as _easter

from liveblog.lang.holidays import HOLIDAYS, Holiday
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _hijri, _hindu, _lunisolar, _when
from liveblog.resolve._grammar import Hit, Match, Tokens
from liveblog.resolve._partial import Partial, Prefer, Range, yearly_prefer

if TYPE_CHECKING:
    from liveblog.resolve._compose import Composer
    from liveblog.resolve._rules import Rules

__all__ = [
    "century",
    "decade",
    "edge_abbreviation",
    "holiday",
    "holiday_at",
    "lunar_date",
    "occurrence",
    "season",
]

Days = tuple[date, date]  # first and last day (inclusive)

_YEARS = range(1583, 4100)  # years whose Easter dateutil computes (Gregorian calendar in force)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    first = date(year, month, 1)
    days = [first + timedelta(days=k) for k in range(31)]
    days = [d for d in days if d.month == month and d.weekday() == weekday]
    if nth > len(days):
        return None
    return days[nth - 1] if nth > 0 else days[nth]


def occurrence(h: Holiday, year: int) -> Days | None:
    """The days of ``h`` in Gregorian ``year`` (for a Hijri holiday: the Hijri year ``year``)."""
    if h.rule == "hijri":
        return _hijri_occurrence(h, year)
    if year not in _YEARS:
        return None
    if h.rule in ("hebrew", "chinese"):
        return _lunisolar_occurrence(h, year)
    if h.rule == "vague":  # 365 days a year: one day earlier after each Gregorian leap day
        d = date(h.epoch, h.month, h.day) + timedelta(days=365 * (year - h.epoch))
        return (d, d) if d.year == year else None
    if h.rule == "solarterm":  # h11: 清明, 冬至
        term = _lunisolar.solar_term_day(year, h.longitude)
        if term is None:
            return None
        d = term + timedelta(days=h.offset)
    elif h.rule in ("lunar", "hindu", "sankranti", "nakshatra"):
        lunar = _lunar_day(year, h)
        if lunar is None:
            return None
        d = lunar + timedelta(days=h.offset)
    elif h.rule == "fixed":
        d = date(year, h.month, h.day)
        d += timedelta(days={5: h.on_saturday, 6: h.on_sunday}.get(d.weekday(), 0))
        if h.weekday is not None:  # the last such weekday on or before that day
            d -= timedelta(days=(d.weekday() - h.weekday) % 7 - h.offset)
    elif h.rule == "nth":
        assert h.weekday is not None
        nth = _nth_weekday(year, h.month, h.weekday, h.nth)
        if nth is None:
            return None
        d = nth + timedelta(days=h.offset)
    else:
        method = _easter.EASTER_ORTHODOX if h.orthodox else _easter.EASTER_WESTERN
        d = _easter.easter(year, method) + timedelta(days=h.offset)
    return d, d + timedelta(days=h.days - 1)


def _lunar_day(year: int, h: Holiday) -> date | None:
    """The day of ``h`` in Gregorian ``year`` by a Hindu rule (en6) or the Chinese lunar calendar."""
    if h.rule == "hindu":
        return _hindu.lunar_day(year, h.month, h.day, h.at)
    if h.rule == "sankranti":
        return _hindu.sankranti_day(year, h.month - 1)
    if h.rule == "nakshatra":
        return _hindu.nakshatra_day(year, h.month - 1, h.day)
    month, day = h.month, h.day
    from lunardate import LunarDate  # type: ignore[import-untyped]  # imported on first use only

    try:
        solar: date = LunarDate(year, month, day).to_solar_date()
    except ValueError:  # a year outside the library's table, or no such day
        return None
    return solar


def _lunisolar_occurrence(h: Holiday, year: int) -> Days | None:
    """The days of a Hebrew-calendar holiday or of the Lunar New Year that begin in ``year``."""
    if h.rule == "chinese":
        d = _lunisolar.chinese_new_year(year)
    else:
        d = _lunisolar.hebrew_to_gregorian(_lunisolar.hebrew_year_of(year, h.month), h.month, h.day)
        if d is not None:
            d += timedelta(days=dict(h.moves).get(d.weekday(), 0))
    if d is None:
        return None
    d += timedelta(days=h.offset)
    return d, d + timedelta(days=h.days - 1)


def _hijri_occurrence(h: Holiday, hyear: int) -> Days | None:
    if h.weekday is None:
        d = _hijri.to_gregorian(hyear, h.month, h.day)
        return None if d is None else (d, d + timedelta(days=h.days - 1))
    month = _hijri.month_days(hyear, h.month)
    if month is None:
        return None
    last = month[1] - timedelta(days=1)
    d = last - timedelta(days=(last.weekday() - h.weekday) % 7)
    return d, d


def around(h: Holiday, today: date) -> list[Days]:
    """The occurrences of ``h`` in the years around ``today`` (two either side), in order."""
    if h.rule == "hijri":
        now = _hijri.of(today)
        years = range(now[0] - 2, now[0] + 3) if now is not None else range(0)
    else:
        years = range(today.year - 2, today.year + 3)
    return [o for y in years if (o := occurrence(h, y)) is not None]


def _in_gregorian_year(h: Holiday, year: int) -> Days | None:
    """The occurrence of ``h`` that begins in Gregorian ``year`` (None: none). A Hijri year is 11 days
    shorter: about every 33 years a Gregorian year holds a Hijri feast twice (Eid al-Adha 1974: 3
    January and 24 December), and then the year's first is meant (en8); some years hold none."""
    if h.rule != "hijri":
        return occurrence(h, year)
    found = [o for hy in _hijri.years_in(year) if (o := occurrence(h, hy)) is not None and o[0].year == year]
    return min(found) if found else None


def pick(h: Holiday, today: date, prefer: Prefer, mod: int | None) -> Days | None:
    """The occurrence of ``h`` the words mean: ``mod`` -1 strictly before today, +1 strictly after,
    0 this year's (a Hijri holiday: this Hijri year's), None by ``prefer`` as every time of the
    year is placed (:func:`~liveblog.resolve._partial.yearly_prefer`: leaning past, the nearest;
    one under way counts)."""
    if mod == 0:
        if h.rule == "hijri":
            now = _hijri.of(today)
            return occurrence(h, now[0]) if now is not None else None
        return occurrence(h, today.year)
    prefer = yearly_prefer(prefer)  # a holiday is a time of the year: the one year policy (nearest)
    cands = around(h, today)
    past = [o for o in cands if o[0] <= today]
    future = [o for o in cands if o[1] >= today]
    if mod is not None and mod < 0:  # -2: «عيد الفطر قبل الماضي», the one before the last
        done = [o for o in cands if o[1] < today]
        return done[mod] if len(done) >= -mod else None
    if mod is not None and mod > 0:
        coming = [o for o in cands if o[0] > today]
        return coming[mod - 1] if len(coming) >= mod else None
    if prefer == "future":
        return future[0] if future else None
    if prefer == "nearest" and past and future:
        back, fwd = (today - past[-1][1]).days, (future[0][0] - today).days
        return future[0] if fwd < back else past[-1]
    return past[-1] if past else (future[0] if prefer == "nearest" and future else None)


def days_match(i: int, end: int, days: Days, rule: str, zone: tzinfo) -> Match:
    """A match for ``days``: one day, or the range of its days."""
    first, last = days
    one = _when.day(first, zone)
    if first == last:
        return Match(i, end, one, rule, Partial(first.year, first.month, first.day))
    other = _when.day(last, zone)
    when = When(one.start, other.end, Grain.DAY, f"{one.timex}/{other.timex}", False, None, WhenKind.RANGE)
    value = Range(Partial(first.year, first.month, first.day), Partial(last.year, last.month, last.day))
    return Match(i, end, when, rule, value)


def _year_after(r: Rules, k: int) -> tuple[int, int] | None:
    """(year, end) for a year written after a holiday or a season: "2013", "in 2013", «عام 2019»,
    "of next year", «من العام الماضي»."""
    t = r.t
    for j in (k, k + 1):
        if j > k and t.hit(k, "yearcue", "join", "of") is None:
            break
        y = t.num(j, 1000, 2999, digits=4)
        if y is not None:
            return y, j + 1
    joiner = t.hit(k, "join", "of", "yearcue")
    for j in (k, joiner.end) if joiner is not None else (k,):
        m = r.at(j)
        if m is not None and m.when.grain is Grain.YEAR and not m.when.is_range:
            return m.when.start.year, m.end
    for j in (k, joiner.end) if joiner is not None else (k,):
        said = r.year_in_words(j)  # "Easter two thousand ten": a year in words, not a round count
        if said is not None and said[0] % 1000:
            return said  # tb8: also after "of" ("the winter of nineteen ninety-four")
    return None


def _mod_before(t: Tokens, i: int) -> tuple[int | None, int]:
    pre = t.hit(i, "mod", "this")
    if pre is not None and pre.lex.before:
        return (pre.value if pre.lex.kind == "mod" else 0), pre.end
    return None, i


def _mod_after(t: Tokens, k: int) -> Hit | None:
    post = t.hit(k, "mod")
    return post if post is not None and post.lex.after else None


def _is_compound(r: Rules, k: int) -> bool:
    """Whether the word at ``k`` makes the name a modifier of a noun ("Christmas tree", "Easter
    Island", "Easter Smith"): a word the tables do not know, capitalised or longer than three letters."""
    t = r.t
    if k >= len(t) or t.number[k] is not None or not t.norm[k].isalpha() or t.hits(k):
        return False
    return r.upper(k) or len(t.norm[k]) > 3


def _names_a_day(t: Tokens, j: int, name: Hit) -> bool:
    """Whether a holiday's name ends in the noun of a day ("Thanksgiving Day", "Christmas Day"; tb8):
    a word after it is no head it modifies as "Easter Island" is ("found Thanksgiving Day clinging
    to a tube"; "the Christmas Day service" is that day's too)."""
    last = t.hit(name.end - 1, "unit") if name.end - j > 1 else None
    return last is not None and last.end == name.end and last.value[0] == "day"


def _plain_weekday(r: Rules, j: int, name: Hit) -> bool:
    """Whether a name with a weekday in it is an adjective and a day where names are capitalised:
    "a good Friday for the markets", "a black Monday" (the day capitalised, the word before it not).
    Written all in lower case ("palm sunday", "whit monday") the text capitalises neither, so the
    case says nothing and the name is read."""
    t = r.t
    if not name.lex.syntax.capitalised or r.upper(j):
        return False
    return any(t.hit(k, "weekday") is not None and r.upper(k) for k in range(j, name.end))


def holiday(c: Composer, i: int) -> Match | None:
    """ "Christmas", "last Easter", "thanksgiving 2013", «عيد الفطر المقبل», «عيد الأضحى 2013»."""
    return holiday_at(c.r, i)


def year_said_before(t: Tokens, i: int, this_year: int) -> tuple[int, int] | None:
    """(year, where what it holds begins) for a year said before a holiday or a part of it: in
    digits, with its counter (2018年圣诞节) or not ("the 2018 Christmas"), or a year's word (h11: 去年春节,
    明年春节, 작년 4분기, 今年一季度; a joining particle after it too: 昨年の第4四半期, 올해의)."""
    y = t.num(i, 1000, 2999, digits=4)
    if y is not None:
        counter = t.hit(i + 1, "counter")
        return y, counter.end if counter is not None and counter.value == "year" else i + 1
    word = t.hit(i, "periodword")
    if word is None or word.value[0] != "year":
        return None
    join = t.hit(word.end, "join")
    return this_year + word.value[1], join.end if join is not None else word.end


def holiday_at(r: Rules, i: int) -> Match | None:
    """:func:`holiday` for the atom rules (a one-day holiday is a day a part or a clock may name)."""
    t, ctx = r.t, r.ctx
    before = year_said_before(t, i, ctx.today.year)
    if before is not None:  # "2018 Ramazan Bayramı", "the 2018 Christmas": the year before the name
        said_year, k = before
        name = t.hit(k, "holiday")
        if name is None or name.lex.bound:
            return None
        days = _in_gregorian_year(HOLIDAYS[name.value], said_year)
        return None if days is None else days_match(i, name.end, days, f"{name.lex.lang}-holiday", ctx.zone)
    mod, j = _mod_before(t, i)
    name = t.hit(j, "holiday")
    if name is None:
        return None
    h = HOLIDAYS[name.value]
    k = name.end
    if name.lex.syntax.compound_before_head and _is_compound(r, k) and not _names_a_day(t, j, name):
        return None
    counted = t.hit(k, "ordinal")
    if (counted is not None and counted.value) or (
        t.hit(k, "numprefix") is not None and t.num(k + 1) is not None
    ):
        return None  # «عيد الميلاد الخمسين», «عيد ميلاده الـ80»: a birthday or an anniversary counted
    rule = f"{name.lex.lang}-holiday"
    unit = t.hit(k, "unit")
    if unit is not None and unit.value[0] == "week":  # "Easter week (2023)": the week that holds it
        year = _year_after(r, unit.end) if mod is None else None
        days = _in_gregorian_year(h, year[0]) if year is not None else pick(h, ctx.today, ctx.prefer, mod)
        end = year[1] if year is not None else unit.end
        return None if days is None else Match(i, end, _when.week(days[0], ctx.zone), rule)
    year = _year_after(r, k) if mod is None else None
    if year is not None:
        days = _in_gregorian_year(h, year[0])
        return None if days is None else days_match(i, year[1], days, rule, ctx.zone)
    away = r.at(k) if mod is None and k < len(t) else None
    if away is not None and away.amount is not None and away.when.grain is Grain.MONTH:
        # "Thanksgiving three months ago": the holiday in the month the amount lands in (enint)
        month = away.when.start.astimezone(ctx.zone).date()
        days = _in_gregorian_year(h, month.year)
        if days is None or (days[0].year, days[0].month) != (month.year, month.month):
            return None
        return days_match(i, away.end, days, rule, ctx.zone)
    post = _mod_after(t, k) if mod is None else None
    if post is not None:
        mod, k = post.value, post.end
    if mod is None and (name.lex.bound or _plain_weekday(r, j, name)):
        return None  # "lent him money", "election day" of any country: a year or a modifier says it
    days = pick(h, ctx.today, ctx.prefer, mod)
    return None if days is None else days_match(i, k, days, rule, ctx.zone)


# -- seasons ---------------------------------------------------------------------------------

_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_ORDER = tuple(_SEASON_START)
_SEASON_TIMEX = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def _season_of(d: date) -> tuple[str, int]:
    """The season holding ``d`` and the year it is labelled with (winter: its December's)."""
    m = d.month
    if m in (1, 2):
        return "winter", d.year - 1
    return {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[m - (m % 3)], d.year


def _season_when(name: str, year: int, zone: tzinfo) -> When:
    first = _when.month(year, _SEASON_START[name], zone)
    y2, m2 = _when.shift_month(year, _SEASON_START[name], 2)
    last = _when.month(y2, m2, zone)
    return When(first.start, last.end, Grain.MONTH, f"{year}-{_SEASON_TIMEX[name]}")


def _shift_season(name: str, year: int, by: int) -> tuple[str, int]:
    y, m = _when.shift_month(year, _SEASON_START[name], 3 * by)
    return _season_of(date(y, m, 1))


def lunar_date(c: Composer, i: int) -> Match | None:
    """A day of the Chinese lunar calendar (h11): 正月十五, 腊月二十三, 农历八月十五, 农历正月初八. The month
    is a ``lunarmonth`` word (正月, 腊月) or, after a ``lunarcue`` (农历), a number and its month
    counter; the day a ``lunarday`` word (初一 … 初十) or a number of 11-30 in words. The year is the
    one ``prefer`` picks, as for a lunar holiday (:func:`pick`)."""
    from liveblog.resolve._rules_counted import spelled_number  # the counted rules import this module

    t = c.t
    before = year_said_before(t, i, c.r.ctx.today.year)  # 明年正月十五, 2014年正月十五: that lunar year
    j = before[1] if before is not None else i
    cue = t.hit(j, "lunarcue")
    j = cue.end if cue is not None else j
    named = t.hit(j, "lunarmonth")
    month: int | None = named.value if named is not None else None
    k = named.end if named is not None else j
    if named is None and cue is not None:  # 农历八月: a number and the month's counter
        said = spelled_number(t, j)
        n, end = said if said is not None else (t.num(j, 1, 12), j + 1)
        counter = t.hit(end, "counter") if n is not None else None
        if counter is not None and counter.value == "month" and n is not None and 1 <= n <= 12:
            month, k = n, counter.end
    if month is None:
        return None
    day_word = t.hit(k, "lunarday")
    day: int | None = day_word.value if day_word is not None else None
    end = day_word.end if day_word is not None else k
    if day is None:
        said = spelled_number(t, k)
        digits = t.num(k, 1, 30)
        if said is None and digits is not None and cue is not None and t.hit(k + 1, "counter") is not None:
            said = digits, k + 1  # 农历12月23日
        if said is None or not (11 <= said[0] <= 30 or (digits is not None and said[0] == digits)):
            return None
        day, end = said
    counter = t.hit(end, "counter")
    if counter is not None and counter.value == "day":
        end = counter.end  # 八月十五日
    h = Holiday("lunar", month, day)
    if before is not None:
        dated = occurrence(h, before[0])
        return None if dated is None else days_match(i, end, dated, "lunar-date", c.r.ctx.zone)
    days = pick(h, c.r.ctx.today, c.r.ctx.prefer, None)
    return None if days is None else days_match(i, end, days, "lunar-date", c.r.ctx.zone)


def season(c: Composer, i: int) -> Match | None:
    """ "last summer", "this winter", "next season", "summer 2013", «صيف العام الماضي», «الشتاء المقبل»."""
    t, ctx = c.t, c.r.ctx
    said_year = t.num(i, 1000, 2999, digits=4)
    if said_year is not None:  # h11: "2013 nyarán", "2014 yazında": the year before the season
        word = t.hit(i + 1, "season")
        if word is None or word.lex.bound:
            return None
        return Match(i, word.end, _season_when(word.value, said_year, ctx.zone), f"{word.lex.lang}-season")
    mod, j = _mod_before(t, i)
    word = t.hit(j, "season")
    if word is None:
        return None
    k = word.end
    rule = f"{word.lex.lang}-season"
    now_name, now_year = _season_of(ctx.today)
    name: str = word.value
    year = _year_after(c.r, k) if mod is None else None
    if year is not None:
        return Match(i, year[1], _season_when(name, year[0], ctx.zone), rule)
    post = _mod_after(t, k) if mod is None else None
    if post is not None:
        mod, k = post.value, post.end
    steps = (_ORDER.index(name) - _ORDER.index(now_name)) % 4  # seasons ahead to the next such one
    if mod is None:
        if not _after_article(c, i, word) or t.hit(k, "of") is not None or _is_compound(c.r, k):
            return None  # "summer" alone, «الربيع العربي», "the summer of love", "the Summer Olympics"
        name, y = _shift_season(now_name, now_year, _unsaid_steps(steps, yearly_prefer(ctx.prefer)))
        return Match(i, k, _season_when(name, y, ctx.zone), rule)
    if mod == 0:
        pick_steps = steps if steps <= 4 - steps else steps - 4  # the nearer, ties to the coming one
    elif mod < 0:  # -2: «الصيف قبل الماضي», a year before the last one
        pick_steps = (steps or 4) - 4 * -mod
    else:
        pick_steps = (steps or 4) + 4 * (mod - 1)
    name, y = _shift_season(now_name, now_year, pick_steps)
    return Match(i, k, _season_when(name, y, ctx.zone), rule)


def _after_article(c: Composer, i: int, word: Hit) -> bool:
    """Whether a season word stands right after the article ("the summer", "over the winter"; tb8),
    which makes it a time; a bound one ("fall") never: "the fall of Kabul", "the fall in prices"."""
    if word.lex.bound or i == 0:
        return False
    return any(h.lex.kind == "the" and h.end == i for h in c.t.hits(i - 1))


def _unsaid_steps(steps: int, lean: Prefer) -> int:
    """Seasons from the current one to "the summer" said without "last", "next" or a year, the next
    such one being ``steps`` ahead: placed as a time of the year (nearest, ties to the past; leaning
    past or future, the latest begun or the next begun)."""
    if lean == "past":
        return steps - 4 if steps else 0
    if lean == "future":
        return steps
    return steps if steps < 4 - steps else steps - 4


# -- decades and centuries ---------------------------------------------------------------------


def _years(first: int, count: int, timex: str, zone: tzinfo, *, approximate: bool = False) -> When:
    a = _when.year(first, zone)
    b = _when.year(first + count - 1, zone)
    return When(a.start, b.end, Grain.YEAR, timex, approximate)


_DECADE_EDGE = {"start": (0, 4), "mid": (4, 3), "end": (7, 3), "midpoint": (4, 3)}


def decade(c: Composer, i: int) -> Match | None:
    """ "the 1990s", "the '90s", "mid-1990s", "the nineties", «التسعينيات», «تسعينيات القرن الماضي»."""
    t, ctx = c.t, c.r.ctx
    j = i
    edge = t.hit(j, "periodedge")
    if edge is not None:
        j = edge.end
        if t.is_(j, "-"):
            j += 1
    if t.hit(j, "the") is not None:
        j = t.hit(j, "the").end  # type: ignore[union-attr]
    if t.is_(j, "'", "’"):
        j += 1
    first: int | None = None
    n = t.num(j)
    lang = "num"
    if n is not None and t.is_(j + 1, "s") and t.adjacent(j + 1) and n % 10 == 0:
        if len(t.norm[j]) == 4 and 1000 <= n <= 2990:
            first = n
        elif len(t.norm[j]) == 2 and j > 0 and (t.is_(j - 1, "'", "’") or t.hit(j - 1, "the")):
            first = _latest_decade(n, ctx.today.year)  # "the 80s", "'80s"; "in his 30s" is an age
        end = j + 2
    elif (said := _decade_said(t, j, ctx.today.year)) is not None:
        first, end, lang = said  # lead10: "años 90", "les années 1990", "1990er Jahre", "1990-е"
    else:
        word = t.hit(j, "decade")
        if word is None:
            return None
        end, lang = word.end, word.lex.lang
        first = _latest_decade(word.value, ctx.today.year)
        cent = _century_after(c, end)
        if cent is not None:
            first, end = cent[0] + word.value, cent[1]
    if first is None:
        return None
    rule = f"{lang}-decade"
    if edge is None:
        return Match(i, end, _years(first, 10, f"{first // 10:03d}X", ctx.zone), rule)
    off, count = _DECADE_EDGE[edge.value]
    a, b = _when.year(first + off, ctx.zone), _when.year(first + off + count - 1, ctx.zone)
    timex = f"{a.timex}/{b.timex}"
    when = When(a.start, b.end, Grain.YEAR, timex, True, None, WhenKind.RANGE)
    return Match(i, end, when, f"edge-{edge.value}+{rule}")


def _decade_said(t: Tokens, j: int, year: int) -> tuple[int, int, str] | None:
    """(first year, end, language) of a decade said with its number and a noun of the tables before
    or after it (lead10): "años 90", "les années 1990", "anni '90", "década de 1990", "jaren '90",
    "1990er Jahre", "1990-е годы"; two digits name the latest such decade begun."""
    head = t.hit(j, "decadehead")
    k = head.end if head is not None else j
    if head is not None and t.is_(k, "'", "’"):
        k += 1
    n = t.num(k)
    if n is None or n % 10:
        return None
    digits = len(t.norm[k])
    first = n if digits == 4 and 1000 <= n <= 2990 else _latest_decade(n, year) if digits == 2 else None
    if first is None:
        return None
    if head is not None:
        return first, k + 1, head.lex.lang
    suffix = t.hit(k + 1, "decadesuffix")
    if suffix is None or not t.adjacent(k + 1):
        return None
    return first, suffix.end, suffix.lex.lang


def _latest_decade(tens: int, year: int) -> int:
    """The latest decade ending in ``tens`` that has begun by ``year`` (90 in 2013: 1990)."""
    first = year - year % 100 + tens
    return first if first <= year else first - 100


def _century_after(c: Composer, k: int) -> tuple[int, int] | None:
    """(first year, end) of a century named after a decade word («تسعينيات القرن الماضي»)."""
    j = k
    joiner = c.t.hit(k, "join", "of")
    if joiner is not None:
        j = joiner.end
    m = century(c, j)
    if m is None or m.when.is_range:
        return None
    return m.when.start.year, m.end


_CENTURY_EDGE = {
    "start": (0, 40),
    "mid": (40, 30),
    "end": (70, 30),
    "midpoint": (40, 30),
}  # the decades' shares, x10


def century(c: Composer, i: int) -> Match | None:
    """ "the 20th century", "last century", «القرن العشرين», «القرن الحادي والعشرين», «القرن الماضي»;
    a part of one (ar6): «أواخر القرن التاسع عشر», "the early 20th century", as decades have them."""
    t, ctx = c.t, c.r.ctx
    edge = t.hit(i, "periodedge")
    if edge is not None:
        j = edge.end + 1 if t.is_(edge.end, "-") else edge.end
        j = t.hit(j, "of").end if t.hit(j, "of") is not None else j  # type: ignore[union-attr]  # "finales del"
        j = t.hit(j, "the").end if t.hit(j, "the") is not None else j  # type: ignore[union-attr]
        whole = century(c, j) if j < len(t) and t.hit(j, "periodedge") is None else None
        if whole is None or whole.when.is_range:
            return None
        off, count = _CENTURY_EDGE[edge.value]
        first = whole.when.start.astimezone(ctx.zone).year + off
        a, b = _when.year(first, ctx.zone), _when.year(first + count - 1, ctx.zone)
        when = When(a.start, b.end, Grain.YEAR, f"{a.timex}/{b.timex}", True, None, WhenKind.RANGE)
        return Match(i, whole.end, when, f"edge-{edge.value}+{whole.rule}")
    window = t.hit(i + 1 if t.hit(i, "the") else i, "century")
    if window is not None and window.value == "window":
        return None  # "the past century": a window of a hundred years
    j = i
    mod, j = _mod_before(t, j)
    nth: int | None = None
    if mod is None:
        n = t.num(j, 1, 30)
        if n is not None and t.end[j] - t.start[j] > len(t.norm[j]) and t.hit(j + 1, "century"):
            nth, j = n, j + 1  # "20th" (the ordinal suffix is part of the token)
        elif n is not None and t.is_(j + 1, ".") and t.adjacent(j + 1) and t.hit(j + 2, "century"):
            nth, j = n, j + 2  # lead10: "im 20. Jahrhundert" (a German ordinal)
        elif n is not None and t.after_number(j) > j + 1 and t.hit(t.after_number(j), "century"):
            nth, j = n, t.after_number(j)  # lead10: "de 20e eeuw", "le 20e siècle" (a suffix glued on)
        elif (o := t.hit(j, "ordinal")) is not None and o.value and t.hit(o.end, "century"):
            nth, j = o.value, o.end
        elif (r := _roman(c, j)) is not None and t.hit(j + 1, "century"):
            nth, j = r, j + 1  # lead10: "au XXe siècle"
    word = t.hit(j, "century")
    if word is None:
        return None
    k = word.end
    if nth is None and mod is None:
        o = t.hit(k, "ordinal")
        if o is not None and o.value:
            nth, k = o.value, o.end  # «القرن العشرين»
        elif (r := _roman(c, k)) is not None:
            nth, k = r, k + 1  # lead10: "el siglo XX", "nel XX secolo" read from its word
        else:
            post = _mod_after(t, k)
            if post is None:
                return None
            mod, k = post.value, post.end
    if nth is None:
        assert mod is not None
        nth = ctx.today.year // 100 + 1 + mod
    first = (nth - 1) * 100
    if not 1 <= nth <= 30:
        return None
    return Match(i, k, _years(first, 100, f"{first // 100:02d}XX", ctx.zone), f"{word.lex.lang}-century")


def _roman(c: Composer, k: int) -> int | None:
    """A century's number in Roman numerals at token ``k`` (lead10: a ``roman`` row, "XX", "XXIe"),
    written with a capital, or None."""
    r = c.t.hit(k, "roman")
    return r.value if r is not None and c.r.upper(k) else None


def edge_abbreviation(c: Composer, i: int) -> Match | None:
    """ "EOM", "EOY", "year-end": a part of the current month or year, as "the end of the month" reads it."""
    t = c.t
    word = t.hit(i, "edgeperiod")
    if word is None:
        return None
    edge, unit, *how = word.value
    if word.lex.syntax.capitalised and how != ["word"] and not c.r.upper(i):
        return None  # an abbreviation, read in capitals; "year-end" is a word, read in any case
    from liveblog.resolve._compose import edge_of_unit  # _compose lists this production

    ref, end = c.r.ctx.ref, word.end
    year = t.num(end, 1000, 2999, 4) if unit == "year" else None
    if year is not None:  # "year-end 2023": that year's end (from its middle, so all of the end)
        ref, end = ref.replace(year=year, month=7, day=1), end + 1
    when = edge_of_unit(edge, unit, ref)
    return None if when is None else Match(i, end, when, f"{word.lex.lang}-edge-{unit}")
