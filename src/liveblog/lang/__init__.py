"""Per-language word tables, compiled into one lexicon per language.

A table row is ``(phrase, kind, value)``. The kinds the grammar knows:

- ``weekday`` (0 = Monday), ``month`` (1-12), ``hmonth`` (Hijri, 1-12: see
  :mod:`liveblog.lang.hijri` for its companions), ``dayword`` (day offset from the
  reference: أمس = -1), ``part`` (a name in :data:`liveblog.lang.parts.PARTS`),
  ``partday`` (a part with its day in one word: "tonight"), ``edge`` (early/late);
- ``unit`` ``(unit, count)`` where count 0 means "needs a number", ``num``,
  ``frac``/``andfrac`` (half, quarter), ``vague`` (بضع, "several": not a date);
- ``mod`` (-1 past, +1 next, 0 current), ``this``, ``period`` (week/month/quarter/year);
- ``yearpart`` (months in a part of a year: 3 a quarter, 6 a half), ``yearpartletter`` ("Q" of
  "Q3"), ``yearparthead`` (the same with its number after it: "quý 3"), ``fiscal`` (a word that
  makes a year fiscal; read as the calendar year),
  ``yearbefore`` (a word before a bare year that makes it one: "by 2040", "his 1996 campaign"),
  ``yearafter`` (words after it that make it one, left out of its span: "1994 or later");
- ``hedge``/``hedge-post`` (approximate), ``ago``/``ago-post``/``in``/``within``;
- cues: ``yearcue``, ``monthcue``, ``edgecue``, ``clockcue``, ``dayprefix``,
  ``monthprefix``, ``of``, ``the``, ``yearsuffix``, ``ordsuffix``, ``ordinal``;
- ``numprefix`` (an article cut off a number by a tatweel: «الـ24 ساعة», «اليوم الـ420»);
- ``partof`` (a word between a part of the day and its day: "on", "into"; value ``"into"``
  when the part runs into that day: "overnight into Friday" is Friday's small hours);
- ``holiday`` (a key of :data:`liveblog.lang.holidays.HOLIDAYS`), ``season`` (spring, summer,
  autumn, winter), ``decade`` (its tens: "nineties" = 90), ``century``, ``edgeperiod``
  (an abbreviation for a part of the current period: "EOM" = ``("end", "month")``);
- windows and counted units (:mod:`liveblog.resolve._windows`): ``ahead`` ("upcoming" with a
  count: the unit that many ahead), ``afternext`` ("Friday after next"), ``weekdays`` (a plural
  weekday: "3 Fridays from now"), ``countdir`` (+1 "from now", "hence"; -1 "ago", "back"),
  ``deadline`` ("by" the end of a period), ``forlen`` ("for" an amount), ``startfrom`` ("from",
  "starting from" a time), ``shiftdir`` (+1 "after", -1 "before": "three days after Easter"),
  ``vaguecount`` ("few" in a window: three, approximate);
- ``ref`` (a vague reference: value ``PRESENT``, ``PAST`` or ``FUTURE``, TIMEX3 ``<value>_REF``),
  ``anaphor`` (a date said from the one before it: ``(unit, shift)`` or ``(unit, shift, part)``,
  "the next day" = ``("day", 1)``), ``anaphordir`` (after an amount: "later" = ``(1, False)``),
  ``anaphorlead`` (before an amount: «بعد ذلك» = 1), ``periodended`` ("the quarter ended …"),
  ``weekend``;
- clock words: ``ampm``, ``hourword``, ``minword``; ``zone`` (IANA name,
  ``+HH:MM`` or ``local``); minutes around an hour: ``minamount`` (quarter = 15,
  half = 30, «ثلث» = 20), ``mindir`` after an amount (past = +1, to = -1),
  ``minjoin`` between the hour and its minutes («و» = +1, «إلا» = -1),
  ``halfhour`` ("half three" = 3:30), ``hournoun`` (noon, midnight as an hour),
  ``hourcue`` (a bare hour after it is a clock: «الساعة 3»), ``hourpost``
  ("o'clock"), ``clockdecimal`` (the separator of «30ر14»: minutes before it, the hour after);
- ``monthnumber`` (a noun before a month said by its number: «شهر 3» ``cardinal``, «الشهر
  التاسع» ``ordinal``), ``nthnoun`` (a noun an ordinal follows: «اليوم الثالث من أكتوبر»),
  ``dayshift`` (the day before or after a date that follows: «عشية» −1, «غداة» +1),
  ``anniversary`` (the reference's day and month in the year named after it: «في مثل هذا اليوم
  من عام 1967»),
  ``durative`` (a state «منذ N» after it says how long:
  «المعتقل منذ 300 يوم»), ``namecue`` (a part of the day after it is a name: «جريدة الصباح»).

A kind ending in ``-bound`` is the same kind, but the word only counts with a
day, number or cue beside it (the grammar checks the ``bound`` flag).

Languages with tables generated from the CLDR (``lang/<code>/cldr.json``, see
:mod:`liveblog.lang._generate`) add ``periodword`` (a whole phrase for a
relative period: "la semaine dernière" = ``("week", -1)``) and ``weekdaypart``
(a weekday and a part of it in one word: "Sonntagabend" = ``(6, "evening")``);
their hand-written news phrasing is in ``lang/<code>/news.toml``
(:mod:`liveblog.lang._data`).

Word order is data: each sense has a :data:`Place`, where it stands beside the
word it modifies ("last Friday": ``before``; «الجمعة الماضية», "vendredi
dernier": ``after``; Spanish "pasado" both ways: ``any``), from the language's
``ORDER`` and per-word exceptions.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any, Literal, cast, get_args

import attrs

from liveblog._text.normalize import normalize

__all__ = [
    "KINDS",
    "SPOT_REACH",
    "TOKEN",
    "UNSPACED",
    "UNSPACED_LETTER",
    "Kind",
    "Lex",
    "Lexicon",
    "Paired",
    "Place",
    "Row",
    "Start",
    "Syntax",
    "TokenKind",
    "lexicon",
    "prescan",
    "span_lead",
    "spot_forms",
]

Row = tuple[str, str, Any]
# Every kind a table row may have (a row's kind may add ``-bound``): a typo in a table is an error
# when the table is built, and a rule asking for a kind no table has is one for the type checker.
Kind = Literal[
    "ago",
    "anaphor",  # a date said from the one before it (liveblog.resolve._rules_refs)
    "anaphordir",
    "anaphorlead",
    "ago-post",
    "ampm",
    "andfrac",
    "century",
    "clockcue",
    "dayprefix",
    "dayword",
    "decade",
    "decadehead",  # lead10: a decade's noun before its number ("años 90", "les années 1990")
    "decadesuffix",  # lead10: after it, glued ("1990er", "1990-е")
    "roman",  # lead10: a Roman numeral, a century's number ("siglo XX", "XXe siècle")
    "edge",
    "edgecue",
    "edgeperiod",
    "equiv",
    "fiscal",
    "frac",
    "halfhour",
    "hedge",
    "hedge-post",
    "hepithet",
    "hfirst",
    "hmonth",
    "holiday",
    "hourcue",
    "hournoun",
    "hourpost",
    "hourword",
    "hyearsuffix",
    "in",
    "join",
    "minamount",
    "mindir",
    "minjoin",
    "minword",
    "minzero",  # rom6: the zero of minutes read digit by digit ("seis cero dos", "6 0 2 pm")
    "mod",
    "month",
    "monthcue",
    "monthprefix",
    "namehead",
    "nametail",  # gaps9: "March for Life", "the March on Washington": a month word as a title's noun
    "nth",
    "num",
    "numprefix",
    "of",
    "ordinal",
    "ordsuffix",
    "part",
    "partday",
    "partof",
    "period",
    "periodedge",
    "periodended",
    "periodword",
    "range-from",
    "range-to",
    "ref",
    "season",
    "the",
    "this",
    "unit",
    "vague",
    "weekday",
    "weekdaypart",
    "weekend",
    "within",
    "yearanaphor",  # tb8: a report's period after a year ("the 1988 quarter": that quarter in 1988)
    "yearafter",  # tb8: words after a bare year that make it one ("1994 or later", "1990 and beyond")
    "yearbefore",
    "yearcue",
    "yearpart",
    "yearpartletter",
    "yearparthead",  # h11: a quarter's noun with its number after it (Vietnamese "quý 3")
    "firstn",  # h11: the first n parts of a year (前三季度, 今年前两个月)
    "partword",  # h11: a part of a year in one word, [n, months]: 上半年 = [1, 6], 하반기 = [2, 6]
    "lunarcue",  # h11: 农历 (of the lunar calendar, before a month)
    "lunarmonth",  # h11: 正月 = 1, 腊月 = 12
    "lunarday",  # h11: 初八 = 8
    "yearsuffix",
    "yearthousand",
    "zone",
    "placetime",  # lead9: the word after a place that names its clock ("Kyiv time"): liveblog._text.zones
    # -- scripts without spaces, counters and endings (liveblog.resolve._rules_counted) --
    "counter",
    "numcounter",  # h11: a number word and its counter in one word (Korean 세시: 3, "hour")
    "era",
    "in-post",
    # -- Arabic news shapes (docs/resolution.md) --
    "clockdecimal",
    "durative",
    "monthnumber",
    "namecue",
    "nthnoun",
    "dayshift",  # ar6: «عشية الانتخابات» (sameword went: «من العام نفسه» is an anaphor now)
    "anniversary",  # ar9: «في مثل هذا اليوم» (the reference's day and month in the year after it)
    # -- windows, counted units, durations, shifts (liveblog.resolve._windows) --
    "ahead",
    "afternext",
    "countdir",
    "deadline",
    "forlen",
    "shiftdir",
    "startfrom",
    "vaguecount",
    "weekdays",
    "closest",  # en8: "the (second) closest Monday to 5 October" (liveblog.resolve._windows)
    "restof",  # en8: "the rest of the week": from the reference to the period's end
    "toldcue",  # en9: "on Saturday for 9am": a word joining a day to a clock told in full
    "more",  # en9: "in 2 more minutes": a word between an amount's count and its unit
]
KINDS: frozenset[str] = frozenset(get_args(Kind))
TokenKind = Kind | Literal["number"]  # what a token can be: a sense's kind, or a number
Place = Literal["before", "after", "any"]  # where a modifier stands beside the word it modifies
# Letters of the scripts written without spaces between words (Han, kana and the iteration mark
# 々, halfwidth katakana): every such letter is a token of its own, and phrases are cut the same
# way, so "明天下午" is read as the phrases "明天" and "下午" wherever it stands in a line.
UNSPACED = (
    "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    # Thai, Lao, Myanmar, Khmer (letters and their signs; not their digits or punctuation)
    "\u0e01-\u0e4e\u0e81-\u0ece\u1000-\u103f\u1050-\u109f\u1780-\u17d3"
)
# Letters of the Brahmic scripts written with spaces (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
# Tamil, Telugu, Kannada, Malayalam, Sinhala) with their vowel signs and viramas, which are
# combining marks that ``\w`` does not match ("दिन" would be three tokens); their digits and dandas
# are left out. A run of them is one token (an alternative of its own, tried after the letter runs
# of the other scripts, which leave these ranges out: a Latin or Arabic word never tries it).
MARKED = (
    "\u0900-\u0963\u0971-\u097f\u0980-\u09e5\u09f0-\u09ff\u0a00-\u0a65\u0a70-\u0a7f"
    "\u0a80-\u0ae5\u0af0-\u0aff\u0b00-\u0b65\u0b70-\u0b7f\u0b80-\u0be5\u0bf0-\u0bff"
    "\u0c00-\u0c65\u0c70-\u0c7f\u0c80-\u0ce5\u0cf0-\u0cff\u0d00-\u0d65\u0d70-\u0d7f"
    "\u0d80-\u0de5\u0df0-\u0dff"
)
# Letters of the most common scripts, each a letter in every Unicode version (Latin, Greek,
# Cyrillic, Hebrew, Arabic): a subset of the letter runs' class, which the regex engine tests by
# asking each character's category, where it tests this one in a table.
_COMMON_LETTERS = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9"
    "\u0410-\u044f\u05d0-\u05ea\u0621-\u063a\u0641-\u064a"
)
# How text and phrases are cut into words (the resolver's tokens): digit runs with an ordinal
# suffix, "a.m.", one letter of an unspaced script, letter runs, a newline, any other character
# alone ("sexta-feira" is three). tok10: the first alternative reads most words first, the same
# token as the letter runs' alternative, with less work: common letters (the first not "a" nor "p",
# which may start "a.m."), all of them (possessive) and then no letter of the runs; any other word
# fails it at once or at its first uncommon letter and is read by the alternatives after it.
TOKEN = re.compile(
    rf"[{_COMMON_LETTERS.replace('A-Za-z', 'A-Zb-oq-z')}][{_COMMON_LETTERS}]*+(?![^\W\d_])"
    rf"|(\d+)(?:(?:st|nd|rd|th)(?![a-z]))?|[ap]\.m\.?|[{UNSPACED}]|[^\W\d_{UNSPACED}{MARKED}]+|[{MARKED}]+|\n|\S"
)
UNSPACED_LETTER = re.compile(f"[{UNSPACED}]")  # one letter of a script written without spaces
_FIRST_SYLLABIC = "\u0e01"  # no letter of UNSPACED nor of Hangul comes before this one


@functools.cache
def _syllabic() -> re.Pattern[str]:
    """A letter of a script whose letter is a syllable (UNSPACED, and Hangul): compiled when a word
    of such a script is first met (fast9: 40,000 code points read to build it)."""
    return re.compile(f"[{UNSPACED}\uac00-\ud7a3]")


def _is_syllabic(word: str) -> bool:
    """Whether ``word`` begins with a letter that is a syllable (明 of 明天, 오늘)."""
    return word[:1] >= _FIRST_SYLLABIC and _syllabic().match(word) is not None


Start = tuple["Lex", int]  # a sense a word can start, and the clitic letters in front of it
# A word's senses (:meth:`Lexicon.starting`), and the same split for matching (tok10): the one-word
# ones, and the longer ones by their second word (None when there are none), each in that order.
Paired = tuple[tuple[Start, ...], tuple[Start, ...], "dict[str, tuple[Start, ...]] | None"]
_NOTHING: Paired = ((), (), None)

SPOT_REACH = 4
"""How many tokens before the word the pre-scan spots a rule may start (:func:`prescan`)."""

_REMEMBERED_WORDS = 4096  # per lexicon: the words whose senses are kept (bounded, words only)

_TRIGGER_KINDS: frozenset[Kind] = frozenset(
    {
        *("weekday", "month", "hmonth", "dayword", "part", "partday", "unit", "num", "period"),
        *("ago-post", "periodword", "weekdaypart", "yearpart"),
        *("hourword", "hourcue", "hournoun"),  # «الثالثة وربع»، «الساعة خمسة», "noon"
        "numcounter",  # h11: Korean 세시 (three o'clock, one word)
        "partword",  # h11: 상반기, 上半期 (a half of a year, one word)
        *("lunarcue", "lunarmonth"),  # h11: 农历八月十五, 正月十五
    }
)


# Named days and long periods (holidays, seasons, decades, centuries), spotted by a telling word.
# Vague references ("at present": "present") and the weekend are spotted the same way.
_NAMED_KINDS: frozenset[Kind] = frozenset(
    {"holiday", "season", "decade", "century", "edgeperiod", "ref", "weekend"}
)


@attrs.frozen
class Syntax:
    """How a language orders the words the grammar joins: data, one record per language.

    The grammar asks these questions of the word it is looking at (its
    :attr:`Lex.syntax`), never which language it is: "vendredi dernier" needs
    a French table with ``mod_after=True``, no rule code.
    """

    mod_before: bool = False  # a modifier precedes what it modifies: "last Friday", "next month"
    mod_after: bool = False  # a modifier follows: «الجمعة الماضية», «الشهر المقبل», «25 الجاري»
    abbrev_dot: bool = False  # month abbreviations take a full stop: "Nov."
    capitalised: bool = False  # month names are capitalised; "april", "may" in lower case are words
    number_after_month: bool = False  # a day number may follow its month: "Ramadan 27, 1445"
    count_after_unit: bool = False  # "one" follows its unit: «يوم واحد»
    edge_before_day: bool = False  # an edge word before a day: "early Friday", "late on Thursday"
    part_after_part: bool = False  # a part names its day's part again: "the early hours of Friday morning"
    # A holiday name followed by a noun modifies it: "Christmas tree", "Easter Island" (no date).
    compound_before_head: bool = False
    # Parts that may follow their day («الخميس مساء»): None for every part, else the words that may.
    parts_after_day: frozenset[str] | None = None
    units_before_tens: bool = False  # «خمس وأربعون» (5 and 40); "forty-five" puts the tens first
    # Words that name a day's night, with the days from that day to the night's evening: «ليل
    # الخميس» is Thursday's night (0); classical «ليلة الجمعة» the night before Friday (-1). A
    # midnight of such a night falls on the next date.
    named_nights: tuple[tuple[str, int], ...] = ()
    # A number word before ten or a hundred multiplies it: 三十 = 30, 二十五 = 25 (Chinese, Japanese);
    # otherwise a unit before ten adds to it («ثلاث عشرة» = 13).
    tens_multiply: bool = False
    # Endings glued to a word that leave its sense as it is (case endings, particles): Hungarian
    # "hétfőn", "márciusban"; Korean 월요일에, 오늘은; Turkish "salıya". "X>Y" is an ending Y that
    # takes the place of a final X: Georgian "ი>ს" reads ორშაბათს as ორშაბათი, Hungarian "a>án"
    # "szerdán" as "szerda". Longest first when looked up.
    suffixes: tuple[str, ...] = ()
    # The shortest stem an ending is read off: short stems inflected are often other words
    # (Turkish "yaz" summer, "yazı" writing; Hungarian "dél" noon, "déli" southern).
    min_stem: int = 1
    # Letters glued before a word that leave its sense as it is (Hebrew ו ש כ ב ל מ: «למחר» is
    # «מחר» "tomorrow" with "to"), up to two of them in the order listed («ולמחר», never «לומחר»);
    # the word itself is looked up first.
    prefixes: tuple[str, ...] = ()
    # (ar8) A bare hour said in words or after an hour cue, with no half of the day, is on the 12-hour
    # clock: «الساعة 3», «الثالثة» is 03:00 or 15:00, ``prefer`` picks (docs/resolution.md, "Clocks
    # said in words"). Digits with no cue ("3", "02:00") stay as written.
    twelve_hour: bool = False
    # en8: numeric dates are written month first where the language is read ("2/15" in the US):
    # a month/day said alone with no year, readable only month first, is that day.
    numeric_month_first: bool = False
    # en8: news in the language writes the 12-hour clock in digits too ("3:30", "at 3 15", "three
    # twenty" say no half of the day): an hour 1-12 with no am/pm, part or zone is either half,
    # settled by ``prefer`` (English). ``twelve_hour`` (ar8) is the narrower Arabic rule: words
    # and cued bare hours only, digits with minutes stay as written.
    twelve_hour_digits: bool = False
    # cjk8: a modifier before a day number with its counter names that day of the month, not a
    # window of days: Korean "지난 28일" is the 28th just past, "오는 5일" the 5th to come.
    mod_names_day: bool = False
    # lead11: endings (or a particle of a script without spaces) of the word right before an amount
    # told "later" after it that make the amount count from that word's event, not from now: Turkish
    # ablative "saldırıdan 3 gün sonra" (3 days after the attack), Japanese 事件の3日後.
    counted_from_endings: tuple[str, ...] = ()
    # tb9: the language's news names days within a week either way by the bare weekday (English, as
    # AP style asks: "the talks resume Tuesday" said on a Monday), so leaning to the past the weekday
    # of tomorrow is tomorrow, not six days ago; a clause told in the past moves it back a week.
    weekday_tomorrow: bool = False
    # ar9: the words that say a clock's half of the day name a part of the day («الساعة 3 صباحا»:
    # "3 in the morning"), so leaning to the future a clock gone by in the half under way is today's
    # ("this morning at 3"), not tomorrow's as a bare am/pm says (docs/resolution.md, "Clock times").
    half_under_way: bool = False
    # ar9: "this" before a weekday names the one to come (today on that day): Arabic news names a
    # day just gone «أمس الاثنين» or «الاثنين الماضي», and «هذا الاثنين» looks ahead; English "this
    # Friday" is the nearer one (docs/resolution.md)
    this_weekday_ahead: bool = False
    # lead10: the language's news writes a 24-hour clock as four bare digits after a clock cue ("at
    # 2030", English military style), so a number a year could be (1800-2100) after one is a clock;
    # elsewhere it is as often a year ("u 2020." in 2020, "um 1900" about 1900) and is no clock
    hhmm_after_cue: bool = False
    # lead10: the language writes decimals with a comma ("3,5 %"), so hour and minutes with a dot after
    # a clock cue are a clock ("alle 14.30", "saat 14.30", "o godz. 14.30"); English "at 14.30" may
    # be a price or a rate
    decimal_comma: bool = False


_NO_SYNTAX = Syntax()
# Tables generated from the CLDR say each modifier's place word by word; a word they leave open may
# stand on either side.
_DATA_SYNTAX = Syntax(mod_before=True, mod_after=True)


@attrs.frozen
class Lex:
    """One sense of a phrase."""

    kind: Kind
    value: Any
    words: tuple[str, ...]
    lang: str
    bound: bool = False
    place: Place = "any"  # where this word stands as a modifier, when its table says
    syntax: Syntax = attrs.field(default=_NO_SYNTAX, eq=False, repr=False)

    @property
    def before(self) -> bool:
        """This modifier may precede what it modifies: its own place, else its language's order."""
        return self.place == "before" or (self.place == "any" and self.syntax.mod_before)

    @property
    def after(self) -> bool:
        """This modifier may follow what it modifies: its own place, else its language's order."""
        return self.place == "after" or (self.place == "any" and self.syntax.mod_after)


