"""Tokens and the small grammar pieces the resolver's rules are built from.

The text is normalised (:mod:`liveblog._text.normalize`) and cut into tokens with one
regex; every word is looked up in the language lexicons (:mod:`liveblog.lang`)
with a dictionary, Arabic clitics (و ف ب ل ك) stripped when the whole word is
not a phrase start. Pieces here parse a day ("الجمعة", "يوم أمس", "اليوم
الجمعة"), a clock time ("8:15 م", "3.27pm BST", "الساعة الثامنة مساء") and an
amount of time ("ثلاث ساعات", "ساعتين", "half an hour").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Literal

import attrs

from liveblog._text.langid import is_stop_word
from liveblog.lang import TOKEN, Kind, Lex, Lexicon, Paired, TokenKind, lexicon
from liveblog.model import When
from liveblog.resolve._partial import Prefer, Value

__all__ = ["Anaphor", "Ctx", "Hit", "Match", "Prefer", "Tokens"]

_GAP = "\x00"
_MAX_DIGITS = 18  # a longer digit run is no date part (and int() refuses strings over 4,300 digits)
# Newlines are tokens, so no rule reads across a line break ("8 p.m.\nSunday Times"). The lexicon
# cuts its phrases with the same pattern.
_TOKEN = TOKEN
# The same tokens with the spaces before each (TOKEN matches every character but spaces other than
# a newline): (spaces, token, digits) per token, offsets counted from the window's start.
_SPACED_TOKEN = re.compile(rf"([^\S\n]*)({TOKEN.pattern})")
_FINDALL_CHARS = 1 << 14  # windows longer than this are cut match by match (memory)
_STRETCH = 16  # tokens a start's readable stretch is followed for a word that names a time

Calendar = Literal["gregorian", "hijri"]


# Words that join or introduce a time but say none themselves ("à", "de", "the", "in"; ar8: "ago"
# before its amount as "in" is, «منذ», spoken «من»: «يوم واحد من الانتخابات» is no day 1).
_FUNCTION_KINDS = frozenset(
    {"join", "range-to", "range-from", "the", "of", "dayprefix", "monthcue", "yearcue", "edgecue", "in"}
    | {"clockcue", "minjoin", "hedge", "mindir", "yearbefore", "yearafter", "ago"}
    | {"nametail"}  # gaps9: "for", "on" after a month word of a title
)


@attrs.frozen
class Ctx:
    """What a rule needs besides the words: the reference and how to lean."""

    ref: datetime
    prefer: Prefer
    refs: bool = False  # read vague references ("now", «الآن») as WhenKind.REF values (asked for)
    # ar9: the lean is a clause's future tense (the context pass reading a date again), not the
    # caller's: what is under way at the reference (a clock gone by in its half, a day gone by in
    # its month) is not meant, the next one is
    told: bool = False

    @property
    def zone(self) -> tzinfo:
        """The reference's zone (every result is expressed in it)."""
        assert self.ref.tzinfo is not None
        return self.ref.tzinfo

    @property
    def today(self) -> date:
        """The reference's local date."""
        return self.ref.date()

    def weekday(self, wd: int, mod: int | None = None, *, tomorrow: bool = False) -> date:
        """Weekday ``wd``: ``mod`` -1 strictly before today, +1 strictly after, 0 nearer, None by prefer;
        ±2 one week further ("übernächsten Freitag", "vorletzten Montag"). Leaning past, the most
        recent one, today included; with ``tomorrow`` (``Syntax.weekday_tomorrow``: news that names
        days within a week either way by the bare weekday, as English does) the weekday of tomorrow
        is tomorrow (tb9: a report dated Monday that names a bare "Tuesday" speaks of the coming
        day far more often than of six days ago; told in the past, :mod:`liveblog.resolve._context`
        moves it back a week)."""
        today = self.today
        back = (today.weekday() - wd) % 7
        fwd = (wd - today.weekday()) % 7
        if mod is not None and mod < 0:
            return today - timedelta(days=(back or 7) + 7 * (-mod - 1))
        if mod is not None and mod > 0:
            return today + timedelta(days=(fwd or 7) + 7 * (mod - 1))
        prefer: Prefer = "nearest" if mod == 0 else self.prefer
        if tomorrow and prefer == "past" and mod is None and fwd == 1:
            return today + timedelta(days=1)
        if prefer == "future" or (prefer == "nearest" and fwd < back):
            return today + timedelta(days=fwd)
        return today - timedelta(days=back)


