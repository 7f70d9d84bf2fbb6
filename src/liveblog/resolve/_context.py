"""The words just before a date in running text, where they change its meaning.

The cues are data, one :class:`~liveblog.lang.tense.Tense` per language in
``lang/<code>/tense.py``; this module asks them, never which language it reads.

Three rules, all about direction in time, applied by :func:`liveblog.find_times`
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
- **A year-less date in a clause told in the past is its last occurrence**
  (English): "The company bought the plant in March", said in November, is the
  March just gone, though the coming one is nearer. The tense is the nearest
  cue before the date (a past verb against "will"), else the first after it in
  its clause; "since" always points back, and a fronted "until" whose clause
  goes on in the past ("Until Monday, the police had not named a suspect") does
  not point forward. A date at most two months ahead stays (a schedule being
  reported), and so do words relative to the moment of writing ("next year").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import attrs

from liveblog.lang.tense import Tense, tense
from liveblog.model import SUPPORTED_YEARS, Found, Grain, When, WhenKind
from liveblog.resolve import _when

__all__ = ["Reading", "in_context"]

_LOOK_BACK = 160  # characters of the clause before a date that are read
_LOOK_AHEAD = 60  # and after it, for its tense ("March would be hard", "In May, the rebels took")
_HALF_YEAR = timedelta(days=183)
_WEEK = timedelta(days=7)
_YEAR = timedelta(days=366)  # a year on from a date, at most (tb9)
_DAY = timedelta(days=1)
_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)
_HALF_DAY = timedelta(hours=12)  # a time of day later than the reference, at most (lead8)
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLAUSE_WORDS = 3  # words around a clock that make a clause (lead8: "22:40" alone is none)
_SAID_GAP = 2  # words between a reporting verb and the day of the saying ("told reporters Tuesday")
_FRONT_AHEAD = 160  # and after a date fronted in its clause ("On Tuesday, the …, will")
# A date whose middle lies at most this far ahead stays ahead in a clause told in the past: a
# schedule being reported ("the offer was extended to Dec. 2", "payable Dec. 15", "by Jan. 14").
_SCHEDULED = timedelta(days=61)
# A full stop inside a word or before a small letter or a digit ends an abbreviation or is a decimal
# point, not a sentence (tb8: "might come to the U.S. on Tuesday", "at 5 p.m. on Friday", "$1.5").
# seg11: the pattern starts with the class of every break character, and a full stop that is none is
# refused after it (by a look-behind at that one character): a search skips to the next such character
# (one test each), where an alternation was tried at every character of the text.
_CLAUSE_BREAK = re.compile(r"[!?؟;؛\n.](?<!\.(?=[^\s\"'”’)\]]|\s+[a-z0-9]))")


@attrs.frozen
class _Text:
    """What every rule of the context pass reads: the tense cues of the languages in play, the text,
    where its clauses break, the reference, and the two ways of reading words again (``again``:
    preferring the future; ``back``: at another reference, leaning past)."""

    tenses: tuple[Tense, ...]
    text: str
    breaks: list[int]
    reference: datetime
    again: Callable[[str], When | None]
    back: Callable[[str, datetime], When | None] | None = None


Reading = tuple[Found, str | None]
"""A date found in running text, and the language of its words when they are "in N units"
(an amount counted forward from the reference, which the clause may turn into a duration)."""


@functools.cache
def _cues(langs: tuple[str, ...]) -> tuple[tuple[Tense, ...], re.Pattern[str] | None]:
    """The languages' tense records, and every place one of their cues could begin (found once
    per text, they let the clause of each date skip its searches when none lies in it: linear in
    the text, however many dates it holds)."""
    found = tuple(t for lang in langs if (t := tense(lang)) is not None)
    starts = "|".join(p for t in found if (p := t.starts()))
    return found, (re.compile(f"(?={starts})", re.IGNORECASE) if starts else None)


def _is_duration(t: Tense, clause: str) -> bool:
    """Whether "in N units" / «بعد N» in running text says how long, not when (no future cue)."""
    if len(clause.split()) < t.bare_words:
        return False
    if t.future_re is not None and t.future_re.search(clause):
        return False
    return not (t.looks_ahead is not None and t.looks_ahead(clause))


def _forward(tenses: tuple[Tense, ...], clause: str, rest: str = "") -> tuple[bool, str | None]:
    """Whether the clause points the date after it forward, and the forward word it ends with
    (``rest``: the clause after the date, which says whether a modal before it tells of the past)."""
    for t in tenses:
        m = t.forward_re.search(clause) if t.forward_re is not None else None
        if m is not None:
            return True, m.group().strip()
    for t in tenses:
        if t.will_in(clause, rest) or (t.future_clause is not None and t.future_clause(clause)):
            return True, None
    return False, None


def _clause_start(breaks: list[int], start: int) -> int:
    """Where the clause before offset ``start`` begins: after the last break, at most _LOOK_BACK back."""
    k = bisect.bisect_left(breaks, start) - 1
    low = max(0, start - _LOOK_BACK)
    return breaks[k] + 1 if k >= 0 and breaks[k] >= low else low


def _tense_of(tenses: tuple[Tense, ...], before: str, after: str) -> str | None:
    """ "past", "future" or None: the tense of a date's clause, from the cue nearest before it
    ("officials will review the case of the boy, who was rescued in February": the past), else
    the first after it in its sentence ("March would be hard", "In May, the rebels took ...")."""
    past = max((k for t in tenses for k in t.past_at(before)), default=-1)
    future = max((k for t in tenses for k in t.future_at(before, after)), default=-1)
    if past >= 0 or future >= 0:
        return "past" if past > future else "future"
    past = min((k for t in tenses for k in t.past_at(after)), default=-1)
    future = min((k for t in tenses for k in t.future_at(after)), default=-1)
    if past < 0 and future < 0:
        return None
    return "past" if future < 0 or 0 <= past < future else "future"


def _around(c: _Text, f: Found, ahead: int = _LOOK_AHEAD, *, joined: bool = False) -> tuple[str, str]:
    """The clause before ``f`` and the rest of its clause after it (up to a break, a word that
    begins another clause unless ``joined``, or ``ahead`` characters)."""
    begin = _clause_start(c.breaks, f.span.start)
    k = bisect.bisect_left(c.breaks, f.span.end)
    stop = min(c.breaks[k] if k < len(c.breaks) else len(c.text), f.span.end + ahead)
    after = c.text[f.span.end : stop]
    if joined:
        return c.text[begin : f.span.start], after
    for t in c.tenses:  # the clause ends at a word that begins another: "in May and will recover"
        m = t.join_re.search(after) if t.join_re is not None else None
        after = after[: m.start()] if m is not None else after
    return c.text[begin : f.span.start], after


def _told_in_past(c: _Text, f: Found) -> bool:
    """Whether the clause of ``f`` is told in the past: "since" right before it, or a past verb
    nearer than any future cue, and no forward word right before it ("until"). A date fronted in its
    sentence and set off by a comma ("In January, a week after the anniversary of …, a bombing
    killed") has its verb further on: its clause is read as far as a fronted date's (lead11)."""
    before, after = _around(c, f)
    if len(before.split()) <= 1 and after.lstrip()[:1] == ",":
        # its adverbial may hold an "and" ("after talks between the two sides and their backers,")
        before, after = _around(c, f, _FRONT_AHEAD, joined=True)
    if any(t.backward_re is not None and t.backward_re.search(before) for t in c.tenses):
        return True
    if any(t.forward_re is not None and t.forward_re.search(before) for t in c.tenses):
        return False
    return _tense_of(c.tenses, before, after) == "past"


def _backed(c: _Text, f: Found, clause: str, word: str | None) -> bool:
    """Whether a forward cue before ``f`` is overruled by the past: a verb in the past nearer the
    date than "will" ("... will begin the process for the boy, who was rescued in late November"),
    or a fronted "until"/"through" whose clause goes on in the past ("Until Thursday, they had not
    called him a suspect")."""
    if word is None:
        return _tense_of(c.tenses, clause, "") == "past"
    if any(t.lasted_re is not None and t.lasted_re.search(clause) for t in c.tenses):
        return True  # lead9: "the storm lasted until Wednesday", «استمرت الاشتباكات حتى الأربعاء»
    if _tense_of(c.tenses, clause, "") is not None:
        return False  # "a warning extended into Saturday morning": the verb before decides
    return _tense_of(c.tenses, "", _around(c, f)[1]) == "past"


def _fronted(
    c: _Text,
    f: Found,
) -> When | None:
    """The date ``f`` read preferring the future when the past preference put it before the
    reference, no tense cue stands before it in its clause and the rest of its clause is told in
    the future (tb8): "On Tuesday, the council will vote", "In March, the firm plans to open a
    plant". What follows a reporting verb is another's words with their own tense ("On Friday,
    Smith said he would resign" is the last Friday)."""
    if f.when.kind is WhenKind.REF or f.when.end > c.reference:
        return None
    before, after = _around(c, f, _FRONT_AHEAD, joined=True)  # lead11: "and" in its adverbial
    if after[:1] in ("'", "’"):
        return None  # "Tuesday's attack will be investigated": a thing of that day
    if any(t.reported_re is not None and t.reported_re.search(before) for t in c.tenses):
        return None  # "Paribas said Monday that it intends to bid": the day of the saying
    for t in c.tenses:
        m = t.reported_re.search(after) if t.reported_re is not None else None
        after = after[: m.start()] if m is not None else after
    if _tense_of(c.tenses, before, "") is not None or not any(t.will_in(after) for t in c.tenses):
        return None
    past = min((k for t in c.tenses for k in t.past_at(after)), default=-1)
    will = min(
        [m.end() for t in c.tenses if t.will_re is not None for m in t.will_re.finditer(after)]
        + [k for t in c.tenses for k in t.modal_at(after)]
    )
    if 0 <= past < will:
        return None  # "On Friday, the man who was arrested will appear": the past verb is nearer
    later = c.again(f.text)
    return later if later is not None and later.start > f.when.start else None


def _ahead_after(c: _Text, f: Found) -> bool:
    """Whether the clause goes on after ``f`` in the future, in a language that puts the verb
    last (``Tense.verb_last``), with no past verb before that future word ("Toplantı salı günü
    yapılacak"). English is not one: "said Thursday it will …" keeps its Thursday."""
    after = _around(c, f)[1]
    if after[:1] in ("'", "’"):
        return False  # "Tuesday's attack will be investigated": the date names a thing of its day
    return any(
        t.verb_last and ((t.will_re is not None and t.will_re.search(after)) or t.modal_at(after))
        for t in c.tenses
    ) and (_tense_of(c.tenses, "", after) == "future")


def _since(c: _Text, f: Found) -> bool:
    before = c.text[_clause_start(c.breaks, f.span.start) : f.span.start]
    return any(t.backward_re is not None and t.backward_re.search(before) for t in c.tenses)


def _year_before(moment: datetime, *, clip: bool = False) -> datetime | None:
    """The same moment a year before; on 29 February the 28th (``clip``) or None; None before the
    first supported year (review6: a reference in year 2 raised)."""
    if moment.year - 1 < SUPPORTED_YEARS[0]:
        return None
    try:
        return moment.replace(year=moment.year - 1)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - 1, day=28) if clip else None


