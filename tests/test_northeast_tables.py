"""News phrasing of de nl da nb sv ru uk pl hr: one table of cases per class of phrasing.

Every expected value was worked out by hand (calendar and computus) from the
reference, Wednesday 15 May 2024, 10:00 in Berlin (+02:00), reading the future:
this week's Monday is 13 May; Q2 is April-June; Western Easter is 31 March
2024 and 20 April 2025, Orthodox Easter 5 May 2024; 1 Shawwal 1445 (Umm
al-Qura) is 10 April 2024.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from liveblog import resolve
from liveblog.lang import lexicon
from liveblog.lang._data import _news
from liveblog.model import When

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Berlin"


def _read(lang: str, text: str) -> When:
    when = resolve(text, REF, prefer="future", tz=TZ, languages=[lang])
    assert when is not None, f"{lang}: {text!r} read as no date"
    return when


def _day(d: datetime) -> date:
    return d.date()


# -- day words whose first word is one letter ("i går"): spotted by their longest word
DAYWORDS: list[tuple[str, str, date]] = [
    ("da", "i går", date(2024, 5, 14)),
    ("da", "i forgårs", date(2024, 5, 13)),
    ("nb", "i overmorgen", date(2024, 5, 17)),
    ("sv", "i förrgår", date(2024, 5, 13)),
    ("sv", "i övermorgon", date(2024, 5, 17)),
]


@pytest.mark.parametrize(("lang", "text", "day"), DAYWORDS)
def test_day_words_after_a_short_word(lang: str, text: str, day: date) -> None:
    """A day word that begins with a one-letter word is read as its day."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (day, "day")


def test_short_first_word_phrases_are_spotted_by_their_longest_word() -> None:
    """The pre-scan looks for "går" (of "i går"), never for the everywhere word "i"."""
    words = lexicon("da").trigger_words()  # type: ignore[union-attr]
    assert "går" in words
    assert "i" not in words


# -- clock words: the clock's noun before the hour ("klokken 18") or after it ("17 Uhr", "19 часов")
CLOCKS: list[tuple[str, str, int, int]] = [
    ("de", "gegen 17 Uhr", 17, 0),
    ("de", "um 20 Uhr", 20, 0),
    ("de", "viertel nach 18 Uhr", 18, 15),
    ("nl", "om 20 uur", 20, 0),
    ("da", "klokken 18", 18, 0),
    ("da", "kl. 13", 13, 0),
    ("nb", "klokken 22", 22, 0),
    ("sv", "kl. 21", 21, 0),
    ("sv", "klockan 16", 16, 0),
    ("ru", "в 19 часов", 19, 0),
    ("ru", "в 7 часов вечера", 19, 0),
    ("uk", "о 16 годині", 16, 0),
    ("pl", "o godzinie 13", 13, 0),
    ("hr", "u 14 sati", 14, 0),
]


@pytest.mark.parametrize(("lang", "text", "hour", "minute"), CLOCKS)
def test_clock_words(lang: str, text: str, hour: int, minute: int) -> None:
    """A clock said with the language's clock words is that time today (all are after 10:00)."""
    when = _read(lang, text)
    assert (when.start.date(), when.start.hour, when.start.minute) == (date(2024, 5, 15), hour, minute)


# -- relative periods with the nominative, neuter or definite forms the CLDR lacks; quarters
PERIODS: list[tuple[str, str, date, date]] = [
    ("da", "næste kvartal", date(2024, 7, 1), date(2024, 10, 1)),
    ("sv", "detta kvartal", date(2024, 4, 1), date(2024, 7, 1)),
    ("nb", "dette kvartalet", date(2024, 4, 1), date(2024, 7, 1)),
    ("de", "übernächste Woche", date(2024, 5, 27), date(2024, 6, 3)),
    ("de", "nächstes Quartal", date(2024, 7, 1), date(2024, 10, 1)),
    ("nl", "dit kwartaal", date(2024, 4, 1), date(2024, 7, 1)),
    ("pl", "poprzedni rok", date(2023, 1, 1), date(2024, 1, 1)),
    ("ru", "следующий год", date(2025, 1, 1), date(2026, 1, 1)),
    ("ru", "этот квартал", date(2024, 4, 1), date(2024, 7, 1)),
    ("uk", "наступний квартал", date(2024, 7, 1), date(2024, 10, 1)),
    ("hr", "ovaj kvartal", date(2024, 4, 1), date(2024, 7, 1)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), PERIODS)
