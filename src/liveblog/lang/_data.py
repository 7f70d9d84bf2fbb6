"""Tables of the languages generated from the CLDR, with their hand-written news phrasing.

Each such language has a folder ``lang/<code>/`` with

- ``cldr.json``, written by :mod:`liveblog.lang._generate` from dateparser's
  CLDR data (weekday and month names, day words, relative periods, "N ago",
  number words): never edited by hand;
- ``news.toml`` (optional), hand-written: what news copy says that the CLDR does
  not (parts of the day with a day: "hier soir", "am Sonntagabend", "ontem à
  noite"; modifiers: "vendredi dernier", "vergangene Woche") and where
  modifiers stand. Its format::

      bound = ["mars"]              # names that count only beside a day number or year
      drop = ["ma"]                 # generated phrases to leave out
      [order]                       # where each kind of modifier stands
      mod = "after"                 # before | after | any
      [place]                       # words that stand elsewhere than their kind
      "prochain" = "any"
      [part]                        # one table per kind: phrase = value
      "soir" = "evening"
      [partday]
      "ce soir" = ["evening", 0]
      [compound]                    # weekday + suffix in one word = weekdaypart
      "abend" = "evening"           # "sonntagabend" = (6, "evening"); a day word + suffix
                                    # = partday: "gisterenavond" = ("evening", -1)
      [range-from]                  # a range's opening word: "from", "between" or "from-the"
      "entre" = "between"
      [range-to]                    # its closing word: "any" closes any range, "from" only one a word
      "au" = "any"                  # opened, "between" only a "between"
      "à" = "from"
      "et" = "between"
      [join]                        # a word joining the parts of one time: "lundi à 15h"
      "à" = true
      ordinal-endings = ["e", "en"] # (top level) endings of every ordinal stem
      [ordinal-stem]                # ordinal day words: stem + each ending = that day
      "dritt" = 3                   # "dritte", "dritten"
      [syntax]                      # how the language writes (liveblog.lang.Syntax)
      suffixes = ["n", "on"]        # endings glued to a word that keep its sense ("hétfőn")
      min_stem = 4                  # the shortest stem an ending is read off
      tens_multiply = true          # 三十 = 30, not 13
      [counter]                     # a number's field after it: 3月 = March, 15時 = 15:00
      "月" = "month"

Kinds whose value is None in :mod:`liveblog.lang` (``dayprefix``, ``ago``, …)
take ``true``. Loading one language reads two small files (no dateparser
import); ``bench/coldstart.py`` has the figure.
"""

from __future__ import annotations

import functools
import json
import tomllib
import unicodedata
import zoneinfo
from collections.abc import Mapping
from importlib import resources
from typing import Any, get_args

import attrs

from liveblog.lang import Place, Row, Syntax
from liveblog.lang.holidays import HOLIDAYS, TRANSLITERATED
from liveblog.lang.parts import PARTS

__all__ = ["LANGS", "Table", "load"]

LANGS = (
    *("fr", "de", "es", "it", "pt", "ru", "tr", "nl", "pl", "uk", "fa", "ur", "he"),
    *("bg", "ca", "da", "el", "ga", "hr", "hu", "ja", "ka", "ko", "nb", "ro", "sv", "vi", "zh"),
    # lead7: more of dateparser's CLDR languages (lead8: a first news.toml for each)
    *("id", "ms", "hi", "bn", "mr", "ne", "ta", "th", "fi", "et", "lt", "lv", "cs", "sk", "sl"),
    *("sr", "mk", "sq", "be", "az", "sw"),
)
"""Languages with generated tables (:data:`liveblog.lang._generate.GENERATED`)."""

