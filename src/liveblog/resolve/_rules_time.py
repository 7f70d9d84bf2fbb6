"""Rules for written dates (a base of :class:`liveblog.resolve._rules.Rules`).

«27 نوفمبر 2024», «آذار /مارس عام 2020», «السابع من أكتوبر», «25 الجاري»,
"Wednesday 27 November", "Nov. 28", ISO `2024-11-29`, `29/11/2024`.
"""

from __future__ import annotations

from datetime import date, timedelta, timezone

import attrs

from liveblog._text.zones import month_first
from liveblog.model import Grain, When, WhenKind
from liveblog.resolve import _when
from liveblog.resolve._grammar import Hit, Match
from liveblog.resolve._partial import (
    MAX_YEARS_AWAY,
    Partial,
    month_year,
    ordered,
    pick_day,
    under_way_day,
    yearly_order,
)
from liveblog.resolve._rules_amount import memo
from liveblog.resolve._rules_clock import ClockRules

__all__ = ["MAX_YEARS_AWAY", "TimeRules"]


# `1446/05/27` is a Hijri date (read with its «هـ» by the Hijri rules), not a Gregorian year 1446.
_HIJRI_YEARS = (1343, 1500)


# Phrases after which a month that is also a word is the month (their last word ends before it).
_MONTH_CUES = frozenset({"periodedge", "monthprefix", "monthcue", "edgecue"})


# comp11: what a date after a weekday («السبت 30 نوفمبر», "Friday, 13 December", "martes 3 de
# marzo", "Friday, December 13") starts with besides a number (TimeRules._day_and_month, which must
# find its day): a day as an ordinal or in words, or the month by its name (a month by its number is
# a number, an ordinal or a number word after its noun: TimeRules.numbered_month)
_DAY_AFTER_WEEKDAY: frozenset[str] = frozenset({"ordinal", "num", "month"})


# h11: the words right before a numeric date of no year that make it a day: a day's prefix, or a
# part of the day ("sáng 15/2": that morning)
_DAY_CUES = frozenset({"dayprefix", "part"})


