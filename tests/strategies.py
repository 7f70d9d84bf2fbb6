"""Shared hypothesis strategies for liveblog's tests (others may add their own here)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

__all__ = ["date_phrases", "noisy_text", "references", "zones"]

ZONE_NAMES = [
    "UTC",
    "Asia/Damascus",
    "Europe/London",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
]

zones = st.sampled_from(ZONE_NAMES).map(ZoneInfo)

#: Aware references between 1990 and 2040 in zones with and without DST.
references = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)),
    zones,
)

_AR_WORDS = [
    "الجمعة",
    "والخميس،",
    "يوم السبت",
    "الأحد الماضي",
    "الاثنين المقبل",
    "مساء",
    "فجر",
    "صباح",
    "ليلة",
    "بعد منتصف",
    "منتصف الليل",
    "اليوم",
    "أمس",
    "أول أمس",
    "غدا",
    "منذ",
    "قبل",
    "بعد",
    "خلال",
    "حوالي",
    "ثلاث",
    "ساعات",
    "ساعتين",
    "يومين",
    "نصف ساعة",
    "آذار",
    "/مارس",
    "عام",
    "2020",
    "27",
    "نوفمبر",
    "تشرين الثاني",
    "الساعة",
    "الثامنة",
    "مساء",
    "8:15",
    "م",
    "٢٠:١٥",
    "بتوقيت غرينتش",
    "36",
    "كم",
    "M5",
    "الأسبوع الماضي",
    "في",
    "لليوم الثالث",
    "المقبلة",
    "الماضية",
    "ـ",
    "َ",
    "،",
    ":",
    "(",
    ")",
]
_EN_WORDS = [
    "Friday",
    "last",
    "next",
    "on",
    "Thursday",
    "night",
    "early",
    "late",
    "dawn",
    "morning",
    "tonight",
    "yesterday",
    "today",
    "tomorrow",
    "about",
    "three",
    "hours",
    "ago",
    "in",
    "a",
    "decade",
    "March",
    "2020",
    "Nov.",
    "28",
    ",",
    "2013",
    "at",
    "3:34",
    "PM",
    "3.27pm",
    "BST",
    "GMT",
    "week",
    "since",
    "2011",
    "the",
    "of",
    "for",
    "more",
    "than",
    "36",
    "May",
    "half",
    "an",
    "hour",
    "12",
    "31",
    "-",
    "2024-11-29",
]

#: Phrases assembled from date words in a random order: grammatical or not, never a crash.
date_phrases = st.lists(st.sampled_from(_AR_WORDS + _EN_WORDS), min_size=1, max_size=8).map(" ".join)

#: Any text, biased towards date words, digits, Arabic letters and punctuation.
noisy_text = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.one_of(st.sampled_from(_AR_WORDS + _EN_WORDS), st.text(alphabet="0123456789:./-٠١٢ ", max_size=6)),
        max_size=12,
    ).map(" ".join),
)