def _moved_back(
    f: Found, reference: datetime, back: Callable[[str, datetime], When | None], lead: list[str]
) -> When | None:
    """The last occurrence of a year-less date that the nearest-occurrence rule put ahead of the
    reference ("in March" said in November): the same words said a year earlier name the date
    exactly one year before (words relative to the moment of writing, "tomorrow", are left out
    before: the ``deictic`` words). ``lead``: the word before the span, read with it when the
    words alone name nothing ("the" of "in the summer", tb8)."""
    ago, start_ago = _year_before(reference, clip=True), _year_before(f.when.start)
    if ago is None or start_ago is None:
        return None
    # lead10: read where the year-earlier date has just ended (leaning to the past, its words then
    # name it), not a year before the reference: "in May" said on 1 January 2005 is May 2005, and
    # read on 1 January 2004 leaning back it was May 2003, not May 2004, so it never moved
    ended = _year_before(f.when.end, clip=True)
    at = ended if ended is not None else ago
    earlier = back(f.text, at)
    if earlier is None and lead:
        earlier = back(f"{lead[0]} {f.text}", at)
    if earlier is None or earlier.start != start_ago or earlier.end > reference:
        return None
    return earlier


def in_context(
    text: str,
    readings: Sequence[Reading],
    reference: datetime,
    again: Callable[[str], When | None],
    langs: tuple[str, ...],
    back: Callable[[str, datetime], When | None] | None = None,
) -> list[Found]:
    """What was found, with the rules above applied in the cues of ``langs``; ``again``
    resolves words preferring the future, ``back`` words at another reference (leaning past)."""
    tenses, cue_start = _cues(langs)
    if cue_start is None:
        return [f for f, _amount in readings]
    past_told = back is not None and any(t.tells_past for t in tenses)
    by_lang = {lang: t for lang in langs if (t := tense(lang)) is not None}
    out: list[Found] = []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    c = _Text(tenses, text, breaks, reference, again, back)
    # The first place a cue could begin at or after the clauses read so far (len(text): none).
    # Clauses move forward with the dates, so each stretch of text is searched at most once, and
    # the text between clauses not at all.
    cue = -1
    moved: dict[int, When] = {}  # the dates moved back a year, by their start: what they were
    for f, amount_lang in readings:
        if back is not None and past_told and (earlier := _pastward(c, f)):
            moved[f.span.start] = f.when
            out.append(attrs.evolve(f, when=earlier, rule=f"{f.rule}-past"))
            continue
        begin = _clause_start(breaks, f.span.start)
        if cue < begin:
            m = cue_start.search(text, begin)
            cue = m.start() if m else len(text)
        counted = by_lang.get(amount_lang) if amount_lang is not None else None
        if counted is None and cue >= f.span.start:
            later = _uncued(c, f, cue, past_told=past_told)
            out.append(_ahead(f, later))
            continue
        clause = text[begin : f.span.start]
        if counted is not None and _is_duration(counted, clause):
            continue  # "fell in two days", «عاد بعد ساعتين»: how long, or counted from the story's moment
        # a modal's tense is said after the date too ("soll am Dienstag gesagt haben"): read only then
        modal = any(t.modal_re is not None and t.modal_re.search(clause) for t in tenses)
        forward, word = _forward(tenses, clause, _around(c, f)[1] if modal else "")
        if forward and past_told and _backed(c, f, clause, word):
            forward = False
        if not forward and f.when.end <= reference and _ahead_after(c, f):
            forward = True  # "Toplantı salı günü yapılacak", "во вторник будет": the verb comes after
        if forward and word is not None and (chained := _after_said(c, out, f, clause)):
            out.append(chained)  # lead9: "erupted late on Tuesday and continued into Wednesday"
            continue
        # The forward word goes with the date: it is the cue a bare month needs («حتى رمضان», "until May").
        words = f"{word} {f.text}" if word else f.text
        later = again(words) if forward and f.when.end <= reference else None
        lead = clause.split()[-1:] if forward and later is None and f.when.end <= reference else []
        if lead:  # the span's first word was left out ("the" of "over the weekend"): read it again with it
            later = again(f"{lead[0]} {words}")
        if later is None or not _moves(f, later) or _just_gone(f.when, later, reference):
            later = _moved_ahead(c, f)
        if past_told and not _moves(f, later):
            later = _later_today(c, f)
        out.append(_ahead(f, later))
    return _lists_moved(text, out, moved, reference) if moved else out