def test_relative_periods(lang: str, text: str, start: date, end: date) -> None:
    """A modified period is the whole period, first day to the day after its last."""
    when = _read(lang, text)
    assert (_day(when.start), _day(when.end)) == (start, end)


# -- the nth (or last) weekday of a month, with "of" ("im", "i", "u") or a genitive month
NTH: list[tuple[str, str, date]] = [
    ("de", "zweiter Dienstag im Juni", date(2024, 6, 11)),  # 1 June 2024 is a Saturday
    ("nl", "laatste vrijdag van augustus", date(2024, 8, 30)),  # 31 August is a Saturday
    ("da", "tredje onsdag i november", date(2024, 11, 20)),  # 1 November is a Friday
    ("nb", "andre søndag i desember", date(2024, 12, 8)),  # 1 December is a Sunday
    ("sv", "första måndag i september", date(2024, 9, 2)),  # 1 September is a Sunday
    ("hr", "zadnji petak u kolovozu", date(2024, 8, 30)),
    ("pl", "pierwsza niedziela lipca", date(2024, 7, 7)),  # genitive month: 1 July is a Monday
    ("ru", "последний понедельник июня", date(2024, 6, 24)),  # 30 June is a Sunday
]


@pytest.mark.parametrize(("lang", "text", "day"), NTH)
def test_nth_weekday_of_a_month(lang: str, text: str, day: date) -> None:
    """The nth or last weekday of a named month is that one day."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (day, "day")


# -- holidays by name, computed (fixed days, nth weekdays, Easter, Orthodox Easter, Hijri)
HOLIDAYS: list[tuple[str, str, date]] = [
    ("de", "Pfingstmontag 2025", date(2025, 6, 9)),  # Easter 20 April 2025 + 50
    ("de", "Fronleichnam 2024", date(2024, 5, 30)),  # Easter 31 March 2024 + 60
    ("de", "Tag der Deutschen Einheit 2025", date(2025, 10, 3)),
    ("de", "Heiligabend 2024", date(2024, 12, 24)),
    ("de", "Eid al-Fitr 2024", date(2024, 4, 10)),  # a transliteration every table reads
    ("nl", "Koningsdag 2025", date(2025, 4, 26)),  # 27 April 2025 is a Sunday
    ("nl", "Hemelvaartsdag 2025", date(2025, 5, 29)),  # Easter + 39
    ("da", "langfredag 2025", date(2025, 4, 18)),
    ("da", "fars dag 2024", date(2024, 6, 5)),  # Denmark's Father's Day is Constitution Day
    ("nb", "andre påskedag 2024", date(2024, 4, 1)),
    ("nb", "morsdag 2025", date(2025, 2, 9)),  # second Sunday of February
    ("sv", "annandag jul 2024", date(2024, 12, 26)),
    ("sv", "mors dag 2024", date(2024, 5, 26)),  # last Sunday of May
    ("pl", "Boże Ciało 2025", date(2025, 6, 19)),
    ("pl", "Święto Niepodległości 2024", date(2024, 11, 11)),
    ("ru", "Рождество 2025", date(2025, 1, 7)),  # Orthodox Christmas
    ("uk", "Великдень 2024", date(2024, 5, 5)),  # Orthodox Easter
    ("hr", "Tijelovo 2024", date(2024, 5, 30)),
]


@pytest.mark.parametrize(("lang", "text", "day"), HOLIDAYS)
def test_holidays_by_name(lang: str, text: str, day: date) -> None:
    """A holiday's name with a year is its day that year."""
    when = _read(lang, text)
    assert (_day(when.start), _day(when.end)) == (day, date.fromordinal(day.toordinal() + 1))


