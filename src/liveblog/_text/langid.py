"""The page's main language: its script, then a language identification library (lingua).

A page mixes languages: an Arabic live blog has English chrome ("Live",
"Reuters"), an English one quotes Arabic. A line's script names its
candidates (Arabic script: ar, fa, ur; Cyrillic: ru, uk, bg; Hebrew: he alone;
Arabic script without a letter that only Persian and Urdu write: ar), and
lingua, in its low-accuracy mode (trigram models, loaded only for the
candidates of the scripts the page uses), weighs them. Lines long enough to be
read alone vote with their letters times lingua's confidence; with few votes,
or split ones, the joined lines of the page's main script decide
(:func:`detect_language`).
docs/languages.md compares the libraries we tried and says why this one.

>>> detect_language("تغطية مباشرة Live\\nقالت وزارة الصحة إن عدد القتلى ارتفع إلى 15 شخصا")
'ar'
>>> detect_language("Live – Le ministère de la santé a indiqué que le bilan était passé à 15 morts")
'fr'
>>> detect_language("20:00\\nStrikes hit Gaza.\\n19:00\\nRockets fired at Haifa.\\n18:00\\nBlast at night.")
'en'
"""

from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from collections import Counter
from typing import Any

__all__ = [
    "CANDIDATES",
    "DEFAULT",
    "LATIN",
    "STOP_LATIN",
    "STOP_WORDS_ONLY",
    "by_stop_words",
    "detect_language",
    "is_stop_word",
    "reading_languages",
    "script_of",
]

# The languages a page may be identified as (those with word tables in liveblog.lang), by script.
_BY_SCRIPT: dict[str, tuple[str, ...]] = {
    "LATIN": (
        *("en", "fr", "de", "es", "it", "pt", "tr", "nl", "pl", "ca", "da", "ga", "hr", "hu"),
        *("nb", "ro", "sv", "vi"),
    ),
    "ARABIC": ("ar", "fa", "ur"),
    "CYRILLIC": ("ru", "uk", "bg", "sr", "mk", "be"),
    "HEBREW": ("he",),
    "GREEK": ("el",),
    "GEORGIAN": ("ka",),
    "HANGUL": ("ko",),
    "HIRAGANA": ("ja",),
    "KATAKANA": ("ja",),
    "CJK": ("zh",),
    "DEVANAGARI": ("hi", "mr"),  # lingua has no Nepali model: a Nepali page is read as Hindi or `--lang ne`
    "BENGALI": ("bn",),
    "TAMIL": ("ta",),
    "THAI": ("th",),
}
# Latin-script languages a page is identified as by its stop words alone (:func:`by_stop_words`):
# lingua's models for them would add about 14 MB to every Latin-script page that needs a model;
# a page of theirs that the stop words do not settle is read as the nearest of :data:`LATIN`.
# (Malay, whose stop words are Indonesian's, is read only when named: ``--lang ms``.)
STOP_WORDS_ONLY = ("id", "fi", "et", "lt", "lv", "cs", "sk", "sl", "sw")  # stopwords-iso has no sq, az
# Letters of the Latin script that only a few of the languages outside :data:`LATIN` write (lead8):
# a sample written with them has lingua weigh those languages too, beside the stop words' leader.
# Estonian "õ" (Portuguese writes it too, and is always weighed), Slovak "ľ ĺ ŕ ô", Czech "ř ů ě",
# Lithuanian "ė į ų", Latvian "ā ē ī ķ ļ ņ ģ", Albanian "ë", Azerbaijani "ə" — the orthographies'
# own letters; a word or two borrowed into a page of another language ("Citroën", "Noël") is under
# :data:`_SIGNATURE_SHARE` of its letters and brings nothing.
_SIGNATURE: dict[str, str] = {
    **dict.fromkeys("õ", "et"),
    **dict.fromkeys("ľĺŕô", "sk"),
    **dict.fromkeys("řůě", "cs"),
    **dict.fromkeys("ėįų", "lt"),
    **dict.fromkeys("āēīķļņģ", "lv"),
    **dict.fromkeys("ë", "sq"),
    **dict.fromkeys("ə", "az"),
}
_SIGNATURE_SHARE = 0.005
# Languages whose stop words are mostly each other's: when one leads, lingua weighs both.
_SIBLINGS: dict[str, tuple[str, ...]] = {"cs": ("sk",), "sk": ("cs",)}
CANDIDATES = tuple(
    dict.fromkeys((*(c for group in _BY_SCRIPT.values() for c in group), *STOP_WORDS_ONLY, "sq", "az"))
)
"""Every language a page may be identified as."""
LATIN = _BY_SCRIPT["LATIN"]
"""The Latin-script candidates: the languages lingua's models (about 28 MB) are needed for."""
STOP_LATIN = (*LATIN, *STOP_WORDS_ONLY)
"""The Latin-script languages the stop-word pass weighs."""

