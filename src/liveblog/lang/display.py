"""The words ``liveblog show`` prints around a timeline: day and month names, grain labels.

Day headers are written in the page's language with the CLDR's names (Babel).
Arabic has two sets of Gregorian month names in everyday use: the
Levantine/Iraqi ones (كانون الثاني، شباط، آذار …, used in Syria, Lebanon,
Jordan, Palestine and Iraq) and the transliterated ones (يناير، فبراير، مارس
…, Egypt, the Gulf and most pan-Arab outlets); the CLDR has both, by country,
and a page whose zone is in that region gets the Levantine names. A language
the CLDR does not know falls back to English. Interface words ("all day",
"lead", "set aside", part-of-day labels) follow the user's interface language
instead (:func:`ui`, English or Arabic), chosen apart from the page's.

>>> day_header(date(2024, 11, 29), "ar", "Asia/Damascus")
'الجمعة 29 تشرين الثاني 2024 · 2024-11-29'
>>> day_header(date(2024, 11, 29), "ar", "Africa/Cairo")
'الجمعة 29 نوفمبر 2024 · 2024-11-29'
>>> day_header(date(2024, 11, 29), "en", "Europe/London")
'Friday 29 November 2024 · 2024-11-29'
>>> day_header(date(2024, 11, 29), "ru", "Europe/Moscow")
'пятница 29 ноября 2024 · 2024-11-29'
"""

from __future__ import annotations

from datetime import date

from liveblog.lang.labels import _LEVANT, label_language, month_name, names, weekday_name

__all__ = [
    "LEVANT_ZONES",
    "UI_LANGS",
    "day_header",
    "month_header",
    "month_name",
    "part_label",
    "ref_label",
    "ui",
    "week_header",
    "weekday_name",
    "year_header",
]

_WEEK = {"en": "week", "ar": "الأسبوع"}

LEVANT_ZONES = frozenset(_LEVANT)  # zones whose Arabic press writes the Levantine month names

UI_LANGS = ("en", "ar")
"""Interface languages: the words liveblog itself prints around a page's text."""

# Interface words in Arabic (English is the key itself).
_UI_AR = {
    "all day": "طوال اليوم",
    "no time": "بلا وقت",
    "week": "أسبوع",
    "lead": "المقدمة",
    "pinned": "مثبت",
    "summary": "ملخص",
    "removed": "محذوف",
    "source": "المصدر",
    "reference": "المرجع",
    "shown": "المعروض",
    "set aside": "ما تُرك",
    "note": "ملاحظة",
    "dawn": "الفجر",
    "early hours": "الساعات الأولى",
    "morning": "الصباح",
    "forenoon": "الضحى",
    "midday": "الظهر",
    "afternoon": "بعد الظهر",
    "late afternoon": "العصر",
    "sunset": "المغرب",
    "evening": "المساء",
    "nightfall": "أول الليل",
    "late evening": "آخر المساء",
    "night": "الليل",
    "midnight": "منتصف الليل",
    "after midnight": "بعد منتصف الليل",
    "now": "الآن",
    "in the past": "في الماضي",
    "in the future": "في المستقبل",
}
_UI = {"en": {}, "ar": _UI_AR}


def ui(word: str, ui_lang: str = "en") -> str:
    """An interface word in the user's interface language (the English word when it has none).

    >>> ui("all day", "ar"), ui("all day")
    ('طوال اليوم', 'all day')
    """
    return _UI.get(ui_lang, {}).get(word, word)


# The time column speaks the interface language whatever the page's language: it is chrome,
# kept narrow. Keys are the part names of docs/resolution.md.
_PARTS = {
    "early_hours": "early hours",
    "late_afternoon": "late afternoon",
    "early_afternoon": "early afternoon",
    "mid_afternoon": "mid-afternoon",
    "mid_morning": "mid-morning",
    "early_evening": "early evening",
    "late_evening": "late evening",
    "after_midnight": "after midnight",
}


def day_header(day: date, lang: str, tz: str) -> str:
    """«weekday day month year · ISO date» in the page's language."""
    weekdays, months, _ = names(lang, tz)
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]} {day.year} · {day.isoformat()}"


def month_header(year: int, month: int, lang: str, tz: str) -> str:
    """«month year · YYYY-MM» in the page's language."""
    return f"{month_name(month, lang, tz)} {year} · {year:04d}-{month:02d}"


def week_header(year: int, week: int, lang: str, tz: str) -> str:
    """«week N year · YYYY-Www» in the page's language (the ISO form alone when we lack the word)."""
    del tz  # unlike month names, the word for "week" is the same in every Arabic country
    word = _WEEK.get(label_language(lang))
    iso = f"{year:04d}-W{week:02d}"
    return f"{word} {week} {year} · {iso}" if word else iso


def year_header(year: int) -> str:
    """The year, alone."""
    return f"{year:04d}"


def part_label(part: str, ui_lang: str = "en") -> str:
    """The time-column label of a part of the day (``after_midnight`` → ``after midnight``)."""
    return ui(_PARTS.get(part, part.replace("_", " ")), ui_lang)


# A vague reference (``When.is_ref``) is labelled by what it says, never by a time (it names none).
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}


def ref_label(timex: str, ui_lang: str = "en") -> str:
    """The label of a vague reference: ``PRESENT_REF`` → "now" («الآن»), ``PAST_REF`` → "in the past".

    >>> ref_label("PRESENT_REF"), ref_label("FUTURE_REF", "ar")
    ('now', 'في المستقبل')
    """
    return ui(_REFS.get(timex, timex), ui_lang)
