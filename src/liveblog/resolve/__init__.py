"""Resolve date words to :class:`~liveblog.model.When` values: the resolve stage.

:func:`resolve` reads one expression, :func:`find_times` every expression in
running text. Both answer in the reference's zone at the grain the words give
(docs/resolution.md is the specification).

>>> from liveblog.resolve import resolve
>>> w = resolve("مساء الخميس", "2024-11-29T21:00", tz="Asia/Damascus")
>>> (w.timex, w.part, w.start.isoformat())
('2024-11-28TEV', 'evening', '2024-11-28T18:00:00+03:00')
>>> [f.text for f in find_times("والخميس، قتل 15 مدنيا", "2024-11-29T21:00")]
['الخميس']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from datetime import date, datetime, time, tzinfo

import attrs

from liveblog._text.normalize import Normalized, normalize
from liveblog._text.zones import zoneinfo
from liveblog.errors import ConfigError
from liveblog.lang import SPOT_REACH, TOKEN, Lexicon, lexicon, prescan, span_lead
from liveblog.lang.names import names_pattern
from liveblog.model import SUPPORTED_YEARS, Found, Grain, Span, When, supported
from liveblog.resolve._compose import Composer
from liveblog.resolve._context import Reading, in_context
from liveblog.resolve._fallback import dateparser_find, dateparser_resolve
from liveblog.resolve._grammar import Anaphor, Ctx, Match, Tokens
from liveblog.resolve._partial import Partial, Prefer, realize
from liveblog.resolve._rules import Rules
from liveblog.resolve._rules_refs import anchor_all, clock_anaphor

__all__ = ["END_OF_DAY", "Prefer", "find_times", "reference_and_zone", "resolve"]

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")
_NUMERIC_DATE = re.compile(r"[\d٠-٩۰-۹][/.\-][\d٠-٩۰-۹]")
# A numeric date with a year in the Hijri calendar's range (1446/05/27, 27/5/1446): our Hijri rules
# read it with its era or not at all; dateparser would make it the Gregorian year 1446.
_HIJRI_NUMERIC = re.compile(
    r"(?<!\d)(?:13[4-9]\d|14\d\d|1500)[/.\-]\d|\d[/.\-](?:13[4-9]\d|14\d\d|1500)(?!\d)"
)
# Words left over around a reading: a word of three letters or more, or a digit ("le", "am" are not).
_LEFT_OVER = re.compile(r"[^\W\d_]{3,}|\d")
_UNREAD = re.compile(r"[^\W_]")  # a letter or digit left out of a reading
_LOOKBACK = SPOT_REACH  # a rule may start this many tokens before the word the pre-scan found
_RANGE_LOOKBACK = 9  # a range's opening word ("from", «من») may stand this far before it
# ar9: set while the context pass reads a date again for a clause's future tense (``Ctx.told``)
_TOLD: ContextVar[bool] = ContextVar("liveblog_told", default=False)
_FORGET_EVERY = 4096  # tokens scanned between two trims of the resolver's caches
_ONES = b"\x01" * (_LOOKBACK + 1)
_NAME_WORDS = 3  # tokens on each side of such a weekday searched for a name ("Sunday Night Football")
_BEFORE, _AFTER = 60, 140  # characters tokenised around each pre-scan hit (rules read ≤ 4 back, ~14 on)


def _zone(tz: str | tzinfo | None) -> tzinfo | None:
    if tz is None or isinstance(tz, tzinfo):
        return tz
    if not isinstance(tz, str) or not tz:
        raise ConfigError(f"time zone must be an IANA name such as 'Asia/Damascus', got {tz!r}")
    return zoneinfo(tz)


END_OF_DAY = time(23, 59, 59)  # what a date-only reference means: the page (or the words) as of that day


def reference_and_zone(
    reference: datetime | date | str | None, tz: str | tzinfo | None
) -> tuple[datetime, tzinfo]:
    """The aware reference time and the zone to answer in: the one reference normaliser.

    ``parse``, ``resolve``, ``find_times`` and every CLI command read a reference
    here, so it means the same everywhere: a date-time as given (naive takes
    ``tz``, UTC when none; aware is moved into ``tz`` when one is given); a
    date alone is the last second of that day, 23:59:59 (the page as it stood
    that evening); ``None`` is now. A reference outside
    :data:`~liveblog.model.SUPPORTED_YEARS` is a :class:`ConfigError`.

    >>> ref, zone = reference_and_zone("2024-11-29T21:00", "Asia/Damascus")
    >>> ref.isoformat(), str(zone)
    ('2024-11-29T21:00:00+03:00', 'Asia/Damascus')
    >>> reference_and_zone("2024-11-29", "UTC")[0].isoformat()
    '2024-11-29T23:59:59+00:00'
    """
    zone = _zone(tz)
    if reference is None:
        zone = zone or zoneinfo("UTC")
        return datetime.now(zone).replace(microsecond=0), zone
    if isinstance(reference, str):
        text = reference.strip()
        try:
            reference = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise ConfigError(
                f"bad reference time {text!r}; give an ISO date or date-time such as 2024-11-29T21:00"
            ) from None
    if not isinstance(reference, date):
        raise ConfigError(f"reference must be a datetime or an ISO string, got {reference!r}")
    if not isinstance(reference, datetime):
        reference = datetime.combine(reference, END_OF_DAY)
    if not supported(reference):
        lo, hi = SUPPORTED_YEARS
        raise ConfigError(
            f"reference time {reference.isoformat()!r} is outside the supported years {lo} to {hi}"
        )
    if reference.tzinfo is None or reference.utcoffset() is None:
        zone = zone or zoneinfo("UTC")
        return reference.replace(tzinfo=zone), zone
    zone = zone or reference.tzinfo
    return reference.astimezone(zone), zone


def _reference(reference: datetime | date | str, tz: str | tzinfo | None) -> datetime:
    """The reference as an aware datetime in its zone (see :func:`reference_and_zone`)."""
    if reference is None:
        raise ConfigError("reference must be a datetime or an ISO string, got None")
    return reference_and_zone(reference, tz)[0]


def _languages(text: str, languages: Sequence[str] | None) -> tuple[str, ...]:
    """Language codes to use: the primary subtag of each given tag ("ar-SY" → "ar"), else by script."""
    if isinstance(languages, str):
        languages = [languages]
    if languages:
        if not all(isinstance(lang, str) for lang in languages):
            raise ConfigError(f"languages must be codes such as 'ar' or 'en', got {languages!r}")
        codes = (lang.strip().lower().replace("_", "-").split("-")[0] for lang in languages)
        given = tuple(dict.fromkeys(code for code in codes if code))
        if given:
            return given
    return ("ar",) if _ARABIC.search(text) else ("en",)


def _check_prefer(prefer: object) -> None:
    if prefer not in ("past", "future", "nearest"):
        raise ConfigError(f"prefer must be 'past', 'future' or 'nearest', got {prefer!r}")


def find_times(
    text: str,
    reference: datetime | str,
    *,
    prefer: Prefer = "past",
    tz: str | tzinfo | None = None,
    languages: Sequence[str] | None = None,
    refs: bool = False,
) -> list[Found]:
    """Every date expression in ``text``, in order, non-overlapping, spans into ``text`` as given.

    A date said from the one before it ("the next day", «في اليوم التالي», "a year earlier")
    is anchored on that date, or on the reference when it comes first; its ``rule`` ends in
    ``-previous`` or ``-reference`` accordingly. Vague references ("now", "recently",
    «الآن») are found only with ``refs=True`` (a tagger wants them, a timeline does not):
    a :attr:`~liveblog.model.WhenKind.REF` value whose ``timex`` is ``PRESENT_REF``,
    ``PAST_REF`` or ``FUTURE_REF``.

    >>> [(f.text, f.when.timex, f.rule) for f in find_times("قال الجمعة إن ...", "2024-11-29T21:00")]
    [('الجمعة', '2024-11-29', 'ar-weekday')]
    >>> [(f.text, f.when.timex) for f in find_times(
    ...     "Talks opened on 3 March 2024. The next day, they stalled; now they resume.",
    ...     "2024-11-29T21:00", refs=True)]
    [('3 March 2024', '2024-03-03'), ('next day', '2024-03-04'), ('now', 'PRESENT_REF')]
    """
    _check_prefer(prefer)
    ref = _reference(reference, tz)
    if not isinstance(text, str):
        raise ConfigError(f"text must be a string, got {type(text).__name__}")
    langs = _languages(text, languages)
    ours = tuple(lang for lang in langs if lexicon(lang) is not None)
    found: list[Found] = []
    if ours:
        readings, anaphora, stories = _find_ours(text, ref, prefer, ours, refs)
        found = [f for f, _amount in readings]
        if prefer == "past" and found:
            found = in_context(
                text,
                readings,
                ref,
                _told(lambda words: resolve(words, ref, prefer="future", languages=ours)),
                ours,
                lambda words, at: resolve(words, at, languages=ours),
            )
            found = _told_in_past(readings, found, stories, anaphora)
    else:
        anaphora = {}
    others = [lang for lang in langs if not _complete(lang)]  # dateparser reads what our tables miss
    if others and not _read_whole(text, found):
        theirs = dateparser_find(text, ref, prefer, others)
        known = [lex for lang in others if (lex := lexicon(lang)) is not None]
        # Words our tables know and our rules refused ("die" is German for "the" before it is
        # Tuesday's abbreviation) stay refused; dateparser adds written dates and words we lack.
        theirs = [f for f in theirs if _DIGIT.search(f.text) or not _refused(text, f.span, known)]
        # The longer reading wins ("27 de noviembre de 2024" over our "noviembre").
        # gaps9: not a span over two of ours joined by a list's "and" ("5 et 6 heures" over our "5"
        # and "6 heures du soir"); "03/12/2024, 06:15" over our day and clock is one time
        longer = [e for e in theirs if not _over_a_list(text, e.span, found, known)]
        found = [f for f in found if not any(_says_more(text, e.span, f.span, known) for e in longer)]
        taken = [f.span for f in found]
        extra = [f for f in theirs if not _overlaps(f.span, taken)]
        found = sorted([*found, *extra], key=lambda f: f.span.start)
    if anaphora:  # anchored on the dates of every reader, dateparser's written dates too
        found = _anchor(found, anaphora, ref, whole=_said_alone(text, found))
    return found


def _read_whole(text: str, found: list[Found]) -> bool:
    """Whether one reading of ours covers every letter and digit of ``text``: dateparser's search,
    which reads what our tables miss, has nothing left to read (and costs 4-5 times our rules)."""
    if len(found) != 1:
        return False
    span = found[0].span
    return _UNREAD.search(text, 0, span.start) is None and _UNREAD.search(text, span.end) is None


def _said_alone(text: str, found: list[Found]) -> bool:
    """Whether ``text`` is one expression and at most one word more (the article it left out:
    "the quarter" given to :func:`resolve`), not a sentence."""
    if len(found) != 1:
        return False
    span = found[0].span
    return len(_LEFT_OVER.findall(text[: span.start] + " " + text[span.end :])) <= 1


def _complete(lang: str) -> bool:
    """Whether our tables know every date word of ``lang`` (hand-written ones; not CLDR-generated)."""
    lex = lexicon(lang)
    return lex is not None and lex.complete


def _refused(text: str, span: Span, lexicons: list[Lexicon]) -> bool:
    """Whether our rules saw the words at ``span`` and refused them: whole words, all in our tables.

    Words inside a longer run of letters («下星期三» holds «星期三») were never ours to refuse.
    """
    a, b = span.start, span.end
    if (a > 0 and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha()):
        return False
    words = [m.group(0) for m in TOKEN.finditer(normalize(text[a:b]).text) if m.group(0).isalpha()]
    return bool(lexicons) and all(any(lex.starting(w) for lex in lexicons) for w in words)


# Senses of the small words a longer dateparser reading may add around ours without adding a date.
_CUE_KINDS = frozenset({"dayprefix", "the", "of", "join", "monthcue", "clockcue", "yearcue"})


_COUNT_KINDS = frozenset({"num", "unit"})


def _only_counts(text: str, lexicons: list[Lexicon]) -> bool:
    """Whether ``text`` is number words alone, with or without a unit, and no digit ("deux trois",
    "deux trois minutes": a count; dateparser reads them as the 2nd of March): words with no sense
    in our tables but these (rom6)."""
    words = [m.group(0) for m in TOKEN.finditer(normalize(text).text)]
    if not lexicons or not words or not all(w.isalpha() for w in words):
        return False
    senses = [{s.kind for lex in lexicons for s, _ in lex.starting(w) if s.words == (w,)} for w in words]
    # a word with another sense too ("pet": five and Friday's abbreviation, "mån") is not only a count
    return all(kinds and kinds <= _COUNT_KINDS for kinds in senses)


def _words_around(text: str, longer: Span, ours: Span) -> list[str]:
    """The tokens of ``longer`` outside ``ours``, normalised as the tables are."""
    extra = normalize(text[longer.start : ours.start] + " " + text[ours.end : longer.end]).text
    return [m.group(0) for m in TOKEN.finditer(extra)]


def _only_cues(text: str, longer: Span, ours: Span, lexicons: list[Lexicon]) -> bool:
    """Whether the words of ``longer`` outside ``ours`` are all cues of our tables ("den", "am")."""
    words = _words_around(text, longer, ours)
    return bool(words) and all(
        w.isalpha() and any(sense.kind in _CUE_KINDS for lex in lexicons for sense, _ in lex.starting(w))
        for w in words
    )


def _refines(theirs: When, ours: When) -> bool:
    """Whether ``theirs`` lies inside ``ours`` at a finer grain ("1 March" inside our "March")."""
    return (
        ours.start <= theirs.start
        and theirs.end <= ours.end
        and theirs.grain.rank < ours.grain.rank
        and (theirs.start, theirs.end) != (ours.start, ours.end)
    )


def _finer_inside(theirs: When | None, ours: When) -> When | None:
    """``theirs`` when it refines ``ours``; also the same calendar day a year either side, since
    dateparser places a year-less date by its own rule ("um de março" said in November: its last
    1 March, our nearest March) while the day it names is the same.
    """
    if theirs is None:
        return None
    if _refines(theirs, ours):
        return theirs
    if theirs.grain.rank > Grain.DAY.rank or theirs.is_range or not theirs.timex[:4].isdigit():
        return None
    for years in (-1, 1):
        try:
            start = theirs.start.replace(year=theirs.start.year + years)
            end = theirs.end.replace(year=theirs.end.year + years)
            moved = attrs.evolve(theirs, start=start, end=end, timex=f"{start.year:04d}{theirs.timex[4:]}")
        except ValueError:  # 29 February; a year past the supported ones (InputError, review6)
            continue
        if _refines(moved, ours):
            return moved
    return None


def _longer(span: Span, other: Span) -> bool:
    """Whether ``span`` holds ``other`` and more."""
    return span.start <= other.start and other.end <= span.end and len(span) > len(other)


def _says_more(text: str, span: Span, other: Span, lexicons: list[Lexicon]) -> bool:
    """Whether ``span`` holds ``other`` and more words than our tables' function words: "le 12
    février" says no more than our "12 février" ("le" is a day prefix of ours), "27 de noviembre
    de 2024" more than our "noviembre"."""
    if not _longer(span, other):
        return False
    tokens = _words_around(text, span, other)
    if any(_DIGIT.search(w) for w in tokens):
        return True
    words = [w for w in tokens if w.isalpha()]
    # quotes or brackets around ours («15 mars 2024») say nothing more
    return bool(words) and not all(any(lex.starting(w) for lex in lexicons) for w in words)


