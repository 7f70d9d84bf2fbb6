"""Rules for clock times (a base of :class:`liveblog.resolve._rules.Rules`).

`20:15`, `٢٠:١٥`, `8:15 م`, `10 ص`, `3.27pm BST`, `19.30 GMT`, «الساعة الثامنة
والنصف مساء», «الساعة 18:00 بتوقيت مكة المكرمة»; the day comes from ``prefer``
unless the words give one.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, date, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import attrs

from liveblog._text.clock import hour24, match_clock
from liveblog._text.zones import ABBREVIATIONS, offset_after, zone_for_word
from liveblog.model import When
from liveblog.resolve import _when
from liveblog.resolve._rules_amount import AmountRules, memo

__all__ = ["Clock", "ClockRules", "zone_of"]


@attrs.frozen
class Clock:
    """A time of day as written."""

    hour: int
    minute: int
    second: int | None
    zone: tzinfo | None
    end: int
    ampm: str | None


def zone_of(value: str, ref_zone: tzinfo, lang: str = "en") -> tzinfo:
    """The zone a ``zone`` lexicon value names (``local``: the reference's; abbreviations: the one table)."""
    named = zone_for_word(value, ref_zone, lang) if value in ABBREVIATIONS else None
    if named is not None:
        return named  # the one zone table (liveblog._text.zones): DST-aware, ambiguity settled
    if value == "local":
        return ref_zone
    if value == "UTC":
        return UTC
    if value[0] in "+-":
        sign = 1 if value[0] == "+" else -1
        return timezone(sign * timedelta(hours=int(value[1:3]), minutes=int(value[4:6])))
    return ZoneInfo(value)


class ClockRules(AmountRules):
    """Clock times; dates and days build on them."""

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
            written = (
                match_clock(t.text, t.start[j], ampm=False)
                if j < len(t) and t.number[j] is not None
                else None
            )
            k = bisect_left(t.start, written.end) if written is not None else j
            if written is not None and t.end[k - 1] == written.end:
                # The one clock parser (liveblog._text.clock): "20:15", "19.30", "13h30", "1315 GMT".
                hour, minute, second = written.hour, written.minute, written.second
                sep = {":": ":", ".": ".", "h": "h", "military": "military"}.get(written.sep, "")
            else:
                h = t.num(j, 0, 24)
                if h is None or len(t.norm[j]) > 2:
                    return None
                hour, minute, k, sep = h, 0, j + 1, ""
        ampm = t.hit(k, "ampm")
        if ampm is not None:
            k = ampm.end
            hour = hour24(hour, ampm.value)
            if hour is None:
                return None
        zone: tzinfo | None = None
        zk = k + 1 if t.is_(k, "(") else k
        found = self.zone_at(zk)
        if found is not None:
            zone, zend = found
            k = zend + 1 if zk > k and t.is_(zend, ")") else zend
        if sep == "military" and zone is None:
            return None  # "1315" is a clock only with its zone ("1315 GMT")
        if sep == "" and ampm is None and (cue is None or t.norm[i] != "الساعه"):
            return None  # a bare number is not a time
        if sep == "" and cue is None and ampm is not None and self._after_score(j):
            return None  # «بنتيجة 2-1 مساء الأحد»: the «1» of a score, then "on Sunday evening"
        if (
            sep == "."
            and ampm is None
            and zone is None
            and not self._own_line(i, k)
            and not self._cued_part(cue, k)
        ):
            return None  # 19.30 in a sentence may be a decimal; on its own line it is a time
        if hour > 23 or (hour == 24 and minute):
            return None
        return Clock(hour, minute, second, zone, k, ampm.value if ampm is not None else None)

    def _cued_part(self, cue: object, k: int) -> bool:
        """Whether a dotted clock has a clock cue before it and a part of the day right after it
        ("at 11.30 this morning", "at 8.15 in the evening"): then it is a time, not a decimal."""
        t = self.t
        return cue is not None and any(t.hit(k + d, "part") is not None for d in range(3))

    def _after_score(self, j: int) -> bool:
        """Whether the bare hour at ``j`` ends a glued "N-M" that no clock cue starts and whose 12-hour
        word also names a part of the day («2-1 مساء»; "3-4pm" and «الساعة 2-4 مساء» are hours)."""
        t = self.t
        if t.hit(j + 1, "part") is None:
            return False
        return (
            j >= 2
            and t.adjacent(j)
            and t.adjacent(j - 1)
            and t.number[j - 2] is not None
            and t.number[j - 1] is None
            and not t.norm[j - 1].isalnum()
            and not (j >= 3 and t.hit(j - 3, "clockcue") is not None)
        )

    def zone_at(self, k: int) -> tuple[tzinfo, int] | None:
        """The zone a zone word at token ``k`` names and the token after it; a UTC word takes the offset
        written right after it as one fixed-offset zone ("GMT-5", "UTC+5:30", «بتوقيت غرينتش -3»)."""
        t = self.t
        z = t.hit(k, "zone")
        if z is None:
            return None
        zone = zone_of(z.value, self.ctx.zone, z.lex.lang)
        utc = zone is UTC or getattr(zone, "key", None) == "UTC"
        fixed = offset_after(t.text, t.end[z.end - 1]) if utc and z.value.casefold() != "z" else None
        if fixed is None:
            return zone, z.end
        return fixed[0], bisect_left(t.start, fixed[1])

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
