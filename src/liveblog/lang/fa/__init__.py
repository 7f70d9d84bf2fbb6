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
    # «تا» is "until": «تا ۳ روز» is up to three days, not a moment; Persian "in N" is «N … دیگر»
    numbers={"یک": 1, "دو": 2, "سه": 3},
)
