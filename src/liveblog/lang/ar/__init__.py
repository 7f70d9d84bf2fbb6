"""Arabic words for dates, in natural spelling (normalised when the lexicon is built).

Each row is ``(phrase, kind, value)``; :mod:`liveblog.lang` explains the kinds.
Construct-state or ambiguous forms («فجر» is also "blew up", «العصر» "the era",
«المغرب» "Morocco», «آب» "father") are ``bound``: they count only with a day,
a number or another cue next to them.
"""

from __future__ import annotations

from liveblog._text.normalize import normalize
from liveblog.lang import Place, Row, Syntax
from liveblog.lang import hijri as _hijri
from liveblog.lang.en import CLOCK_WORDS as _EN_CLOCK
from liveblog.lang.en import ZONES as _EN_ZONES
from liveblog.lang.relative import RelativeWords

WEEKDAYS: list[Row] = [
    ("الاثنين", "weekday", 0),
    ("الإثنين", "weekday", 0),
    ("الثلاثاء", "weekday", 1),
    ("الأربعاء", "weekday", 2),
    ("الاربعاء", "weekday", 2),
    ("الخميس", "weekday", 3),
    ("الجمعة", "weekday", 4),
    ("السبت", "weekday", 5),
    ("الأحد", "weekday", 6),
    # Without the article only after «يوم».
    ("اثنين", "weekday-bound", 0),
    ("ثلاثاء", "weekday-bound", 1),
    ("أربعاء", "weekday-bound", 2),
    ("خميس", "weekday-bound", 3),
    ("جمعة", "weekday-bound", 4),
    ("سبت", "weekday-bound", 5),
    ("أحد", "weekday-bound", 6),
]

DAY_WORDS: list[Row] = [
    ("اليوم", "dayword", 0),
    ("أمس", "dayword", -1),
    ("الأمس", "dayword", -1),
    ("البارحة", "dayword", -1),
    ("أول أمس", "dayword", -2),
    ("أول من أمس", "dayword", -2),
    ("أمس الأول", "dayword", -2),
    ("غدا", "dayword", 1),
    ("الغد", "dayword", 1),
    ("غد", "dayword-bound", 1),
    ("بعد غد", "dayword", 2),
    ("بعد الغد", "dayword", 2),
    ("يوم", "dayprefix", None),
]

PART_WORDS: list[Row] = [
    ("الفجر", "part", "dawn"),
    ("فجرا", "part", "dawn"),
    ("فجر", "part-bound", "dawn"),
    ("فجر باكر", "part", "early_hours"),
    ("الصباح", "part", "morning"),
    ("صباحا", "part", "morning"),
    ("صباح", "part-bound", "morning"),
    ("الصبح", "part", "morning"),
    ("الضحى", "part", "forenoon"),
    ("ضحى", "part-bound", "forenoon"),
    ("الظهر", "part-bound", "midday"),
    ("ظهرا", "part", "midday"),
    ("ظهر", "part-bound", "midday"),
    ("الظهيرة", "part", "midday"),
    ("منتصف النهار", "part", "midday"),
    ("بعد الظهر", "part", "afternoon"),
    ("بعد العصر", "part", "late_afternoon"),
    ("بعد ظهر", "part-bound", "afternoon"),
    ("العصر", "part-bound", "late_afternoon"),
    ("عصرا", "part", "late_afternoon"),
    ("عصر", "part-bound", "late_afternoon"),
    ("المغرب", "part-bound", "sunset"),
    ("مغرب", "part-bound", "sunset"),
    ("المساء", "part", "evening"),
    ("مساء", "part", "evening"),
    ("مساءا", "part", "evening"),
    ("العشاء", "part-bound", "nightfall"),
    ("عشاء", "part-bound", "nightfall"),
    ("الليل", "part", "night"),
    ("ليلا", "part", "night"),
    ("ليل", "part-bound", "night"),
    ("ليلة", "part-bound", "night-before"),
    ("منتصف الليل", "part", "midnight"),
    ("منتصف ليل", "part-bound", "midnight"),
    ("منتصف ليلة", "part-bound", "midnight-before"),
    ("بعد منتصف الليل", "part", "after_midnight"),
    ("بعد منتصف ليل", "part-bound", "after_midnight"),
    ("بعد منتصف ليلة", "part-bound", "after_midnight"),
    ("الساعات الأولى من", "edge", "early"),
    ("ساعات الصباح الأولى من", "edge", "early"),
    # lead9: the early morning said whole («منذ ساعات الصباح الأولى», «في الصباح الباكر»)
    ("ساعات الصباح الأولى", "part", "early_morning"),
    ("الساعات الأولى من الصباح", "part", "early_morning"),
    ("الصباح الباكر", "part", "early_morning"),
    ("وقت مبكر من", "edge", "early"),
    ("ساعة مبكرة من", "edge", "early"),
    ("ساعات مبكرة من", "edge", "early"),
    ("وقت متأخر من", "edge", "late"),
    ("ساعة متأخرة من", "edge", "late"),
    ("ساعات متأخرة من", "edge", "late"),
    # A part and its day in one word.
    ("الليلة", "partday", ("night", 0)),
    ("الليلة الماضية", "partday", ("night", -1)),
    ("هذا الصباح", "partday", ("morning", 0)),
    ("هذا المساء", "partday", ("evening", 0)),
]

MONTHS: list[Row] = [
    # Gregorian transliterated (Egypt, Gulf) with common spellings.
    ("يناير", "month", 1),
    ("فبراير", "month", 2),
    ("مارس", "month-bound", 3),
    ("أبريل", "month", 4),
    ("ابريل", "month", 4),
    ("إبريل", "month", 4),
    ("مايو", "month", 5),
    ("يونيو", "month", 6),
    ("يونيه", "month", 6),
    ("يوليو", "month", 7),
    ("يوليه", "month", 7),
    ("أغسطس", "month", 8),
    ("اغسطس", "month", 8),
    ("أغشت", "month", 8),
    ("سبتمبر", "month", 9),
    ("سپتمبر", "month", 9),
    ("أكتوبر", "month", 10),
    ("اكتوبر", "month", 10),
    ("نوفمبر", "month", 11),
    ("نونبر", "month", 11),
    ("ديسمبر", "month", 12),
    ("دجنبر", "month", 12),
    # Levantine / Iraqi.
    ("كانون الثاني", "month", 1),
    ("شباط", "month", 2),
    ("آذار", "month", 3),
    ("نيسان", "month-bound", 4),  # also the car maker
    ("أيار", "month", 5),
    ("حزيران", "month", 6),
    ("تموز", "month", 7),
    ("آب", "month-bound", 8),
    ("أيلول", "month", 9),
    ("تشرين الأول", "month", 10),
    ("تشرين الثاني", "month", 11),
    ("كانون الأول", "month", 12),
    # Maghrebi.
    ("جانفي", "month", 1),
    ("فيفري", "month", 2),
    ("أفريل", "month", 4),
    ("ماي", "month-bound", 5),
    ("جوان", "month-bound", 6),
    ("جويلية", "month", 7),
    ("أوت", "month-bound", 8),
    ("شهر", "monthprefix", None),
]