@attrs.frozen
class Lexicon:
    """Phrases of one language, indexed by their first (normalised) word."""

    lang: str
    by_first: dict[str, tuple[Lex, ...]]
    clitics: bool  # Arabic: strip و ف ب ل ك prefixes before looking a word up
    # Whether the tables know every date word of the language (ar, en: hand-written); tables
    # generated from the CLDR do not, and dateparser still reads what they miss.
    complete: bool = True
    # Endings glued after a word that keep its sense (:attr:`Syntax.suffixes`), longest first, and
    # the shortest stem they are read off (:attr:`Syntax.min_stem`).
    suffixes: tuple[str, ...] = ()
    min_stem: int = 1
    prefixes: tuple[str, ...] = ()  # :attr:`Syntax.prefixes`, in the order they are glued
    syntax: Syntax = attrs.field(default=_NO_SYNTAX, eq=False, repr=False)  # the language's word order
    # A word more than two (clitic) letters longer than every first word starts no phrase.
    _longest: int = attrs.field(init=False, eq=False, repr=False)
    _lookup: Callable[[str], Paired] = attrs.field(init=False, eq=False, repr=False)

    @_longest.default
    def _longest_word(self) -> int:
        glued = max(map(len, self.suffixes), default=0) + 2 * max(map(len, self.prefixes), default=0)
        return max(map(len, self.by_first), default=0) + 2 + glued

    @_lookup.default
    def _remembered_lookup(self) -> Callable[[str], Paired]:
        # The same words come back on every page; a bounded cache of word → senses spares the
        # clitic stripping and dictionary lookups (it holds words, never page text). tok10: each
        # word's senses are also split once for the resolver's tokens (:meth:`paired`).
        lookup = functools.partial(
            _starting,
            self.by_first,
            self.clitics,
            suffixes=self.suffixes,
            min_stem=self.min_stem,
            prefixes=self.prefixes,
        )

        def looked_up(word: str) -> Paired:
            starts = lookup(word)
            if not starts:
                return _NOTHING
            singles = tuple(start for start in starts if len(start[0].words) == 1)
            if len(singles) == len(starts):
                return starts, starts, None
            by_second: dict[str, list[Start]] = {}
            for start in starts:
                if len(start[0].words) > 1:
                    by_second.setdefault(start[0].words[1], []).append(start)
            return starts, singles, {w: tuple(v) for w, v in by_second.items()}

        return functools.lru_cache(maxsize=_REMEMBERED_WORDS)(looked_up)

    def starting(self, word: str) -> tuple[Start, ...]:
        """The senses whose first word is ``word`` or its stem, with the clitic letters before it.

        Stems in :func:`_stems` order, longest phrases first for each stem.

        >>> [(s.kind, s.value, strip) for s, strip in lexicon("ar").starting("والخميس")]
        [('weekday', 3, 1)]
        """
        if len(word) > self._longest:
            return ()
        return self._lookup(word)[0]

    def paired(self) -> tuple[Callable[[str], Paired], int]:
        """:meth:`starting` for a caller that matches the senses of every word of a text against the
        words after it: a word's senses, then the same split into one-word ones and longer ones by
        their second word (remembered: a C call for a word met before), and the longest word worth
        asking about (a longer word starts nothing)."""
        return self._lookup, self._longest

    def trigger_words(self) -> set[str]:
        """First words of the phrases that carry a date by themselves (for the pre-scan).

        Cue and function words ("in", "the", في) are left out: rules may start
        a few tokens before a trigger, so they are still read.
        """
        base = (
            {
                w
                for w, senses in self.by_first.items()
                if any(lex.kind in _TRIGGER_KINDS for lex in senses)
                and (
                    len(w) >= 3
                    # Turkish "ay" (month), Hungarian "ma", Urdu «آج» (today): short but telling
                    # (a word of its own: "i" of Danish "i går" is spotted by "går")
                    or any(
                        lex.kind in ("month", "weekday", "period", "dayword") and len(lex.words) == 1
                        for lex in senses
                    )
                    or _is_syllabic(w)  # 明 of 明天, 오늘: a letter is a syllable
                )
            }
            | self._short_first_spots()
            | self.spot_words("hmonth")
            # a one-word anaphor ("lendemain", "indomani"): its phrase has no other word to spot (romint)
            | {
                w
                for w, senses in self.by_first.items()
                if any(x.kind == "anaphor" and len(x.words) == 1 for x in senses)
            }
            | self.longest_words(_NAMED_KINDS)
        )
        return base | self._unspotted_anaphora(base)

    def _unspotted_anaphora(self, spotted: set[str]) -> set[str]:
        """ana9: the last word (three letters or more) of each anaphor phrase none of whose words is
        spotted otherwise: "then" of "until then", «الحين» of «منذ ذلك الحين»."""
        return {
            max((w for w in lex.words if len(w) >= 3), key=lex.words.index)
            for senses in self.by_first.values()
            for lex in senses
            if lex.kind == "anaphor"
            and any(len(w) >= 3 for w in lex.words)
            and not any(w in spotted for w in lex.words)
        }

    def _short_first_spots(self) -> set[str]:
        """The longest word of each date phrase whose first word is too short to scan for.

        Danish and Norwegian "i går", "i morgen", Swedish "i år", Croatian "u petak" start with a
        one-letter word that is everywhere; the phrase is spotted by its longest word ("går", "år")
        and read from its start. The word is one a rule starting at the phrase's first word reaches
        (:data:`SPOT_REACH`): "à la fin de la journée" is spotted by "fin", not "journée" (h11).
        """
        return {
            max(lex.words[: SPOT_REACH + 1], key=len)
            for w, senses in self.by_first.items()
            if len(w) < 3
            for lex in senses
            if lex.kind in _TRIGGER_KINDS
            and len(lex.words) > 1
            and len(max(lex.words[: SPOT_REACH + 1], key=len)) >= 2
        }

    def longest_words(self, kinds: frozenset[Kind]) -> set[str]:
        """The longest word of each phrase of ``kinds`` among its first four words (its spot).

        "new year's day" is spotted by "year", "good friday" by "friday": a rule may start a few
        words before its spot, and common first words ("new", "good", "the") stay out of the scan.
        """
        return {
            max((w for w in lex.words[:4] if w.isalpha()), key=len, default=lex.words[0])
            for senses in self.by_first.values()
            for lex in senses
            if lex.kind in kinds
        }

    def spot_words(self, kind: Kind) -> set[str]:
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


