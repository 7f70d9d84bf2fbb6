"""The words just before a date in running text, where they change its meaning.

Two rules, both about direction in time, applied by :func:`liveblog.find_times`
to what the resolver found (a whole expression given to :func:`resolve` has
no words before it, so it is unaffected):

- **"until", "into", «حتى»**, and a future tense before the date ("will",
  "due to", «سوف», «من المقرر») point forward: "a warning extended into
  Saturday morning", «تستمر العاصفة حتى صباح الثلاثاء», "gritters will be out
  from 19:00". A date there that the past preference put before the reference
  is resolved again preferring the future.
- **"in two days" after a past verb is a duration**, not a date: "more than a
  month's rain in two days". In running English text an "in N units" reading
  needs a future cue in its clause ("will", "due", "expected", "next" …).
  Arabic «بعد يومين» is the same after a verb in the past: «عاد بعد ساعتين إلى
  منزله» ("he came back two hours later") counts from the story's own moment,
  not from now. Past narration uses the perfect, which has no prefix; so in
  running Arabic text «بعد N» needs a future word («سوف», «من المقرر»,
  «المقبل», «يتوقع» …) or a verb in the imperfect before it («تنتهي الهدنة بعد
  ثلاثة أيام», «سيعقد», «يصل الوفد») — words shaped like one that are not
  («تقرير», «نحو», «يوم», «يناير») are listed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import datetime

import attrs

from liveblog._text import pagewords as words
from liveblog.lang.ar import tense
from liveblog.model import Found, When

__all__ = ["in_context"]

_LOOK_BACK = 160  # characters of the clause before a date that are read
_CLAUSE_BREAK = re.compile(r"[.!?؟;؛\n]")
_FORWARD = re.compile(
    r"(?:\b(?:until|till|into|through|ahead of)(?:\s+at\s+least)?"
    r"|(?<!\S)(?:حتى|حتي|لغاية|الى غاية|إلى غاية))\s+$",
    re.IGNORECASE,
)
# A future tense in the clause before a date points it forward too ("gritters will be out from 19:00").
_WILL = re.compile(
    r"\b(?:will|won't|shall|'ll|going to|due to|set to|scheduled|expected to|forecast to|likely to"
    r"|plans? to|is to|are to)\b"
    r"|(?<!\S)(?:سوف|من المقرر|من المتوقع|المقرر)(?!\S)",
    re.IGNORECASE,
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|would|'ll|going to|due|expected|expects?|set to|scheduled|plans?|planned|"
    r"aims?|intends?|hopes?|is to|are to|next|promised?|threatens?)\b",
    re.IGNORECASE,
)
_MIN_CLAUSE_WORDS = {"en-in": 2, "ar-in": 1}  # fewer words before "in N units": a bare expression
# A verb in the imperfect (present or future): prefix يـ تـ نـ, or سـ before it; after و/ف/ل at most.
# نـ needs four letters: three-letter words in ن are mostly verbs in the past («نشر», «نقل», «نفذ»).
_AR_IMPERFECT = re.compile(r"^[وفل]?س?(?:[يت][\u0621-\u064a]{2,}|ن[\u0621-\u064a]{3,})$")
# The future proper: سـ on an imperfect verb of three letters or more («ستعقد», «سيكون»); shorter
# ones («سيطر», «سيرت» are verbs in the past) only when listed («سيصل»).
_AR_FUTURE_VERB = re.compile(r"^س[يتن][\u0621-\u064a]{3,}$")
# Reported speech: the tense that counts is the one after «قال … إن» (folded, إن and أن are one word:
# a bare «ان» counts only within three words after a verb of saying; «ستحاول أن تعقد» is no speech).
_AR_THAT = frozenset({"ان", "بان"})
_AR_THAT_HE = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
_AR_FUTURE_REACH = 6  # words before a date in which a future verb governs it
# Something every future cue contains, in any spelling: most clauses have none and stop here.
_AR_FUTURE_HINT = re.compile(
    r"(?<![^\s«\"'(])[وف]?س|مقرر|متوقع|توقع|مرتقب|قريب|مقبل|قادم|عتزم|نوي|خطط|ستعد|نتظر|رتقب"
)
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Every place where a cue of the three tests could begin (_FORWARD, _WILL, the Arabic future hint and
# marks), without the boundaries: a cue found in a clause begins at one of them. Found once per text,
# they let the clause of each date skip its regex searches when none lies in it (linear in the text,
# however many dates it holds; each date read its 160 characters four times before).
_CUE_START = re.compile(
    r"(?=until|till|into|through|ahead of|حتى|حتي|لغاية|الى غاية|إلى غاية"
    r"|will|won't|shall|'ll|going to|due to|set to|scheduled|expected to|forecast to|likely to"
    r"|plan|is to|are to|سوف|المقرر"
    r"|س|مقرر|متوقع|توقع|مرتقب|قريب|مقبل|قادم|عتزم|نوي|خطط|ستعد|نتظر|رتقب"
    r"|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])",
    re.IGNORECASE,
)


def _ar_words(clause: str) -> list[str]:
    return words.fold(clause).split()  # folded as the tables are, punctuation gone


def _bare(word: str, clitics: str) -> str:
    """``word`` without one leading clitic letter from ``clitics`` (kept when the word is short)."""
    return word[1:] if len(word) > 3 and word[0] in clitics else word


def _future_verb(word: str) -> bool:
    """A verb with the future prefix سـ: «سيعقد», «وستبدأ», «سيصل»; not «سيارة», «سيطر», «سيناتور»."""
    bare = _bare(word, "وف")
    if bare in tense.SHORT_FUTURE_VERBS:
        return True
    return _AR_FUTURE_VERB.match(bare) is not None and bare not in tense.NOT_FUTURE


def _after_speech(words: list[str]) -> int:
    """Where the reported words start, after the last «قال … إن» (0 when there is none)."""
    start = 0
    for n, w in enumerate(words):
        if w in _AR_THAT_HE or (w in _AR_THAT and any(v in tense.SAYING for v in words[max(n - 3, 0) : n])):
            start = n + 1
    return start


def _ar_future(clause: str) -> bool:
    """Whether an Arabic clause puts the date after it in the future.

    A future word anywhere in the clause («من المقرر», «سوف», «المقبل»), or a
    verb with سـ among the last words before the date and after any «قال … إن».
    «لن» is not enough: «لن ننسى ما حدث يوم الأربعاء» is about a past Wednesday.
    """
    if not _AR_FUTURE_HINT.search(clause) and not _AR_MARKS.search(clause):
        return False  # (marks or tatweel inside a word could hide a cue from the hint: fold first then)
    if "من المقرر" in clause or "من المتوقع" in clause:
        return True
    said = _ar_words(clause)
    if any(w in tense.FUTURE_WORDS or w.removeprefix("ال") in tense.FUTURE_WORDS for w in said):
        return True
    near = said[max(_after_speech(said), len(said) - _AR_FUTURE_REACH) :]
    return any(_future_verb(w) for w in near)


def _ar_not_past(clause: str) -> bool:
    """Whether an Arabic clause can look ahead: a future word, or a verb in the imperfect.

    Past narration uses the perfect («عاد», «وصلت», «أفرج»), which carries no
    prefix; the imperfect («تنتهي الهدنة», «يصل الوفد») and سـ («سيعقد») can
    speak of what is to come.
    """
    if "من المقرر" in clause or "من المتوقع" in clause:
        return True
    for word in _ar_words(clause):
        if (
            word in tense.FUTURE_WORDS
            or word in tense.NEGATIVE_FUTURE
            or word.removeprefix("ال") in tense.FUTURE_WORDS
        ):
            return True
        bare = _bare(word, "وفل")
        if bare in tense.NOT_IMPERFECT or word in tense.NOT_IMPERFECT or bare in tense.NOT_FUTURE:
            continue
        if _AR_IMPERFECT.match(word):
            return True
    return False


def looks_ahead(word: str) -> bool:
    """Whether one Arabic word is a future word or a verb in the imperfect (``_ar_not_past``)."""
    return bool(word) and _ar_not_past(word)


def _is_duration(rule: str, clause: str) -> bool:
    """Whether "in N units" / «بعد N» in running text says how long, not when (no future cue)."""
    if rule not in _MIN_CLAUSE_WORDS or len(clause.split()) < _MIN_CLAUSE_WORDS[rule]:
        return False
    if rule == "en-in":
        return not _FUTURE_CUE.search(clause)
    return not _ar_not_past(clause)


def _clause_start(breaks: list[int], start: int) -> int:
    """Where the clause before offset ``start`` begins: after the last break, at most _LOOK_BACK back."""
    k = bisect.bisect_left(breaks, start) - 1
    low = max(0, start - _LOOK_BACK)
    return breaks[k] + 1 if k >= 0 and breaks[k] >= low else low


def in_context(
    text: str,
    found: list[Found],
    reference: datetime,
    again: Callable[[str], When | None],
) -> list[Found]:
    """``found`` with the two rules above applied; ``again`` resolves words preferring the future."""
    out: list[Found] = []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    # The first place a cue could begin at or after the clauses read so far (len(text): none).
    # Clauses move forward with the dates, so each stretch of text is searched at most once, and
    # the text between clauses not at all.
    cue = -1
    for f in found:
        begin = _clause_start(breaks, f.span.start)
        if cue < begin:
            m = _CUE_START.search(text, begin)
            cue = m.start() if m else len(text)
        if f.rule not in _MIN_CLAUSE_WORDS and cue >= f.span.start:
            out.append(f)  # no cue can lie in the clause: neither rule applies
            continue
        clause = text[begin : f.span.start]
        if _is_duration(f.rule, clause):
            continue  # "fell in two days", «عاد بعد ساعتين»: how long, or counted from the story's moment
        word = _FORWARD.search(clause)
        forward = word or _WILL.search(clause) or _ar_future(clause)
        # The forward word goes with the date: it is the cue a bare month needs («حتى رمضان», "until May").
        words = f"{word.group().strip()} {f.text}" if word else f.text
        later = again(words) if forward and f.when.end <= reference else None
        if later is not None and later.start > f.when.start:
            out.append(attrs.evolve(f, when=later, rule=f"{f.rule}-forward"))
        else:
            out.append(f)
    return out
