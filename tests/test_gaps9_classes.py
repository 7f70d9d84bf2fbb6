"""Wave 8 (gaps9): four classes of phrasing the team had left, each fixed by one mechanism.

- Lists: the half of the day said after a list's last hour is every hour's ("at 5 and 6 pm"), a list
  of days goes on through every "and" ("1 and 2 and 3 May"), and a number after a listed day that
  counts the word after it is no day ("On December 5 and 6 people were killed").
- False dates: a round hundred after an edge word before a counted noun is no year («منتصف 2000
  صفحة»); an English month word before a ``nametail`` word and a capitalised word is a title's noun
  ("the March for Life").
- Modals of report or obligation (``modal`` in a ``[tense]`` table: German "soll", Russian «должен»)
  point ahead only when no perfect follows them in their clause.
- A day word with rows both ways (Hindi «कल»: yesterday and tomorrow) takes ``prefer``'s side, then
  its clause's tense.

Every expected value below was worked out by hand from the reference, Thursday 12 December 2024
09:00 UTC (last Tuesday 10 December, next Tuesday 17 December, last Monday 9 December), before the
resolver was run.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liveblog import find_times, resolve
from liveblog.lang.tense import tense

REF = datetime(2024, 12, 12, 9, 0, tzinfo=UTC)


def _starts(text: str, lang: str, prefer: str) -> list[str]:
    """The start of each date found in ``text``, to the minute (ISO, UTC)."""
    found = find_times(text, REF, prefer=prefer, tz="UTC", languages=[lang])  # type: ignore[arg-type]
    return [f.when.start.strftime("%Y-%m-%dT%H:%M") for f in found]


LISTS = [
    # hours: the half of the day after the last is every hour's, on the last one's day
    ("en", "future", "at 5 and 6 pm", ["2024-12-12T17:00", "2024-12-12T18:00"]),
    (
        "en",
        "future",
        "doors open at 5, 6 and 7 pm",
        ["2024-12-12T17:00", "2024-12-12T18:00", "2024-12-12T19:00"],
    ),
    ("en", "future", "at 10 and 11 am", ["2024-12-12T10:00", "2024-12-12T11:00"]),
    ("ar", "future", "الساعة 5 و6 مساء", ["2024-12-12T17:00", "2024-12-12T18:00"]),
    ("fr", "future", "à 5 et 6 heures du soir", ["2024-12-12T17:00", "2024-12-12T18:00"]),
    (
        "fr",
        "future",
        "à 5, 6 et 7 heures du soir",
        ["2024-12-12T17:00", "2024-12-12T18:00", "2024-12-12T19:00"],
    ),
    ("de", "future", "um 5 und 6 Uhr abends", ["2024-12-12T17:00", "2024-12-12T18:00"]),
    # days: every "and" of the list, the month said once after the last
    ("en", "past", "on 1 and 2 and 3 and 4 December", [f"2024-12-0{d}T00:00" for d in (1, 2, 3, 4)]),
    ("en", "past", "on 1, 2, 3 and 4 December", [f"2024-12-0{d}T00:00" for d in (1, 2, 3, 4)]),
    ("ar", "past", "في 1 و2 و3 ديسمبر", [f"2024-12-0{d}T00:00" for d in (1, 2, 3)]),
    ("fr", "past", "les 1, 2 et 3 décembre", [f"2024-12-0{d}T00:00" for d in (1, 2, 3)]),
    ("de", "past", "am 1., 2. und 3. Dezember", [f"2024-12-0{d}T00:00" for d in (1, 2, 3)]),
    # a number after a listed day: a count when the word after it is a noun, a day before a
    # function word, a comma or the end
    ("en", "past", "On December 5 and 6 people were killed.", ["2024-12-05T00:00"]),
    ("en", "past", "On Dec. 5 and 6 protesters were arrested.", ["2024-12-05T00:00"]),
    ("en", "past", "On December 5 and 6 there were protests.", ["2024-12-05T00:00", "2024-12-06T00:00"]),
    ("en", "past", "On December 5 and 6, police made arrests.", ["2024-12-05T00:00", "2024-12-06T00:00"]),
    ("en", "past", "On December 5 and 6 the police made arrests.", ["2024-12-05T00:00", "2024-12-06T00:00"]),
    # not lists: a range, and hours counted
    ("en", "future", "for 5 and 6 hours", []),
]


# a list in a clause told in the past: its days move back a year with the day that says the month
# (4 May said on 12 December is the nearest 4 May, 2025, before the clause's tense moves it to 2024)
LISTS += [
    (
        "en",
        "past",
        "On 1, 2, 3 and 4 May the strikes went on.",
        [f"2024-05-0{d}T00:00" for d in (1, 2, 3, 4)],
    ),
    ("en", "past", "The strikes went on 1 and 2 and 3 May.", [f"2024-05-0{d}T00:00" for d in (1, 2, 3)]),
    ("ar", "past", "وقعت الاشتباكات في 1 و2 و3 مايو", [f"2024-05-0{d}T00:00" for d in (1, 2, 3)]),
]


@pytest.mark.parametrize(("lang", "prefer", "text", "starts"), LISTS, ids=[row[2] for row in LISTS])
def test_lists(lang: str, prefer: str, text: str, starts: list[str]) -> None:
    assert _starts(text, lang, prefer) == starts


def test_a_run_longer_than_a_list_is_none() -> None:
    """Ten numbers before a month are no list (at most 8 separators): only the last is dated."""
    text = "on 1 and 2 and 3 and 4 and 5 and 6 and 7 and 8 and 9 and 10 December"
    assert _starts(text, "en", "past")[-2:] != ["2024-12-09T00:00", "2024-12-10T00:00"]
    assert _starts(text, "en", "past")[-1] == "2024-12-10T00:00"


FALSE_DATES = [
    ("ar", "قرأ منتصف 2000 صفحة"),
    ("ar", "بلغ المسلسل نهاية 1000 حلقة"),
    ("en", "she was near the end of 2000 pages"),
    ("en", "mid 2000 pages of notes"),
    ("fr", "fin 2000 pages"),
    ("en", "the March for Life drew crowds"),
    ("en", "The March of the Living took place"),
    ("en", "They joined the March on Washington"),
    ("en", "the March Against Monsanto"),
    ("ar", "مارس الرئيس ضغوطا كبيرة"),  # «مارس»: practised (a verb), protected before gaps9 already
]


@pytest.mark.parametrize(("lang", "text"), FALSE_DATES, ids=[row[1] for row in FALSE_DATES])
def test_not_dates(lang: str, text: str) -> None:
    assert _starts(text, lang, "past") == []


KEPT = [
    ("en", "in mid-2000, prices rose", ["2000-05-01T00:00"]),  # mid: May-August
    ("en", "by the end of 2000 the firm had gone", ["2000-09-01T00:00"]),  # end: September-December
    ("ar", "في منتصف 2000 اندلعت الحرب", ["2000-05-01T00:00"]),  # a verb after it: a year
    ("ar", "في منتصف 2013 صفحة", ["2013-05-01T00:00"]),  # no round hundred: a year
    ("en", "talks resumed in March for the first time", ["2024-03-01T00:00"]),
    ("en", "in March of 2020", ["2020-03-01T00:00"]),
    ("en", "from March to May", ["2025-03-01T00:00"]),  # a month: its nearest occurrence
]


@pytest.mark.parametrize(("lang", "text", "starts"), KEPT, ids=[row[1] for row in KEPT])
def test_dates_kept(lang: str, text: str, starts: list[str]) -> None:
    assert _starts(text, lang, "past") == starts


TENSE = [
    # a modal of report or obligation: ahead, unless a perfect follows it in its clause
    ("de", "Er soll am Dienstag gesagt haben, dass er zurücktritt.", "2024-12-10"),
    ("de", "Der Vertrag soll am Montag unterzeichnet worden sein.", "2024-12-09"),
    ("de", "Die Sitzung soll am Dienstag stattfinden.", "2024-12-17"),
    ("de", "Der Minister soll am Dienstag nach Berlin reisen.", "2024-12-17"),
    ("ru", "Он должен был приехать во вторник.", "2024-12-10"),
    ("ru", "Они должны были встретиться во вторник.", "2024-12-10"),
    ("ru", "Он должен выступить во вторник.", "2024-12-17"),
    ("ru", "Во вторник он должен выступить.", "2024-12-17"),
    # «कल»: yesterday or tomorrow, by the clause's tense (the verb comes last)
    ("hi", "कल बैठक हुई थी", "2024-12-11"),
    ("hi", "कल बैठक होगी", "2024-12-13"),
    ("hi", "बैठक कल होगी", "2024-12-13"),
]


@pytest.mark.parametrize(("lang", "text", "day"), TENSE, ids=[row[1] for row in TENSE])
def test_tense(lang: str, text: str, day: str) -> None:
    assert [s[:10] for s in _starts(text, lang, "past")] == [day]


@pytest.mark.parametrize(("prefer", "day"), [("past", "2024-12-11"), ("future", "2024-12-13")])
def test_a_day_word_both_ways_takes_prefer_side(prefer: str, day: str) -> None:
    when = resolve("कल", REF, prefer=prefer, tz="UTC", languages=["hi"])  # type: ignore[arg-type]
    assert when is not None
    assert when.start.date().isoformat() == day


def test_modals_are_a_row_kind_not_will() -> None:
    """The modals are data of their own in the tables, and no longer future words."""
    for lang, word, perfect in (("de", "soll", "haben"), ("ru", "должен", "был")):
        t = tense(lang)
        assert t is not None
        assert word in t.modal
        assert perfect in t.modal_past
        assert word not in t.will
        assert t.will_in(f"{word} ", "")
        assert not t.will_in(f"{word} ", f" {perfect}")