MODIFIERS: list[Row] = [
    ("الماضي", "mod", -1),
    ("الماضية", "mod", -1),
    ("المنصرم", "mod", -1),
    ("المنصرمة", "mod", -1),
    ("الفائت", "mod", -1),
    ("الفائتة", "mod", -1),
    ("السابق", "mod", -1),
    ("المقبل", "mod", 1),
    ("المقبلة", "mod", 1),
    ("القادم", "mod", 1),
    ("القادمة", "mod", 1),
    ("الحالي", "mod", 0),
    ("الحالية", "mod", 0),
    ("الجاري", "mod", 0),
    ("الجارية", "mod", 0),
    # (ar6) the one before the last, the one after the next: «العام قبل الماضي», «الأسبوع بعد المقبل»
    *((w, "mod", -2) for w in ("قبل الماضي", "قبل الماضية")),
    *((w, "mod", 2) for w in ("بعد المقبل", "بعد المقبلة", "بعد القادم", "بعد القادمة")),
    ("هذا", "this", 0),
    ("هذه", "this", 0),
    ("الأسبوع", "period", "week"),
    ("الشهر", "period", "month"),
    ("العام", "period", "year"),
    ("السنة", "period", "year"),
]

UNITS: list[Row] = [
    ("ثانية", "unit", ("second", 1)),
    ("ثوان", "unit", ("second", 0)),
    ("ثواني", "unit", ("second", 0)),
    ("دقيقة", "unit", ("minute", 1)),
    ("دقائق", "unit", ("minute", 0)),
    ("دقيقتين", "unit", ("minute", 2)),
    ("دقيقتان", "unit", ("minute", 2)),
    ("ساعة", "unit", ("hour", 1)),
    ("ساعات", "unit", ("hour", 0)),
    ("ساعتين", "unit", ("hour", 2)),
    ("ساعتان", "unit", ("hour", 2)),
    ("يوم", "unit", ("day", 1)),
    ("يوما", "unit", ("day", 1)),
    ("أيام", "unit", ("day", 0)),
    ("يومين", "unit", ("day", 2)),
    ("يومان", "unit", ("day", 2)),
    ("أسبوع", "unit", ("week", 1)),
    ("أسبوعا", "unit", ("week", 1)),
    ("أسابيع", "unit", ("week", 0)),
    ("أسبوعين", "unit", ("week", 2)),
    ("أسبوعان", "unit", ("week", 2)),
    ("شهر", "unit", ("month", 1)),
    ("شهرا", "unit", ("month", 1)),
    ("أشهر", "unit", ("month", 0)),
    ("شهور", "unit", ("month", 0)),
    ("شهرين", "unit", ("month", 2)),
    ("شهران", "unit", ("month", 2)),
    ("عام", "unit", ("year", 1)),
    ("عاما", "unit", ("year", 1)),
    ("أعوام", "unit", ("year", 0)),
    ("عامين", "unit", ("year", 2)),
    ("عامان", "unit", ("year", 2)),
    ("سنة", "unit", ("year", 1)),
    ("سنوات", "unit", ("year", 0)),
    ("سنين", "unit", ("year", 0)),
    ("سنتين", "unit", ("year", 2)),
    ("سنتان", "unit", ("year", 2)),
    ("عقد", "unit", ("decade", 1)),
    ("عقود", "unit", ("decade", 0)),
    ("عقدين", "unit", ("decade", 2)),
    ("نصف", "frac", 0.5),
    ("ربع", "frac", 0.25),
    ("ونصف", "andfrac", 0.5),
    ("وربع", "andfrac", 0.25),
]

NUMBERS: list[Row] = [
    ("واحد", "num", 1),
    ("واحدة", "num", 1),
    ("اثنين", "num", 2),
    ("اثنتين", "num", 2),
    ("اثنان", "num", 2),
    ("ثلاث", "num", 3),
    ("ثلاثة", "num", 3),
    ("أربع", "num", 4),
    ("أربعة", "num", 4),
    ("خمس", "num", 5),
    ("خمسة", "num", 5),
    ("ست", "num", 6),
    ("ستة", "num", 6),
    ("سبع", "num", 7),
    ("سبعة", "num", 7),
    ("ثماني", "num", 8),
    ("ثمان", "num", 8),
    ("ثمانية", "num", 8),
    ("تسع", "num", 9),
    ("تسعة", "num", 9),
    ("عشر", "num", 10),
    ("عشرة", "num", 10),
    ("أحد عشر", "num", 11),
    ("إحدى عشرة", "num", 11),
    ("اثني عشر", "num", 12),
    ("اثنا عشر", "num", 12),
    ("اثنتي عشرة", "num", 12),
    ("عشرين", "num", 20),
    ("عشرون", "num", 20),
    ("ثلاثين", "num", 30),
    ("ثلاثون", "num", 30),
    ("أربعين", "num", 40),
    ("أربعون", "num", 40),
    ("خمسين", "num", 50),
    ("خمسون", "num", 50),
    ("ستين", "num", 60),
    ("ستون", "num", 60),
    ("مئة", "num", 100),
    ("مائة", "num", 100),
    ("بضع", "vague", None),
    ("بضعة", "vague", None),
    ("عدة", "vague", None),
]

HEDGES: list[Row] = [
    ("حوالي", "hedge", None),
    ("حوالى", "hedge", None),
    ("نحو", "hedge", None),
    ("قرابة", "hedge", None),
    ("زهاء", "hedge", None),
    ("ما يقارب", "hedge", None),
    ("ما يقرب من", "hedge", None),
    ("أكثر من", "hedge", "open"),  # no one value: «منذ أكثر من ثلاثة أعوام»
    ("ما يزيد عن", "hedge", "open"),  # no one value: «منذ أكثر من ثلاثة أعوام»
    ("ما يزيد على", "hedge", "open"),  # no one value: «منذ أكثر من ثلاثة أعوام»
    ("أقل من", "hedge", "open"),  # no one value: «منذ أكثر من ثلاثة أعوام»
    ("تقريبا", "hedge-post", None),
]

