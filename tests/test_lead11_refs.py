"""Vague references and "within" windows as language data beyond English and Arabic (lead11).

"jetzt", "actuellement", «сейчас», 目前 are TIMEX3's PRESENT_REF, read only when the caller asks for
vague references (``refs=True``: a tagger wants them, a timeline does not); a word that is also an
ordinary word ("ora", the hour; "ya", already) is a reference only said alone. "binnen zwei
Wochen", "w ciągu dwóch tygodni" leaning ahead are the window from the reference to the start of
the day the amount lands on, as "within two weeks" (docs/resolution.md, "Ago and in"); counted from
something said after it ("… nach dem Anschlag", "… after the attack") they are no date.

Reference: Friday 29 November 2024, 14:00. Two weeks ahead lands on Friday 13 December, so the
window's TIMEX3 is 2024-11-29T14:00:00/2024-12-12 (its last whole day), worked out by hand.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-11-29T14:00:00+01:00"

NOW_IN_SENTENCES = [
    # lang, sentence, the words read, TIMEX3
    ("de", "Die Regierung sagte jetzt, sie werde zustimmen.", "jetzt", "PRESENT_REF"),
    ("de", "Derzeit laufen die Gespräche weiter.", "Derzeit", "PRESENT_REF"),
    ("fr", "Le ministre est actuellement à Bruxelles.", "actuellement", "PRESENT_REF"),
    ("fr", "Le ministre a récemment démissionné.", "récemment", "PAST_REF"),
    ("es", "Actualmente hay negociaciones en Ginebra.", "Actualmente", "PRESENT_REF"),
    ("pt", "O ministro está agora em Lisboa.", "agora", "PRESENT_REF"),
    ("it", "Il ministro è attualmente a Roma.", "attualmente", "PRESENT_REF"),
    ("nl", "Het kabinet is nu aan zet.", "nu", "PRESENT_REF"),
    ("sv", "Regeringen förhandlar just nu med oppositionen.", "just nu", "PRESENT_REF"),
    ("da", "Regeringen forhandler i øjeblikket med partierne.", "i øjeblikket", "PRESENT_REF"),
    ("pl", "Obecnie trwają rozmowy w Brukseli.", "Obecnie", "PRESENT_REF"),
    ("pl", "Ministra niedawno odwołano.", "niedawno", "PAST_REF"),
    ("ru", "Сейчас идут переговоры в Женеве.", "Сейчас", "PRESENT_REF"),
    ("uk", "Наразі тривають переговори.", "Наразі", "PRESENT_REF"),
    ("tr", "Şu anda müzakereler sürüyor.", "Şu anda", "PRESENT_REF"),
    ("hu", "Jelenleg is tárgyalnak a felek.", "Jelenleg", "PRESENT_REF"),
    ("el", "Τώρα η κυβέρνηση πρέπει να αποφασίσει.", "Τώρα", "PRESENT_REF"),
    ("he", "כרגע נמשכות השיחות.", "כרגע", "PRESENT_REF"),
    ("zh", "目前谈判仍在进行。", "目前", "PRESENT_REF"),
    ("ja", "現在、交渉が続いている。", "現在", "PRESENT_REF"),
    ("ko", "지금 협상이 진행 중이다.", "지금", "PRESENT_REF"),
    ("vi", "Hiện nay các cuộc đàm phán vẫn tiếp tục.", "Hiện nay", "PRESENT_REF"),
]

_NOW_IDS = [f"{c[0]}:{c[2]}" for c in NOW_IN_SENTENCES]


@pytest.mark.parametrize(("lang", "text", "words", "timex"), NOW_IN_SENTENCES, ids=_NOW_IDS)
def test_a_vague_reference_is_read_when_asked_for(lang: str, text: str, words: str, timex: str) -> None:
    """A language's "now" / "recently" word in running text is a REF value with refs=True."""
    found = find_times(text, REF, languages=[lang], refs=True)
    assert [(f.text, f.when.timex) for f in found] == [(words, timex)]


@pytest.mark.parametrize(("lang", "text", "words", "timex"), NOW_IN_SENTENCES, ids=_NOW_IDS)
def test_a_vague_reference_is_no_date_in_a_timeline(lang: str, text: str, words: str, timex: str) -> None:
    """Without refs=True the same sentences give nothing (a timeline holds no "now")."""
    assert find_times(text, REF, languages=[lang]) == []


