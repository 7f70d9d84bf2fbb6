"""Load the resolution accuracy corpus and turn each expected answer into an interval.

The corpus (``tests/data/resolution_corpus.jsonl``) gives each expected answer
as a start, a grain and a part of day; the end follows from docs/resolution.md.
Ends are computed on the wall clock of the reference zone, so a day that loses
an hour to DST still ends at the next local midnight.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "resolution_corpus.jsonl"

# part -> (window start hour, window length in hours), docs/resolution.md "Parts of the day".
# midnight's window (23:00-01:00) starts the evening before the midnight it straddles.
PART_WINDOWS: dict[str, tuple[int, int]] = {
    "dawn": (4, 3),
    "early_hours": (0, 6),
    "morning": (6, 6),
    "forenoon": (9, 3),
    "midday": (11, 3),
    "afternoon": (12, 6),
    "late_afternoon": (15, 3),
    "sunset": (17, 2),
    "evening": (18, 6),
    "nightfall": (19, 3),
    "late_evening": (21, 3),
    "night": (20, 9),
    "midnight": (23, 2),
    "after_midnight": (0, 3),
}

_FIXED_LENGTH = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
}
_MONTHS = {"quarter": 3, "half": 6}  # grains that span whole months


@attrs.frozen
class Expected:
    """The annotated answer: ``[start, end)`` at ``grain``, with its part of day and hedge."""

    start: datetime
    grain: str
    part: str | None
    approximate: bool

    @property
    def end(self) -> datetime:
        """The exclusive end of the expected interval, in the start's zone."""
        if self.grain in _FIXED_LENGTH:
            return self.start + _FIXED_LENGTH[self.grain]  # aware arithmetic: real elapsed time
        wall = self.start.replace(tzinfo=None)
        if self.grain == "part_of_day":
            if self.part not in PART_WINDOWS:
                raise ValueError(f"unknown part of day {self.part!r}")
            end = wall + timedelta(hours=PART_WINDOWS[self.part][1])
        elif self.grain == "day":
            end = wall + timedelta(days=1)
        elif self.grain == "week":
            end = wall + timedelta(days=7)
        elif self.grain == "month":
            end = wall.replace(year=wall.year + wall.month // 12, month=wall.month % 12 + 1)
        elif self.grain in _MONTHS:  # a quarter or a half of a year: that many months on
            months = wall.month - 1 + _MONTHS[self.grain]
            end = wall.replace(year=wall.year + months // 12, month=months % 12 + 1)
        elif self.grain == "year":
            end = wall.replace(year=wall.year + 1)
        else:
            raise ValueError(f"unknown grain {self.grain!r}")
        return end.replace(tzinfo=self.start.tzinfo)

    def contains(self, moment: datetime) -> bool:
        """Whether the aware ``moment`` falls inside ``[start, end)``."""
        return self.start <= moment < self.end


@attrs.frozen
class Item:
    """One corpus line."""

    id: str
    lang: str
    cls: str
    text: str
    reference: datetime  # aware, in ``tz``
    tz: str
    prefer: str
    expected: Expected | None
    note: str | None = None
    refs: bool = False  # "now", "recently": a ref result is asked for (as tests/test_corpus.py asks)
    pick: str | None = None  # the words of ``text`` to score, found in it by find_times (anaphora)


def _item(raw: dict[str, object]) -> Item:
    zone = ZoneInfo(str(raw["tz"]))
    expected = raw["expected"]
    exp: Expected | None = None
    if isinstance(expected, dict):
        exp = Expected(
            start=datetime.fromisoformat(str(expected["start"])).astimezone(zone),
            grain=str(expected["grain"]),
            part=None if expected["part"] is None else str(expected["part"]),
            approximate=bool(expected["approximate"]),
        )
    return Item(
        id=str(raw["id"]),
        lang=str(raw["lang"]),
        cls=str(raw["class"]),
        text=str(raw["text"]),
        reference=datetime.fromisoformat(str(raw["reference"])).astimezone(zone),
        tz=str(raw["tz"]),
        prefer=str(raw["prefer"]),
        expected=exp,
        note=None if raw.get("note") is None else str(raw["note"]),
        refs=bool(raw.get("refs", False)),
        pick=None if raw.get("pick") is None else str(raw["pick"]),
    )


def load(path: Path = DEFAULT_CORPUS) -> list[Item]:
    """Every item of the corpus at ``path``, in file order."""
    return list(_iter(path))


def _iter(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield _item(json.loads(line))