DEFAULT = "en"
_SAMPLE = 20_000  # characters of a page read to identify it
_LINE_LETTERS = 12  # a line with fewer letters ("BBC", "12:05") does not vote on its own
_RELIABLE_LETTERS = 30  # a line a model must read votes from this many letters ("Strikes hit Gaza." does not)
_MIN_VOTERS = 2  # fewer voting lines than this: the joined sample decides
_MAJORITY = 0.6  # the winner's share of the votes under which they are split: the joined sample decides
_LETTER = re.compile(r"[^\W\d_]")
# Letters Persian and Urdu write and the Arabic alphabet lacks (Farsi yeh and keheh included):
# Arabic-script text with none of them is Arabic, and no model is loaded for it.
_PERSO_URDU = frozenset("پچژگکیےۓٹڈڑںھۀۃ")
# The stop-word pass (:func:`by_stop_words`): a Latin-script sample is decided without lingua when
# its leader has this much weight (a word counts 1 / the number of candidates listing it) ...
_STOP_MIN = 8.0
# ... and this many times the runner-up's; and when letters of other scripts are at most this share.
_STOP_LEAD = 3.0
_STOP_OTHER_SCRIPTS = 0.1
# A run of letters and digits: "41e01a" is no word, and its "e" and "a" are no stop words.
_WORD = re.compile(r"[^\W_]+")


def script_of(char: str) -> str | None:
    """The script of a letter as :data:`_BY_SCRIPT` names it ("ARABIC"), None for other scripts."""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in _BY_SCRIPT:
        return first
    return "CJK" if name.startswith("CJK UNIFIED") else None


def _script(text: str) -> str | None:
    return _script_of_letters(_letters(text))


@functools.lru_cache(maxsize=4096)  # characters, not text: an alphabet or two per page
def _letter_script(char: str) -> tuple[bool, str | None]:
    """Whether ``char`` is a letter (:data:`_LETTER`), and its script."""
    return _LETTER.match(char) is not None, script_of(char)


def _letters(text: str) -> Counter[str]:
    """Each letter of ``text`` with its count (as ``Counter(_LETTER.findall(text))``, counted in C)."""
    return Counter({c: n for c, n in Counter(text).items() if _letter_script(c)[0]})


def _script_of_letters(letters: Counter[str]) -> str | None:
    counts: Counter[str | None] = Counter()
    for letter, n in letters.items():  # a page repeats few letters: name each once
        counts[_letter_script(letter)[1]] += n
    counts.pop(None, None)
    if not counts:
        return None
    if counts.keys() & {"HIRAGANA", "KATAKANA"}:
        return "HIRAGANA"  # Japanese mixes kana with kanji
    return counts.most_common(1)[0][0]


@functools.cache
def _detector(group: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in group]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def is_stop_word(word: str, lang: str) -> bool:
    """Whether ``word`` (lower case) is one of ``lang``'s stop words (stopwords-iso; Latin-script
    languages only): a function word, not a noun a number counts (gaps9: "on December 5 and 6 there
    were …", not "… 6 people").

    >>> is_stop_word("there", "en"), is_stop_word("people", "en"), is_stop_word("there", "ar")
    (True, False, False)
    """
    owners = _stop_weights().get(word)
    return owners is not None and lang in owners[0]


