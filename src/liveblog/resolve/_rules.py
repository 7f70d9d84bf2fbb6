"""The resolver's rules: at a token, the longest date expression that starts there.

Each rule reads tokens through :class:`liveblog.resolve._grammar.Tokens` and answers a
:class:`Match` (token range, :class:`~liveblog.model.When`, rule name) or None.
docs/resolution.md is the specification; the comments here say how, not what.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from liveblog.lang import Kind, TokenKind
from liveblog.lang.parts import PARTS
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _when
from liveblog.resolve._grammar import Calendar, Hit, Match
from liveblog.resolve._partial import Partial, realize
from liveblog.resolve._rules_amount import memo
from liveblog.resolve._rules_clock import CLOCK_FIRST, Clock
from liveblog.resolve._rules_counted import counted
from liveblog.resolve._rules_hijri import HijriRules
from liveblog.resolve._rules_holiday import holiday_at

__all__ = ["Day", "Rules"]

# The kinds of word each rule can start with (see Tokens.kinds): a cheap filter before trying it.
# lead10: the kinds of word before a year that make a round hundred before a year's noun a year
_YEAR_LEADS: tuple[Kind, ...] = ("yearcue", "yearbefore", "monthcue", "clockcue", "join", "dayprefix", "in")
_NOON = 12 * 60  # minutes: a part that starts before it is a morning one (lead10)
_NUMBER = frozenset({"number"})
_NUMERIC_DATE = frozenset({"number", "weekday"})
_DATE = frozenset(
    {"number", "weekday", "monthprefix", "monthnumber", "mod", "this", "ordinal", "month", "num"}
)
_CLOCK = CLOCK_FIRST
_PART = frozenset({"edge", "partday", "part", "this"})
_WEEKDAY_PART = frozenset({"weekdaypart", "edge"})
_DAY = frozenset({"dayprefix", "dayword", "weekday", "mod", "this"})
_PERIOD = frozenset({"mod", "this", "period", "periodword"})
_AGO = frozenset({"ago", "in", "within", "hedge", "number", "num", "frac", "unit"})
_YEAR = frozenset({"number", "yearcue", "edgecue"})
# A year cued by a word other than a year noun ("in 1851", "by 2040", "his 1996 campaign").
_CUED_YEARS = (1800, 2100)
_HIJRI_YEARS = (1343, 1500)  # «عام 1446» is a Hijri year (read with its era by the Hijri rules)
_HIJRI = frozenset(
    {"number", "weekday", "dayprefix", "hmonth", "hfirst", "ordinal", "monthprefix", "mod", "this"}
)


def _night_name(name: str, paired: bool, joiner: Hit | None) -> str:
    """The part a night word names beside its day: "into" a day alone, that day's small hours
    ("overnight into Friday"); an evening word that runs into the next day, the night (lead10: "la
    noche del domingo al lunes")."""
    if name == "evening" and paired:
        return "night"
    if name == "night" and joiner is not None and joiner.value == "into":
        return "early_hours"
    return name


@attrs.frozen
class Day:
    """A day named by words: which date, where the words end, what named it."""

    d: date
    end: int
    kind: str  # weekday | day | date
    rule: str
    weekday: int | None = None  # a weekday said with no modifier: ``d`` is only ``prefer``'s pick


# lead9: parts whose small hours fall on the next date (not a day "of" which another part is said)
_NIGHT_PARTS = frozenset(name for name, part in PARTS.items() if part.timex == "NI")


class Rules(HijriRules):
    """All rules over one token list."""

    def at(self, i: int, kinds: frozenset[TokenKind] | None = None, lone: bool | None = None) -> Match | None:
        """The longest match starting at token ``i`` (earlier rules win ties). ``kinds`` and ``lone``
        are the token's kinds and :meth:`lone`, when the caller has them at hand (comp11:
        :meth:`~liveblog.resolve._compose.Composer.best` asks for both anyway)."""
        best: Match | None = None
        two_calendars = self.has_hijri or self.has_era
        if kinds is None:
            kinds = self.t.kinds(i)
        if lone is None:
            lone = self.lone(i)
        for rule, calendar in _rules_for(kinds, two_calendars, lone):
            try:
                m = rule(self, i)
            except (OverflowError, ValueError):
                # A day the calendar cannot hold ("30 February", a year past 9999, "a million days
                # ago" near either end of the supported years) is no date: the one place that says so.
                m = None
            if m is not None and (best is None or m.end > best.end):
                best = attrs.evolve(m, calendar=calendar) if two_calendars and calendar is not None else m
        if best is None or not two_calendars:
            return best
        return self.dual(best)

    # -- days -------------------------------------------------------------------------------

    def weekday_word(self, j: int, *, bound_ok: bool) -> tuple[int, int | None, int, str, bool] | None:
        """(weekday, modifier, end, lang, whether the language's news means tomorrow by the weekday of
        tomorrow: ``Syntax.weekday_tomorrow``) for "last Friday", «الجمعة الماضية», "Friday"."""
        t = self.t
        mod: int | None = None
        pre = t.hit(j, "mod", "this")
        if pre is not None and pre.lex.before:
            mod = pre.value if pre.lex.kind == "mod" else 0  # "this Friday": the nearer one
            j = pre.end
        w = t.hit(j, "weekday", bound=bound_ok or pre is not None)
        if w is None or (w.lex.bound and w.strip):
            return None  # «يوم واحد» is one day, not «يوم أحد»
        if mod == 0 and pre is not None and pre.lex.syntax.this_weekday_ahead:
            mod = 0 if self.ctx.today.weekday() == w.value else 1  # ar9: «هذا الاثنين», the one to come
        end = w.end
        post = t.hit(end, "mod", "this")  # h11: "this" after it too, «ביום רביעי הזה» (the nearer one)
        if post is not None and post.lex.after and mod is None:
            mod, end = post.value if post.lex.kind == "mod" else 0, post.end
        return w.value, mod, end, w.lex.lang, w.lex.syntax.weekday_tomorrow

    def dayspec(self, i: int, *, dates: bool = True) -> Day | None:
        """A day: «يوم الجمعة»، «أمس»، «اليوم الجمعة»، "on Friday", "last Tuesday", «27 نوفمبر»."""
        return self._dayspec_or_date(i) if dates else self._dayspec_words(i)

    @memo
    def _dayspec_or_date(self, i: int) -> Day | None:
        return self._dayspec(i, dates=True)

    @memo
    def _dayspec_words(self, i: int) -> Day | None:
        return self._dayspec(i, dates=False)

    def _score_after(self, n: int, k: int) -> bool:
        """Whether the number at ``k`` (after a range word after day ``n``) makes a score: no larger
        day for a range to end on, and no clock."""
        other = self.t.num(k)
        return other is not None and not n < other <= 31 and self.clock(k) is None

    def _day_number(self, j: int, *, spelled: bool = False) -> Day | None:
        """A bare day number after a day prefix ("le 16", "el 20"), when nothing but a date word,
        punctuation or the end follows it ("le 16 a marqué" is a player): the month ``prefer`` picks.
        ``spelled``: the prefix is a day's noun, no article, and the number may be in words ("día
        nueve", "dia quinze"; "el nueve" is a shirt)."""
        t = self.t
        n = t.num(j, 1, 31)
        end = t.after_number(j)  # "le 1er"
        word = t.hit(j, "num") if n is None and spelled and j < len(t) and t.number[j] is None else None
        ordinal = t.hit(j, "ordinal") if n is None and j > 0 and t.hit(j - 1, "the") is not None else None
        if ordinal is not None and isinstance(ordinal.value, int) and 1 <= ordinal.value <= 31:
            n, end = ordinal.value, ordinal.end  # en8: "on the first", "on the fifteenth"
        elif (
            word is not None and not word.strip and 1 <= word.value <= 31 and len(t.norm[j]) >= 3
        ):  # not "on a 4%"
            n, end = word.value, word.end
        elif n is None or len(t.norm[j]) > 2 or t.digits_go_on(j):
            return None
        if not t.ends_here(end) or t.is_(end, "%", "‰"):
            return None  # lead10: "alcanzó el 3%", "le 3 %": a rate, not the 3rd
        if t.hit(end, "unit", "hourpost", "ampm", "minword", "century") is not None:
            return None  # «в 19 часов», "el 5 pm": an hour or an amount, not a day ("le 20e siècle")
        closer = t.hit(end, "range-to")
        if (
            closer is not None
            and t.hit(closer.end, "dayprefix") is None
            and self.written_date(closer.end) is not None
        ):
            return None  # "am 14. - 15. Oktober": the range's first day takes the month of its last
        if closer is not None and t.norm[end].isalpha() and self._score_after(n, closer.end):
            return None  # "il 2 a 0", "el 2 a 1": a score, not a day ("el 3-3" may be 3 March)
        if self.written_date(j) is not None or self.hijri_date(j) is not None:
            return None  # "on 7 October", «يوم 16 رمضان»: the written date
        if t.is_(end, "/") and self.numeric_date(j) is not None:
            return None  # h11: "ngày 5/3 sẽ …": the numeric date, not the 5th
        after = t.number[end] if end < len(t) else None
        if after is not None and (
            self.numeric_date(j) is not None
            or after > 12
            or (end + 1 < len(t) and t.number[end + 1] is not None)
        ):
            # "le 31 10": the day and month apart with a space (rom6); "appelez le 06 12 34 56 78":
            # a telephone number, a run of numbers (review6); "le 17 2" stays the 17th
            return None
        when = realize(Partial(day=n), self.ctx)
        if when is None:
            return None
        return Day(when.start.date(), end, "date", "day-number")

    def _either_way(self, j: int, dw: Hit) -> int:
        """The days day word ``dw`` (at token ``j``) counts from today. A word that has rows both
        ways (gaps9: Hindi «कल» is yesterday and tomorrow: CLDR has both rows) takes the
        side ``prefer`` leans to; in running text the tense of its clause then decides
        (:mod:`liveblog.resolve._context` reads it again preferring the future)."""
        n: int = dw.value
        if n == 0 or self.ctx.prefer == "nearest":
            return n
        if not any(h.lex.kind == "dayword" and h.end == dw.end and h.value == -n for h in self.t.hits(j)):
            return n
        return abs(n) if self.ctx.prefer == "future" else -abs(n)

    def _dayspec(self, i: int, *, dates: bool) -> Day | None:
        t = self.t
        j = i
        pre = t.hit(j, "dayprefix")
        if pre is not None:
            j = pre.end
        dw = t.hit(j, "dayword", bound=pre is not None)
        if (
            dw is None
            and (alone := t.hit(j, "dayword")) is not None
            and (self._own_line(i, alone.end) or t.hit(alone.end, "part", "hourcue") is not None)
        ):
            dw = alone  # «بكرة» on a line of its own, or with a part of it or a clock: «بكرة الصبح»
        if dw is not None:
            k = dw.end
            if t.hit(k, "ordinal") is not None or (
                t.hit(k, "numprefix") is not None and t.num(k + 1) is not None
            ):
                return None  # «اليوم الثالث»، «اليوم الـ420»، «اليوم الوطني»: not today
            mod = t.hit(k, "mod") if dw.value == 0 else None
            if mod is not None and mod.lex.after and mod.value:  # «اليوم الماضي»: the day gone
                return Day(self.ctx.today + timedelta(days=mod.value), mod.end, "day", f"{dw.lex.lang}-day")
            wd = self.weekday_word(k, bound_ok=True)
            if wd is not None and dw.value == 0:
                return Day(
                    self.ctx.weekday(wd[0], wd[1], tomorrow=wd[4]), wd[2], "weekday", f"{wd[3]}-weekday"
                )
            if wd is not None:
                k = wd[2]  # «أمس الأربعاء»: the day word decides, the weekday only names it
            return Day(
                self.ctx.today + timedelta(days=self._either_way(j, dw)), k, "day", f"{dw.lex.lang}-day"
            )
        wd = self.weekday_word(j, bound_ok=pre is not None or self._day_number_after(j))
        wd = wd or self._weekday_before_clock(j)
        if dates:
            m = self.written_date(j)  # «السبت 30 نوفمبر» is a date even though it starts with a weekday
            h = self.hijri_date(j)  # «مساء 27 رمضان»
            if h is not None and (m is None or h.end > m.end):
                m = h
            if m is None and self.t.hit(j, "holiday") is not None:
                m = holiday_at(self, j)  # «صباح عيد الفطر», "3pm on Christmas Day"
            day_long = m is not None and m.when.grain.value == "day" and not m.when.is_range
            if m is not None and day_long and (wd is None or m.end > wd[2]):
                return Day(m.when.start.date(), m.end, "date", m.rule)
        if wd is not None:
            free = wd[0] if wd[1] is None else None
            return Day(
                self.ctx.weekday(wd[0], wd[1], tomorrow=wd[4]), wd[2], "weekday", f"{wd[3]}-weekday", free
            )
        if pre is not None:
            # "día", «يوم»: a day's noun, not the article "el"; not after a number ("un dia nou": a new day)
            noun = t.hit(i, "the") is None and not (i > 0 and t.hit(i - 1, "num") is not None)
            return self._day_number(
                self._ordinal_after_the(j), spelled=noun
            )  # "le 16", «يوم 16», "on the 16th"
        return None

    def _weekday_before_clock(self, j: int) -> tuple[int, int | None, int, str, bool] | None:
        """A weekday abbreviation at ``j`` ("Sat", "Sun.", "Mon") that is a day because a clock told
        in full follows it ("Sat at 9am", "Sun 10am", "Mon. 15:30"), as a day number after it makes
        one (lead8): written with a capital or its full stop, not after an article ("The Sun at 10pm"
        is the newspaper), and the clock with its am/pm, zone or minutes. The weekday as
        :meth:`weekday_word` gives it, else None."""
        t = self.t
        if j > 0 and t.hit(j - 1, "the") is not None:
            return None
        wd = self.weekday_word(j, bound_ok=True)
        if wd is None:
            return None
        k = wd[2]
        dot = t.is_(k, ".")
        if not (dot or self.upper(j)):
            return None
        c = self.clock_after(k + 1 if dot else k)
        told = c is not None and (c.ampm is not None or c.zone is not None or c.minute != 0)
        return wd if told else None

    def _day_number_after(self, j: int) -> bool:
        """Whether a day number follows the word at ``j`` and ends the expression: it makes a weekday
        typed without its accents a day ("sabado 16", "Marti 19"), as a cue before it does (rom6)."""
        t = self.t
        k = j + 1
        n = t.num(k, 1, 31)
        if n is None or len(t.norm[k]) > 2 or t.digits_go_on(k) or t.hit(j, "weekday") is None:
            return False
        end = t.after_number(k)
        return t.ends_here(end) and t.hit(end, "unit", "hourpost", "ampm") is None

    def _ordinal_after_the(self, j: int) -> int:
        """Where the day number is after a day prefix: past an article before a day in digits with its
        ordinal ending ("on the 15th") or an ordinal word ("on the first", en8); ``j`` otherwise."""
        t = self.t
        art = t.hit(j, "the")
        k = art.end if art is not None else j
        if art is not None and k < len(t) and t.number[k] is None and t.hit(k, "ordinal") is not None:
            return k  # "on the first": read by _day_number as an ordinal after "the"
        if art is None or k >= len(t) or t.number[k] is None:
            return j
        return k if not t.text[t.start[k] : t.end[k]].isdigit() else j

    def the_day(self, i: int) -> Match | None:
        """ "the 1st", "the 15th." (en8): an article and a day in digits with its ordinal ending, at
        the end of the text, its line or a clause, no prefix before it: the month ``prefer`` picks.
        A word after it makes it something else's ("the 1st Battalion", "the 21st century")."""
        t = self.t
        art = t.hit(i, "the")
        if art is None or (i > 0 and t.hit(i - 1, "dayprefix") is not None):
            return None
        k = art.end
        n = t.num(k, 1, 31)
        if n is None or t.text[t.start[k] : t.end[k]].isdigit() or t.digits_go_on(k):
            return None
        end = k + 1
        if end < len(t) and (t.norm[end].isalnum() or t.norm[end] in "-/%$"):
            return None
        when = realize(Partial(day=n), self.ctx)
        return None if when is None else Match(i, end, when, "the-day-number", Partial(day=n))

    def day_rule(self, i: int) -> Match | None:
        """A day alone, or with a part after it ("Friday morning", «الخميس مساء») or a clock."""
        t = self.t
        day = self.dayspec(i, dates=False)
        if day is None:
            # lead10: a weekday whose name is also a word, then a part: the part is its cue, as a
            # day noun is ("pazar akşamı" Sunday evening, as "pazar günü"; "pazar" alone is a market)
            day = self._bound_weekday(i)
            if day is None or t.hit(day.end, "part") is None:
                return None
        p = t.hit(day.end, "part")
        if p is not None and self._marks_hour(day.end):
            p = None  # h11: "szerda délután 11" is 23:00 on Wednesday, the part the hour's half
        if p is not None and self.dayspec(p.end) is None:
            allowed = p.lex.syntax.parts_after_day
            ok = p.value in PARTS if allowed is None else p.lex.words[0] in allowed
            if ok:
                rule = day.rule.replace("-weekday", "-part-weekday").replace("-day", "-part-day")
                when = _when.part(day.d, p.value, self.ctx.zone)
                return Match(i, self._into_next_day(p, day), when, rule, by_weekday=day.kind == "weekday")
        clock = self.clock_after(day.end)
        if clock is not None:
            said = _said(clock, day.d, meridiem=clock.ampm is not None)
            if day.weekday is not None:
                said = attrs.evolve(said, year=None, month=None, day=None, weekday=day.weekday)
            clocked = self.clock_on(clock, day.d)
            return Match(i, clock.end, clocked, f"{day.rule}-clock", said, by_weekday=day.kind == "weekday")
        bare = Partial(weekday=day.weekday) if day.weekday is not None else None
        when = _when.day(day.d, self.ctx.zone)
        return Match(i, day.end, when, day.rule, bare, by_weekday=day.kind == "weekday")

    def _marks_hour(self, k: int) -> bool:
        """Whether the word at ``k`` is a part of the day said as the am/pm of a bare hour after it
        ("délután 11", "akşam 8'de", "este 8"): that hour's clock, not the part (h11)."""
        t = self.t
        ampm = t.hit(k, "ampm")
        return ampm is not None and ampm.lex.before and t.num(ampm.end, 1, 12) is not None

    def _into_next_day(self, p: Hit, day: Day) -> int:
        """Where a day's night said after it ends: past "into" the next day and that day's morning
        when they follow ("Sunday night into Monday (morning)": Sunday's night, one mention), as a
        night said first runs ("overnight Sunday into Monday", :meth:`_night`) (lead10)."""
        if _base(p.value) != "night":
            return p.end
        end = self._next_day(p.end, day)
        if end is None:
            return p.end
        after = self.t.hit(end, "part")
        return after.end if after is not None and PARTS[_base(after.value)].start < _NOON else end

    # -- parts of the day -------------------------------------------------------------------

    def part(self, i: int) -> Match | None:
        """«مساء الخميس»، «فجر الجمعة»، «بعد منتصف ليلة اليوم الجمعة»، "dawn on Friday", "early Friday"."""
        t = self.t
        ctx = self.ctx
        j = i
        edge = t.hit(j, "edge") if t.hit(j, "part") is None else None  # "late morning" is one part
        if edge is not None:
            j = edge.end
        pd = t.hit(j, "partday") or (self._this_partday(j) if edge is None else None)
        if pd is not None:
            name, off = pd.value
            lang = pd.lex.lang
            label = ctx.today + timedelta(days=off)
            return self._part_match(i, pd.end, label, _edged(name, edge), f"{lang}-part-day")
        p = t.hit(j, "part")
        if p is None:
            if edge is None or not edge.lex.syntax.edge_before_day:
                return None
            day = self.dayspec(j)  # "early Friday", "late on Thursday"
            if day is None:
                return None
            k, name = day.end, None
            after = t.hit(k, "part")
            if after is not None:
                k, name = after.end, after.value
            return Match(
                i,
                k,
                _when.part(day.d, _edged(name, edge), ctx.zone),
                _part_rule(edge.lex.lang, day),
                by_weekday=day.kind == "weekday",
            )
        k = p.end
        joiner = t.hit(k, "of", "partof")
        if joiner is not None:
            k = joiner.end
        day = self.dayspec(k) or (self._bound_weekday(k) if joiner is not None else None)
        if day is None and joiner is not None:
            day = self._date_after_of(k)  # en9: "the morning of the 15th (of February)"
        if (
            day is not None
            and joiner is None
            and _base(p.value) in PARTS
            and PARTS[_base(p.value)].needs_join
        ):
            return None  # en8: "over lunch Tuesday" is the meal, then the day
        if day is None:
            if p.lex.bound or (i > 0 and t.hit(i - 1, "namecue") is not None):
                return None  # «جريدة الصباح», «آل الصباح»: a name
            if (
                p.value == "midnight"
                and edge is None
                and (zoned := self._midnight_in_zone(p.end)) is not None
            ):
                return Match(i, zoned[1], zoned[0], f"{p.lex.lang}-part-zone")
            name = _edged(_base(p.value), edge)
            part = Partial(part=name, under_way=p.lex.syntax.half_under_way)
            return Match(i, p.end, self._bare_part(name), f"{p.lex.lang}-part", part)
        # «ليل», «ليلة»: a word that names a day's night, and where that night's evening lies.
        named_night = dict(p.lex.syntax.named_nights).get(p.lex.words[-1])
        d = day.d
        end, night = self._night(day, named_night)
        name = _night_name(_base(p.value), end != day.end, joiner)
        if named_night is not None and name in ("midnight", "after_midnight"):
            label = night + timedelta(days=1)  # the midnight of a night falls on the next date
        elif name == "night":
            label = night
        else:
            label = d
        after = t.hit(end, "part")
        if after is not None and after.lex.syntax.part_after_part:
            end = after.end  # "the early hours of Friday morning"
        rule = _part_rule(p.lex.lang, day)
        return self._part_match(i, end, label, _edged(name, edge), rule, by_weekday=day.kind == "weekday")

    def _midnight_in_zone(self, k: int) -> tuple[When, int] | None:
        """Midnight said with a zone after it («عند منتصف الليل بتوقيت غرينتش»): the instant 00:00 in
        that zone (the clock ``prefer`` picks), not the part around it in the reference's (lead10)."""
        found = self.zone_at(k)
        if found is None:
            return None
        zone, end = found
        clock = Clock(0, 0, None, zone, end, "midnight")
        return self.clock_alone(clock), end

    def _date_after_of(self, k: int) -> Day | None:
        """A whole day any date rule reads at ``k`` after a part and its "of" ("the morning of the
        15th of February", "the evening of the 3rd"), when the day-words reading finds none (en9)."""
        the = self.t.hit(k, "the")  # "the 15th of February": the date after the article
        found = [m for m in (self.at(k), self.at(the.end) if the is not None else None) if m is not None]
        # lead9: a part of a day names its day too ("the early hours of this morning"), not a night
        # (its small hours are the next date's)
        days = [
            m
            for m in found
            if m.when.kind is WhenKind.POINT
            and (
                m.when.grain is Grain.DAY
                or (
                    m.when.grain is Grain.PART_OF_DAY
                    and m.when.part not in _NIGHT_PARTS
                    and not isinstance(m.value, Partial)  # a part said with its day, not a bare one
                )
            )
        ]
        if not days:
            return None
        m = max(days, key=lambda m: m.end)
        return Day(m.when.start.astimezone(self.ctx.zone).date(), m.end, "date", m.rule)

    def _bound_weekday(self, k: int) -> Day | None:
        """A weekday whose name is also another word, after a part of the day and its "of" (cjk8):
        Greek "το απόγευμα της Τρίτης" (Tuesday afternoon; "της τρίτης" is also "of the third")."""
        wd = self.weekday_word(k, bound_ok=True)
        if wd is None:
            return None
        free = wd[0] if wd[1] is None else None
        return Day(self.ctx.weekday(wd[0], wd[1], tomorrow=wd[4]), wd[2], "weekday", f"{wd[3]}-weekday", free)

    def _night(self, day: Day, named_night: int | None) -> tuple[int, date]:
        """Where a part's day ends, and the date whose evening starts the night it names."""
        pairs = self._next_day(day.end, day)
        if pairs is not None:
            return pairs, day.d  # «ليل الخميس الجمعة»: the night from Thursday into Friday
        if named_night and day.kind != "day":
            return day.end, day.d + timedelta(days=named_night)  # ليلة الجمعة: the night before Friday
        return day.end, day.d

    def _this_partday(self, j: int) -> Hit | None:
        """A part and its day after «هذه»/"this" («هذه الليلة»), its end past both words."""
        this = self.t.hit(j, "this")
        pd = self.t.hit(this.end, "partday") if this is not None and this.lex.before else None
        return None if pd is None else attrs.evolve(pd, strip=0)

    def weekday_part(self, i: int) -> Match | None:
        """A weekday and its part in one word: "am Sonntagabend", "zondagavond"."""
        edge = self.t.hit(i, "edge")  # lead10: "am frühen Freitagmorgen", "am späten Donnerstagabend"
        wp = self.t.hit(edge.end if edge is not None else i, "weekdaypart")
        if wp is None:
            return None
        wd, name = wp.value
        name = _edged(name, edge) if edge is not None else name
        d, rule = self.ctx.weekday(wd), f"{wp.lex.lang}-part-weekday"
        if name == "night":  # lead10: "Sonntagnacht auf Montag": Sunday's night, one mention
            end = self._next_day(wp.end, Day(d, wp.end, "weekday", rule))
            if end is not None:
                return Match(i, end, _when.part(d, name, self.ctx.zone), rule, by_weekday=True)
        return self._part_match(i, wp.end, d, name, rule)

    def _bare_part(self, name: str) -> When:
        """A part said without a day ("at midnight", «مساءً»): the reference day's, or as ``prefer`` leans.

        Leaning to the past, a part that has not begun yet is the previous
        day's ("clashes in the evening" said at 10:00 is last evening); leaning
        to the future, one already over is the next day's ("the curfew will
        start at midnight" said at 21:00 is the coming midnight).
        """
        ctx = self.ctx
        when = _when.part(ctx.today, name, ctx.zone)
        if ctx.prefer == "past" and when.start > ctx.ref:
            return _when.part(ctx.today - timedelta(days=1), name, ctx.zone)
        if ctx.prefer == "future" and when.end <= ctx.ref:
            return _when.part(ctx.today + timedelta(days=1), name, ctx.zone)
        return when

    def _part_match(
        self, i: int, end: int, label: date, name: str, rule: str, *, by_weekday: bool = False
    ) -> Match:
        """A part of a day, or the clock time said after it ("tonight at 8 p.m.", «مساء الخميس الساعة 8»)
        (``by_weekday``: the day is a weekday's, built in, not evolved after: comp10)."""
        c = self.clock_after(end)
        if c is None:
            return Match(i, end, _when.part(label, name, self.ctx.zone), rule, by_weekday=by_weekday)
        if c.ampm is None:
            c = attrs.evolve(c, hour=_with_part(c.hour, name), twelve=False)
        day = label + timedelta(days=1) if name == "night" and c.hour < 12 else label
        said = _said(c, day, meridiem=True)
        return Match(i, c.end, self.clock_on(c, day), f"{rule}-clock", said, by_weekday=by_weekday)

    def _next_day(self, k: int, day: Day) -> int | None:
        """End of a second weekday naming the next day («الخميس الجمعة», «الخميس على الجمعة»):
        joined by nothing, a slash, a range's closing word or an "of" («على»)."""
        if day.kind != "weekday":
            return None
        t = self.t
        # lead9: a part's own joiner too ("overnight Thursday into Friday", "von Donnerstag auf Freitag")
        joiner = t.hit(k, "range-to", "of", "partof")
        j = joiner.end if joiner is not None else k + 1 if t.is_(k, "/") else k
        w = t.hit(j, "weekday")
        if w is None or w.value != (day.d.weekday() + 1) % 7:
            return None
        return w.end

    # -- relative periods -------------------------------------------------------------------

    def period(self, i: int) -> Match | None:
        """ "last week", «الأسبوع الماضي», «هذا العام», "next month"."""
        t = self.t
        j = i
        mod: int | None = None
        whole = t.hit(j, "periodword")  # "la semaine dernière", "на прошлой неделе": one phrase
        if whole is not None:
            per_name, shift = whole.value
            return self._period(i, whole.end, per_name, shift, whole.lex.lang)
        pre = t.hit(j, "mod", "this")
        if pre is not None and pre.lex.before:
            mod, j = (pre.value if pre.lex.kind == "mod" else 0), pre.end
        fiscal = t.hit(j, "fiscal") if pre is not None else None
        if fiscal is not None:
            j = fiscal.end  # "this fiscal year": a fiscal year is read as the calendar year
        per = t.hit(j, "period")
        if per is None:
            return None
        end = per.end
        if pre is not None and i > 0 and t.hit(i - 1, "the") is not None and self._of_thing(end):
            return None  # "the last month of the war", "the last quarter of the match": no last month
        if mod is None:
            post = t.hit(end, "mod", "this")  # «الأسبوع الماضي»; Vietnamese "quý này" (this quarter)
            if post is None or not post.lex.after:
                return None
            mod, end = (post.value if post.lex.kind == "mod" else 0), post.end
        return self._period(i, end, per.value, mod, per.lex.lang)

    def _of_thing(self, k: int) -> bool:
        """Whether "of" and a word that names no time follow ``k`` (past an article): "of the war",
        "of his presidency", not "of the year", "of 2023", "of March" (review6)."""
        t = self.t
        of = t.hit(k, "of")
        if of is None:
            return False
        j = the.end if (the := t.hit(of.end, "the")) is not None else of.end
        if j >= len(t) or not t.norm[j].isalnum() or t.number[j] is not None:
            return False
        return t.hit(j, "period", "month", "fiscal", "holiday", "season", "this", "mod", "num") is None

    def _period(self, i: int, end: int, period: str, mod: int, lang: str) -> Match:
        ctx, zone = self.ctx, self.ctx.zone
        if period == "week":
            return Match(i, end, _when.week(ctx.today + timedelta(days=7 * mod), zone), f"{lang}-week")
        if period == "month":
            y, m = _when.shift_month(ctx.today.year, ctx.today.month, mod)
            return Match(i, end, _when.month(y, m, zone), f"{lang}-month")
        if period == "quarter":
            y, m = _when.shift_month(ctx.today.year, ctx.today.month, 3 * mod)
            return Match(i, end, _when.quarter(y, (m - 1) // 3 + 1, 3, zone), f"{lang}-quarter")
        return Match(i, end, _when.year(ctx.today.year + mod, zone), f"{lang}-year")

    def year(self, i: int) -> Match | None:
        """A year with a cue: «عام 2020»، «في 2011»، "since 2011", "mid-2020", «2020م», "by 2040",
        "his 1996 campaign", «عام 1798», «من مواليد 1987».

        A year noun ("year", «عام») reads any year from 1000 (but the Hijri years 1343-1500,
        which the Hijri rules read with their era); other cues and the words of ``yearbefore``
        (left out of the span: "by", "the", "his", «حتى») a year 1900-2100. A number followed by
        a unit of counting ("for 2000 hours") or by a decimal part is no year; a bare number is
        none either, unless it is all the text (:func:`liveblog.resolve` of "1996").
        """
        t = self.t
        j = i
        cue = t.hit(j, "yearcue", "edgecue")
        if cue is not None and cue.lex.kind == "edgecue" and t.hit(j, "periodedge") is not None:
            return None  # "early 2024", «début 2024»: a part of the year, which the edge production reads
        alone = len(t) == 1
        noun = alone  # "1996" alone: what else could it be
        if cue is not None:
            noun = cue.value == "noun"
            j = cue.end
            again = t.hit(j, "yearcue")
            if again is not None and again.value == "noun":
                j, noun = again.end, True
            if t.is_(j, "-"):
                j += 1
            elif cue.value == "hyphen":
                return None  # "post-1959", not "the Post 1990 edition" (tb8)
        y = t.num(j, 1000 if noun else _CUED_YEARS[0], 2999 if noun else _CUED_YEARS[1], digits=4)
        early = t.num(j, 1, 999) if y is None and (noun or cue is not None) else None
        if early is not None and t.hit(j + 1, "yearsuffix") is not None:  # the era asked last (comp10)
            y = early  # «عام 622 م», «سنة 711م», "in 14 a.d.": an early year with its era said
        if y is None or (noun and _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]):
            return None
        end = j + 1
        if t.hit(end, "hyearsuffix") is not None:
            return None  # «عام 1300 هـ»: a Hijri year (the Hijri rules read those in their range)
        suffix = t.hit(end, "yearsuffix")
        if (
            suffix is not None
            and t.hit(end, "unit") is not None
            and y % 100 == 0
            and not self._cued_by_a_word(i)
        ):
            suffix = None  # "2000 წლის ისტორია": a round hundred before a noun that counts years too, no cue
        if (suffix is None and t.hit(end, "unit") is not None) or (
            t.is_(end, ".", ",")
            and end + 1 < len(t)
            and t.number[end + 1] is not None
            and t.adjacent(end + 1)
        ):
            return None  # "for 2000 hours", "1990.5": a quantity ("2020 году", «в 2020 году»: a year's noun)
        if suffix is not None and suffix.value == "bc":
            return None  # en8: "in 2014 BC": a year before year 1 is no date liveblog can give
        if suffix is not None:
            end = suffix.end
        elif (
            cue is None
            and not alone
            and not self._year_cued_before(i, end)
            and t.hit(end, "yearafter") is None
        ):
            return None  # a bare number is not a year ("1994 or later" is one, tb8)
        return Match(i, end, _when.year(y, self.ctx.zone), "year")

    def _cued_by_a_word(self, i: int) -> bool:
        """Whether a word of the tables that may lead a date stands right before token ``i`` (a
        preposition: «в 2000 году», "w 2000 roku"), lead10."""
        return i > 0 and self.t.hit(i - 1, *_YEAR_LEADS) is not None

    def _year_cued_before(self, i: int, end: int) -> bool:
        """Whether the bare year at ``[i, end)`` has its cue before it: a ``yearbefore`` word ("by",
        "his", "a"); a closed one ("of", "both": value ``closed``) only when the year ends its phrase
        (punctuation, the end, or a closing "and": "months of 2023.", "both 2021 and 2022", not "of
        2000 people"); or a year and a comma or "and" before it, ending its phrase too (a list of
        years: "in 2019, 2020 and 2022")."""
        t = self.t
        if i == 0:
            return False
        and_ = t.hit(end, "range-to") if end < len(t) else None
        closed = end >= len(t) or not t.norm[end].isalnum() or (and_ is not None and and_.value == "between")
        before = t.hit(i - 1, "yearbefore") or next(  # a phrase of two or three tokens: "'s", "d'ici"
            (h for h in t.ending_at(i, 3) if h.lex.kind == "yearbefore"), None
        )
        if before is not None and before.value == "closed" and i >= 3 and t.number[i - 3] is not None:
            unit = t.hit(i - 2, "unit")
            if unit is not None and unit.value[0] == "day":
                return False  # "the 366th day of 2023": the counted day's year (none here), not a year
        if before is not None and before.value == "possessive":
            # review6: after a possessive a round hundred is a count as often as a year ("the
            # country's 2000 soldiers", "the city's 1800 officers"): only a year not a round hundred
            said = t.number[i]
            return said is not None and said % 100 != 0
        if before is not None:
            return before.value != "closed" or closed
        joined = t.is_(i - 1, ",") or ((j := t.hit(i - 1, "range-to")) is not None and j.value == "between")
        return (
            closed
            and joined
            and i >= 2
            and t.num(i - 2, _CUED_YEARS[0], _CUED_YEARS[1], digits=4) is not None
        )

    # -- clocks on days ---------------------------------------------------------------------

    def clock_rule(self, i: int) -> Match | None:
        """A clock time, with its day when one follows ("3pm on Friday", «الثامنة من مساء الجمعة»).

        A hedge before it ("around 3pm", «حوالي الساعة الثامنة») makes it approximate.
        """
        t = self.t
        hedge = t.hit(i, "hedge")
        c = self.clock(hedge.end if hedge is not None else i)
        if c is None or (hedge is not None and (p := t.hit(i, "part")) is not None and p.end >= c.end):
            return None  # lead10: "just after midnight" is a part of the table, not a hedged clock
        m = self._clock_day(i, c)
        if hedge is None:
            return m
        value = m.value if not isinstance(m.value, Partial) else attrs.evolve(m.value, approximate=True)
        return attrs.evolve(m, when=attrs.evolve(m.when, approximate=True), value=value)

    def _clock_day(self, i: int, c: Clock) -> Match:
        t = self.t
        k = c.end
        # lead9: the same time in another zone in brackets ("04:00 local time (02:00 GMT) on Wednesday",
        # «الساعة 10 صباحا (7 ت.غ) يوم الخميس») is said again, not another time: the day after it is
        # the first clock's
        if t.is_(k, "(") and (alt := self.clock(k + 1)) is not None and t.is_(alt.end, ")"):
            k = alt.end + 1
        again = k  # the clock's words, with the same time said again in brackets after it
        joiner = t.hit(k, "join") if not t.is_(k, ",", "،") else None
        if joiner is not None or t.is_(k, ",", "،"):
            k = joiner.end if joiner is not None else k + 1  # "3pm on Friday", «الثالثة من يوم الجمعة»
        p = t.hit(k, "part")
        if p is not None:
            if c.ampm is None:
                c = attrs.evolve(c, hour=_with_part(c.hour, p.value), twelve=False)
            k = p.end
        day = self.dayspec(k)
        meridiem = c.ampm is not None or p is not None
        if day is not None:
            said_on = _said(c, day.d, meridiem=meridiem)
            if day.weekday is not None:  # lead9: as day_rule does, so a range's end after it follows it
                said_on = attrs.evolve(said_on, year=None, month=None, day=None, weekday=day.weekday)
            clocked = self.clock_on(c, day.d)
            return Match(i, day.end, clocked, f"{day.rule}-clock", said_on, by_weekday=day.kind == "weekday")
        alone = self.clock_alone(c, either_half=c.either_half and p is None)
        return Match(i, again, alone, "clock", _said(c, None, meridiem=meridiem))


# Every rule with the kinds of word it can start with, in the order that breaks ties, the calendar
# of the dates it reads as written (a Hijri date and its Gregorian twin are joined), and the kinds
# of word it can read alone, one token and nothing after it (comp10: the lone-token table; see
# Rules.lone). A rule missing from a start's lone kinds needs a second token ("the 1st", "2024-11",
# "3 days ago", "next week"); a rule that may be one word ("Friday", «مساء», "15" after a clock
# cue, a bare year after "in") keeps every kind it starts with (_ANY).
_ANY: frozenset[str] = frozenset({"*"})
_Rule = tuple[Callable[[Rules, int], Match | None], frozenset[str], Calendar | None, frozenset[str]]
_RULES: tuple[_Rule, ...] = (
    (Rules.iso, _NUMBER, "gregorian", frozenset()),  # a year, a dash, a month ...
    (Rules.numeric_date, _NUMERIC_DATE, "gregorian", frozenset()),  # day, a sign, month ...
    (Rules.year_month, _NUMBER, None, frozenset()),  # 2014-10: three tokens
    # a month alone with a cue before it ("in March"); a day needs its month after it
    (Rules.written_date, _DATE, "gregorian", frozenset({"month", "monthnumber", "monthprefix"})),
    # "15" after «الساعة», "noon", «الثالثة»; comp11: not a hedge, a clock cue or minutes before the
    # hour, which read the hour after them
    (Rules.clock_rule, _CLOCK, None, frozenset({"number", "num", "hourword", "hournoun", "hourcue"})),
    (Rules.part, _PART, None, frozenset({"part", "partday"})),  # comp11: "early", "this" read on
    (Rules.weekday_part, _WEEKDAY_PART, None, frozenset({"weekdaypart"})),  # lead10: "frühen" reads on
    (Rules.day_rule, _DAY, None, frozenset({"dayword", "weekday"})),  # comp11: "on", "last" read on
    (Rules.the_day, frozenset({"the"}), None, frozenset()),  # en8: "the 1st"
    (Rules.period, _PERIOD, None, frozenset({"periodword"})),  # "last week": two words, a phrase one
    # an amount and its "ago", or a unit that is both: comp11, the word's "ago" sense itself ("napja",
    # 3일후: an amount alone has no "ago" after it)
    (Rules.ago, _AGO, None, frozenset({"ago-post", "in-post"})),
    (Rules.year, _YEAR, None, frozenset({"number"})),  # a bare year after its cue ("in 2011")
    # 2021年3月25日, 下午3点半 (CJK counters)
    (counted, frozenset({"number", "num", "ampm", "era", "numcounter"}), None, _ANY),  # h11: 세시
)
# Hijri rules run only on text with a Hijri month or era word.
_ALL_RULES: tuple[_Rule, ...] = (
    *_RULES,
    (Rules.hijri_date, _HIJRI, "hijri", _ANY),
    (Rules.hijri_numeric, _NUMERIC_DATE, "hijri", _ANY),
    (Rules.hijri_year, _YEAR, "hijri", _ANY),  # ar6
)


@functools.lru_cache(maxsize=1024)  # keyed by a set of word kinds (a few hundred exist), not by text
def _rules_for(
    kinds: frozenset[TokenKind], hijri: bool, lone: bool = False
) -> tuple[tuple[Callable[[Rules, int], Match | None], Calendar | None], ...]:
    """The rules, in order, that can start on a token of ``kinds`` (those whose first kinds meet
    them), each with the calendar of the dates it reads as written; ``lone``: only those that can
    read that token alone (:meth:`Rules.lone`)."""
    return tuple(
        (rule, calendar)
        for rule, first, calendar, alone in (_ALL_RULES if hijri else _RULES)
        if not kinds.isdisjoint(first) and (not lone or alone is _ANY or not kinds.isdisjoint(alone))
    )


def _said(c: Clock, d: date | None, *, meridiem: bool) -> Partial:
    """The partial time a clock (on day ``d``) said: the hour is on the 24-hour clock when
    an am/pm or a part of the day came with it, or when it cannot be on a 12-hour one."""
    on_24 = meridiem or c.hour >= 13 or c.hour == 0
    digits24 = not meridiem and c.hour >= 13  # "18:00", not "6 pm"
    if d is None:
        return Partial(
            hour=c.hour, minute=c.minute, second=c.second, zone=c.zone, meridiem=on_24, clock24=digits24
        )
    return Partial(
        d.year, d.month, d.day, None, None, None, c.hour, c.minute, c.second, c.zone, on_24, clock24=digits24
    )


def _base(name: str) -> str:
    return {"night-before": "night", "midnight-before": "midnight"}.get(name, name)


def _edged(name: str | None, edge: Hit | None) -> str:
    """Apply "early"/"late" to a part: early (morning) = early_hours, late (evening) = late_evening."""
    if edge is None:
        return name or "morning"
    if edge.value == "early":
        if name in ("afternoon", "evening"):  # en6: "Tuesday early afternoon", "early Friday evening"
            return f"early_{name}"
        return "early_hours" if name in (None, "morning", "dawn", "night") else name
    return {
        None: "late_evening",
        "evening": "late_evening",
        "night": "late_night",  # tb9
        "morning": "forenoon",
        "afternoon": "late_afternoon",
    }.get(name, name) or "late_evening"


def _part_rule(lang: str, day: Day) -> str:
    return f"{lang}-part-weekday" if day.kind == "weekday" else f"{lang}-part-{day.kind}"


_AFTERNOON_PARTS = frozenset(
    {"evening", "afternoon", "late_afternoon", "sunset", "nightfall"}
    | {"early_afternoon", "mid_afternoon", "early_evening"}  # en6
)


def _with_part(hour: int, part: str) -> int:
    """The 24-hour clock for an hour said with a part of the day («الثامنة من مساء»)."""
    if part in _AFTERNOON_PARTS and hour < 12:
        return hour + 12
    if part in ("night", "night-before") and 6 <= hour < 12:
        return hour + 12
    return hour
