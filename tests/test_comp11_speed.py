"""Where the resolver's composition is spared work (comp11), never what it finds.

- **Read alone, through a comma or a quotation mark** (``Rules.lone``): no reading ends on a comma
  (rules read one only before what follows it: "Friday, 13 December"), and no table or rule reads a
  quotation mark; so a start followed by a comma and a word no table reads, or by a quotation mark,
  is read alone, as comp10's start before such a word is.
- **What a rule reads alone** (the fourth column of ``_rules._RULES``): a clock is one word when it
  is an hour, noon or an hour's cue (not a hedge or "at"), a part a part's word, a day a day word
  or a weekday, an amount with "ago" one word only when the word says "ago" itself ("napja").
- **A clock read alone** with no phrase ending right before it (no cue) is none unless it is noon
  or an hour's cue: asked before the hour is read.
- **A weekday's written date** needs a number, an ordinal, a number word or a month's name after
  the weekday (and its comma): asked before the day and month are read.
- **A range's closer** past a word no table reads closes no range from the start: the first end is
  a reading from it.

Every expected value is worked out by hand from the English and Arabic rows ("report", «تقرير»,
«الضامنة», «احداهما», «لخطر» have no sense; "," and «،» are join words; «ساعة» a unit); the property
checks that the filters change no answer on generated phrases.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog._text.normalize import normalize
from liveblog.lang import lexicon
from liveblog.resolve import _rules, find_times
from liveblog.resolve._compose import Composer
from liveblog.resolve._grammar import Ctx, Hit, Tokens
from liveblog.resolve._rules import Rules
from liveblog.resolve._rules_clock import ClockRules
from liveblog.resolve._rules_time import TimeRules

REF = datetime(2024, 11, 29, 21, 0, tzinfo=ZoneInfo("Asia/Damascus"))


def _reader(text: str, lang: str) -> Rules:
    norm = normalize(text).text
    lex = lexicon(lang)
    assert lex is not None
    toks = Tokens(norm, [lex], [(0, len(norm))])
    return Rules(toks, Ctx(REF, "past"), lambda _i: False)


# (language, text, start token, whether a reading from there is that token alone), by hand
LONE = [
    ("en", "friday , report", 0, True),  # a comma, then a word of no sense
    ("en", "friday ,", 0, True),  # the text ends after the comma: no reading ends on one
    ("en", "friday , , report", 0, True),  # a run of commas
    ("en", "friday , 13 december", 0, False),  # a number after the comma: "Friday, 13 December"
    ("en", "friday , at 3 pm", 0, False),  # a known word after it
    ("en", 'friday " report', 0, True),  # a quotation mark no table or rule reads
    ("en", '5 " ,', 0, True),
    ("en", "5 . report", 0, False),  # a full stop may end a reading ("5." a German day, "Nov.")
    ("ar", "الثلاث ، الضامنة", 0, True),  # «الضامنة»: no sense
    ("ar", "الجمعة ، بعد معارك", 0, False),  # «بعد» has senses
    ("ar", "الجمعة «تقرير»", 0, True),  # a guillemet
]


@pytest.mark.parametrize(("lang", "text", "i", "expected"), LONE)
def test_lone(lang: str, text: str, i: int, expected: bool) -> None:
    assert _reader(text, lang).lone(i) is expected


def _names(kinds: set[str]) -> list[str]:
    return [getattr(rule, "__name__", "?") for rule, _cal in _rules._rules_for(frozenset(kinds), False, True)]


def test_what_the_rules_read_alone() -> None:
    """By hand from the table in _rules: a hedge, "at", a unit, a modifier read on; an hour word,
    a part's word, a weekday can be one word; "napja" (a unit that says "ago") is an amount alone."""
    assert _names({"hedge"}) == []  # "around 3 pm": the hedge reads the clock after it
    assert _names({"clockcue"}) == []
    assert _names({"unit"}) == []  # "hours ago": the unit reads its "ago"
    assert _names({"unit", "ago-post"}) == ["ago"]
    assert _names({"num"}) == ["clock_rule", "counted"]  # «الثالثة» after «الساعة»
    assert _names({"part"}) == ["part"]  # «مساء»
    assert _names({"edge", "this"}) == []  # "early", "this" read a part or a day after them
    assert _names({"weekday"}) == ["day_rule"]
    assert _names({"dayprefix", "mod"}) == []  # "on", "last" read the day after them


