"""French words the library knows: relative times («Il y a 5 min», «dans 2 heures»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no French grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "s": ("second", None),
        "sec": ("second", None),
        "seconde": ("second", None),
        "secondes": ("second", None),
        "min": ("minute", None),
        "mn": ("minute", None),
        "minute": ("minute", None),
        "minutes": ("minute", None),
        "h": ("hour", None),
        "heure": ("hour", None),
        "heures": ("hour", None),
        "j": ("day", None),
        "jour": ("day", None),
        "jours": ("day", None),
        "semaine": ("week", None),
        "semaines": ("week", None),
        "mois": ("month", None),
        "an": ("year", None),
        "ans": ("year", None),
    },
    ago_before=("il y a",),
    in_before=("dans",),
    numbers={"une": 1, "un": 1, "deux": 2, "trois": 3},
)
