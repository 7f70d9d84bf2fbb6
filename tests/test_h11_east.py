"""Session 11, the east (hu hr bg el ka pl ru uk tr, and cs sk sl sr mk where the same class holds):
dotted month abbreviations before a year, the year-first Hungarian numeric date, the part of the
day as the am/pm of a bare hour, a bare hour after a day and its clock cue, the weekend, seasons
and quarters, Bulgarian ordinal day words, weekday abbreviations.

Reference: Wednesday 13 March 2024, 10:00, prefer future (the next such time). Every value was
worked out by hand from that reference: "csütörtök" is Thursday the 14th, "this weekend" Saturday
16 to Sunday 17, "last weekend" 9-10 March, "hó végén" the last ten days of March (the edge table
of docs/resolution.md), "this summer" June-August 2024 (ours meteorological).
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-03-13T10:00:00"


def _timexes(lang: str, text: str) -> list[str]:
    return [f.when.timex for f in find_times(text, REF, prefer="future", languages=[lang])]


# (language, text, the one timex read)
READ = [
    # -- a month abbreviation takes its full stop: the year after it is read, not lost
    ("ru", "Соглашение подписано 5 янв. 2015 года", "2015-01-05"),
    ("ru", "в янв. 2015", "2015-01"),
    ("hr", "Sastanak je održan 5. velj. 2015.", "2015-02-05"),
    ("hu", "A döntés 2015. jan. 5-én született.", "2015-01-05"),
    ("hu", "jan. 5.", "2025-01-05"),
    ("sl", "Dogovor so podpisali 5. jan. 2015", "2015-01-05"),
    # -- the ordinal full stop of a day number before its month (sk sl sr)
    ("sk", "Stalo sa to 5. februára 2015", "2015-02-05"),
    ("sr", "Састанак је одржан 5. фебруар 2015", "2015-02-05"),
    # -- the Hungarian year-first date, a space after each full stop
    ("hu", "A 2013. 08. 20. ünnepségen", "2013-08-20"),
    ("hu", "A tárgyalás 2019. 3. 15-én kezdődött", "2019-03-15"),
    # -- a part of the day as the am/pm of a bare hour
    ("hu", "A koncert este 8", "2024-03-13T20:00"),
    ("hu", "csütörtök délután 3", "2024-03-14T15:00"),
    ("hu", "csütörtök du 11", "2024-03-14T23:00"),
    ("hu", "reggel 7", "2024-03-14T07:00"),
    ("hu", "hajnali 4-kor", "2024-03-14T04:00"),
    ("tr", "Maç akşam 8'de başlıyor", "2024-03-13T20:00"),
    ("tr", "perşembe sabah 7'de", "2024-03-14T07:00"),
    ("hr", "Utakmica počinje u 8 navečer", "2024-03-13T20:00"),
    ("hr", "u četvrtak u 7 ujutro", "2024-03-14T07:00"),
    ("sr", "у 8 увече", "2024-03-13T20:00"),
    ("sl", "ob 8 zvečer", "2024-03-13T20:00"),
    ("cs", "v 8 večer", "2024-03-13T20:00"),
    ("sk", "o 7 ráno", "2024-03-14T07:00"),
    # -- a bare hour after a day and its clock cue: that hour, not a day of the month
    ("ru", "Заседание начнётся сегодня в 14", "2024-03-13T14:00"),
    ("hr", "Sjednica je sutra u 9", "2024-03-14T09:00"),
    ("pl", "Spotkanie w piątek o 9", "2024-03-15T09:00"),
    ("bg", "днес в 18", "2024-03-13T18:00"),
    ("uk", "завтра о 16", "2024-03-14T16:00"),
    # -- the weekend with this, last or next
    ("hr", "ovaj vikend", "2024-03-16/2024-03-17"),
    ("el", "το περασμένο Σαββατοκύριακο", "2024-03-09/2024-03-10"),
    ("hu", "múlt hétvégén", "2024-03-09/2024-03-10"),
    ("bg", "този уикенд", "2024-03-16/2024-03-17"),
    # -- seasons and quarters
    ("hu", "2014 nyarán", "2014-SU"),
    ("hu", "idén nyáron", "2024-SU"),
    ("el", "το καλοκαίρι του 2014", "2014-SU"),
    ("el", "αυτό το καλοκαίρι", "2024-SU"),
    ("el", "στο 4ο τρίμηνο του 2018", "2018-Q4"),
    # -- Bulgarian ordinal day words before a month
    ("bg", "на първи април", "2024-04-01"),
    ("bg", "двадесет и пети декември", "2024-12-25"),
    # -- Hungarian "hó" (the month) beside an edge, weekday abbreviations beside a date
    ("hu", "hó végén", "2024-03-21/2024-03-31"),
    ("hu", "csüt., márc. 14.", "2024-03-14"),
    ("bg", "чет., 14 март", "2024-03-14"),
    # -- Georgian "გასულ" (last) before a dative noun; ordinal day words and "1-ლი"
    ("ka", "გასულ ორშაბათს", "2024-03-11"),
    ("ka", "პირველი აპრილი", "2024-04-01"),
    ("ka", "1-ლი აპრილი", "2024-04-01"),
    ("ka", "ხვალ დილით", "2024-03-14TMO"),
    # -- month abbreviations the CLDR lacks
    ("el", "την Παρασκευή, 20 Σεπτ.", "2024-09-20"),
    ("bg", "5 ян. 2015", "2015-01-05"),
    ("tr", "5 Oca. 2015", "2015-01-05"),
    # -- Greek minutes in words after the hour
    ("el", "στις 8 και μισή το βράδυ", "2024-03-13T20:30"),
    ("el", "στις 12 παρά τέταρτο", "2024-03-13T11:45"),
    # -- half an hour as one phrase, after "in" (10:00 + 30 minutes)
    ("hr", "za pola sata", "2024-03-13T10:30:00"),
    ("hu", "fél óra múlva", "2024-03-13T10:30:00"),
    ("el", "σε μισή ώρα", "2024-03-13T10:30:00"),
    ("ru", "через пол часа", "2024-03-13T10:30:00"),
    # -- the start, middle and end of a month or year (2024 is a leap year: February ends on the 29th)
    ("bg", "в края на годината", "2024-09/2024-12"),
    ("bg", "в средата на юли", "2024-07-11/2024-07-20"),
    ("el", "στο τέλος του μήνα", "2024-03-21/2024-03-31"),
    ("tr", "geçen ayın sonunda", "2024-02-21/2024-02-29"),
    ("ru", "к концу года", "2024-03-13T10:00:00/2024-12"),
    ("el", "μέχρι το τέλος του μήνα", "2024-03-13T10:00:00/2024-03-31"),
    # -- Greek plural "last" before an amount (the two whole days before today)
    ("el", "τις περασμένες 2 μέρες", "2024-03-11/2024-03-12"),
    ("el", "αυτό το ΣΚ", "2024-03-16/2024-03-17"),
    # -- lunch and after it (the midday part; after lunch an afternoon's)
    ("ru", "завтра в обед", "2024-03-14TMI"),
    ("uk", "завтра в обід", "2024-03-14TMI"),
    ("hr", "sutra poslije ručka", "2024-03-14TAF"),
    # -- cs sk sl sr mk (no Duckling corpus): genitive months, the Latin script, edges, "ve"
    ("sl", "Pogodba je bila podpisana 5. februarja 2014", "2014-02-05"),
    ("sr", "Састанак је одржан 5. фебруара 2014.", "2014-02-05"),
    ("sr", "Sastanak je održan 5. februara 2014.", "2014-02-05"),
    ("cs", "koncem dubna", "2024-04-21/2024-04-30"),
    ("sr", "крајем априла", "2024-04-21/2024-04-30"),
    ("mk", "на крајот на април", "2024-04-21/2024-04-30"),
    ("cs", "dnes ve 14", "2024-03-13T14:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), READ, ids=[f"{c[0]}:{c[1]}" for c in READ])
def test_east_phrase_reads(lang: str, text: str, timex: str) -> None:
    """Each phrase reads as one time, its value worked out by hand."""
    assert _timexes(lang, text) == [timex]


# (language, text, what is read: the words left unread are no time)
NOT_A_TIME = [
    ("hu", "a márc. rovatban", []),  # an abbreviation with no day or year beside it
    ("hu", "2013. 8. 20 ember", []),  # a year, then counts: no day's full stop
    ("hu", "délután 3 ember", ["délután"]),  # three people in the afternoon, no 3 pm
    ("hu", "szerda délután 3 embert", ["szerda délután"]),
    ("hu", "nyáron", []),  # a season alone stays unread
    ("el", "καλοκαίρι", []),
    ("hr", "vikend", []),  # the weekend needs this, last or next
    ("ru", "сегодня в 14 регионах", ["сегодня"]),  # in 14 regions
    ("hr", "danas u 14 gradova", ["danas"]),
    ("bg", "за трети път", []),  # the third time
    ("hu", "Esett a hó", []),  # snow
    ("el", "σε 2 και μισή ώρες", []),  # in two and a half hours: no 2:30
    ("hr", "Sastanak je trajao pola sata", []),  # a length, no "in"
    ("tr", "eki indir", []),  # download the attachment
    ("bg", "в края на краищата", []),  # after all
    ("el", "στην αρχή του αγώνα", []),  # at the start of the match
    ("sl", "Maja je rekla", []),  # a name, not May
    ("sr", "Марта је рекла", []),  # a name, not March
    ("cs", "dnes ve 3 případech", ["dnes"]),  # in three cases
]


@pytest.mark.parametrize(("lang", "text", "spans"), NOT_A_TIME, ids=[f"{c[0]}:{c[1]}" for c in NOT_A_TIME])
def test_east_phrase_is_no_time(lang: str, text: str, spans: list[str]) -> None:
    """Ordinary words beside the new readings stay no time (or only the part that is one)."""
    found = find_times(text, REF, prefer="future", languages=[lang])
    assert [f.text for f in found] == spans


@pytest.mark.parametrize(
    ("lang", "text", "timex"),
    [("hu", "csüt.", "2024-03-14"), ("hu", "szom.", "2024-03-16"), ("bg", "нед.", "2024-03-17")],
)
def test_a_dotted_weekday_abbreviation_said_alone(lang: str, text: str, timex: str) -> None:
    """A weekday abbreviation with its full stop, said as the whole expression, is that weekday."""
    when = resolve(text, REF, prefer="future", languages=[lang])
    assert when is not None
    assert when.timex == timex


# A weekday after a whole date that falls on it only confirms it (h11): one reading, not the date
# and another day. 18 July 2014 was a Friday; a Thursday after it stays a time of its own.
CONFIRMED = [
    ("hu", "2014. július 18., péntek", ["2014-07-18"]),
    ("hu", "A tárgyalás 2014. július 18-án, pénteken kezdődött", ["2014-07-18"]),
    ("en", "July 18, 2014, Friday", ["2014-07-18"]),
    ("en", "July 18, 2014, Thursday", ["2014-07-18", "2024-03-14"]),
]


@pytest.mark.parametrize(("lang", "text", "timexes"), CONFIRMED, ids=[f"{c[0]}:{c[1]}" for c in CONFIRMED])
def test_a_weekday_confirming_its_date(lang: str, text: str, timexes: list[str]) -> None:
    """The weekday a whole date falls on, after it, is read with it; another weekday is not."""
    assert _timexes(lang, text) == timexes