_PLACES = frozenset(get_args(Place))
_NONE_KINDS = frozenset(
    {
        *("dayprefix", "ago", "ago-post", "in", "in-post", "within", "hedge", "hedge-post", "yearcue"),
        "yearbefore",
        "fiscal",
        *("monthcue", "edgecue", "of", "the", "clockcue", "monthprefix", "ordsuffix", "join"),
        *("hourpost", "hourpost-bound", "hourcue", "hedge-post"),  # "15 Uhr", "3 uur", "kl. 15"
        *("weekend", "weekend-bound", "afternext", "deadline"),  # northint: "dit weekend", "bis zum Ende"
        "numprefix",  # a word before a number that makes it a rank: 第3日, 제3일 (day three, no date)
        "minzero",  # rom6: "cero" in "las seis cero dos pm", minutes read digit by digit
        "yearsuffix",  # cjk8: a year's noun after it, Georgian "2015 წლის" (of the year 2015)
        "anniversary",  # lead10: "à la même époque" (the reference's day in the year beside it)
        *("decadehead", "decadesuffix"),  # lead10: "años 90", "1990er Jahre"
        "century",  # lead10: "siglo", "siècle", "Jahrhundert" (with a Roman or an ordinal number)
        "more",  # lead11: a word between an amount's count and its unit (Romanian "20 de minute")
        "firstn",  # h11: "the first" n parts of a year, 前 of 前三季度 (the first three quarters)
        "lunarcue",  # h11: 农历 (of the lunar calendar) before a month and day
    }
)
_CUE_VALUES: Mapping[str, frozenset[str]] = {
    "yearcue": frozenset({"noun"}),
    "yearbefore": frozenset({"closed"}),
    # lead11, h11-rom: "binnen 2 Wochen", "d'ici 2 semaines": the window from now, as lang/en's "within"
    "within": frozenset({"window"}),
}
_PART_KINDS = frozenset({"part", "part-bound"})
_PAIR_KINDS = frozenset({"partday", "periodword", "weekdaypart", "unit", "partword"})  # h11: 上半年 = [1, 6]
# A date said from the one before it: "ertesi gün" = ["day", 1]; after an amount, "később" =
# [1, false] (later, counted from a date said before, else from now): liveblog.resolve._rules_refs.
# "-bound" only where the clause ends ("la veille du sommet"); a day's part may follow the shift:
# "la veille au soir" = ["day", -1, "evening"] (romint).
_ANAPHOR_KINDS = frozenset({"anaphor", "anaphor-bound", "anaphordir"})
_INT_KINDS = frozenset(
    {"weekday", "weekday-bound", "month", "month-bound", "dayword", "dayword-bound", "mod", "this", "num"}
    # Clock words, ordinals (romance, wave 4): "et quart" = a minjoin and a minamount, "premier".
    | {"minamount", "mindir", "minjoin", "halfhour", "hourword", "nth", "ordinal", "yearpart"}
    | {"yearpart-bound"}  # h11: "quinzaine" (a half of a month) only with its rank
    | {"era"}  # an era's year 0 (令和 = 2018)
    | {"shiftdir"}  # rom6: "dopo", "après" (+1), "prima di", "avant" (-1): "terzo martedì dopo Natale"
    | {"vaguecount"}  # nor6: a window's vague count ("die nächsten paar Tage": two)
    | {"dayshift"}  # the day before (-1) or after (+1) the day named next: "am Vorabend des 3. Oktober"
    | {"decade"}  # lead10: a decade in words, its tens ("años noventa" = 90)
    | {"roman"}  # lead10: a century's number in Roman numerals ("XX" = 20)
    | {"yearparthead"}  # h11: a quarter's noun before its number (Vietnamese "quý 3" = 3 months)
    | {"lunarmonth", "lunarday"}  # h11: a month, a day of the Chinese lunar calendar (正月 = 1, 初八 = 8)
)
_OTHER_KINDS = frozenset({"period", "edge"})
# lead10: a clock's zone in words ("по московскому времени"): an IANA name, "UTC" or "local"
_ZONE_KINDS = frozenset({"zone"})

