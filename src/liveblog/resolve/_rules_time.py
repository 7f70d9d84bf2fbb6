"""Rules for written dates (a base of :class:`liveblog.resolve._rules.Rules`).

«27 نوفمبر 2024», «آذار /مارس عام 2020», «السابع من أكتوبر», «25 الجاري»,
"Wednesday 27 November", "Nov. 28", ISO `2024-11-29`, `29/11/2024`.
"""

from __future__ import annotations

from datetime import date, timedelta, timezone

import attrs

from liveblog._text.zones import month_first
from liveblog.resolve import _when
from liveblog.resolve._grammar import Hit, Match
from liveblog.resolve._partial import MAX_YEARS_AWAY, Partial, ordered, pick_day, yearly_prefer
from liveblog.resolve._rules_amount import memo
from liveblog.resolve._rules_clock import ClockRules

__all__ = ["MAX_YEARS_AWAY", "TimeRules"]


# `1446/05/27` is a Hijri date (read with its «هـ» by the Hijri rules), not a Gregorian year 1446.
_HIJRI_YEARS = (1343, 1500)


class TimeRules(ClockRules):
    """Written dates; :class:`liveblog.resolve._rules.Rules` adds days and parts."""

    # -- written dates ----------------------------------------------------------------------

    def iso(self, i: int) -> Match | None:
        """`2024-11-29`, `2024-11-29 21:00`, `2025-12-05@21:44:56 GMT`, `2020-10-06T21:22:53+01:00`."""
        t = self.t
        y = t.num(i, 1000, 2999, 4)
        if (
            y is None
            or _HIJRI_YEARS[0] <= y <= _HIJRI_YEARS[1]
            or not t.is_(i + 1, "-", "/", ".")
            or not all(t.adjacent(i + k) for k in range(1, 5))
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
        if j > 0 and t.adjacent(j) and (t.number[j - 1] is not None or t.norm[j - 1] in "/-.:"):
            return None  # inside a longer number ("1/2/3/4", "3.5/10")
        a = t.num(j, 1, 31)
        sep = t.norm[j + 1] if j + 1 < len(t) else ""
        if a is None or len(t.norm[j]) > 2 or sep not in ("/", ".", "-"):
            return None
        b = t.num(j + 2, 1, 31)
        if b is None or len(t.norm[j + 2]) > 2:
            return self._month_year(i, j, wd)
        tight = t.adjacent(j + 1) and t.adjacent(j + 2)
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
        elif sep != "/" or (t.number[end] is not None if end < len(t) else False) or t.is_(end, "/", "-"):
            return None  # no year: only "2/15", "2 / 15"
        elif max(a, b) <= 12:
            return None  # "1/2", "3/4": a fraction as much as a date
        if b > 12 >= a:
            d, m = b, a
        elif a > 12 >= b:
            d, m = a, b
        elif month_first(self.ctx.zone):
            d, m = b, a
        else:
            d, m = a, b
        if y is None and not (wd is not None or self._dated_around(j, end)):
            return None  # "24/7 coverage": an idiom as much as a date
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

    def _dated_around(self, j: int, end: int) -> bool:
        """Whether a numeric date with no year has a day's cue before it ("on 2/15", «يوم 25/4») or a
        clock after it ("4/25 at 4:00pm"): alone, "24/7" is an idiom."""
        t = self.t
        cue = j > 0 and t.hit(j - 1, "dayprefix", "monthcue") is not None
        return cue or self.clock_after(end) is not None

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
            return None
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
        if mh.lex.syntax.abbrev_dot and len(t.norm[j]) <= 4 and t.is_(end, ".") and t.adjacent(end):
            end += 1  # "Nov."
        return mh.value, end

    def year_after(self, k: int) -> tuple[int, int] | None:
        """(year, end) for ", 2024", «عام 2020», «من عام 2020», «2020م»."""
        t = self.t
        if t.is_(k, ",", "،"):
            k += 1
        if t.is_(k, "من") and t.is_(k + 1, "عام", "العام", "سنه"):
            k += 1
        if t.is_(k, "عام", "العام", "سنه"):
            k += 1
        y = t.num(k, 1000, 2999, 4)
        if y is None:
            return None
        end = k + 1
        if t.hit(end, "yearsuffix") is not None:
            end += 1
        return y, end

    def _relative_month(self, k: int) -> tuple[int, int, int] | None:
        """(year, month, end) for «الجاري» or «الشهر الماضي» after a day number («في 25 الجاري»)."""
        t = self.t
        shift: int | None = None
        mod = t.hit(k, "mod")
        if mod is not None and mod.lex.after and mod.value == 0:
            shift, end = 0, mod.end
        per = t.hit(k, "period")
        post = t.hit(per.end, "mod") if per is not None and per.value == "month" else None
        if post is not None and post.lex.after:
            shift, end = post.value, post.end
        if shift is None:
            return None
        y, m = _when.shift_month(self.ctx.today.year, self.ctx.today.month, shift)
        return y, m, end

    def _day_and_month(self, j: int) -> tuple[int | None, int, int, int | None] | None:
        """(day or None, month, end, year when the words fix it): «27 نوفمبر»، «السابع من أكتوبر»،
        "Nov. 28", «آذار»، «25 الجاري»، «العاشر من الشهر المقبل»."""
        t = self.t
        d = t.num(j, 1, 31)
        k = j + 1
        if d is not None and len(t.norm[j]) > 2:
            d = None  # "015" is not a day
        ordinal = t.hit(j, "ordinal") if d is None else None
        if ordinal is not None and j > 0 and t.hit(j - 1, "period", "unit", "dayword") is not None:
            ordinal = None  # «الأسبوع الأول من ديسمبر»: the first week, not the first day
        if ordinal is not None and ordinal.value and t.is_(ordinal.end, "من"):
            d, k = ordinal.value, ordinal.end  # «السابع من أكتوبر»
        if d is not None:
            if t.is_(k, "of", "من"):
                k += 1
            prefix = t.hit(k, "monthprefix")  # «8 شهر أيلول»
            if prefix is not None and t.hit(prefix.end, "month") is not None:
                k = prefix.end
            mon = self.month_at(k, bound_ok=True)
            if mon is not None:
                return d, mon[0], mon[1], None
            rel = self._relative_month(k)
            if rel is not None:
                return d, rel[1], rel[2], rel[0]
        mon = self.month_at(j, bound_ok=True)
        if mon is None:
            return None
        k = mon[1]
        clock = t.is_(k + 1, ":") and t.adjacent(k + 2) and t.num(k + 2) is not None  # "Nov 12:30"
        if t.num(k, 1, 31) is not None and len(t.norm[k]) <= 2 and not clock:
            return t.num(k), mon[0], k + 1, None  # "Nov. 28", "Nov 28: strikes …"
        return None, mon[0], k, None

    @memo
    def written_date(self, i: int) -> Match | None:
        """Day and month with optional weekday, year and clock; month and year; a month alone with a cue."""
        t = self.t
        ctx = self.ctx
        j = i
        prefix = t.hit(j, "monthprefix")  # «شهر آب»
        if prefix is not None:
            j = prefix.end
        lead = t.hit(j, "mod", "this")  # "last March"
        if lead is not None and lead.lex.before and t.hit(lead.end, "month") is not None:
            j = lead.end
        wd = t.hit(j, "weekday") if prefix is None else None
        if wd is not None:
            j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        head = self._day_and_month(j)
        if head is None:
            return None
        d, m, end, fixed = head
        ya = self.year_after(end) if fixed is None else (fixed, end)
        if d is None:
            if wd is not None:
                return None
            if ya is not None:
                return self._match(i, ya[1], _when.month(ya[0], m, ctx.zone), "month-year")
            return self._bare_month(i, j, m)
        if ya is not None:
            y, end = ya
            try:
                day = date(y, m, d)
            except ValueError:
                return None
            rule = "day-month-year" if fixed is None else "day-relative-month"
            if wd is not None:
                rule = "day-month-weekday" if day.weekday() == wd.value else "day-month-weekday-mismatch"
        else:
            found = self._pick_year(m, d, None if wd is None else wd.value)
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

    def _bare_month(self, i: int, j: int, m: int) -> Match | None:
        """A month with no day or year («آذار»، «في مارس»، "in March", "last May").

        Words that are also verbs or names («مارس», «نيسان», "march", "may") need a
        cue before them, a line of their own, or (English) a capital in mid-sentence;
        an English month followed by a capitalised word is a name.
        """
        t, ctx = self.t, self.ctx
        cue = j > 0 and t.hit(j - 1, "monthcue", "monthprefix", "edgecue", "mod", "this") is not None
        mh = t.hit(j, "month")
        end = self.month_at(j, bound_ok=True)
        if mh is None or end is None:
            return None
        english = mh.lex.syntax.capitalised
        if english and (
            not self.upper(j) or (end[1] < len(t) and t.number[end[1]] is None and self.upper(end[1]))
        ):
            return None  # "april" is not a month; "April Ryan" is a name
        mid_sentence = (
            j > 0
            and t.number[j - 1] is None
            and t.norm[j - 1] not in (".", "!", "?", ":")
            and not self.upper(j - 1)  # "Theresa May" is a name
        )
        if mh.lex.bound and not (cue or self._own_line(j, end[1]) or (english and mid_sentence)):
            return None
        mod = t.hit(j - 1, "mod", "this") if j > i else None
        this = ctx.today
        if mod is not None and mod.value == -1 and mod.lex.kind == "mod":
            y = this.year if m < this.month else this.year - 1
        elif mod is not None and mod.value == 1 and mod.lex.kind == "mod":
            y = this.year if m > this.month else this.year + 1
        elif (prefer := yearly_prefer(ctx.prefer)) == "future" or (
            prefer == "nearest" and (m - this.month) % 12 < (this.month - m) % 12
        ):
            y = this.year if m >= this.month else this.year + 1
        else:
            y = this.year if m <= this.month else this.year - 1
        return self._match(i, end[1], _when.month(y, m, ctx.zone), "month")

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
        if wd is None:
            return order[0], "day-month"
        found = pick_day(cands, today, self.ctx.prefer, wd)
        return (order[0], "day-month-weekday-mismatch") if found is None else (found, "day-month-weekday")

    def by_prefer(self, cands: list[date], *, yearly: bool = False) -> list[date]:
        """The candidate dates ``prefer`` allows, best first (past: latest at or before today).

        ``yearly``: the candidates are one day of the year in successive years ("Dec. 7"), which
        a news story names by the nearest occurrence (:func:`~liveblog.resolve._partial.yearly_prefer`).
        """
        prefer = yearly_prefer(self.ctx.prefer) if yearly else self.ctx.prefer
        return ordered(cands, self.ctx.today, prefer)
