"""Russian words the library knows: relative times («5 минут назад», «через 2 часа»).

Data only (see :mod:`liveblog.lang.relative`); the resolver has no Russian grammar yet.
"""

from __future__ import annotations

from liveblog.lang.relative import RelativeWords

__all__ = ["RELATIVE"]

RELATIVE = RelativeWords(
    units={
        "секунду": ("second", None),
        "секунды": ("second", None),
        "секунд": ("second", None),
        "сек": ("second", None),
        "минуту": ("minute", 1),
        "минуты": ("minute", None),
        "минут": ("minute", None),
        "мин": ("minute", None),
        "час": ("hour", 1),
        "часа": ("hour", None),
        "часов": ("hour", None),
        "ч": ("hour", None),
        "день": ("day", None),
        "дня": ("day", None),
        "дней": ("day", None),
        "неделю": ("week", None),
        "недели": ("week", None),
        "недель": ("week", None),
        "месяц": ("month", None),
        "месяца": ("month", None),
        "месяцев": ("month", None),
        "год": ("year", None),
        "года": ("year", None),
        "лет": ("year", None),
    },
    ago_after=("назад",),
    in_before=("через",),
    numbers={"одну": 1, "один": 1, "две": 2, "два": 2, "три": 3},
)