MARKERS: list[Row] = [
    ("منذ", "ago", None),
    ("قبل", "ago", "before"),  # «قبل ساعتين من الهجوم»: "before" may count from an event after it
    ("بعد", "in", "story"),  # «بعد 15 عاما، عاد …» opening a sentence counts from the story
    ("خلال", "within", "window"),  # a window unless «المقبلة» follows
    ("في غضون", "within", "window"),  # ar9: news «في غضون أسبوعين» ("within"), as «خلال»
    ("غضون", "within", "window"),
    ("عام", "yearcue", "noun"),
    ("العام", "yearcue", "noun"),
    ("سنة", "yearcue", "noun"),
    # -- news: year nouns and words before a bare year («بين عامي 2011 و2013», «من مواليد 1987») --
    ("عامي", "yearcue", "noun"),
    # (ar6) the dual with its article and «سنة»'s: «بين العامين 2011 و2013», «بين سنتي 2011 و2013»
    *((w, "yearcue", "noun") for w in ("العامين", "سنتي", "السنتين")),
    ("مواليد", "yearcue", "noun"),
    *((w, "yearbefore", None) for w in ("حتى", "بحلول", "قبل", "بعد", "بين")),
    # -- news: quarters and halves of a year («الربع الثالث», «النصف الأول من العام») --
    ("الربع", "yearpart", 3),
    ("النصف", "yearpart-bound", 6),
    ("q", "yearpartletter", 3),
    ("المالي", "fiscal", None),
    ("الربع", "period", "quarter"),  # «الربع الماضي»
    ("منذ", "yearcue", None),
    ("في", "yearcue", None),
    ("خلال", "yearcue", None),
    # (ar6) «مطلع», «أوائل», «منتصف», «أواخر», «بداية», «نهاية» before a year are no ``edgecue``: as
    # ``periodedge`` rows (RANGES) they make «مطلع 2024» a part of the year, not the whole year.
    ("في", "monthcue", None),
    ("منذ", "monthcue", None),
    ("خلال", "monthcue", None),
    ("حتى", "monthcue", None),
    ("ال", "numprefix", None),  # the article cut off a number by a tatweel: «الـ24 ساعة», «اليوم الـ420»
    ("من", "of", None),
    ("على", "of", None),  # «بعد يومين على الهجوم»: an amount counted from an event
    ("م", "yearsuffix", None),
    ("الساعة", "clockcue", None),
    ("عند", "clockcue", None),
]

# The units of 13-19 («ثلاثة عشر»، «ثمانية عشرة»): a number of minutes.
_TEEN_UNITS = [
    (3, ("ثلاث", "ثلاثة")),
    (4, ("أربع", "أربعة")),
    (5, ("خمس", "خمسة")),
    (6, ("ست", "ستة")),
    (7, ("سبع", "سبعة")),
    (8, ("ثماني", "ثمان", "ثمانية")),
    (9, ("تسع", "تسعة")),
]

# -- clock words (minutes said around an hour) ------------------------------------------------
# «الثالثة وربع»، «الرابعة إلا ثلث»، «الثالثة وعشر دقائق»، «الساعة 3 و 18 دقيقة»، «الساعة خمسة».
# See docs/resolution.md, "Clocks said in words".
CLOCK_MINUTES: list[Row] = [
    ("الساعة", "hourcue", None),  # a bare hour after it is a clock: «الساعة 3»، «الساعة خمسة»
    ("و", "minjoin", 1),  # the hour and its minutes: «وربع»، «و 18 دقيقة» (a clitic or a word)
    ("إلا", "minjoin", -1),  # the hour less its minutes: «الرابعة إلا ربع»
    ("ربع", "minamount", 15),
    ("ربعا", "minamount", 15),
    ("الربع", "minamount", 15),
    ("ثلث", "minamount", 20),
    ("ثلثا", "minamount", 20),
    ("الثلث", "minamount", 20),
    ("نصف", "minamount", 30),
    ("النصف", "minamount", 30),
    # parts that place an hour said before them: «الساعة 8 بعد المغرب» = 20:00
    ("قبل المغرب", "part", "late_afternoon"),
    ("بعد المغرب", "part", "evening"),
    *(
        (f"{unit} {ten}", "num", n + 10)
        for n, units in _TEEN_UNITS
        for unit in units
        for ten in ("عشر", "عشرة")
    ),
]

_ORD_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORD_UNITS_COMPOUND = ["الحادي", *_ORD_UNITS[1:]]  # الحادي عشر، الحادي والعشرين
#: Ordinal day numbers 1-31 («السابع من أكتوبر»); after «اليوم» they make it "the n-th day".
ORDINALS: list[Row] = [
    *((w, "ordinal", i + 1) for i, w in enumerate(_ORD_UNITS)),
    ("العاشر", "ordinal", 10),
    *((f"{w} عشر", "ordinal", 11 + i) for i, w in enumerate(_ORD_UNITS_COMPOUND)),
    ("العشرين", "ordinal", 20),
    ("العشرون", "ordinal", 20),
    *((f"{w} والعشرون", "ordinal", 21 + i) for i, w in enumerate(_ORD_UNITS_COMPOUND)),
    *((f"{w} والعشرين", "ordinal", 21 + i) for i, w in enumerate(_ORD_UNITS_COMPOUND)),
    ("الثلاثين", "ordinal", 30),
    ("الحادي والثلاثين", "ordinal", 31),
]