def _starting(
    by_first: dict[str, tuple[Lex, ...]],
    clitics: bool,
    word: str,
    suffixes: tuple[str, ...] = (),
    min_stem: int = 1,
    prefixes: tuple[str, ...] = (),
) -> tuple[Start, ...]:
    found = tuple((sense, strip) for stem, strip in _stems(word, clitics) for sense in by_first.get(stem, ()))
    if not found and prefixes:
        found = _after_prefixes(by_first, word, prefixes, min_stem)
    if found or not suffixes:
        return found
    # "hétfőn" = "hétfő" + "n", 월요일에 = 월요일 + 에, 시에 = 시 + 에: the longest ending whose stem is
    # a first word; only single-word senses, since the ending closes the phrase, and no bound one
    # (an abbreviation with an ending is another word: Turkish "per" + "i").
    for ending in suffixes:
        final, _, glued = ending.rpartition(">")  # "ი>ს": the ending ს takes the place of a final ი
        if len(word) - len(glued) + len(final) >= min_stem and word.endswith(glued):
            stem = by_first.get(word[: -len(glued)] + final, ())
            single = tuple((sense, 0) for sense in stem if len(sense.words) == 1 and not sense.bound)
            if single:
                return single
    return ()


def _after_prefixes(
    by_first: dict[str, tuple[Lex, ...]], word: str, prefixes: tuple[str, ...], min_stem: int
) -> tuple[Start, ...]:
    """The senses of ``word`` read past one or two glued prefixes («למחר», «ולמחר»), the letters
    taken off counted as clitics; a second prefix only one listed after the first (Hebrew ו before
    ל, never after it); bound senses never (a prefixed abbreviation is another word)."""
    bases = [(word, 0, -1)]
    for _ in range(2):
        bases = [
            (w[len(p) :], k + len(p), n)
            for w, k, last in bases
            for n, p in enumerate(prefixes)
            if n > last and w.startswith(p)
        ]
        for base, k, _n in bases:
            if len(base) >= max(min_stem, 2):
                found = tuple((sense, k) for sense in by_first.get(base, ()) if not sense.bound)
                if found:
                    return found
    return ()


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