class TimeRules(ClockRules):
    """Written dates; :class:`liveblog.resolve._rules.Rules` adds days and parts."""

    # -- written dates ----------------------------------------------------------------------

    def iso(self, i: int) -> Match | None:
        """`2024-11-29`, `2024-11-29 21:00`, `2025-12-05@21:44:56 GMT`, `2020-10-06T21:22:53+01:00`, and
        an ISO 8601 interval of two of them, `2015-03-28 17:00/2015-03-29 21:00` (a range; clock ends
        end at the last time, as a range of clock times does)."""
        first = self._iso_one(i)
        t = self.t
        if first is None or not (
            t.is_(first.end, "/") and t.adjacent(first.end) and t.adjacent(first.end + 1)
        ):
            return first
        last = self._iso_one(first.end + 1)
        if last is None or last.when.start <= first.when.start or last.when.grain is not first.when.grain:
            return first
        a, b = first.when, last.when
        end = b.start if b.grain.rank <= Grain.HOUR.rank else b.end
        when = When(a.start, end, a.grain, f"{a.timex}/{b.timex}", kind=WhenKind.RANGE)
        return self._match(i, last.end, when, "iso-interval")

    def _iso_one(self, i: int) -> Match | None:
        t = self.t
        y = t.num(i, 1000, 2999, 4)
        if (
            y is None
            or _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]
            or not t.is_(i + 1, "-", "/", ".")
            or not (all(t.adjacent(i + k) for k in range(1, 5)) or self._year_first_spaced(i))
        ):
            return None
        # A year first is never followed by its day: 2021/3/25 and 2013.08.20 (East Asian and
        # Hungarian order) are read like ISO 2021-03-25, with one or two digits.
        width = 2 if t.norm[i + 1] == "-" else None
        m, d = t.num(i + 2, 1, 12, width), t.num(i + 4, 1, 31, width)
        if width is None and (m is None or d is None or len(t.norm[i + 2]) > 2 or len(t.norm[i + 4]) > 2):
            return None
        if m is None or d is None or t.norm[i + 3] != t.norm[i + 1]:
            return None
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        k = i + 5
        ck = k + 1 if t.is_(k, "t", "@") and t.adjacent(k) else k
        if ck > k or (t.num(k, 0, 23) is not None and t.is_(k + 1, ":")):
            c = self.clock(ck)
            if c is None and t.num(ck, 0, 23, 2) is not None and t.is_(ck + 1, ":"):
                return None  # a broken time after a date: not a clean date either
            if c is not None:
                end = c.end
                if t.is_(end, ".") and t.num(end + 1) is not None and t.adjacent(end + 1):
                    end += 2  # fractions of a second
                zone = c.zone
                if zone is None and t.is_(end, "+", "-") and t.num(end + 1, 0, 14, 2) is not None:
                    mins = t.num(end + 3, 0, 59, 2) if t.is_(end + 2, ":") else None
                    sign = 1 if t.norm[end] == "+" else -1
                    zone = timezone(sign * timedelta(hours=t.num(end + 1) or 0, minutes=mins or 0))
                    end += 2 if mins is None else 4
                c = attrs.evolve(c, zone=zone)
                return self._match(i, end, self.clock_on(c, day), "iso")
        return self._match(i, k, _when.day(day, self.ctx.zone), "iso")

    def _year_first_spaced(self, i: int) -> bool:
        """Whether the year at ``i`` starts a date written with a full stop and a space after each
        number, the day's stop too ("2013. 08. 20.", "2013. 8. 20-án"; Hungarian): without the
        day's mark it may be a sentence's year and two numbers after it (h11)."""
        t = self.t
        return (
            t.is_(i + 1, ".")
            and t.is_(i + 3, ".")
            and t.adjacent(i + 1)
            and t.adjacent(i + 3)
            and not t.adjacent(i + 2)
            and not t.adjacent(i + 4)
            and t.is_(i + 5, ".", "-")
            and t.adjacent(i + 5)
        )

    def numeric_date(self, i: int) -> Match | None:
        """`29/11/2024`, `29.11.2024`, «السبت 30-11-2024», `10/31/74`, `2/15`, `4/25 at 4:00pm`, `2/2013`.

        The order of day and month: an impossible reading decides (`25/4` is day first
        anywhere, `4/25` month first); else the zone's country (`liveblog._text.zones.
        month_first`), else day first. A date with no year needs one side above 12, a
        slash (`1/2` is a fraction, `3-0` a score) and a day's cue or a clock ("on 2/15").
        """
        t = self.t
        j = i
        wd = t.hit(j, "weekday")
        if wd is not None:
            j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        a = t.num(j, 1, 31)  # comp11: asked first, no date without it (after a weekday: "Friday, 13")
        if a is None or self._inside_number(j):
            return None  # inside a longer number ("1/2/3/4", "3.5/10")
        sep = t.norm[j + 1] if j + 1 < len(t) else ""
        if len(t.norm[j]) > 2 or sep not in ("/", ".", "-"):
            # "20 02 2014", "le 31 10": the day and month apart with a space
            return self._spaced_date(i, j, wd) if t.num(j + 1) is not None else None
        b = t.num(j + 2, 1, 31)
        if b is None or len(t.norm[j + 2]) > 2:
            return self._month_year(i, j, wd)
        tight = t.adjacent(j + 1) and t.adjacent(j + 2)
        dotted: int | None = None
        y: int | None = None
        end = j + 3
        if tight and t.norm[j + 3 : j + 4] == [sep] and t.adjacent(j + 3) and t.adjacent(j + 4):
            y = t.num(j + 4, 1900, 2100, 4)
            two = t.num(j + 4, 0, 99, 2) if y is None else None
            if two is not None:
                y = 2000 + two if two <= self.ctx.today.year % 100 + 10 else 1900 + two  # "10/31/74"
            if y is None:
                return None
            end = j + 5
        elif (dotted := self._day_dot_month(j, end) if tight and sep == "." else None) is not None:
            end = dotted  # "am 10.10.", "15.2.": day first, its own dots make it a date
        elif sep == "." and (spaced := self._spaced_dots(j)) is not None:
            y, end = spaced  # Croatian "5. 3. 2024.": each number with its full stop, then a space
            dotted = end
        elif (
            (sep != "/" and not (sep == "-" and tight and self.clock_after(end) is not None))
            or (
                t.number[end] is not None and not self._said_with_day(end, slash=True)
                if end < len(t)
                else False
            )
            or (t.is_(end, "/", "-") and not self._slashed_pair(j, end))
        ):
            return None  # no year: only "2/15", "2 / 15"; "25-04" before a clock ("25-04 kl. 16:00", nor6)
        elif max(a, b) <= 12 and not (
            self._day_cued_alone(j, end) or self._said_with_day(end, slash=sep == "/")
        ):
            return None  # "1/2", "3/4": a fraction as much as a date; "le 2/3", "el 4/7", "3/5(火)" are days
        order = self._day_month_order(a, b, end, dotted=dotted is not None)
        if order is None:
            return None
        d, m = order
        bracket = self._bracket_weekday(end) if y is None and wd is None else None
        if y is None and dotted is None and not (wd is not None or bracket or self._dated_around(j, end)):
            return None  # "24/7 coverage": an idiom as much as a date
        if bracket is not None:
            wd, end = bracket  # "3/25（月）", "2/12(화)": the weekday in brackets after the date (cjk8)
        if y is None:
            found = self._pick_year(m, d, None if wd is None else wd.value)
            if found is None:
                return None
            rule = "numeric-day-month" if found[1] == "day-month" else f"numeric-{found[1]}"
            said = Partial(month=m, day=d)
            return attrs.evolve(self._match(i, end, _when.day(found[0], self.ctx.zone), rule), value=said)
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        rule = "numeric-date"
        if wd is not None:
            rule += "-weekday" if day.weekday() == wd.value else "-weekday-mismatch"
        return self._match(i, end, _when.day(day, self.ctx.zone), rule)

    def _inside_number(self, j: int) -> bool:
        """Whether the number at ``j`` goes on one before it ("1/2/3/4", "3.5/10"); not after a day
        with its ordinal's full stop and a slash ("14./15.10.", nor6)."""
        t = self.t
        if j == 0 or not t.adjacent(j) or (t.number[j - 1] is None and t.norm[j - 1] not in "/-.:"):
            return False
        return not (j > 1 and t.norm[j - 1] == "/" and t.norm[j - 2] == ".")

    def _day_dot_month(self, j: int, end: int) -> int | None:
        """The end of a day and month written with dots and no year ("10.10.", "am 15.2"), or None.

        Only where the day's full stop is an ordinal's mark (``ordsuffix`` "." in the language's
        table: German, Danish, Croatian … write "am 15. Februar"). A full stop after the month
        ("15.2.") or a day's cue before the day ("am 15.2") tells it from a clock ("15.20"); a
        clock's cue before it ("um 10.10") or more digits after it do not.
        """
        t = self.t
        if t.hit(j + 1, "ordsuffix") is None or (j > 0 and t.hit(j - 1, "clockcue") is not None):
            return None
        closed = t.is_(end, ".") and t.adjacent(end)
        if closed and end + 1 < len(t) and t.adjacent(end + 1) and t.number[end + 1] is not None:
            return None  # "1.2.3": a version, or a year the rule above refused
        if closed:
            return end + 1
        cue = j > 0 and t.hit(j - 1, "dayprefix") is not None
        return end if cue and not (end < len(t) and t.number[end] is not None) else None

    def _spaced_date(self, i: int, j: int, wd: Hit | None) -> Match | None:
        """ "20 02 2014", "le 24 12 14", "le 31 10": day, month (and year) apart with spaces, day
        first (rom6). With a four-digit year; else only after a day prefix, the month in two digits
        ("le 31 10"; a year in two digits may follow). The day and month have one or two digits,
        so a number grouped by thousands ("1 500 000") is none, and no number goes on either side."""
        t = self.t
        if j > 0 and t.number[j - 1] is not None:
            return None
        d, m = t.num(j, 1, 31), t.num(j + 1, 1, 12)
        if d is None or m is None or len(t.norm[j]) > 2 or len(t.norm[j + 1]) > 2 or t.adjacent(j + 1):
            return None
        cued = j > 0 and t.hit(j - 1, "dayprefix") is not None
        k = j + 2
        y = t.num(k, 1900, 2100, 4) if not t.adjacent(k) else None
        two = t.num(k, 0, 99, 2) if y is None and cued and not t.adjacent(k) else None
        if two is not None:
            y = 2000 + two if two <= self.ctx.today.year % 100 + 10 else 1900 + two  # as "10/31/74"
        if y is None and not (cued and len(t.norm[j + 1]) == 2):
            return None
        end = k + 1 if y is not None else k
        if (end < len(t) and t.number[end] is not None) or not t.ends_here(end):
            return None
        if y is None:
            found = self._pick_year(m, d, None if wd is None else wd.value)
            if found is None:
                return None
            said = Partial(month=m, day=d)
            return attrs.evolve(
                self._match(i, end, _when.day(found[0], self.ctx.zone), "numeric-spaced"), value=said
            )
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        return self._match(i, end, _when.day(day, self.ctx.zone), "numeric-spaced")

    def _bracket_weekday(self, end: int) -> tuple[Hit, int] | None:
        """(weekday, end) for a weekday in brackets right after a numeric date (cjk8): "3/25（月）",
        "3/5(火)", "2/12(화)", "3/5（周二）" — Chinese, Japanese and Korean pages write dates so."""
        t = self.t
        if not t.is_(end, "(") or end + 1 >= len(t):
            return None
        said = t.hit(end, "weekday")  # a table may list the brackets with the name: Japanese "(火)"
        if said is not None and said.lex.words[0] == "(":
            return said, said.end
        wd = t.hit(end + 1, "weekday")
        if wd is None or not t.is_(wd.end, ")"):
            return None
        return wd, wd.end + 1

    def _day_month_order(self, a: int, b: int, end: int, *, dotted: bool) -> tuple[int, int] | None:
        """(day, month) of the numbers "a/b" ending at ``end``: an impossible reading decides, then
        a weekday in brackets after it (cjk8: "3/5(火)"), then the zone's country, else day first."""
        if dotted:
            return None if b > 12 else (a, b)
        if b > 12 >= a:
            return b, a
        if a > 12 >= b:
            return a, b
        said = self._order_by_weekday(a, b, end)  # "3/5(火)": 5 March is the Tuesday near, 3 May not
        if said is not None:
            return said
        lexicons = self.t.lexicons
        lang = lexicons[0].lang if lexicons else None  # the text's own language, read first
        return (b, a) if month_first(self.ctx.zone, lang) else (a, b)

    def _spaced_dots(self, j: int) -> tuple[int, int] | None:
        """(year, end) of a date written "5. 3. 2024." (cjk8: Croatian, Czech, Hungarian order
        aside): the day and month each with its full stop glued, spaces between, a year of four
        digits."""
        t = self.t
        if not (t.adjacent(j + 1) and t.is_(j + 3, ".") and t.adjacent(j + 3)) or len(t.norm[j + 2]) > 2:
            return None
        y = t.num(j + 4, 1900, 2100, 4)
        return None if y is None or t.adjacent(j + 4) else (y, j + 5)

    def _said_with_day(self, end: int, *, slash: bool) -> bool:
        """Whether a weekday in brackets or, after a slash, a clock follows "a/b" (cjk8): "3/5(火)",
        "3/5 15:00", "3/5 午後3時" are a day; a fraction is not written so ("3-1 klokken 16": a
        score, then the hour)."""
        return self._bracket_weekday(end) is not None or (
            slash and (self.clock_after(end) is not None or self._counted_clock_at(end))
        )

    def _order_by_weekday(self, a: int, b: int, end: int) -> tuple[int, int] | None:
        """(day, month) of "a/b", both 12 or less, by a weekday in brackets after it: the order whose
        day falls on that weekday nearest the reference ("3/5(火)" said in November 2024 is 5 March
        2024, a Tuesday; 3 May was a Tuesday only in 2022)."""
        bracket = self._bracket_weekday(end)
        if bracket is None:
            return None
        today = self.ctx.today
        fits: list[tuple[int, int, int]] = []  # (days from today, day, month)
        for d, m in ((b, a), (a, b)):
            found = self._pick_year(m, d, bracket[0].value)
            if found is not None and found[1] == "day-month-weekday":
                fits.append((abs((found[0] - today).days), d, m))
        return min(fits)[1:] if fits else None

    def _day_cued_alone(self, j: int, end: int) -> bool:
        """Whether two numbers of 12 or less with a slash ("2/3") are a day and month: a day prefix
        before them ("le 2/3", "el 4/7") and nothing but a date word, punctuation or the end after
        them; "le 1/4 de finale", "el 2/3 de los votos" stay fractions (rom6)."""
        t = self.t
        if j > 0 and t.hit(j - 1, "dayprefix") is not None and t.hit(j - 1, "the") is None:
            return True  # h11: a day's noun, no article ("ngày 5/3 sẽ …", «ביום 5/3»): a day either way
        return self._day_cue_before(j) and t.ends_here(end) and t.hit(end, "of") is None

    def _day_cue_before(self, j: int) -> bool:
        """Whether a day's prefix or a part of the day ends right before the number at ``j``: "le
        2/3", «يوم 25/4», and (h11) Vietnamese datelines "ngày 23/4", "sáng 15/2", "chiều 3/3" (the
        morning, the afternoon of that day)."""
        if j == 0:
            return False
        return any(h.lex.kind in _DAY_CUES and h.end == j for h in self.t.ending_at(j, back=2))

    def _dated_around(self, j: int, end: int) -> bool:
        """Whether a numeric date with no year has a day's cue before it ("on 2/15", «يوم 25/4») or a
        clock after it ("4/25 at 4:00pm"): alone, "24/7" is an idiom."""
        t = self.t
        cue = self._day_cue_before(j) or (j > 0 and t.hit(j - 1, "monthcue") is not None)
        # a range's word ("from 17/11 to 19/11", «من 17/11 إلى 19/11»; not a dash: "2-15/11")
        ranged = j > 0 and t.norm[j - 1].isalpha() and t.hit(j - 1, "range-from", "range-to") is not None
        return (
            cue
            or ranged
            or self._slashed_pair(j, end)
            or self.clock_after(end) is not None
            or self._counted_clock_at(end)
        )

    def _counted_clock_at(self, k: int) -> bool:
        """Whether a clock written with its counter starts at ``k`` (cjk8): "4/25 오후4시에", "3/5
        15時": an am/pm word before a number, or a number and the hour's counter."""
        t = self.t
        ampm = t.hit(k, "ampm")
        n = ampm.end if ampm is not None else k
        counter = t.hit(n + 1, "counter") if t.num(n, 0, 24) is not None else None
        return counter is not None and counter.value == "hour"

    def _slashed_pair(self, j: int, end: int) -> bool:
        """Whether the day/month at ``j`` (ending at ``end``) is one end of a dashed range of two,
        "14/10 - 15/10": a score or a fraction is not written so (nor6)."""
        t = self.t

        def slashed(k: int) -> bool:
            return (
                k >= 0
                and k + 2 < len(t)
                and t.num(k, 1, 31) is not None
                and t.is_(k + 1, "/")
                and t.num(k + 2, 1, 31) is not None
                and t.adjacent(k + 1)
                and t.adjacent(k + 2)
            )

        after = t.is_(end, "-", "–") and slashed(end + 1) and not t.is_(end + 4, "/")
        before = j >= 4 and t.is_(j - 1, "-", "–") and slashed(j - 4) and not t.is_(j - 5, "/")
        return after or before

    def _month_year(self, i: int, j: int, wd: Hit | None) -> Match | None:
        """`2/2013`, `10/2014`: a month and its year."""
        t = self.t
        m, y = t.num(j, 1, 12), t.num(j + 2, 1900, 2100, 4)
        if wd is not None or m is None or y is None or t.norm[j + 1] != "/":
            return None
        if not (t.adjacent(j + 1) and t.adjacent(j + 2)) or t.is_(j + 3, "/", "-"):
            return None
        return self._match(i, j + 3, _when.month(y, m, self.ctx.zone), "numeric-month-year")

    def year_month(self, i: int) -> Match | None:
        """`2014-10`, `2014/10`: a year and its month; `2010-11` is a season ("2010-11" = two years)."""
        t = self.t
        y = t.num(i, 1900, 2100, 4)
        if y is None or not t.is_(i + 1, "-", "/") or not (t.adjacent(i + 1) and t.adjacent(i + 2)):
            return None
        m = t.num(i + 2, 1, 12, 2)
        if m is None or m == (y + 1) % 100 or t.is_(i + 3, "-", "/", ":"):
            return None
        if i > 0 and t.adjacent(i) and t.norm[i - 1] in "/-.:":
            return None
        return self._match(i, i + 3, _when.month(y, m, self.ctx.zone), "year-month")

    def month_at(self, j: int, *, bound_ok: bool) -> tuple[int, int] | None:
        """(month, end) for a month name, a doubled one («آذار /مارس») or an abbreviation ("Nov.")."""
        t = self.t
        mh = t.hit(j, "month")
        if mh is None:
            return self.numbered_month(j)
        end, doubled = mh.end, False
        k = end + 1 if t.is_(end, "/", "-", "(", "،", ",") else end
        if k < len(t) and t.number[k] is None:
            second = t.hit(k, "month")
            if second is not None and second.value == mh.value:
                end, doubled = second.end, True
                if t.is_(end, ")"):
                    end += 1
        if mh.lex.bound and not (bound_ok or doubled):
            return None
        dot = mh.lex.syntax.abbrev_dot and t.is_(end, ".") and t.adjacent(end)
        # the tables are scanned only before a full stop (review6: "March", "April" scanned them all)
        if dot and (len(t.norm[j]) <= 4 or (len(t.norm[j]) == 5 and self._cut_short(j, mh.value))):
            end += 1  # "Nov.", "sierp." (nor6: five letters)
        return mh.value, end

    def _cut_short(self, j: int, month: int) -> bool:
        """Whether the word at ``j`` is the start of a longer name of ``month`` ("sierp." of
        "sierpień"), so its full stop is an abbreviation's, not a sentence's ("in March.") (nor6)."""
        word = self.t.norm[j]
        return any(
            w != word and w.startswith(word) and any(x.kind == "month" and x.value == month for x in senses)
            for lex in self.t.lexicons
            for w, senses in lex.by_first.items()
        )

    def year_noun(self, k: int) -> int:
        """Past a year noun at ``k`` ("year", «عام», «من العام»), or ``k`` when there is none."""
        t = self.t
        j = k
        of = t.hit(j, "of") or t.hit(j, "join")  # «من عام», «لعام»
        if of is not None:
            j = of.end
        noun = t.hit(j, "yearcue")
        return noun.end if noun is not None and noun.value == "noun" else k

    def year_in_words(self, k: int) -> tuple[int, int] | None:
        """(year, end) for a year said in words: "nineteen ninety-six", "two thousand and one".

        Hundreds then a number from 10 to 99 ("nineteen seventy-nine"), or a thousands word with
        an optional number after it ("two thousand", "two thousand and four"); broadcast copy and
        transcripts write years so.
        """
        t = self.t
        head = t.hit(k, "num")
        if head is None:
            return None
        thousand = t.hit(head.end, "yearthousand")
        if thousand is not None:
            if head.value not in (1, 2):
                return None
            j = thousand.end  # "thousand and" is one row: the number after it is the year's
            more = self.count(j) if j < len(t) and t.number[j] is None else None
            if more is not None and 1 <= more[0] <= 99 and more[0] == int(more[0]):
                return 1000 * head.value + int(more[0]), more[1]
            return 1000 * head.value, head.end + 1
        if not 11 <= head.value <= 20 or head.end >= len(t) or t.number[head.end] is not None:
            return None
        rest = self.count(head.end)
        if rest is None or not 10 <= rest[0] <= 99 or rest[0] != int(rest[0]):
            return None
        return 100 * head.value + int(rest[0]), rest[1]

    def numbered_month(self, j: int) -> tuple[int, int] | None:
        """(month, end) for a month said by its number after a month noun (``monthnumber`` rows):
        «شهر 3», «شهر عشرة» (a cardinal after the bare noun), «الشهر التاسع» (an ordinal after the
        definite one, only with a day before or a year after: «الشهر الثالث على التوالي» is a count).
        """
        t = self.t
        noun = (
            next((h for h in t.hits(j - 1) if h.lex.kind == "monthnumber" and h.end == j), None)
            if j
            else None
        )
        if noun is None or j >= len(t):
            return None
        if noun.value == "ordinal":
            o = t.hit(j, "ordinal")
            if o is None or not 1 <= o.value <= 12:
                return None
            n, end = o.value, o.end
            dated = (j >= 2 and (t.num(j - 2, 1, 31) is not None or t.hit(j - 2, "of") is not None)) or (
                self.year_after(end) is not None
            )
            return (n, end) if dated else None
        w = t.hit(j, "num")
        if w is not None:
            n, end = w.value, w.end
        elif t.num(j, 1, 12) is not None and len(t.norm[j]) <= 2 and not t.digits_go_on(j):
            n, end = t.number[j], j + 1
        else:
            return None
        if not isinstance(n, int) or not (1 < n <= 12 or (n == 1 and w is None)):
            return None  # «شهر واحد» is one month
        if t.hit(end, "unit") is not None and t.num(end + 1, 1000, 2999, 4) is None:
            return None  # «شهر ثلاثة أيام»; «شهر عشرة سنة 2015» is October 2015
        if end < len(t) and t.number[end] is None and t.norm[end].isalpha() and not t.hits(end):
            return None  # «خلال شهر 3 بالمئة», «راتب شهر 3 آلاف دولار»: a quantity follows
        return n, end

    def year_after(self, k: int) -> tuple[int, int] | None:
        """(year, end) for ", 2024", «عام 2020», «من عام 2020», «في سنة 2014», «لعام 2014», «2020م»,
        «السنة القادمة», "nineteen ninety-seven"."""
        t = self.t
        if t.is_(k, ",", "،"):
            k += 1
        rel = self._relative_year(k)
        if rel is not None:
            return rel
        k = self.year_noun(k)
        of = t.hit(k, "of")
        if of is not None and t.num(of.end, 1000, 2999, 4) is not None:
            k = of.end  # "15 de julio de 2013", "3 di marzo del 2024"
        y = t.num(k, 1000, 2999, 4)
        if y is None:
            return self.year_in_words(k)
        end = k + 1
        if t.hit(end, "yearsuffix") is not None:
            end += 1
        return y, end

    def _short_year(self, k: int) -> tuple[int, int] | None:
        """(year, end) for a year in two digits after a day and month where the clause ends ("14
        kwietnia 15", "14te April 15": 2015); not before a clock, a range or more words ("14 kwietnia
        15 osób") (nor6). 00-49 are 2000-2049, 50-99 1950-1999."""
        t = self.t
        if k >= len(t) or t.number[k] is None or len(t.norm[k]) != 2 or not t.norm[k].isdigit():
            return None
        if k + 1 < len(t) and not t.is_(k + 1, ",", ";", "!", "?", ")", "\n"):
            return None
        yy = t.number[k]
        assert yy is not None
        return (2000 + yy if yy < 50 else 1900 + yy), k + 1

    def _relative_year(self, k: int) -> tuple[int, int] | None:
        """(year, end) for a year said relative to the reference after a month or a date: "last
        year", "of this year", "of next year", «السنة القادمة», «من العام الماضي», "in a year", "two years
        ago" («من العام نفسه» is an anaphor: :func:`liveblog.resolve._rules_refs.inside`)."""
        t = self.t
        counted = self._years_away(k)
        if counted is not None:
            return counted
        of = t.hit(k, "of")
        j = of.end if of is not None else k
        lead = t.hit(j, "mod", "this")
        before = lead is not None and lead.lex.before
        per = t.hit(lead.end if lead is not None and before else j, "period")
        if per is None or per.value != "year":
            return None
        if lead is not None and before:
            return self.ctx.today.year + (lead.value if lead.lex.kind == "mod" else 0), per.end
        post = t.hit(per.end, "mod")
        if post is None or not post.lex.after:
            return None
        return self.ctx.today.year + post.value, post.end

    def _years_away(self, k: int) -> tuple[int, int] | None:
        """(year, end) for a whole number of years from the reference after a month or a date: "(March)
        in a year", "(May) in 2 years", "(June) two years ago", "(July) three years hence"."""
        t = self.t
        marker = t.hit(k, "in")
        q = self.qty(marker.end if marker is not None else k)
        if q is None or q.unit != "year" or q.value != int(q.value) or q.approximate:
            return None
        if marker is not None:
            return self.ctx.today.year + int(q.value), q.end
        post = t.hit(q.end, "ago-post", "in-post")
        if post is None:
            return None
        return self.ctx.today.year + (-1 if post.lex.kind == "ago-post" else 1) * int(q.value), post.end

    def _relative_month(self, k: int) -> tuple[int, int, int] | None:
        """(year, month, end) for «الجاري» or «الشهر الماضي» after a day number («في 25 الجاري»)."""
        t = self.t
        shift: int | None = None
        mod = t.hit(k, "mod")
        if mod is not None and mod.lex.after and mod.value == 0:
            shift, end = 0, mod.end
        the = t.hit(k, "the")
        pre = t.hit(the.end if the is not None else k, "mod", "this")
        said_of = k > 0 and t.hit(k - 1, "of") is not None  # "the 20th of next month", not "2 next month"
        per = t.hit(pre.end, "period") if pre is not None and pre.lex.before and said_of else None
        if pre is not None and per is not None and per.value == "month":  # "the 20th of next month"
            return (*self._shifted_month(pre.value if pre.lex.kind == "mod" else 0), per.end)
        this = t.hit(k, "this")  # «من هذا الشهر»
        per = t.hit(this.end if this is not None and this.lex.before else k, "period")
        post = t.hit(per.end, "mod") if per is not None and per.value == "month" else None
        if post is not None and post.lex.after:
            shift, end = post.value, post.end
        elif this is not None and this.lex.before and per is not None and per.value == "month":
            shift, end = 0, per.end
        if shift is None:
            return None
        y, m = _when.shift_month(self.ctx.today.year, self.ctx.today.month, shift)
        return y, m, end

    def _months_counted(self, j: int, k: int) -> bool:
        """Whether the digits at ``j`` count the months of the month noun at ``k`` that is also a unit
        (h11: Vietnamese "3 tháng tới", the next three months; "2 tháng qua", the last two): no day's
        noun stands before them ("ngày 3 tháng tới" is the 3rd of next month)."""
        t = self.t
        if t.hit(k, "unit") is None or t.number[j] is None:
            return False
        if j == 0:
            return True
        before = t.hit(j - 1, "unit")
        return t.hit(j - 1, "dayprefix") is None and (before is None or before.value[0] != "day")

    def _shifted_month(self, shift: int) -> tuple[int, int]:
        """(year, month) ``shift`` months from the reference's."""
        return _when.shift_month(self.ctx.today.year, self.ctx.today.month, shift)

    def _before_month(self, k: int) -> bool:
        """Whether an "of" word («من», "de", "di") or a month follows token ``k``: a day said as an
        ordinal or a number word before its month ("premier mars", "cinco de mayo")."""
        t = self.t
        if t.hit(k, "of") is not None:
            return True  # «السابع من أكتوبر», «السادس والعشرين من شهر أكتوبر», "the first of October"
        return self.month_at(k, bound_ok=True) is not None

    def _day_and_month(self, j: int) -> tuple[int | None, int, int, int | None] | None:
        """(day or None, month, end, year when the words fix it): «27 نوفمبر»، «السابع من أكتوبر»،
        "Nov. 28", «آذار»، «25 الجاري»، «العاشر من الشهر المقبل»."""
        t = self.t
        d = t.num(j, 1, 31)
        k = t.after_number(j)  # "1er juillet", "15e"
        if d is not None and len(t.norm[j]) > 2:
            d = None  # "015" is not a day
        ordinal = t.hit(j, "ordinal") if d is None else None
        if ordinal is not None and j > 0 and t.hit(j - 1, "period", "unit", "dayword") is not None:
            ordinal = None  # «الأسبوع الأول من ديسمبر»: the first week, not the first day
        if ordinal is not None and j > 0 and (t.number[j - 1] is not None or t.hit(j - 1, "num") is not None):
            ordinal = None  # "a third of March's budget", "two thirds of May": a fraction, not a day
        if ordinal is not None and ordinal.value and self._before_month(ordinal.end):
            d, k = ordinal.value, ordinal.end  # «السابع من أكتوبر», "premier mars", "primo di marzo"
        spelled = t.hit(j, "num") if d is None and ordinal is None else None
        if (
            spelled is not None
            and 1 <= spelled.value <= 31
            and not spelled.strip
            and (len(t.norm[j]) >= 3 or (len(t.norm[j]) == 2 and spelled.value > 1))  # "üç", "on" (nor6)
            and self._before_month(spelled.end)
        ):
            d, k = spelled.value, spelled.end  # "cinco de mayo", "el uno de marzo", "le quinze août"
        if d is not None:
            suffix = t.hit(k, "ordsuffix") if t.adjacent(k) else None
            if suffix is not None:
                k = suffix.end  # the ordinal's mark: "15. Februar", "18-го февраля", "3go marca"
            of = t.hit(k, "of")
            if of is not None:
                k = of.end
            prefix = t.hit(k, "monthprefix", "monthnumber")  # «8 شهر أيلول», «27 من الشهر الثامن»
            if prefix is not None and (t.hit(prefix.end, "month") or self.numbered_month(prefix.end)):
                k = prefix.end
            mon = self.month_at(k, bound_ok=True)
            if mon is not None:
                return d, mon[0], mon[1], None
            rel = self._relative_month(k)
            if rel is not None and not self._months_counted(j, k):
                return d, rel[1], rel[2], rel[0]
        mon = self.month_at(j, bound_ok=True)
        if mon is None:
            return None
        k = mon[1]
        clock = t.is_(k + 1, ":") and t.adjacent(k + 2) and t.num(k + 2) is not None  # "Nov 12:30"
        if t.num(k, 1, 31) is not None and len(t.norm[k]) <= 2 and not clock:
            suffix = t.hit(k + 1, "ordsuffix") if t.adjacent(k + 1) else None  # nor6: "marzec 3ci 2015"
            # an ending in letters ("3ci"), glued after a dash too (cjk8: Hungarian "március 5-én")
            end = suffix.end if suffix is not None and suffix.lex.words[-1].isalpha() else k + 1
            return t.num(k), mon[0], end, None  # "Nov. 28", "Nov 28: strikes …"
        art = t.hit(k, "the") if mon[0] else None  # "February the 15th": the day in digits with its ending
        # (lead9: "march the" at the text's end has no token after the article: it raised IndexError)
        word = t.norm[art.end] if art is not None and art.end < len(t) else ""
        day = t.num(art.end, 1, 31) if art is not None and len(word) <= 2 else None
        if art is not None and day is not None and not t.text[t.start[art.end] : t.end[art.end]].isdigit():
            return day, mon[0], art.end + 1, None
        after = t.hit(k, "ordinal") if t.hit(k, "ordinal") is not None and mon[0] else None
        if after is not None and after.value and after.lex.syntax.number_after_month:
            return after.value, mon[0], after.end, None  # "March first", "March third 2015"
        return None, mon[0], k, None

    def _weekday_before_date(self, j: int) -> Hit | None:
        """The weekday at ``j`` that may name a written date after it; none when the word is also an
        ordinal that reads as the day before a month (Greek "τρίτη Μαρτίου": the 3rd, not Tuesday)."""
        wd = self.t.hit(j, "weekday")
        if wd is not None and self.t.hit(j, "ordinal") is not None:
            own = self._day_and_month(j)
            if own is not None and own[0]:
                return None
        return wd

    def _month_noun(self, j: int) -> tuple[Hit | None, Hit | None]:
        """(modifier, month noun) starting at ``j``: «شهر آب», «الشهر التاسع سنة 2014» (a month by its
        number), and "el pasado mes de marzo", "il prossimo mese di dicembre" (a modifier before the
        noun belongs to the month named after it, an article before it or not)."""
        t = self.t
        prefix = t.hit(j, "monthprefix")
        if prefix is None and (mn := t.hit(j, "monthnumber")) is not None and self.numbered_month(mn.end):
            prefix = mn
        if prefix is not None:
            return None, prefix
        art = t.hit(j, "the")
        mod = t.hit(art.end if art is not None else j, "mod", "this")
        noun = t.hit(mod.end, "monthprefix") if mod is not None and mod.lex.before else None
        if noun is None or t.hit(noun.end, "month") is None:
            return None, None
        return mod, noun

    def _date_after_weekday(self, wd: Hit) -> int:
        """Where the date after weekday ``wd`` starts (past a comma, and an article before a day:
        "viernes, el 12 de septiembre"); -1 when no date starts there (comp11: a number, an ordinal,
        a number word or a month's name must, asked before the day and month are read)."""
        t = self.t
        j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        article = t.hit(j, "the", "dayprefix")
        if article is not None and article.end < len(t) and t.number[article.end] is not None:
            j = article.end
        return j if t.num(j) is not None or not t.kinds(j).isdisjoint(_DAY_AFTER_WEEKDAY) else -1

    @memo
    def written_date(self, i: int) -> Match | None:
        """Day and month with optional weekday, year and clock; month and year; a month alone with a cue."""
        t = self.t
        ctx = self.ctx
        j = i
        said_mod, prefix = self._month_noun(j)
        if prefix is not None:
            j = prefix.end
        lead = t.hit(j, "mod", "this")  # "last March"
        if lead is not None and lead.lex.before and t.hit(lead.end, "month") is not None:
            j = lead.end
        wd = self._weekday_before_date(j) if prefix is None else None
        if wd is not None and (j := self._date_after_weekday(wd)) < 0:
            return None
        if wd is None and prefix is None:
            dashed = self._dashed_date(i, j)
            if dashed is not None:
                return dashed
        first = self._year_first(j) if wd is None and prefix is None and lead is None else None
        head = self._day_and_month(j if first is None else first[1])
        if head is None:
            return None
        d, m, end, fixed = head
        # "2015 წლის 14 აპრილს": the year said first, with its noun
        fixed = first[0] if first is not None and fixed is None else fixed
        ya = (
            (self.year_after(end) or (self._short_year(end) if d else None))
            if fixed is None
            else (fixed, end)
        )
        if d is None:
            if wd is not None:
                return None
            if ya is not None:
                return self._match(i, ya[1], _when.month(ya[0], m, ctx.zone), "month-year")
            return self._bare_month(i, j, m, said_mod)
        if ya is not None:
            y, end = ya
            try:
                day = date(y, m, d)
            except ValueError:
                return None
            rule = "day-month-year" if fixed is None or first is not None else "day-relative-month"
            if wd is not None:
                rule = "day-month-weekday" if day.weekday() == wd.value else "day-month-weekday-mismatch"
            if wd is not None and day.weekday() != wd.value and t.number[j] is None:
                return None  # «الثلاثاء الثالث من أيلول 2014»: the third Tuesday, not the 3rd
        elif (post := self._year_mod(end)) is not None:  # «20 مارس الجاري», «15 جوان المقبل»
            shift, end = post
            shifted = self._shifted_day(m, d, shift)
            if shifted is None:
                return None
            day, rule = shifted, "day-month-mod"
        else:  # ar9: «جامعة 6 أكتوبر», «ثورة 25 يناير»: a name («… 2011» is the day)
            found = (
                None
                if wd is None and prefix is None and self._named_day(j)
                else self._pick_year(m, d, None if wd is None else wd.value)
            )
            if found is None:
                return None
            day, rule = found
        c = self.clock_after(end)
        if c is not None:
            return self._match(i, c.end, self.clock_on(c, day), f"{rule}-clock")
        m_day = self._match(i, end, _when.day(day, ctx.zone), rule)
        if ya is None and wd is None:  # no year said: a range's other end may still settle it
            return attrs.evolve(m_day, value=Partial(month=m, day=d))
        return m_day

    def _year_first(self, j: int) -> tuple[int, int] | None:
        """(year, end) for a year and its noun said before a day and month (cjk8): Georgian "2015
        წლის 14 აპრილს" (of the year 2015, 14 April), "2015 წლის აპრილში" (April 2015); a year
        and its full stop before a month's name (Hungarian "2024. március 5-én")."""
        t = self.t
        y = t.num(j, 1000, 2999, 4)
        noun = t.hit(j + 1, "yearsuffix") if y is not None and j + 1 < len(t) else None
        if y is not None and noun is None and t.is_(j + 1, ".") and t.hit(j + 2, "month") is not None:
            return y, j + 2  # Hungarian "2024. március 5-én": the year's full stop, then the month
        if y is None or noun is None or noun.end >= len(t):
            return None
        if t.hit(noun.end, "month") is None and t.number[noun.end] is None:
            return None
        return y, noun.end

    def _dashed_date(self, i: int, j: int) -> Match | None:
        """ "31/Oct/1974", "31-Oct-74", "5.Mar.2021": a day, a month name and a year glued by one
        separator. Two-digit years take the POSIX pivot (69-99 the 1900s, 00-68 the 2000s)."""
        t = self.t
        d = t.num(j, 1, 31)
        if d is None or len(t.norm[j]) > 2 or j + 4 >= len(t) or not t.is_(j + 1, "/", "-", "."):
            return None
        if not all(t.adjacent(k) for k in range(j + 1, j + 5)) or t.norm[j + 3] != t.norm[j + 1]:
            return None
        mon = self.month_at(j + 2, bound_ok=True) if t.number[j + 2] is None else None
        if mon is None or mon[1] not in (j + 3, j + 4) or t.number[j + 4] is None:  # "Jan." takes its dot
            return None
        y, size = int(t.norm[j + 4]), len(t.norm[j + 4])
        if size == 2:
            y += 1900 if y >= 69 else 2000
        elif size != 4 or not 1000 <= y <= 2999:
            return None
        if t.adjacent(j + 5) and t.number[j + 5] is not None:
            return None
        try:
            day = date(y, mon[0], d)
        except ValueError:
            return None
        return self._match(i, j + 5, _when.day(day, self.ctx.zone), "day-month-year")

    def _year_mod(self, k: int) -> tuple[int, int] | None:
        """(shift, end) for a modifier after a year-less day and month: «الجاري» 0, «المقبل» +1."""
        post = self.t.hit(k, "mod")
        if post is None or not post.lex.after:
            return None
        return post.value, post.end

    def _shifted_day(self, m: int, d: int, shift: int) -> date | None:
        """Day ``d`` of month ``m``: this year's (``shift`` 0), the next after today (+1), the last
        before it (-1)."""
        today = self.ctx.today
        step = (shift > 0) - (shift < 0)
        # «5 مارس قبل الماضي» (-2): the one before the last, a year further each step past one
        further = step * (abs(shift) - 1) if shift else 0
        for y in [today.year] if shift == 0 else [today.year, today.year + step]:
            try:
                day = date(y, m, d)
            except ValueError:
                continue
            if shift == 0 or (shift > 0 and day > today) or (shift < 0 and day < today):
                return _same_day(day, day.year + further)
        return None

    def _named_day(self, j: int) -> bool:
        """Whether the day or month at ``j`` (no year after it) follows the head of a name (ar9:
        ``namehead`` rows): «جامعة 6 أكتوبر», «شارع 23 يوليو», «ثورة 25 يناير», «حرب أكتوبر» name a
        university, a street, an event, not this year's day or month."""
        return j > 0 and self.t.hit(j - 1, "namehead") is not None

    def _bare_month(self, i: int, j: int, m: int, said_mod: Hit | None = None) -> Match | None:
        """A month with no day or year («آذار»، «في مارس»، "in March", "last May").

        Words that are also verbs or names («مارس», «نيسان», "march", "may") need a
        cue before them, a line of their own, or (English) a capital in mid-sentence;
        an English month followed by a capitalised word is a name.
        """
        t, ctx = self.t, self.ctx
        c = j - 1 if j > 1 and t.is_(j - 1, "-") else j  # "mi-mars", "fin-mars": the cue joined by a hyphen
        cue = c > 0 and t.hit(c - 1, "monthcue", "monthprefix", "edgecue", "mod", "this") is not None
        # a phrase ending right before it: "a finales de mayo", "à la fin de mars", "au mois de mars"
        cue = cue or any(h.lex.kind in _MONTH_CUES for h in t.ending_at(c))
        mh = t.hit(j, "month")
        end = self.month_at(j, bound_ok=True)
        if (
            end is None
            or self._named_day(j)
            or (j > 0 and t.number[j - 1] is not None and self._named_day(j - 1))
        ):
            return None  # ar9: «حرب أكتوبر», «ثورة يوليو» name a war, a revolution; «جامعة 6 أكتوبر» too
        if mh is None:  # «شهر 3»: a month by its number, its noun the cue; «شهر 3 الماضي» last March
            post = t.hit(end[1], "mod")
            mod, stop = (post, post.end) if post is not None and post.lex.after else (None, end[1])
            return self._match(i, stop, _when.month(self._bare_year(m, mod), m, ctx.zone), "month")
        english = mh.lex.syntax.capitalised
        named = end[1] < len(t) and t.number[end[1]] is None and self.upper(end[1])
        if english and mh.lex.bound and self._title_noun(end[1]):
            return None  # "the March for Life", "the March of the Living": a title's noun (gaps9)
        if english and (
            (not self.upper(j) and (mh.lex.bound or not cue)) or (named and not t.is_(end[1] - 1, "."))
        ):
            # "april" alone is no month ("in october" is); "April Ryan" is a name ("last June. In …" is not)
            return None
        mid_sentence = (
            j > 0
            and t.number[j - 1] is None
            and t.norm[j - 1] not in (".", "!", "?", ":")
            and not self.upper(j - 1)  # "Theresa May" is a name
        )
        mod = said_mod or (t.hit(j - 1, "mod", "this") if j > i else None)
        said = self._relative_year(end[1]) if mod is None else None
        if mh.lex.bound and not (cue or said or self._own_line(j, end[1]) or (english and mid_sentence)):
            return None
        if said is not None:  # "June last year", "March of this year", «جويلية من العام الماضي»
            return self._match(i, said[1], _when.month(said[0], m, ctx.zone), "month-relative-year")
        post = t.hit(end[1], "mod")  # «شباط الماضي», «أفريل المقبل»
        if mod is None and post is not None and post.lex.after:
            mod, end = post, (m, post.end)
        found = self._match(i, end[1], _when.month(self._bare_year(m, mod), m, ctx.zone), "month")
        # no year said: a range's last end may lend one ("from October to December 2023")
        return found if mod is not None else attrs.evolve(found, value=Partial(month=m))

    def _title_noun(self, k: int) -> bool:
        """Whether a month word ending before token ``k`` is a noun in a title: a ``nametail`` word
        after it, then (after "the") a capitalised word that names no date ("March for Life",
        "March on Washington", "March of the Living"; not "March to May", "March of 2020")."""
        t = self.t
        tail = t.hit(k, "nametail")
        if tail is None:
            return False
        k = tail.end
        the = t.hit(k, "the")
        k = the.end if the is not None else k
        return (
            k < len(t)
            and t.number[k] is None
            and t.norm[k].isalpha()
            and self.upper(k)
            and t.hit(k, "month", "weekday", "dayword", "holiday", "mod", "this") is None
        )

    def _bare_year(self, m: int, mod: Hit | None) -> int:
        """The year of month ``m`` said without one: by its modifier ("last May"), else by ``prefer``."""
        ctx = self.ctx
        this = ctx.today
        step = int(mod.value) if mod is not None and mod.lex.kind == "mod" else 0
        if step < 0:  # "last May"; "vorletzten Mai" the one before it (nor6)
            y = (this.year if m < this.month else this.year - 1) + step + 1
        elif step > 0:  # "next May"; "übernächsten März" the one after it (nor6)
            y = (this.year if m > this.month else this.year + 1) + step - 1
        elif mod is not None and (mod.lex.kind == "this" or (mod.value == 0 and mod.lex.kind == "mod")):
            y = this.year  # «مارس الجاري», "this September": this year's
        else:
            y = month_year(m, this, ctx.prefer)
        return y

    def _pick_year(self, m: int, d: int, wd: int | None) -> tuple[date, str] | None:
        """The year for a day and month by ``prefer``; a weekday picks the year (see :func:`pick_day`)."""
        today = self.ctx.today
        cands: list[date] = []
        for y in range(today.year - MAX_YEARS_AWAY - 2, today.year + MAX_YEARS_AWAY + 3):
            try:
                cands.append(date(y, m, d))
            except ValueError:
                continue
        order = self.by_prefer(cands, yearly=True)
        if not order:
            return None
        gone = under_way_day(m, d, today, self.ctx.prefer, told=self.ctx.told) if wd is None else None
        if gone is not None:
            return gone, "day-month"
        if wd is None:
            return order[0], "day-month"
        found = pick_day(cands, today, self.ctx.prefer, wd)
        return (order[0], "day-month-weekday-mismatch") if found is None else (found, "day-month-weekday")

    def by_prefer(self, cands: list[date], *, yearly: bool = False) -> list[date]:
        """The candidate dates ``prefer`` allows, best first (past: latest at or before today).

        ``yearly``: the candidates are one day of the year in successive years ("Dec. 7"), which
        a news story names as :func:`~liveblog.resolve._partial.yearly_order` says).
        """
        if yearly:
            return yearly_order(cands, self.ctx.today, self.ctx.prefer)
        return ordered(cands, self.ctx.today, self.ctx.prefer)


def _same_day(day: date, year: int) -> date | None:
    """``day`` in ``year`` (None for 29 February in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None