CLOCK_WORDS: list[Row] = [
    ("ص", "ampm", "am"),
    ("صباحا", "ampm", "am"),
    ("فجرا", "ampm", "am"),
    ("م", "ampm", "pm"),
    ("مساء", "ampm", "pm"),
    ("مساءا", "ampm", "pm"),
    ("عصرا", "ampm", "pm"),
    ("ظهرا", "ampm", "noon"),
    ("ليلا", "ampm", "night"),
    # lead9: the construct forms before their day, after an hour word («السادسة صباح الاثنين»,
    # «الرابعة عصر الخميس»), as «مساء» already is («السادسة مساء الجمعة»)
    ("صباح", "ampm", "am"),
    ("فجر", "ampm", "am"),
    ("عصر", "ampm", "pm"),
    ("الواحدة", "hourword", 1),
    ("الثانية", "hourword", 2),
    ("الثالثة", "hourword", 3),
    ("الرابعة", "hourword", 4),
    ("الخامسة", "hourword", 5),
    ("السادسة", "hourword", 6),
    ("السابعة", "hourword", 7),
    ("الثامنة", "hourword", 8),
    ("التاسعة", "hourword", 9),
    ("العاشرة", "hourword", 10),
    ("الحادية عشرة", "hourword", 11),
    ("الحادية عشر", "hourword", 11),
    ("الثانية عشرة", "hourword", 12),
    ("الثانية عشر", "hourword", 12),
    ("والنصف", "minword", 30),
    ("والربع", "minword", 15),
    ("والثلث", "minword", 20),
    ("إلا ربعا", "minword", -15),
    ("إلا ربع", "minword", -15),
    ("إلا الربع", "minword", -15),
    ("إلا ثلثا", "minword", -20),
    ("إلا الثلث", "minword", -20),
    # Ordinals after «اليوم» make it "the n-th day", not today.
    ("التالي", "ordinal", 0),
    ("الموالي", "ordinal", 0),
    ("نفسه", "ordinal", 0),
    ("ذاته", "ordinal", 0),
    ("الأخير", "ordinal", 0),
    ("السابق", "ordinal", 0),
    ("الوطني", "ordinal", 0),
    ("العالمي", "ordinal", 0),
    ("الدولي", "ordinal", 0),
    ("المحدد", "ordinal", 0),
    ("الموعود", "ordinal", 0),
    *ORDINALS,
]

ZONES: list[Row] = [
    ("توقيت غرينتش", "zone", "UTC"),
    ("توقيت غرينيتش", "zone", "UTC"),
    ("توقيت جرينتش", "zone", "UTC"),
    ("توقيت جرينيتش", "zone", "UTC"),
    ("التوقيت العالمي", "zone", "UTC"),
    ("توقيت مكة المكرمة", "zone", "Asia/Riyadh"),
    ("توقيت مكة", "zone", "Asia/Riyadh"),
    ("توقيت دمشق", "zone", "Asia/Damascus"),
    ("توقيت القدس", "zone", "Asia/Jerusalem"),
    ("توقيت بيروت", "zone", "Asia/Beirut"),
    ("توقيت القاهرة", "zone", "Africa/Cairo"),
    ("توقيت بغداد", "zone", "Asia/Baghdad"),
    ("توقيت الدوحة", "zone", "Asia/Qatar"),
    ("توقيت الرياض", "zone", "Asia/Riyadh"),
    ("توقيت أبوظبي", "zone", "Asia/Dubai"),
    ("توقيت الإمارات", "zone", "Asia/Dubai"),
    ("توقيت أنقرة", "zone", "Europe/Istanbul"),
    ("توقيت طهران", "zone", "Asia/Tehran"),
    ("التوقيت المحلي", "zone", "local"),
    ("بالتوقيت المحلي", "zone", "local"),
]

# Words that build ranges («من الساعة 3 الى 5 عصرا»، «بين الخميس والجمعة») and that join the parts
# of one time («يوم الخميس عند الساعة الثالثة»). «و» closes only a «بين».
RANGES: list[Row] = [
    ("من", "range-from", "from"),
    ("بين", "range-from", "between"),
    ("منذ", "range-from", "from"),
    ("إلى", "range-to", "any"),
    ("الى", "range-to", "any"),
    ("حتى", "range-to", "any"),
    ("لغاية", "range-to", "any"),
    ("-", "range-to", "any"),
    ("–", "range-to", "any"),
    ("و", "range-to", "between"),
    ("أوائل", "periodedge", "start"),
    ("مطلع", "periodedge", "start"),
    ("بداية", "periodedge", "start"),
    ("مستهل", "periodedge", "start"),
    ("منتصف", "periodedge", "midpoint"),  # ar9: the midpoint (a month's 15th); «أواسط» the middle days
    ("أواسط", "periodedge", "mid"),
    ("أواخر", "periodedge", "end"),
    ("نهاية", "periodedge", "end"),
    # (ar6) the ten days of a month: «العشر الأواخر من رمضان», «العشر الأوائل من ذي الحجة»
    *((w, "periodedge", "start") for w in ("العشر الأوائل", "العشر الأولى", "الأيام العشرة الأولى")),
    *((w, "periodedge", "end") for w in ("العشر الأواخر", "العشر الأخيرة", "الأيام العشرة الأخيرة")),
    *((w, "periodedge", "end") for w in ("الأيام العشر الأواخر", "الأيام العشر الأخيرة")),
    *((w, "nth", n) for w, n in (("الأول", 1), ("الأولى", 1), ("الثاني", 2), ("الثانية", 2))),
    *((w, "nth", n) for w, n in (("الثالث", 3), ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4))),
    ("الأخير", "nth", -1),
    ("الأخيرة", "nth", -1),
    ("أول", "nth", 1),
    ("ثاني", "nth", 2),
    ("ثالث", "nth", 3),
    ("رابع", "nth", 4),
    ("آخر", "nth", -1),
    ("اخر", "nth", -1),
    ("@", "join", None),
    ("،", "join", None),
    (",", "join", None),
    ("في", "join", None),
    ("عند", "join", None),
    ("من", "join", None),
]

# Arabic word order: modifiers after («الجمعة الماضية», «25 الجاري»), «يوم واحد», and only the
# adverbial parts after their day («الخميس مساء»; the construct forms «مساء الخميس» precede it).
SYNTAX = Syntax(
    mod_after=True,
    units_before_tens=True,
    count_after_unit=True,
    named_nights=(("ليل", 0), ("ليله", -1)),  # folded spelling
    twelve_hour=True,  # ar8: «الساعة 3», «حوالي الساعة الثالثة» (no صباحا/مساء): 03:00 or 15:00
    half_under_way=True,  # ar9: «الساعة 3 صباحا» at 04:30 leaning to the future is this morning's
    this_weekday_ahead=True,  # ar9: «هذا الاثنين» said on a Tuesday is the coming Monday
    parts_after_day=frozenset(
        normalize(w).text for w in ("صباحا", "مساء", "مساءا", "ليلا", "فجرا", "ظهرا", "عصرا")
    ),
)