def words_of(phrase: str) -> tuple[str, ...]:
    """A phrase's words as the resolver cuts text: normalised, then split by :data:`TOKEN`.

    >>> words_of("Sexta-Feira"), words_of("aujourd’hui")
    (('sexta', '-', 'feira'), ('aujourd', "'", 'hui'))
    """
    return tuple(m.group(0) for m in TOKEN.finditer(normalize(phrase).text))


def _build(
    lang: str,
    rows: list[Row],
    clitics: bool,
    places: Callable[[str, Kind], Place],
    syntax: Syntax,
    *,
    complete: bool = True,
    cut: Callable[[str], tuple[str, ...]] = words_of,
) -> Lexicon:
    index: dict[str, list[Lex]] = {}
    for phrase, kind, value in rows:
        words = cut(phrase)
        if not words:
            continue
        bound = kind.endswith("-bound")
        base = kind.removesuffix("-bound")
        if base not in KINDS:
            raise ValueError(f"the {lang} table gives {phrase!r} the unknown kind {kind!r}")
        known = cast(Kind, base)
        lex = Lex(known, value, words, lang, bound, places(phrase, known), syntax)
        index.setdefault(words[0], []).append(lex)
    frozen = {k: tuple(sorted(v, key=lambda x: -len(x.words))) for k, v in index.items()}
    suffixes = tuple(sorted(set(syntax.suffixes), key=lambda e: (-len(e.rpartition(">")[2]), e)))
    prefixes = tuple(dict.fromkeys(syntax.prefixes))  # in the order glued: "ו" before "ל"
    return Lexicon(lang, frozen, clitics, complete, suffixes, max(syntax.min_stem, 1), prefixes, syntax)


