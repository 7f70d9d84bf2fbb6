"""German words the library knows: relative times («vor 5 Minuten», «Vor einer Stunde»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no German grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "Sek.": ("second", None),
        "Sekunde": ("second", None),
        "Sekunden": ("second", None),
        "Min.": ("minute", None),
        "Min": ("minute", None),
        "Minute": ("minute", None),
        "Minuten": ("minute", None),
        "Std.": ("hour", None),
        "Std": ("hour", None),
        "Stunde": ("hour", None),
        "Stunden": ("hour", None),
        "Tag": ("day", None),
        "Tagen": ("day", None),
        "Woche": ("week", None),
        "Wochen": ("week", None),
        "Monat": ("month", None),
        "Monaten": ("month", None),
        "Jahr": ("year", None),
        "Jahren": ("year", None),
    },
    ago_before=("vor",),
    in_before=("in",),
    numbers={"einer": 1, "einem": 1, "zwei": 2, "drei": 3},
)
