"""Rules for written dates, clock times and amounts of time (the base of :class:`liveblog._rules.Rules`).

Dates: «27 نوفمبر 2024», «آذار /مارس عام 2020», "Wednesday 27 November", "Nov. 28",
ISO `2024-11-29`, `29/11/2024`; clocks: `20:15`, `8:15 م`, `3.27pm BST`,
«الساعة الثامنة مساء»; amounts: «منذ حوالي ثلاث ساعات», "about two hours ago".
"""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import attrs

from liveblog import _when
from liveblog._grammar import Match
from liveblog._rules_amount import AmountRules, memo
from liveblog.model import When

__all__ = ["Clock", "TimeRules"]


@attrs.frozen
class Clock:
    """A time of day as written."""

    hour: int
    minute: int
    second: int | None
    zone: tzinfo | None
    end: int
    ampm: str | None


def _zone(value: str, ref_zone: tzinfo) -> tzinfo:
    if value == "local":
        return ref_zone
    if value == "UTC":
        return UTC
    if value[0] in "+-":
        sign = 1 if value[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(value[1:3]), minutes=int(value[4:6])))
    return ZoneInfo(value)


class TimeRules(AmountRules):
    """Dates and clocks; :class:`liveblog._rules.Rules` adds days and parts."""

    # -- clocks -----------------------------------------------------------------------------

    @memo
    def clock(self, i: int) -> Clock | None:
        """`20:15`, `8:15 م`, `10 ص`, `3.27pm BST`, `19.30 GMT`, «الساعة الثامنة والنصف مساء»."""
        t = self.t
        j = i
        cue = t.hit(j, "clockcue")
        if cue is not None:
            j = cue.end
        second: int | None = None
        word = t.hit(j, "hourword") if cue is not None and t.norm[i] == "الساعه" else None
        if word is not None:
            hour, minute, k = word.value, 0, word.end
            mw = t.hit(k, "minword")
            if mw is not None:
                minute, k = mw.value, mw.end
                if minute < 0:
                    hour, minute = hour - 1, 60 + minute
            sep = "word"
        else:
            h = t.num(j, 0, 24)
            if h is None or len(t.norm[j]) > 2:
                return None
            hour, minute, k, sep = h, 0, j + 1, ""
            if (
                t.is_(k, ":", ".")
                and t.adjacent(k)
                and t.adjacent(k + 1)
                and t.num(k + 1, 0, 59, 2) is not None
            ):
                sep, minute = t.norm[k], t.num(k + 1, 0, 59, 2) or 0
                k += 2
                if sep == ":" and t.is_(k, ":") and t.adjacent(k) and t.num(k + 1, 0, 59, 2) is not None:
                    second = t.num(k + 1, 0, 59, 2)
                    k += 2
        ampm = t.hit(k, "ampm")
        if ampm is not None:
            k = ampm.end
            hour = _apply_ampm(hour, ampm.value)
            if hour is None:
                return None
        zone: tzinfo | None = None
        zk = k + 1 if t.is_(k, "(") else k
        z = t.hit(zk, "zone")
        if z is not None:
            zone = _zone(z.value, self.ctx.zone)
            k = z.end + 1 if zk > k and t.is_(z.end, ")") else z.end
        if sep == "" and ampm is None and (cue is None or t.norm[i] != "الساعه"):
            return None  # a bare number is not a time
        if sep == "." and ampm is None and zone is None and not self._own_line(i, k):
            return None  # 19.30 in a sentence may be a decimal; on its own line it is a time
        if hour > 23 or (hour == 24 and minute):
            return None
        return Clock(hour, minute, second, zone, k, ampm.value if ampm is not None else None)

    def _own_line(self, i: int, k: int) -> bool:
        """Whether tokens ``[i, k)`` stand alone on their line."""
        t = self.t
        before = i == 0 or t.norm[i - 1] == "\n"
        after = k >= len(t) or t.norm[k] == "\n"
        return before and after

    def clock_after(self, k: int) -> Clock | None:
        """A clock after a day, joined by "at", a comma or «الساعة»."""
        t = self.t
        if t.is_(k, ",", "،", "-", "@", "at", "—"):
            k += 1
        return self.clock(k)

    def clock_on(self, c: Clock, d: date) -> When:
        """Clock ``c`` on day ``d``."""
        return _when.at_clock(
            d, c.hour, c.minute, c.second, clock_zone=c.zone or self.ctx.zone, ref_zone=self.ctx.zone
        )

    def clock_alone(self, c: Clock) -> When:
        """Clock ``c`` on the day ``prefer`` picks (past: the latest at or before the reference)."""
        ref = self.ctx.ref
        d0 = ref.astimezone(c.zone or self.ctx.zone).date()
        today = self.clock_on(c, d0)
        if self.ctx.prefer == "past":
            return today if today.start <= ref else self.clock_on(c, d0 - timedelta(days=1))
        if self.ctx.prefer == "future":
            return today if today.start >= ref else self.clock_on(c, d0 + timedelta(days=1))
        other = self.clock_on(c, d0 + timedelta(days=-1 if today.start > ref else 1))
        return min((today, other), key=lambda w: (abs(w.start - ref), w.start > ref))

    # -- written dates ----------------------------------------------------------------------

    def iso(self, i: int) -> Match | None:
        """`2024-11-29`, `2024-11-29 21:00`, `2025-12-05@21:44:56 GMT`, `2020-10-06T21:22:53+01:00`."""
        t = self.t
        y = t.num(i, 1000, 2999, 4)
        if y is None or not t.is_(i + 1, "-", "/") or not all(t.adjacent(i + k) for k in range(1, 5)):
            return None
        m, d = t.num(i + 2, 1, 12, 2), t.num(i + 4, 1, 31, 2)
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
                if t.is_(end, ".") and t.number[end + 1] is not None and t.adjacent(end + 1):
                    end += 2  # fractions of a second
                zone = c.zone
                if zone is None and t.is_(end, "+", "-") and t.num(end + 1, 0, 14, 2) is not None:
                    mins = t.num(end + 3, 0, 59, 2) if t.is_(end + 2, ":") else 0
                    sign = 1 if t.norm[end] == "+" else -1
                    zone = timezone(sign * timedelta(hours=t.num(end + 1) or 0, minutes=mins or 0))
                    end += 4 if t.is_(end + 2, ":") else 2
                c = attrs.evolve(c, zone=zone)
                return self._match(i, end, self.clock_on(c, day), "iso")
        return self._match(i, k, _when.day(day, self.ctx.zone), "iso")

    def numeric_date(self, i: int) -> Match | None:
        """`29/11/2024`, `29.11.2024`, «السبت 30-11-2024» (day first unless the first cannot be a month)."""
        t = self.t
        j = i
        wd = t.hit(j, "weekday")
        if wd is not None:
            j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        a, b = t.num(j, 1, 31), t.num(j + 2, 1, 31)
        if (
            a is None
            or b is None
            or not t.is_(j + 1, "/", ".", "-")
            or t.norm[j + 3 : j + 4] != [t.norm[j + 1]]
        ):
            return None
        y = t.num(j + 4, 1900, 2100, 4)
        if y is None or not all(t.adjacent(j + k) for k in range(1, 5)):
            return None
        d, m = (b, a) if b > 12 >= a else (a, b)
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        rule = "numeric-date"
        if wd is not None:
            rule += "-weekday" if day.weekday() == wd.value else "-weekday-mismatch"
        return self._match(i, j + 5, _when.day(day, self.ctx.zone), rule)

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
        if mh.lex.lang == "en" and len(t.norm[j]) <= 4 and t.is_(end, ".") and t.adjacent(end):
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
        if mod is not None and mod.lex.lang == "ar" and mod.value == 0:
            shift, end = 0, mod.end
        per = t.hit(k, "period")
        post = t.hit(per.end, "mod") if per is not None and per.value == "month" else None
        if post is not None and post.lex.lang == "ar":
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
        if t.num(k, 1, 31) is not None and len(t.norm[k]) <= 2 and not t.is_(k + 1, ":"):
            return t.num(k), mon[0], k + 1, None  # "Nov. 28"
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
        if lead is not None and lead.lex.lang == "en" and t.hit(lead.end, "month") is not None:
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
        return self._match(i, end, _when.day(day, ctx.zone), rule)

    def _bare_month(self, i: int, j: int, m: int) -> Match | None:
        """A month with no day or year («آذار»، «في مارس»، "in March", "last May").

        Words that are also verbs («مارس», "march", "may") need a cue before them,
        a line of their own, or (English) a capital in mid-sentence.
        """
        t, ctx = self.t, self.ctx
        cue = j > 0 and t.hit(j - 1, "monthcue", "monthprefix", "edgecue", "mod", "this") is not None
        mh = t.hit(j, "month")
        end = self.month_at(j, bound_ok=True)
        if mh is None or end is None:
            return None
        english = mh.lex.lang == "en"
        if english and not self.upper(j):
            return None
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
        elif ctx.prefer == "future" or (
            ctx.prefer == "nearest" and (m - this.month) % 12 < (this.month - m) % 12
        ):
            y = this.year if m >= this.month else this.year + 1
        else:
            y = this.year if m <= this.month else this.year - 1
        return self._match(i, end[1], _when.month(y, m, ctx.zone), "month")

    def _pick_year(self, m: int, d: int, wd: int | None) -> tuple[date, str] | None:
        """The year for a day and month by ``prefer``; with a weekday, the nearest agreeing one (≤ 6 away)."""
        today = self.ctx.today
        cands: list[date] = []
        for y in range(today.year - 8, today.year + 9):
            try:
                cands.append(date(y, m, d))
            except ValueError:
                continue
        past = sorted((c for c in cands if c <= today), reverse=True)
        future = sorted(c for c in cands if c >= today)
        if self.ctx.prefer == "past":
            order = past
        elif self.ctx.prefer == "future":
            order = future
        else:
            order = sorted(set(past) | set(future), key=lambda c: (abs((c - today).days), c > today))
        if not order:
            return None
        if wd is None:
            return order[0], "day-month"
        for c in order:
            if abs(c.year - order[0].year) <= 6 and c.weekday() == wd:
                return c, "day-month-weekday"
        return order[0], "day-month-weekday-mismatch"


def _apply_ampm(hour: int, ampm: str) -> int | None:
    if ampm == "midnight":
        return 0 if hour == 12 else None
    if hour > 12:
        return hour if ampm in ("pm", "night", "noon") else None
    if ampm == "am":
        return 0 if hour == 12 else hour
    if ampm == "pm":
        return hour if hour == 12 else hour + 12
    if ampm == "noon":
        return hour + 12 if hour < 6 else hour
    if ampm == "night":
        return hour + 12 if 6 <= hour < 12 else (0 if hour == 12 else hour)
    return hour
