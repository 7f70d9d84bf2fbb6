"""Turkish words the library knows: relative times («1 saat önce», «5 dakika önce»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Turkish grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "saniye": ("second", None),
        "sn": ("second", None),
        "dakika": ("minute", None),
        "dk": ("minute", None),
        "dk.": ("minute", None),
        "saat": ("hour", None),
        "sa": ("hour", None),
        "gün": ("day", None),
        "hafta": ("week", None),
        "ay": ("month", None),
        "yıl": ("year", None),
    },
    ago_after=("önce",),
    numbers={"bir": 1, "iki": 2, "üç": 3},
)