# -- seasons (meteorological, as lang/en), parts of the day, Slavic month case forms
SPANS: list[tuple[str, str, date, date]] = [
    ("de", "diesen Sommer", date(2024, 6, 1), date(2024, 9, 1)),
    ("hr", "ovo ljeto", date(2024, 6, 1), date(2024, 9, 1)),
    ("ru", "в октябре", date(2024, 10, 1), date(2024, 11, 1)),
    ("uk", "у листопаді", date(2024, 11, 1), date(2024, 12, 1)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), SPANS)
def test_seasons_and_month_cases(lang: str, text: str, start: date, end: date) -> None:
    """A season is its three months; a month in the locative is the month."""
    when = _read(lang, text)
    assert (_day(when.start), _day(when.end)) == (start, end)


PARTS: list[tuple[str, str, date, str]] = [
    ("da", "i aften", date(2024, 5, 15), "evening"),
    ("nb", "i kveld", date(2024, 5, 15), "evening"),
    ("sv", "i går kväll", date(2024, 5, 14), "evening"),
    ("hr", "sinoć", date(2024, 5, 14), "evening"),
    ("da", "fredag eftermiddag", date(2024, 5, 17), "afternoon"),
    # a day word and a part in one word, made from the day words and [compound]
    ("nl", "gisterenavond", date(2024, 5, 14), "evening"),
    ("nl", "morgenochtend", date(2024, 5, 16), "morning"),
    ("nl", "vandaagnamiddag", date(2024, 5, 15), "afternoon"),
]


@pytest.mark.parametrize(("lang", "text", "day", "part"), PARTS)
def test_parts_of_the_day(lang: str, text: str, day: date, part: str) -> None:
    """A part of the day with its day is that part of that day."""
    when = _read(lang, text)
    assert (_day(when.start), when.part) == (day, part)


# -- bad tables fail when loaded, naming the phrase
BAD_TABLES: list[tuple[str, str]] = [
    ('[holiday]\n"julefest" = "yule"\n', "julefest"),
    ('[season]\n"monsun" = "monsoon"\n', "monsun"),
    ('[ampm]\n"abends" = "evening"\n', "abends"),
    ('[nth]\n"erster" = "one"\n', "erster"),
]


@pytest.mark.parametrize(("text", "phrase"), BAD_TABLES)
def test_bad_rows_fail_naming_the_phrase(text: str, phrase: str) -> None:
    """A holiday, season, half of the day or ordinal the grammar cannot compute is refused."""
    with pytest.raises(ValueError, match=phrase):
        _news("xx", text, [])


# -- a day number with its ordinal mark ("15.", "18-го", "3go") before its month; ranges of such days
ORDINAL_MARKS: list[tuple[str, str, date, date]] = [
    ("de", "am 20. Juni", date(2024, 6, 20), date(2024, 6, 21)),
    ("de", "vom 3. bis 5. Juli", date(2024, 7, 3), date(2024, 7, 6)),
    ("nl", "3 t/m 5 juni", date(2024, 6, 3), date(2024, 6, 6)),  # "tot en met": the last day counts
    ("da", "den 7. august", date(2024, 8, 7), date(2024, 8, 8)),
    ("nb", "22. september 2025", date(2025, 9, 22), date(2025, 9, 23)),
    ("hr", "1. lipnja", date(2024, 6, 1), date(2024, 6, 2)),
    ("ru", "25-го июня", date(2024, 6, 25), date(2024, 6, 26)),
    ("uk", "9-го червня", date(2024, 6, 9), date(2024, 6, 10)),
    ("pl", "8go czerwca", date(2024, 6, 8), date(2024, 6, 9)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), ORDINAL_MARKS)
def test_day_with_its_ordinal_mark(lang: str, text: str, start: date, end: date) -> None:
    """A day written with its ordinal mark before a month is that day (days of June on are ahead)."""
    when = _read(lang, text)
    assert (_day(when.start), _day(when.end)) == (start, end)


