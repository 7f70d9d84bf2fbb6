"""How an answer is judged against a Duckling gold value, at the gold's grain (docs/accuracy.md).

Everything here works on naive wall-clock datetimes at the reference's fixed
offset, so comparing two moments is comparing two tuples. An answer is an
:class:`Answer` (a start, an end, whether it is a range); :func:`answer_of`
reads one out of whatever the resolver returns and :func:`judge` decides. Only
these two functions need to change when liveblog's ``When`` grows a range type.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any, Literal, get_args

import attrs

from liveblog.model import Grain

Kind = Literal["single", "interval", "holiday", "open", "negative"]
KINDS: tuple[Kind, ...] = get_args(Kind)
DuckGrain = Literal["second", "minute", "hour", "day", "week", "month", "quarter", "year"]
GRAINS: tuple[DuckGrain, ...] = get_args(DuckGrain)

_FIXED = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(days=7),
}
_MONTHS = {"month": 1, "quarter": 3, "year": 12}
_CLOCK_RANK = Grain.HOUR.rank  # second, minute and hour ends are clock times
# Result kinds a future range type may carry (attribute ``kind``): an open range has one bound only.
_OPEN_KINDS = frozenset({"before", "after"})
_RANGE_KINDS = frozenset({"range", "interval", "before", "after"})


def floor(moment: datetime, grain: DuckGrain) -> datetime:
    """The start of the ``grain`` unit that holds ``moment`` (weeks start on Monday, as ISO and Duckling)."""
    m = moment.replace(microsecond=0)
    if grain == "second":
        return m
    m = m.replace(second=0)
    if grain == "minute":
        return m
    m = m.replace(minute=0)
    if grain == "hour":
        return m
    m = m.replace(hour=0)
    if grain == "day":
        return m
    if grain == "week":
        return m - timedelta(days=m.weekday())
    m = m.replace(day=1)
    if grain == "month":
        return m
    if grain == "quarter":
        return m.replace(month=(m.month - 1) // 3 * 3 + 1)
    return m.replace(month=1)


def add(moment: datetime, grain: DuckGrain) -> datetime:
    """``moment`` plus one ``grain`` (calendar arithmetic for months, quarters and years)."""
    if grain in _MONTHS:
        total = moment.year * 12 + moment.month - 1 + _MONTHS[grain]
        return moment.replace(year=total // 12, month=total % 12 + 1)
    return moment + _FIXED[grain]


def ceil(moment: datetime, grain: DuckGrain) -> datetime:
    """The first ``grain`` boundary at or after ``moment``."""
    low = floor(moment, grain)
    return low if low == moment else add(low, grain)


@attrs.frozen
class Gold:
    """A Duckling answer as wall-clock times at the reference's offset; ``end`` exclusive.

    ``readable`` is False when a bound lies outside Python's calendar (Duckling's
    "2014 BC"): no answer can be right then.
    """

    kind: Kind
    grain: DuckGrain | None
    start: datetime | None
    end: datetime | None
    readable: bool = True


@attrs.frozen
class Answer:
    """What an engine said, as wall-clock times at the reference's offset.

    A point answer (liveblog's ``When`` today, dateparser's datetime) has both
    ends and ``is_range`` False; a range may lack one end (an open range).
    """

    start: datetime | None
    end: datetime | None
    is_range: bool = False
    # liveblog ends a range of clock times at its last end ("3 to 5 pm": 17:00); Duckling includes
    # that end's whole unit (to 18:00 at hour grain, 17:01 at minute grain): docs/accuracy.md.
    end_is_instant: bool = False


def _wall(moment: Any, zone: tzinfo) -> datetime | None:
    if not isinstance(moment, datetime):
        return None
    aware: datetime = moment.astimezone(zone) if moment.tzinfo is not None else moment
    return aware.replace(tzinfo=None)


def _last_end(result: Any) -> datetime | None:
    """The wall time a range's TIMEX3 names as its last end (None when it names none or no clock).

    A range of clock times ends at that time ("from 3 to 5 pm": …T17:00, end 17:00); a range that
    ends later than its last end names covers that end's whole unit, as Duckling's windows do.
    """
    timex = getattr(result, "timex", None)
    last = timex.rsplit("/", 1)[-1] if isinstance(timex, str) and "/" in timex else ""
    if "T" not in last:
        return None
    try:
        return datetime.fromisoformat(last).replace(tzinfo=None)
    except ValueError:
        return None


def answer_of(result: Any, zone: tzinfo) -> Answer | None:
    """Read a resolver's result as an :class:`Answer` in ``zone``'s wall time; None for no date.

    Today liveblog returns a ``When`` (one span: ``start``, ``end``). A range
    type may add a ``range`` attribute (an object with ``start``/``end``), a
    ``range_end``, or a ``kind`` such as ``"range"``, ``"before"``, ``"after"``;
    each is read when present, so a range result is judged as one.
    """
    if result is None:
        return None
    if isinstance(result, datetime):  # dateparser: one instant, taken as the second it names
        start = _wall(result, zone)
        assert start is not None
        return Answer(start, start + timedelta(seconds=1))
    if str(getattr(getattr(result, "kind", None), "value", "")) == "ref":
        # a vague reference: "now" (PRESENT_REF) is the reference's second; "recently" names no time
        if getattr(result, "timex", None) != "PRESENT_REF":
            return None
        now = _wall(getattr(result, "start", None), zone)
        return None if now is None else Answer(now, now + timedelta(seconds=1))
    holder = getattr(result, "range", None) or result
    start = _wall(getattr(holder, "start", None), zone)
    end = _wall(getattr(holder, "end", None), zone)
    range_end = _wall(getattr(result, "range_end", None), zone)
    if range_end is not None:
        end = range_end
    kind = getattr(result, "kind", None)
    kind = None if kind is None else str(getattr(kind, "value", kind)).lower()
    if kind == "before":
        start = None
    elif kind == "after":
        end = None
    is_range = holder is not result or range_end is not None or kind in _RANGE_KINDS
    if start is None and end is None:
        return None
    grain = getattr(result, "grain", None)
    rank = getattr(grain, "rank", None)
    instant = is_range and kind == "range" and rank is not None and rank <= _CLOCK_RANK
    if instant and end is not None and _last_end(result) not in (None, end):
        instant = False  # a window ("last 2 minutes": 04:28/04:29 to 04:30) covers its last unit
    return Answer(start, end, is_range, instant)


def judge(gold: Gold, answer: Answer | None) -> bool:
    """Whether ``answer`` is Duckling's ``gold`` at the gold's grain ``g`` (docs/accuracy.md).

    - negative: right when there is no answer;
    - single, interval, holiday: the answer's start floored to ``g`` is the gold
      start, and its end ceiled to ``g`` is the gold end (for a single the gold
      end is start + one ``g``: an answer finer than ``g`` inside that unit is
      right, a coarser one is not);
    - open: the one bound Duckling gives — after: the answer's start floored to
      ``g``; before: the end of a range answer ceiled to ``g``, or the start of a
      point answer floored to ``g`` (the point named is the bound) — and a range
      answer open on the other side must be open the same way.
    """
    if gold.kind == "negative":
        return answer is None
    if answer is None or not gold.readable or gold.grain is None:
        return False
    g = gold.grain
    try:
        if gold.kind == "open":
            return _judge_open(gold, answer, g)
        end = answer.end
        if end is not None and answer.end_is_instant and gold.kind != "single":
            end = end + _FIXED.get(g, timedelta(0))  # Duckling's interval includes its last end's unit
        return (
            answer.start is not None
            and end is not None
            and floor(answer.start, g) == gold.start
            and ceil(end, g) == gold.end
        )
    except (OverflowError, ValueError):  # a bound beyond year 9999 once a grain is added
        return False


def _judge_open(gold: Gold, answer: Answer, g: DuckGrain) -> bool:
    if gold.start is not None:  # after
        if answer.is_range and answer.end is not None and answer.start is None:
            return False
        return answer.start is not None and floor(answer.start, g) == gold.start
    if answer.is_range:  # before
        return answer.end is not None and ceil(answer.end, g) == gold.end
    return answer.start is not None and floor(answer.start, g) == gold.end


def wall(iso: str | None, zone: tzinfo) -> tuple[datetime | None, bool]:
    """An ISO 8601 gold bound as wall time in ``zone``, and whether it could be read at all."""
    if iso is None:
        return None, True
    try:
        return _wall(datetime.fromisoformat(iso), zone), True
    except ValueError:  # "-2014-01-01T00:00:00-02:00": Duckling's years BC
        return None, False


def gold_of(record: dict[str, Any], zone: tzinfo) -> Gold:
    """The :class:`Gold` of one ``duckling/<lang>.jsonl`` record."""
    start, ok_start = wall(record["start"], zone)
    end, ok_end = wall(record["end"], zone)
    kind = record["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown Duckling kind {kind!r} in {record['text']!r}")
    grain = record["grain"]
    if grain is not None and grain not in GRAINS:
        raise ValueError(f"unknown Duckling grain {grain!r} in {record['text']!r}")
    return Gold(kind, grain, start, end, ok_start and ok_end)