# -- holidays, seasons, decades, centuries (keys: liveblog.lang.holidays) ------------------------
# «عيد الأم» is 21 March in most Arab states. Independence and national days are left out: which
# country's is meant depends on the story. Ramadan is a Hijri month (liveblog.lang.hijri), not here.
_HOLIDAY_NAMES: dict[str, tuple[str, ...]] = {
    "christmas": ("عيد الميلاد", "عيد الميلاد المجيد", "الكريسماس", "عيد الكريسماس"),
    "christmas_eve": ("ليلة عيد الميلاد", "عشية عيد الميلاد"),
    "new_year": ("رأس السنة", "رأس السنة الميلادية", "عيد رأس السنة", "السنة الميلادية الجديدة"),
    "new_year_eve": ("ليلة رأس السنة", "عشية رأس السنة"),
    "valentine": ("عيد الحب", "عيد العشاق", "عيد الفالنتاين"),
    "labour_day_may": ("عيد العمال", "عيد العمال العالمي", "يوم العمال"),
    "arab_mothers_day": ("عيد الأم",),
    "halloween": ("الهالوين", "عيد الهالوين"),
    "thanksgiving": ("عيد الشكر",),
    "easter": ("عيد الفصح", "عيد الفصح المجيد", "عيد القيامة", "أحد الفصح", "أحد القيامة"),
    "good_friday": ("الجمعة العظيمة", "الجمعة الحزينة"),
    "holy_saturday": ("سبت النور",),
    "maundy_thursday": ("خميس العهد", "خميس الأسرار"),
    "palm_sunday": ("أحد الشعانين",),
    "ash_wednesday": ("أربعاء الرماد",),
    "ascension": ("عيد الصعود",),
    "pentecost": ("عيد العنصرة",),
    "islamic_new_year": (
        *("رأس السنة الهجرية", "السنة الهجرية الجديدة", "عيد رأس السنة الهجرية"),
        "رأس السنة الهجرية الجديدة",
    ),
    "ashura": ("عاشوراء", "يوم عاشوراء", "ذكرى عاشوراء"),
    "mawlid": ("المولد النبوي", "المولد النبوي الشريف", "ذكرى المولد النبوي", "ذكرى المولد النبوي الشريف"),
    "isra_miraj": ("الإسراء والمعراج", "ذكرى الإسراء والمعراج", "ليلة الإسراء والمعراج"),
    "mid_shaban": ("ليلة النصف من شعبان",),
    "laylat_al_qadr": ("ليلة القدر",),
    "last_friday_ramadan": ("الجمعة اليتيمة",),
    "eid_al_fitr": ("عيد الفطر", "عيد الفطر المبارك", "عيد الفطر السعيد", "أول أيام عيد الفطر"),
    "arafat": ("يوم عرفة", "يوم عرفات", "وقفة عرفة", "وقفة عرفات"),
    "eid_al_adha": ("عيد الأضحى", "عيد الأضحى المبارك", "عيد الاضحى", "أول أيام عيد الأضحى", "عيد النحر"),
}
_DECADE_STEMS = ("عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين")

NAMED: list[Row] = [
    *((name, "holiday", key) for key, names in _HOLIDAY_NAMES.items() for name in names),
    *(
        (name, "season", value)
        for value, names in {
            "spring": ("الربيع", "ربيع", "فصل الربيع"),  # «ربيع الأول» is a Hijri month, read longer
            "summer": ("الصيف", "صيف", "فصل الصيف"),
            "autumn": ("الخريف", "خريف", "فصل الخريف"),
            "winter": ("الشتاء", "شتاء", "فصل الشتاء"),
        }.items()
        for name in names
    ),
    *(
        (f"{al}{stem}{suffix}", "decade", 10 * (i + 2))
        for i, stem in enumerate(_DECADE_STEMS)
        for al in ("ال", "")
        for suffix in ("يات", "ات")
    ),
    ("القرن", "century", None),
    # Ordinal tens past the days of a month («عيد الميلاد الخمسين» is a fiftieth birthday).
    *((f"ال{stem}", "ordinal", 10 * (i + 2)) for i, stem in enumerate(_DECADE_STEMS) if i >= 2),
]

# -- refs: vague references, anaphora, the weekend (liveblog.resolve._rules_refs) --------------
# «الآن», «مؤخرا», «في المستقبل»: TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF (read when asked for).
# «المستقبل» alone is left out: «تيار المستقبل» is a party.
REFS: list[Row] = [
    *((w, "ref", "PRESENT") for w in ("الآن", "حاليا", "في الوقت الراهن", "الوقت الراهن")),
    *((w, "ref", "PRESENT") for w in ("في الوقت الحالي", "الوقت الحالي", "في هذه الأثناء", "هذه الأيام")),
    *((w, "ref", "PAST") for w in ("مؤخرا", "في الآونة الأخيرة", "الآونة الأخيرة", "في الماضي", "سابقا")),
    *((w, "ref", "PAST") for w in ("في السنوات الأخيرة", "في الأيام الأخيرة", "في الأشهر الأخيرة")),
    *((w, "ref", "FUTURE") for w in ("في المستقبل", "مستقبلا", "قريبا", "في المستقبل القريب")),
    *((w, "ref", "FUTURE") for w in ("في الأيام المقبلة", "في الأيام القادمة", "في الأشهر المقبلة")),
    # A date said from the one before it in the same text: (unit, shift).
    *(
        (w, "anaphor", ("day", 0))
        for w in ("اليوم نفسه", "اليوم ذاته", "نفس اليوم", "ذات اليوم", "ذلك اليوم")
    ),
    *((w, "anaphor", ("day", 1)) for w in ("اليوم التالي",)),
    ("صباح اليوم التالي", "anaphor", ("day", 1, "morning")),
    ("مساء اليوم التالي", "anaphor", ("day", 1, "evening")),
    *((w, "anaphor", ("day", -1)) for w in ("اليوم السابق", "اليوم الذي سبقه")),
    *((w, "anaphor", ("week", 0)) for w in ("الأسبوع نفسه", "الأسبوع ذاته", "ذلك الأسبوع")),
    *((w, "anaphor", ("week", 1)) for w in ("الأسبوع التالي",)),
    *((w, "anaphor", ("month", 0)) for w in ("الشهر نفسه", "الشهر ذاته", "نفس الشهر", "ذلك الشهر")),
    *((w, "anaphor", ("month", 1)) for w in ("الشهر التالي",)),
    *((w, "anaphor", ("year", 0)) for w in ("العام نفسه", "العام ذاته", "نفس العام", "ذلك العام")),
    *((w, "anaphor", ("year", 0)) for w in ("السنة نفسها", "السنة ذاتها", "نفس السنة", "تلك السنة")),
    *((w, "anaphor", ("year", 1)) for w in ("العام التالي", "السنة التالية")),
    *((w, "anaphor", ("day", 0, "night")) for w in ("تلك الليلة", "الليلة نفسها")),
    ("مساء اليوم نفسه", "anaphor", ("day", 0, "evening")),
    *((w, "weekend", None) for w in ("عطلة نهاية الأسبوع", "نهاية الأسبوع", "عطلة الأسبوع")),
    ("العطلة الأسبوعية", "weekend", None),
    # ana9: the period that followed the date before («اليوم الذي تلاه», «العام الذي يليه»), the next
    # and the previous night. («حتى ذلك الحين», "until then", is left out: its spot, «حين» once its
    # article is off, is a common conjunction — «في حين» — and cost the pre-scan a tenth more hits)
    *(
        (f"{noun} {rel} {verb}", "anaphor", (unit, 1))
        for unit, noun, rel, verbs in (
            ("day", "اليوم", "الذي", ("تلاه", "يليه")),
            ("week", "الأسبوع", "الذي", ("تلاه", "يليه")),
            ("month", "الشهر", "الذي", ("تلاه", "يليه")),
            ("year", "العام", "الذي", ("تلاه", "يليه")),
            ("year", "السنة", "التي", ("تلتها", "تليها")),
        )
        for verb in verbs
    ),
    *((w, "anaphor", (unit, 1)) for unit, w in (("day", "اليوم اللاحق"), ("week", "الأسبوع اللاحق"))),
    *((w, "anaphor", (unit, 1)) for unit, w in (("month", "الشهر اللاحق"), ("year", "العام اللاحق"))),
    ("الليلة التالية", "anaphor", ("day", 1, "night")),
    # «الفترة نفسها من العام الماضي» ("the same period last year"): the period said before, a year
    # back, at its own grain (alone, last year); «الأشهر التسعة الأولى» no date, but a year that what
    # follows compares with
    *(
        (f"{noun} من {year}", "anaphor", ("amount", "year", -1))
        for noun in ("الفترة نفسها", "الفترة ذاتها", "نفس الفترة", "الفترة المماثلة", "الفترة المقابلة")
        for year in ("العام الماضي", "العام السابق", "السنة الماضية", "السنة السابقة")
    ),
    *(
        (w, "anaphor", ("todate", "year"))
        for n in ("التسعة", "الستة")
        for w in (f"الأشهر {n} الأولى", f"الشهور {n} الأولى", f"{n} أشهر الأولى")
    ),
    ("الليلة السابقة", "anaphor", ("day", -1, "night")),
    # «بعد ذلك بيومين», «قبل ذلك بعام»: an amount counted from the date before, its direction first
    *((w, "anaphorlead", 1) for w in ("بعد ذلك", "بعدها")),
    *((w, "anaphorlead", -1) for w in ("قبل ذلك", "قبلها")),
]

