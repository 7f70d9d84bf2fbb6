"""Greek, Vietnamese, Bulgarian, Irish, Hebrew rows; Latin am/pm by script; a year before a holiday.

Expected values by hand from the reference Friday 2024-11-29 21:00 (ISO week 48, in the
fourth quarter), leaning to the past: next Tuesday is 3 December, last Tuesday the 26th,
"the day after tomorrow" Sunday 1 December, "the day before yesterday" Wednesday the 27th;
a clock before 21:00 is that Friday's. Orthodox Easter 2024 fell on 5 May (Western: 31 March).
"""

from __future__ import annotations

import pytest

from liveblog.lang import lexicon
from liveblog.resolve import find_times, resolve

REF = "2024-11-29T21:00"

RESOLVED = [
    # -- Greek --
    ("el", "την επόμενη Δευτέρα", "2024-12-02"),
    ("el", "την περασμένη εβδομάδα", "2024-W47"),
    ("el", "4:40μμ", "2024-11-29T16:40"),
    ("el", "8πμ", "2024-11-29T08:00"),
    ("el", "μεθαύριο το πρωί", "2024-12-01TMO"),
    ("el", "προχθές", "2024-11-27"),
    ("el", "Μάρτη 2016", "2016-03"),
    ("el", "αύριο το μεσημέρι", "2024-11-30TMI"),
    ("el", "Χριστούγεννα 2023", "2023-12-25"),
    ("el", "Πάσχα 2024", "2024-05-05"),
    # -- Vietnamese: modifiers after the noun, clocks with counters --
    ("vi", "3 giờ chiều", "2024-11-29T15:00"),
    ("vi", "9 giờ 20 phút", "2024-11-29T09:20"),
    ("vi", "2 giờ rưỡi", "2024-11-29T02:30"),
    ("vi", "tuần tới", "2024-W49"),
    ("vi", "thứ sáu vừa rồi", "2024-11-22"),
    ("vi", "quý trước", "2024-Q3"),
    ("vi", "đêm qua", "2024-11-28TNI"),
    # -- Bulgarian, Irish, Hebrew --
    ("bg", "следващата сряда", "2024-12-04"),
    ("bg", "тази сутрин", "2024-11-29TMO"),
    ("bg", "Коледа 2023", "2023-12-25"),
    ("he", "בחודש הזה", "2024-11"),
    # -- the Latin am/pm after a clock, in languages not written in Latin letters --
    ("he", "4:05pm", "2024-11-29T16:05"),
    ("ja", "6:10 pm", "2024-11-29T18:10"),
    ("ka", "2:45pm", "2024-11-29T14:45"),
    # -- a year before a holiday's name, with or without its counter --
    ("en", "2018 Christmas", "2018-12-25"),
    ("tr", "2019 ramazan bayramı", "2019-06-04"),  # 1 Shawwal 1440 (Umm al-Qura)
    ("zh", "2019年元旦", "2019-01-01"),
    # -- a year first is never followed by its day: y/m/d and y.m.d with one or two digits --
    ("ja", "2022/4/7", "2022-04-07"),
    ("hu", "2019.06.30", "2019-06-30"),
    ("ja", "再来週", "2024-W50"),  # the week after next: 48 + 2
    ("ja", "前四半期", "2024-Q3"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), RESOLVED)
def test_resolved(lang: str, text: str, timex: str) -> None:
    """Each expression names the time worked out by hand from the reference."""
    w = resolve(text, REF, tz="UTC", languages=[lang])
    assert w is not None, text
    assert w.timex == timex


@pytest.mark.parametrize(("lang", "word"), [("fr", "pm"), ("de", "am"), ("tr", "am"), ("vi", "pm")])
def test_latin_tables_take_no_latin_ampm(lang: str, word: str) -> None:
    """In a language written in Latin letters "am" may be a word of it (German "am Montag"); a
    phrase it begins may be one ("am Nachmittag", nor6), the word alone is not."""
    lex = lexicon(lang)
    assert lex is not None
    assert "ampm" not in {s.kind for s, _ in lex.starting(word) if len(s.words) == 1}


@pytest.mark.parametrize("lang", ["he", "ru", "el", "ka", "ja", "zh", "ko", "fa", "bg"])
def test_other_scripts_take_latin_ampm(lang: str) -> None:
    """A table whose weekday names are in another script reads "pm" after a clock."""
    lex = lexicon(lang)
    assert lex is not None
    assert ("ampm", "pm") in {(s.kind, s.value) for s, _ in lex.starting("pm")}


@pytest.mark.parametrize(
    ("text", "said", "timex"),
    [
        ("Bhí cruinniú ag an rialtas arú inné.", "arú inné", "2024-11-27"),
        ("Beidh an vóta ann arú amárach.", "arú amárach", "2024-12-01"),
    ],
)
def test_irish_days_two_away(text: str, said: str, timex: str) -> None:
    """Irish "arú inné" / "arú amárach" are two days away, not "inné" / "amárach" (one)."""
    found = [(f.text, f.when.timex) for f in find_times(text, REF, tz="UTC", languages=["ga"])]
    assert found == [(said, timex)]


@pytest.mark.parametrize("text", ["2021/13/25", "2021.3", "1.2.3", "2021/3/255"])
def test_no_year_first_date(text: str) -> None:
    """A month past 12, a missing day, a version number, a three-digit day: no date."""
    assert resolve(text, REF, tz="UTC", languages=["ja"]) is None


def test_a_clock_in_a_year_or_month_names_no_time() -> None:
    """ "in 4 years at 5 pm" joined would be 5 pm on no day: it is not today at 5 pm."""
    from datetime import UTC, datetime

    from liveblog.resolve._grammar import Ctx
    from liveblog.resolve._partial import Partial, realize

    ctx = Ctx(datetime(2024, 11, 29, 21, 0, tzinfo=UTC), "past")
    assert realize(Partial(year=2028, hour=17, minute=0, meridiem=True), ctx) is None
    assert realize(Partial(month=3, hour=15, minute=0, meridiem=True), ctx) is None
    joined = [f.text for f in find_times("4 yıl sonra saat 17", REF, tz="UTC", languages=["tr"])]
    assert joined == ["4 yıl sonra", "saat 17"]
