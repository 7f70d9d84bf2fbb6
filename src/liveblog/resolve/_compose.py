"""Generic productions over partial times: intersection in any order, and ranges.

The rules in :mod:`liveblog.resolve._rules` read the atoms ("Thursday",
"afternoon", "3:15", «عصرا», "13 July"). Here:

- **intersect**: an atom followed by another (with at most one joining word
  between: "at", "on", ",", «عند», «في» — the ``join`` rows of each
  language) is one time when the two partial times agree ("3:15 on Thursday
  afternoon", "8pm last night", «يوم الخميس عند الساعة الثالثة عصرا بتوقيت
  مكة»); a zone word after a clock sets its zone;
- **range**: ``[from|between] END (to|until|-|and) END`` («من … إلى/حتى …»,
  «بين … و…»), where an end may be a bare number that takes its slot from the
  other end ("13-15 July", "from 3 to 5 pm"), and each end borrows what the
  other said (:func:`liveblog.resolve._partial.distribute`). A range then
  intersects like any time ("Thursday from 9:30 to 11:00").

Every candidate starting at a token is kept, and :meth:`Composer.best`
settles once: the longest, then the one the atom rules read alone.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import compress, count, repeat

import attrs

from liveblog._text.clock import hour24
from liveblog.lang import Lexicon
from liveblog.lang.parts import PARTS
from liveblog.lang.tense import tense
from liveblog.lang.weekend import weekend_days
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _hijri, _rules_holiday, _rules_refs, _when, _windows
from liveblog.resolve._grammar import Hit, Match, Tokens
from liveblog.resolve._partial import (
    Edge,
    Partial,
    Prefer,
    Range,
    Value,
    distribute,
    far_weekday_day,
    intersect,
    month_year,
    of_when,
    realize,
    yearly_prefer,
)
from liveblog.resolve._rules import _CUED_YEARS, Rules
from liveblog.resolve._rules_counted import spelled_number

__all__ = ["Composer", "clock_unit", "edge_of_unit"]

_FIRST_END = 10  # tokens a range's first end may span ("Friday 29 November 2024 at 3 pm GMT")
_CLOSER_LOOK = 16  # tokens looked at for a closer after an opening word, before a word of no table
_CLOSER_FIRSTS: dict[int, frozenset[str]] = {}  # per lexicon (they live for the process): see _closers


def _closers(lexicons: Sequence[Lexicon]) -> frozenset[str]:
    """First words of every phrase that closes a range ("to", "until", «إلى», "-"), all lexicons."""
    out: set[str] = set()
    for lex in lexicons:
        words = _CLOSER_FIRSTS.get(id(lex))
        if words is None:
            words = _CLOSER_FIRSTS[id(lex)] = frozenset(
                w for w, senses in lex.by_first.items() if any(s.kind == "range-to" for s in senses)
            )
        out |= words
    return frozenset(out)


_MAX_JOINS = 4  # atoms joined into one time at most (a time has few independent parts)


@attrs.frozen
class _End:
    number: Partial | None  # a bare number (None: ``match`` says the time)
    end: int
    match: Match | None
    edge: bool = False  # ``match`` is a part of a period ("early June", 7月末): a range of days itself


class Composer:
    """The best match at each token, atoms joined and ranges built."""

    def __init__(self, rules: Rules) -> None:
        self.r = rules
        self.t = rules.t
        self._best: dict[int, Match | None] = {}
        self._atoms: dict[int, Match | None] = {}
        self._plain: dict[int, Match | None] = {}  # best() but for lists of days: _read()
        # Tokens whose list of days is being read: a list's head is read before it and its last day
        # after it, and what they read may ask for the first token again (a range, a join: "on 5,
        # 6 and 7 people" once went 7, "on 5", 7 …); asked again, it reads no list.
        self._listing: set[int] = set()
        # Tokens that may close a range, found once by their words (clitics: also without the first
        # one or two letters, «وحتى»); a range is tried only where one stands near.
        firsts = _closers(self.t.lexicons)
        clitics = any(lex.clitics for lex in self.t.lexicons)
        # Each distinct word is tested once (a text repeats its words), then the tokens are matched.
        endings = tuple(e for lex in self.t.lexicons for e in lex.suffixes if e in firsts)
        # Each test below implies that the word ends with a closer's first word: that one C call
        # rules out nearly every word before the set lookups and slices (fast6).
        # comp10: both passes over the text's words run in C (map and compress), no Python frame
        # or bytecode per word: the tests in Python are left for the few words with such an ending.
        tails = tuple(firsts)
        words = set(self.t.norm)
        closing = {
            w
            for w in compress(words, map(str.endswith, words, repeat(tails)))
            if w in firsts
            or (clitics and len(w) > 2 and (w[1:] in firsts or w[2:] in firsts))
            or (endings and w.endswith(endings))
        }
        self._closer_at = list(compress(count(), map(closing.__contains__, self.t.norm))) if closing else []

    def forget_before(self, i: int) -> None:
        """Drop what is remembered of tokens before ``i`` (the scan only moves forward): a cache."""
        for table in (self._best, self._plain, self._atoms):
            for k in [k for k in table if k < i]:
                del table[k]
        self.r.forget_before(i)

    def at(self, i: int) -> Match | None:
        """The atom rules' match at ``i`` (remembered: ranges and joins ask again)."""
        if i in self._atoms:
            return self._atoms[i]
        m = self._atoms[i] = self.r.at(i)
        return m

    def best(self, i: int) -> Match | None:
        """The longest time that starts at token ``i``, ties to the atom rules' own reading; a day
        number in a list of days takes the list's month ("5" in "on 5 and 6 December")."""
        if i in self._best:
            return self._best[i]
        if i >= len(self.t):
            return None  # lead9: a production asked past the text's end ("Friday last from" raised)
        best = self._read(i)
        d = self._list_start(i, best) if i not in self._listing else None
        if d is not None:
            # "5" in "on 5 and 6 December": not the 5th of this month; "6" in "December 5 and 6"
            self._listing.add(i)
            try:
                listed = self._listed_day(d) or (self._listed_after(d) if d == i else None)
            finally:
                self._listing.discard(i)
            if listed is not None:
                best = attrs.evolve(listed, start=i)
        self._best[i] = best
        return best

    def _read(self, i: int) -> Match | None:
        """:meth:`best` but for lists of days: what a list's last day or head said itself (its
        month; a day that takes a month from a list says none, so a list never asks the next list:
        "1 and 2 and 3 … and 900" is no chain of calls as deep as the list is long)."""
        if i in self._plain:
            return self._plain[i]
        # the atom, a range (which joins what follows it too: "… di venerdì") and the productions
        # that can start on this word, each extended by what follows it. Each call is guarded: None
        # when it names a date the calendar cannot hold ("the first century", "the next day" said on
        # 31 December 9998), as Rules.at guards the atoms; InputError is a ValueError (a year outside
        # the supported range). The guard is in the loop, not a wrapper call per production (fast6).
        # comp11: the token's kinds and whether it is read alone are asked once, for the atom rules
        # and the productions both
        kinds = self.t.kinds(i)
        lone = self.r.lone(i)  # comp10: a word no table reads follows: one token at most is read
        atoms = self._atoms
        if i in atoms:
            atom = atoms[i]
        else:
            atom = atoms[i] = self.r.at(i, kinds, lone)
        # a part of the day said before its clock needs a part's word here (kinds: every sense's)
        found = [atom] if atom is not None else [] if lone or "part" not in kinds else self._part_first(i)
        for production in _starters(kinds, lone):
            try:
                m = production(self, i)
            except (OverflowError, ValueError):
                continue
            if m is not None:
                found.append(m)
        # the longest, the first of equals; an anaphor's reading of the same words wins ("a year
        # ago": counted from the reference, or from a quarter said before it)
        best: Match | None = None
        for atom_or_more in found:
            try:
                m = self._extend(atom_or_more)
            except (OverflowError, ValueError):
                continue
            if (
                best is None
                or m.end > best.end
                or (m.end == best.end and m.anaphor is not None and best.anaphor is None)
            ):
                best = m
        self._plain[i] = best
        return best

    def _listed_after(self, i: int) -> Match | None:
        """ "December 5 and 6", "Dec. 5, 6 and 7": a day number after a list's "and" or comma whose
        first day was said with its month (the list's head): that day of the same month and year."""
        t = self.t
        day = t.num(i, 1, 31)
        if day is None or t.hit(i + 1, "unit", "hourpost", "ampm", "minword") is not None:
            return None
        first = self._list_separator(i)
        if first is None:
            return None
        if t.is_(first, ",", "،") and not self._list_goes_on(i + 1):
            return None  # "On December 5, 6 people died": a comma opens no list that no "and" closes
        if self._counted_by(i):
            return None  # "On December 5 and 6 people were killed": 6 counts the word after it (gaps9)
        k = i
        for _ in range(self._LIST_LENGTH):
            before = self._list_separator(k)
            if before is None or t.num(before - 1, 1, 31) is None:
                return None
            p = before - 1
            for j in range(p - 1, max(p - 5, 0) - 1, -1):
                if t.number[j] is not None:
                    break  # the item before is a bare day: walk on to the head
                m = self._read(j)  # "Dec. 5": a head says its month, so reads no list
                if m is not None and m.end == before:
                    return self._day_of_list(m, p, day, (i, i + 1))  # not "on 5 and 6 people"
            k = p
        return None

    def _counted_by(self, i: int) -> bool:
        """Whether the number at token ``i`` counts the word after it: a word no table reads that is
        no function word of the text's languages ("6 people", "6 police"; not "6 there were", "6,")."""
        return self.t.counted(i + 1)

    def _list_goes_on(self, k: int) -> bool:
        """Whether a list's comma or "and" stands at token ``k`` with a day number after it."""
        t = self.t
        closer = t.hit(k, "range-to")
        if closer is not None and closer.value == "between":
            return t.num(closer.end, 1, 31) is not None
        return t.is_(k, ",", "،") and t.num(k + 1, 1, 31) is not None

    def _list_separator(self, k: int) -> int | None:
        """The token where the "and" or comma right before token ``k`` starts, if one is there."""
        t = self.t
        for h in t.ending_at(k, 2):
            if h.lex.kind == "range-to" and h.value == "between":
                return k - len(h.lex.words)
        return k - 1 if k > 0 and t.is_(k - 1, ",", "،") else None

    def _list_start(self, i: int, best: Match | None) -> int | None:
        """The token of a day number that may open a list of days ("5" in "on 5 and 6 December"):
        token ``i`` itself when nothing longer starts there, or the day a cue before it leads
        ("on 5", "les 5") when that is all the best reading said."""
        t = self.t
        if t.number[i] is not None and (
            best is None or best.end == i + 1 or (best.end == i + 2 and t.is_(i + 1, "."))
        ):
            return i  # nothing read past the number ("6 January" is a date of its own)
        if best is None or best.when.grain not in (Grain.DAY, Grain.MINUTE) or best.end - i > 3:
            return None
        v = best.value
        if v is not None and (not isinstance(v, Partial) or v.month is not None or v.year is not None):
            return None
        if best.when.grain is Grain.MINUTE and (
            not isinstance(v, Partial) or v.meridiem or v.minute or v.day is not None or v.weekday is not None
        ):
            return None  # gaps9: only an hour a cue leads («الساعة 5» of «الساعة 5 و6 مساء»), no half said
        d = best.end - 2 if t.is_(best.end - 1, ".") else best.end - 1
        if d <= i or any(t.number[k] is not None or t.hit(k, "month") is not None for k in range(i, d)):
            return None  # only a cue before the day ("on 5", "les 5"), not its month ("Dec. 5")
        return d if t.num(d, 1, 31) is not None else None

    def _says_month(self, m: Match) -> bool:
        """Whether match ``m`` names its month (a list's head or last day), not takes the reference's
        ("on 5" in "on 5 and 6 people died": that 5 lends no month to the 6)."""
        return any(self.t.hit(k, "month") is not None for k in range(m.start, m.end))

    _LIST_LENGTH = 8  # days in one list before its month ("1, 2, 3 … and 9 May"); longer is no list

    def _listed_day(self, i: int) -> Match | None:
        """ "on 5 and 6 December", "les 5, 6 et 7 décembre", «يومي 5 و6 ديسمبر», "am 5. und 6.
        Dezember": a day number in a list whose month is said once, after the list's last day, is
        that day of that month (and year). The list's "and" is the word that closes a "between"
        range in the language (``range-to`` rows of value ``between``: "and", «و», "et", "und")."""
        t = self.t
        day = t.num(i, 1, 31)
        if day is None:
            return None
        end = i + 2 if t.is_(i + 1, ".") else i + 1  # "5." (a German ordinal)
        k = end
        for _ in range(self._LIST_LENGTH - self._items_before(i)):
            closer = t.hit(k, "range-to")
            last = closer is not None and closer.value == "between"
            if last:
                k = closer.end  # type: ignore[union-attr]
            elif t.is_(k, ",", "،"):
                k += 1
            else:
                return None
            if t.num(k, 1, 31) is None:
                return None
            after = k + 2 if t.is_(k + 1, ".") else k + 1
            if last and not self._list_goes_on(after):
                break  # "1 and 2 and 3 May": an "and" that another follows is no list's last (gaps9)
            k = after
        else:
            return None
        m = self._read(k)  # "5 and 6 hours": no date said after the list
        if m is None:
            return None
        return self._day_of_list(m, k, day, (i, end)) or self._hour_of_list(m, k, day, (i, end))

    def _items_before(self, i: int) -> int:
        """How many list items stand before the number at token ``i`` ("1 and 2 and 3": 2 before
        the 3), counted up to the longest list: a longer run of numbers is no list (gaps9)."""
        t = self.t
        n = 0
        while n < self._LIST_LENGTH:
            sep = self._list_separator(i)
            if sep is None:
                break
            i = sep - 2 if sep >= 2 and t.is_(sep - 1, ".") else sep - 1  # "5., 6. und 7."
            if i < 0 or t.num(i, 1, 31) is None:
                break
            n += 1
        return n

    def _hour_of_list(self, m: Match, said: int, n: int, span: tuple[int, int]) -> Match | None:
        """Hour ``n`` of a list whose last item ``m`` (its hour number at token ``said``) is a clock:
        the half of the day or part said after the last lends itself to every hour ("at 5 and 6 pm",
        «الساعة 5 و6 مساء», "um 5 und 6 Uhr abends"), as the end of a range does ("from 5 to 6 pm")."""
        v = self.value(m)
        if m.start != said or not isinstance(v, Partial) or v.hour is None or v.minute:
            return None
        pair = distribute(Partial(number=n), attrs.evolve(v, day=None, month=None, year=None, weekday=None))
        if pair is None or pair.first.hour is None:
            return None
        on = m.when.start.astimezone(v.zone or self.r.ctx.zone)  # the day the last took: every hour's
        first = attrs.evolve(pair.first, day=on.day, month=on.month, year=on.year, weekday=None)
        when = realize(first, self.r.ctx)
        return None if when is None else Match(*span, when, f"listed-hour+{m.rule}", first)

    def _day_of_list(self, m: Match, said: int, day: int, span: tuple[int, int]) -> Match | None:
        """Day ``day`` of the month and year that list item ``m`` names (its day number at token
        ``said``), covering tokens ``span``: None unless ``m`` is a date of that day with its month
        said and no clock or part of the day."""
        v = self.value(m) if self._says_month(m) else None
        if (
            not isinstance(v, Partial)
            or v.day != self.t.number[said]
            or v.month is None
            or v.hour is not None
            or v.part is not None
        ):
            return None
        year = m.when.start.astimezone(self.r.ctx.zone).year  # the year the item's date took
        v = attrs.evolve(v, day=day, year=year, weekday=None)
        when = realize(v, self.r.ctx)
        return None if when is None else Match(*span, when, f"listed-day+{m.rule}", v)

    # -- values ------------------------------------------------------------------------------

    def value(self, m: Match) -> Value | None:
        """What match ``m`` said, as a partial time (or a range)."""
        if m.value is None or (m.amount is not None and isinstance(m.value, Partial) and m.value.week):
            return of_when(m.when, self.r.ctx.zone)  # an amount of weeks is the day it lands on
        return m.value

    def dated(self, m: Match) -> Value | None:
        """:meth:`value`, a month said without its year given the year ``prefer`` picked: the parts
        of a period and the nth of a cycle count days in one month ("the third day of October")."""
        v = self.value(m)
        if isinstance(v, Partial) and v.year is None and v.month is not None and v.grain is Grain.MONTH:
            return attrs.evolve(v, year=m.when.start.astimezone(self.r.ctx.zone).year)
        return v

    def _joined(self, m: Match, n: Match, end: int) -> Match | None:
        a, b = self.value(m), self.value(n)
        if a is None or b is None:
            return None
        a, b = self._amount_week(m, a, b), self._amount_week(n, b, a)
        if a is None or b is None:
            return None
        if isinstance(a, Range) and isinstance(b, Range):
            return None
        v: Value | None
        if isinstance(a, Range) or isinstance(b, Range):
            rng, p = (a, b) if isinstance(a, Range) else (b, a)
            assert isinstance(rng, Range)
            assert isinstance(p, Partial)
            first, last = intersect(rng.first, p), intersect(rng.last, p)
            v = None if first is None or last is None else Range(first, last)
        else:
            assert isinstance(a, Partial)
            assert isinstance(b, Partial)
            v = intersect(a, b)
        if v is None:
            return None
        when = realize(v, self.r.ctx)
        if when is None:
            return None
        return Match(m.start, end, when, f"{m.rule}+{n.rule}", v, m.keep_lead, m.by_weekday)

    @staticmethod
    def _amount_week(m: Match, v: Value, other: Value) -> Value:
        """An amount of weeks names the week it lands in beside a weekday ("Mittwoch in 2 Wochen",
        "środa za tydzień": that week's Wednesday); elsewhere (:meth:`value`) the day it lands on
        ("in two weeks at 3pm") (nor6)."""
        w = m.value
        if m.amount is None or w is None or isinstance(w, Range) or w.week is None:
            return v
        if isinstance(other, Partial) and other.weekday is not None and other.day is None:
            return w
        return v

    def _extend(self, m: Match) -> Match:
        """``m`` joined with the atoms that follow it while they agree."""
        if m.anaphor is not None or m.when.is_ref:
            return m  # anchored later on another date (find_times), or no time to join
        t = self.t
        for _ in range(_MAX_JOINS):
            k = m.end
            if k >= len(t) or (t.number[k] is None and not t.hits(k)) or not t.names_time(k):
                # every time and every joining word is a number or a known word; a time joined holds a
                # number or a word that names one before a word of no table (fast8); a weekday's day
                # number in brackets is read after it ("nesta quinta-feira (5)", lead10)
                if m.by_weekday and t.is_(k, "(") and (dated := self._weekday_day_number(m, k)) is not None:
                    m = dated
                    continue
                if t.is_(k, ".") and (confirmed := self._weekday_confirming(m, k)) is not None:
                    m = confirmed  # h11: "2014. július 18., péntek"
                    continue
                if t.is_(k, "(", "（") and (named := self._bracketed_weekday(m, k)) is not None:
                    m = named
                    continue
                break
            joined = self._zone_after(m, k)
            if joined is None:
                joined = self._join_at(m, k)
                join = t.hit(k, "join")
                if joined is None and join is not None:
                    joined = self._join_at(m, join.end)
            if joined is None:
                joined = self._open_clock(m, k)
            if joined is None:
                joined = self._said_after(m, k)
            if joined is None:
                break
            m = joined
        return m

    def _weekday_confirming(self, m: Match, k: int) -> Match | None:
        """``m``, a whole date, read on through the weekday after it (a comma between) that it falls
        on: "2014. július 18-án, pénteken", "July 18, 2014, Friday" (h11). The weekday says nothing
        the date does not, so it was read apart, as another day; one that disagrees stays apart."""
        t = self.t
        if t.is_(k, ".") and t.adjacent(k) and t.is_(k + 1, ","):
            k += 1  # "2014. július 18., péntek": the day number's own full stop first
        join = t.hit(k, "join")
        wd = t.hit(join.end if join is not None else k + 1 if t.is_(k, ",") else k, "weekday")
        if wd is None or not isinstance(wd.value, int):
            return None  # (asked first: the date's value costs more than the words after it)
        v = self.value(m)
        if not isinstance(v, Partial) or v.year is None or v.month is None or v.day is None:
            return None
        if v.weekday is not None or v.hour is not None or v.part is not None:
            return None
        try:
            if date(v.year, v.month, v.day).weekday() != wd.value:
                return None
        except ValueError:
            return None
        return attrs.evolve(m, end=wd.end)

    def _said_after(self, m: Match, k: int) -> Match | None:
        """``m`` and what it says with the words at ``k`` (lead10), tried where nothing else joined:
        an anniversary word after a year ("last year at this time"), a day word after an amount or
        an amount after a day word ("a week ago today", "heute vor einer Woche"), a clock after a
        day and a dash ("29/11/2024 - 14h40")."""
        t = self.t
        kinds = t.kinds(k)
        if "anniversary" in kinds:
            return self._anniversary_after(m, k)
        if (not kinds.isdisjoint(_WEEKDAY_OR_JOIN) or t.is_(k, ",")) and (
            confirmed := self._weekday_confirming(m, k)
        ):
            return confirmed
        if (m.amount is not None and not kinds.isdisjoint(_DAY_AFTER_AMOUNT)) or (
            not kinds.isdisjoint(_AMOUNT_AFTER_DAY)
            and (w := t.hit(m.start, "dayword")) is not None
            and w.end == m.end
        ):
            moved = _windows.amount_day(self, m.start)
            return moved if moved is not None and moved.end > m.end else None
        return self._dateline_clock(m, k)

    def _weekday_of_date(self, m: Match, n: Match | None) -> Match | None:
        """Weekday ``n`` (with its part of the day) said after date ``m`` as that date's weekday, not
        the one ``prefer`` picked (h11): "2月15日(金)午後3時", "2월 15일(금) 오후 3시" (a weekday and
        part were last Friday's afternoon, which no date of 15 February is)."""
        if n is None or not n.by_weekday:
            return None  # (asked first: the date's value costs more)
        v = self.value(m)
        if not isinstance(v, Partial) or v.day is None or v.weekday is not None:
            return None
        w = self.value(n)
        if not isinstance(w, Partial) or w.day is None:
            return None
        weekday = n.when.start.astimezone(self.r.ctx.zone).weekday()
        return attrs.evolve(n, value=attrs.evolve(w, year=None, month=None, day=None, weekday=weekday))

    def _bracketed_weekday(self, m: Match, k: int) -> Match | None:
        """A date, then its weekday in brackets, as Chinese pages write them (h11): "2月15日(周五)",
        "2月15日（星期五）下午3时": the date, checked against the weekday (another weekday: none)."""
        t = self.t
        wd = t.hit(k + 1, "weekday") if k + 1 < len(t) else None
        if wd is None or not t.is_(wd.end, ")", "）"):
            return None
        v = self.value(m)
        if not isinstance(v, Partial) or v.day is None:
            return None
        said = Match(k + 1, wd.end, m.when, f"{wd.lex.lang}-weekday", Partial(weekday=wd.value))
        joined = self._joined(m, said, wd.end + 1)
        if joined is None or joined.when.start.date() != m.when.start.date():
            # a weekday that does not fit the date: the date as written, as "day-month-weekday-mismatch"
            return attrs.evolve(m, end=wd.end + 1, rule=f"{m.rule}+weekday-mismatch")
        return joined

    def _weekday_day_number(self, m: Match, k: int) -> Match | None:
        """A weekday and its day of the month in brackets after it, as Brazilian news writes them
        ("nesta quinta-feira (5)", "na última terça-feira (26)"): the date nearest the reference that
        is both; none, and the weekday stands as read (lead10)."""
        t = self.t
        n = t.num(k + 1, 1, 31)
        if n is None or not t.is_(k + 2, ")") or m.when.grain is not Grain.DAY:
            return None
        zone = self.r.ctx.zone
        weekday = m.when.start.astimezone(zone).date().weekday()
        today = self.r.ctx.today
        best: date | None = None
        for shift in (-1, 0, 1):
            y, mo = _when.shift_month(today.year, today.month, shift)
            try:
                d = date(y, mo, n)
            except ValueError:
                continue
            if d.weekday() == weekday and (best is None or abs(d - today) < abs(best - today)):
                best = d
        if best is None:
            return None
        # the day number pins the date: no longer a weekday's name alone (by_weekday False)
        return Match(m.start, k + 3, _when.day(best, zone), f"{m.rule}+day-number", None, m.keep_lead, False)

    def _dateline_clock(self, m: Match, k: int) -> Match | None:
        """A day, a dash (or a bar the tokens keep), then a clock: the clock on that day, as datelines
        write it ("29/11/2024 - 14h40", "29 Nov 2024 – 14:40 GMT") (lead10)."""
        t = self.t
        if k + 1 >= len(t) or not t.is_(k, "-", "–", "—", "|"):
            return None
        n = self.at(k + 1)
        a = self.value(m)
        b = self.value(n) if n is not None else None
        if n is None or not isinstance(a, Partial) or not isinstance(b, Partial) or not _day_then_clock(a, b):
            return None
        return self._joined(m, n, n.end)

    def _anniversary_after(self, m: Match, k: int) -> Match | None:
        """A year, then "at this time" or the like: the reference's day in that year ("last year at
        this time", "l'an dernier à la même époque", "il y a un an jour pour jour") (lead10)."""
        word = self.t.hit(k, "anniversary")
        day = _windows.anniversary_day(self, m) if word is not None else None
        if word is None or day is None:
            return None
        return Match(m.start, word.end, day, f"{m.rule}+{word.lex.lang}-anniversary", None, m.keep_lead)

    def _open_clock(self, m: Match, k: int) -> Match | None:
        """A day, then "after" or "before" and a clock: the clock on that day ("i morgen etter kl. 14",
        "tomorrow before 11am"); an open range stays the point it names (docs/resolution.md) (nor6)."""
        way = self.t.hit(k, "shiftdir")
        v = self.value(m)
        if way is None or not isinstance(v, Partial) or v.hour is not None:
            return None
        if v.day is None and v.weekday is None:
            return None
        n = self.at(way.end)
        w = self.value(n) if n is not None else None
        if n is None or not isinstance(w, Partial) or w.hour is None:
            return None
        if w.day is not None or w.weekday is not None or w.month is not None:
            return None  # "Monday before 3 March": two days
        return self._joined(m, n, n.end)

    def _atom(self, k: int) -> Match | None:
        m = self.at(k) or self._part_word(k)
        rng = self._range(k)
        if rng is not None and (m is None or rng.end > m.end):
            return rng
        return m

    def _join_at(self, m: Match, k: int) -> Match | None:
        """``m`` joined with the first time at ``k`` that agrees with it (after an article or day
        prefix too: "viernes, el 12 de septiembre")."""
        article = self.t.hit(k, "the", "dayprefix")
        after = self._atom(article.end) if article is not None else None
        atom = self._atom(k)
        for n in (atom, after, self._small_number(m, k), self._weekday_of_date(m, atom)):
            joined = self._joined(m, n, n.end) if n is not None else None
            if joined is not None:
                return joined
        n = self._bound_name(m, k)
        return self._joined(m, n, n.end) if n is not None else None

    def _bound_name(self, m: Match, k: int) -> Match | None:
        """A weekday or month name that needs a cue, after the week or year it lies in: "geçen hafta
        pazar", "volgend jaar maart" (the period is the cue) (nor6)."""
        v = self.value(m)
        if not isinstance(v, Partial) or v.day is not None or v.weekday is not None:
            return None
        h = self.t.hit(k, "weekday") if v.week is not None else None
        if h is None and v.year is not None and v.month is None and v.week is None:
            h = self.t.hit(k, "month")
        if h is None or not h.lex.bound:
            return None
        if h.end < len(self.t) and self.t.norm[h.end].isalnum():
            return None  # only where the clause ends: "next year may rise" is no May
        said = Partial(weekday=h.value) if h.lex.kind.startswith("weekday") else Partial(month=h.value)
        return Match(k, h.end, m.when, f"{h.lex.lang}-{h.lex.kind}", said)

    def _small_number(self, m: Match, k: int) -> Match | None:
        """A bare number that only a neighbour makes a time: the day after a weekday ("Tuesday the
        19th", "Tuesday 19th"), the hour after a day or a part of the day and "at" ("Saturday
        morning at 9", "tomorrow at 5")."""
        t = self.t
        word = self._hour_word_after_day(m, k)
        if word is not None:
            return word
        j = t.hit(k, "the").end if t.hit(k, "the") is not None else k  # type: ignore[union-attr]
        spelled = t.hit(j, "num")  # "vendredi quinze", "vendredi dix-sept": a number word (3+ letters)
        if spelled is not None and (spelled.strip or len(t.norm[j]) < 3):
            spelled = None
        n = t.num(j, 1, 31) if spelled is None else spelled.value
        if n is None or not 1 <= n <= 31 or (len(t.norm[j]) > 2 and spelled is None):
            return None
        end = j + 1 if spelled is None else spelled.end
        if t.hit(end, "unit") is not None or t.digits_go_on(j):
            return None  # "at 1,015 francs" is no hour
        if self.r.written_date(j) is not None:
            return None  # "viernes, el 12 de septiembre": the written date, not a bare day
        v = self.value(m)
        if not isinstance(v, Partial):
            return None
        ordinal = j > k or t.end[j] - t.start[j] > len(t.norm[j])  # "the 19", "19th"
        ordinal = ordinal or t.ends_here(end)  # "vendredi 15", "jueves 15 a las 8", not "Friday 15 killed"
        cue = k > 0 and t.hit(k - 1, "clockcue") is not None
        if v.weekday is not None and v.day is None and v.hour is None and ordinal and not (cue and j == k):
            suffixed = t.end[j] - t.start[j] > len(t.norm[j])  # "Thu 15th", "Thursday the 15th", not "… 9"
            far = far_weekday_day(self.r.ctx.today, n, v.weekday, self.r.ctx.prefer) if suffixed else None
            if far is not None:  # en8: no near month has it: the next (last) month that does
                return Match(k, end, m.when, "day-number", Partial(month=far.month, day=far.day))
            return Match(k, end, m.when, "day-number", Partial(day=n))  # not "Freitag um acht" (nor6)
        said_day = v.part is not None or v.day is not None or v.weekday is not None
        if said_day and v.hour is None and cue and n <= 12 and j == k:
            # "Saturday morning at 9", "tomorrow at 5": the part places the hour, else ``prefer``
            return Match(k, end, m.when, "hour-number", Partial(hour=n, minute=0))
        return None

    def _hour_word_after_day(self, m: Match, k: int) -> Match | None:
        """An hour in words after a day and "at": "jutro o drugiej", "tomorrow at five" (nor6), as
        "tomorrow at 5" (:meth:`_small_number`); the day's part, else ``prefer``, places it."""
        t = self.t
        w = t.hit(k, "hourword") if k > 0 and t.hit(k - 1, "clockcue") is not None else None
        v = self.value(m)
        if w is None or w.strip or not 1 <= w.value <= 12 or not isinstance(v, Partial) or v.hour is not None:
            return None
        if v.part is None and v.day is None and v.weekday is None:
            return None
        return Match(k, w.end, m.when, "hour-word", Partial(hour=w.value, minute=0))

    def _part_first(self, i: int) -> list[Match]:
        """A part of the day that needs another time, said before the clock that places it: "in
        the evening at eight" as "at eight in the evening" (the other order is a join after the
        clock); alone it stays no time."""
        p = self._part_word(i)
        if p is None:
            return []
        m = self._extend(p)
        v = self.value(m)
        return [m] if m.end > p.end and isinstance(v, Partial) and v.hour is not None else []

    def _part_word(self, k: int) -> Match | None:
        """A part of the day beside another time, even one that needs a day ("… Thursday afternoon")."""
        h = self.t.hit(k, "part")
        if h is None or h.value not in PARTS:
            return None
        name = h.value
        when = realize(Partial(part=name), self.r.ctx)
        assert when is not None
        return Match(
            k, h.end, when, f"{h.lex.lang}-part", Partial(part=name, under_way=h.lex.syntax.half_under_way)
        )

    def _zone_after(self, m: Match, k: int) -> Match | None:
        """A zone word after a clock that has none ("… 3 pm , GMT", «… عصرا بتوقيت مكة»)."""
        found = self.r.zone_at(k)
        if found is None:
            return None
        v = self.value(m)
        if not isinstance(v, Partial) or v.hour is None or v.zone is not None:
            return None
        v = attrs.evolve(v, zone=found[0])
        when = realize(v, self.r.ctx)
        if when is None:
            return None
        return Match(m.start, found[1], when, f"{m.rule}+zone", v, m.keep_lead, m.by_weekday)

    # -- ranges ------------------------------------------------------------------------------

    def _end(self, j: int) -> _End | None:
        """One end of a range: a time the rules read, or a bare number (1 or 2 digits)."""
        t = self.t
        m = self.at(j)
        edge_first = m is None and t.hit(j, "periodedge") is not None
        if edge_first:
            m = self._edge(j)  # «من مطلع أكتوبر حتى منتصف نوفمبر», "early June": a part of a month is an end
        if m is None and t.hit(j, "the") is not None:
            m = self.at(j + 1)  # "to the 15th July"
        day_noun = t.hit(j, "dayprefix") if m is None else None
        if day_noun is not None:
            m = self.at(day_noun.end)  # «من يوم 10 نوفمبر إلى يوم 15 نوفمبر», «من تاريخ 10 نوفمبر»
        whole = self._period_end(j)  # romint: "du premier trimestre 2017 au …", "de Noël à …"
        if whole is not None and (m is None or whole.end > m.end):
            m = whole
        if m is not None:
            m = self._extend_simple(m)
            edge = self._edge_after(j, deadline=False)  # "6月初めから7月末まで": parts of months as ends
            if edge is not None and edge.end > m.end:
                return _End(None, edge.end, edge, True)
            return _End(None, m.end, m, edge_first)  # its value is read once the range's joiner is there
        now = t.hit(j, "ref")
        if now is not None and now.value == "PRESENT":  # «منذ 7 أكتوبر وحتى الآن»: to today
            today = self.r.ctx.today
            return _End(Partial(today.year, today.month, today.day), now.end, None)
        hour = t.hit(j, "hourword")
        if hour is not None:  # «بين الساعة الثانية والرابعة»: an hour in words (the clitic is "and")
            return self._hour_word_end(hour)
        ordinal = t.hit(j, "ordinal")
        if ordinal is not None and ordinal.value:  # «من الثالث والعشرين وحتى …»
            return _End(Partial(number=ordinal.value), ordinal.end, None)
        spelled = t.hit(j, "num")  # "du treize au 15 juillet": a number word of three letters or more
        if spelled is not None and not spelled.strip and len(t.norm[j]) >= 3 and 1 <= spelled.value <= 31:
            return _End(Partial(number=spelled.value), spelled.end, None)
        year = t.num(j, 1900, 2100, digits=4)
        if year is not None and t.hit(j + 1, "unit") is None:  # "2011-2012", «بين عامي 2011 و2013»
            return _End(Partial(year=year), j + 1, None)
        cue = t.hit(j, "clockcue") or t.hit(j, "the") or t.hit(j, "dayprefix")  # «بين يوم 10 ويوم 12»
        k = cue.end if cue is not None else j
        n = t.num(k, 0, 31)
        if n is None or len(t.norm[k]) > 2:
            return None
        if (
            t.adjacent(k)
            and t.norm[k - 1] in (":", ".")
            and t.adjacent(k - 1)
            and t.number[k - 2] is not None
        ):
            return None  # the minutes of a clock ("23:00"), not a number of its own
        end = k + 1
        suffix = t.hit(end, "ordsuffix")
        if suffix is not None and t.adjacent(end):
            end = suffix.end
        return _End(Partial(number=n), end, None)

    def _until_now(self, i: int, first: _End, a: Partial | None, end: int) -> Match | None:
        """«منذ 7 أكتوبر وحتى الآن», «منذ بداية الشهر وحتى الآن», "from 2020 until now": from the
        first end, read alone, to the end of today (a clock first end names no such range)."""
        if first.match is None or (a is not None and a.hour is not None):
            return None
        w1 = realize(a, self.r.ctx) if a is not None else first.match.when
        today = _when.day(self.r.ctx.today, self.r.ctx.zone)
        if w1 is None or w1.grain.rank < Grain.DAY.rank or w1.start >= today.end:
            return None
        timex = f"{w1.timex.split('/')[0]}/{today.timex}"
        when = When(w1.start, today.end, Grain.DAY, timex, w1.approximate, None, WhenKind.RANGE)
        return Match(i, end, when, f"range:{_rule(first)}/now")

    def _weekday_on_or_after(self, a: Partial, b: Partial) -> Partial:
        """A range's last end said as a weekday alone after a day ("from tomorrow to Thursday", "de
        demain à jeudi", "from 3 March to Friday"): the first such weekday on or after that day
        (rom6); lent the first end's month and day instead, it would name another year."""
        if b.weekday is None or (b.year, b.month, b.day, b.week, b.hour, b.number) != (None,) * 6:
            return b
        if a.day is None or a.hour is not None:
            return b
        w = realize(a, self.r.ctx)
        if w is None or w.grain is not Grain.DAY or w.is_range:
            return b
        d = w.start.astimezone(self.r.ctx.zone).date()
        d += timedelta(days=(b.weekday - d.weekday()) % 7)
        return attrs.evolve(b, year=d.year, month=d.month, day=d.day)

    def _range_of_spans(self, i: int, first: _End, last: _End) -> Match | None:
        """«من مطلع أكتوبر حتى منتصف نوفمبر», "from early June to late July", 6月初めから7月末まで,
        "from Q1 to Q3", "de fin mars à mi-avril": ends read whole, at one grain or one a stretch
        itself (a part of a period), from the start of the first to the end of the last, at the
        coarser of the two grains (a day at least)."""
        if first.match is None or last.match is None:
            return None
        w1, w2 = first.match.when, last.match.when
        if not (first.edge or last.edge or w1.is_range or w2.is_range or w1.grain is w2.grain):
            return None
        yearly = last.edge or w2.is_range or w2.grain.rank >= Grain.MONTH.rank  # a weekday is not moved
        if yearly and not self._year_said(last.match):  # h11: 6月初めから7月末まで, its year picked apart
            years = w1.start.year - w2.start.year  # in the first end's year, or the one after it
            later = _years_later(w2, years) if years else w2
            if later is not None and later.start <= w1.start:
                later = _years_later(w2, years + 1)
            w2 = later or w2
        if (
            not (w1.start < w2.start and w1.end < w2.end)
            or min(w1.grain.rank, w2.grain.rank) < Grain.DAY.rank
        ):
            return None
        grain = w1.grain if w1.grain.rank >= w2.grain.rank else w2.grain
        timex = f"{w1.timex.split('/')[0]}/{w2.timex.split('/')[-1]}"
        when = When(w1.start, w2.end, grain, timex, w1.approximate or w2.approximate, None, WhenKind.RANGE)
        return Match(i, last.end, when, f"range:{_rule(first)}/{_rule(last)}")

    def _year_said(self, m: Match) -> bool:
        """Whether a year in digits or a year's word is among the words of ``m``."""
        t = self.t
        return any(
            t.num(k, 1000, 2999, 4) is not None or t.hit(k, "periodword") is not None
            for k in range(m.start, m.end)
        )

    def _hijri_day(self, n: int, last: Match) -> Partial | None:
        """Day ``n`` of the Hijri month a range's last end is in: «من 1 إلى 10 ذي الحجة» counts the
        first end in Dhu al-Hijjah too, not in the Gregorian month its 10th falls in."""
        if last.calendar != "hijri" or last.when.grain is not Grain.DAY or last.when.is_range:
            return None
        said = _hijri.of(last.when.start.astimezone(self.r.ctx.zone).date())
        if said is None or not 1 <= n < said[2]:
            return None
        d = _hijri.to_gregorian(said[0], said[1], n)
        return None if d is None else Partial(d.year, d.month, d.day)

    def _part_end(self, j: int) -> _End | None:
        """A part of the day whose word is also another word («الظهر» "the back", «المغرب» "Morocco"),
        as the last end of a range whose first end is a part: the part, no day said."""
        p = self.t.hit(j, "part")
        if p is None or not isinstance(p.value, str) or p.value not in PARTS:
            return None
        return _End(Partial(part=p.value), p.end, None)

    def _hour_word_end(self, hour: Hit) -> _End | None:
        """A range's end said as an hour word, its minutes and its half of the day: «والعاشرة والنصف»,
        «والرابعة بعد الظهر» (a clitic on it is the range's "and", so no clock rule reads it)."""
        t = self.t
        minute, k = 0, hour.end
        half = t.hit(k, "minword")
        if half is not None and half.value > 0:
            minute, k = half.value, half.end
        said = t.hit(k, "ampm")
        if said is None:
            return _End(Partial(hour=hour.value, minute=minute), k, None)
        h24 = hour24(hour.value, said.value)
        if h24 is None:
            return None
        return _End(Partial(hour=h24, minute=minute, meridiem=True), said.end, None)

    def _period_end(self, j: int) -> Match | None:
        """A range's end that a production reads, not an atom rule: a quarter, an nth day, an edge
        of a period, a holiday or a season (they read their parts with the atom rules only)."""
        found = None
        for production in _END_PRODUCTIONS:
            m = production(self, j) if not self.t.kinds(j).isdisjoint(_END_KINDS[production]) else None
            if m is not None and (found is None or m.end > found.end):
                found = m
        return found

    def _end_value(self, end: _End, *, months: bool = False) -> Partial | None:
        if end.match is None:
            return end.number
        # a month said without its year stays so: the other end lends one ("October to December 2023")
        v = self.value(end.match)
        if months and isinstance(v, Partial) and v.month is not None and self._bare_month(end.match):
            return Partial(month=v.month)  # "de janvier à juin": the range settles the year (romint)
        return v if isinstance(v, Partial) else None

    def _bare_month(self, m: Match) -> bool:
        """Whether ``m`` is a month said alone, no year and no modifier ("juin", not "juin dernier")."""
        return m.rule == "month" and not any(self.t.hit(k, "mod", "this") for k in range(m.start, m.end))

    def _extend_simple(self, m: Match) -> Match:
        """An end joined with atoms after it, but never with another range."""
        t = self.t
        for _ in range(_MAX_JOINS):
            if self._glued_and(m.end):
                break  # «بين منتصف الليل والساعة الخامسة»: the clitic «و» is the range's "and"
            n = self.at(m.end) if m.end < len(t) else None
            if n is None:
                break
            joined = self._joined(m, n, n.end)
            if joined is None:
                break
            m = joined
        return m

    def _edge(self, i: int) -> Match | None:
        """ "early March", "the end of next week", «أواخر شهر آذار»: a part of a month, week or year."""
        t = self.t
        e = t.hit(i, "periodedge")
        if e is None:
            return None
        k = e.end
        if t.is_(k, "-"):
            k += 1  # "mid-December", "mid-2025", "fin-mars": the edge word joined to what it cuts
        if t.hit(k, "of") is not None:
            k = t.hit(k, "of").end  # type: ignore[union-attr]
        hedge = t.hit(k, "hedge")
        if hedge is not None:  # "the beginning of around next week": an edge is approximate anyway
            k = hedge.end
        cut = _rules_refs.edged(self, i, k, e.value) if not e.lex.bound else None
        if cut is not None:  # ana9: "late that year", «أواخر العام نفسه»: of the period said from a date
            return cut
        m = self.at(k)
        # a bare number after the edge word is a year as after other cues (1800-2100), and not one
        # counting hours or days: «نهاية 1500 متر», «بداية 2000 ساعة» are none (ar6), nor a round
        # hundred before a word no table reads, a counted noun: «منتصف 2000 صفحة», "the end of 2000
        # pages" (gaps9; as after a possessive, a round hundred is a count as often as a year)
        counted = t.hit(k + 1, "unit") is not None or self._counts(k)
        y = t.num(k, *_CUED_YEARS, 4) if m is None and not counted else None
        if y is not None:  # "the end of 2012": the edge word is the year's cue
            m = Match(k, k + 1, _when.year(y, self.r.ctx.zone), "year")
        if e.lex.bound and (m is None or m.when.grain is not Grain.MONTH):
            return None  # «نصف العام» is half a year: a bound edge word is only a named month's
        the = t.hit(k, "the") if m is None else None
        if the is not None:  # h11: "a principios de la semana que viene": the period said after "the"
            m = self.at(the.end)
        if m is None:
            k0 = the.end if the is not None else k  # h11: an elided article is two tokens ("l'année")
            mod = t.hit(k0, "mod")  # "the end of past week": the modifier says which one
            shift = mod.value if mod is not None and mod.value in (-1, 1) else 0
            period = t.hit(mod.end if mod is not None and shift else k0, "period")
            if period is None:
                return None
            said = t.num(period.end, 1000, 2999, 4) if period.value == "year" and not shift else None
            if said is not None:  # "the end of the year 2024", "Ende des Jahres 2024": that year
                return self._edge_year(i, e, period.end, said)
            this = _unit(period.value, self.r.ctx.ref, shift)  # "the end of the month": this one
            m = Match(k, period.end, this, f"{period.lex.lang}-{period.value}") if this else None
        v = self.dated(m) if m is not None else None
        if (
            m is not None
            and not isinstance(v, Partial)
            and m.when.grain is Grain.MONTH
            and not m.when.is_range
        ):
            when = _edge_of_days(m.when, Edge(e.value), self.r.ctx.zone)  # «أواخر رمضان»
            return None if when is None else Match(i, m.end, when, f"edge-{e.value}+{m.rule}")
        if m is None or not isinstance(v, Partial):
            return None
        when = _edge_of(v, Edge(e.value), self.r.ctx.zone)
        if when is None:
            return None
        return Match(i, m.end, when, f"edge-{e.value}+{m.rule}")

    def _counts(self, k: int) -> bool:
        """Whether the number at token ``k`` counts the word after it: a round hundred before a
        word no table reads ("2000 pages", «2000 صفحة»; "2000 the", «2000 م» are read words) and
        that no tense table knows as a verb or a clause's joint («منتصف 2000 كانت»: a year)."""
        t = self.t
        n = t.number[k] if k + 1 < len(t) else None
        if n is None or n % 100 != 0 or not t.unread(k + 1):
            return False
        word = t.norm[k + 1]
        for lex in t.lexicons:
            cues = tense(lex.lang)
            if cues is not None and (
                cues.past_at(word) or cues.future_at(word) or (cues.join_re and cues.join_re.match(word))
            ):
                return False
        return True

    def _edge_ahead(self, m: Match, v: Value | None, edge: Edge) -> When | None:
        """The edge of month ``m`` (read as ``v``) a year later, when its year was not said, ``prefer``
        picked one gone by, and the later one is the nearer (h11: 7月末まで said in February is until
        the end of July to come; "6월 말까지" said in November names no deadline)."""
        said = self.value(m)
        if not isinstance(said, Partial) or said.year is not None or not isinstance(v, Partial):
            return None
        if v.year is None or v.month is None or v.day is not None:
            return None
        zone = self.r.ctx.zone
        gone, later = _edge_of(v, edge, zone), _edge_of(attrs.evolve(v, year=v.year + 1), edge, zone)
        if gone is None or later is None:
            return None
        ref = self.r.ctx.ref
        return later if later.start - ref < ref - gone.end else None

    def _edge_year(self, i: int, e: Hit, k: int, year: int) -> Match | None:
        """An edge of the year said with its number after the year's noun (northint)."""
        when = _edge_of(Partial(year=year), Edge(e.value), self.r.ctx.zone)
        return None if when is None else Match(i, k + 1, when, f"edge-{e.value}+year")

    def _edge_after(self, i: int, *, deadline: bool = True) -> Match | None:
        """ "მარტის ბოლო", 6月末, 6月下旬, 6월 말, "ay sonu": a part of a month, year or week said after
        it, by an edge word whose place is after (``[order] periodedge = "after"``); a period word
        alone before it is the reference's own (月末, "თვის ბოლო": the end of this month)."""
        t = self.t
        m = self.at(i)
        month = t.hit(i, "month") if m is None else None
        if month is not None:  # a month name that needs a number ("mart"): the edge after it is one
            y = month_year(month.value, self.r.ctx.today, self.r.ctx.prefer)
            m = Match(i, month.end, _when.month(y, month.value, self.r.ctx.zone), f"{month.lex.lang}-month")
        if m is None:
            period = t.hit(i, "period")
            this = _unit(period.value, self.r.ctx.ref, 0) if period is not None else None
            if period is None or this is None or (i > 0 and t.number[i - 1] is not None and t.adjacent(i)):
                return None  # h11: 7月末 is no end of this month from 月 on (the number's counter)
            m = Match(i, period.end, this, f"{period.lex.lang}-{period.value}")
        e = t.hit(m.end, "periodedge") if m.end < len(t) else None
        if e is None or e.lex.place != "after":
            return None
        v = self.dated(m)  # 6月: the one read
        when = _edge_of(v, Edge(e.value), self.r.ctx.zone) if isinstance(v, Partial) else None
        if when is None:
            return None
        edge = Match(i, e.end, when, f"edge-{e.value}+{m.rule}")
        by = t.hit(e.end, "deadline") if e.end < len(t) else None
        if deadline and by is not None and by.lex.place == "after" and Edge(e.value) is Edge.END:
            # "ay sonuna kadar": until the month's end; a month of no year gone by is next year's
            # (h11: 7月末まで said in February, until the end of July to come)
            window = _windows.until(self, i, by.end, edge)
            if window is None and (ahead := self._edge_ahead(m, v, Edge(e.value))) is not None:
                window = _windows.until(self, i, by.end, attrs.evolve(edge, when=ahead))
            return window or edge
        return edge

    def _nth(self, i: int) -> Match | None:
        """ "the last Friday of October", "first Tuesday in October", «آخر اثنين من شهر آذار», "the last day
        of October", "the last week of October", "the third last week of 2018", "the 5th last day of May",
        «اليوم الثالث من أكتوبر», «ثالث يوم ثلاثاء من الشهر»: the nth (or nth from the end) weekday, day
        or week of a month, weekday or week of a year (a week is the month's or year's when its Thursday
        is, as ISO 8601 gives a week to the year of its Thursday); "the first Monday after Easter" the nth
        weekday after a day (:meth:`_nth_after`); "the 99th day of the year" is :meth:`_counted_day`."""
        t = self.t
        nth = t.hit(i, "nth")
        if nth is None:
            counted = self._counted_day(i)
            if counted is not None:
                return counted
        said = self._nth_said(i, nth)
        if said is None:
            return None
        n, k, wd, unit_name = said
        if not n:
            return None
        after = (t.hit(k, "in") or t.hit(k, "shiftdir")) if wd is not None else None
        way = -1 if after is not None and after.lex.kind == "shiftdir" and after.value == -1 else 1
        found = (
            self._nth_after(i, after.end, wd.value, n, way) if after is not None and wd is not None else None
        )
        if found is not None:  # «ثالث ثلاثاء بعد عيد الميلاد»: the nth such weekday after a day
            return found
        joiner = t.hit(k, "of") or t.hit(k, "join")
        # Without a joiner the month's own case says "of" (Slavic genitive: «последний понедельник
        # марта», "pierwszy wtorek października"), or a clitic joins it («بشهر أكتوبر»).
        if (
            joiner is None
            and t.hit(k, "month", "hmonth", "monthprefix") is None  # ar8: «أول أيام (شهر) رمضان»
            and not (t.hits(k) and t.hits(k)[0].strip > 0)
        ):
            return None
        at = joiner.end if joiner is not None else k
        m = self.at(at) or (self._this_period(at, "month") if joiner is not None else None)
        if m is None and joiner is not None:
            m = self._month_after_of(at)  # "le 2e mardi de mars": a month that is also a word (rom6)
        if m is None and (wd is not None or unit_name == "week") and joiner is not None:
            m = self._this_period(at, "year")  # "the first Monday of the year", «الأسبوع الأخير من العام»
        y = t.num(at, 1000, 2999, 4) if m is None and joiner is not None else None
        if y is not None:  # "the third last week of 2018": "of" is the year's cue
            m = Match(at, at + 1, _when.year(y, self.r.ctx.zone), "year", Partial(year=y))
        if m is None:
            return None
        return self._nth_in(i, m.end, m, n, wd, unit_name)

    def _nth_head_first(self, i: int) -> Match | None:
        """ "ekimin birinci salısı", 10月の第1月曜日, 十月第一个星期一, 10월 첫째 월요일: the month (or
        year) first, then the nth weekday or week of it (languages that put the whole before its part)."""
        t = self.t
        m = self.at(i)
        month = t.hit(i, "month") if m is None else None
        if month is not None:  # a month name that needs a number ("ekim"): the nth after it is one
            y = month_year(month.value, self.r.ctx.today, self.r.ctx.prefer)
            m = Match(i, i + 1, _when.month(y, month.value, self.r.ctx.zone), f"{month.lex.lang}-month")
        if m is None or m.end >= len(t):
            return None
        k = m.end
        joiner = t.hit(k, "of") or t.hit(k, "join")
        if joiner is not None:
            k = joiner.end
        nth = t.hit(k, "nth")
        said = self._nth_said(k, nth) if nth is not None else None
        if said is None or not said[0]:
            return None
        n, end, wd, unit_name = said
        return self._nth_in(i, end, m, n, wd, unit_name)

    def _nth_in(
        self, i: int, end: int, m: Match, n: int, wd: Hit | None, unit_name: str | None
    ) -> Match | None:
        """The ``n``-th weekday ``wd`` (or week, or day) of the month or year ``m``, said in ``[i, end)``."""
        v = self.dated(m)  # 10月: the one read
        weeks = wd is None and unit_name == "week"
        span = _month_span(m.when, self.r.ctx.zone) if v is None else None  # a Hijri month
        if span is None:
            if not isinstance(v, Partial) or v.year is None or v.day is not None or v.week is not None:
                return None
            if v.month is None and wd is None and not weeks:
                return None  # "the last day of 2018": days of a year are counted by _counted_day only
            first = date(v.year, v.month or 1, 1)
            days = [first + timedelta(days=d) for d in range(31 if v.month is not None else 366)]
            span = [d for d in days if d.year == v.year and (v.month is None or d.month == v.month)]
        elif weeks and m.when.grain is not Grain.MONTH:
            return None
        if unit_name == "weekend":
            return self._nth_weekend(i, m, span, n)
        days = [d for d in span if wd is None or d.weekday() == wd.value]
        if weeks:
            days = [d for d in days if d.weekday() == 3]  # the month's weeks, by their Thursdays
        if not days or abs(n) > len(days):
            return None
        if weeks:
            monday = (days[n - 1] if n > 0 else days[n]) - timedelta(days=3)
            iso = monday.isocalendar()
            week = Partial(week=(iso.year, iso.week))
            return Match(i, end, _when.week(monday, self.r.ctx.zone), f"nth-week+{m.rule}", week)
        d = days[n - 1] if n > 0 else days[n]
        return Match(i, end, _when.day(d, self.r.ctx.zone), f"nth+{m.rule}", Partial(d.year, d.month, d.day))

    def _nth_month(self, i: int) -> Match | None:
        """ "the third month of 2017", «o terceiro mês de 2017», "le dernier mois de 2016": month n of
        a year said in digits (romint)."""
        t = self.t
        j = t.hit(i, "the").end if t.hit(i, "the") is not None else i  # type: ignore[union-attr]
        nth = t.hit(j, "nth") or t.hit(j, "ordinal")
        unit = t.hit(nth.end, "unit") if nth is not None and nth.value else None
        if nth is None or unit is None or unit.value[0] != "month":
            return None
        joiner = t.hit(unit.end, "of") or t.hit(unit.end, "join")
        at = joiner.end if joiner is not None else unit.end
        year = t.num(at, 1000, 2999, 4)
        n = nth.value if nth.value > 0 else 13 + nth.value
        if year is None or not 1 <= n <= 12:
            return None
        return Match(
            i, at + 1, _when.month(year, n, self.r.ctx.zone), "nth-month", Partial(year=year, month=n)
        )

    def _nth_said(self, i: int, nth: Hit | None) -> tuple[int, int, Hit | None, str | None] | None:
        """(n, end, weekday, unit noun) of the ordinal part of an nth date: "the last Friday", "the
        3rd last week", «الاثنين الأخير», «اليوم الثالث», «ثالث يوم ثلاثاء» (n < 0 counts from the end)."""
        t = self.t
        n: int | None = nth.value if nth is not None else None
        k: int | None = nth.end if nth is not None else None
        if nth is None:  # "the 3rd last week": an ordinal in digits
            j = t.hit(i, "the").end if t.hit(i, "the") is not None else i  # type: ignore[union-attr]
            said = t.num(j, 1, 9)
            if (
                said is not None
                and t.end[j] - t.start[j] > len(t.norm[j])
                and t.hit(j + 1, "nth") is not None
            ):
                n, k = said, j + 1
            elif said is not None:  # rom6: "3rd Tuesday", "1° martedì", "3eme jour": the digit's ordinal mark
                after = t.after_number(j)
                marked = after > j + 1 or t.end[j] - t.start[j] > len(t.norm[j])
                if marked and (t.hit(after, "weekday") is not None or t.hit(after, "unit") is not None):
                    n, k = said, after
        back = t.hit(k, "nth") if k is not None and n is not None and n > 0 else None
        if back is not None and back.value == -1:
            n, k = -(n or 0), back.end  # "the third last": the third from the end
        unit_name: str | None = None
        if n is not None and k is not None:  # "the last Friday", «آخر اثنين», «ثالث يوم ثلاثاء»
            day_noun = t.hit(k, "dayprefix")
            wd = t.hit(day_noun.end if day_noun is not None else k, "weekday")
            weekend = t.hit(k, "weekend") if wd is None else None
            unit = t.hit(k, "unit") if wd is None else None
            if weekend is not None:  # "the last weekend of October" (enint)
                return n, weekend.end, None, "weekend"
            if wd is None and (unit is None or unit.value[0] not in ("day", "week")):
                return None
            unit_name = None if unit is None else unit.value[0]
            k = (wd or unit).end  # type: ignore[union-attr]
        else:  # «الاثنين الأخير», «الثلاثاء الثالث», «اليوم الثالث»: the ordinal after its noun
            wd = t.hit(i, "weekday")
            noun = t.hit(i, "nthnoun") if wd is None else None
            head = wd or noun
            post = t.hit(head.end, "nth") if head is not None else None
            if post is None and noun is not None:
                post = t.hit(noun.end, "ordinal")
            if head is None or post is None:
                return None
            unit_name = None if noun is None else noun.value
            n, k = post.value, post.end
        return n, k, wd, unit_name

    def _this_period(self, k: int, period: str) -> Match | None:
        """ "the month", "the year" after "of": the reference's ("the first Monday of the month")."""
        t = self.t
        per = t.hit(k + 1 if t.hit(k, "the") is not None else k, "period")
        if per is None or per.value != period or t.hit(per.end, "mod") is not None:
            return None
        this = _unit(period, self.r.ctx.ref, 0)
        return None if this is None else Match(k, per.end, this, f"{per.lex.lang}-{period}")

    def _counted_day(self, i: int) -> Match | None:
        """ "the 99th day of the year", "the 60th day of 2024", "the 3rd day of the month": a day
        counted from the first of a year or a month.

        Without "of the year" or a year ("the 99th day of the strike") it names no date.
        """
        t = self.t
        n = t.num(i, 1, 366)
        if n is None or t.text[t.end[i] - 2 : t.end[i]] not in ("st", "nd", "rd", "th"):
            return None  # "99th" (an ordinal in digits), not "99"
        unit = t.hit(i + 1, "unit")
        joiner = t.hit(unit.end, "of") if unit is not None and unit.value[0] == "day" else None
        if joiner is None:
            return None
        k = joiner.end
        m = self.at(k) or self._this_period(k, "year") or self._this_period(k, "month")
        y = t.num(k, 1000, 2999, 4) if m is None else None
        if y is not None:  # "the 60th day of 2024": the ordinal is the year's cue
            m = Match(k, k + 1, _when.year(y, self.r.ctx.zone), "year")
        v = self.dated(m) if m is not None else None
        if m is None or not isinstance(v, Partial) or v.year is None or v.day is not None:
            return None
        d = date(v.year, v.month or 1, 1) + timedelta(days=n - 1)
        if d.year != v.year or d.month != (v.month or d.month):
            return None  # day 366 of a common year, day 31 of a 30-day month
        return Match(
            i, m.end, _when.day(d, self.r.ctx.zone), f"nth-day+{m.rule}", Partial(d.year, d.month, d.day)
        )

    def _nth_weekend(self, i: int, m: Match, span: list[date], n: int) -> Match | None:
        """The ``n``-th weekend of a month or year: the one whose first day (Saturday, or Friday where
        the page's country rests on Friday and Saturday) is its ``n``-th in ``span``."""
        ctx, t = self.r.ctx, self.t
        word = next((h for k in range(i, m.start) for h in t.hits(k) if h.lex.kind == "weekend"), None)
        if word is None:
            return None
        first_wd, _ = weekend_days(getattr(ctx.zone, "key", None), word.lex.lang)
        firsts = [d for d in span if d.weekday() == first_wd]
        if not firsts or abs(n) > len(firsts) or m.when.grain not in (Grain.MONTH, Grain.YEAR):
            return None
        first = firsts[n - 1] if n > 0 else firsts[n]
        when = _when.days(first, first + timedelta(days=1), ctx.zone)
        return Match(i, m.end, when, f"nth-weekend+{m.rule}")

    def _nth_after(self, i: int, k: int, weekday: int, n: int, way: int = 1) -> Match | None:
        """The ``n``-th ``weekday`` after (``way`` -1: before) the day read at ``k`` ("the first Monday
        after Easter", "the second Sunday before Christmas")."""
        m = self.best(k)  # a holiday is a production, not an atom
        if m is None or n < 1 or m.when.grain is not Grain.DAY:
            return None
        if way < 0:  # strictly before its first day
            first = m.when.start.astimezone(self.r.ctx.zone).date()
            d = first - timedelta(days=(first.weekday() - weekday - 1) % 7 + 1 + 7 * (n - 1))
            return Match(
                i,
                m.end,
                _when.day(d, self.r.ctx.zone),
                f"nth-before+{m.rule}",
                Partial(d.year, d.month, d.day),
            )
        start = m.when.end.astimezone(self.r.ctx.zone).date()  # after the whole day (or days)
        ahead = (weekday - start.weekday()) % 7
        d = start + timedelta(days=ahead + 7 * (n - 1))
        return Match(
            i, m.end, _when.day(d, self.r.ctx.zone), f"nth-after+{m.rule}", Partial(d.year, d.month, d.day)
        )

    def _year_part(self, i: int) -> Match | None:
        """A quarter or half of a year: "the third quarter", "third-quarter", "the first half of 1990",
        "Q3 2024", "the 1988 second quarter", "fiscal second-quarter", «الربع الثالث من العام الحالي»,
        «النصف الأول من عام 2024». The ordinal stands before or after its noun.

        Without a year, the nearest such quarter (as a year-less date,
        :func:`~liveblog.resolve._partial.yearly_prefer`); a bound noun ("half", which a match
        also has) needs its year said. A fiscal year is read as the calendar year.
        """
        t = self.t
        j, year, back, fiscal = self._year_part_head(i)
        if j < 0:
            return None  # cjk8: 10月の第1四半期 is no quarter of a year
        if (first := t.hit(j, "firstn")) is not None:
            return self._first_parts(i, first.end, year)
        if (word := t.hit(j, "partword")) is not None:  # h11: 上半年, 상반기, 上半期 (a half in one word)
            return self._year_part_word(i, word, year, fiscal=fiscal)
        letter = t.hit(j, "yearpartletter")
        if letter is not None:  # "Q3": the letter and the number glued
            n = t.num(letter.end, 1, 4) if t.adjacent(letter.end) else None
            if n is None:
                return None
            size, end, bound = letter.value, letter.end + 1, False
        else:
            glued = self._glued_part_number(j)
            nth = t.hit(j, "nth", "ordinal") if glued is None else None
            k = nth.end if nth is not None else j
            digits = t.num(j, 1, 4) if nth is None and glued is None else None
            mark = t.hit(j + 1, "ordsuffix") if digits is not None and t.adjacent(j + 1) else None
            n_digits = None
            if glued is not None:  # 第三季度, 三季度, 第3四半期, 4분기
                n_digits, k = glued
            elif digits is not None and mark is not None:  # "3. kvartal", "4tes Quartal"
                k, n_digits = mark.end, digits
            elif digits is not None and t.end[j] - t.start[j] > len(t.norm[j]):  # "3rd quarter"
                k, n_digits = j + 1, digits
            if nth is not None and t.is_(k, "-") and t.adjacent(k):
                k += 1  # "third-quarter"
            noun = t.hit(k, "yearpart")
            if noun is None:
                return self._year_part_number_after(i, k) if nth is None and n_digits is None else None
            end = noun.end
            if nth is None and n_digits is None:
                # «الربع الثالث»; «الربع الأخير»: the nth sense before the ordinal one (0, a day's)
                nth = t.hit(end, "nth") or t.hit(end, "ordinal")
                if nth is None:
                    return None
                end = nth.end
            size, bound = noun.value, noun.lex.bound
            n = n_digits if nth is None else nth.value
            count = 12 // size
            if not n or abs(n) > count:
                return None
            n = n if n > 0 else count + n + 1  # "the last half of 1989"
        if year is None:
            found = self._year_after(end)
            if found is None:
                unsaid = self._year_part_unsaid(i, end, n, size, bound=bound, fiscal=fiscal)
                if unsaid is None or not back:
                    return unsaid
                said = unsaid.when.start.astimezone(self.r.ctx.zone).year
                return attrs.evolve(unsaid, when=_when.quarter(said - back, n, size, self.r.ctx.zone))
            year, end = found
        when = _when.quarter(year, n, size, self.r.ctx.zone)
        return Match(i, end, when, "quarter" if size == 3 else "half")

    def _year_part_word(self, i: int, word: Hit, year: int | None, *, fiscal: bool) -> Match | None:
        """A part of a year said in one word (h11, ``partword`` [n, months]): 上半年, 하반기, 上半期; of
        the year said before or after it, else the nearest such part."""
        n, size = word.value
        end = word.end
        if year is None:
            found = self._year_after(end)
            if found is None:
                return self._year_part_unsaid(i, end, n, size, bound=word.lex.bound, fiscal=fiscal)
            year, end = found
        when = _when.quarter(year, n, size, self.r.ctx.zone)
        return Match(i, end, when, "quarter" if size == 3 else "half")

    def _first_parts(self, i: int, k: int, year: int | None) -> Match | None:
        """The first n quarters or halves of a year, its first n months after a year said (h11, a
        ``firstn`` word before the number): 前三季度 (the first three quarters), 今年前三季度, 今年前两个月
        (January and February). Without a year, the year whose nth part is nearest, as for one part."""
        t = self.t
        ctx = self.r.ctx
        glued = self._glued_part_number(k)
        if glued is not None:
            n, end = glued
            noun = t.hit(end, "yearpart")
            assert noun is not None
            size, end = noun.value, noun.end
            count = 12 // size
            if not 2 <= n <= count:
                return None
            if year is None:
                found = self._year_after(end)
                year, end = (
                    found if found is not None else (_nearest_year(n, count, ctx.today, ctx.prefer), end)
                )
            first, last = _when.quarter(year, 1, size, ctx.zone), _when.quarter(year, n, size, ctx.zone)
            return Match(i, end, _span(first, last), "first-parts")
        num = t.num(k, 2, 11)
        end = k + 1
        if num is None and (spelled := spelled_number(t, k)) is not None:
            num, end = spelled
        unit = t.hit(end, "unit") if num is not None and year is not None else None
        if unit is None or unit.value[0] != "month" or num is None or year is None or not 2 <= num <= 11:
            return None  # "前两个月" alone is the last two months (a window), read elsewhere
        return Match(
            i,
            unit.end,
            _span(_when.month(year, 1, ctx.zone), _when.month(year, num, ctx.zone)),
            "first-months",
        )

    def _year_part_number_after(self, i: int, k: int) -> Match | None:
        """A quarter whose noun stands before its number (h11): Vietnamese "quý 3", "quý III/2023",
        "quý 4 năm 2018" (a ``yearparthead`` noun: its number, in digits or in capital Roman
        numerals, follows it); the year after it as after any quarter, "/2023" glued to the number."""
        t = self.t
        noun = t.hit(k, "yearparthead")
        if noun is None or noun.end >= len(t):
            return None
        j = noun.end
        roman = t.hit(j, "roman")
        n = roman.value if roman is not None and self.r.upper(j) else t.num(j, 1, 12 // noun.value)
        size, end = noun.value, j + 1
        if not isinstance(n, int) or not 1 <= n <= 12 // size:
            return None
        if t.adjacent(end) and t.is_(end, "/") and t.adjacent(end + 1):
            year = t.num(end + 1, 1000, 2999, 4)  # "quý 3/2023"
            if year is None:
                return None  # "quý 3/4": no quarter
            return Match(i, end + 2, _when.quarter(year, n, size, self.r.ctx.zone), "quarter")
        if t.adjacent(end) and end < len(t):
            decimal = t.norm[end] in ",." and t.adjacent(end + 1) and t.num(end + 1) is not None
            if decimal or t.norm[end][:1].isalnum():
                return None  # "quý 3tr", "quý 3,5 tỷ": no quarter's number
        found = self._year_after(end)
        if found is None:
            return self._year_part_unsaid(i, end, n, size, bound=noun.lex.bound)
        return Match(i, found[1], _when.quarter(found[0], n, size, self.r.ctx.zone), "quarter")

    def _glued_part_number(self, j: int) -> tuple[int, int] | None:
        """(n, end) for a number glued to a part of a year's noun, after a rank's prefix or not (cjk8):
        第三季度, 三季度 (the third quarter), 第3四半期, 4분기; "3 quarters" has its space."""
        t = self.t
        pre = t.hit(j, "numprefix")
        k = pre.end if pre is not None else j
        n = t.num(k, 1, 4)
        end = k + 1
        if n is None and (spelled := spelled_number(t, k)) is not None:
            n, end = spelled
        if n is None or not 1 <= n <= 4 or end >= len(t) or not t.adjacent(end):
            return None
        return (n, end) if t.hit(end, "yearpart") is not None else None

    def _year_before_part(self, j: int) -> tuple[int | None, int]:
        """(year, where the part begins) for a year said before a part of it: "the 1988 third
        quarter"; with its counter (cjk8): 2018年第三季度, 2018년 4분기."""
        t = self.t
        word = t.hit(j, "periodword")
        if word is not None and word.value[0] == "year":  # h11: 今年一季度, 작년 4분기, 昨年の第4四半期
            said = _rules_holiday.year_said_before(t, j, self.r.ctx.today.year)
            assert said is not None
            return said
        y = t.num(j, 1000, 2999, 4)
        two = t.num(j, 0, 99, 2) if y is None and t.adjacent(j + 1) else None
        if two is not None and t.hit(j + 1, "yearpartletter") is not None:
            # en8: "18q4", "18Q4": a year in two digits glued to the quarter (as "10/31/74" reads it)
            y = 2000 + two if two <= self.r.ctx.today.year % 100 + 10 else 1900 + two
        if y is None:
            return None, j
        counter = t.hit(j + 1, "counter")
        return y, counter.end if counter is not None and counter.value == "year" else j + 1

    def _after_counted_month(self, j: int) -> bool:
        """Whether a month's or a day's counter stands in the three tokens before ``j`` (cjk8):
        10月の第1四半期 is no quarter of a year."""
        t = self.t
        for b in range(max(0, j - 3), j):
            h = t.hit(b, "counter")
            if h is not None and h.value in ("month", "day"):
                return True
        return False

    def _year_part_head(self, i: int) -> tuple[int, int | None, int, bool]:
        """(where the ordinal or letter starts, the year said, years counted back, fiscal) of the
        words before a quarter: "the", "the 1988", 2018年 (cjk8), "the year-ago" (tb8), "fiscal",
        "fiscal-"; a start of -1 when a month's or day's counter stands before (cjk8)."""
        t = self.t
        j = i
        the = t.hit(j, "the")
        if the is not None:
            j = the.end
        if self._after_counted_month(j):
            return -1, None, 0, False
        year, j = self._year_before_part(j)
        ago = t.hit(j, "anaphor") if year is None else None
        back = _years_back(ago.value) if ago is not None else 0
        if ago is not None and back:
            j = ago.end  # tb8: "the year-ago third quarter"
        fiscal = t.hit(j, "fiscal")
        if fiscal is not None:
            j = fiscal.end + (t.is_(fiscal.end, "-") and t.adjacent(fiscal.end))  # "fiscal-first"
        return j, year, back, fiscal is not None

    def _year_part_unsaid(
        self, i: int, end: int, n: int, size: int, *, bound: bool, fiscal: bool = False
    ) -> Match | None:
        """A quarter or half whose year is not said: of a month («النصف الثاني من الشهر الجاري»: days
        16 to the end), of something else (none), or of the nearest year (ar6 split it out); a
        fiscal one ("the fiscal first quarter") by ``prefer`` itself (tb8): its calendar months are
        not known, so no month is nearer, and news reports the last one ended."""
        if size == 6 and (half := self._half_of_month(end, n)) is not None:
            return Match(i, half[1], half[0], "half-month")
        if self._of_other(end) or bound:
            return None  # «الربع الأخير من المباراة», "the third quarter of the game": not a year's
        year = _nearest_year(n, 12 // size, self.r.ctx.today, self.r.ctx.prefer, fiscal=fiscal)
        when = _when.quarter(year, n, size, self.r.ctx.zone)
        return Match(i, end, when, "quarter" if size == 3 else "half")

    def _month_after_of(self, k: int) -> Match | None:
        """A month name at ``k`` that needs a cue ("mars", also the planet), read after an "of" word
        that made it one: its nearest month."""
        month = self.t.hit(k, "month")
        if month is None:
            return None
        ctx = self.r.ctx
        said_in = month_year(month.value, ctx.today, ctx.prefer)
        return Match(k, month.end, _when.month(said_in, month.value, ctx.zone), f"{month.lex.lang}-month")

    def _half_of_month(self, k: int, n: int) -> tuple[When, int] | None:
        """(days, end) of half ``n`` of the month "of" names after ``k`` (ar6): days 1-15 or 16 to the
        end, «النصف الأول من الشهر», «النصف الثاني من شهر مارس», "the second half of the month"."""
        t = self.t
        of = t.hit(k, "of")
        if of is None or of.end >= len(t):
            return None
        m = self.at(of.end) or self._this_period(of.end, "month")
        if m is None:
            m = self._month_after_of(of.end)  # h11: "la seconde quinzaine de mars"
        v = self.dated(m) if m is not None else None
        if m is None or not isinstance(v, Partial) or v.grain is not Grain.MONTH or v.year is None:
            return None
        assert v.month is not None
        zone = self.r.ctx.zone
        last = (date(*_when.shift_month(v.year, v.month, 1), 1) - timedelta(days=1)).day
        a, b = (1, 15) if n == 1 else (16, last)
        return _span(
            _when.day(date(v.year, v.month, a), zone), _when.day(date(v.year, v.month, b), zone)
        ), m.end

    def _of_other(self, k: int) -> bool:
        """Whether "of" and a word that names no year follow ``k`` (ar6): a part of something else."""
        t = self.t
        of = t.hit(k, "of")
        if of is None or of.end >= len(t) or not t.norm[of.end].isalnum():
            return False
        return t.hit(of.end, "fiscal") is None and t.number[of.end] is None

    def _year_after(self, k: int) -> tuple[int, int] | None:
        """(year, end) for what may follow a quarter: "of 1990", "2024", «من العام الحالي», «من العام»."""
        t = self.t
        of = t.hit(k, "of")
        j = of.end if of is not None else k
        y = t.num(j, 1000, 2999, 4)
        if y is not None:
            return y, j + 1
        if j >= len(t):
            return None
        m = self.at(j)
        if m is not None and m.when.grain is Grain.YEAR:
            return m.when.start.astimezone(self.r.ctx.zone).year, m.end  # "of next year", «من عام 2024»
        if of is None:
            return None
        the = t.hit(j, "the")
        per = t.hit(the.end if the is not None else j, "period")
        if per is not None and per.value == "year":
            return self.r.ctx.today.year, per.end  # "of the year", «من العام»: this one
        return None

    def _weekday_of_week(self, i: int) -> Match | None:
        """A weekday that needs a cue, with its week after it: «اثنين الأسبوع الحالي»."""
        t = self.t
        wd = t.hit(i, "weekday")
        if wd is None or not wd.lex.bound:
            return None
        n = self._atom(wd.end)
        if n is None and t.hit(wd.end, "join") is not None:
            n = self._atom(t.hit(wd.end, "join").end)  # type: ignore[union-attr]
        v = self.value(n) if n is not None else None
        if n is None or not isinstance(v, Partial) or v.week is None:
            return None
        said = Match(i, wd.end, n.when, f"{wd.lex.lang}-weekday", Partial(weekday=wd.value))
        return self._joined(said, n, n.end)

    def _week_weekday(self, i: int) -> Match | None:
        """ "last week's Sunday", "next week's Friday": a week, its possessive, a weekday of it (enint)."""
        t = self.t
        n = self._atom(i)
        v = self.value(n) if n is not None else None
        if n is None or not isinstance(v, Partial) or v.week is None or n.end + 2 >= len(t):
            return None
        k = n.end
        if not (t.is_(k, "'", "’") and t.norm[k + 1] == "s" and t.adjacent(k) and t.adjacent(k + 1)):
            return None
        wd = t.hit(k + 2, "weekday")
        if wd is None:
            return None
        said = Match(k + 2, wd.end, n.when, f"{wd.lex.lang}-weekday", Partial(weekday=wd.value))
        return self._joined(n, said, wd.end)

    def _week_of(self, i: int) -> Match | None:
        """ "the week of October 6th", "the week of 10 March": the ISO week that holds the day (enint)."""
        t = self.t
        per = t.hit(i, "period")
        of = t.hit(per.end, "of") if per is not None and per.value == "week" else None
        m = self.best(of.end) if of is not None else None
        if m is None or m.when.grain is not Grain.DAY or m.when.is_range:
            return None
        zone = self.r.ctx.zone
        d = m.when.start.astimezone(zone).date()
        monday = d - timedelta(days=d.weekday())
        iso = monday.isocalendar()
        return Match(
            i, m.end, _when.week(monday, zone), f"week-of+{m.rule}", Partial(week=(iso.year, iso.week))
        )

    def _glued_and(self, k: int) -> bool:
        """Whether the word at ``k`` carries a clitic that is a range's "and" («والأربعاء»)."""
        t = self.t
        hits = t.hits(k)
        if not hits or hits[0].strip <= 0:
            return False
        clitic = t.norm[k][: hits[0].strip]
        return any(
            sense.kind == "range-to" and sense.value == "between" and sense.words == (clitic,)
            for lex in t.lexicons
            for sense, _ in lex.starting(clitic)
        )

    def _glued_closer(self, k: int) -> bool:
        """Whether the word at ``k`` ends in an ending that closes a range, glued to a word the
        tables know without it (Turkish "pazartesiden", Korean 8일부터: a ``range-to`` row that is
        also one of the language's :attr:`~liveblog.lang.Syntax.suffixes`)."""
        t = self.t
        if k < 0 or not t.hits(k):
            return False
        word = t.norm[k]
        return any(
            word.endswith(ending)
            and len(word) > len(ending)
            and word not in lex.by_first
            and any(s.kind == "range-to" and s.words == (ending,) for s, _ in lex.starting(ending))
            for lex in t.lexicons
            for ending in lex.suffixes
        )

    def _closer_near(self, i: int) -> bool:
        """Whether a word that closes a range stands within a first end's reach after token ``i``.

        comp11: the closer follows the first end (or is glued to its last word), and the first end
        is a reading from ``i``, which holds no word no table reads (fast8): a closer with such a
        word between it and ``i`` closes no range from ``i`` («في السنوات الماضية لخطر … ، إلى»).
        The tokens are asked only once a closer stands near, up to the first such word."""
        at, hi = self._closer_at, i + _FIRST_END
        k = bisect.bisect_left(at, i)  # the first end may be one word with its closer glued on
        t = self.t
        read = i + 1  # the tokens in (i, read) are read from i
        while k < len(at) and at[k] < hi:
            p = at[k]
            while read < p:
                if t.unread(read, i):
                    return False
                read += 1
            if t.hit(p, "range-to") is not None or self._glued_closer(p):
                return True
            k += 1
        return False

    def _closer_read_from(self, j: int) -> bool:
        """Whether a word that closes a range may stand at or after token ``j`` with no word of no
        table before it (comp10). After an opening word the closing word follows the first end
        right away (no glued ending: that is a range with no opening word), and a reading holds no
        word no table reads (fast8), so a range that opens before such a word, with no closer on
        the way, has none («منذ حوالي ثلاث ساعات قتل»). A long readable stretch is left to the
        range itself (at most _CLOSER_LOOK tokens are looked at)."""
        t = self.t
        for p in range(j, min(j + _CLOSER_LOOK, len(t))):
            if t.hit(p, "range-to") is not None:
                return True
            if t.unread(p, j):
                return False
        return j + _CLOSER_LOOK < len(t)  # the text ends: no closer

    def _range(self, i: int) -> Match | None:
        """``[from|between] END to|until|-|and END``: one range."""
        t = self.t
        j = i
        opener = t.hit(j, "range-from")
        if opener is not None:
            j = opener.end
            if opener.value not in ("between", "between-hour") and not self._closer_read_from(j):
                return None  # «منذ حوالي ثلاث ساعات»: no closing word before prose (comp10)
        elif i >= len(t) or (t.number[i] is None and not t.hits(i)):
            return None
        elif not self._closer_near(i):
            return None  # no word that closes a range near: the common case, decided cheaply
        first = self._end(j)
        if first is None or (first.match is None and t.hit(j, "ref") is not None):
            return None  # "now" ends a range («وحتى الآن»); "between now and Feb. 10" stays two times
        first, joiner = self._closed_first(j, first, opened=opener is not None)
        glued = joiner is None and opener is None and self._glued_closer(first.end - 1)
        # «à», «a» close a range of times only when a word opened it («de 10h à 12h»; «le 16 à 18h»
        # is the 16th at 6 pm), and a range of days either way («13 a 15 Julho»).
        days_only = joiner is not None and joiner.value == "from" and opener is None
        way = opener.value if opener is not None else None
        between = way in ("between", "between-hour")
        if glued:  # "pazartesiden cumaya", "8일부터 13일": the first end's ending closes the range
            joiner_end = first.end
        elif joiner is None or (joiner.value == "between" and not between):
            if not between or not self._glued_and(first.end):
                return None
            joiner_end = first.end  # «بين الاثنين والأربعاء»: "and" is a clitic on the last end
        else:
            joiner_end = joiner.end
        last = self._end(joiner_end)
        if last is None and first.match is not None and first.match.when.grain is Grain.PART_OF_DAY:
            last = self._part_end(joiner_end)  # «من الفجر حتى الظهر»: after a part, «الظهر» is noon
        if last is None:
            return None
        days = _days(first, last) if way == "from-the" else _hours(first, last) if way in _HOURS else None
        if days is not None and way == "from-the" and not _month_follows(t, last.end):
            days = None  # "del 1 al 10" alone, "du 3 au 5 %", "del 1 al 3 de la ley": no month, no days
        elif days is not None and last.end < len(t) and not _date_goes_on(t, last.end):
            days = None  # "tra le 3 e le 5 vittime": counts
        if first.match is None and last.match is None and not _years(first, last) and days is None:
            return None
        if (glued or joiner is not None) and (
            (last.match is None and t.hit(last.end, "unit") is not None)
            or (last.match is not None and last.match.amount is not None)
        ):
            return None  # "15 Ekim'den 3 gün sonra": an amount counted from the date, no range
        months = all(e.match is not None and self._bare_month(e.match) for e in (first, last))
        a, b = days or (self._end_value(first, months=months), self._end_value(last, months=months))
        if a is not None and a.number is not None and last.match is not None:
            a = self._hijri_day(a.number, last.match) or a
        if a is not None and b is not None:
            b = self._weekday_on_or_after(a, b)  # "from tomorrow to Thursday", "da domani a giovedì"
        if last.match is None and t.hit(joiner_end, "ref") is not None:
            return self._until_now(i, first, a, last.end)
        if a is None or b is None:
            return self._range_of_spans(i, first, last)
        # lead10: "29/11/2024 - 14h40", a dateline: the clock on that day (Composer._dateline_clock)
        # h11: nor a bare number lent a month across spaces ("between 1 and March"; 1～3月 is a range)
        rng = (
            None
            if _dateline(opener, joiner, a, b) or _loose_months(t, a, b, first.end, joiner_end)
            else distribute(a, b)
        )
        if rng is None:
            return None
        bare_hour = opener is None and first.match is None and rng.first.hour is not None
        score = bare_hour and self._glued_dash(first.end, joiner_end)
        if score and not self._clock_cued(i, joiner_end, last.end):
            return None  # «بنتيجة 2-1 مساء الأحد», "won 2-0 last night": a score, not hours
        when = realize(rng, self.r.ctx)
        if when is None or (days_only and when.grain.rank < Grain.DAY.rank):
            return None
        rule = f"range:{_rule(first)}/{_rule(last)}"
        return Match(i, last.end, when, rule, rng)

    def _closed_first(self, j: int, first: _End, *, opened: bool) -> tuple[_End, Hit | None]:
        """(first end, the closer after it) of a range whose first end starts at ``j``. In a range a
        word opened, when the first end's longest reading swallowed the closer and the last end
        ("de midi à 14h" read "midi à 14h", 14:00), a time of day read alone at ``j`` with a closer
        after it (h11: "dalla mezzanotte alle 2"). A day stays joined to its clock ("de lundi à 14h"
        is Monday at 14:00, no range)."""
        joiner = self.t.hit(first.end, "range-to")
        atom = self.r.at(j) if joiner is None and opened and first.match is not None else None
        if atom is None or atom.end >= first.end or atom.when.grain.rank >= Grain.DAY.rank:
            return first, joiner
        closer = self.t.hit(atom.end, "range-to")
        return (first, None) if closer is None else (_End(None, atom.end, atom), closer)

    def _glued_dash(self, k: int, after: int) -> bool:
        """Whether the joiner ``[k, after)`` is one dash glued to a number on each side ("2-1")."""
        t = self.t
        return (
            after == k + 1
            and t.number[k] is None
            and not t.norm[k].isalnum()
            and t.adjacent(k)
            and t.adjacent(after)
            and after < len(t)
            and t.number[after] is not None
        )

    def _clock_cued(self, i: int, last_start: int, last_end: int) -> bool:
        """Whether a glued "N-M" is said as hours: a clock cue before it ("at 3-4", «الساعة 2-4»), a
        colon clock in its last end, or a 12-hour word after it that is no part of the day ("3-4pm";
        «مساء» is also "evening", so «2-1 مساء الأحد» is a score on Sunday evening)."""
        t = self.t
        if t.hit(i, "clockcue") is not None or (i > 0 and t.hit(i - 1, "clockcue") is not None):
            return True
        if ":" in t.text[t.start[last_start] : t.end[last_end - 1]]:
            return True
        k = last_start + 1
        return t.hit(k, "ampm") is not None and t.hit(k, "part") is None


# h11: the words a weekday that only confirms a whole date may follow it by
_WEEKDAY_OR_JOIN = frozenset({"weekday", "join"})


def _years(first: _End, last: _End) -> bool:
    """Whether both ends are bare years, the last after the first ("2011-2012", "1985 to 1987")."""
    a, b = first.number, last.number
    return a is not None and b is not None and a.year is not None and b.year is not None and a.year < b.year


def _days(first: _End, last: _End) -> tuple[Partial, Partial] | None:
    """Two bare numbers after an opener that carries the article ("du 13 au 18"): days, in order."""
    a, b = first.number, last.number
    if a is None or b is None or a.number is None or b.number is None or not 1 <= a.number < b.number <= 31:
        return None
    return Partial(day=a.number), Partial(day=b.number)


_HOURS = frozenset({"from-hour", "between-hour"})


def _month_follows(t: Tokens, k: int) -> bool:
    """Whether a month follows two bare day numbers, after an "of" word or not ("del 10 al 12 de
    marzo", "du 3 au 5 mars", "dal 3 al 5 di questo mese"): days need their month said."""
    of = t.hit(k, "of") if k < len(t) else None
    k = of.end if of is not None else k
    return k < len(t) and t.hit(k, "month", "monthprefix", "mod", "this", "period", "periodword") is not None


def _date_goes_on(t: Tokens, k: int) -> bool:
    """Whether what follows two bare numbers leaves them days or hours: the end of a clause, or a
    word the tables know that is no unit but an hour's noun ("di giovedì", "mars", "horas"); not
    "%", "anni", "vittime"."""
    if not t.norm[k].isalnum():
        return t.norm[k] != "%"
    return bool(t.hits(k)) and (t.hit(k, "unit") is None or t.hit(k, "hourpost") is not None)


def _hours(first: _End, last: _End) -> tuple[Partial, Partial] | None:
    """Two bare numbers after an opener that carries the clock's article ("tra le 9 e le 11",
    "entre las 9 y las 11"): hours."""
    a, b = first.number, last.number
    if a is None or b is None or a.number is None or b.number is None:
        return None
    if not (0 <= a.number <= 24 and 0 <= b.number <= 24) or a.number == b.number:
        return None
    return Partial(hour=a.number % 24, minute=0), Partial(hour=b.number % 24, minute=0)


def _rule(end: _End) -> str:
    return end.match.rule if end.match is not None else "number"


# -- a part of a period, the nth of a cycle in a period ------------

_SUBDAY = {"second": Grain.SECOND, "minute": Grain.MINUTE, "hour": Grain.HOUR}


def _month_span(when: When, zone: tzinfo) -> list[date] | None:
    """The days of a month the atom rules read whole but no Gregorian field names (a Hijri month)."""
    if when.grain is not Grain.MONTH or when.approximate:
        return None
    first = when.start.astimezone(zone).date()
    last = when.end.astimezone(zone).date()
    days = [first + timedelta(days=d) for d in range((last - first).days)]
    return days if 28 <= len(days) <= 31 else None


def _loose_months(t: Tokens, a: Partial, b: Partial, first_end: int, joiner_end: int) -> bool:
    """Whether bare number ``a`` would be lent the month of ``b`` across spaces (h11): a month range
    with one counter is glued, 1～3月, 1-2월; "between 1 and March" is none."""
    return a.number is not None and _month_only(b) and not (t.adjacent(first_end) and t.adjacent(joiner_end))


def _years_later(w: When, years: int) -> When | None:
    """``w`` moved by ``years`` (its timex's years too), or None where a day does not recur (29
    February)."""
    try:
        start, end = w.start.replace(year=w.start.year + years), w.end.replace(year=w.end.year + years)
    except ValueError:
        return None
    parts = w.timex.split("/")
    if not all(p[:4].isdigit() for p in parts):
        return None
    timex = "/".join(f"{int(p[:4]) + years}{p[4:]}" for p in parts)
    return When(start, end, w.grain, timex, w.approximate, w.part, w.kind)


def _month_only(p: Partial) -> bool:
    """Whether ``p`` names a month and nothing finer (the end a bare month number is lent to)."""
    return p.month is not None and p.day is None and p.weekday is None and p.hour is None


def _span(first: When, last: When, *, approximate: bool = False) -> When:
    """The range from unit ``first`` to unit ``last`` (both at one grain)."""
    return When(
        first.start,
        last.end,
        first.grain,
        f"{first.timex}/{last.timex}",
        approximate or first.approximate or last.approximate,
        None,
        WhenKind.RANGE,
    )


def clock_unit(unit: str, ref: datetime, k: int) -> When | None:
    """The second, minute or hour ``k`` units after the one that holds ``ref`` (windows)."""
    return _unit(unit, ref, k) if unit in _SUBDAY else None


def _unit(unit: str, ref: datetime, k: int) -> When | None:
    """The ``unit`` ``k`` units after the one that holds ``ref`` (k < 0: before)."""
    zone = ref.tzinfo
    assert zone is not None
    today = ref.date()
    if unit in _SUBDAY:
        g = _SUBDAY[unit]
        size = {"second": 1, "minute": 60, "hour": 3600}[unit]
        floor = ref.replace(microsecond=0)
        if g is not Grain.SECOND:
            floor = floor.replace(second=0)
        if g is Grain.HOUR:
            floor = floor.replace(minute=0)
        moment = (floor.astimezone(UTC) + timedelta(seconds=k * size)).astimezone(zone)
        return _when.hour_or_minute(moment, g)
    return _when.unit_after(unit, today, k, zone) if unit != "quarter" else None


def _years_back(value: object) -> int:
    """Years an ``anaphor`` row's value counts back when it is an amount of years ("year-ago",
    "year-earlier": 1), else 0 (tb8)."""
    if isinstance(value, tuple) and len(value) == 4 and value[0] == "amount" and value[1] == "year":
        return -int(value[2])
    return 0


def _nearest_year(n: int, count: int, today: date, prefer: Prefer, *, fiscal: bool = False) -> int:
    """The year of the ``n``-th of ``count`` parts of a year said without one: placed like a
    year-less date (:func:`~liveblog.resolve._partial.yearly_prefer`; "the third quarter" said in
    October is this year's, "the first quarter" said in November the coming one); a ``fiscal``
    one by ``prefer`` (leaning past, "the fiscal first quarter" said in November is this year's)."""
    size = 12 // count
    cur = (today.month - 1) // size + 1
    lean = prefer if fiscal else yearly_prefer(prefer)
    ahead = lean == "future" or (lean == "nearest" and (n - cur) % count < (cur - n) % count)
    if ahead:
        return today.year if n >= cur else today.year + 1
    return today.year if n <= cur else today.year - 1


_MIDPOINT_DAY = 15  # ar9: the day a month's midpoint («منتصف آذار») names


def _edge_of(value: Partial, edge: Edge, zone: tzinfo) -> When | None:
    """The part ``edge`` of a month, ISO week or year: days 1-10 / 11-20 / 21-end of a month,
    Monday-Wednesday / Tuesday-Thursday / Friday-Sunday of a week, January-March /
    May-August / September-December of a year (an approximate range)."""
    if edge is Edge.MIDPOINT and value.month is not None and value.week is None and value.year is not None:
        if value.day is not None or value.has_time:
            return None
        return attrs.evolve(_when.day(date(value.year, value.month, _MIDPOINT_DAY), zone), approximate=True)
    edge = Edge.MID if edge is Edge.MIDPOINT else edge
    if value.week is not None:
        y, w = value.week
        monday = date.fromisocalendar(y, w, 1)
        a, b = {Edge.START: (0, 2), Edge.MID: (1, 3), Edge.END: (4, 6)}[edge]
        first, last = monday + timedelta(days=a), monday + timedelta(days=b)
        return _span(_when.day(first, zone), _when.day(last, zone), approximate=True)
    if value.year is None or value.day is not None or value.has_time:
        return None
    if value.month is not None:
        y, m = value.year, value.month
        last_day = (date(*_when.shift_month(y, m, 1), 1) - timedelta(days=1)).day
        a, b = {Edge.START: (1, 10), Edge.MID: (11, 20), Edge.END: (21, last_day)}[edge]
        return _span(_when.day(date(y, m, a), zone), _when.day(date(y, m, b), zone), approximate=True)
    a, b = {Edge.START: (1, 3), Edge.MID: (5, 8), Edge.END: (9, 12)}[edge]
    y = value.year
    return _span(_when.month(y, a, zone), _when.month(y, b, zone), approximate=True)


def _dateline(opener: Hit | None, joiner: Hit | None, a: Partial, b: Partial) -> bool:
    """Whether a day and a clock joined by a dash alone, no opening word, are a dateline."""
    return (
        opener is None and joiner is not None and not joiner.lex.words[-1].isalnum() and _day_then_clock(a, b)
    )


def _day_then_clock(a: Partial, b: Partial) -> bool:
    """Whether ``a`` names a day and no time, and ``b`` a time and no day: a day and its clock, which
    no range joins with a dash alone ("29 Nov 2024 – 14:40 GMT" is a dateline)."""
    return (
        a.hour is None
        and a.part is None
        and (a.day is not None or a.weekday is not None)
        and b.hour is not None
        and b.day is None
        and b.weekday is None
        and b.month is None
        and b.year is None
    )


def _edge_of_days(month: When, edge: Edge, zone: tzinfo) -> When | None:
    """The part ``edge`` of a month that is no Gregorian one (a Hijri month, ar6): its first ten
    days, the next ten, or the rest, counted from its own first day, as :func:`_edge_of` counts."""
    first = month.start.astimezone(zone).date()
    last = (month.end.astimezone(zone) - timedelta(microseconds=1)).date()
    if edge is Edge.MIDPOINT:  # ar9: «منتصف رمضان» is its 15th day
        return attrs.evolve(_when.day(first + timedelta(days=_MIDPOINT_DAY - 1), zone), approximate=True)
    a, b = {Edge.START: (0, 9), Edge.MID: (10, 19), Edge.END: (20, (last - first).days)}[edge]
    if b < a:
        return None
    return _span(
        _when.day(first + timedelta(days=a), zone),
        _when.day(first + timedelta(days=b), zone),
        approximate=True,
    )


def edge_of_unit(edge: str, unit: str, ref: datetime) -> When | None:
    """Part ``edge`` of the ``unit`` (month, year, week) that holds ``ref`` ("the end of the month")."""
    this = _unit(unit, ref, 0)
    v = of_when(this, ref.tzinfo) if this is not None and ref.tzinfo is not None else None
    return _edge_of(v, Edge(edge), ref.tzinfo) if v is not None and ref.tzinfo is not None else None


# Productions beside the atom rules and ranges, with the kinds of word each can start with and the
# kinds of word it can read alone, one token with nothing read after it (comp10: where the next word
# is one no table reads, Rules.lone; _NONE: it always reads a second token: "the last Friday of
# October", "next 3 days", "2 days later" ...).
_NONE: frozenset[str] = frozenset()
# lead10: the kinds of word after an amount that may say its day ("a week ago today", «… من اليوم»),
# and after a day word that may begin an amount ("heute vor einer Woche", "hoy hace un año")
_DAY_AFTER_AMOUNT = frozenset({"dayword", "of"})
_AMOUNT_AFTER_DAY = frozenset({"ago", "in", "number", "num", "unit", "frac"})
_Production = tuple[Callable[["Composer", int], Match | None], frozenset[str], frozenset[str]]
_PRODUCTIONS: tuple[_Production, ...] = (
    # the weekend first: «نهاية الأسبوع» is the weekend before it is the end of a week
    (
        _rules_refs.weekend,
        frozenset({"weekend", "mod", "this", "the", "dayprefix", "join"}),
        frozenset({"weekend"}),
    ),
    (Composer._edge, frozenset({"periodedge"}), _NONE),
    (Composer._nth, frozenset({"nth", "weekday", "nthnoun", "the", "number"}), _NONE),
    (Composer._nth_head_first, frozenset({"month", "number", "num"}), _NONE),  # 10月の第1月曜日
    (
        Composer._edge_after,
        frozenset({"month", "number", "num", "period", "periodword", "this", "mod"}),
        _NONE,
    ),
    (Composer._weekday_of_week, frozenset({"weekday"}), _NONE),
    (Composer._nth_month, frozenset({"the", "nth", "ordinal"}), _NONE),
    (Composer._week_weekday, frozenset({"mod", "this"}), _NONE),
    (Composer._week_of, frozenset({"period"}), _NONE),
    # holidays, seasons, decades, centuries (liveblog.resolve._rules_holiday)
    # h11: "periodword", a year's word before the name (去年春节)
    (
        _rules_holiday.holiday,
        frozenset({"holiday", "mod", "this", "number", "periodword"}),
        frozenset({"holiday"}),
    ),
    (_rules_holiday.season, frozenset({"season", "mod", "this", "number"}), frozenset({"season"})),
    # h11: 正月十五, 农历八月十五, 明年正月十五
    (_rules_holiday.lunar_date, frozenset({"lunarcue", "lunarmonth", "periodword", "number"}), _NONE),
    # ("the 1990s", "the EOM" are read from their second word: "the" starts nothing, it is too common)
    (
        _rules_holiday.decade,
        frozenset({"decade", "decadehead", "periodedge", "number"}),
        frozenset({"decade"}),
    ),
    (
        _rules_holiday.century,
        frozenset({"century", "mod", "this", "number", "ordinal", "periodedge", "roman"}),
        _NONE,  # "the 20th century", «القرن الماضي»: the word and its ordinal or modifier
    ),
    (_rules_holiday.edge_abbreviation, frozenset({"edgeperiod"}), frozenset({"edgeperiod"})),
    # -- windows, counted units and durations (liveblog.resolve._windows) --
    (_windows.ahead, frozenset({"ahead", "number", "num"}), _NONE),
    # «الأيام الثلاثة المقبلة»
    (_windows.window, frozenset({"mod", "unit", "number", "num", "numprefix"}), _NONE),
    (_windows.after_next, frozenset({"weekday", "month", "mod", "this"}), _NONE),
    (_windows.counted_weekday, frozenset({"number", "num"}), _NONE),
    (_windows.deadline, frozenset({"deadline"}), _NONE),
    (_windows.closest, frozenset({"the", "closest", "nth", "ordinal"}), _NONE),  # en8
    (_windows.rest_of, frozenset({"restof"}), _NONE),  # en8
    (_windows.shifted, frozenset({"number", "num", "frac", "unit"}), _NONE),
    (_windows.day_shift, frozenset({"dayshift"}), _NONE),  # ar6
    (_windows.anniversary, frozenset({"anniversary"}), _NONE),  # ar9
    (
        _windows.duration_from,
        frozenset({"forlen", "startfrom", "number", "num", "clockcue", "hourword"}),
        _NONE,
    ),
    # vague references, anaphora, the weekend (liveblog.resolve._rules_refs)
    (_rules_refs.vague, frozenset({"ref"}), frozenset({"ref"})),
    (_rules_refs.year_words, frozenset({"num", "yearcue"}), frozenset({"num"})),
    (
        _rules_refs.anaphor,
        frozenset({"anaphor", "anaphorlead", "number", "num", "hedge", "frac", "unit"}),
        frozenset({"anaphor"}),  # "meanwhile"; "2 days later", «بعد ذلك بيومين» read on
    ),
    (_rules_refs.part_first, frozenset({"part"}), _NONE),  # ana9: «صباح اليوم نفسه»
    (_rules_refs.inside, frozenset({"month", "number", "num", "ordinal", "nth"}), _NONE),  # ar6
    (  # tb8: "anaphor" for "year-ago third-quarter"
        Composer._year_part,
        # cjk8: "numprefix", "num": 第三季度, 三季度 (a quarter's number glued before its noun)
        frozenset(
            {"the", "number", "fiscal", "yearpartletter", "nth", "ordinal", "yearpart", "numprefix", "num"}
            | {
                "anaphor",
                "yearparthead",
                "periodword",
                "firstn",
                "partword",
            }  # h11: "quý 3", 今年一季度, 前三季度
        ),
        frozenset({"partword"}),  # h11: 상반기 (one word)
    ),
)


# The productions a range's end may be (romint, wave 5), with the kinds of word each starts with.
_END_KINDS: dict[Callable[[Composer, int], Match | None], frozenset[str]] = {
    Composer._year_part: frozenset(
        {"the", "number", "fiscal", "yearpartletter", "nth", "ordinal", "yearpart"}
    ),
    Composer._nth: frozenset({"nth", "weekday", "nthnoun", "the", "number"}),
    Composer._edge: frozenset({"periodedge"}),
    Composer._nth_month: frozenset({"the", "nth", "ordinal"}),
    _rules_holiday.holiday: frozenset({"holiday", "mod", "this", "number"}),
    _rules_holiday.season: frozenset({"season", "mod", "this"}),
}
_END_PRODUCTIONS = tuple(_END_KINDS)


@functools.lru_cache(maxsize=1024)  # keyed by a set of word kinds (a few hundred exist), not by text
def _starters(
    kinds: frozenset[str], lone: bool = False
) -> tuple[Callable[[Composer, int], Match | None], ...]:
    """What :meth:`Composer.best` tries at a token of ``kinds`` besides the atom: a range, then the
    productions that can start on it; ``lone`` (:meth:`~liveblog.resolve._rules.Rules.lone`): only
    the productions that can read that token alone (a range reads two ends and a word between)."""
    if lone:
        return _productions_for(kinds, lone=True)
    return (Composer._range, *_productions_for(kinds))


@functools.lru_cache(maxsize=1024)  # keyed by a set of word kinds (a few hundred exist), not by text
def _productions_for(
    kinds: frozenset[str], *, lone: bool = False
) -> tuple[Callable[[Composer, int], Match | None], ...]:
    """The productions, in order, that can start on a token of ``kinds`` (read alone: ``lone``)."""
    return tuple(
        production
        for production, first, alone in _PRODUCTIONS
        if not kinds.isdisjoint(first) and (not lone or not kinds.isdisjoint(alone))
    )
