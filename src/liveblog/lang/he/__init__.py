"""Hebrew words the library knows: relative times («לפני 5 דקות», «לפני שעתיים»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Hebrew grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "שניות": ("second", None),
        "דקה": ("minute", 1),
        "דקות": ("minute", None),
        "דק'": ("minute", None),
        "שעה": ("hour", 1),
        "שעות": ("hour", None),
        "שעתיים": ("hour", 2),
        "יום": ("day", 1),
        "ימים": ("day", None),
        "יומיים": ("day", 2),
        "שבוע": ("week", 1),
        "שבועות": ("week", None),
        "חודש": ("month", 1),
        "חודשים": ("month", None),
        "שנה": ("year", 1),
        "שנים": ("year", None),
    },
    ago_before=("לפני",),
    in_before=("בעוד",),
    numbers={"אחת": 1, "שתי": 2, "שלוש": 3},
)