@functools.cache
def _stop_weights() -> dict[str, tuple[tuple[str, ...], float]]:
    """Each stop word of :data:`LATIN` → the candidates listing it and 1 / their number.

    The words are stopwords-iso's, kept in ``liveblog/lang/stopwords.json``
    (``python -m liveblog.lang._generate``).
    """
    import liveblog.lang

    with open(os.path.join(os.path.dirname(liveblog.lang.__file__), "stopwords.json"), encoding="utf-8") as f:
        text = f.read()
    owners: dict[str, list[str]] = {}
    for code, words in json.loads(text)["words"].items():
        if code in STOP_LATIN:
            for word in words:
                owners.setdefault(word, []).append(code)
    # one (candidates, weight) pair per set of candidates, shared by all its words: 11,000 words
    # name a few hundred sets (each its own tuple and float was about 1.5 MB of a page's peak)
    shared: dict[tuple[str, ...], tuple[tuple[str, ...], float]] = {}
    out: dict[str, tuple[tuple[str, ...], float]] = {}
    for word, codes in owners.items():
        key = tuple(codes)
        out[word] = shared.setdefault(key, (key, 1.0 / len(key)))
    return out


def by_stop_words(sample: str) -> str | None:
    """The Latin-script language whose stop words ``sample`` is plainly written in, or None.

    A cheap first pass before lingua, whose Latin-script models cost about
    28 MB once per process: each word of the sample that is a stop word of a
    candidate gives that candidate 1 / (the number of candidates listing it),
    so "the" counts fully for English and "de" a little for each of its
    languages. The leader wins when it has at least :data:`_STOP_MIN` and
    :data:`_STOP_LEAD` times the runner-up, and letters of other scripts are
    at most :data:`_STOP_OTHER_SCRIPTS` of the sample's (a page mixing
    scripts is left to the lines' votes). A page of a few paragraphs is
    decided here; a title or a page of three short posts is not, and goes to
    lingua as before.

    >>> by_stop_words("The ministry said that the toll had risen to 15 and that the strikes went on.")
    'en'
    >>> by_stop_words("Strikes hit Gaza.") is None
    True
    """
    letters = _letters(sample)
    other = sum(n for letter, n in letters.items() if _letter_script(letter)[1] not in ("LATIN", None))
    if not letters or other > _STOP_OTHER_SCRIPTS * sum(letters.values()):
        return None
    scores = _stop_scores(sample)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    top, weight = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if weight < _STOP_MIN or weight < _STOP_LEAD * second:
        return None
    return top


def _stop_scores(sample: str) -> dict[str, float]:
    """Each candidate's stop-word weight in ``sample``: a word counts 1 / the number of candidates
    listing it (:func:`by_stop_words`, :func:`_stop_guess`)."""
    weights = _stop_weights()
    scores: dict[str, float] = {}
    for word in _WORD.findall(sample.lower()):
        found = weights.get(word) if word.isalpha() else None  # a run with a digit ("2023") counts for none
        if found is not None:
            codes, weight = found
            for code in codes:
                scores[code] = scores.get(code, 0.0) + weight
    return scores


def _stop_guess(sample: str) -> tuple[str, ...]:
    """Languages outside :data:`LATIN` that lingua should weigh beside it when the stop-word count
    settles nothing: the count's leaders that are of :data:`STOP_WORDS_ONLY` (with a sibling:
    Czech and Slovak share most stop words), and the languages whose own letters the sample writes
    (:data:`_SIGNATURE`). A model more for each, not eleven."""
    scores = _stop_scores(sample)
    guess: tuple[str, ...] = ()
    if scores:
        best = max(scores.values())
        # every leader when several tie ("et" and "ja" are stop words of eight languages and more)
        for code in sorted(c for c in scores if scores[c] >= best - 1e-9 and c in STOP_WORDS_ONLY):
            guess += (code, *_SIBLINGS.get(code, ()))
    return tuple(dict.fromkeys((*guess, *_signature_languages(sample))))


def _signature_languages(sample: str) -> tuple[str, ...]:
    """The languages of :data:`_SIGNATURE` whose own letters make at least :data:`_SIGNATURE_SHARE`
    of the sample's letters ("õ" in an Estonian sentence, "ë" in an Albanian one)."""
    letters = _letters(sample.lower())
    total = letters.total()
    if not total:
        return ()
    counts: Counter[str] = Counter()
    for letter, n in letters.items():
        lang = _SIGNATURE.get(letter)
        if lang is not None:
            counts[lang] += n
    return tuple(lang for lang, n in counts.most_common() if n >= _SIGNATURE_SHARE * total)


