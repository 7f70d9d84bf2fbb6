"""Rules for Hijri dates, Umm al-Qura calendar (a base of :class:`liveblog.resolve._rules.Rules`).

«الجمعة 27 جمادى الأولى 1446 هـ»، «في 1 رمضان 1445هـ»، «غرة شوال»، «العاشر من
محرم»، «في شهر رمضان المبارك»، «ذي الحجة 1445», "1 Ramadan 1445 AH",
"Ramadan 1445"; a Hijri date joined to its Gregorian day («… 1446 هـ الموافق 29
نوفمبر 2024 م») is one date. docs/resolution.md ("Hijri dates") is the
specification.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

import attrs

from liveblog.lang import Syntax, spot_forms
from liveblog.model import Grain
from liveblog.resolve import _hijri, _when
from liveblog.resolve._grammar import Hit, Match
from liveblog.resolve._rules_amount import memo
from liveblog.resolve._rules_time import MAX_YEARS_AWAY, TimeRules

__all__ = ["HijriRules"]

# Days a written weekday or Gregorian date may stand from the Umm al-Qura day and still name it:
# outlets that follow a local moon sighting (Egypt, Morocco, Iraq...) can be a day apart.
_SIGHTING = 1
_JOINERS = ("(", "/", "-", "،", ",", "|")  # without «الموافق» a dual date must agree


@attrs.frozen
class _Head:
    """A Hijri month with its day (or none) as written, up to the month name and its epithet."""

    day: int | None
    month: int
    at: int  # token of the month name
    end: int
    bound: bool
    strong: bool  # «شهر» written before the month
    syntax: Syntax  # the month name's language's word order


@attrs.frozen
class _Year:
    year: int
    hijri: bool  # False: a Gregorian year («رمضان 2024»)
    end: int


class HijriRules(TimeRules):
    """Hijri dates; :class:`liveblog.resolve._rules.Rules` tries :meth:`hijri_date` and :meth:`dual`."""

    # Most texts name no Hijri month and no era: then no Hijri rule runs at all (each looked up once).
    @functools.cached_property
    def has_hijri(self) -> bool:
        """Whether the text holds a Hijri month's name."""
        langs = tuple(lex.lang for lex in self.t.lexicons)
        return not spot_forms(langs, "hmonth", True).isdisjoint(self.t.norm)

    @functools.cached_property
    def has_era(self) -> bool:
        """Whether the text holds a Hijri era's sign («هـ»)."""
        langs = tuple(lex.lang for lex in self.t.lexicons)
        return not spot_forms(langs, "hyearsuffix", False).isdisjoint(self.t.norm)

    def hijri_date(self, i: int) -> Match | None:
        """A Hijri day or month, with optional weekday, year, clock («يوم الجمعة 27 رمضان 1445 هـ»)."""
        return self._hijri_date(i) if self.has_hijri else None

    @memo
    def _hijri_date(self, i: int) -> Match | None:
        t = self.t
        j = i
        pre = t.hit(j, "dayprefix")
        if pre is not None:
            j = pre.end
        wd = t.hit(j, "weekday")
        if wd is not None:
            j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        lead = t.hit(j, "mod", "this") if wd is None else None
        if lead is not None and lead.lex.before and t.hit(lead.end, "hmonth") is not None:
            j = lead.end  # "last Ramadan"
        else:
            lead = None
        head = self._hijri_head(j)
        if head is None or (i > 0 and t.hit(i - 1, "namehead") is not None):
            return None  # «مدينة العاشر من رمضان» is a city, «حرب العاشر من رمضان» a war
        year = self._hijri_year(head.end)
        n = t.num(head.end, 1, 30)
        if (
            head.day is None
            and head.syntax.number_after_month
            and n is not None
            and len(t.norm[head.end]) <= 2
        ):
            year = self._hijri_year(head.end + 1)  # "Ramadan 27, 1445": only with its year
            if year is None:
                return None
            head = attrs.evolve(head, day=n)
        if head.day is None:
            if wd is not None or pre is not None:
                return None
            return self._hijri_month(i, head, year, lead)
        return self._hijri_day(i, head, year, None if wd is None else wd.value)

    def hijri_year(self, i: int) -> Match | None:
        """«عام 1441 هـ», «سنة 1445هـ», «في 1446 هجرية» (ar6): a Hijri year, its era said after it."""
        t = self.t
        if not self.has_era:
            return None
        if i > 0 and (
            t.number[i - 1] is not None
            or t.is_(i - 1, "/", "-", ".")
            or any(h.lex.kind in ("hmonth", "month") for h in t.ending_at(i))
        ):
            return None  # the year of a date («31 رمضان 1445 هـ», «30/09/1446 هـ»), read with it or none
        j = self.year_noun(i)
        n = t.num(j, 1, 9999)
        suffix = t.hit(j + 1, "hyearsuffix") if n is not None else None
        if n is None or suffix is None:
            return None
        w = _hijri.year(n, self.ctx.zone)
        return None if w is None else self._match(i, suffix.end, w, "hijri-year")

    def hijri_numeric(self, i: int) -> Match | None:
        """`1446/05/27 هـ`, `27/5/1446هـ`, «الأربعاء 1446/5/27 هـ»: numbers need the era after them."""
        t = self.t
        if not self.has_era or i >= len(t):
            return None
        j = i
        wd = t.hit(j, "weekday") if t.number[j] is None else None
        if wd is not None:
            j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
        if not t.is_(j + 1, "/", "-", ".") or t.norm[j + 3 : j + 4] != [t.norm[j + 1]]:
            return None
        suffix = t.hit(j + 5, "hyearsuffix")
        if not all(t.adjacent(j + k) for k in range(1, 5)) and not (t.is_(j + 1, "/") and suffix is not None):
            return None  # «5 / 9 / 1440هـ»: slashes spaced out, the era says it is a date
        if suffix is None:
            return None
        a, b, c = t.num(j, 1, 9999), t.num(j + 2, 1, 12), t.num(j + 4, 1, 9999)
        if a is None or b is None or c is None:
            return None
        if len(t.norm[j]) == 4 and 1 <= c <= 30:
            y, d = a, c
        elif len(t.norm[j + 4]) == 4 and 1 <= a <= 30:
            y, d = c, a
        else:
            return None
        g = _hijri.to_gregorian(y, b, d)
        if g is None:
            return None
        day, rule, _agreed = _agree(g, None if wd is None else wd.value, "hijri-numeric-date")
        return self._match(i, suffix.end, _when.day(day, self.ctx.zone), rule)

    def _hijri_head(self, j: int) -> _Head | None:
        """«27 رمضان»، «27 من شهر رمضان»، «العاشر من محرم»، «غرة شوال»، «شهر رمضان المبارك», "Ramadan"."""
        t = self.t
        k, day = j, None
        n = t.num(j, 1, 30)
        if n is not None and len(t.norm[j]) <= 2:
            day, k = n, j + 1
            if t.hit(k, "of") is not None:
                k += 1
        else:
            first = t.hit(j, "hfirst")
            ordinal = t.hit(j, "ordinal")
            if first is not None:
                day, k = first.value, first.end
            elif (
                ordinal is not None
                and 1 <= ordinal.value <= 30
                and t.hit(ordinal.end, "of") is not None
                and not (j > 0 and t.hit(j - 1, "period", "unit", "dayword") is not None)
            ):
                day, k = ordinal.value, ordinal.end + 1  # «العاشر من محرم», "the tenth of Muharram"
        prefix = t.hit(k, "monthprefix")
        if prefix is not None:
            k = prefix.end
        mh = t.hit(k, "hmonth")
        if mh is None:
            return None
        end = mh.end
        epithet = t.hit(end, "hepithet")
        if epithet is not None:
            end = epithet.end
        return _Head(day, mh.value, k, end, mh.lex.bound, prefix is not None, mh.lex.syntax)

    def _hijri_year(self, k: int) -> _Year | None:
        """«1445»، «1445هـ»، «عام 1445 هجرية»، «لعام 1445 للهجرة», ", 1445 AH"; or a Gregorian «2024»."""
        t = self.t
        if t.is_(k, ",", "،"):
            k += 1
        k = self.year_noun(k)
        n = t.num(k, 1, 9999)
        if n is None:
            return None
        end = k + 1
        suffix = t.hit(end, "hyearsuffix")
        if suffix is not None:
            if t.is_(suffix.end, ".") and t.adjacent(suffix.end):
                return _Year(n, True, suffix.end + 1)  # «هـ.»
            return _Year(n, True, suffix.end)  # any number with «هـ» is a Hijri year, in range or not
        if len(t.norm[k]) != 4:
            return None
        gregorian = t.hit(end, "yearsuffix")
        if gregorian is not None or 1900 <= n <= 2100:
            return _Year(n, False, gregorian.end if gregorian is not None else end)
        return _Year(n, True, end)  # 1000-1899 after a Hijri month: a Hijri year (out of range = no date)

    def _hijri_month(self, i: int, head: _Head, year: _Year | None, lead: Hit | None) -> Match | None:
        t, ctx = self.t, self.ctx
        if i > 0 and t.number[i - 1] is not None:
            return None  # «30 رمضان 1446»: a day the calendar lacks (or a count) is not the whole month
        if year is not None and year.hijri:
            w = _hijri.month(year.year, head.month, ctx.zone)
            return None if w is None else self._match(i, year.end, w, "hijri-month-year")
        end = year.end if year is not None else head.end
        post = t.hit(end, "mod")
        if post is not None and not post.lex.after:
            post = None
        b = i - 2 if i > 1 and t.is_(i - 1, "-") else i - 1  # "mid-Ramadan"
        before = t.hit(b, "monthcue", "edgecue", "periodedge", "mod", "this") if b >= 0 else None
        if before is None and i > 1:  # lead10: a cue of two words and more ("pendant le ramadan")
            before = next((h for h in t.ending_at(i, 3) if h.lex.kind == "monthcue"), None)
        # an edge phrase before it, with «من» or without: «العشر الأواخر من رمضان» (ar6)
        k = i - 1 if i > 0 and t.hit(i - 1, "of") is not None else i
        edged = any(h.lex.kind == "periodedge" for h in t.ending_at(k))
        # A year after the month is a cue too («رمضان 2019», "Ramadan 2018").
        # ar8: «أول يوم من رمضان», «اليوم الأول من رمضان»: «من» after a day's noun or an ordinal
        # (not after a name's head: «مدينة العاشر من رمضان» is a city)
        of_day = b > 0 and t.hit(b, "of") is not None and t.hit(b - 1, "unit", "ordinal", "nth") is not None
        # «أول أيام رمضان»: an ordinal and the days' noun before the month (its construct state)
        of_day = of_day or (
            b > 0 and t.hit(b, "unit") is not None and t.hit(b - 1, "ordinal", "nth") is not None
        )
        of_day = of_day and not (b > 1 and t.hit(b - 2, "namehead") is not None)
        cue = (
            head.strong
            or before is not None
            or of_day
            or edged
            or lead is not None
            or post is not None
            or year is not None
        )
        if not cue or (head.bound and not head.strong):
            return None  # «محمد رمضان»، «حرب رمضان»: a name; «صفر» alone is zero
        if head.syntax.capitalised and (
            not self.upper(head.at)
            or (head.end < len(t) and t.number[head.end] is None and self.upper(head.end))
        ):
            return None  # "ramadan" in lower case, "Ramadan Abdullah" (a name)
        if year is not None:
            months = [h for hy in _hijri.years_in(year.year) if (h := _hijri.month_days(hy, head.month))]
            starts = [first for first, _ in months if first.year == year.year]
            if not starts:
                return None  # no Ramadan begins in that Gregorian year
            hy_m = _hijri.of(min(starts))  # two Ramadans in one Gregorian year (2030): the first (en8)
            w = _hijri.month(hy_m[0], hy_m[1], ctx.zone) if hy_m is not None else None
            return None if w is None else self._match(i, end, w, "hijri-month-gregorian-year")
        now = _hijri.of(ctx.today)
        if now is None:
            return None
        hy, hm, m = now[0], now[1], head.month
        mod = lead if lead is not None else post
        if mod is not None and post is not None:
            end = post.end
        shift = mod.value if mod is not None and mod.lex.kind == "mod" and isinstance(mod.value, int) else 0
        if shift < 0:  # «رمضان قبل الماضي»: -2, the one before the last
            y = (hy if m < hm else hy - 1) + shift + 1
        elif shift > 0:
            y = (hy if m > hm else hy + 1) + shift - 1
        elif ctx.prefer == "future" or (ctx.prefer == "nearest" and (m - hm) % 12 < (hm - m) % 12):
            y = hy if m >= hm else hy + 1
        else:
            y = hy if m <= hm else hy - 1
        w = _hijri.month(y, m, ctx.zone)
        return None if w is None else self._match(i, end, w, "hijri-month")

    def _hijri_day(self, i: int, head: _Head, year: _Year | None, wd: int | None) -> Match | None:
        ctx = self.ctx
        assert head.day is not None
        if head.bound and not (head.strong or (year is not None and year.hijri)):
            return None  # «فاز 2 صفر»: a score
        found: tuple[date, str] | None
        if year is None:
            found = self._hijri_pick(head.month, head.day, wd)
        elif year.hijri:
            g = _hijri.to_gregorian(year.year, head.month, head.day)
            found = None if g is None else _agree(g, wd, "hijri-day-month-year")[:2]
        else:
            days = {
                g
                for hy in _hijri.years_in(year.year)
                if (g := _hijri.to_gregorian(hy, head.month, head.day)) is not None and g.year == year.year
            }
            # a Gregorian year may hold the day twice: the first (en8), as a feast that year
            found = _agree(min(days), wd, "hijri-day-month-gregorian-year")[:2] if days else None
        if found is None:
            return None
        day, rule = found
        end = year.end if year is not None else head.end
        c = self.clock_after(end)
        if c is not None:
            return self._match(i, c.end, self.clock_on(c, day), f"{rule}-clock")
        return self._match(i, end, _when.day(day, ctx.zone), rule)

    def _hijri_pick(self, m: int, d: int, wd: int | None) -> tuple[date, str] | None:
        """A year-less Hijri day by ``prefer``; a weekday picks the nearest agreeing year (≤ 6 away)."""
        now = _hijri.of(self.ctx.today)
        if now is None:
            return None
        cands = [g for y in range(now[0] - 8, now[0] + 9) if (g := _hijri.to_gregorian(y, m, d)) is not None]
        order = self.by_prefer(cands)
        if not order:
            return None
        if wd is None:
            return order[0], "hijri-day-month"
        for c in order:
            if abs(c.year - order[0].year) > MAX_YEARS_AWAY:
                break
            day, rule, agreed = _agree(c, wd, "hijri-day-month")
            if agreed:
                return day, rule
        return order[0], "hijri-day-month-weekday-mismatch"

    def dual(self, m: Match) -> Match:
        """``m`` with the same day in the other calendar after it joined in («… هـ الموافق 29 نوفمبر 2024»).

        Both must name a day; the Gregorian one is kept (it is printed exactly, the
        Hijri one may follow a local sighting). With «الموافق»/"corresponding to"
        they are joined even when they disagree (rule ``dual-date-mismatch``);
        with only a bracket, slash or comma between them, only when they agree.
        """
        t = self.t
        if m.calendar is None or m.when.grain.rank > Grain.DAY.rank:
            return m  # no day written in a calendar
        hijri = m.calendar == "hijri"
        k = m.end
        equiv = t.hit(k, "equiv")
        if equiv is not None:
            k = equiv.end
        elif t.is_(k, *_JOINERS):
            k += 1
        else:
            return m
        if t.is_(k, "("):
            k += 1
        other = (self.hijri_date(k) or self.hijri_numeric(k)) if not hijri else self._gregorian_day(k)
        if other is None or other.when.grain.rank > Grain.DAY.rank:
            return m  # the other calendar's words name no day
        gap = abs((m.when.start.date() - other.when.start.date()).days)
        if gap > _SIGHTING and equiv is None:
            return m
        end = other.end
        if t.hit(end, "yearsuffix") is not None:
            end += 1  # «2024/11/29م»
        if t.is_(end, ")"):
            end += 1
        greg = other if hijri else m
        rule = "dual-date" if gap <= _SIGHTING else "dual-date-mismatch"
        if greg.when.grain.rank < Grain.DAY.rank:
            rule += "-clock"  # «… الموافق 29 نوفمبر 2024 الساعة 3»
        return self._match(m.start, end, greg.when, rule)

    def _gregorian_day(self, k: int) -> Match | None:
        for rule in (self.written_date, self.numeric_date, self.iso):
            found = rule(k)
            if found is not None:
                return found
        return None


def _agree(g: date, wd: int | None, rule: str) -> tuple[date, str, bool]:
    """``g``, or the day beside it that has the written weekday (a local sighting a day apart), the
    rule's name and whether the weekday agrees."""
    if wd is None:
        return g, rule, True
    base = rule.removesuffix("-year").removesuffix("-gregorian")  # "day-month-weekday", as Gregorian
    for delta in (0, -_SIGHTING, _SIGHTING):
        c = g + timedelta(days=delta)
        if c.weekday() == wd:
            return c, f"{base}-weekday", True
    return g, f"{base}-weekday-mismatch", False
