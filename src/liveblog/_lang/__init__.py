"""Per-language word tables, compiled into one lexicon per language.

A table row is ``(phrase, kind, value)``. The kinds the grammar knows:

- ``weekday`` (0 = Monday), ``month`` (1-12), ``hmonth`` (Hijri, 1-12: see
  :mod:`liveblog._lang.hijri` for its companions), ``dayword`` (day offset from the
  reference: أمس = -1), ``part`` (a name in :data:`liveblog._lang.parts.PARTS`),
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
from typing import Any

import attrs

from liveblog._normalize import normalize

__all__ = ["Lex", "Lexicon", "Row", "lexicon", "prescan_pattern", "spot_forms"]

Row = tuple[str, str, Any]

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
        from liveblog._lang import ar

        return _build("ar", ar.ROWS, clitics=True)
    if lang == "en":
        from liveblog._lang import en

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


@functools.cache
def prescan_pattern(langs: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled pattern that finds every spot where a date might start.

    It matches digits and whole lexicon words, with Arabic clitics glued in
    front («والخميس»، «بالأمس»، «لليوم»); the grammar then decides.
    """
    words: set[str] = set()
    for lang in langs:
        lex = lexicon(lang)
        if lex is None:
            continue
        for w in lex.trigger_words():
            words.add(w)
            if lex.clitics and w.startswith("ال") and len(w) > 3:
                words.add(w[2:])  # لليوم = لل + يوم
    # A word start, up to two clitic letters (و ف ب ل ك), then a whole trigger word.
    return re.compile(rf"\d+|(?<!\w)[وفبلك]{{0,2}}(?:{_trie_regex(words)})(?!\w)")


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
