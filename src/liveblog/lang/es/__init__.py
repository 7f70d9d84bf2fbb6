"""Spanish words the library knows: relative times («hace 5 minutos», «en 2 horas»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Spanish grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "s": ("second", None),
        "segundo": ("second", None),
        "segundos": ("second", None),
        "min": ("minute", None),
        "minuto": ("minute", None),
        "minutos": ("minute", None),
        "h": ("hour", None),
        "hora": ("hour", None),
        "horas": ("hour", None),
        "día": ("day", None),
        "días": ("day", None),
        "semana": ("week", None),
        "semanas": ("week", None),
        "mes": ("month", None),
        "meses": ("month", None),
        "año": ("year", None),
        "años": ("year", None),
    },
    ago_before=("hace",),
    numbers={"un": 1, "una": 1, "dos": 2, "tres": 3},
)
