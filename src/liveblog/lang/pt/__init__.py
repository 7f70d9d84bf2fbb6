"""Portuguese words the library knows: relative times («Há 10 minutos», «em 2 horas»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Portuguese grammar yet.
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
        "dia": ("day", None),
        "dias": ("day", None),
        "semana": ("week", None),
        "semanas": ("week", None),
        "mês": ("month", None),
        "meses": ("month", None),
        "ano": ("year", None),
        "anos": ("year", None),
    },
    ago_before=("há", "ha"),
    numbers={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3},
)