def _over_a_list(text: str, span: Span, found: list[Found], lexicons: list[Lexicon]) -> bool:
    """Whether ``span`` covers two of ``found`` with a list's "and" (a ``range-to`` word of value
    ``between``: "and", "et", «و») between them: two times of a list, not one longer time."""
    over = [f.span for f in found if _overlaps(f.span, [span])]
    for a, b in itertools.pairwise(over):
        words = [m.group(0) for m in TOKEN.finditer(normalize(text[a.end : b.start]).text)]
        if any(
            sense.kind == "range-to" and sense.value == "between" and len(sense.words) == 1
            for w in words
            for lex in lexicons
            for sense, _ in lex.starting(w)
        ):
            return True
    return False


def _overlaps(span: Span, taken: list[Span]) -> bool:
    return any(span.start < s.end and s.start < span.end for s in taken)


def _anchor(found: list[Found], anaphora: dict[int, Anaphor], ref: datetime, *, whole: bool) -> list[Found]:
    """``found`` with each anaphor anchored on the date found before it (docs/resolution.md);
    ``whole``: the text is that one expression."""
    whens = anchor_all(((f.when, anaphora.get(f.span.start)) for f in found), ref, whole=whole)
    out: list[Found] = []
    for f, (when, source) in zip(found, whens, strict=True):
        if f.span.start not in anaphora or (when is not None and source is None):
            out.append(f)
        elif when is not None:
            out.append(attrs.evolve(f, when=when, rule=f"{f.rule}-{source}"))
    return out