# Words that are also ordinary words: a reference only when said alone.
BOUND = [
    ("it", "ora", "Ora il governo deve decidere."),  # "ora" is also "hour"
    ("es", "ya", "Ya hay veinte muertos."),  # "already"
    ("pt", "já", "Já são vinte mortos."),
    ("nl", "direct", "Het kabinet reageerde direct op de kritiek."),
]


@pytest.mark.parametrize(("lang", "word", "sentence"), BOUND, ids=[f"{c[0]}:{c[1]}" for c in BOUND])
def test_a_bound_reference_is_read_alone_only(lang: str, word: str, sentence: str) -> None:
    """ "ora" alone is now; in a sentence it is no time (nor is "already" or "directly")."""
    alone = resolve(word, REF, languages=[lang], refs=True)
    assert alone is not None
    assert alone.timex == "PRESENT_REF"
    assert find_times(sentence, REF, languages=[lang], refs=True) == []


WITHIN = [
    ("de", "binnen zwei Wochen"),
    ("de", "innerhalb von zwei Wochen"),
    ("nl", "binnen twee weken"),
    ("sv", "inom två veckor"),
    ("da", "inden for to uger"),
    ("nb", "innen to uker"),
    ("pl", "w ciągu dwóch tygodni"),
    ("ru", "в течение двух недель"),
    ("uk", "протягом двох тижнів"),
    ("cs", "během dvou týdnů"),
    ("hr", "u roku od dva tjedna"),
    ("el", "μέσα σε δύο εβδομάδες"),
    ("en", "within two weeks"),
]


@pytest.mark.parametrize(("lang", "text"), WITHIN, ids=[f"{c[0]}:{c[1]}" for c in WITHIN])
def test_within_leaning_ahead_is_the_window_from_now(lang: str, text: str) -> None:
    """ "binnen zwei Wochen" ahead: from the reference to the start of 13 December."""
    when = resolve(text, REF, languages=[lang], prefer="future")
    assert when is not None
    assert when.timex == "2024-11-29T14:00:00/2024-12-12"


@pytest.mark.parametrize(("lang", "text"), WITHIN, ids=[f"{c[0]}:{c[1]}" for c in WITHIN])
def test_within_leaning_back_is_no_date(lang: str, text: str) -> None:
    """Told in the past, "within two weeks" is a span in the story: no date."""
    assert resolve(text, REF, languages=[lang], prefer="past") is None


COUNTED_FROM_ELSE = [
    ("en", "within 24 hours after the attack"),
    ("en", "within 24 hours of the attack"),
    ("de", "innerhalb von 24 Stunden nach dem Anschlag"),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_FROM_ELSE, ids=[c[1] for c in COUNTED_FROM_ELSE])
def test_within_counted_from_something_else_is_no_date(lang: str, text: str) -> None:
    """An amount counted from an event named after it is no window from now."""
    assert resolve(text, REF, languages=[lang], prefer="future") is None


# The classes below are read as a whole expression leaning ahead, at Duckling's reference: Tuesday
# 12 February 2013, 04:30 (-02:00). Each value worked out by hand.
AHEAD_REF = "2013-02-12T04:30:00-02:00"