def _after_said(
    c: _Text,
    out: list[Found],
    f: Found,
    clause: str,
) -> Found | None:
    """A date after a forward word in a sentence that said a day gone just before it (lead9):
    "Fighting erupted late on Tuesday and continued into Wednesday", «بدأ الهجوم فجر الأربعاء،
    وتواصل حتى مساء الخميس», said on a Friday, name the first such day after the day said, not the
    coming one. Not when the clause is told in the future ("… and is expected to last until
    Sunday"), nor when that day would lie ahead of the reference (then "until" points ahead)."""
    if c.back is None or not out:
        return None
    prev = out[-1]
    if (
        prev.span.end > f.span.start
        or _CLAUSE_BREAK.search(c.text, prev.span.end, f.span.start)
        or prev.when.end > c.reference
        or prev.when.is_range
        or prev.when.grain.rank > Grain.DAY.rank
        or f.when.grain.rank > Grain.DAY.rank
    ):
        return None
    if any(t.will_in(clause) or (t.future_clause is not None and t.future_clause(clause)) for t in c.tenses):
        return None
    # the latest such day within six days after the day said (a seventh would be read as "tomorrow")
    day = prev.when.start.replace(hour=0, minute=0, second=0, microsecond=0)
    chained = c.back(f.text, day + _WEEK - _MINUTE)
    if chained is None or chained.start < prev.when.start or chained.end > c.reference:
        return None
    return f if chained == f.when else attrs.evolve(f, when=chained, rule=f"{f.rule}-after")