def _told_in_past(
    readings: list[Reading], found: list[Found], stories: dict[int, Anaphor], anaphora: dict[int, Anaphor]
) -> list[Found]:
    """``found`` with the amounts its clause made lengths ("counted from the story") put back as
    anaphora where they may count from the date said before them (ana9: «وبعد يومين فر السكان»
    after «في 3 مارس»: 5 March); with none before they name nothing (:func:`_anchor`)."""
    if not stories:
        return found
    kept = {f.span.start for f in found}
    back = [f for f, _amount in readings if f.span.start in stories and f.span.start not in kept]
    if not back:
        return found
    for f in back:
        anaphora[f.span.start] = stories[f.span.start]
    return sorted([*found, *back], key=lambda f: f.span.start)


def _same_paragraph(text: str, found: list[Reading]) -> bool:
    """Whether the last two dates found lie in one paragraph (no line break between them): a clock
    on a line of its own, a live-blog entry's time, is not on the day the entry before named."""
    if len(found) < 2:
        return False
    before, now = found[-2][0].span, found[-1][0].span
    return "\n" not in text[before.end : now.start]


def _told(read: Callable[[str], When | None]) -> Callable[[str], When | None]:
    """``read`` with its lean marked as a clause's tense (``Ctx.told``, ar9)."""

    def told(words: str) -> When | None:
        token = _TOLD.set(True)
        try:
            return read(words)
        finally:
            _TOLD.reset(token)

    return told