# Kinds whose value is one of a few names (romance, wave 4): the kinds lang/en uses, so a
# news.toml can say "midi" (hournoun), "du soir" (ampm), "début" (periodedge), "noël" (holiday).
# A counter after a number says which field of a date or clock the number is (年 月 日 時 分, 点,
# 号, 시 분; "half" is 半, thirty minutes after an hour).
COUNTERS = frozenset({"year", "month", "day", "hour", "minute", "second", "half"})
_CHOICES: Mapping[str, frozenset[str]] = {
    "counter": COUNTERS,
    "hournoun": frozenset({"noon", "midnight"}),
    "ampm": frozenset({"am", "pm", "noon", "midnight"}),
    "periodedge": frozenset({"start", "mid", "end"}),
    "season": frozenset({"spring", "summer", "autumn", "winter"}),
    "holiday": frozenset(HOLIDAYS),
    "holiday-bound": frozenset(HOLIDAYS),
    # lead9: a word between a part and its day: "into" its small hours ("in der Nacht zu Sonntag"), or
    # "of" it ("nella notte tra giovedì e venerdì", "in der Nacht von Donnerstag auf Freitag")
    "partof": frozenset({"into", "of"}),
    # lead11: a vague reference ("jetzt", "maintenant", «الآن»), TIMEX3 PRESENT_REF / PAST_REF /
    # FUTURE_REF, as lang/en's rows; "-bound" read only as a whole expression ("ora" is also "hour")
    "ref": frozenset({"PRESENT", "PAST", "FUTURE"}),
    "ref-bound": frozenset({"PRESENT", "PAST", "FUTURE"}),
}
# Words that build ranges and join the parts of one time (as lang/en's RANGES): a range's opening
# word says which closing words it takes ("between" is closed by "and" only).
_RANGE_KINDS: Mapping[str, frozenset[str]] = {
    # "from-the" (romint): an opener that carries the article, "du", "dal", "del": a bare number
    # after it is a day of the month, as after "le" ("du 13 au 18", "dal 3 al 5")
    # "from-hour", "between-hour": one that carries the clock's article ("tra le", "entre las"):
    # bare numbers after it are hours ("tra le 9 e le 11")
    "range-from": frozenset({"from", "between", "from-the", "from-hour", "between-hour"}),
    "range-to": frozenset({"any", "from", "between"}),
}
# Zone abbreviations after a clock ("8:00 GMT") that are no word of any of these languages ("ist",
# "est", "west", "pt" are): every generated table takes them (lang/en takes all of ABBREVIATIONS).
_ZONE_ROWS: list[Row] = [
    (abbr, "zone", abbr)
    for abbr in (
        *("gmt", "utc", "cet", "cest", "eet", "eest", "msk"),
        # lead7: the clocks of outlets elsewhere ("14.30 WIB", "15:00 KST", "09:00 SAST")
        *("wib", "wita", "sgt", "myt", "pht", "ict", "hkt", "kst", "jst", "npt", "pkt", "irst", "trt"),
        *("sast", "awst", "aest", "aedt", "nzst", "nzdt", "bst", "edt", "pdt", "pst", "cdt", "ast"),
    )
]
# Dashes close a range in every language ("13 - 15 июля", "11:30-13:30"), as in lang/en.
_COMMON_ROWS: list[Row] = [*_ZONE_ROWS, *((dash, "range-to", "any") for dash in ("-", "–", "—"))]


