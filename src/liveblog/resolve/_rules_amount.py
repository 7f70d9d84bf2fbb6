"""Amounts of time before or after the reference: «منذ حوالي ثلاث ساعات», "about two hours ago".

Sub-day units keep the clock (the instant reference ∓ amount, one unit finer than the
unit counted: docs/resolution.md "Ago and in"); days and
longer are calendar units (the day, ISO week, month or year they land in).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from datetime import UTC, date, timedelta
from typing import Any, Literal, TypeVar

import attrs

from liveblog.lang import lexicon
from liveblog.lang.tense import tense
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _when
from liveblog.resolve._grammar import Anaphor, Ctx, Match, Tokens
from liveblog.resolve._partial import Partial
from liveblog.resolve._rules_counted import spelled_number

__all__ = ["AmountRules", "memo"]

# ana9: the units an amount counted from the story's moment may be in («بعد يومين»)
_STORY_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})

_S = TypeVar("_S", bound="AmountRules")
_R = TypeVar("_R")


def memo(method: Callable[[_S, int], _R]) -> Callable[[_S, int], _R]:
    """Cache a rule piece per token index: rules ask for the same day or clock many times."""
    name = method.__name__

    @functools.wraps(method)
    def cached(self: _S, i: int) -> _R:
        table = self.memo.get(name)
        if table is None:
            table = self.memo[name] = {}
        if i in table:
            return table[i]  # type: ignore[no-any-return]
        result = table[i] = method(self, i)
        return result

    return cached


# (ar8) What may not follow an amount after a spoken "ago" («من يومين»): another amount or date word,
# or a range's other end («من يوم لآخر», «من أسبوع إلى أسبوعين», «من عام 2010», «من يوم الخميس»).
_AFTER_SPOKEN_AGO: frozenset[str] = frozenset(
    {
        "number",
        "num",
        "unit",
        "mod",
        "nth",
        "range-to",
        "of",
        "weekday",
        "month",
        "hmonth",
        "ordinal",
        "dayword",
    }
)
_CLAUSE_LOOK_BACK = 160  # characters of the clause before «خلال» read for a future cue (as the context's)
_CLAUSE_BREAK = re.compile(r"[.!?؟;؛\n]")
_SUBDAY = {"second": 1, "minute": 60, "hour": 3600}
_HELD_GAP = 4  # ar9: words of a state's complement between its participle and «منذ» (the link too)


# comp11: marks no reading ends on (a comma is read only before what follows it), and marks no rule
# and no table reads at all (no lexicon of the 51 holds a quotation mark): after token i, either one
# ends the stretch a reading from i may span (Rules.lone), as a word no table reads does
_NO_END_MARKS = frozenset({",", "،"})
_UNREAD_MARKS = frozenset({'"', "«", "»", "“", "”", "„", "‹", "›"})


@attrs.frozen
class _Amount:
    value: float
    unit: str
    end: int
    approximate: bool


@functools.lru_cache(maxsize=128)
def _within_tails(lang: str) -> frozenset[str]:
    """The last words of a language's within phrases of several words («μέσα σε», "inden for"):
    only such a word, also an "in" or "ago" marker, may lie inside a within phrase (lead11)."""
    lex = lexicon(lang)
    if lex is None:
        return frozenset()
    return frozenset(
        sense.words[-1]
        for senses in lex.by_first.values()
        for sense in senses
        if sense.kind == "within" and len(sense.words) > 1
    )


class AmountRules:
    """The base of the rule classes: holds the tokens and reads amounts of time."""

    def __init__(
        self,
        toks: Tokens,
        ctx: Ctx,
        upper: Callable[[int], bool],
        capitals: Callable[[int], bool] | None = None,
    ) -> None:
        self.t = toks
        self.ctx = ctx
        self.upper = upper  # the token's first letter is a capital as written
        self.capitals = capitals or upper  # the whole token is written in capitals ("EAT", "WEST")
        self.memo: dict[str, dict[int, Any]] = {}  # per piece, by token (no tuple key per entry)

    def forget_before(self, i: int) -> None:
        """Drop remembered pieces (and word lookups) of tokens before ``i``: a cache, so always safe.

        The scan moves forward and rules read a few tokens around where they start; keeping
        everything to the end held every token's pieces of a long text at once.
        """
        for table in self.memo.values():
            for k in [k for k in table if k < i]:
                del table[k]
        self.t.forget_before(i)

    @memo
    def lone(self, i: int) -> bool:
        """Whether every reading that starts at token ``i`` is that token alone: the text ends after
        it, or a word no table reads follows it (comp10). No rule reads such a word (fast8: the fact
        :meth:`~liveblog.resolve._grammar.Tokens.may_start` stands on), so only the rules and
        productions that can read one token are tried there (their ``alone`` kinds)."""
        t = self.t
        norm = t.norm
        n = len(norm)  # comp11: not len(t), a Python call
        k = i + 1
        # comp11: a mark that ends no reading (a comma: rules read one only before what follows it,
        # "Friday, 13 December", "18:05, 14 Mar") reads on only with the token after it
        while k < n and norm[k] in _NO_END_MARKS:
            k += 1
        # a phrase from before i is not read from i; a quotation mark no table and no rule reads
        return k >= n or norm[k] in _UNREAD_MARKS or t.unread(k, since=i)

    def _match(self, start: int, end: int, when: When, rule: str) -> Match:
        return Match(start, end, when, rule)

    @memo
    def qty(self, j: int) -> _Amount | None:
        """An amount: «ثلاث ساعات»، «خمس وعشرين دقيقة»، «ساعتين ونصف»، «نصف ساعة»، "an hour"."""
        t = self.t
        approx = False
        h = t.hit(j, "hedge")
        if h is not None:
            approx, j = True, h.end
        if t.hit(j, "numprefix") is not None:
            j += 1  # «الـ24 ساعة»
        # "a quarter of an hour": the fraction's words, not "a" (one) and "quarter" (of a year); a count
        # and its unit said as one phrase is read whole (lead9: "quinze jours", a fortnight, not 15 days)
        phrase = t.hit(j, "unit")  # (a number or the text's end has none)
        whole = phrase is not None and phrase.value[1] > 1 and len(phrase.lex.words) > 1
        counted = (
            None
            if whole
            else self._digit_fraction(j) or (self.count(j) if t.hit(j, "frac") is None else None)
        )
        if counted is not None:
            amount, k = counted
            af = t.hit(k, "andfrac")  # "2 and a half hours"
            if af is not None and t.hit(af.end, "unit") is not None:
                amount, k = amount + af.value, af.end
            more = t.hit(k, "more")  # en9: "in 2 more minutes"
            if more is not None and t.hit(more.end, "unit") is not None:
                k = more.end
            u = t.hit(k, "unit")
            if u is None:
                return None
            if u.value[1] > 1:  # "a fortnight": a unit that is several of another
                amount *= u.value[1]
        else:
            f = t.hit(j, "frac")
            u = t.hit(f.end if f is not None else j, "unit")
            if u is None or u.value[1] == 0:
                return None  # «منذ ساعات»: a plural with no number is vague
            amount = u.value[1] * (f.value if f is not None else 1)
        unit, k = u.value[0], u.end
        one = t.hit(k, "num")
        if counted is None and one is not None and one.value == 1 and one.lex.syntax.count_after_unit:
            k = one.end  # «قبل يوم واحد»
        af = t.hit(k, "andfrac")
        if af is not None:
            amount, k = amount + af.value, af.end
        hp = t.hit(k, "hedge-post")
        if hp is not None:
            approx, k = True, hp.end
        return _Amount(amount, unit, k, approx)

    def _digit_fraction(self, j: int) -> tuple[float, int] | None:
        """An amount in digits with a glued fraction or decimal: "1/2", "3/4" (h), "2.5" (hours)."""
        t = self.t
        n = t.num(j, 0, 999)
        if n is None or j + 2 >= len(t) or not (t.adjacent(j + 1) and t.adjacent(j + 2)):
            return None
        d = t.num(j + 2, 1, 99)
        if d is None:
            return None
        if t.is_(j + 1, "/") and 0 < n < d <= 4:
            return n / d, j + 3
        if t.is_(j + 1, ".") and len(t.norm[j + 2]) <= 2:
            return n + d / 10 ** len(t.norm[j + 2]), j + 3
        return None

    def count(self, j: int) -> tuple[float, int] | None:
        """A number in digits or words («ثلاث عشرة»، «خمس وعشرين»، "twenty-five") and where it ends."""
        t = self.t
        n = t.num(j, 1, 999)
        if n is not None:
            return float(n), j + 1
        nw = t.hit(j, "num")
        if nw is None:
            return None
        if nw.lex.syntax.tens_multiply:  # 三十, 二十五 (liveblog.resolve._rules_counted)
            spelled = spelled_number(t, j)
            return None if spelled is None else (float(spelled[0]), spelled[1])
        amount, k = float(nw.value), nw.end
        nxt = t.hit(k, "num")
        if nxt is not None and nxt.value == 10 and amount < 10:
            return amount + 10, nxt.end  # ثلاث عشرة
        if nxt is not None and nxt.value >= 20 and amount < 10 and nxt.strip == 1:
            return amount + nxt.value, nxt.end  # خمس وعشرين
        tens = t.hit(k + 1, "num") if t.is_(k, "-") else None
        if tens is not None and amount >= 20:
            return amount + tens.value, tens.end  # twenty-five
        return amount, k

    def ago(self, i: int) -> Match | None:
        """«منذ حوالي ثلاث ساعات»، «قبل يومين»، «بعد ساعتين», "3 days ago", "in two hours"."""
        t = self.t
        marker = t.hit(i, "ago", "in", "within")
        if (
            marker is not None
            and marker.lex.kind != "within"
            and t.norm[i] in _within_tails(marker.lex.lang)
            and self._ends_a_within(i)
        ):
            return None  # lead11: "σε" of «μέσα σε δύο εβδομάδες», "for" of "inden for to uger"
        if marker is None:
            q = self.qty(i)
            post = t.hit(q.end, "ago-post", "in-post") if q is not None else None
            if (
                q is not None
                and post is None
                and (glued := t.hit(q.end - 1, "ago-post", "in-post")) is not None
            ):
                post = glued if glued.end == q.end else None  # cjk8: "két napja", "3일후": the unit says ago
            if q is None or post is None:
                return None
            if self.from_an_event(i, post.lex.syntax.counted_from_endings):
                return None  # lead11: "saldırıdan 3 gün sonra/önce": three days after/before the attack
            if post.lex.kind == "in-post":  # "3 gün sonra", 3日後, 3天后, 3일 후: after the amount
                return self._amount(i, post.end, q, 1, post.lex.lang, "in")
            return self._amount(i, post.end, q, -1, post.lex.lang, "ago")
        q = self.qty(marker.end)
        if q is None or (q.unit == "month" and q.value == 1 and t.hit(q.end, "month", "hmonth") is not None):
            return None  # «منذ شهر رمضان»، «منذ شهر نوفمبر»: since that month, not a month ago
        kind, end = marker.lex.kind, q.end
        if kind == "within":
            if t.hit(end, "of", "shiftdir") is not None:
                return None  # en9: "within 24 hours of the attack": counted from something else
                # (lead11: "after the attack", "nach dem Anschlag" too)
            post = t.hit(end, "mod")
            ahead = self.ctx.prefer == "future" or self._future_before(i, marker.lex.lang)
            if marker.value == "window" and post is None and ahead:
                return self._within(i, end, q, marker.lex.lang)  # «خلال أسبوعين»: from now, ahead
            if marker.value == "window":
                # «خلال 24 ساعة» leaning to the past, «خلال الساعات الماضية»: no date; «خلال الـ48
                # ساعة المقبلة» is the window after it (liveblog.resolve._windows; ar8: it was the
                # one hour 48 hours ahead)
                return None
            q = attrs.evolve(q, end=post.end if post is not None else end, approximate=True)
            return self._amount(i, q.end, q, 1, marker.lex.lang, "in")
        opens = i == 0 or t.is_(i - 1, ".", "\n", "،", ",", ":", "!", "?")
        if marker.value == "spoken" and not (opens and not (t.kinds(end) & _AFTER_SPOKEN_AGO)):
            return None  # «من أسبوع» opening a clause; «أكثر من أسبوع», «من يوم لآخر»: no date
        if kind == "ago" and self._held_before(i):
            return None  # «المعتقل منذ نحو 300 يوم»: how long a state has lasted, not a date
        hedge = t.hit(marker.end, "hedge")
        if hedge is not None and hedge.value == "open":
            return None  # «منذ أكثر من ثلاثة أعوام»: an amount with no one value
        if marker.value == "story" and opens and t.is_(end, "،", ",") and end + 1 < len(t):
            cues = tense(marker.lex.lang)
            if cues is None or cues.looks_ahead is None or not cues.looks_ahead(t.norm[end + 1]):
                return None  # «بعد 15 عاما، عاد …»: counted from the story, not from now
        of = t.hit(end, "of")
        now = t.hit(of.end, "ref") if of is not None else None
        if now is not None and now.value == "PRESENT":
            end = now.end  # ar9: «بعد ساعتين من الآن», «قبل ساعة من الآن»: counted from now
        elif (
            of is not None and (kind == "in" or marker.value == "before") and t.hit(of.end, "dayword") is None
        ):
            return None  # «بعد ساعتين من بدء الهجوم»: counted from something else («قبل عام من اليوم»
            # is counted from a day: Composer._said_after joins them)
        before = t.hit(i - 1, "unit") if i > 0 else None
        if before is not None and before.value[0] == q.unit:
            return None  # «يوما بعد يوم»: day after day
        sign: Literal[-1, 1] = -1 if kind == "ago" else 1
        m = self._amount(i, end, q, sign, marker.lex.lang, "ago" if sign < 0 else "in")
        if marker.value == "story" and q.value == int(q.value) and q.unit in _STORY_UNITS:
            # ana9: told in the past, «بعد يومين» counts from the date said before it (find_times)
            story = Anaphor(q.unit, int(q.value), period=False, approximate=q.approximate, needs_anchor=True)
            m = attrs.evolve(m, story=story)
        return m

    def from_an_event(self, i: int, endings: tuple[str, ...]) -> bool:
        """Whether the word before the amount at ``i`` is an event it counts from, by its ending
        (:attr:`~liveblog.lang.Syntax.counted_from_endings`): "saldırıdan" (from the attack), a
        particle の; a word the lexicons know ("bugünden", from today) is a time, not an event."""
        if not endings or i == 0:
            return False
        t = self.t
        word = t.norm[i - 1]
        if word in endings:
            # a particle of its own (の), not an ending set off after a time ("16'dan", "Mart'tan")
            return not (i >= 2 and (t.is_(i - 2, "'", "’") or t.number[i - 2] is not None))
        if t.hits(i - 1):
            return False
        return any(word.endswith(e) and len(word) >= len(e) + 2 for e in endings)

    def _ends_a_within(self, i: int) -> bool:
        """Whether token ``i`` is the last word of a ``within`` phrase begun a few words before, a
        word that is also an "in" or "ago" marker (Greek «μέσα σε», Danish "inden for")."""
        t = self.t
        return any((h := t.hit(k, "within")) is not None and h.end > i for k in range(max(0, i - 3), i))

    def _held_before(self, i: int) -> bool:
        """Whether «منذ» at ``i`` follows a state someone is held in (a ``durative`` participle): right
        before it («المعتقل منذ 300 يوم»), or with the state's complement between, opened by a linking
        preposition (a ``durative`` row of value ``link``) and at most :data:`_HELD_GAP` words long,
        in the same clause («المضرب عن الطعام منذ 40 يوما», ar9). «المعتقلين الذين أفرج عنهم منذ»
        has no such preposition after the participle: a date."""
        t = self.t
        for k in range(i - 1, max(-1, i - 2 - _HELD_GAP), -1):
            held = t.hit(k, "durative")
            if held is not None and held.value is None:
                if held.end == i:
                    return True
                link = t.hit(held.end, "durative")
                return link is not None and link.value == "link"
            if not t.norm[k].isalpha():
                return False  # punctuation or a number: no complement runs over it
        return False

    def _future_before(self, i: int, lang: str) -> bool:
        """Whether the clause before token ``i`` puts what follows in the future (its language's
        :attr:`~liveblog.lang.tense.Tense.future_clause`: «سيتم تشكيل الحكومة خلال أسبوعين»)."""
        cues = tense(lang)
        if cues is None or cues.future_clause is None or i == 0:
            return False
        t = self.t
        before = t.text[max(0, t.start[i] - _CLAUSE_LOOK_BACK) : t.start[i]]
        return cues.future_clause(_CLAUSE_BREAK.split(before)[-1])

    def _within(self, i: int, end: int, q: _Amount, lang: str) -> Match | None:
        """«خلال أسبوعين» leaning to the future (ar8): the window from the reference to the amount
        ahead — for days and longer to the start of the day it lands on (two weeks from Tuesday
        12 February 04:30 run to 26 February 00:00), for clock units to that instant. Leaning to the
        past it is no date (a span counted from the story: «قتل 20 خلال يومين») unless the clause
        before it looks ahead («سيتم تشكيل الحكومة خلال أسبوعين»); in running text, as "in N units",
        it needs a future cue in its clause (:mod:`liveblog.resolve._context`)."""
        ctx = self.ctx
        ref = ctx.ref.astimezone(ctx.zone)
        now = _when.hour_or_minute(ref, Grain.SECOND)
        if q.unit in _SUBDAY:
            last = _when.hour_or_minute(ref + timedelta(seconds=q.value * _SUBDAY[q.unit]), Grain.MINUTE)
            stop, grain = last.start, Grain.MINUTE
        else:
            day = landed_day(ctx.today, q.unit, int(q.value)) if q.value == int(q.value) else None
            if day is None:
                return None
            stop, grain = _when.local_midnight(day, ctx.zone), Grain.DAY
            last = _when.day(day - timedelta(days=1), ctx.zone)
        when = When(now.start, stop, grain, f"{now.timex}/{last.timex}", q.approximate, None, WhenKind.RANGE)
        return attrs.evolve(self._match(i, end, when, f"{lang}-within"), keep_lead=True, amount=(1, lang))

    def _amount(self, i: int, end: int, q: _Amount, sign: Literal[-1, 1], lang: str, said: str) -> Match:
        """The time ``q`` before (``sign`` −1) or after the reference; the rule is named after the
        language and the words ("ar-ago", "en-in")."""
        m = self._amount_when(i, end, q, sign, f"{lang}-{said}")
        # comp10: the two fields set by a constructor call, not attrs.evolve (which reads every field)
        return Match(m.start, m.end, m.when, m.rule, m.value, True, amount=(sign, lang))

    def _amount_when(self, i: int, end: int, q: _Amount, sign: int, rule: str) -> Match:
        ctx, zone = self.ctx, self.ctx.zone
        if q.unit in _SUBDAY:
            moment = (
                ctx.ref.astimezone(UTC) + sign * timedelta(seconds=q.value * _SUBDAY[q.unit])
            ).astimezone(zone)
            whole_hours = q.unit == "hour" and q.value == int(q.value)
            if q.approximate:  # «منذ حوالي ثلاث ساعات»: rounded at the unit said, one unit from there
                grain = Grain.HOUR if whole_hours else Grain.SECOND if q.unit == "second" else Grain.MINUTE
            else:
                # en9: an exact amount is the instant it lands on, the reference's clock kept as
                # "now" keeps it (its second): "in one hour" at 04:30 is 05:30:00, "in 2 minutes"
                # 04:32:00, not the hour or the minute from there
                grain = Grain.SECOND
            return self._match(i, end, _when.hour_or_minute(moment, grain, approximate=q.approximate), rule)
        n, today = sign * int(q.value), ctx.today
        if q.unit == "day":
            w = attrs.evolve(_when.day(today + timedelta(days=n), zone), approximate=q.approximate)
        elif q.unit == "week":  # "two weeks ago": about that day (issue 14), not that calendar week
            landed = today + timedelta(days=7 * n)
            w = attrs.evolve(_when.day(landed, zone), approximate=True)
            # nor6: beside a weekday the amount names its week ("Mittwoch in 2 Wochen", "środa za
            # tydzień": that week's Wednesday); alone it stays the day
            iso = landed.isocalendar()
            return Match(i, end, w, rule, Partial(week=(iso.year, iso.week), approximate=True))
        elif q.unit == "month":
            y, m = _when.shift_month(today.year, today.month, n)
            w = _when.month(y, m, zone, approximate=q.approximate)
        elif q.unit == "quarter":  # "2 quarters ago": the quarter that holds the day 6 months back
            y, m = _when.shift_month(today.year, today.month, 3 * n)
            w = _when.quarter(y, (m - 1) // 3 + 1, 3, zone, approximate=q.approximate)
        else:
            years = n * (10 if q.unit == "decade" else 1)
            w = _when.year(today.year + years, zone, approximate=q.approximate or q.unit == "decade")
        return self._match(i, end, w, rule)


def landed_day(today: date, unit: str, n: int) -> date | None:
    """The day ``n`` calendar ``unit`` after ``today`` (the month's last day when it has no such
    day: a month after 31 January is 29 February in a leap year); None for any other unit."""
    if unit in ("day", "week"):
        return today + timedelta(days=n * (7 if unit == "week" else 1))
    months = {"month": 1, "quarter": 3, "year": 12}.get(unit)
    if months is None:
        return None
    y, m = _when.shift_month(today.year, today.month, n * months)
    return date(y, m, min(today.day, calendar.monthrange(y, m)[1]))