def _find_ours(
    text: str, ref: datetime, prefer: Prefer, langs: tuple[str, ...], refs: bool = False
) -> tuple[list[Reading], dict[int, Anaphor], dict[int, Anaphor]]:
    """Our tables' readings of ``text``, the anaphora among them by their span's start, and the
    amounts that count from the story's moment when told in the past (``Match.story``)."""
    norm = normalize(text)
    hits = prescan(norm.text, langs)
    anaphora: dict[int, Anaphor] = {}
    stories: dict[int, Anaphor] = {}
    if not hits:
        return [], anaphora, stories
    lexicons = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    toks = Tokens(norm.text, lexicons, _windows(norm.text, hits))

    def upper(i: int) -> bool:
        return text[norm.offsets[toks.start[i]]].isupper()

    def capitals(i: int) -> bool:
        start, end = norm.original_span(toks.start[i], toks.end[i])
        return text[start:end].isupper()

    rules = Rules(toks, Ctx(ref, prefer, refs, told=_TOLD.get()), upper, capitals)
    composer = Composer(rules)
    # 1 at each token a rule may start on (near a pre-scan hit): a byte per token, not a set of ints
    # (a 256 KiB run of "12:12:…" has 170,000 such tokens: 13 MB as a set, 170 KB here).
    starts = bytearray(len(toks))
    looked = 0  # tokens before this one are marked or were asked for a range's opening word already
    for pos in hits:
        k = bisect.bisect_right(toks.start, pos - 1) - 1
        # a rule that starts before the hit reads every token up to it: the stretch stops at a word
        # no table knows (fast8: most words of running prose; no rule is tried before one)
        reach = toks.reach_back(k, max(k - _RANGE_LOOKBACK, 0, looked))
        lo = max(k - _LOOKBACK, reach)
        if k >= lo:
            starts[lo : k + 1] = _ONES[: k + 1 - lo]
        for j in range(max(k - _RANGE_LOOKBACK, 0, looked, reach), lo):
            if toks.hit(j, "range-from", "anniversary") is not None:
                # «من الساعة الثالثة الى الساعة الرابعة مساء»: a range opens further back; so does an
                # anniversary's phrase before its year ("à la même date l'an dernier", lead10)
                starts[j] = 1
        looked = k + 1
    found: list[Reading] = []
    names = names_pattern(langs)
    done = 0

    can_start = toks.can_start
    kept_from = 0
    for i in _marked(starts):
        if i - kept_from > _FORGET_EVERY:  # caches behind the scan: bounded memory on long texts
            kept_from = i - _RANGE_LOOKBACK - 1
            composer.forget_before(kept_from)
        if i < done or not can_start(i):
            continue  # every rule starts on a number or a known word
        m = composer.best(i)
        if m is None:
            continue
        # "on Fri 19 Feb 2021": a longer match inside wins; it reads on past m, so what follows m
        # must hold a number or a word that names a time (fast8: most dates end a phrase)
        longer_past = m.end < len(toks) and toks.names_time(m.end, since=m.start + 1)
        for k in range(i + 1, m.end if longer_past else i + 1):
            if starts[k] and can_start(k):
                longer = composer.best(k)
                if longer is not None and longer.end > m.end and longer.end - k > m.end - m.start:
                    m = longer
        done = m.end
        if names is not None and m.by_weekday and _in_a_name(text, norm, toks, m, names):
            continue  # "The Sunday Times", "Monday Night Football": no day
        forward_amount = m.amount[1] if m.amount is not None and m.amount[0] > 0 else None
        found.append((_found(text, norm, toks, m), forward_amount))
        _mark_list_next(starts, toks, m.end)
        clock = (
            c
            if m.anaphor is None and (c := clock_anaphor(m.value)) and _same_paragraph(text, found)
            else None
        )
        for marks, said in ((anaphora, m.anaphor or clock), (stories, m.story)):
            if said is not None:
                marks[found[-1][0].span.start] = said
    return found, anaphora, stories