def _confidences(text: str, script: str, extra: tuple[str, ...] = ()) -> dict[str, float]:
    """Each candidate language of ``script`` with lingua's confidence that ``text`` is in it (summing to 1).

    A script with one candidate, or Arabic-script text without a Persian or
    Urdu letter, is certain without a model.
    """
    group = (*_BY_SCRIPT[script], *extra) if script == "LATIN" else _BY_SCRIPT[script]
    if len(group) == 1 or (script == "ARABIC" and _PERSO_URDU.isdisjoint(text)):
        return {group[0]: 1.0}
    values = _detector(group).compute_language_confidence_values(text)
    scores = {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}
    return scores if any(scores.values()) else {group[0]: 1.0}


def detect_language(text: str) -> str:
    """The main language of ``text``, a code of :data:`CANDIDATES` (:data:`DEFAULT` with no letters).

    Lines the script settles (Arabic, Hebrew, Greek …) vote with their letters;
    lines that need a model vote only from :data:`_RELIABLE_LETTERS` letters,
    each language getting letters × lingua's confidence in it. When fewer than
    :data:`_MIN_VOTERS` lines voted, or the winner has under :data:`_MAJORITY`
    of the votes, the joined lines of the page's main script decide: "Strikes
    hit Gaza." is too short to tell from Swedish on its own, the whole short
    page is not.
    """
    sample = text[:_SAMPLE]
    plain = by_stop_words(sample)
    if plain is not None:
        return plain
    guessed: list[tuple[str, ...]] = []

    def extra(script: str) -> tuple[str, ...]:
        # the stop-word guess weighs only in a Latin-script model: asked then, once (fast9: an
        # Arabic page reads no Latin stop words)
        if script != "LATIN":
            return ()
        if not guessed:
            guessed.append(_stop_guess(sample))
        return guessed[0]

    votes: dict[str, float] = {}
    voters = 0
    lines_of: dict[str, list[str]] = {}
    letters_of: Counter[str] = Counter()
    for line in sample.splitlines():
        found = _letters(line)
        letters = found.total()
        script = _script_of_letters(found) if letters else None
        if script is None:
            continue
        lines_of.setdefault(script, []).append(line)
        letters_of[script] += letters
        settled = len(_BY_SCRIPT[script]) == 1 or (script == "ARABIC" and _PERSO_URDU.isdisjoint(found))
        if letters >= (_LINE_LETTERS if settled else _RELIABLE_LETTERS):
            confidences = (
                {_BY_SCRIPT[script][0]: 1.0} if settled else _confidences(line, script, extra(script))
            )
            for lang, value in confidences.items():
                votes[lang] = votes.get(lang, 0.0) + letters * value
            voters += 1
    if votes:
        top = max(votes, key=lambda lang: votes[lang])
        weight = votes[top]
        if voters >= _MIN_VOTERS and weight >= _MAJORITY * sum(votes.values()):
            return top
    if not letters_of:
        return DEFAULT
    script = letters_of.most_common(1)[0][0]
    if letters_of[script] < _LINE_LETTERS:  # "Live": too few letters to tell, the script's first
        return _BY_SCRIPT[script][0]
    scores = _confidences("\n".join(lines_of[script]), script, extra(script))
    return max(scores, key=lambda lang: scores[lang])


def reading_languages(lang: str) -> tuple[str, ...]:
    """The languages a page's dates are read in: its own, then English for another Latin-script language.

    A short English page misread as Swedish keeps "Thursday night"; English
    date words are rarely ordinary words of the other Latin-script languages
    (docs/languages.md). Other scripts read their own language only: Arabic
    words inside Persian or Urdu text mean other things.

    >>> reading_languages("sv"), reading_languages("en"), reading_languages("fa")
    (('sv', 'en'), ('en',), ('fa',))
    """
    primary = lang.split("-", maxsplit=1)[0].lower()
    if primary != DEFAULT and primary in _BY_SCRIPT["LATIN"]:
        return (lang, DEFAULT)
    return (lang,)