def _roman_numeral(n: int) -> str:
    tens, units = divmod(n, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


# lead10: centuries 11-30 in Roman numerals, as tables with a century's noun read them ("siglo XX",
# "XXIe siècle": the ordinal endings glued on); folded, so a capital is asked for by the rule. Ten
# and below are left out: "i", "v", "x", "vi" are words.
_ROMAN_ROWS: list[Row] = [
    (f"{_roman_numeral(n)}{ending}", "roman", n)
    for n in range(11, 31)
    for ending in ("", "e", "er", "ème", "eme")
]
# The Hijri holidays and Ramadan under their Latin transliterations (northeast): "Eid al-Fitr 2018"
# in a German or Polish text.
_COMMON_ROWS += [(name, "holiday", key) for key, names in TRANSLITERATED.items() for name in names]
_COMMON_ROWS += [("ramadan", "hmonth", 9), ("ramadhan", "hmonth", 9)]
_COMMON_ROWS += [("ramadán", "hmonth", 9), ("ramadão", "hmonth", 9)]  # lead10: Spanish, Portuguese
# The Latin am/pm after a clock ("3:15pm", "3 p.m.") in a language not written in Latin letters,
# where they can be no word of it ("am" is German for "on the"): decided by the script of the
# language's weekday names, not by its code.
_LATIN_AMPM: list[Row] = [
    *((w, "ampm", "am") for w in ("am", "a.m.", "a.m", "a m")),
    *((w, "ampm", "pm") for w in ("pm", "p.m.", "p.m", "p m")),
]


def _latin_script(rows: list[Row]) -> bool:
    """Whether the language's weekday names are written in Latin letters."""
    names = [p for p, k, _ in rows if k.removesuffix("-bound") == "weekday"]
    return any(unicodedata.name(c, "").startswith("LATIN") for p in names for c in p if c.isalpha())


_TABLES = (
    _NONE_KINDS
    | _PART_KINDS
    | _PAIR_KINDS
    | _ANAPHOR_KINDS
    | _INT_KINDS
    | _OTHER_KINDS
    | _ZONE_KINDS
    | frozenset(_RANGE_KINDS)
    | frozenset(_CHOICES)
)
_SETTINGS = frozenset(
    {"bound", "drop", "order", "place", "compound", "ordinal-stem", "ordinal-endings", "syntax", "tense"}
    | {"glued-counters"}  # h11: the fields whose counter a number word glues onto: Korean 세시 (3 o'clock)
)
# Fields of :class:`~liveblog.lang.tense.Tense` a table may set in ``[tense]`` (lead7): word lists.
TENSE_WORDS = frozenset(
    {"forward", "forward_fill", "will", "maybe", "maybe_not_next", "future", "past", "backward"}
    | {"clause_joins", "deictic"}
    | {"will_endings", "will_ending_tails", "will_ending_nouns"}  # lead8: a future in the verb's ending
    | {"modal", "modal_past"}  # gaps9: modals of report or obligation ("soll", «должен»)
    | {"lasted"}  # lead9: verbs of lasting told in the past ("a duré jusqu'à mercredi")
    | {"past_endings", "past_ending_tails", "past_ending_nouns"}  # lead10: a past in the verb's ending
)
# Fields of :class:`~liveblog.lang.Syntax` a table may set in ``[syntax]``, with their types.
_SYNTAX_FIELDS: Mapping[str, type] = {
    "tens_multiply": bool,
    "suffixes": tuple,
    "min_stem": int,
    "prefixes": tuple,
    "abbrev_dot": bool,  # romint (wave 5): "sept.", "dic." as English "Nov."
    "mod_names_day": bool,  # cjk8: Korean "지난 28일", the 28th just past (no window of 28 days)
    "counted_from_endings": tuple,  # lead11: "saldırıdan 3 gün sonra" counts from the attack
    "decimal_comma": bool,  # lead10: decimals with a comma, so "alle 14.30" is a clock
    "twelve_hour": bool,  # h11: "a las tres", "às três" are 03:00 or 15:00, as in Arabic (ar8)
}


@attrs.frozen
class Table:
    """One language's rows, and where each modifier stands."""

    lang: str
    rows: list[Row]
    order: Mapping[str, Place]
    places: Mapping[str, Place]
    syntax: Mapping[str, Any] = attrs.field(factory=dict)  # :class:`Syntax` fields the table sets
    tense: Mapping[str, Any] | None = None  # its ``[tense]`` table, checked (:func:`tense_words`)

    def place(self, phrase: str, kind: str) -> Place:
        """Where ``phrase`` (of ``kind``) stands: its own exception, else its kind's order."""
        return self.places.get(phrase, self.order.get(kind, "any"))


def _read(lang: str, name: str) -> str | None:
    path = resources.files("liveblog.lang").joinpath(lang, name)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None


def _value(lang: str, kind: str, phrase: str, value: Any) -> Any:
    """A TOML value as the lexicon wants it, checked (a bad table fails when it is loaded)."""
    where = f"lang/{lang}/news.toml [{kind}] {phrase!r}"
    if kind == "afternext" and not isinstance(value, bool):  # romint: weeks, "mardi en huit" = 1
        if not isinstance(value, int) or not 1 <= value <= 4:
            raise ValueError(f"{where}: expected true or a number of weeks, got {value!r}")
        return value
    if kind in _NONE_KINDS:
        # cjk8: a year's cue may say more, as lang/en's rows do: "noun" (a year noun: «בשנת»), "closed"
        # (a year only where its phrase ends: "ב-2014", not "ב-2000 שקל", 2000 shekels)
        if value in _CUE_VALUES.get(kind, ()):
            return value
        return None
    if kind in _PART_KINDS and value not in PARTS:
        raise ValueError(f"{where}: {value!r} is not a part of the day ({', '.join(PARTS)})")
    if kind in _ANAPHOR_KINDS:
        day = kind != "anaphordir"
        good = (
            isinstance(value, list)
            and (len(value) == 2 or (day and len(value) == 3 and value[2] in PARTS))
            and (isinstance(value[0], str) if day else isinstance(value[0], int))
            and isinstance(value[1], int if day else bool)
        )
        if not good:
            raise ValueError(
                f"{where}: expected [unit, shift] or [direction, from periods only], got {value!r}"
            )
        return tuple(value)
    if kind in _PAIR_KINDS:
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError(f"{where}: expected a pair, got {value!r}")
        if kind in ("partday",) and value[0] not in PARTS:
            raise ValueError(f"{where}: {value[0]!r} is not a part of the day")
        return tuple(value)
    if kind in _RANGE_KINDS and value not in _RANGE_KINDS[kind]:
        raise ValueError(f"{where}: expected one of {sorted(_RANGE_KINDS[kind])}, got {value!r}")
    if kind in _CHOICES and value not in _CHOICES[kind]:
        raise ValueError(f"{where}: {value!r} is not one of {sorted(_CHOICES[kind])}")
    if kind in _INT_KINDS and not isinstance(value, int):
        raise ValueError(f"{where}: expected a whole number, got {value!r}")
    if kind in _ZONE_KINDS and not _zone_name(value):
        raise ValueError(f'{where}: expected a zone of the tz database, "UTC" or "local", got {value!r}')
    return value


def _zone_name(value: Any) -> bool:
    """Whether ``value`` names a zone a ``zone`` row may give (liveblog.resolve._rules_clock.zone_of)."""
    if value in ("UTC", "local"):
        return True
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


def _news(
    lang: str, text: str, weekdays: list[tuple[str, int]], days: list[tuple[str, int]] | None = None
) -> tuple[list[Row], dict[str, Any]]:
    doc = tomllib.loads(text)
    unknown = set(doc) - _TABLES - _SETTINGS
    if unknown:
        raise ValueError(f"lang/{lang}/news.toml: unknown tables {sorted(unknown)}")
    rows: list[Row] = []
    for kind in sorted(_TABLES & set(doc)):
        rows += [(phrase, kind, _value(lang, kind, phrase, v)) for phrase, v in doc[kind].items()]
    for suffix, part in doc.get("compound", {}).items():
        if part not in PARTS:
            raise ValueError(f"lang/{lang}/news.toml [compound] {suffix!r}: {part!r} is not a part")
        rows += [(name + suffix, "weekdaypart", (wd, part)) for name, wd in weekdays]
        # A day word compounds the same way (northeast): "gisterenavond", "morgenochtend".
        said = [(p, v) for p, v in doc.get("dayword", {}).items() if " " not in p]
        rows += [(name + suffix, "partday", (part, offset)) for name, offset in [*(days or ()), *said]]
    rows += _ordinals(lang, doc)
    rows += _glued_counters(lang, doc)
    for setting, values in doc.get("order", {}).items() | doc.get("place", {}).items():
        if values not in _PLACES:
            raise ValueError(f"lang/{lang}/news.toml: {setting!r} = {values!r}, not one of {sorted(_PLACES)}")
    return rows, doc


def _glued_counters(lang: str, doc: dict[str, Any]) -> list[Row]:
    """Number words glued to a counter, as one word (h11): Korean 세시, 다섯시, 열한시 (three, five,
    eleven o'clock) = ``numcounter`` (3, "hour"), built from the ``[num]`` and ``[counter]`` rows for
    the fields ``glued-counters`` lists (only "hour" in Korean: 세일 is a sale, not day three)."""
    fields = doc.get("glued-counters", [])
    if not isinstance(fields, list) or not set(fields) <= COUNTERS:
        raise ValueError(f"lang/{lang}/news.toml glued-counters: expected counter fields, got {fields!r}")
    counters = [(p, v) for p, v in doc.get("counter", {}).items() if v in fields]
    numbers = [(p, v) for p, v in doc.get("num", {}).items() if isinstance(v, int) and " " not in p]
    return [(word + counter, "numcounter", (n, field)) for word, n in numbers for counter, field in counters]


def _ordinals(lang: str, doc: dict[str, Any]) -> list[Row]:
    """Ordinal day words from stems and the language's endings (northeast): "dritt" + "en" = 3.

    ``[ordinal-stem]`` maps a stem to its day (1-31; a stem may hold a space: «двадцать перв»),
    ``ordinal-endings`` lists the endings every stem takes; irregular forms go in ``[ordinal]``.
    """
    endings = doc.get("ordinal-endings", [""])
    if not isinstance(endings, list) or not all(isinstance(e, str) for e in endings):
        raise ValueError(
            f"lang/{lang}/news.toml ordinal-endings: expected a list of strings, got {endings!r}"
        )
    rows: list[Row] = []
    for stem, day in doc.get("ordinal-stem", {}).items():
        if not isinstance(day, int) or not 1 <= day <= 31:
            raise ValueError(
                f"lang/{lang}/news.toml [ordinal-stem] {stem!r}: {day!r} is not a day of a month"
            )
        rows += [(stem + ending, "ordinal", day) for ending in endings]
    return rows


def _syntax(lang: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The ``[syntax]`` settings of a table, checked (a mistake fails when the language loads)."""
    out: dict[str, Any] = {}
    for name, value in doc.get("syntax", {}).items():
        where = f"lang/{lang}/news.toml [syntax] {name!r}"
        want = _SYNTAX_FIELDS.get(name)
        if want is None:
            raise ValueError(f"{where}: not a setting ({', '.join(sorted(_SYNTAX_FIELDS))})")
        if want is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise ValueError(f"{where}: expected a list of endings, got {value!r}")
            out[name] = tuple(value)
        elif not isinstance(value, want):
            raise ValueError(f"{where}: expected {want.__name__}, got {value!r}")
        else:
            out[name] = value
    assert set(_SYNTAX_FIELDS) <= set(attrs.fields_dict(Syntax))
    return out


# Kinds of rows whose words name a date from the moment of writing (see :func:`tense_words`).
_DEICTIC_KINDS = frozenset({"mod", "this", "periodword", "partday", "dayword"})


def tense_words(lang: str) -> dict[str, Any] | None:
    """The ``[tense]`` table of ``lang/<code>/news.toml``: word lists by :class:`Tense` field, or None
    (read with the language's other tables by :func:`load`).

    >>> sorted(tense_words("fr"))[:2]
    ['backward', 'clause_joins']
    """
    table = load(lang)
    if table is None or table.tense is None:
        return None
    words = dict(table.tense)
    # lead8: every word the tables already know as relative to the moment of writing ("przyszłego"
    # of "od przyszłego miesiąca", a modifier; "la semaine dernière", a whole phrase) is deictic,
    # not only the ones the [tense] table lists again: one source for each word
    known = (phrase for phrase, kind, _value in table.rows if kind.removesuffix("-bound") in _DEICTIC_KINDS)
    words["deictic"] = tuple(dict.fromkeys((*words.get("deictic", ()), *known)))
    return words


def _tense_table(lang: str, table: Any) -> dict[str, Any] | None:
    """``[tense]`` checked: word lists by :class:`Tense` field, and ``verb_last``."""
    if table is None:
        return None
    out: dict[str, Any] = {"verb_last": True} if table.get("verb_last") is True else {}
    for field, words in table.items():
        if field == "verb_last":
            if words is not True:
                raise ValueError(f"lang/{lang}/news.toml [tense] verb_last: expected true")
            continue
        if field not in TENSE_WORDS:
            raise ValueError(f"lang/{lang}/news.toml [tense]: unknown field {field!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"lang/{lang}/news.toml [tense] {field}: expected a list of words")
        out[field] = tuple(words)
    return out


@functools.cache
def load(lang: str) -> Table | None:
    """The rows of ``lang`` (generated, then hand-written), or None when it has no tables.

    >>> t = load("fr")
    >>> ("hier", "dayword", -1) in t.rows, t.place("passé", "mod")
    (True, 'after')
    """
    if lang not in LANGS:
        return None
    generated = _read(lang, "cldr.json")
    if generated is None:
        return None
    rows: list[Row] = [
        (p, k, tuple(v) if isinstance(v, list) else v) for p, k, v in json.loads(generated)["rows"]
    ]
    common = _COMMON_ROWS if _latin_script(rows) else [*_COMMON_ROWS, *_LATIN_AMPM]
    text = _read(lang, "news.toml")
    if text is None:
        return Table(lang, [*rows, *common], {}, {})
    weekdays = [(p, v) for p, k, v in rows if k == "weekday" and " " not in p]
    days = [(p, v) for p, k, v in rows if k == "dayword" and " " not in p]
    extra, doc = _news(lang, text, weekdays, days)
    bound = set(doc.get("bound", ()))
    drop = set(doc.get("drop", ()))
    # A hand-written row overrides a generated one of the same phrase and kind (northint): Polish
    # "tydzień" is a unit that needs no number ("za tydzień"), where the CLDR's needs one.
    said = {(phrase, kind) for phrase, kind, _ in extra}
    kept: list[Row] = []
    for phrase, kind, value in rows:
        if phrase in drop or ((phrase, kind) in said and (phrase, kind, value) not in extra):
            continue
        bound_kind = f"{kind}-bound" if phrase in bound and not kind.endswith("-bound") else kind
        kept.append((phrase, bound_kind, value))
    rows = [*kept, *extra, *(row for row in common if row[0] not in drop)]  # French "cet" is "this"
    if any(kind == "century" for _, kind, _ in extra):
        rows.extend(_ROMAN_ROWS)
    return Table(
        lang,
        [*rows, *_unaccented(rows)],
        dict(doc.get("order", {})),
        dict(doc.get("place", {})),
        _syntax(lang, doc),
        _tense_table(lang, doc.get("tense")),
    )


# Letters Unicode does not decompose into a base and an accent, as copy typed without them has them
# (northeast): Polish "popołudniu" → "popoludniu", Croatian "đ", Danish "søndag" → "sondag", "ß".
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss"})


def _unaccented(rows: list[Row]) -> list[Row]:
    """Each phrase with its Latin accents dropped ("manana", "fevrier"), as copy typed without them has.

    A weekday or month so folded counts only beside a day number or year ("marco" is also a name).
    """
    out: list[Row] = []
    for phrase, kind, value in rows:
        decomposed = unicodedata.normalize("NFD", phrase.translate(_UNDECOMPOSED))
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
        if bare == phrase or not bare.isascii():
            continue
        out.append((bare, f"{kind}-bound" if kind in ("weekday", "month") else kind, value))
    return out
