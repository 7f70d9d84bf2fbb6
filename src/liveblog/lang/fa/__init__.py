"""Persian words the library knows: relative times («۵ دقیقه پیش», «۲ ساعت قبل»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Persian grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "ثانیه": ("second", None),
        "دقیقه": ("minute", None),
        "ساعت": ("hour", None),
        "روز": ("day", None),
        "هفته": ("week", None),
        "ماه": ("month", None),
        "سال": ("year", None),
    },
    ago_after=("پیش", "قبل"),
    in_before=("تا",),
    numbers={"یک": 1, "دو": 2, "سه": 3},
)