_LIST_GAP = 6  # characters between two days of one list at most: ", ", " and ", " et ", « و»


def _lists_moved(text: str, out: list[Found], moved: dict[int, When], reference: datetime) -> list[Found]:
    """The days listed before a date moved back a year, moved with it (gaps9): "On 1, 2, 3 and 4
    May the strikes went on", said in December, is the last May for every day, not only for "4
    May" (the listed days, read alone, say no month to read a year earlier). A listed day is one
    that took the moved date's month and year, a short gap before it with no clause's end."""
    out = list(out)
    for k in range(len(out)):
        was = moved.get(out[k].span.start)
        if was is None:
            continue
        for step in (-1, 1):  # the days listed before it ("1, 2 and 3 May"), after it ("May 1, 2 and 3")
            j = k
            while 0 <= j + step < len(out):
                f = out[j + step]
                a, b = (f, out[j]) if step < 0 else (out[j], f)
                gap = text[a.span.end : b.span.start]
                start = f.when.start
                if (
                    len(gap) > _LIST_GAP
                    or _CLAUSE_BREAK.search(gap)
                    or f.when.grain is not Grain.DAY
                    or f.when.is_range
                    or (start.year, start.month) != (was.start.year, was.start.month)
                    or f.when.end <= reference
                    or (back := _year_before(start)) is None
                ):
                    break
                out[j + step] = attrs.evolve(
                    f, when=_when.day(back.date(), start.tzinfo or UTC), rule=f"{f.rule}-past"
                )
                j += step
    return out