def _count(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> list[Any]:
    calls: list[Any] = []
    method = getattr(cls, name)

    def counted(self: object, *args: Any, **kwargs: Any) -> object:
        calls.append(args)
        return method(self, *args, **kwargs)

    monkeypatch.setattr(cls, name, counted)
    return calls


@pytest.mark.parametrize(
    ("text", "cued", "said"),
    [
        ("باصابة اثنين احداهما طفل", False, []),  # «اثنين» (two) alone: no cue, no clock read
        ("الدول الثلاث ، الضامنة", False, []),
        ("عند الساعة اثنين", True, ["الساعة اثنين"]),  # cued: the hour is read (a twelve-hour clock)
    ],
)
def test_a_lone_word_with_no_cue_reads_no_hour(
    monkeypatch: pytest.MonkeyPatch, text: str, cued: bool, said: list[str]
) -> None:
    hours = _count(monkeypatch, ClockRules, "_lead_and_hour")
    assert [f.text for f in find_times(text, REF, languages=["ar"])] == said
    assert bool(hours) is cued


@pytest.mark.parametrize(
    ("lang", "text", "read", "said"),
    [
        ("ar", "الجمعة ، بعد معارك", False, ["الجمعة"]),  # «بعد»: no day, ordinal, number word or month
        ("en", "friday , after talks", False, ["friday"]),
        ("ar", "الجمعة ، 13 كانون الأول", True, ["الجمعة ، 13 كانون الأول"]),
        ("en", "friday , december 13", True, ["friday , december 13"]),
    ],
)
def test_a_weekday_reads_a_date_only_before_one(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str, read: bool, said: list[str]
) -> None:
    heads = _count(monkeypatch, TimeRules, "_day_and_month")
    rules = _reader(text, lang)
    found = rules.written_date(0)
    assert (found is not None) is read
    assert bool(heads) is read
    assert [f.text for f in find_times(text, REF, languages=[lang])] == said


def test_a_closer_past_a_word_of_no_table_reads_no_first_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """«إلى» (to) stands 7 tokens on, past «لخطر» (no sense): no range from «في» or «السنوات»."""
    ends = _count(monkeypatch, Composer, "_end")
    text = "في السنوات الماضية لخطر دخول المنطقة ، إلى حقبة"
    assert find_times(text, REF, languages=["ar"]) == []
    assert ends == []


def test_a_closer_after_a_first_end_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ends = _count(monkeypatch, Composer, "_end")
    found = find_times("من السبت إلى الاثنين", REF, languages=["ar"])
    assert [f.text for f in found] == ["من السبت إلى الاثنين"]
    assert ends  # both ends read


def _date_after_weekday_unfiltered(self: TimeRules, wd: Hit) -> int:
    t = self.t
    j = wd.end + 1 if t.is_(wd.end, ",", "،") else wd.end
    article = t.hit(j, "the", "dayprefix")
    if article is not None and article.end < len(t) and t.number[article.end] is not None:
        j = article.end
    return j


_WORDS = {
    "en": [
        *("friday", "at", "noon", "3", "2020", "13", ",", '"', "pm", "last", "december", "1st", "early"),
        *("until", "and", "-", ":", "report", "talks", "said", "ago", "2", "hours", "around", "\n"),
        *("from", "to", "morning", "this", "on", "the", "first", "thirteenth", "three", "."),
    ],
    "ar": [
        *("الجمعة", "في", "من", "إلى", "يوم", "3", "2020", "13", "،", "«", "»", "مساء", "الماضي", "آذار"),
        *("حوالي", "حتى", "الساعة", "الثلاث", "اثنين", "قال", "تقرير", "الضامنة", "منذ", "ساعات", "عند"),
        *("بعد", "الثالث", "كانون", "الأول", "عام", "فجر", "هذا", "اليوم", "والخميس", "\n", "."),
    ],
}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["en", "ar"]).flatmap(
        lambda lang: st.tuples(
            st.just(lang), st.lists(st.sampled_from(_WORDS[lang]), min_size=1, max_size=12)
        )
    )
)
def test_the_filters_change_no_answer(case: tuple[str, list[str]]) -> None:
    lang, words = case
    text = " ".join(words)
    with pytest.MonkeyPatch.context() as mp:  # every rule tried at every start, every word read
        mp.setattr(Rules, "lone", lambda _self, _i: False)
        mp.setattr(ClockRules, "_one_word_uncued", lambda _self, _i: False)
        mp.setattr(TimeRules, "_date_after_weekday", _date_after_weekday_unfiltered)
        mp.setattr(Composer, "_closer_near", lambda _self, _i: True)
        plain = find_times(text, REF, languages=[lang])
    assert find_times(text, REF, languages=[lang]) == plain