# -- day and month with dots and no year: a date where the dot marks an ordinal, a clock after "um"
DOTTED: list[tuple[str, str, date]] = [
    ("de", "am 3.10.", date(2024, 10, 3)),
    ("de", "am 3.10", date(2024, 10, 3)),  # the day's cue makes it a date
    ("de", "24.12.", date(2024, 12, 24)),
    ("da", "1.6.", date(2024, 6, 1)),
    ("de", "2.5.", date(2024, 5, 2)),  # ar9: gone by in the month under way (15 May): this year's
    ("de", "2.4.", date(2025, 4, 2)),  # 2 April 2024 is past: the coming one
]


@pytest.mark.parametrize(("lang", "text", "day"), DOTTED)
def test_day_and_month_with_dots(lang: str, text: str, day: date) -> None:
    """ "3.10." is the 3rd of October, day first."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (day, "day")


NOT_DOTTED_DATES: list[tuple[str, str, int, int]] = [
    ("de", "um 10.10", 10, 10),  # a clock's cue: ten past ten
    ("de", "um 18.30", 18, 30),
]


@pytest.mark.parametrize(("lang", "text", "hour", "minute"), NOT_DOTTED_DATES)
def test_dotted_clock_stays_a_clock(lang: str, text: str, hour: int, minute: int) -> None:
    """After a clock's cue, "10.10" is a time of day, not the 10th of October."""
    when = _read(lang, text)
    assert (when.start.hour, when.start.minute, when.grain.value) == (hour, minute, "minute")


def test_english_keeps_dotted_numbers_as_they_were() -> None:
    """English writes no ordinal dot: "10.10." is no date in English (as before)."""
    assert resolve("10.10.", REF, prefer="future", tz=TZ, languages=["en"]) is None


# -- ordinal day words before a month, made from [ordinal-stem] and ordinal-endings
ORDINAL_WORDS: list[tuple[str, str, date]] = [
    ("de", "am zwanzigsten Juni", date(2024, 6, 20)),
    ("de", "siebter Juli", date(2024, 7, 7)),
    ("nl", "eenendertigste augustus", date(2024, 8, 31)),
    ("da", "femtende juni", date(2024, 6, 15)),
    ("nb", "tjuefjerde desember", date(2024, 12, 24)),
    ("sv", "sjätte juni", date(2024, 6, 6)),
    ("ru", "двадцать второго июня", date(2024, 6, 22)),
    ("ru", "третье июля", date(2024, 7, 3)),  # an irregular form, a row of [ordinal]
    ("uk", "першого вересня", date(2024, 9, 1)),
    ("pl", "drugiego czerwca", date(2024, 6, 2)),  # soft stem: a row of [ordinal]
    ("pl", "dwudziestego piątego grudnia", date(2024, 12, 25)),
    ("hr", "prvog lipnja", date(2024, 6, 1)),
]


@pytest.mark.parametrize(("lang", "text", "day"), ORDINAL_WORDS)
def test_ordinal_day_words(lang: str, text: str, day: date) -> None:
    """An ordinal word right before a month is that day of the month (all ahead of 15 May)."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (day, "day")


# -- a weekday, an article and a written date ("Montag, den 3. Juni"): the whole date
WEEKDAY_THE_DATE: list[tuple[str, str, date]] = [
    ("de", "Montag, den 3. Juni", date(2024, 6, 3)),  # 3 June 2024 is a Monday
    ("da", "mandag den 3. juni", date(2024, 6, 3)),
    ("nb", "fredag den 7. juni", date(2024, 6, 7)),
]


@pytest.mark.parametrize(("lang", "text", "day"), WEEKDAY_THE_DATE)
def test_weekday_the_written_date(lang: str, text: str, day: date) -> None:
    """The article between a weekday and its date joins them, as in English "Monday, the 3rd of June"."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (day, "day")


BAD_ORDINALS: list[tuple[str, str]] = [
    ('[ordinal-stem]\n"zweiunddreißigst" = 32\n', "zweiunddreißigst"),
    ('ordinal-endings = "e"\n[ordinal-stem]\n"dritt" = 3\n', "ordinal-endings"),
]