@attrs.frozen
class Anaphor:
    """A date said from another date of the same text: "the next day", "a year earlier", «في اليوم التالي».

    ``period`` True names a whole period shifted by ``shift`` of ``unit`` ("the following week":
    the anchor's week + 1, at week grain; ``part`` a part of that day: "that night"; ``alone``
    the shift when no date came before: "the latest quarter" alone is the last one over); False
    counts an amount from the anchor, at the anchor's grain ("two days later", "a year earlier")
    or at ``grain`` when the words name it ("the year-earlier quarter").
    """

    unit: str  # minute, hour, day, week, month, quarter, year
    shift: int
    period: bool
    part: str | None = None
    approximate: bool = False
    alone: int | None = None
    grain: str | None = None
    # Counted from the reference as said unless a quarter or a half was said before: "up from
    # $3 a year ago" after "the third quarter" compares with that quarter a year before.
    periods_only: bool = False
    needs_anchor: bool = False  # only of a date said before it (alone it names none)
    # en6: "the quarter" of company reports: the quarter said before it, if the date before is one,
    # else (a day, a month; or none) the last quarter over, as ``alone`` says
    same_grain: bool = False
    at: tuple[int, int] | None = None  # the clock said with the day: "the next day at 5 pm" (hour, minute)
    # (month, day) said inside the period (ar6): «يونيو من العام نفسه», «العاشر من الشهر نفسه»
    inside: tuple[int | None, int | None] | None = None
    # tb8: the year said before it ("the 1988 quarter": the quarter said before, in 1988; with no
    # quarter said before, the year alone)
    year: int | None = None
    # ana9: the date said before it, as said ("until then", "since then", «منذ ذلك الحين»); alone, none
    itself: bool = False
    # ana9: a length counted from the year's start ("the first nine months"): no date of its own, but
    # what follows compares with its year ("… from $7 million a year earlier": the year before)
    silent: bool = False
    edge: str | None = None  # ana9: that edge of the period ("late that year", «أواخر العام نفسه»)
    # ana9: a clock said without its day ("at 7:15 p.m."): on the day said before it, else its own
    # reading from the reference, as said
    own: bool = False


@attrs.frozen
class Match:
    """A date expression covering tokens ``[start, end)``, and the rule that read it.

    ``value`` is the partial time the words said when it is less than ``when``
    shows (a clock or a part of the day said without a day: ``when`` has the
    day ``prefer`` picked, ``value`` has none); None means ``when`` is all of
    it. ``keep_lead`` keeps the first word in the span ("in two hours");
    ``by_weekday`` says the day came from a weekday's name alone (a name such as
    "The Sunday Times" around it cancels it); ``calendar`` says the words were a
    date written in that calendar (a Hijri date and its Gregorian twin are joined
    as one: «… هـ الموافق 29 نوفمبر 2024 م»); ``amount`` is the sign of an
    amount of time counted from the reference ("3 days ago" −1, "in 3 days" +1),
    which the words before it may turn into a duration.
    """

    start: int
    end: int
    when: When
    rule: str
    value: Value | None = None
    keep_lead: bool = False
    by_weekday: bool = False
    calendar: Calendar | None = None
    amount: tuple[Literal[-1, 1], str] | None = None  # the sign, and the language of the words
    anaphor: Anaphor | None = None  # set: ``when`` counts from the reference until find_times anchors it
    # ana9: what an amount names counted from the story's moment instead, when its clause is told in
    # the past («وبعد يومين فر السكان»: two days after the date said before it)
    story: Anaphor | None = None