def _pastward(
    c: _Text,
    f: Found,
) -> When | None:
    """The earlier reading of a date the reader put ahead of the reference, when its clause says
    it is past: a year-less date of the year a year back, a weekday read as tomorrow a week back
    (:func:`_weekday_back`); None when it stays."""
    if c.back is None or f.when.kind is WhenKind.REF or f.when.start <= c.reference:
        return None
    # within two months ahead a date in a past clause is mostly a schedule reported ("gave them
    # until mid-November", "payable Dec. 15", "heard in May"), so it stays ahead; the price is
    # "Elections were held in December" said on 29 November (docs/accuracy.md)
    far = f.when.start + (f.when.end - f.when.start) / 2 > c.reference + _SCHEDULED
    # comp10: with neither, only "since" before it moves it: asked first, before the deictic words
    past = None if far or _tomorrows_weekday(f, c.reference) else _since(c, f)
    if past is False:
        return None  # comp10: it stays, whatever its words: the deictic words' pattern is not needed
    if any(t.deictic_re is not None and t.deictic_re.search(f.text) for t in c.tenses):
        return None
    if (week := _weekday_back(c, f)) is not None:
        return week
    if past is None:
        past = (far and _told_in_past(c, f)) or _since(c, f)
    if not past:
        return None
    return _moved_back(f, c.reference, c.back, c.text[max(0, f.span.start - 40) : f.span.start].split()[-1:])


def _weekday_back(
    c: _Text,
    f: Found,
) -> When | None:
    """The weekday six days back of one read as tomorrow (tb9), when its clause is told in the
    past ("Talks collapsed on Tuesday", said on a Monday) or it is the day of a saying right after
    a reporting verb ("the ministry said Tuesday"). Checked: the same words read a week earlier
    name the day exactly a week before."""
    if c.back is None or not _tomorrows_weekday(f, c.reference):
        return None  # not tomorrow's ("was killed Thursday evening" said early on Thursday: today's)
    if not _told_in_past(c, f) and not _said_on(c, f):
        return None
    earlier = c.back(f.text, c.reference - _WEEK)
    if earlier is None or earlier.start != f.when.start - _WEEK or earlier.end > c.reference:
        return None
    return earlier


def _tomorrows_weekday(f: Found, reference: datetime) -> bool:
    """Whether ``f`` is a weekday read as the day after the reference's (:func:`_weekday_back`)."""
    return "weekday" in f.rule and f.when.start.date() - reference.date() == _DAY


def _said_on(c: _Text, f: Found) -> bool:
    """Whether ``f`` follows a reporting verb with no tense cue between ("officials said Tuesday",
    "told reporters on Tuesday"): the day of the saying, which is past."""
    before = c.text[_clause_start(c.breaks, f.span.start) : f.span.start]
    for t in c.tenses:
        said = list(t.reported_re.finditer(before)) if t.reported_re is not None else []
        if said and len(before[said[-1].end() :].split()) <= _SAID_GAP:
            return _tense_of(c.tenses, before[said[-1].end() :], "") is None
    return False


