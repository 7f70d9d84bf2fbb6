"""Hijri (Islamic calendar) words, Arabic and English: month names and their companions.

Each row is ``(phrase, kind, value)``; :mod:`liveblog.lang` explains the kinds.
The Hijri kinds are ``hmonth`` (1 = Muharram … 12 = Dhu al-Hijjah),
``hyearsuffix`` («هـ»، "AH"), ``hepithet`` (a praise word after the month:
«رمضان المبارك»), ``hfirst`` («غرة»: the first day of) and ``equiv`` («الموافق»,
"corresponding to": joins a Hijri date to the same day in the Gregorian
calendar) and ``namehead`` (a word that makes the date after it a name:
«مدينة العاشر من رمضان»).

Every Hijri month alone needs a cue (a day, a year, «شهر», «في»…): «رمضان»,
«رجب», «شعبان» are also given names and surnames («محمد رمضان»، «رجب طيب
أردوغان»). ``hmonth-bound`` is stricter: «صفر» is also "zero" («فاز 2 صفر» is a
score), so it needs a year or «شهر» even after a day number.

English transliterations are written with their punctuation spaced out ("rabi '
al - awwal") because the tokenizer cuts "'" and "-" into tokens of their own.
"""

from __future__ import annotations

from liveblog.lang import Row

# Arabic spellings, normalised when the lexicon is built (so أ/ا، ى/ي، ة/ه variants come free).
_AR_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول", "ربيع الأولى"),
    4: ("ربيع الثاني", "ربيع الآخر", "ربيع ثاني", "ربيع آخر", "ربيع الأخير"),
    5: ("جمادى الأولى", "جمادى الأول", "جمادى أولى"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الأخرة", "جمادى الآخر", "جمادى ثاني", "جمادى الثاني"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة", "ذا القعدة"),
    12: ("ذو الحجة", "ذي الحجة", "ذا الحجة"),
}

# English transliterations, lower case, punctuation spaced (see the module docstring).
_EN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("muharram", "moharram"),
    2: ("safar",),
    3: (
        "rabi al - awwal",
        "rabi ' al - awwal",
        "rabi al awwal",
        "rabi ul awwal",
        "rabiul awwal",
        "rabi ' ul - awwal",
        "rabi i",
        "rabi ' i",
    ),
    4: (
        "rabi al - thani",
        "rabi ' al - thani",
        "rabi al thani",
        "rabi al - akhir",
        "rabi ' al - akhir",
        "rabi al - akhar",
        "rabi ul akhir",
        "rabiul akhir",
        "rabi ii",
        "rabi ' ii",
    ),
    5: (
        "jumada al - ula",
        "jumada al - oula",
        "jumada al - awwal",
        "jumada al ula",
        "jumada al - awal",
        "jumada ul - awwal",
        "jumada i",
    ),
    6: (
        "jumada al - akhirah",
        "jumada al - akhira",
        "jumada al - thani",
        "jumada al - thaniyah",
        "jumada al akhirah",
        "jumada ul - akhir",
        "jumada al - akhir",
        "jumada ii",
    ),
    7: ("rajab",),
    8: ("sha ' ban", "shaban", "shaaban", "sha ’ ban"),
    9: ("ramadan", "ramadhan", "ramazan"),
    10: ("shawwal", "shawal"),
    11: (
        "dhu al - qadah",
        "dhu al - qa ' dah",
        "dhu al - qi ' dah",
        "dhu al - qidah",
        "dhul qadah",
        "dhul - qadah",
        "dhu ' l - qa ' dah",
        "dhu ' l - qadah",
        "dhu al qadah",
        "zul qadah",
    ),
    12: (
        "dhu al - hijjah",
        "dhu al - hijja",
        "dhul hijjah",
        "dhul - hijjah",
        "dhu ' l - hijjah",
        "dhu al hijjah",
        "zul hijjah",
        "zulhijjah",
    ),
}

_NAME_HEADS = (
    "مدينة",
    "حرب",
    "معركة",
    "غزوة",
    "شارع",
    "ميدان",
    "جامعة",
    "مسجد",
    "جامع",
    "جسر",
    "كوبري",
    "حي",
    "مدرسة",
    "مستشفى",
    "محطة",
    "مطار",
    "ملعب",
    "نادي",
    "قرية",
    "ضاحية",
)

_BOUND = frozenset({"صفر", "safar"})  # also "zero" (scores, counts)

AR: list[Row] = [
    *(
        (name, "hmonth-bound" if name in _BOUND else "hmonth", m)
        for m, names in _AR_MONTHS.items()
        for name in names
    ),
    ("هـ", "hyearsuffix", None),
    ("هجري", "hyearsuffix", None),
    ("هجرية", "hyearsuffix", None),
    ("للهجرة", "hyearsuffix", None),
    ("المبارك", "hepithet", None),
    ("الكريم", "hepithet", None),
    ("المعظم", "hepithet", None),
    ("الفضيل", "hepithet", None),
    ("الحرام", "hepithet", None),
    ("الخير", "hepithet", None),
    ("غرة", "hfirst", 1),
    ("الموافق", "equiv", None),
    ("الموافقة", "equiv", None),
    ("الموافق ل", "equiv", None),
    ("الموافقة ل", "equiv", None),
    ("الذي يوافق", "equiv", None),
    ("التي توافق", "equiv", None),
    ("يوافق", "equiv", None),
    ("الموافق لتاريخ", "equiv", None),
    ("الموافق ليوم", "equiv", None),
    # A date after these words names a place, a war or a building, not a day:
    # «مدينة العاشر من رمضان»، «حرب العاشر من رمضان»، «مسجد 27 رجب».
    *((w, "namehead", None) for w in _NAME_HEADS),
]

EN: list[Row] = [
    *(
        (name, "hmonth-bound" if name in _BOUND else "hmonth", m)
        for m, names in _EN_MONTHS.items()
        for name in names
    ),
    ("ah", "hyearsuffix", None),
    ("a . h", "hyearsuffix", None),
    ("a . h .", "hyearsuffix", None),
    ("h", "hyearsuffix", None),
    ("hijri", "hyearsuffix", None),
    ("corresponding to", "equiv", None),
    ("corresponding with", "equiv", None),
    ("equivalent to", "equiv", None),
]