def _by_kind(order: dict[str, Place]) -> Callable[[str, Kind], Place]:
    return lambda _phrase, kind: order.get(kind, "any")


@functools.cache
def lexicon(lang: str) -> Lexicon | None:
    """The lexicon for ``lang``, or None when we have no tables for it.

    ``ar`` and ``en`` are hand-written; the languages of
    :data:`liveblog.lang._data.LANGS` are generated from the CLDR with
    hand-written news phrasing on top.

    >>> [s.value for s, _ in lexicon("fr").starting("vendredi") if s.kind == "weekday"], lexicon("xx") is None
    ([4], True)
    """
    cut = _cut_once()  # each phrase is cut once, for the stamps' check and for the index (fast9)
    if lang == "ar":
        from liveblog.lang import ar

        return _build("ar", _with_stamps("ar", ar.ROWS, cut), True, _by_kind(ar.ORDER), ar.SYNTAX, cut=cut)
    if lang == "en":
        from liveblog.lang import en

        return _build("en", _with_stamps("en", en.ROWS, cut), False, _by_kind(en.ORDER), en.SYNTAX, cut=cut)
    from liveblog.lang import _data

    table = _data.load(lang)
    if table is None:
        return None
    syntax = attrs.evolve(_DATA_SYNTAX, **table.syntax) if table.syntax else _DATA_SYNTAX
    return _build(
        lang, _with_stamps(lang, table.rows, cut), False, table.place, syntax, complete=False, cut=cut
    )


