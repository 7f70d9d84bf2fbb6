"""TBAQ (TempEval-3 training data): TIMEX3 values on gold spans, and TempEval-3 style end-to-end scoring.

liveblog is judged on its TIMEX3 value string, after :func:`normalise`;
dateparser, which has no TIMEX3 value, generously: right when its datetime lies
inside the period the gold value names (:func:`value_span`). docs/accuracy.md
describes both.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Literal

import attrs

SpanClass = Literal["dated", "anaphoric", "ref", "unknown-digit", "duration-value"]
SPAN_CLASSES: tuple[SpanClass, ...] = ("dated", "anaphoric", "ref", "unknown-digit", "duration-value")
SCORED_TYPES = frozenset({"DATE", "TIME"})

_WEEK_DIGIT = re.compile(r"-W(\d)(?!\d)")
_ZERO_SECONDS = re.compile(r"(T\d\d:\d\d):00$")
# TimeML parts of the day as hour windows [start, end) of the value's day (TNI runs past midnight).
_PARTS = {"MO": (5, 12), "MI": (11, 14), "AF": (12, 18), "EV": (17, 24), "NI": (19, 29), "DT": (8, 18)}
# Seasons as (month, day) of their first day, astronomical, and the month their year's winter ends in.
_SEASONS = {"SP": ((3, 20), (6, 21)), "SU": ((6, 21), (9, 22)), "FA": ((9, 22), (12, 21))}


def span_class(timex: dict[str, Any]) -> SpanClass:
    """The class a DATE/TIME gold value is reported in (docs/accuracy.md)."""
    value = str(timex["value"])
    if value.endswith("_REF"):
        return "ref"
    if value.startswith("P"):
        return "duration-value"
    if timex.get("anchor_tid") not in (None, "t0"):
        return "anaphoric"
    if "X" in value:
        return "unknown-digit"
    return "dated"


def normalise(value: str | None) -> str | None:
    """A TIMEX3 value in one spelling: upper case, two-digit ISO weeks, no ``:00`` seconds."""
    if value is None:
        return None
    v = _WEEK_DIGIT.sub(r"-W0\1", value.strip().upper())
    return _ZERO_SECONDS.sub(r"\1", v)


def value_span(value: str) -> tuple[datetime, datetime] | None:
    """The stretch of time a TIMEX3 value names, ``[start, end)`` naive; None if it names none."""
    v = normalise(value) or ""
    try:
        return _span(v)
    except ValueError:  # month 13, day 31 of a 30-day month: an impossible value names no time
        return None


def _span(v: str) -> tuple[datetime, datetime] | None:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d))?)?)?", v):
        y, mo, d = (int(x) for x in m.group(1, 2, 3))
        start = datetime(y, mo, d)
        if m.group(4) is None:
            return start, start + timedelta(days=1)
        parts = [int(x) for x in m.group(4, 5, 6) if x is not None]
        hour, minute, second = [*parts, 0, 0][:3]
        start = start.replace(hour=hour, minute=minute, second=second)
        step = (timedelta(hours=1), timedelta(minutes=1), timedelta(seconds=1))[len(parts) - 1]
        return start, start + step
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(MO|MI|AF|EV|NI|DT)", v):
        day = datetime(int(m[1]), int(m[2]), int(m[3]))
        a, b = _PARTS[m[4]]
        return day + timedelta(hours=a), day + timedelta(hours=b)
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        y, mo = int(m[1]), int(m[2])
        return datetime(y, mo, 1), datetime(y, mo, 1) + timedelta(days=calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v):
        monday = datetime.combine(date.fromisocalendar(int(m[1]), int(m[2]), 1), datetime.min.time())
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=7)
        return monday, monday + timedelta(days=7)
    if m := re.fullmatch(r"(\d{4})-([QH])(\d)", v):
        months = 3 if m[2] == "Q" else 6
        first = (int(m[3]) - 1) * months + 1
        return datetime(int(m[1]), first, 1), _month_after(int(m[1]), first + months - 1)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        y = int(m[1])
        if m[2] == "WI":
            return datetime(y, 12, 21), datetime(y + 1, 3, 20)
        (ma, da), (mb, db) = _SEASONS[m[2]]
        return datetime(y, ma, da), datetime(y, mb, db)
    if m := re.fullmatch(r"\d{2,4}", v):
        width = 10 ** (4 - len(v))  # 1998 a year, 199 a decade, 19 a century
        first = int(v) * width
        if first < 1 or first + width > 9999:
            return None
        return datetime(first, 1, 1), datetime(first + width, 1, 1)
    return None


def _month_after(y: int, m: int) -> datetime:
    return datetime(y + m // 12, m % 12 + 1, 1)


def dateparser_right(value: str, moment: datetime | None, mod: str | None = None) -> bool:  # noqa: ARG001
    """Generous: dateparser's datetime (naive, the DCT's wall time) lies inside the gold value's period
    (``mod`` is not needed: a part of the period lies inside it)."""
    if moment is None:
        return False
    span = value_span(value)
    return span is not None and span[0] <= moment.replace(tzinfo=None) < span[1]


def liveblog_right(value: str, timex: str | None, mod: str | None = None) -> bool:
    """Exact: liveblog's TIMEX3 value equals the gold value after :func:`normalise`.

    Three spellings more are the same value: a decade or century (TimeML ``199``, ``19``; liveblog
    ``199X``, ``19XX``, as docs/resolution.md says); a range of whole days (``1990-08-11/1990-08-12``, how
    liveblog writes a weekend) equals a gold value naming exactly those days (``1990-W32-WE``);
    and a part of a period, which TimeML writes as the whole period with ``mod`` START, MID or
    END ("early November" ``1989-11`` START) and liveblog as the part itself
    (``1989-11-01/1989-11-10``), is the same when :func:`part_of` says so.
    """
    if timex is None:
        return False
    if normalise(timex) == normalise(value):
        return True
    if part_of(value, mod, timex):
        return True
    if re.fullmatch(r"\d{3}X|\d{2}XX", timex) and normalise(value) == timex.rstrip("X"):
        return True  # a decade or a century: TimeML's 199 and 19 are liveblog's 199X and 19XX
    days = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", timex)
    if days is None:
        return False
    first, last = value_span(days[1]), value_span(days[2])
    return first is not None and last is not None and value_span(value) == (first[0], last[1])


_THIRD = {"START": 0, "MID": 1, "END": 2}


def timex_span(timex: str) -> tuple[datetime, datetime] | None:
    """The stretch a liveblog TIMEX3 value names; a range ``a/b``: from ``a``'s start to ``b``'s end."""
    first, _, last = timex.partition("/")
    a = value_span(first)
    b = value_span(last) if last else a
    return (a[0], b[1]) if a is not None and b is not None and a[0] < b[1] else None


def part_of(value: str, mod: str | None, timex: str) -> bool:
    """Whether ``timex`` is the part of the gold period ``value`` that ``mod`` names: it lies inside
    the period, is shorter, and its middle falls in the period's first third (START), middle third
    (MID) or last third (END)."""
    third = _THIRD.get(mod or "")
    whole, ours = value_span(value), timex_span(timex)
    if third is None or whole is None or ours is None:
        return False
    if not (whole[0] <= ours[0] and ours[1] <= whole[1]) or ours == whole:
        return False
    length = whole[1] - whole[0]
    middle = ours[0] + (ours[1] - ours[0]) / 2
    low = whole[0] + length * third / 3
    return low <= middle <= low + length / 3


# --- TempEval-3 style end-to-end scoring ----------------------------------------------------


@attrs.frozen
class Found:
    """One expression an engine found: character span, the text, and what it said (engine-specific)."""

    start: int
    end: int
    text: str
    said: Any


@attrs.define
class Score:
    """Counts for span and value precision/recall over a set of documents."""

    system: int = 0  # system expressions counted (not lying only on DURATION/SET gold)
    system_span: int = 0  # of those, overlapping a DATE/TIME gold
    system_value: int = 0  # of those, overlapping a DATE/TIME gold with the same value
    gold: int = 0  # DATE/TIME gold expressions
    gold_span: int = 0  # of those, overlapped by a system expression
    gold_value: int = 0  # of those, overlapped by a system expression with the same value

    def prf(self, what: Literal["span", "value"]) -> tuple[float, float, float]:
        """Precision, recall and F1 (0 where undefined)."""
        p_num = self.system_span if what == "span" else self.system_value
        r_num = self.gold_span if what == "span" else self.gold_value
        p = p_num / self.system if self.system else 0.0
        r = r_num / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_RANGE_WORD = re.compile(r"\s*(?:-|–|—|\b(?:to|and|through|thru|until|till)\b)\s*", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"(?:between|from)\s+", re.IGNORECASE)
_SAID = re.compile(r"\d|\b[A-Z]")  # a number, or a capitalised word (a month, a weekday)
_WORD = re.compile(r"\w")


def range_ends(start: int, text: str, timex: str) -> list[Found]:
    """An expression liveblog found, as TIMEX3 annotates it: a range written as two times ("between
    1985 and 1987", "July 13-15") is two expressions, each end its own value; anything else
    (a part of a period, "late 1970s" ``1977/1979``) one."""
    whole = [Found(start, start + len(text), text, timex)]
    first, sep, last = timex.partition("/")
    if not sep:
        return whole
    lead = _RANGE_LEAD.match(text)
    off = lead.end() if lead is not None else 0
    for m in _RANGE_WORD.finditer(text, off):
        left, right = text[off : m.start()], text[m.end() :]
        # a word between two times ("today through Nov. 17"); a dash between numbers or names only
        # ("July 13-15", not "mid-1990s")
        said = _SAID if not m.group().strip()[:1].isalpha() else _WORD
        if said.search(left) and said.search(right):
            return [
                Found(start + off, start + m.start(), left, first),
                Found(start + m.end(), start + len(text), right, last),
            ]
    return whole


Miss = tuple[Literal["missed", "value", "spurious"], dict[str, Any] | None, Found | None]


def score_document(
    score: Score,
    timexes: Sequence[dict[str, Any]],
    found: Sequence[Found],
    right: Callable[[str, Any, str | None], bool],
) -> list[Miss]:
    """Add one document to ``score`` (relaxed span overlap); return its misses.

    A system expression overlapping only DURATION/SET gold is not counted at all
    (neither rewarded nor penalised); DURATION/SET gold is not in the recall.
    """
    scored = [t for t in timexes if t["type"] in SCORED_TYPES]
    ignored = [t for t in timexes if t["type"] not in SCORED_TYPES]
    misses: list[Miss] = []

    def overlaps(t: dict[str, Any], f: Found) -> bool:
        return bool(t["start"] < f.end and f.start < t["end"])

    for f in found:
        hits = [t for t in scored if overlaps(t, f)]
        if not hits:
            if not any(overlaps(t, f) for t in ignored):
                score.system += 1
                misses.append(("spurious", None, f))
            continue
        score.system += 1
        score.system_span += 1
        score.system_value += any(right(t["value"], f.said, t.get("mod")) for t in hits)
    for t in scored:
        score.gold += 1
        hits_f = [f for f in found if overlaps(t, f)]
        if not hits_f:
            misses.append(("missed", t, None))
            continue
        score.gold_span += 1
        if any(right(t["value"], f.said, t.get("mod")) for f in hits_f):
            score.gold_value += 1
        else:
            misses.append(("value", t, hits_f[0]))
    return misses
