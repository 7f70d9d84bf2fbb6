"""Numbers with counters: dates and clocks written as number + field word, finest last.

Chinese, Japanese and Korean write a date as a run of numbers, each followed by
a word that says which field it is (a ``counter`` row): 2021年3月25日, 3月3号,
15時20分, 下午3点半, 3시 20분, 令和3年8月6日. The fields go from the year to the
second and none repeats; 半 (``half``) after an hour is thirty minutes. A
number may be written in digits or in words (三月, 二十五日: see
:func:`spelled_number`). A counter that begins a longer word is not one: 3時間
is three hours, 3日間 three days, 3か月 three months (``unit`` rows).

The fields read become a :class:`~liveblog.resolve._partial.Partial`, so the
composer joins the run with a day word, a weekday or a part of the day beside
it (明天下午3点, 2月12日(火)).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import TYPE_CHECKING

import attrs

from liveblog.model import When
from liveblog.resolve import _when
from liveblog.resolve._grammar import Ctx, Match, Tokens
from liveblog.resolve._partial import Partial, month_year, realize

if TYPE_CHECKING:
    from liveblog.resolve._rules import Rules

__all__ = ["counted", "spelled_number"]

_ORDER = ("year", "month", "day", "hour", "minute", "second")
_RANGES = {
    "year": (1, 9998),
    "month": (1, 12),
    "day": (1, 31),
    "hour": (0, 24),
    "minute": (0, 59),
    "second": (0, 59),
}
_POWERS = frozenset({10, 100, 1000})


@functools.cache
def _han() -> re.Pattern[str]:
    """One ideograph, not kana or Hangul (compiled on first use, fast9: 28,000 code points read
    to build it, 2 ms of every start, for pages in Chinese or Japanese)."""
    return re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_MAX_WORDS = 8  # number words in one number (二千零二十一 is six)


def spelled_number(t: Tokens, j: int) -> tuple[int, int] | None:
    """(value, end) of a number written in words whose language multiplies tens (三十 = 30).

    Digit words in a row are read as digits (二〇二一 = 2021); a digit before 十, 百 or 千
    multiplies it, one after adds (二十五 = 25, 十五 = 15, 百二十 = 120); a word for a whole
    number of tens adds the digit after it (Turkish "yirmi beş" = 25) but ends a number after a
    digit ("dokuz elli": nine, then fifty). None when the word at ``j`` is no such number word.
    """
    total = current = 0
    k = j
    for _ in range(_MAX_WORDS):
        h = t.hit(k, "num")
        if h is None or not h.lex.syntax.tens_multiply or not isinstance(h.value, int):
            break
        v = h.value
        if v in _POWERS:
            total += (current or 1) * v
            current = 0
        elif 0 <= v < 10:
            current = current * 10 + v
        elif v < 100 and v % 10 == 0 and current == 0:
            total += v
        else:
            break
        k = h.end
    if k == j:
        return None
    return total + current, k


def _number(t: Tokens, j: int) -> tuple[int, int, bool] | None:
    """(value, end, in digits) of the number at ``j``."""
    n = t.num(j)
    if n is not None:
        return n, j + 1, True
    spelled = spelled_number(t, j)
    if spelled is not None:
        return (*spelled, False)
    # a number said in one word of a language whose numbers do not multiply tens (lead8: Korean
    # native numbers before their counter, "세 시", "오후 다섯시": three, five o'clock)
    word = t.hit(j, "num")
    if word is not None and isinstance(word.value, int) and not word.lex.syntax.tens_multiply:
        return word.value, word.end, False
    return None


def _counter(t: Tokens, k: int) -> str | None:
    """The field the counter at ``k`` names, when no longer phrase starts there (3時間 is hours)."""
    head = t.hit(k, "counter")
    if head is None or any(h.end > head.end and h.lex.kind != "counter" for h in t.hits(k)):
        return None
    return str(head.value)


def counted(r: Rules, i: int) -> Match | None:
    """2021年3月25日, 15時20分, 3点半, 令和3年, 下午3点, 3시 20분: fields by their counters."""
    t = r.t
    fields: dict[str, int] = {}
    j = i
    pm: bool | None = None
    ampm = t.hit(j, "ampm")
    if ampm is not None and ampm.lex.before and not ampm.lex.bound:  # en8: English "a" is glued after
        pm, j = ampm.value == "pm", ampm.end
    era = t.hit(j, "era")
    if era is not None:
        j = era.end
    lang = ampm.lex.lang if ampm is not None else ""
    while j < len(t):
        found = _field(t, j, fields, pm is not None, None if era is None else era.value)
        if found is None:
            break
        field, n, j, said_in = found
        fields[field], lang = n, said_in or lang
        if field == "hour" and _counter(t, j) == "half":
            half = t.hit(j, "counter")
            assert half is not None
            fields["minute"], j = 30, half.end
        elif field == "hour" and said_in:
            j = _bare_minutes(t, j, fields)  # 三点十五, 3点15: minutes need no counter after an hour
    if not fields or (era is not None and "year" not in fields):
        return None
    if _not_a_time(t, i, j, fields, pm):
        return None
    value = _value(fields, pm)
    ctx = r.ctx
    named = _day_named_by_mod(t, i, fields)
    if named is not None:  # "지난 28일": the 28th just past, "오는 5일": the 5th to come
        ctx = attrs.evolve(ctx, prefer="past" if named < 0 else "future")
    when = None if value is None else _month_alone(value, ctx, named) or realize(value, ctx)
    if when is None:
        return None
    return Match(i, j, when, f"{lang}-counted", value)


def _day_named_by_mod(t: Tokens, i: int, fields: dict[str, int]) -> int | None:
    """The direction of a modifier before a day or month of no year whose language says it names
    that day or month (:attr:`~liveblog.lang.Syntax.mod_names_day`: Korean "지난 28일" -1, "오는
    5일" +1, "지난 2월" last February), else None."""
    if not {"day", "month"} & set(fields) or "year" in fields or i == 0:
        return None
    mod = next((h for h in t.ending_at(i, back=2) if h.lex.kind == "mod"), None)
    if mod is None or not mod.lex.syntax.mod_names_day or mod.value not in (-1, 1) or not mod.lex.before:
        return None
    return int(mod.value)


def _not_a_time(t: Tokens, i: int, j: int, fields: dict[str, int], pm: bool | None) -> bool:
    """Whether the run ``i``..``j`` is a rank or a quantity, not a time: after a rank's prefix
    (第3日, 제3일: day three), after a coarser field that was refused (9999年12月…), after a
    decimal point (3.5点: points of an index), or a lone hour or day with no date word on either
    side and a word after it (他提出3点建议 "three proposals", 3号线 "line 3"); 明天3点开会 and
    3号下午 stay times."""
    if i > 0 and t.hit(i - 1, "numprefix") is not None:
        return True
    coarser = t.hit(i - 1, "counter") if i > 1 and t.number[i - 2] is not None else None
    if coarser is not None and _ORDER.index(str(coarser.value)) < _ORDER.index(min(fields, key=_ORDER.index)):
        return True  # 9999年12月31日: the year before it was refused, so is the rest
    if i > 1 and t.number[i] is not None and t.is_(i - 1, ".") and t.number[i - 2] is not None:
        return True
    if pm is not None and _counts_next(t, j):
        return True  # h11: "délután 3 ember" (three people in the afternoon), no 3 pm
    if len(fields) != 1 or pm is not None or not ({"hour", "day"} & set(fields)):
        return False
    glued = t.hit(i, "numcounter")
    if glued is not None and t.norm[i] == glued.lex.words[-1] and not t.ending_at(i):
        return True  # h11: 세시, 한시 alone (also 歲時, 漢詩); 세시에, 오후 세시, 내일 다섯시 are times
    if j < len(t) and t.hit(j, "within", "ago-post", "in-post") is not None:
        return True  # "3일 동안" (for three days): an amount, not the 3rd (cjk8); lead11: 事件の3日後
    # a Han character no table knows (建 of 建议, 线 of 号线); kana and Hangul after a number are
    # particles and endings (25日に, 15時ちょうど, 3일에), which leave the time as it is
    after = j < len(t) and _han().match(t.norm[j]) is not None and not t.hits(j)
    before = bool(t.ending_at(i))  # 下午 ends at i
    return after and not before


def _counts_next(t: Tokens, j: int) -> bool:
    """Whether the bare number ending at ``j`` (no counter after it) counts the word at ``j``: a
    word no table reads that is no function word of the text's languages ("3 ember", "8 kişi")."""
    return j < len(t) and t.number[j - 1] is not None and t.counted(j)


_DAY_PARTS = frozenset({"part", "ampm", "partday"})


def _bare_minutes(t: Tokens, j: int, fields: dict[str, int]) -> int:
    """After an hour and its counter, a number with no letter after it is its minutes (三点十五);
    so is one before a part of the day (h11: Vietnamese "1 giờ 30 chiều", 13:30). After a word
    that counts back (``mindir`` -1, "11 giờ kém 15"), the minutes to the hour: 10:45."""
    back = t.hit(j, "mindir")
    if back is not None and back.value == -1 and fields["hour"] >= 1:
        num = _number(t, back.end)
        if num is None or not 1 <= num[0] <= 59 or (num[2] and t.digits_go_on(back.end)):
            return j
        fields["hour"] -= 1
        fields["minute"] = 60 - num[0]
        return num[1] + (_counter(t, num[1]) == "minute")
    num = _number(t, j)
    if num is None or not 0 <= num[0] <= 59:
        return j
    n, k, digits = num
    part = k < len(t) and any(h.lex.kind in _DAY_PARTS for h in t.hits(k))
    if (digits and t.digits_go_on(j)) or (k < len(t) and t.norm[k].isalpha() and not part):
        return j  # 3点15个人: fifteen people; only a number the text leaves there is minutes
    fields["minute"] = n
    return k


def _field(
    t: Tokens, j: int, fields: dict[str, int], after_ampm: bool, era: int | None
) -> tuple[str, int, int, str] | None:
    """(field, value, end, language) of the number and counter at ``j``, finer than ``fields``."""
    num = _number(t, j)
    glued = t.hit(j, "numcounter") if num is None else None
    if glued is not None:  # h11: 세시, 다섯시 (the number word and its counter in one word)
        n, field = glued.value
        lo, hi = _RANGES[field]
        finer = all(_ORDER.index(f) < _ORDER.index(field) for f in fields)
        return (field, n, glued.end, glued.lex.lang) if finer and lo <= n <= hi else None
    join = t.hit(j, "join") if num is None and fields else None
    if join is not None:  # Georgian "3 საათსა და 15 წუთზე": hours and minutes
        num = _number(t, join.end)
        if num is not None and _counter(t, num[1]) is None:
            num = None
    if num is None:
        return None
    n, k, digits = num
    field = _counter(t, k)
    counter = t.hit(k, "counter") if field is not None else None
    end, lang = (counter.end, counter.lex.lang) if counter is not None else (k, "")
    if field is None and after_ampm and not fields and 1 <= n <= 12:
        post = t.hit(k, "hourpost")  # cjk8: "délután 3-kor", "დღის 5-ზე": "at" glued after a dash
        if post is None and (t.hit(k, "unit") is not None or (digits and t.digits_go_on(k - 1))):
            return None
        field = "hour"  # an hour after am/pm with no counter: "du. 5", "délelőtt 10"
        end = end if post is None else post.end
    if field is None or field not in _ORDER:
        return None  # no counter, or 半 with no hour before it
    if any(_ORDER.index(f) >= _ORDER.index(field) for f in fields):
        return None  # the fields go from the year to the second, none twice
    if field == "year":
        if era is not None:
            n += era
        elif not (digits and len(t.norm[k - 1]) == 4) and not 1000 <= n <= 2999:
            return None  # 3年 is three years; a year is written whole (2021年, 二〇二一年) or with its era
    lo, hi = _RANGES[field]
    return (field, n, end, lang) if lo <= n <= hi else None


def _value(fields: dict[str, int], pm: bool | None) -> Partial | None:
    """The partial time of the fields read (None: they name no one time)."""
    if "hour" not in fields and ("minute" in fields or "second" in fields):
        return None  # 20分 alone is twenty minutes
    if "day" in fields and "year" in fields and "month" not in fields:
        return None
    hour = fields.get("hour")
    meridiem = hour is not None and (pm is not None or hour >= 13 or hour == 0)
    if hour is not None and pm and hour < 12:
        hour += 12
    if hour == 24:
        hour = 0
    return Partial(
        year=fields.get("year"),
        month=fields.get("month"),
        day=fields.get("day"),
        hour=hour,
        minute=fields.get("minute", 0 if hour is not None else None),
        second=fields.get("second"),
        meridiem=meridiem,
    )


def _month_alone(value: Partial, ctx: Ctx, named: int | None) -> When | None:
    """A month with no year (六月): the nearest such month, leaning as a year-less date does; after
    a modifier that names it (``named``: "지난 2월" -1, "오는 3월" +1) the one before or after the
    reference's month."""
    if value.month is None or value.year is not None or value.day is not None or value.hour is not None:
        return None
    m = value.month
    today = ctx.today
    if named is None:
        y = month_year(m, today, ctx.prefer)
    elif named < 0:  # strictly before the reference's month
        y = today.year if m < today.month else today.year - 1
    else:  # strictly after it
        y = today.year if m > today.month else today.year + 1
    date(y, m, 1)  # in the calendar's range (a ValueError is no date, as for every rule)
    return _when.month(y, m, ctx.zone)
