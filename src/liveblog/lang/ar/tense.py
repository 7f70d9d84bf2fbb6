"""Arabic words that tell the tense of a clause before a date (read by ``liveblog.resolve._context``).

All in the resolver's folded spelling (ة→ه, ى→ي, أ/إ/آ→ا, no diacritics; see
:func:`liveblog._text.normalize.fold_chars`). docs/resolution.md, "Context in
running text", says how they are used.
"""

from __future__ import annotations

__all__ = ["FUTURE_WORDS", "NEGATIVE_FUTURE", "NOT_FUTURE", "NOT_IMPERFECT", "SAYING", "SHORT_FUTURE_VERBS"]

FUTURE_WORDS = frozenset(
    [
        *("سوف", "المقرر", "المتوقع", "يتوقع", "تتوقع", "متوقع", "مرتقب", "مرتقبه", "قريبا"),
        *("المقبل", "المقبله", "القادم", "القادمه", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط"),
        *("يستعد", "تستعد", "ينتظر", "تنتظر", "يرتقب"),
    ]
)
"""Words that put what follows in the future, wherever they stand in the clause."""

NEGATIVE_FUTURE = frozenset(["لن"])
""""Will not": a clause that can look ahead, but not a cue that moves a date forward
(«لن ننسى ما حدث يوم الأربعاء» is about a past Wednesday)."""

SHORT_FUTURE_VERBS = frozenset(["سيصل", "ستصل", "سنصل", "سيري", "ستري", "سنري", "سيتم", "ستتم"])
"""Future verbs of two letters after their prefixes («سيصل»), which the shape alone would refuse."""

NOT_FUTURE = frozenset(
    [
        *("سياره", "سيارات", "سيارتين", "سيطره", "سيطرت", "سيطروا", "سيطرته", "سيطرتها", "سيطرتهم"),
        *("سياسه", "سياسات", "سياسي", "سياسيه", "سياسيون", "سياسيين", "سيول", "سته", "ستين", "ستون"),
        *("سنه", "سنوات", "سنين", "سنتين", "سنوي", "سنويا", "سنويه", "سيده", "سيدات", "سيد", "سيدي"),
        *("سيناء", "سينما", "سياق", "سياده", "سياج", "سيف", "سياحه", "سياحي", "ستار", "ستوديو", "سيناريو"),
        *("سيبراني", "سيره", "سنجار", "سيدني", "سنغال", "سنغافوره", "ستوكهولم", "سنت", "سنتيمتر", "سنتات"),
        *("ستارمر", "سيناتور", "سيناتورا", "ستالين", "ستيفن", "سيرجي", "سيرغي", "سيلفي", "سيرك"),
    ]
)
"""Words shaped like a future verb (سـ + يـ/تـ/نـ) that are nouns, past verbs or names."""

NOT_IMPERFECT = frozenset(
    [
        *("تمت", "تمكن", "تمكنت", "تبين", "تلقي", "تلقت", "توفي", "توفيت", "تولي", "تولت", "تحول", "تحولت"),
        *("نحو", "نحن", "نفس", "نفسه", "نفسها", "نقطه", "نتيجه", "نتايج", "نسبه", "نظام", "نوع", "نهايه"),
        *("تقرير", "تقارير", "تصريح", "تصريحات", "تحقيق", "تحقيقات", "تظاهره", "تظاهرات", "تفجير"),
        *("تفجيرات", "تصعيد", "تحالف", "تعزيزات", "تنظيم", "توقيت", "تاريخ", "تابع", "تابعه", "تحت"),
        *("تلك", "تجاه", "يوم", "يوما", "يومين", "يومي", "يوميا", "يمين", "يد", "يدي", "يناير", "يونيو"),
        *("يونيه", "يوليو", "يوليه", "نوفمبر", "تموز", "تشرين", "نيسان", "نهار", "نهارا", "تونس", "تركيا"),
        *("تل", "نابلس", "نيويورك", "تايوان", "تايلاند", "يافا", "يمن", "نتنياهو", "ترامب", "تعز", "تدمر"),
        *("نبل",),
    ]
)
"""Words shaped like a verb in the imperfect (يـ/تـ/نـ) that are not one: the past «تم», nouns,
months, places and people."""

SAYING = frozenset(
    [
        *("قال", "قالت", "قالوا", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "اضاف", "اضافت"),
        *("اوضح", "اوضحت", "افاد", "افادت", "صرح", "صرحت", "زعم", "زعمت", "اعتبر", "اعتبرت", "يقول"),
        *("تقول", "يري", "تري", "نفي", "نفت", "كشف", "كشفت", "اشار", "اشارت", "الي"),
    ]
)
"""Verbs of saying before «إن»: what follows is what was said, in its own tense."""
