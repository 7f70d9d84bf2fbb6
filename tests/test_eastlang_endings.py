"""Turkish, Hungarian, Georgian and Korean: endings glued to date words, as table data.

The endings are each table's ``[syntax] suffixes`` (lang/<code>/news.toml); "X>Y" is an
ending Y in the place of a final X (Georgian ორშაბათი → ორშაბათს, Hungarian "szerda" →
"szerdán"). Expected values worked out by hand from the reference Friday 2024-11-29 21:00,
leaning to the past: Monday is the 25th, Tuesday the 26th, Wednesday the 27th, Thursday the
28th, Saturday the 23rd; "two days from now" Sunday 1 December; a bare hour before 21:00 is
that day's (03:00, 04:10, 16:00, 17:00); "four weeks ago" is ISO week 44 (a week is a
calendar week, docs/resolution.md).
"""

from __future__ import annotations

import pytest

from liveblog.lang import _data, lexicon
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    # -- Hungarian: case endings ("kedden" on Tuesday), a lengthened final vowel ("szerdán") --
    ("hu", "A döntés kedden született.", "2024-11-26"),
    ("hu", "A bizottság szerdán ülésezett.", "2024-11-27"),
    ("hu", "A tüntetők szombaton vonultak fel.", "2024-11-23"),
    ("hu", "Márciusban választások lesznek.", "2025-03"),  # 1 March 2025: 92 days ahead (tb9: within 120)
    ("hu", "du. 5", "2024-11-29T17:00"),  # du. (délután) before the hour: pm
    ("hu", "3-kor", "2024-11-29T03:00"),
    ("hu", "két nap múlva", "2024-12-01"),
    ("hu", "tegnap este", "2024-11-28TEV"),
    ("hu", "jövő év", "2025"),
    # -- Turkish: numbers in words, amounts before "sonra"/"önce", the hour cue "saat" --
    ("tr", "iki gün sonra", "2024-12-01"),
    ("tr", "dört hafta önce", "2024-11-01"),  # about the day four weeks back (issue 14)
    ("tr", "yirmi beş gün önce", "2024-11-04"),  # 20 + 5 days before the 29th
    ("tr", "saat 16", "2024-11-29T16:00"),
    ("tr", "Toplantı yarından sonraki gün yapılacak.", "2024-12-01"),
    ("tr", "Saldırı dünden önceki gün gerçekleşti.", "2024-11-27"),
    ("tr", "önceki yıl", "2023"),
    ("tr", "2017 kurban bayramı", "2017-09-01"),  # 10 Dhu al-Hijjah 1438 (Umm al-Qura)
    ("tr", "cumhuriyet bayramı 2023", "2023-10-29"),
    ("tr", "pazartesi saat 11", "2024-11-25T11:00"),
    # -- Georgian: endings in the place of a final ი, counters for hours and minutes --
    ("ka", "ხუთშაბათს", "2024-11-28"),
    ("ka", "17 საათზე", "2024-11-29T17:00"),
    ("ka", "4 საათსა და 10 წუთზე", "2024-11-29T04:10"),
    ("ka", "5 დღის წინ", "2024-11-24"),
    ("ka", "ხვალ დილას", "2024-11-30TMO"),
    ("ka", "წინა წელი", "2023"),
    # -- Korean particles (에, 는) --
    ("ko", "화요일에는", "2024-11-26"),
    ("ko", "오늘은", "2024-11-29"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the time worked out by hand from the reference."""
    w = resolve(text, REF, tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


# (language, word, kind, value): what the lexicon finds once the ending is read off.
STEMS = [
    ("hu", "pénteken", "weekday", 4),
    ("hu", "szerdától", "weekday", 2),
    ("hu", "júliusig", "month", 7),
    ("ka", "პარასკევს", "weekday", 4),
    ("ka", "თვის", "unit", ("month", 0)),  # თვე + ის in the place of the final ე
    ("ko", "월요일에", "weekday", 0),
    ("ko", "시에", "counter", "hour"),
    ("tr", "salıya", "weekday", 1),
]


@pytest.mark.parametrize(("lang", "word", "kind", "value"), STEMS)
def test_ending_read_off(lang: str, word: str, kind: str, value: object) -> None:
    """A word not in the tables is looked up without its ending."""
    lex = lexicon(lang)
    assert lex is not None
    assert (kind, value) in [(s.kind, s.value) for s, _ in lex.starting(word)]


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("tr", "peri"),  # "per" (Thursday's abbreviation, bound) + "i": a fairy, no Thursday
        # "aralık" is also "gap": a bound month keeps needing its day number ("ekimde" is now a
        # bound row of its own, nor6: tests/test_nor6_phrasing.py)
        ("tr", "aralıkta"),
        ("hu", "maxi"),  # not a stem of any table word
        ("en", "octobers"),  # English has no endings table
    ],
)
def test_no_sense_through_an_ending(lang: str, word: str) -> None:
    """Bound words (abbreviations, month names that are common words) take no ending."""
    lex = lexicon(lang)
    assert lex is not None
    assert lex.starting(word) == ()


MENTIONS = [
    ("hu", "A kormány csütörtökön jelentette be a döntést.", "csütörtökön", "2024-11-28"),
    ("tr", "Bakan iki gün sonra Ankara'ya gidecek.", "iki gün sonra", "2024-12-01"),
    ("ka", "შეხვედრა სამშაბათს გაიმართა.", "სამშაბათს", "2024-11-26"),
]


@pytest.mark.parametrize(("lang", "text", "said", "timex"), MENTIONS)
def test_mentions(lang: str, text: str, said: str, timex: str) -> None:
    """A word with its ending in a sentence is found whole (the ending stays in the span)."""
    found = [(f.text, f.when.timex) for f in find_times(text, REF, tz="UTC", languages=[lang])]
    assert (said, timex) in found


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"syntax": {"bogus": True}}, "not a setting"),
        ({"syntax": {"suffixes": "n"}}, "expected a list of endings"),
        ({"syntax": {"tens_multiply": "yes"}}, "expected bool"),
    ],
)
def test_bad_syntax_fails_when_loaded(doc: dict[str, object], message: str) -> None:
    """A mistake in [syntax] names the file and setting when the language is loaded."""
    with pytest.raises(ValueError, match=message):
        _data._syntax("xx", doc)


def test_bad_counter_fails_when_loaded() -> None:
    """A counter names a field of a date or clock; anything else is refused with its phrase."""
    with pytest.raises(ValueError, match=r"lang/xx/news.toml \[counter\] '月'"):
        _data._value("xx", "counter", "月", "week")
    assert _data._value("xx", "counter", "月", "month") == "month"


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        # "yazı" (writing, article) is no "yaz" (summer) with an ending: the stem is too short
        ("tr", "Bu yazı geçen hafta yayımlandı.", ["geçen hafta"]),
        # "déli" (southern) is no "dél" (noon) with an ending
        ("hu", "A déli határon múlt héten harcok voltak.", ["múlt héten"]),
    ],
)
def test_short_stems_take_no_ending(lang: str, text: str, said: list[str]) -> None:
    """A short word with an ending is often another word: min_stem keeps it out."""
    assert [f.text for f in find_times(text, REF, tz="UTC", languages=[lang])] == said