def _mark_list_next(starts: bytearray, toks: Tokens, end: int) -> None:
    """Mark the number one or two tokens after a date ending at ``end`` as a start: "Dec. 5, 6 and
    7", a list's next day past the pre-scan's hits; "… 5 e le 6" (an "and" of two words)."""
    for k in (end + 1, end + 2):
        if k < len(toks) and toks.number[k] is not None:
            starts[k] = 1


def _marked(mask: bytearray) -> Iterator[int]:
    """The indexes of the non-zero bytes of ``mask``, in order (found in C)."""
    i = mask.find(1)
    while i >= 0:
        yield i
        i = mask.find(1, i + 1)


def _in_a_name(text: str, norm: Normalized, toks: Tokens, m: Match, names: re.Pattern[str]) -> bool:
    """Whether match ``m`` lies in a name such as "Sunday Times" (``_lang/names.py``)."""
    a, b = toks.start[m.start], toks.end[m.end - 1]
    lo = toks.start[max(m.start - _NAME_WORDS, 0)]
    hi = toks.end[min(m.end + _NAME_WORDS, len(toks)) - 1]
    for name in names.finditer(norm.text, lo, hi):
        if name.start() < b and a < name.end():
            start, end = norm.original_span(name.start(), name.end())
            said = text[start:end]
            if not said.isascii() or all(w[:1].isupper() for w in said.split()):
                return True  # English names are capitalised: "a good Friday for markets" is a Friday
    return False


