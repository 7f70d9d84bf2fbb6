"""The one table of parts of the day: window, TIMEX3 code, and the words that name them.

Windows are minutes from local midnight of the day the part is labelled with;
they may start before 0 (``midnight`` straddles 00:00) or end after 1440
(``night`` runs into the next morning). docs/resolution.md explains the choices
(مساء is evening; ليلة X is the night before X).
"""

from __future__ import annotations

import attrs

__all__ = ["PARTS", "Part"]


@attrs.frozen
class Part:
    """One part of the day."""

    name: str
    start: int  # minutes from the label day's 00:00
    end: int
    timex: str  # TIMEX3 part-of-day code
    # en8: a meal's part names its time after its day ("Tuesday lunch") or joined to it ("lunch on
    # Tuesday"); right before the day it is the meal ("over lunch Tuesday": Tuesday)
    needs_join: bool = False


def _h(hours: float) -> int:
    return int(hours * 60)


PARTS: dict[str, Part] = {
    p.name: p
    for p in (
        Part("dawn", _h(4), _h(7), "MO"),
        Part("early_hours", 0, _h(6), "MO"),
        Part("morning", _h(6), _h(12), "MO"),
        Part("forenoon", _h(9), _h(12), "MO"),
        Part("midday", _h(11), _h(14), "MI"),
        Part("afternoon", _h(12), _h(18), "AF"),
        Part("late_afternoon", _h(15), _h(18), "AF"),
        # en6: the first and middle thirds of the afternoon, the middle of the morning, the
        # evening's first hours ("mid-afternoon", "early evening")
        Part("early_afternoon", _h(12), _h(15), "AF"),
        Part("mid_afternoon", _h(14), _h(16), "AF"),
        Part("mid_morning", _h(8), _h(10), "MO"),
        # lead8: the morning's first and last hours as news copy says them ("am frühen Morgen",
        # "a primera hora de la mañana", "en fin de matinée", "in tarda mattinata")
        Part("early_morning", _h(6), _h(9), "MO"),
        Part("late_morning", _h(10), _h(12), "MO"),
        Part("early_evening", _h(18), _h(21), "EV"),
        Part("sunset", _h(17), _h(19), "EV"),
        Part("evening", _h(18), _h(24), "EV"),
        Part("nightfall", _h(19), _h(22), "EV"),
        # tb9: the evening's last hours are an evening part (TIMEX3 EV: "late Thursday", "late
        # yesterday" end with the day, as the evening does); the same hours said of a night ("late
        # Thursday night", "late last night") are a night part
        Part("late_evening", _h(21), _h(24), "EV"),
        Part("late_night", _h(21), _h(24), "NI"),
        Part("night", _h(20), _h(29), "NI"),
        Part("midnight", _h(-1), _h(1), "NI"),
        Part("after_midnight", 0, _h(3), "NI"),
        # en8: the meal's hours and the hours after it and after school, as English says them
        # ("tomorrow at lunch", "after lunch", "after school")
        Part("lunch", _h(12), _h(14), "MI", needs_join=True),
        Part("after_lunch", _h(13), _h(17), "AF"),
        Part("after_school", _h(15), _h(21), "AF"),
    )
}
