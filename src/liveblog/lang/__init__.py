"""Per-language word tables, compiled into one lexicon per language.

A table row is ``(phrase, kind, value)``. The kinds the grammar knows:

- ``weekday`` (0 = Monday), ``month`` (1-12), ``hmonth`` (Hijri, 1-12: see
  :mod:`liveblog.lang.hijri` for its companions), ``dayword`` (day offset from the
  reference: أمس = -1), ``part`` (a name in :data:`liveblog.lang.parts.PARTS`),
  ``partday`` (a part with its day in one word: "tonight"), ``edge`` (early/late);
- ``unit`` ``(unit, count)`` where count 0 means "needs a number", ``num``,
  ``frac``/``andfrac`` (half, quarter), ``vague`` (بضع, "several": not a date);
- ``mod`` (-1 past, +1 next, 0 current), ``this``, ``period`` (week/month/year);
- ``hedge``/``hedge-post`` (approximate), ``ago``/``ago-post``/``in``/``within``;
- cues: ``yearcue``, ``monthcue``, ``edgecue``, ``clockcue``, ``dayprefix``,
  ``monthprefix``, ``of``, ``the``, ``yearsuffix``, ``ordsuffix``, ``ordinal``;
- clock words: ``ampm``, ``hourword``, ``minword``; ``zone`` (IANA name,
  ``+HH:MM`` or ``local``).

A kind ending in ``-bound`` is the same kind, but the word only counts with a
day, number or cue beside it (the grammar checks the ``bound`` flag).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from liveblog._text.normalize import normalize

__all__ = ["Lex", "Lexicon", "Row", "Start", "lexicon", "prescan", "spot_forms"]

Row = tuple[str, str, Any]
Start = tuple["Lex", int]  # a sense a word can start, and the clitic letters in front of it

_REMEMBERED_WORDS = 4096  # per lexicon: the words whose senses are kept (bounded, words only)

_TRIGGER_KINDS = frozenset(
    {"weekday", "month", "hmonth", "dayword", "part", "partday", "unit", "num", "period", "ago-post"}
)


@attrs.frozen
class Lex:
    """One sense of a phrase."""

    kind: str
    value: Any
    words: tuple[str, ...]
    lang: str
    bound: bool = False


@attrs.frozen
class Lexicon:
    """Phrases of one language, indexed by their first (normalised) word."""

    lang: str
    by_first: dict[str, tuple[Lex, ...]]
    clitics: bool  # Arabic: strip و ف ب ل ك prefixes before looking a word up
    # A word more than two (clitic) letters longer than every first word starts no phrase.
    _longest: int = attrs.field(init=False, eq=False, repr=False)
    _lookup: Callable[[str], tuple[Start, ...]] = attrs.field(init=False, eq=False, repr=False)

    @_longest.default
    def _longest_word(self) -> int:
        return max(map(len, self.by_first), default=0) + 2

    @_lookup.default
    def _remembered_lookup(self) -> Callable[[str], tuple[Start, ...]]:
        # The same words come back on every page; a bounded cache of word → senses spares the
        # clitic stripping and dictionary lookups (it holds words, never page text).
        lookup = functools.partial(_starting, self.by_first, self.clitics)
        return functools.lru_cache(maxsize=_REMEMBERED_WORDS)(lookup)

    def starting(self, word: str) -> tuple[Start, ...]:
        """The senses whose first word is ``word`` or its stem, with the clitic letters before it.

        Stems in :func:`_stems` order, longest phrases first for each stem.

        >>> [(s.kind, s.value, strip) for s, strip in lexicon("ar").starting("والخميس")]
        [('weekday', 3, 1)]
        """
        if len(word) > self._longest:
            return ()
        return self._lookup(word)

    def trigger_words(self) -> set[str]:
        """First words of the phrases that carry a date by themselves (for the pre-scan).

        Cue and function words ("in", "the", في) are left out: rules may start
        a few tokens before a trigger, so they are still read.
        """
        return {
            w
            for w, senses in self.by_first.items()
            if any(lex.kind in _TRIGGER_KINDS for lex in senses)
            and (len(w) >= 3 or any(lex.kind in ("month", "weekday") for lex in senses))
        } | self.spot_words("hmonth")

    def spot_words(self, kind: str) -> set[str]:
        """A telling word of each ``kind`` phrase: its first, or its last when the first is short.

        «ذي الحجة» is spotted by «الحجة»: «ذي», «ذو» and «ذا» are common words
        ("a . h" by "h").
        """
        return {
            lex.words[0] if len(lex.words[0]) >= 3 else [w for w in lex.words if w.isalpha()][-1]
            for senses in self.by_first.values()
            for lex in senses
            if lex.kind == kind
        }


def _starting(by_first: dict[str, tuple[Lex, ...]], clitics: bool, word: str) -> tuple[Start, ...]:
    return tuple((sense, strip) for stem, strip in _stems(word, clitics) for sense in by_first.get(stem, ()))


def _stems(word: str, clitics: bool) -> list[tuple[str, int]]:
    """``word`` and, for Arabic, the word with و/ف then ب/ل/ك taken off (لل → ال)."""
    out = [(word, 0)]
    if not clitics or len(word) < 3:
        return out
    bases = [(word, 0)]
    if word[0] in "وف":
        bases.append((word[1:], 1))
        out.append((word[1:], 1))
    for base, k in bases:
        if len(base) > 3 and base.startswith("لل"):
            out.append(("ا" + base[1:], -1))  # not a literal suffix: keep the whole word in spans
        elif len(base) > 2 and base[0] in "بلك":
            out.append((base[1:], k + 1))
    return out


def _build(lang: str, rows: list[Row], clitics: bool) -> Lexicon:
    index: dict[str, list[Lex]] = {}
    for phrase, kind, value in rows:
        words = tuple(normalize(phrase).text.split())
        bound = kind.endswith("-bound")
        lex = Lex(kind.removesuffix("-bound"), value, words, lang, bound)
        index.setdefault(words[0], []).append(lex)
    frozen = {k: tuple(sorted(v, key=lambda x: -len(x.words))) for k, v in index.items()}
    return Lexicon(lang, frozen, clitics)


@functools.cache
def lexicon(lang: str) -> Lexicon | None:
    """The lexicon for ``lang`` ("ar", "en"), or None when we have no rules for it."""
    if lang == "ar":
        from liveblog.lang import ar

        return _build("ar", ar.ROWS, clitics=True)
    if lang == "en":
        from liveblog.lang import en

        return _build("en", en.ROWS, clitics=False)
    return None


def _trie_regex(words: set[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to scan)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


def prescan(text: str, langs: tuple[str, ...]) -> list[int]:
    """Where every spot a date might start ends in ``text``: digit runs and whole lexicon words.

    Words may have Arabic clitics glued in front («والخميس»، «بالأمس»، «لليوم»);
    the grammar then decides.

    >>> prescan("قتل 15 مدنيا والخميس", ("ar",))
    [6, 20]
    """
    # The pattern consumes the character before a word (a space, punctuation, or the digit
    # that starts a run) so that the regex engine can skip to those characters on its own;
    # the leading space stands for the start of the text. Trigger words are letters only, so
    # the ends are those of «\d+|(?<!\w)[clitics]{0,2}word(?!\w)» scanned over ``text``.
    return [m.end() - 1 for m in _prescan_pattern(langs).finditer(" " + text)]


@functools.cache
def _prescan_pattern(langs: tuple[str, ...]) -> re.Pattern[str]:
    words: set[str] = set()
    for lang in langs:
        lex = lexicon(lang)
        if lex is None:
            continue
        for w in lex.trigger_words():
            words.add(w)
            if lex.clitics and w.startswith("ال") and len(w) > 3:
                words.add(w[2:])  # لليوم = لل + يوم
    # A digit run; or a non-word character, up to two clitic letters (و ف ب ل ك), then a whole
    # trigger word.
    return re.compile(rf"[\W\d](?:(?<=\d)\d*|[وفبلك]{{0,2}}(?:{_trie_regex(words)})(?!\w))")


@functools.cache
def spot_forms(langs: tuple[str, ...], kind: str, clitics: bool) -> frozenset[str]:
    """Every token a ``kind`` phrase can show: its telling word, Arabic clitics glued in front.

    Rules for rare kinds (Hijri months, the Hijri era) look for one of these
    among a text's tokens once (a set operation) and skip their work when none
    is there: «برمضان» and «للمحرم» are spotted, «ذي» alone is not. The era
    «هـ» takes no clitics (``clitics`` False: «له» is "to him").
    """
    forms: set[str] = set()
    for lang in langs:
        lex = lexicon(lang)
        if lex is None:
            continue
        for w in lex.spot_words(kind):
            if not (clitics and lex.clitics):
                forms.add(w)
                continue
            stems = {w, f"لل{w[2:]}"} if w.startswith("ال") else {w}
            forms |= {a + b + stem for stem in stems for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك")}
    return frozenset(forms)