# -- arduck: Duckling's Arabic and Arabic news shapes (docs/resolution.md) -----------------------
# Participles of a state someone or something is held in (the masculine singular): «منذ» after any
# of their forms says how long the state has lasted («المعتقلين منذ 300 يوم»), not when.
_HELD = ("معتقل", "محتجز", "مسجون", "موقوف", "محاصر", "مغلق", "مضرب", "مفقود", "عالق", "نازح", "مختطف")


def _held_forms(stems: tuple[str, ...]) -> list[str]:
    """Each participle with and without the article, feminine and both plural endings."""
    return [f"{a}{stem}{end}" for stem in stems for a in ("", "ال") for end in ("", "ة", "ون", "ين")]


DUCKLING_NEWS: list[Row] = [
    # Months said by their number (Levant, Iraq): «شهر 3», «شهر عشرة»; «الشهر التاسع» with a day or year.
    ("شهر", "monthnumber", "cardinal"),
    ("الشهر", "monthnumber", "ordinal"),
    # A noun the ordinal follows: «اليوم الثالث من أكتوبر», «الأسبوع الأخير من سبتمبر».
    ("اليوم", "nthnoun", "day"),
    ("الأسبوع", "nthnoun", "week"),
    ("ثان", "nth", 2),
    ("ثاني", "nth", 2),
    ("خامس", "nth", 5),
    ("الخامس", "nth", 5),
    ("الخامسة", "nth", 5),
    ("أخير", "nth", -1),
    ("أول", "ordinal", 1),  # «أول شباط», «في أول يوم»
    ("كريسماس", "holiday", "christmas"),
    # «30ر14»: the Arabic decimal separator between minutes and hour (Tunisian press).
    ("ر", "clockdecimal", None),
    ("ت غ", "zone", "UTC"),  # توقيت غرينتش, abbreviated
    ("ت.غ", "zone", "UTC"),
    ("بعد الزوال", "part", "afternoon"),
    # (ar6) the eve of a day and the day after it: «عشية 7 أكتوبر», «غداة عيد الأضحى»
    ("عشية", "dayshift", -1),
    ("غداة", "dayshift", 1),
    # Words before a name that a part of the day may be: «جريدة الصباح», «آل الصباح».
    *(
        (w, "namecue", None) for w in ("جريدة", "صحيفة", "مجلة", "قناة", "برنامج", "آل", "عائلة", "أسرة")
    ),  # Maghreb: after the sun's zenith
    ("الزوال", "part-bound", "midday"),
    # A person held in a state («المعتقل منذ 300 يوم»): «منذ» after it says how long, not when.
    # (Events that go on, «المعارك مستمرة منذ 3 ساعات», do date their start.)
    *((w, "durative", None) for w in _held_forms(_HELD)),
    *((w, "durative", None) for w in ("مختفي", "المختفي", "مختفية", "المختفية", "مختفون", "المختفين")),
    # ar9: a preposition that opens the state's complement between it and «منذ»: «المضرب عن الطعام
    # منذ 40 يوما», «المعتقلين في سجون الاحتلال منذ سنوات» (not a trigger: read only looking back)
    *((w, "durative", "link") for w in ("عن", "في", "لدى", "داخل")),
    # ar9: "on this day" in a past year: «في مثل هذا اليوم من عام 1967», «… قبل 50 عاما»
    *((w, "anniversary", None) for w in ("مثل هذا اليوم", "مثل هذا التاريخ")),
    # ar9: Maghreb «على» joins a clock to its day as «عند» does («يوم 15 جوان على
    # الساعة 10 صباحا»); parts of the day in construct with their day: «صبيحة الأحد», «ظهيرة اليوم»,
    # «أمسية الخميس», «منتصف نهار اليوم»
    ("على", "join", None),
    ("صبيحة", "part-bound", "morning"),
    ("ظهيرة", "part-bound", "midday"),
    ("أمسية", "part-bound", "evening"),
    ("منتصف نهار", "part-bound", "midday"),
    # ar9: more heads of a name a date follows (with liveblog.lang.hijri's «مدينة», «شارع», «جامعة» …):
    # «ثورة 25 يناير», «حركة 20 فبراير», «قاعة 14 أكتوبر»; with its year the date is the day
    *((w, "namehead", None) for w in ("ثورة", "حركة", "انتفاضة", "قاعة", "ساحة", "دوار", "كلية", "معهد")),
    ("أربعا", "weekday-bound", 2),  # spoken «الأربعا»
    ("الأربعا", "weekday", 2),
    # Spoken day words: «بكرة» (tomorrow; also "a pulley": only on its own or with a day cue),
    # «امبارح» (yesterday), «قبل أمس» and «بعد بكرة».
    ("بكرة", "dayword-bound", 1),
    ("بكرا", "dayword-bound", 1),
    ("بعد بكرة", "dayword", 2),
    ("بعد بكرا", "dayword", 2),
    ("امبارح", "dayword", -1),
    ("إمبارح", "dayword", -1),
    ("قبل أمس", "dayword", -2),
    ("قبل البارحة", "dayword", -2),
    ("قبل امبارح", "dayword", -2),
    ("الجاي", "mod", 1),
    ("الجاية", "mod", 1),
    ("الماض", "mod", -1),
    # Maghreb press: «جوان الفارط», «الشهر المنقضي».
    ("الفارط", "mod", -1),
    ("الفارطة", "mod", -1),
    ("المنقضي", "mod", -1),
    ("المنقضية", "mod", -1),
    # «اليوم الذي …» is "the day that …", not today; «اليوم اللي بعد بكرة» (spoken) is a day word.
    ("اليوم الذي", "dayprefix", None),
    ("اليوم اللي", "dayprefix", None),
    ("اليوم الي", "dayprefix", None),
    # Feminine tens after an ordinal unit: «الثالث عشرة».
    *((f"{w} عشرة", "ordinal", 11 + i) for i, w in enumerate(_ORD_UNITS_COMPOUND)),
]