def _windows(text: str, hits: list[int]) -> list[tuple[int, int]]:
    """Stretches around the pre-scan's hits (in increasing order, as it gives them), merged, cut at
    spaces: only these are tokenised."""
    if not hits:
        return []
    # tok11: hits in order, each stretch ends at its last hit's end, and the next hit's stretch
    # reaches back into it when the two hits are at most _BEFORE + _AFTER apart: one pass over the
    # hits, and the stretches' ends are worked out once each
    runs: list[tuple[int, int]] = []
    first = last = hits[0]
    for pos in hits:
        if pos - last > _BEFORE + _AFTER:
            runs.append((first, last))
            first = pos
        last = pos
    runs.append((first, last))
    n = len(text)
    merged: list[tuple[int, int]] = []
    for first, last in runs:
        a = first - _BEFORE
        b = last + _AFTER
        # the last space or newline before a, the first at b or after it: the newline is looked for
        # only between a and the space found (tok10: not back to the text's start or on to its end)
        if a > 0:
            space = text.rfind(" ", 0, a)
            sa = max(space, text.rfind("\n", space + 1, a)) + 1
        else:
            sa = 0
        if b < n:
            space = text.find(" ", b)
            line = text.find("\n", b, space if space >= 0 else n)
            sb = line if line >= 0 else space if space >= 0 else n
        else:
            sb = n
        if merged and sa <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], sb))
        else:
            merged.append((sa, sb))
    return merged