def _cut_once() -> Callable[[str], tuple[str, ...]]:
    """:func:`words_of`, remembering each phrase's words while one lexicon is built (then dropped)."""
    memo: dict[str, tuple[str, ...]] = {}

    def cut(phrase: str) -> tuple[str, ...]:
        words = memo.get(phrase)
        if words is None:
            words = memo[phrase] = words_of(phrase)
        return words

    return cut


def _with_stamps(lang: str, rows: list[Row], cut: Callable[[str], tuple[str, ...]] = words_of) -> list[Row]:
    """``rows`` and the words of the language's relative stamps (``RELATIVE`` in ``lang/<code>/``:
    "il y a", "fa", "sec", «پیش») the rows lack: one source for the stamp reader of page furniture
    (:mod:`liveblog.lang.relative`) and the resolver's amounts. One-letter units ("m", "h") stay
    furniture: "in 5m" in running text is more often money than minutes."""
    try:
        words = getattr(importlib.import_module(f"liveblog.lang.{lang}"), "RELATIVE", None)
    except ModuleNotFoundError:
        return rows
    if words is None:
        return rows
    have = {(cut(phrase), kind.removesuffix("-bound")) for phrase, kind, _value in rows}
    extra: list[Row] = [
        *(
            (w, "unit", (unit, count or 0))
            for w, (unit, count) in words.units.items()
            if len(w.strip(".'")) > 1
        ),
        *((w, "ago", None) for w in words.ago_before),
        *((w, "ago-post", None) for w in words.ago_after),
        *((w, "in", None) for w in words.in_before),
        *((w, "num", n) for w, n in words.numbers.items()),
    ]
    return [*rows, *(row for row in extra if (cut(row[0]), row[1]) not in have)]


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
    unspaced: set[str] = set()
    suffixed = False
    glued = set("وفبلك")  # Arabic clitics, and the one-letter prefixes of the languages read
    for lang in langs:
        lex = lexicon(lang)
        if lex is None:
            continue
        suffixed = suffixed or bool(lex.suffixes)
        # an ending that takes the place of a final letter (Georgian "ი>ს": ზაფხული → ზაფხულს): the
        # word is spotted by its stem, the letters after it read as the tail (eastint)
        finals = {e.rpartition(">")[0] for e in lex.suffixes if ">" in e}
        glued.update(p for p in lex.prefixes if len(p) == 1)
        for w in lex.trigger_words():
            (unspaced if UNSPACED_LETTER.match(w) else words).add(w)
            words.update(w[: -len(f)] for f in finals if w.endswith(f) and len(w) - len(f) >= lex.min_stem)
            if lex.clitics and w.startswith("ال") and len(w) > 4:
                words.add(w[2:])  # لليوم = لل + يوم (not «ان» of «الآن»: "that" is everywhere)
    # A digit run; or a non-word character, up to two clitic letters (و ف ب ل ك), then a whole
    # trigger word (with letters after it when the language glues endings on: "hétfőn"); or a
    # trigger letter of an unspaced script anywhere (明 in 说明天): the grammar then decides.
    tail = r"\w*" if suffixed else r"(?!\w)"
    letters = re.escape("".join(sorted(glued)))
    pattern = rf"[\W\d](?:(?<=\d)\d*|[{letters}]{{0,2}}(?:{_trie_regex(words)}){tail})"
    if unspaced:
        pattern += f"|[{''.join(sorted(unspaced))}]"
    return re.compile(pattern)


@functools.cache
def spot_forms(langs: tuple[str, ...], kind: Kind, clitics: bool) -> frozenset[str]:
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


@functools.cache
def span_lead(langs: tuple[str, ...]) -> frozenset[str]:
    """Words left out of the start of a date's span ("in", «في»; "ago"/"in" readings keep theirs):
    each hand-written language's ``SPAN_LEAD``, in the resolver's folded spelling."""
    out: set[str] = set()
    for lang in langs:
        if lang.isascii() and lang.isalpha():
            try:
                module = importlib.import_module(f"liveblog.lang.{lang}")
            except ModuleNotFoundError:
                continue
            out.update(getattr(module, "SPAN_LEAD", ()))
    return frozenset(out)