# -- arint: ranges and windows as live blogs write them (tests/test_arint_ranges.py) -------------
# A window counts whole units with the article, the count after its unit and the modifier last:
# «الأيام الثلاثة المقبلة», «الأسبوعين الماضيين», «الساعات الـ24 الماضية» (liveblog.resolve._windows).
ARINT: list[Row] = [
    *(
        (w, "unit", value)
        for w, value in (
            *(("الثواني", ("second", 0)), ("الدقائق", ("minute", 0)), ("الساعات", ("hour", 0))),
            *(("الأيام", ("day", 0)), ("الأسابيع", ("week", 0)), ("الأشهر", ("month", 0))),
            *(("الشهور", ("month", 0)), ("السنوات", ("year", 0)), ("الأعوام", ("year", 0))),
            *(("الساعتين", ("hour", 2)), ("اليومين", ("day", 2)), ("الأسبوعين", ("week", 2))),
            *(("الشهرين", ("month", 2)), ("العامين", ("year", 2)), ("السنتين", ("year", 2))),
        )
    ),
    # the count after a unit with the article takes the article too: «الأيام الثلاثة»
    *(
        (f"ال{w}", "num", n)
        for w, n in (
            *(("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5)),
            *(("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثماني", 8), ("ثمانية", 8)),
            *(("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10)),
        )
    ),
    # «بين شهري أكتوبر وديسمبر», «بين يومي الخميس والسبت»: the dual noun before two months, two days
    ("شهري", "monthprefix", None),
    ("يومي", "dayprefix", None),
    # «الثانية بعد الظهر»: an hour before it is on the afternoon's half of the clock
    ("بعد الظهر", "ampm", "pm"),
    # "now": «حالا», «في هذه اللحظة» (TIMEX3 PRESENT_REF, read when asked for)
    *((w, "ref", "PRESENT") for w in ("حالا", "في هذه اللحظة", "هذه اللحظة", "في اللحظة الراهنة")),
    # the period before an earlier date («السنة السابقة», "the previous year"), as «اليوم السابق»
    *((w, "anaphor", ("week", -1)) for w in ("الأسبوع السابق", "الأسبوع الذي سبقه")),
    *((w, "anaphor", ("month", -1)) for w in ("الشهر السابق", "الشهر الذي سبقه")),
    *((w, "anaphor", ("year", -1)) for w in ("العام السابق", "السنة السابقة", "العام الذي سبقه")),
    # spoken, with the article: «اليوم القبل امبارح», «اليوم البعد بكرة»
    *((w, "dayword", -2) for w in ("القبل البارحة", "القبل امبارح", "القبل أمس")),
    *((w, "dayword", 2) for w in ("البعد بكرة", "البعد بكرا")),
    # «نص شهر ثلاث», «في نصف شهر مارس»: the middle of a month said after it (not «نصف العام», half a year)
    *((w, "periodedge-bound", "midpoint") for w in ("نص", "نصف")),  # ar9: the 15th, as «منتصف»
    # Maghreb press «إلى غاية» ("until") closes a range; «تاريخ» before a date: «من تاريخ 10 نوفمبر»
    *((w, "range-to", "any") for w in ("إلى غاية", "الى غاية")),
    ("تاريخ", "dayprefix", None),
    # a duration from a time: «من 17 نوفمبر ولمدة ثلاثة أيام», «لمدة ساعتين اعتبارا من الساعة 8»
    ("لمدة", "forlen", None),
    *((w, "startfrom", None) for w in ("اعتبارا من", "ابتداء من", "بدءا من", "بداية من")),
    # dual and plural forms of the modifiers, after a dual or a plural of persons' pattern
    *((w, "mod", -1) for w in ("الماضيين", "الماضيتين", "المنصرمين", "الفائتين", "السابقين")),
    *((w, "mod", 1) for w in ("المقبلين", "المقبلتين", "القادمين", "القادمتين")),
]

# -- ar8: spoken Arabic of four regions, as quotes and unseen outlets write it ------------------
# (tests/test_ar8_dialect.py). Day words: Levantine «مبارح», Gulf and Maghreb «البارح», Egyptian
# «النهارده» and «أول امبارح», Iraqi and Gulf «باجر», Tunisian «غدوة» (classically "a morning":
# bound, read alone or before a part or clock, as «بكرة»).
AR8_SPOKEN: list[Row] = [
    *((w, "dayword", -1) for w in ("مبارح", "البارح")),
    *((w, "dayword", -2) for w in ("أول امبارح", "أول مبارح", "أول إمبارح")),
    *((w, "dayword", 0) for w in ("النهارده", "النهاردة", "انهارده")),
    *((w, "dayword", 1) for w in ("باجر", "باچر")),
    ("غدوة", "dayword-bound", 1),
    ("الحد", "weekday-bound", 6),  # Maghreb Sunday («يوم الحد»); alone "the limit" («الحد من»)
    ("حد", "weekday-bound", 6),
    ("نهار", "dayprefix", None),  # Maghreb «نهار الحد», «نهار الخميس»
    # Egyptian relative clauses as modifiers: «الأسبوع اللي فات», «الخميس اللي جاي»
    *((w, "mod", -1) for w in ("اللي فات", "اللي فاتت", "إللي فات", "إللي فاتت")),
    *((w, "mod", 1) for w in ("اللي جاي", "اللي جاية", "إللي جاي", "إللي جاية")),
    # parts of the day as said: Levantine «المسا», Egyptian and Levantine «الضهر», Tunisian «العشية»
    # (the afternoon into the evening); after an hour they say its half: «الساعة 2 الظهر» is 14:00,
    # «الساعة 8 المسا» 20:00, «الساعة 4 العشية» 16:00
    ("المسا", "part", "evening"),
    ("الضهر", "part-bound", "midday"),
    ("العشية", "part-bound", "afternoon"),
    *((w, "ampm", "noon") for w in ("الظهر", "الضهر")),
    *((w, "ampm", "pm") for w in ("المسا", "المساء", "العشية", "العصر")),
    # Egyptian and Levantine numbers (ث said ت): «الساعة تلاتة», «اتنين ونص», «حداشر»
    *((w, "num", n) for w, n in (("تلاتة", 3), ("تلات", 3), ("اتنين", 2), ("إتنين", 2))),
    *((w, "num", n) for w, n in (("تمانية", 8), ("تمنية", 8), ("تمن", 8), ("تمان", 8))),
    *((w, "num", n) for w, n in (("حداشر", 11), ("اتناشر", 12), ("اطناشر", 12))),
    # minutes: «ونص» (half past), «وتلت» (twenty past), «إلا تلت»
    ("نص", "minamount", 30),
    ("تلت", "minamount", 20),
    # spoken «من» as "ago" (Levant, Egypt): «من أسبوع», «من يومين»; only opening its clause with
    # nothing date-like after the amount (in news «من» before an amount is mostly "than", "of",
    # "from": «أكثر من أسبوع», «من يوم لآخر», «من عام 2010»: liveblog.resolve._rules_amount)
    ("من", "ago", "spoken"),
    ("لأخرى", "range-to", "any"),  # «من ساعة لأخرى» (from one hour to another), as «من يوم لآخر»
    # Maghreb press: an hour before «بعد الزوال» is on the afternoon's half («الثالثة بعد الزوال»)
    ("بعد الزوال", "ampm", "pm"),
    # Egyptian «بعد الضهر» (ض for ظ): the afternoon, and after an hour its half
    ("بعد الضهر", "part", "afternoon"),
    ("بعد الضهر", "ampm", "pm"),
    # "now" as said: Egyptian «دلوقتي», Levantine «هلأ», Tunisian «توة» (TIMEX3 PRESENT_REF)
    *((w, "ref", "PRESENT") for w in ("دلوقتي", "دلوقت", "هلأ", "هلق", "هلقيت", "توة")),
    # titles before a family name that is a part of the day: «الأمير الصباح», «الشيخ الصباح»
    *((w, "namecue", None) for w in ("الأمير", "أمير", "الشيخ", "الشيخة", "سمو", "ولي العهد")),
    # the nth day of a feast: «ثاني أيام عيد الأضحى» is the day after its first (a day's shift)
    *((w, "dayshift", n) for w, n in (("ثاني أيام", 1), ("ثالث أيام", 2), ("رابع أيام", 3))),
]

ROWS: list[Row] = [
    *WEEKDAYS,
    *DAY_WORDS,
    *PART_WORDS,
    *MONTHS,
    *_hijri.AR,
    *MODIFIERS,
    *UNITS,
    *NUMBERS,
    *HEDGES,
    *MARKERS,
    *CLOCK_WORDS,
    *CLOCK_MINUTES,
    # Arabic copy writes Latin zones and am/pm too: «10:00 GMT».
    *_EN_ZONES,
    *((f"توقيت {w}", kind, value) for w, kind, value in _EN_ZONES if " " not in w),  # «بتوقيت GMT»
    *(row for row in _EN_CLOCK if row[1] == "ampm"),
    *ZONES,
    *RANGES,
    *NAMED,
    *REFS,
    *DUCKLING_NEWS,
    *ARINT,
    *AR8_SPOKEN,
]

# Where modifiers stand: «الجمعة الماضية»، «الأسبوع المقبل» after; «هذا الأسبوع» before.
ORDER: dict[str, Place] = {"mod": "after", "this": "before"}

RELATIVE = RelativeWords(
    # «منذ 5 دقائق»، «منذ ساعتين»، «قبل ساعة»، «بعد 10 دقائق»: a singular or dual unit says its count.
    units={
        "ثانية": ("second", 1),
        "ثوان": ("second", None),
        "ثواني": ("second", None),
        "ثانيتين": ("second", 2),
        "دقيقة": ("minute", 1),
        "دقائق": ("minute", None),
        "دقيقتين": ("minute", 2),
        "دقيقتان": ("minute", 2),
        "د": ("minute", None),
        "ساعة": ("hour", 1),
        "ساعات": ("hour", None),
        "ساعتين": ("hour", 2),
        "ساعتان": ("hour", 2),
        "س": ("hour", None),
        "يوم": ("day", 1),
        "أيام": ("day", None),
        "يومين": ("day", 2),
        "يومان": ("day", 2),
        "يوما": ("day", None),
        "أسبوع": ("week", 1),
        "أسابيع": ("week", None),
        "أسبوعين": ("week", 2),
        "شهر": ("month", 1),
        "أشهر": ("month", None),
        "شهرين": ("month", 2),
        "سنة": ("year", 1),
        "سنوات": ("year", None),
        "سنتين": ("year", 2),
        "عام": ("year", 1),
    },
    ago_before=("منذ", "قبل"),
    in_before=("بعد",),  # «خلال 3 ساعات» is a window ("within"), not a moment
)

# Prepositions left out of the start of a date's span ("in March 2020" → "March 2020").
SPAN_LEAD = frozenset(("في", "منذ", "خلال", "حتي", "عند"))