def _found(text: str, norm: Normalized, toks: Tokens, m: Match) -> Found:
    s = m.start
    if not m.keep_lead:  # prepositions are left out of a span's start ("في آذار 2020" → "آذار 2020")
        lead = span_lead(tuple(lex.lang for lex in toks.lexicons))
        while s < m.end - 1 and toks.norm[s] in lead:
            s += 1
    first = sorted((h for h in toks.hits(s) if h.end <= m.end), key=lambda h: (-h.end, h.strip))
    strip = first[0].strip if first else 0  # «والخميس» → «الخميس»: the conjunction is not the date
    start = toks.start[s] + max(strip, 0)
    start_o, end_o = norm.original_span(start, toks.end[m.end - 1])
    return Found(Span(start_o, end_o), text[start_o:end_o], m.when, m.rule)


def _weekday_alone(
    text: str, reference: datetime | str, prefer: Prefer, tz: str | tzinfo | None, langs: tuple[str, ...]
) -> When | None:
    """A weekday abbreviation that needs a date beside it in running text ("Za.", "do.", "Mo."), said
    as the whole expression: that weekday (nor6). In a sentence "zo." is "so.", so only here. The
    abbreviation needs evidence that it is one: its full stop ("sat.", "mon."), or a capital ("Sat",
    "Sun": en8); "sat" and "sun" alone in lower case are also a verb and a noun."""
    norm = normalize(text.strip())
    lexicons = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    if not norm.text or len(norm.text) > 8 or not lexicons:
        return None
    toks = Tokens(norm.text, lexicons, [(0, len(norm.text))])
    wd = toks.hit(0, "weekday") if len(toks) else None
    if wd is None or not wd.lex.bound or len(toks.norm[0]) < 2:
        return None
    dot = toks.norm[-1] == "." and wd.end in (len(toks), len(toks) - 1)  # "za." a row, "sat." its stop
    capital = (  # in a hand-written table only: a generated one's "Mar" may be a month too
        wd.end == len(toks)
        and text.strip()[:1].isupper()
        and len(toks.norm[0]) >= 3
        and _complete(wd.lex.lang)
    )
    if not (dot or capital):
        return None
    ctx = Ctx(_reference(reference, tz), prefer, told=_TOLD.get())
    d = ctx.weekday(wd.value, tomorrow=wd.lex.syntax.weekday_tomorrow)  # tb9: "Sat" said on a Friday
    return realize(Partial(year=d.year, month=d.month, day=d.day), ctx)