AHEAD = [
    # A half before an hour in digits: German "halb 4" is 3:30, Dutch "half 4" too, as their words
    # "halb vier", "half vier" already were; told a clock by a cue before or "Uhr" after it. The
    # next 03:30 is tomorrow's (as "halb vier" gives).
    ("de", "um halb 4", "2013-02-13T03:30"),
    ("de", "halb 4 Uhr", "2013-02-13T03:30"),
    ("de", "gegen halb 8", "2013-02-12T07:30"),
    ("nl", "om half 4", "2013-02-13T03:30"),
    ("nl", "om half 9", "2013-02-12T08:30"),
    # The weekend in Swedish, Norwegian and Danish, read as "this weekend" / "last weekend" already
    # are (Saturday and Sunday): this weekend is 16-17 February, the last one 9-10.
    ("sv", "i helgen", "2013-02-16/2013-02-17"),
    ("sv", "denna helg", "2013-02-16/2013-02-17"),
    ("sv", "förra helgen", "2013-02-09/2013-02-10"),
    ("sv", "nästa helg", "2013-02-23/2013-02-24"),
    ("nb", "i helgen", "2013-02-16/2013-02-17"),
    ("nb", "forrige helg", "2013-02-09/2013-02-10"),
    ("da", "i weekenden", "2013-02-16/2013-02-17"),
    ("da", "sidste weekend", "2013-02-09/2013-02-10"),
    # Minutes before an hour that is also a duration's unit: "kwart over twee uur" is 02:15, not "in
    # two hours" from "over twee uur"; "over twee uur" alone is still the instant two hours ahead.
    ("nl", "kwart over twee uur", "2013-02-13T02:15"),
    ("nl", "kwart voor drie uur", "2013-02-13T02:45"),
    ("nl", "over twee uur", "2013-02-12T06:30:00"),
    # Counted from now or from today in the Nordic languages: "to minutter fra nu" is the instant
    # two minutes ahead (as "two minutes from now"), "tre år fra i dag" the day three years on (as
    # "three years from today"); "fra"/"från" before a day still opens a range (Monday 18 to
    # Wednesday 20 February).
    ("da", "to minutter fra nu", "2013-02-12T04:32:00"),
    ("nb", "to minutter fra nå", "2013-02-12T04:32:00"),
    ("sv", "två minuter från nu", "2013-02-12T04:32:00"),
    ("da", "tre år fra i dag", "2016-02-12"),
    ("nb", "tre år fra i dag", "2016-02-12"),
    ("sv", "tre år från i dag", "2016-02-12"),
    ("da", "tre dage fra i dag", "2013-02-15"),
    ("sv", "från måndag till onsdag", "2013-02-18/2013-02-20"),
    ("da", "fra mandag til onsdag", "2013-02-18/2013-02-20"),
    # Definite plurals as a window's unit: "de senaste två veckorna" is the last two whole weeks
    # (as "the last two weeks": weeks 5 and 6 of 2013), "de neste tre ukene" the next three (8-10).
    ("sv", "de senaste två veckorna", "2013-W05/2013-W06"),
    ("sv", "de kommande tre veckorna", "2013-W08/2013-W10"),
    ("sv", "de senaste tre dagarna", "2013-02-09/2013-02-11"),
    ("nb", "de siste to ukene", "2013-W05/2013-W06"),
    ("nb", "de neste tre ukene", "2013-W08/2013-W10"),
    ("nb", "de siste tre dagene", "2013-02-09/2013-02-11"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), AHEAD, ids=[f"{c[0]}:{c[1]}" for c in AHEAD])
def test_read_leaning_ahead(lang: str, text: str, timex: str) -> None:
    """Each class's phrase, read alone leaning ahead, names the value worked out for it."""
    when = resolve(text, AHEAD_REF, languages=[lang], prefer="future")
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(("lang", "text"), [("de", "halb 4"), ("nl", "half 4"), ("de", "um halb 14")])
def test_a_half_and_a_digit_untold_is_no_clock(lang: str, text: str) -> None:
    """With no cue and no "Uhr" a half and a number may be anything; 14 is no hour of a half."""
    assert resolve(text, AHEAD_REF, languages=[lang], prefer="future") is None


NO_DATE = [
    # "julhelgen" (the Christmas holiday) and "helgen" with no word beside it
    ("sv", "Under julhelgen var det lugnt."),
    ("sv", "Helgen var lugn."),
    ("nb", "Helgen var rolig."),
    # a number with a decimal comma is an amount: dateparser's fallback read "om 2,5 time" (in 2.5
    # hours) as 2 May
    ("da", "Det sker om 2,5 time."),
    ("nb", "Det skjer om 2,5 time."),
    ("da", "Prisen steg 2,5 timer senere."),
    # definite plural units with no count before them
    ("sv", "Åren gick."),
    ("nb", "Dagene ble lengre."),
    ("sv", "Dagarna blev längre."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DATE, ids=[f"{c[0]}:{c[1]}" for c in NO_DATE])
def test_no_date_in_these_sentences(lang: str, text: str) -> None:
    """A weekend word alone or compounded, a decimal comma, a unit with no count: nothing."""
    assert find_times(text, AHEAD_REF, languages=[lang]) == []
