"""Hour and minutes with a dot, after a clock cue, in languages that write decimals with a comma
(lead10: ``Syntax.decimal_comma``), and with the hour's noun after them ("14.30 Uhr").

In running text "19.30" may be a decimal in English ("the index closed at 14.30"), so English reads
a dotted clock only on its own line, or with a part of the day, am/pm or a zone. Where decimals take
a comma, "alle 14.30", "saat 14.30", "a las 19.30" are times. Reference Friday 29 November 2024,
14:00 in London, leaning to the past: a clock later than 14:00 with no day is the day before's.
"""

from __future__ import annotations

import pytest

from liveblog import find_times
from liveblog.lang.tense import tense

REF = "2024-11-29T14:00:00"
TZ = "Europe/London"

DOTTED = [
    ("it", "il 29/11/2024 alle 14.30", "29/11/2024 alle 14.30", "2024-11-29T14:30"),
    ("tr", "29 Kasım saat 14.30", "29 Kasım saat 14.30", "2024-11-29T14:30"),
    ("tr", "Kurul başkanı açıklamayı saat 18.00'de yaptı.", "saat 18.00", "2024-11-28T18:00"),
    ("de", "Am Freitag um 14.30 Uhr trat er zurück.", "Am Freitag um 14.30 Uhr", "2024-11-29T14:30"),
    ("nl", "Op Vlieland is om 12.50 uur een windstoot gemeten.", "om 12.50 uur", "2024-11-29T12:50"),
    ("es", "La votación terminó a las 19.30 con una participación alta.", "a las 19.30", "2024-11-28T19:30"),
    ("pl", "o godz. 14.30", "godz. 14.30", "2024-11-28T14:30"),
    ("fr", "vendredi à 14.30", "vendredi à 14.30", "2024-11-29T14:30"),
]


@pytest.mark.parametrize(("lang", "text", "span", "timex"), DOTTED, ids=[f"{c[0]}:{c[2]}" for c in DOTTED])
def test_a_dotted_clock_after_a_cue(lang: str, text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


def test_english_at_a_dotted_number_is_no_clock() -> None:
    found = find_times("The index closed at 14.30 on Friday.", REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("Friday", "2024-11-29")]


PAST_WORDS = ["yaptı", "açıkladı", "öldüler", "gerçekleşti", "söyledim", "vurdu", "düştü"]
NOT_PAST = ["şimdi", "kendi", "Ordu", "Mehdi", "ordu", "altı", "saat"]


@pytest.mark.parametrize("word", PAST_WORDS)
def test_turkish_past_endings(word: str) -> None:
    # the past as a verb's ending (-dı/-di/-du/-dü/-tı/-ti/-tu/-tü, then a personal ending perhaps)
    cues = tense("tr")
    assert cues is not None
    assert cues.past_re is not None
    assert cues.past_re.search(f"bakan {word} ve") is not None


@pytest.mark.parametrize("word", NOT_PAST)
def test_turkish_words_that_end_so_but_are_no_past(word: str) -> None:
    # nouns listed ("şimdi" now, "kendi" own), names (a capital), stems under three letters ("ordu")
    cues = tense("tr")
    assert cues is not None
    assert cues.past_re is not None
    assert cues.past_re.search(f"bakan {word} ve") is None


TOLD = [
    # a clock later than the reference in a clause told in the past is the day before's; in the
    # future, today's (the reference is 14:00)
    ("Kurul başkanı açıklamayı saat 18.00'de yaptı.", "2024-11-28T18:00"),
    ("Bakan saat 18.00'de açıklama yapacak.", "2024-11-29T18:00"),
]


@pytest.mark.parametrize(("text", "timex"), TOLD, ids=[c[0][-20:] for c in TOLD])
def test_turkish_clause_tense(text: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=["tr"])
    assert [f.when.timex for f in found] == [timex]


NEAR = [
    # a little before or after a clock: that clock, approximate, the words in the span
    ("shortly before 9am", "2024-11-29T09:00"),
    ("just after 3pm on Friday", "2024-11-29T15:00"),
    ("minutes after 8pm", "2024-11-28T20:00"),
]


@pytest.mark.parametrize(("text", "timex"), NEAR, ids=[c[0] for c in NEAR])
def test_a_little_before_or_after_a_clock(text: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex, f.when.approximate) for f in found] == [(text, timex, True)]


def test_after_midnight_is_the_part() -> None:
    # "just after midnight" and its like are the part of the table (00:00-03:00), as the corpus says
    found = find_times("soon after midnight", REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [("soon after midnight", "2024-11-29TNI")]


def test_before_an_event_is_not_a_clock_hedge() -> None:
    found = find_times("just before the vote on Monday", REF, tz=TZ, languages=["en"])
    assert [(f.text, f.when.approximate) for f in found] == [("Monday", False)]
