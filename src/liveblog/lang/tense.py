"""How a language says, in the clause before a date, that the date lies ahead: data per language.

The resolver's context pass (:mod:`liveblog.resolve._context`) asks these
questions of the languages in play and never which language it reads: a
language without a ``TENSE`` record in ``lang/<code>/`` simply has no context
rules. docs/resolution.md ("Context in running text") says how they are used.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

__all__ = ["Tense", "tense"]


def _words(words: tuple[str, ...], *, whole: bool = False) -> str:
    """A regex alternation of ``words``, longest first, any run of spaces between their parts;
    ``whole`` asks for whole words (no letter before or after, where the word has a letter there:
    "'ll" may follow "we")."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        first, space, rest = w.partition(" ")
        body = re.escape(first)
        if whole and w[:1].isalpha():
            # no letter before the first word, checked once that word has matched (fast6): a
            # look-behind at the front of every alternative was tried at every position of the
            # clause (20x slower on Arabic, 2-4x on English, same matches)
            body += _no_letter_before(first)
        if space:
            body += r"\s+" + re.escape(rest).replace(r"\ ", r"\s+")
        if whole and w[-1:].isalpha():
            body += _NO_LETTER_AFTER
        out.append(body)
    return "|".join(out)


def _trie(words: tuple[str, ...]) -> str:
    """The alternation of ``words`` (any run of spaces between their parts) factored by common
    prefixes: it matches the same strings as :func:`_words`, and a search tries a few branches at
    each place instead of every word ("due to begin", "due to resume", … share "due to") (fast6)."""
    root: dict[str | None, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[None] = {}  # a word ends here

    def emit(node: dict[str | None, Any]) -> str:
        branches = [unit + emit(node[unit]) for unit in sorted(u for u in node if u is not None)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return emit(root)


def _no_letter_before(word: str) -> str:
    """A look-behind, placed right after ``word``, that no letter stands before it."""
    return rf"(?<![^\W\d_]{re.escape(word)})"


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")  # the word right before a place (``endpos`` there)
_NO_LETTER_AFTER = r"(?![^\W\d_])"
_LETTER = re.compile(r"[^\W\d_]")  # one letter (as the look-behinds and look-aheads read it)


@functools.cache
def _capital() -> str:
    """The capital letters of the Latin, Greek and Cyrillic blocks, as one class matched case-sensitively
    (``(?-i:…)`` inside the case-blind cue patterns): a word ending like a future verb that begins with
    a capital is a name ("Ankara", "Teherán", "Beltrán"), not a verb (lead9). Built on first use."""
    return "(?-i:[" + "".join(re.escape(chr(c)) for c in range(0x41, 0x530) if chr(c).isupper()) + "])"


@attrs.frozen
class Tense:
    """One language's cues, in its written (not folded) spelling; matched case-insensitively."""

    # Words right before a date that point forward ("until", "into", «حتى»); the word goes with the
    # date, as the cue a bare month needs ("until May").
    forward: tuple[str, ...] = ()
    forward_fill: tuple[str, ...] = ()  # words that may stand between it and the date: "at least"
    # A future tense anywhere in the clause before a date: "will", "due to", «سوف», «من المقرر».
    will: tuple[str, ...] = ()
    # The future written as a verb's ending (lead8): Turkish "-acak/-ecek" ("toplanacak"),
    # Azerbaijani "-acaq/-əcək" ("toplanacaq"); Romance "-rá", "-rà", "-ront" (lead9: "recibirá",
    # "incontrerà", "recevra"): a word of at least three letters more ending so (a personal ending
    # may follow: "-acaklar", "-acaktır") is a future tense as ``will`` is, unless it begins with a
    # capital (a name: "Ankara", "Teherán") or is one of ``will_ending_nouns``.
    will_endings: tuple[str, ...] = ()
    will_ending_tails: tuple[str, ...] = ()  # the personal endings that may follow one
    will_ending_nouns: tuple[str, ...] = ()  # nouns that end so ("yiyecek", food): no tense
    # Modals of possibility ("could", "might"): a future tense as ``will`` is, unless a word of
    # ``maybe_not_next`` follows ("could not be reached", "might have seen": told of the past)
    # (review6).
    maybe: tuple[str, ...] = ()
    maybe_not_next: tuple[str, ...] = ()
    # Modals of report or obligation (gaps9): German "soll" (a plan, or hearsay), Russian «должен».
    # No tense of their own: a future cue as ``will`` is, unless a word of ``modal_past`` follows
    # them in their clause, before or after the date ("soll am Dienstag gesagt haben": hearsay of
    # the past; «должен был приехать во вторник»: was to).
    modal: tuple[str, ...] = ()
    modal_past: tuple[str, ...] = ()
    # Verbs of lasting told in the past (lead9): "lasted", "continued", "ran", «استمرت». A forward word
    # after one points no further than the past ("the storm lasted until Wednesday" is the last one;
    # "the offer was extended until Wednesday", a change, still points ahead).
    lasted: tuple[str, ...] = ()
    # Cues that "in N units" in running text says when, not how long: "will", "next", "expected".
    future: tuple[str, ...] = ()
    bare_words: int = 2  # fewer words than this before "in N units": a bare expression (a date)
    # Morphology the word lists cannot say: a clause whose verb is in the future («ستعقد»), and one
    # that can look ahead at all (a verb in the imperfect: «تنتهي الهدنة بعد ثلاثة أيام»).
    future_clause: Callable[[str], bool] | None = attrs.field(default=None, eq=False)
    looks_ahead: Callable[[str], bool] | None = attrs.field(default=None, eq=False)
    # A regex for where such a morphological cue could begin (the context pass skips clauses with
    # no possible cue in them, so it stays linear in the text).
    hint: str = ""
    # A clause told in the past: its words ("was", "said", "took"), the ending of a regular past
    # ("ed"), and the words after which a word with that ending is an adjective or a passive in
    # the present, not a verb in the past ("the proposed merger", "is scheduled").
    past: tuple[str, ...] = ()
    past_ending: str = ""
    # lead10: the past written as a verb's ending, as ``will_endings`` (Turkish "-dı/-di/-tı…":
    # "yaptı", "açıkladı", "gerçekleştiler"): a word of at least three letters more ending so, a
    # personal ending after it perhaps, not capitalised (a name) and not one of the nouns so ending
    past_endings: tuple[str, ...] = ()
    past_ending_tails: tuple[str, ...] = ()
    past_ending_nouns: tuple[str, ...] = ()
    past_not_after: tuple[str, ...] = ()
    past_not_prefix: tuple[str, ...] = ()  # "unspecified", "unnamed": adjectives, not verbs
    # Words that make a date relative to the moment of writing ("next year", "last March"): the
    # context never moves such a date to another year.
    deictic: tuple[str, ...] = ()
    # Words after a date that begin another clause, whose tense is its own ("in May and will ...").
    clause_joins: tuple[str, ...] = ()
    # Words right before a date that point back ("since Jan. 13": the last 13 January).
    backward: tuple[str, ...] = ()
    # Words that may stand between it and the date, up to three (tb8): "since shortly after the Oct. 23
    # attack", "since the March vote".
    backward_fill: tuple[str, ...] = ()
    # Morphology again (ar6): where a clause has a future cue the word lists cannot say (a verb
    # with سـ: «ستعقد»), as offsets where each ends; weighed against the past words as ``will`` is.
    future_marks: Callable[[str], list[int]] | None = attrs.field(default=None, eq=False)
    # Words right before a future cue that make it a plan of the past (tb8): "had been due to",
    # "had planned to" tell of a plan that was, so the cue counts for neither the future nor the past.
    will_not_after: tuple[str, ...] = ()
    # Reporting verbs (tb8): the words after one are reported with their own tense ("On Friday, he
    # said he would resign"), so a date before it takes no tense from them.
    reported: tuple[str, ...] = ()
    # The verb comes after the date in the language's clauses (Turkish, Japanese, Korean): a future
    # word after a date points it ahead as one before it does in English ("salı günü yapılacak").
    # Not in English, where the date after a reporting verb is its own ("said Thursday it will").
    verb_last: bool = False

    @functools.cached_property
    def forward_re(self) -> re.Pattern[str] | None:
        """The forward words at the end of a clause (with their fillers)."""
        if not self.forward:
            return None
        fill = rf"(?:\s+(?:{_words(self.forward_fill)}))?" if self.forward_fill else ""
        return re.compile(rf"(?:{_words(self.forward, whole=True)}){fill}\s+$", re.IGNORECASE)

    @functools.cached_property
    def will_re(self) -> re.Pattern[str] | None:
        """A future tense anywhere in a clause (a modal of possibility not before a negation or a
        perfect: :attr:`maybe`)."""
        parts = [_words(self.will, whole=True)] if self.will else []
        if self.will_endings:
            parts.append(self._ending_re)
        if self.maybe:
            unless = _words(self.maybe_not_next, whole=True) if self.maybe_not_next else ""
            parts.append(
                rf"(?:{_words(self.maybe, whole=True)})" + (rf"(?!\s*(?:{unless}))" if unless else "")
            )
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    @functools.cached_property
    def _ending_re(self) -> str:
        """A whole word ending in one of :attr:`will_endings` (and perhaps a tail after it)."""
        tails = f"(?:{_words(self.will_ending_tails)})?" if self.will_ending_tails else ""
        nouns = rf"(?!(?:{_words(self.will_ending_nouns)})(?![^\W\d_]))" if self.will_ending_nouns else ""
        ends = _words(self.will_endings)
        return rf"(?<![^\W\d_]){nouns}(?!{_capital()})[^\W\d_]{{3,}}(?:{ends}){tails}(?![^\W\d_])"

    @functools.cached_property
    def lasted_re(self) -> re.Pattern[str] | None:
        """A verb of lasting told in the past anywhere in a clause (:attr:`lasted`)."""
        return _whole(self.lasted)

    @functools.cached_property
    def reported_re(self) -> re.Pattern[str] | None:
        """A reporting verb anywhere in a clause."""
        return _whole(self.reported)

    @functools.cached_property
    def will_not_after_re(self) -> re.Pattern[str] | None:
        """The words of :attr:`will_not_after` at the end of a stretch of text."""
        if not self.will_not_after:
            return None
        return re.compile(rf"(?:{_words(self.will_not_after, whole=True)})\s+\Z", re.IGNORECASE)

    def _planned(self, clause: str, m: re.Match[str]) -> bool:
        """Whether the future cue ``m`` stands after a word of :attr:`will_not_after`."""
        r = self.will_not_after_re
        return r is not None and r.search(clause, max(0, m.start() - 20), m.start()) is not None

    def will_in(self, clause: str, rest: str = "") -> bool:
        """Whether ``clause`` has a future tense (:attr:`will_re`) that is not a plan of the past,
        or a modal whose clause goes on (``rest``: its words after the date) in no past."""
        return (
            self.will_re is not None
            and any(not self._planned(clause, m) for m in self.will_re.finditer(clause))
        ) or bool(self.modal_at(clause, rest))

    @functools.cached_property
    def modal_re(self) -> re.Pattern[str] | None:
        """A modal of report or obligation anywhere in a clause."""
        return _whole(self.modal)

    @functools.cached_property
    def modal_past_re(self) -> re.Pattern[str] | None:
        """A word after a modal that tells of the past (a perfect, a past auxiliary)."""
        return _whole(self.modal_past)

    def modal_at(self, clause: str, rest: str = "") -> list[int]:
        """Where ``clause`` has a modal (:attr:`modal`) that points ahead: no word of
        :attr:`modal_past` after it, in the clause or in ``rest`` (the clause after the date)."""
        if self.modal_re is None:
            return []
        past = self.modal_past_re
        return [
            m.end()
            for m in self.modal_re.finditer(clause)
            if past is None or not (past.search(clause, m.end()) or past.search(rest))
        ]

    @functools.cached_property
    def future_re(self) -> re.Pattern[str] | None:
        """A future cue anywhere in a clause."""
        return _whole(self.future)

    @functools.cached_property
    def past_re(self) -> re.Pattern[str] | None:
        """A past word or a word with the past ending (group ``verb``)."""
        words = [_words(self.past, whole=True)] if self.past else []
        if self.past_ending:
            end = re.escape(self.past_ending)
            words.append(rf"(?<![^\W\d_])[^\W\d_]{{2,}}{end}(?![^\W\d_])")
        if self.past_endings:
            words.append(self._past_ending_re)
        if not words:
            return None
        return re.compile(rf"(?P<verb>{'|'.join(words)})", re.IGNORECASE)

    @functools.cached_property
    def _past_ending_re(self) -> str:
        """A whole word ending in one of :attr:`past_endings` (and perhaps a tail after it)."""
        tails = f"(?:{_words(self.past_ending_tails)})?" if self.past_ending_tails else ""
        nouns = rf"(?!(?:{_words(self.past_ending_nouns)})(?![^\W\d_]))" if self.past_ending_nouns else ""
        ends = _words(self.past_endings)
        return rf"(?<![^\W\d_]){nouns}(?!{_capital()})[^\W\d_]{{3,}}(?:{ends}){tails}(?![^\W\d_])"

    @functools.cached_property
    def deictic_re(self) -> re.Pattern[str] | None:
        """A word that makes a date relative to the moment of writing."""
        return _whole(self.deictic)

    @functools.cached_property
    def join_re(self) -> re.Pattern[str] | None:
        """A word that begins another clause."""
        return _whole(self.clause_joins)

    @functools.cached_property
    def backward_re(self) -> re.Pattern[str] | None:
        """A backward word at the end of a clause."""
        if not self.backward:
            return None
        fill = rf"(?:\s+(?:{_words(self.backward_fill, whole=True)})){{0,3}}" if self.backward_fill else ""
        return re.compile(rf"(?:{_words(self.backward, whole=True)}){fill}\s+$", re.IGNORECASE)

    @property
    def tells_past(self) -> bool:
        """Whether the language has past words, a past ending or verbs of lasting in the past."""
        return bool(self.past or self.past_ending or self.past_endings or self.lasted)

    @functools.cached_property
    def _past_scan(self) -> re.Pattern[str] | None:
        """:attr:`past_re` without the look-behind of each word (fast9): the words factored by
        common prefixes (:func:`_trie`) and one look-ahead after them, so a few hundred words
        compile in a fifth of the time and the engine skips to their first letters;
        :meth:`_past_matches` refuses a match with a letter right before it, as the look-behinds
        did. None when a word does not begin and end with a letter, or is not in lower case
        (the trie then could not stand for the alternation): :attr:`past_re` is used as it is."""
        if not self.past or not all(
            w[:1].isalpha() and w[-1:].isalpha() and w == w.lower() for w in self.past
        ):
            return None
        words = [rf"(?:{_trie(self.past)}){_NO_LETTER_AFTER}"]
        if self.past_ending:  # its own look-behind: a long run of letters is not tried at each one
            end = re.escape(self.past_ending)
            words.append(rf"(?<![^\W\d_])[^\W\d_]{{2,}}{end}(?![^\W\d_])")
        if self.past_endings:
            words.append(self._past_ending_re)
        return re.compile(rf"(?P<verb>{'|'.join(words)})", re.IGNORECASE)

    def _past_matches(self, clause: str) -> Iterator[re.Match[str]]:
        """The matches of :attr:`past_re` in ``clause``, in order (found with :attr:`_past_scan`).

        Every alternative of :attr:`past_re` begins with a letter and refuses one before it, so
        where :attr:`_past_scan` matches after a letter, :attr:`past_re` matches nothing: the
        search goes on from the next character."""
        scan = self._past_scan
        if scan is None:
            if self.past_re is not None:
                yield from self.past_re.finditer(clause)
            return
        pos = 0
        while (m := scan.search(clause, pos)) is not None:
            start = m.start()
            if start > 0 and _LETTER.match(clause, start - 1) is not None:
                pos = start + 1
                continue
            yield m
            pos = m.end()

    def past_at(self, clause: str) -> list[int]:
        """Where ``clause`` has a verb in the past (a past word, or a regular past not after an
        article or an auxiliary of the present): the offsets where each ends."""
        if not self.tells_past:
            return []
        after = {w.casefold() for w in self.past_not_after}
        prefixes = tuple(p.casefold() for p in self.past_not_prefix)
        out = []
        for m in self._past_matches(clause):
            verb = m.group("verb").casefold()
            before = _LAST_WORD.search(clause, max(0, m.start() - 40), m.start())
            pre = before.group(1).casefold() if before is not None else None
            if pre not in after and not (prefixes and verb.startswith(prefixes)):
                out.append(m.end())
        return out

    def future_at(self, clause: str, rest: str = "") -> list[int]:
        """Where ``clause`` has a future cue ("will", "expected"): the offsets where each ends
        (``rest``: the clause's words after the date, read for a modal's tense)."""
        out = (
            [m.end() for m in self.will_re.finditer(clause) if not self._planned(clause, m)]
            if self.will_re
            else []
        )
        out += self.modal_at(clause, rest)
        out += [m.end() for m in self.future_re.finditer(clause)] if self.future_re is not None else []
        return out + self.future_marks(clause) if self.future_marks is not None else out

    def told_in_past(self, clause: str) -> bool:
        """Whether ``clause`` has a verb in the past."""
        return bool(self.past_at(clause))

    def starts(self) -> str:
        """A regex for every place one of this language's cues could begin (no boundaries)."""
        cues = (*self.forward, *self.will, *self.maybe, *self.future, *self.modal)
        parts = [_trie(cues)] if self.forward or self.will or self.maybe or self.modal else []
        if self.will_endings:  # a word that ends so begins right after a non-letter
            parts.append(rf"(?<![^\W\d_])[^\W\d_]{{3,}}(?:{_words(self.will_endings)})")
        if self.hint:
            parts.append(self.hint)
        return "|".join(parts)


def _whole(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(_words(words, whole=True), re.IGNORECASE)


# A language whose tense words are a table says no "in N units" is a duration for want of a future
# word (its list is not meant to be complete): no clause is ever this long.
_NEVER_BARE = 10**6


@functools.cache
def tense(lang: str) -> Tense | None:
    """The ``TENSE`` record of ``lang/<code>/tense.py``, else one made of the ``[tense]`` table of
    its ``news.toml`` (word lists only: lead7), or None when the language has neither."""
    if not (lang.isascii() and lang.isalpha()):
        return None
    try:
        module = importlib.import_module(f"liveblog.lang.{lang}.tense")
    except ModuleNotFoundError:
        from liveblog.lang._data import tense_words

        words = tense_words(lang)
        if words is None:
            return None
        fields: dict[str, Any] = {"bare_words": _NEVER_BARE, **words}
        return Tense(**fields)
    found = getattr(module, "TENSE", None)
    return found if isinstance(found, Tense) else None
