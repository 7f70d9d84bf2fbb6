"""Arabic words that tell the tense of a clause before a date (read by ``liveblog.resolve._context``).

All in the resolver's folded spelling (ة→ه, ى→ي, أ/إ/آ→ا, no diacritics; see
:func:`liveblog._text.normalize.fold_chars`). docs/resolution.md, "Context in
running text", says how they are used.
"""

from __future__ import annotations

import re

from liveblog._text import pagewords
from liveblog.lang.tense import Tense

__all__ = [
    "FUTURE_WORDS",
    "NEGATIVE_FUTURE",
    "NOT_FUTURE",
    "NOT_IMPERFECT",
    "PAST_WORDS",
    "SAYING",
    "SHORT_FUTURE_VERBS",
    "TENSE",
    "future_clause",
    "future_marks",
    "looks_ahead",
]

FUTURE_WORDS = frozenset(
    [
        *("سوف", "المقرر", "المتوقع", "يتوقع", "تتوقع", "متوقع", "مرتقب", "مرتقبه", "قريبا"),
        *("المقبل", "المقبله", "القادم", "القادمه", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط"),
        *("يستعد", "تستعد", "ينتظر", "تنتظر", "يرتقب"),
        # lead9: a thing put off goes to a date ahead («تقرر تأجيل التصويت إلى يوم الثلاثاء», «أرجئت
        # الجلسة إلى الثلاثاء»), as "postponed to" in English; folded spellings, not «أجل» ("for")
        *("تاجيل", "ارجاء", "اجلت", "تاجل", "تاجلت", "ارجيت", "ارجات", "ارجي", "ارجا", "يوجل", "توجل"),
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


# -- the morphology the word lists cannot say ---------------------------------------------------

# A verb in the imperfect (present or future): prefix يـ تـ نـ, or سـ before it; after و/ف/ل at most.
# نـ needs four letters: three-letter words in ن are mostly verbs in the past («نشر», «نقل», «نفذ»).
_IMPERFECT = re.compile(r"^[وفل]?س?(?:[يت][\u0621-\u064a]{2,}|ن[\u0621-\u064a]{3,})$")
# The future proper: سـ on an imperfect verb of three letters or more («ستعقد», «سيكون»); shorter
# ones («سيطر», «سيرت» are verbs in the past) only when listed («سيصل»).
_FUTURE_VERB = re.compile(r"^س[يتن][\u0621-\u064a]{3,}$")
# Reported speech: the tense that counts is the one after «قال … إن» (folded, إن and أن are one word:
# a bare «ان» counts only within three words after a verb of saying; «ستحاول أن تعقد» is no speech).
_THAT = frozenset({"ان", "بان"})
_THAT_HE = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
_FUTURE_REACH = 6  # words before a date in which a future verb governs it
_PLANNED = ("من المقرر", "من المتوقع")
# Something every future cue contains, in any spelling: most clauses have none and stop here.
_MARKS = r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
_HINT = (
    r"س|مقرر|متوقع|توقع|مرتقب|قريب|مقبل|قادم|عتزم|نوي|خطط|ستعد|نتظر|رتقب"
    # lead9: «تأجيل», «أجلت», «تأجلت», «يؤجل», «إرجاء», «أرجئت» (not «عاجل», «من أجل»): a hint only, the
    # words themselves are FUTURE_WORDS
    r"|ت[أا]جيل|[أا]جلت|ت[أا]جل|[إا]رجاء|[أا]رج[ئأا]|ؤجل"
)
# The hint as alternatives that each start with a letter (seg11): a search then skips to the letters
# they start with, where a first look-behind had every alternative tried at every character. The
# look-behind «سـ» needs (a space, a bracket or a quote before it, or the text's start) is asked after
# its letter (and after «و»/«ف» before it); the bracketed letters of _HINT are written out.
_AFTER = "[^\\s«\"'(]"  # a character that may not stand before «سـ» (or its «و», «ف»)
_HINT_WORDS = (
    *("مقرر", "متوقع", "توقع", "مرتقب", "قريب", "مقبل", "قادم", "عتزم", "نوي", "خطط", "ستعد", "نتظر", "رتقب"),
    *("تأجيل", "تاجيل", "أجلت", "اجلت", "تأجل", "تاجل", "إرجاء", "ارجاء"),
    *("أرجئ", "أرجأ", "أرجا", "ارجئ", "ارجأ", "ارجا", "ؤجل"),
)
_FUTURE_HINT = re.compile(
    "|".join((f"و(?<!{_AFTER}و)س", f"ف(?<!{_AFTER}ف)س", f"س(?<!{_AFTER}س)", *_HINT_WORDS))
)
_MARKS_RE = re.compile(_MARKS)


def _words(clause: str) -> list[str]:
    return pagewords.fold(clause).split()  # folded as the tables are, punctuation gone


def _bare(word: str, clitics: str) -> str:
    """``word`` without one leading clitic letter from ``clitics`` (kept when the word is short)."""
    return word[1:] if len(word) > 3 and word[0] in clitics else word


def _future_verb(word: str) -> bool:
    """A verb with the future prefix سـ: «سيعقد», «وستبدأ», «سيصل»; not «سيارة», «سيطر», «سيناتور»."""
    bare = _bare(word, "وف")
    if bare in SHORT_FUTURE_VERBS:
        return True
    return _FUTURE_VERB.match(bare) is not None and bare not in NOT_FUTURE


def _after_speech(words: list[str]) -> int:
    """Where the reported words start, after the last «قال … إن» (0 when there is none)."""
    start = 0
    for n, w in enumerate(words):
        if w in _THAT_HE or (w in _THAT and any(v in SAYING for v in words[max(n - 3, 0) : n])):
            start = n + 1
    return start


def future_clause(clause: str) -> bool:
    """Whether an Arabic clause puts the date after it in the future.

    A future word anywhere in the clause («من المقرر», «سوف», «المقبل»), or a
    verb with سـ among the last words before the date and after any «قال … إن».
    «لن» is not enough: «لن ننسى ما حدث يوم الأربعاء» is about a past Wednesday.
    """
    if not _FUTURE_HINT.search(clause) and not _MARKS_RE.search(clause):
        return False  # (marks or tatweel inside a word could hide a cue from the hint: fold first then)
    if any(p in clause for p in _PLANNED):
        return True
    said = _words(clause)
    if any(w in FUTURE_WORDS or w.removeprefix("ال") in FUTURE_WORDS for w in said):
        return True
    near = said[max(_after_speech(said), len(said) - _FUTURE_REACH) :]
    return any(_future_verb(w) for w in near)


def looks_ahead(clause: str) -> bool:
    """Whether an Arabic clause can look ahead: a future word, or a verb in the imperfect.

    Past narration uses the perfect («عاد», «وصلت», «أفرج»), which carries no
    prefix; the imperfect («تنتهي الهدنة», «يصل الوفد») and سـ («سيعقد») can
    speak of what is to come.
    """
    if any(p in clause for p in _PLANNED):
        return True
    said = _words(clause)
    # (ar6) only what follows the last perfect of an event: «احتل نابليون مصر عام 1798 وخرجت قواته
    # بعد ثلاث سنوات» counts from the story («نابليون» before it is no verb in the imperfect)
    last = max((n for n, w in enumerate(said) if w in _PAST_FOLDED), default=-1)
    for word in said[last + 1 :]:
        if word in FUTURE_WORDS or word in NEGATIVE_FUTURE or word.removeprefix("ال") in FUTURE_WORDS:
            return True
        bare = _bare(word, "وفل")
        if bare in NOT_IMPERFECT or word in NOT_IMPERFECT or bare in NOT_FUTURE:
            continue
        if _IMPERFECT.match(word):
            return True
    return False


_WORD = re.compile(r"\S+")


def future_marks(clause: str) -> list[int]:
    """Where an Arabic clause has a future word or a verb with سـ: the offsets where each ends."""
    if not _FUTURE_HINT.search(clause) and not _MARKS_RE.search(clause):
        return []
    out = []
    for m in _WORD.finditer(clause):
        word = pagewords.fold(m.group()).strip()
        if word in FUTURE_WORDS or word.removeprefix("ال") in FUTURE_WORDS or _future_verb(word):
            out.append(m.end())
    return out


# (ar6) Verbs in the perfect that news tells events with, in the third person (he, she, they),
# written with or without the hamza and after «و» or «ف». Verbs of saying are left out: what is
# reported keeps its own tense («قال إن الانتخابات في مارس»); so are perfects spelled as common
# nouns («حدث» an event, «قصف» shelling, «دخل» income, «رفض» refusal, «تراجع» a fall, «صدر»).
_PAST_STEMS = (
    *("وقع", "جرى", "شهد", "بدأ", "انطلق", "زار", "التقى", "اندلع", "أطلق", "نفذ", "وصل", "غادر"),
    *("توفي", "انتخب", "فاز", "خسر", "أجرى", "شارك", "سقط", "خرج", "استقال", "اجتمع", "افتتح"),
    *("اختتم", "أغلق", "اعتقل", "أفرج", "ارتفع", "انخفض", "استهدف", "هاجم", "تعرض", "انسحب", "عاد"),
    *("تولى", "تأسس", "أقيم", "استقبل", "انتهى", "أصدر", "أقر", "وافق", "ألغى", "أنهى", "كان", "تم"),
)


def _past_forms(stem: str) -> list[str]:
    weak = stem.endswith("ى")
    body = stem[:-1] if weak else stem
    forms = [stem, f"{body}ي" if weak else stem, f"{body}ت", f"{body}وا"]
    if stem == "تم":
        forms = ["تم", "تمت"]
    spelled = [*forms, *(f"ا{f[1:]}" for f in forms if f[0] == "أ")]
    return [f"{p}{f}" for f in dict.fromkeys(spelled) for p in ("", "و", "ف")]


PAST_WORDS = tuple(w for stem in _PAST_STEMS for w in _past_forms(stem))
"""The perfect forms read as a clause told in the past (``TENSE.past``)."""
_PAST_FOLDED = frozenset(pagewords.fold(w) for w in PAST_WORDS)

TENSE = Tense(
    forward=("حتى", "حتي", "لغاية", "الى غاية", "إلى غاية"),  # «تستمر العاصفة حتى صباح الثلاثاء»
    will=("سوف", "من المقرر", "من المتوقع", "المقرر"),
    bare_words=1,  # «بعد يومين» alone is a date; «عاد بعد ساعتين» counts from the story's moment
    future_clause=future_clause,
    looks_ahead=looks_ahead,
    hint=f"{_HINT}|{_MARKS}",
    # (ar6) «وقع الهجوم في 3 فبراير» said in November: the February gone; «منذ 3 فبراير» likewise
    past=PAST_WORDS,
    backward=("منذ",),
    # lead9: verbs of lasting in the perfect: «استمرت الاشتباكات حتى الأربعاء» is the last Wednesday
    lasted=tuple(
        f"{p}{w}"
        for w in ("استمر", "استمرت", "استمروا", "امتد", "امتدت", "ظل", "ظلت", "ظلوا", "دام", "دامت", "تواصلت")
        for p in ("", "و", "ف")
    ),
    future_marks=future_marks,
    deictic=(
        *("الماضي", "الماضية", "الماضى", "الفائت", "الفائته", "الفائتة", "المنصرم", "المنصرمة"),
        *("المقبل", "المقبلة", "القادم", "القادمة", "الجاري", "الجارية", "الحالي", "الحالية"),
        *("هذا", "هذه", "اليوم", "أمس", "امس", "غدا", "غداً"),
    ),
)