@attrs.frozen
class Hit:
    """A lexicon sense found at a token: the phrase runs to ``end`` (exclusive token index)."""

    lex: Lex
    end: int
    strip: int  # clitic letters in front of the first word (left out of spans)

    @property
    def value(self) -> Any:
        """The sense's value."""
        return self.lex.value


# The senses of a token that starts no phrase (a number, a word of no table, past the end): one
# shared list, never changed.
_NO_HITS: list[Hit] = []


def _longest_first(h: Hit) -> int:
    return -h.end


@attrs.define
class Tokens:
    """The normalised text cut into tokens, with lexicon lookups remembered per token."""

    text: str
    lexicons: Sequence[Lexicon]
    windows: Sequence[tuple[int, int]] = ()  # only these stretches are cut (all of text when empty)
    norm: list[str] = attrs.Factory(list)
    start: list[int] = attrs.Factory(list)
    end: list[int] = attrs.Factory(list)
    number: list[int | None] = attrs.Factory(list)
    # tok10: per token, its senses once asked for (None before): a list indexed by token, not a
    # dictionary; each word is looked up once, with the lexicons' lookup and longest word at hand.
    _senses: list[list[Hit] | None] = attrs.Factory(list)
    _kinds: dict[int, frozenset[TokenKind]] = attrs.Factory(dict)
    _pairs: list[Callable[[str], Paired]] = attrs.field(init=False)  # each lexicon's, in order
    _longest: int = attrs.field(init=False)  # a longer word starts no phrase
    _phrase: int = attrs.field(init=False)  # the most words a phrase of the lexicons has
    # tok11: every word a phrase of the lexicons has after its first: only such a word lies inside a
    # phrase that starts before it (:meth:`_covered`)
    _inner: frozenset[str] = attrs.field(init=False)
    _kept: int = attrs.field(init=False, default=0)  # tokens before this one were forgotten

    def __attrs_post_init__(self) -> None:
        # One pass per match, appending to all four lists (cheaper than a list per attribute).
        norm, start, end, number = self.norm, self.start, self.end, self.number
        cut = False
        for a, b in self.windows or [(0, len(self.text))]:
            if cut:  # a gap no rule can cross: windows are not adjacent in the text
                norm.append(_GAP)
                start.append(end[-1])
                end.append(end[-1])
                number.append(None)
            before = len(norm)
            pos = a
            # findall, not finditer: strings, no match object per token; a token starts after the
            # spaces before it (TOKEN reads every other character), so offsets are running sums. A
            # long window is read match by match: findall's list of every token's three strings
            # would stand beside the token lists (+16 MB on 256 KiB of "12:12:…").
            spaced = (
                _SPACED_TOKEN.findall(self.text, a, b)
                if b - a <= _FINDALL_CHARS
                else map(re.Match.groups, _SPACED_TOKEN.finditer(self.text, a, b))  # no Python frame a token
            )
            for space, word, digits in spaced:
                pos += len(space)
                start.append(pos)
                pos += len(word)
                end.append(pos)
                if digits:
                    norm.append(digits)
                    number.append(int(digits) if len(digits) <= _MAX_DIGITS else None)
                else:
                    norm.append(word)
                    number.append(None)
            cut = len(norm) > before
        self._senses = [None] * len(norm)
        self._pairs = [lex.paired()[0] for lex in self.lexicons]
        self._longest = max((lex.paired()[1] for lex in self.lexicons), default=-1)
        self._phrase, self._inner = _phrase_facts(tuple(lex.lang for lex in self.lexicons))

    def __len__(self) -> int:
        return len(self.norm)

    def adjacent(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < len(self.norm) and self.start[i] == self.end[i - 1]

    def after_number(self, i: int) -> int:
        """The token after the number at ``i`` and an ordinal suffix glued to it ("1er", "15e", "1º")."""
        suffix = self.hit(i + 1, "ordsuffix")
        return suffix.end if suffix is not None and self.adjacent(i + 1) else i + 1

    def digits_go_on(self, i: int) -> bool:
        """Whether the number at ``i`` goes on past a separator: "1,015", "3.5", "1/2" (not whole)."""
        return (
            i + 2 < len(self.norm)
            and self.norm[i + 1] in (",", ".", "/", ":")
            and self.number[i + 2] is not None
            and self.adjacent(i + 1)
            and self.adjacent(i + 2)
        )

    def is_(self, i: int, *words: str) -> bool:
        """Whether token ``i`` is literally one of ``words``."""
        return i < len(self.norm) and self.norm[i] in words

    def ends_here(self, i: int) -> bool:
        """Whether an expression may end before token ``i``: the end, a line break, punctuation, a
        number or a word of the tables ("le 16 à 18h", "le 16."), not another word ("le 16 a marqué")."""
        if i >= len(self.norm) or self.number[i] is not None:
            return True
        word = self.norm[i]
        if not word.isalpha():
            return True
        hits = self.hits(i)
        if any(h.lex.kind not in _FUNCTION_KINDS for h in hits):
            return True
        # "à", "de" alone say nothing: what follows them must be a date's ("le 16 à 18h")
        ends = {h.end for h in hits}
        return any(k >= len(self.norm) or self.number[k] is not None or self._dated(k) for k in ends)

    def _dated(self, i: int) -> bool:
        return any(h.lex.kind not in _FUNCTION_KINDS for h in self.hits(i))

    def num(self, i: int, lo: int = 0, hi: int = 10**6, digits: int | None = None) -> int | None:
        """The number at token ``i`` when it lies in ``[lo, hi]`` (and has ``digits`` digits)."""
        try:
            n = self.number[i]
        except IndexError:
            if i < 0:
                raise
            return None  # past the end
        if n is None or not lo <= n <= hi:
            return None
        if digits is not None and len(self.norm[i]) != digits:
            return None
        return n

    def ending_at(self, i: int, back: int = 4) -> list[Hit]:
        """The senses that start in the ``back`` tokens before ``i`` and end right before it: the
        phrase a word follows ("vers" before "5h", "au mois de" before "mars", 下午 before 3点)."""
        if i <= 0 or i > len(self.norm):
            return [h for k in range(max(0, i - back), i) for h in self.hits(k) if h.end == i]
        senses = self._senses
        out: list[Hit] = []
        for k in range(max(0, i - back), i):
            found = senses[k]
            if found is None:
                found = self._look_up(k)
            for h in found:
                if h.end == i:
                    out.append(h)
        return out

    def hits(self, i: int) -> list[Hit]:
        """Every lexicon sense that starts at token ``i``, longest phrases first."""
        if i < 0:
            return self._from_end(i)
        try:
            found = self._senses[i]
        except IndexError:
            return _NO_HITS  # past the end
        return found if found is not None else self._look_up(i)

    def _look_up(self, i: int) -> list[Hit]:
        """:meth:`hits` of token ``i`` the first time it is asked for (then remembered): each
        lexicon's one-word senses of the word, and the longer ones whose second word follows it (a
        dictionary lookup, not a loop over every sense: «في» starts twenty), when their further words
        do too."""
        norm = self.norm
        word = norm[i]
        if self.number[i] is not None or len(word) > self._longest:
            self._senses[i] = _NO_HITS  # a number or a word too long: no sense
            return _NO_HITS
        found: list[Hit] = []
        longer_found = 0
        pairs = self._pairs
        for paired in pairs:
            _starts, singles, by_second = paired(word)
            if by_second is not None and i + 1 < len(norm):
                longer = by_second.get(norm[i + 1])
                if longer is not None:
                    for sense, strip in longer:
                        n = len(sense.words)
                        if n == 2 or tuple(norm[i + 2 : i + n]) == sense.words[2:]:
                            found.append(Hit(sense, i + n, strip))
                            longer_found += 1
            for sense, strip in singles:
                found.append(Hit(sense, i + 1, strip))
        if not found:
            found = _NO_HITS
        elif longer_found > 1 or (len(pairs) > 1 and len(found) > 1):
            # longest phrases first; the sort is stable, so equal lengths keep the lexicons' order.
            # One lexicon's longer phrases come before its one-word senses already: sorted only
            # when two of them may be out of order (or a second lexicon follows the first).
            found.sort(key=_longest_first)
        self._senses[i] = found
        return found

    def _from_end(self, i: int) -> list[Hit]:
        # A negative index reads from the end, as list indexing does (no rule asks for one): looked
        # up as before tok10, not remembered.
        norm = self.norm
        if i >= len(norm) or self.number[i] is not None:
            return _NO_HITS
        found: list[Hit] = []
        after = norm[i + 1] if i + 1 < len(norm) else None
        for lex in self.lexicons:
            for sense, strip in lex.starting(norm[i]):
                words = sense.words
                n = len(words)
                if n == 1 or (words[1] == after and (n == 2 or tuple(norm[i + 2 : i + n]) == words[2:])):
                    found.append(Hit(sense, i + n, strip))
        if len(found) > 1:
            found.sort(key=_longest_first)
        return found

    def forget_before(self, i: int) -> None:
        """Drop the remembered lookups of tokens before ``i`` (they are found again if asked for)."""
        senses, kept = self._senses, self._kept
        if i > kept:
            senses[kept:i] = [None] * (min(i, len(senses)) - kept)
            self._kept = i
        for k in [k for k in self._kinds if k < i]:
            del self._kinds[k]

    # -- what the tables can read (fast8): rules read numbers, punctuation, words the tables know (or
    # that a phrase of the tables covers) and letters glued after a number or a sign ("1990s",
    # "year's"), never a word no table knows; and every date holds a number or a word that names a
    # time. So a start whose stretch of readable tokens holds neither is no date: no rule is tried.

    def unread(self, p: int, since: int = 0) -> bool:
        """Whether token ``p`` is a word no table reads: letters with no sense, not glued after a
        number, and no phrase over it that starts at ``since`` or later."""
        if self.number[p] is not None:
            return False
        word = self.norm[p]
        if not word.isalpha():
            return False
        if p >= 0:
            found = self._senses[p]
            if found is None:
                found = self._look_up(p)
        else:
            found = self._from_end(p)
        if found or self._glued_letters(p):
            return False
        lo = max(p - self._phrase + 1, since)
        # tok11: no phrase that starts before p holds its word (:meth:`_covered`, asked without a call)
        return (lo >= 0 and word not in self._inner) or not self._covered(p, lo)

    def counted(self, p: int) -> bool:
        """Whether token ``p`` is a word a number before it would count: a word no table reads that
        is no function word of the text's languages ("6 people", "3 ember", "в 14 регионах"; not "6
        there were", "6,")."""
        return (
            0 <= p < len(self.norm)
            and self.unread(p)
            and not any(is_stop_word(self.norm[p], lex.lang) for lex in self.lexicons)
        )

    def _covered(self, p: int, lo: int) -> bool:
        """Whether a phrase that starts on a token in ``[lo, p)`` runs past token ``p``."""
        if lo < 0:  # a negative index reads from the end, as list indexing does (no caller gives one)
            return any(h.end > p for q in range(lo, p) for h in self.hits(q))
        norm = self.norm
        # tok11: a phrase that starts before p and runs past it has norm[p] among its later words (they
        # are matched as they are): for any other word no token before it is looked up
        if p >= len(norm) or norm[p] not in self._inner:
            return False
        senses = self._senses
        for q in range(lo, min(p, len(senses))):
            found = senses[q]
            if found is None:
                found = self._look_up(q)
            for h in found:
                if h.end > p:
                    return True
        return False

    def reach_back(self, k: int, lo: int) -> int:
        """The first token of the stretch before token ``k`` (from ``lo`` at most) that a rule can
        read through to reach ``k``: a rule that starts before a word no table knows cannot read
        the date word at ``k`` (nor is there a date before it that the pre-scan would not spot)."""
        j = k
        while j > lo and not self.unread(j - 1):
            j -= 1
        return j

    def may_start(self, i: int) -> bool:
        """Whether a date may start at token ``i`` (a number or a word with a sense): the tokens
        the tables read from ``i`` on hold a number or a word that names a time; a number with a
        word of no table on each side is a count ("update No. 180 follows"), not a year or a clock
        (those need a cue word beside them) unless it is the whole text."""
        n = len(self.norm)
        if self.number[i] is not None:
            return n == 1 or i + 1 >= n or not self.unread(i + 1) or (i > 0 and not self.unread(i - 1))
        return self.names_time(i)

    def can_start(self, i: int) -> bool:
        """Whether a rule may start at token ``i``: every rule starts on a number or a word with a
        sense, and reads on only through what the tables read (:meth:`may_start`)."""
        if self.number[i] is not None:
            return self.may_start(i)
        if i >= 0:
            found = self._senses[i]
            if found is None:
                found = self._look_up(i)
        else:
            found = self._from_end(i)
        return bool(found) and self.names_time(i)

    def names_time(self, i: int, since: int | None = None) -> bool:
        """Whether the tokens the tables read from ``i`` on (to a word of no table, at most
        _STRETCH of them) hold a number or a word that names a time: a date read from ``i`` or
        through it holds one. With ``since``, a phrase starting from there that runs past ``i``
        ("year's end" after "the year") counts as one too."""
        n = len(self.norm)
        if since is not None and self._covered(i, since):
            return True
        number, norm, senses = self.number, self.norm, self._senses
        covered = i
        for p in range(i, min(n, i + _STRETCH)):
            if number[p] is not None:
                return True
            found = senses[p]
            if found is None:
                found = self._look_up(p)
            if found:
                for h in found:
                    if h.lex.kind not in _FUNCTION_KINDS:
                        return True
                    covered = h.end if h.end > covered else covered
            elif p >= covered and norm[p].isalpha() and not self._glued_letters(p):
                return False  # a word of no table: the stretch ends with function words only
        # a long run of function words and punctuation: let the rules decide; at the text's end, none
        return n > i + _STRETCH

    def _glued_letters(self, p: int) -> bool:
        """Whether token ``p`` is letters glued right after a number or a sign ("1990s", "15h",
        "year's": rules read such letters as they are)."""
        if p == 0 or self.start[p] != self.end[p - 1]:
            return False
        return self.number[p - 1] is not None or not self.norm[p - 1].isalnum()

    def kinds(self, i: int) -> frozenset[TokenKind]:
        """The kinds of every sense at token ``i``, plus ``"number"`` for a number (remembered)."""
        out = self._kinds.get(i)
        if out is None:
            found: set[TokenKind] = {h.lex.kind for h in self.hits(i)}
            if i < len(self.number) and self.number[i] is not None:
                found.add("number")
            out = self._kinds[i] = frozenset(found)
        return out

    def hit(self, i: int, *kinds: Kind, bound: bool = True) -> Hit | None:
        """The longest sense at ``i`` of one of ``kinds`` (``bound=False`` refuses bound words)."""
        found: list[Hit] | None
        if i >= 0:
            try:
                found = self._senses[i]
            except IndexError:
                return None  # past the end
            if found is None:
                found = self._look_up(i)
        else:
            found = self._from_end(i)
        for h in found:
            if h.lex.kind in kinds and (bound or not h.lex.bound):
                return h
        return None


def _phrase_words(lang: str) -> int:
    """The most words a phrase of ``lang``'s table has (a phrase may cover words of no sense)."""
    return _phrases(lang)[0]


@functools.cache
def _phrases(lang: str) -> tuple[int, frozenset[str]]:
    """The most words a phrase of ``lang``'s table has, and every word of its phrases but the first
    (tok11: the words a phrase that starts on an earlier token can cover), in one pass."""
    lex = lexicon(lang)
    most, later = 1, set[str]()
    for senses in lex.by_first.values() if lex else ():
        for s in senses:
            if len(s.words) > 1:
                most = max(most, len(s.words))
                later.update(s.words[1:])
    return most, frozenset(later)


@functools.cache
def _phrase_facts(langs: tuple[str, ...]) -> tuple[int, frozenset[str]]:
    """:func:`_phrases` of several tables at once."""
    if len(langs) == 1:
        return _phrases(langs[0])
    facts = [_phrases(lang) for lang in langs]
    return max((most for most, _ in facts), default=1), frozenset().union(*(later for _, later in facts))