def _moves(f: Found, later: When | None) -> bool:
    """Whether ``later`` is a reading of ``f`` after its own."""
    return later is not None and later.start > f.when.start


def _ahead(f: Found, later: When | None) -> Found:
    """``f`` read as ``later`` when that reading is after its own (its rule marked ``-forward``)."""
    if later is None or later.start <= f.when.start:
        return f
    return attrs.evolve(f, when=later, rule=f"{f.rule}-forward")


def _moved_ahead(
    c: _Text,
    f: Found,
) -> When | None:
    """The coming occurrence of a year-less date that the past lean put behind the reference, when
    its clause is told in the future and the coming one lies within half a year (tb9: "named
    chairman, effective Dec. 1" said in July; "the plant is expected to reopen in January" said in
    August). Leaning past, a date of the year is the coming one only within a third of a year
    (:func:`~liveblog.resolve._partial.yearly_order`); the clause's tense reaches further. The move
    is checked: the words read preferring the future name the date exactly one year later."""
    if f.when.kind is WhenKind.REF or f.when.end > c.reference:
        return None
    if not c.reference < f.when.start + _YEAR <= c.reference + _HALF_YEAR:
        return None  # a year on, it would not lie ahead within half a year: no words need reading
    if any(t.deictic_re is not None and t.deictic_re.search(f.text) for t in c.tenses):
        return None
    before, after = _around(c, f)
    if _tense_of(c.tenses, before, after) != "future":
        return None
    later = c.again(f.text)
    if later is None or later.start > c.reference + _HALF_YEAR:
        return None
    return later if _year_before(later.start) == f.when.start else None


def _uncued(
    c: _Text,
    f: Found,
    cue: int,
    *,
    past_told: bool,
) -> When | None:
    """The reading of ``f`` when no cue stands in the clause before it (the first cue is at
    ``cue``): neither rule applies, unless the clause goes on after the date in the future
    ("Toplantı salı günü yapılacak": the verb comes last), the date is fronted in a clause told
    in the future (tb8: "On Tuesday, the council will vote"), a date of the year comes back round
    (:func:`_moved_ahead`), or a time of day is later today (:func:`_later_today`)."""
    later = None
    if cue < f.span.end + _LOOK_AHEAD and f.when.end <= c.reference and _ahead_after(c, f):
        later = c.again(f.text)
    elif cue < f.span.end + _FRONT_AHEAD:
        later = _fronted(c, f)
    later = later if _moves(f, later) else _moved_ahead(c, f)
    if later is None and past_told:
        later = _later_today(c, f)
    return later


def _later_today(
    c: _Text,
    f: Found,
) -> When | None:
    """A time of day said alone, later in the day than the reference, in a clause not told in the
    past (lead8): "The order takes effect at 6 p.m." written at 15:10 is today's 18:00, not
    yesterday's, which leaning past alone gives. A clock with fewer than three words around it in
    its sentence is no clause and is left as it was. The words say only a time of day when reading them
    leaning ahead moves them by exactly one day; a clause with a past verb keeps the last one ("the
    curfew began at 6 p.m."), and a time more than twelve hours ahead is left as it was."""
    if f.when.kind is not WhenKind.POINT or f.when.end - f.when.start > _HOUR or f.when.end > c.reference:
        return None
    before, after = _around(c, f)
    if len(_WORD.findall(before)) + len(_WORD.findall(after)) < _CLAUSE_WORDS:
        return None  # a clock alone ("22:40", "at 8pm") is no clause: leaning past, yesterday's
    if _told_in_past(c, f):
        return None  # comp10: the clause's tense, asked before the words are read again (find_times)
    later = c.again(f.text)
    if later is None or later.start - f.when.start != _DAY:
        return None
    return later if c.reference < later.start <= c.reference + _HALF_DAY else None


def _just_gone(past: When, later: When, reference: datetime) -> bool:
    """Whether a day said without its year is one just gone, not the same day next year (tb8): "the
    sites could only be visited as laid down by the Feb. 23 accord" said on 6 March; a future tense
    elsewhere in the clause does not move a day of the last two months to one ten months ahead."""
    if past.end - past.start > timedelta(days=1) or past.end <= reference - _SCHEDULED:
        return False
    return later.start > reference + _HALF_YEAR
