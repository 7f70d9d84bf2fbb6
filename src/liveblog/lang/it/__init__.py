"""Italian words the library knows: relative times («5 minuti fa», «un'ora fa»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Italian grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "secondo": ("second", None),
        "secondi": ("second", None),
        "min": ("minute", None),
        "minuto": ("minute", None),
        "minuti": ("minute", None),
        "ora": ("hour", None),
        "ore": ("hour", None),
        "h": ("hour", None),
        "giorno": ("day", None),
        "giorni": ("day", None),
        "settimana": ("week", None),
        "settimane": ("week", None),
        "mese": ("month", None),
        "mesi": ("month", None),
        "anno": ("year", None),
        "anni": ("year", None),
    },
    ago_after=("fa",),
    in_before=("tra", "fra"),
    numbers={"un": 1, "una": 1, "un'": 1, "due": 2, "tre": 3},
)