@pytest.mark.parametrize(("text", "phrase"), BAD_ORDINALS)
def test_bad_ordinal_tables_fail(text: str, phrase: str) -> None:
    """An ordinal stem outside 1-31, or endings that are not a list of strings, fail when loaded."""
    with pytest.raises(ValueError, match=phrase):
        _news("xx", text, [])


# -- Swedish and Norwegian "N units ago" (the word after the unit, from the generator), number
# words, definite forms, "i år", ordinals written "20:e"
SCANDINAVIAN: list[tuple[str, str, date, str]] = [
    ("sv", "3 dagar sedan", date(2024, 5, 12), "day"),
    ("sv", "tre veckor sedan", date(2024, 4, 24), "day"),  # about Wednesday 24 April (issue 14)
    ("nb", "fire dager siden", date(2024, 5, 11), "day"),
    ("sv", "i år", date(2024, 1, 1), "year"),
    ("sv", "den 20:e juni", date(2024, 6, 20), "day"),
    ("sv", "andra tisdagen i juni", date(2024, 6, 11), "day"),  # Tuesdays of June 2024: 4, 11
    ("sv", "tredje dagen i juli", date(2024, 7, 3), "day"),
]


@pytest.mark.parametrize(("lang", "text", "start", "grain"), SCANDINAVIAN)
def test_scandinavian_forms(lang: str, text: str, start: date, grain: str) -> None:
    """Each form reads as the day, week or year worked out by hand."""
    when = _read(lang, text)
    assert (_day(when.start), when.grain.value) == (start, grain)


def test_ago_after_the_unit_is_generated_only_after_a_unit() -> None:
    """ "för (N) dagar sedan" gives "sedan"; Romanian "acum (N) de zile" gives no "zile" (a unit)."""
    from liveblog.lang._generate import rows_of

    assert ("sedan", "ago-post", None) in rows_of("sv")
    assert ("zile", "ago-post", None) not in rows_of("ro")


def test_a_cue_before_our_date_keeps_our_reading() -> None:
    """ "den" before "15:e februari" adds no date: ours stands (dateparser reads February 2015)."""
    when = _read("sv", "den 15:e februari")
    assert (_day(when.start), when.grain.value) == (date(2025, 2, 15), "day")


# -- Polish hours said as ordinals with a half of the day; words typed without "ł"
POLISH_HOURS: list[tuple[str, str, date, int]] = [
    ("pl", "dziewiąta wieczorem", date(2024, 5, 15), 21),
    ("pl", "trzecia popoludniu", date(2024, 5, 15), 15),  # "popołudniu" typed without its "ł"
    ("pl", "o ósmej rano", date(2024, 5, 16), 8),  # 8 am today is past at 10:00: tomorrow's
]


@pytest.mark.parametrize(("lang", "text", "day", "hour"), POLISH_HOURS)
def test_hours_said_as_ordinals(lang: str, text: str, day: date, hour: int) -> None:
    """ "dziewiąta wieczorem" (the ninth in the evening) is 21:00."""
    when = _read(lang, text)
    assert (when.start.date(), when.start.hour, when.start.minute) == (day, hour, 0)


# -- Croatian case forms of units and number words; quarters numbered with an ordinal mark
COUNTED: list[tuple[str, str, date, date]] = [
    ("hr", "za 7 dana", date(2024, 5, 22), date(2024, 5, 23)),
    ("hr", "prije tri mjeseca", date(2024, 2, 1), date(2024, 3, 1)),
    ("hr", "3. kvartal 2025", date(2025, 7, 1), date(2025, 10, 1)),
    ("de", "4tes Quartal 2024", date(2024, 10, 1), date(2025, 1, 1)),
    ("sv", "2:a kvartalet 2025", date(2025, 4, 1), date(2025, 7, 1)),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), COUNTED)
def test_counted_units_and_numbered_quarters(lang: str, text: str, start: date, end: date) -> None:
    """An amount from now is the unit it lands in; "3. kvartal" is the third quarter."""
    when = _read(lang, text)
    assert (_day(when.start), _day(when.end)) == (start, end)
