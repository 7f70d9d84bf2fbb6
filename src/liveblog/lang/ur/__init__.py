"""Urdu words the library knows: relative times («5 منٹ پہلے», «2 گھنٹے پہلے»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Urdu grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "سیکنڈ": ("second", None),
        "منٹ": ("minute", None),
        "گھنٹہ": ("hour", None),
        "گھنٹے": ("hour", None),
        "دن": ("day", None),
        "ہفتہ": ("week", None),
        "ہفتے": ("week", None),
        "مہینہ": ("month", None),
        "مہینے": ("month", None),
        "سال": ("year", None),
    },
    ago_after=("پہلے", "قبل"),
    numbers={"ایک": 1, "دو": 2, "تین": 3},
)
