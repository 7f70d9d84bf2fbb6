"""Which days form the weekend: by the page's country (its zone), else by its language.

"This weekend" is Saturday and Sunday in most of the world, Friday and Saturday
in most Arab states and in Israel. A page's zone names its country well enough
(``Asia/Riyadh`` is Saudi Arabia); a zone that names no country (``UTC``, a
fixed offset) leaves the choice to the language of the words: Arabic and Hebrew
Friday–Saturday, every other language Saturday–Sunday.

The table holds the official two-day weekends as of 2024: the United Arab
Emirates moved to Saturday–Sunday in 2022, Morocco, Tunisia, Lebanon and
Mauritania keep Saturday–Sunday; a zone not listed is read as Saturday–Sunday,
Iran's (Friday, with Thursday a half day) and Afghanistan's included for lack
of two settled days. Weekdays count from 0 = Monday.

>>> weekend_days("Asia/Riyadh", "en"), weekend_days("Europe/London", "en")
((4, 5), (5, 6))
>>> weekend_days("UTC", "ar"), weekend_days("Asia/Dubai", "ar")
((4, 5), (5, 6))
"""

from __future__ import annotations

from typing import Final

__all__ = ["weekend_days"]

FRI_SAT: Final = (4, 5)
SAT_SUN: Final = (5, 6)

# Zones of countries whose weekend is Friday and Saturday.
_FRI_SAT_ZONES: Final = frozenset(
    {
        "Asia/Riyadh",  # Saudi Arabia
        "Asia/Qatar",
        "Asia/Kuwait",
        "Asia/Bahrain",
        "Asia/Muscat",  # Oman
        "Asia/Aden",  # Yemen
        "Asia/Baghdad",  # Iraq
        "Asia/Damascus",  # Syria
        "Asia/Amman",  # Jordan
        "Asia/Gaza",  # Palestine
        "Asia/Hebron",
        "Asia/Jerusalem",  # Israel (Shabbat), and the Palestinian press dated in its zone
        "Asia/Tel_Aviv",
        "Africa/Cairo",  # Egypt
        "Africa/Khartoum",  # Sudan
        "Africa/Tripoli",  # Libya
        "Africa/Algiers",  # Algeria
    }
)
# Zones of Arab countries whose weekend is Saturday and Sunday (not the Arabic default).
_SAT_SUN_ZONES: Final = frozenset(
    {
        "Asia/Dubai",  # United Arab Emirates, since 2022
        "Asia/Beirut",  # Lebanon
        "Africa/Casablanca",  # Morocco
        "Africa/El_Aaiun",
        "Africa/Tunis",  # Tunisia
        "Africa/Nouakchott",  # Mauritania, since 2014
    }
)
# Languages whose pages, in a zone that names no country, mean Friday and Saturday.
_FRI_SAT_LANGS: Final = frozenset({"ar", "he"})


def weekend_days(zone: str | None, lang: str) -> tuple[int, int]:
    """The two weekdays (0 = Monday) of the weekend for a page in ``zone`` written in ``lang``."""
    if zone in _FRI_SAT_ZONES:
        return FRI_SAT
    if zone in _SAT_SUN_ZONES:
        return SAT_SUN
    if zone is not None and "/" in zone and not zone.startswith("Etc/"):
        return SAT_SUN  # a country's zone not listed above: Saturday and Sunday
    return FRI_SAT if lang in _FRI_SAT_LANGS else SAT_SUN