_MONTH_DAY_ALONE = re.compile(r"\s*(\d{1,2})\s*[/-]\s*(\d{1,2})\s*")


def _month_day_alone(text: str, ref: datetime, prefer: Prefer, langs: tuple[str, ...]) -> When | None:
    """A month and day in digits said as the whole expression, with no year and no cue ("2/15",
    "2 - 15"), in a language that writes numeric dates month first (``Syntax.numeric_month_first``),
    when only that order reads it (the day above 12): that day (en8). In running text such a pair
    is as often a score or a ratio ("went 2/15 from the field"), and "24/7" is no date anywhere."""
    m = _MONTH_DAY_ALONE.fullmatch(text)
    if m is None:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12 < day <= 31:
        return None
    lexicons = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    if not any(lex.syntax.numeric_month_first for lex in lexicons):
        return None
    return realize(Partial(month=month, day=day), Ctx(ref, prefer, told=_TOLD.get()))


def resolve(
    text: str,
    reference: datetime | str,
    *,
    prefer: Prefer = "past",
    tz: str | tzinfo | None = None,
    languages: Sequence[str] | None = None,
    refs: bool = False,
) -> When | None:
    """The date ``text`` names, or None.

    ``refs=True`` reads a vague reference ("now", "recently", «الآن») as a
    :attr:`~liveblog.model.WhenKind.REF` value (None without it); "the next day" alone
    is counted from the reference (see :func:`find_times`).

    ``text`` is one expression; prepositions and punctuation around it are fine
    («في آذار /مارس عام 2020»، "on Thursday,").

    >>> resolve("منذ حوالي ثلاث ساعات", "2024-11-29T21:00+03:00").timex
    '2024-11-29T18'
    >>> resolve("لأكثر من 36 ساعة", "2024-11-29T21:00+03:00") is None
    True
    """
    found = find_times(text, reference, prefer=prefer, tz=tz, languages=languages, refs=refs)
    langs = _languages(text, languages)
    if not found:
        alone = _weekday_alone(text, reference, prefer, tz, langs) or _month_day_alone(
            text, _reference(reference, tz), prefer, langs
        )
        if alone is not None:
            return alone
    complete = all(_complete(lang) for lang in langs)
    ours = max(found, key=lambda f: len(f.span)) if found else None
    left = text[: ours.span.start] + " " + text[ours.span.end :] if ours is not None else ""
    known = [lex for lang in langs if (lex := lexicon(lang)) is not None]
    if ours is not None and (
        complete or not _LEFT_OVER.search(left) or _only_cues(text, Span(0, len(text)), ours.span, known)
    ):
        if complete or not _UNREAD.search(left):
            return ours.when
        # Short words we left unread ("um de março": our bare month) may make the date finer:
        # dateparser's reading stands when it lies inside ours at a finer grain.
        theirs = dateparser_resolve(text, _reference(reference, tz), prefer, langs, dated=True)
        return _finer_inside(theirs, ours.when) or ours.when
    if ours is None and complete and not _NUMERIC_DATE.search(text):
        return None  # our tables know every ar/en date word; dateparser only adds numeric formats
    if ours is None and _only_counts(text, known):
        return None  # "deux trois minutes": number words count, dateparser would make a date of them
    if _HIJRI_NUMERIC.search(normalize(text).text):
        return ours.when if ours is not None else None
    # Tables generated from the CLDR read part of the words ("3 mars" of "le 3 mars à 15h"):
    # dateparser reads the whole expression, and our reading stands when it reads nothing.
    theirs = dateparser_resolve(text, _reference(reference, tz), prefer, langs)
    if theirs is not None or ours is None:
        return theirs
    # A date we read with words left over ("samedi 16 à 18h": our Saturday): dateparser's reading
    # that lies inside ours, finer, stands even without a month.
    finer = dateparser_resolve(text, _reference(reference, tz), prefer, langs, dated=True)
    return _finer_inside(finer, ours.when) or ours.when
