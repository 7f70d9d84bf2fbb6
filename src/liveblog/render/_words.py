"""The words ``liveblog show`` prints around a timeline: day and month names, grain labels.

Day headers are written in the page's language. Arabic has two sets of
Gregorian month names in everyday use: the Levantine/Iraqi ones (كانون الثاني،
شباط، آذار …, used in Syria, Lebanon, Jordan, Palestine and Iraq) and the
transliterated ones (يناير، فبراير، مارس …, Egypt, the Gulf and most pan-Arab
outlets). A page whose zone is in that region gets the Levantine names, any
other Arabic page the transliterated ones. Other languages fall back to English.

>>> day_header(date(2024, 11, 29), "ar", "Asia/Damascus")
'الجمعة 29 تشرين الثاني 2024 · 2024-11-29'
>>> day_header(date(2024, 11, 29), "ar", "Africa/Cairo")
'الجمعة 29 نوفمبر 2024 · 2024-11-29'
>>> day_header(date(2024, 11, 29), "en", "Europe/London")
'Friday 29 November 2024 · 2024-11-29'
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "LEVANT_ZONES",
    "day_header",
    "month_header",
    "month_name",
    "part_label",
    "week_header",
    "year_header",
]

# Monday first, as date.weekday() counts.
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "ar-levant": (
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
        "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
    ),
}  # fmt: skip

_WEEK = {"en": "week", "ar": "الأسبوع"}

# Zones whose Arabic press writes the Syriac-derived month names.
LEVANT_ZONES = frozenset(
    {
        "Asia/Damascus",
        "Asia/Beirut",
        "Asia/Amman",
        "Asia/Baghdad",
        "Asia/Jerusalem",
        "Asia/Tel_Aviv",
        "Asia/Gaza",
        "Asia/Hebron",
    }
)

# The time column speaks English whatever the page's language: it is chrome,
# kept left-to-right and narrow. Keys are the part names of docs/resolution.md.
_PARTS = {
    "early_hours": "early hours",
    "late_afternoon": "late afternoon",
    "late_evening": "late evening",
    "after_midnight": "after midnight",
}


def _names(lang: str, tz: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    base = lang.split("-", maxsplit=1)[0].lower()
    if base == "ar":
        months = _MONTHS["ar-levant"] if tz in LEVANT_ZONES else _MONTHS["ar"]
        return _WEEKDAYS["ar"], months, _WEEK["ar"]
    return _WEEKDAYS["en"], _MONTHS["en"], _WEEK["en"]


def month_name(month: int, lang: str = "en", tz: str = "UTC") -> str:
    """The name of ``month`` (1-12) in ``lang``, Levantine Arabic when ``tz`` is in the Levant."""
    return _names(lang, tz)[1][month - 1]


def day_header(day: date, lang: str, tz: str) -> str:
    """«weekday day month year · ISO date» in the page's language."""
    weekdays, months, _ = _names(lang, tz)
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]} {day.year} · {day.isoformat()}"


def month_header(year: int, month: int, lang: str, tz: str) -> str:
    """«month year · YYYY-MM» in the page's language."""
    return f"{month_name(month, lang, tz)} {year} · {year:04d}-{month:02d}"


def week_header(year: int, week: int, lang: str, tz: str) -> str:
    """«week N year · YYYY-Www» in the page's language."""
    word = _names(lang, tz)[2]
    return f"{word} {week} {year} · {year:04d}-W{week:02d}"


def year_header(year: int) -> str:
    """The year, alone."""
    return f"{year:04d}"


def part_label(part: str) -> str:
    """The time-column label of a part of the day (``after_midnight`` → ``after midnight``)."""
    return _PARTS.get(part, part.replace("_", " "))
