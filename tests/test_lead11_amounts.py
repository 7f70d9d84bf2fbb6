"""Amounts as live pages and news write them in Romanian, Russian, Ukrainian and Bulgarian (lead11).

- Romanian counts from 20 on take "de" before the unit: "acum 20 de minute" (20 minutes ago),
  "peste 25 de zile". The CLDR tables gave "de" as a unit word, so "acum 20 de minute" was 20
  days ago and "acum 25 de ani" 25 days ago; "de" is now a word between count and unit.
  "în urmă cu" is the other "ago".
- Russian "ч", "ч.", "мин.", Ukrainian "год.", "хв.", Bulgarian "ч": "2 ч назад" was 02:00 (the
  hour's noun), now two hours ago; after a clock cue "в 15 ч." stays 15:00.

Reference Thursday 28 November 2024, 14:00; an exact amount of hours or minutes is the instant
(docs/resolution.md, "Ago and in"), days and years their day and year. Values worked out by hand.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve

REF = "2024-11-28T14:00:00+02:00"

AMOUNTS = [
    ("ro", "acum 20 de minute", "2024-11-28T13:40:00"),
    ("ro", "acum 3 ore", "2024-11-28T11:00:00"),
    ("ro", "acum 25 de ani", "1999"),
    ("ro", "peste 20 de zile", "2024-12-18"),
    ("ro", "în urmă cu 20 de minute", "2024-11-28T13:40:00"),
    ("ro", "în urmă cu trei zile", "2024-11-25"),
    ("ru", "2 ч назад", "2024-11-28T12:00:00"),
    ("ru", "2 ч. назад", "2024-11-28T12:00:00"),
    ("ru", "15 мин. назад", "2024-11-28T13:45:00"),
    ("ru", "через 2 ч", "2024-11-28T16:00:00"),
    ("uk", "2 год. тому", "2024-11-28T12:00:00"),
    ("uk", "15 хв. тому", "2024-11-28T13:45:00"),
    ("bg", "преди 2 ч", "2024-11-28T12:00:00"),
    ("bg", "преди 15 мин.", "2024-11-28T13:45:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), AMOUNTS, ids=[f"{c[0]}:{c[1]}" for c in AMOUNTS])
def test_an_amount_ago_or_ahead(lang: str, text: str, timex: str) -> None:
    """The amount is counted from the reference at its unit."""
    when = resolve(text, REF, languages=[lang])
    assert when is not None
    assert when.timex == timex


# the hour's noun after a clock cue is still a clock
CLOCKS = [
    ("ru", "Встреча назначена на 15 ч.", "2024-11-28T15:00"),
    ("ru", "Совещание началось в 11 ч.", "2024-11-28T11:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CLOCKS, ids=[c[1] for c in CLOCKS])
def test_an_hour_noun_after_a_clock_cue_is_a_clock(lang: str, text: str, timex: str) -> None:
    """ "в 11 ч." is 11:00, not eleven hours."""
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]


# "de" is no unit: a count with "de" and a noun is no date
@pytest.mark.parametrize(
    "text", ["Au fost rănite 25 de persoane.", "Guvernul a alocat 20 de milioane de lei.", "de la Paris"]
)
def test_romanian_de_is_no_unit(text: str) -> None:
    """ "25 de persoane" (25 people) gives nothing."""
    assert find_times(text, REF, languages=["ro"]) == []


# An amount told "later" or "earlier" after an event it counts from (lead11): Turkish puts the event
# in the ablative before it ("saldırıdan 3 gün sonra": three days after the attack), Japanese links
# it with の (事件の3日後). The event's date is not said, so there is no date; without the event the
# amount counts from now (or from the date said before it).
FROM_AN_EVENT = [
    ("tr", "Saldırıdan 3 gün sonra açıklama yapıldı."),
    ("tr", "Seçimden iki hafta sonra hükümet kuruldu."),
    ("tr", "Saldırıdan 3 gün önce uyarı yapıldı."),
    ("ja", "事件の3日後に発表された。"),
    ("ja", "事件の3日前に警告があった。"),
]


@pytest.mark.parametrize(("lang", "text"), FROM_AN_EVENT, ids=[c[1] for c in FROM_AN_EVENT])
def test_an_amount_after_an_event_is_no_date(lang: str, text: str) -> None:
    """ "saldırıdan 3 gün sonra" names no date (nor the 3rd of the month)."""
    assert find_times(text, REF, languages=[lang]) == []


FROM_NOW = [
    ("tr", "Toplantı 3 gün sonra yapılacak.", "2024-12-01"),
    ("tr", "3 gün önce açıklama yapıldı.", "2024-11-25"),
    ("ja", "3日後に発表される。", "2024-12-01"),
    ("ja", "3日前に警告があった。", "2024-11-25"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), FROM_NOW, ids=[c[1] for c in FROM_NOW])
def test_an_amount_with_no_event_counts_from_now(lang: str, text: str, timex: str) -> None:
    """ "Toplantı 3 gün sonra yapılacak" (the meeting is in three days): 1 December."""
    assert [f.when.timex for f in find_times(text, REF, languages=[lang])] == [timex]


def test_an_ending_set_off_after_a_clock_is_no_event() -> None:
    """ "saat 16'dan 30 dakika sonra": thirty minutes after 16:00 (the ending is on a time)."""
    found = find_times(
        "saat 16'dan 30 dakika sonra", "2013-02-12T04:30:00-02:00", languages=["tr"], prefer="future"
    )
    assert [f.when.timex for f in found] == ["2013-02-12T16:00", "2013-02-12T16:30"]


# Number words for amounts in languages whose tables had none (lead11): "tiga hari yang lalu",
# "तीन दिन पहले", "kolme päivää sitten" were no date, "3 hari yang lalu" was; with the number words
# (and the "ago" word or case form of the unit they lacked) each is three days before Thursday
# 28 November: Monday 25 November. Hand-written from each language's grammar.
THREE_DAYS_AGO = [
    ("id", "tiga hari yang lalu"),
    ("ms", "tiga hari lalu"),
    ("hi", "तीन दिन पहले"),
    ("ur", "تین دن پہلے"),
    ("bn", "তিন দিন আগে"),
    ("ne", "तीन दिन अघि"),
    ("fi", "kolme päivää sitten"),
    ("et", "kolm päeva tagasi"),
    ("lt", "prieš tris dienas"),
    ("lv", "pirms trim dienām"),
    ("sk", "pred troma dňami"),
    ("sl", "pred tremi dnevi"),
    ("sr", "пре три дана"),
    ("mk", "пред три дена"),
    ("be", "тры дні таму"),
    ("bg", "преди три дни"),
    ("az", "üç gün əvvəl"),
    ("ga", "trí lá ó shin"),
]


@pytest.mark.parametrize(("lang", "text"), THREE_DAYS_AGO, ids=[c[0] for c in THREE_DAYS_AGO])
def test_three_days_ago_in_words(lang: str, text: str) -> None:
    """An amount in words counts back as one in digits does."""
    when = resolve(text, REF, languages=[lang])
    assert when is not None
    assert when.timex == "2024-11-25"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Lima adalah ibu kota Peru."),
        ("id", "Dua orang tewas dalam serangan itu."),
        ("fi", "Kuusi metsässä kaatui."),
        ("hi", "दो लोग घायल हुए।"),
    ],
)
def test_a_number_word_with_no_unit_is_no_date(lang: str, text: str) -> None:
    """ "Lima", "Dua orang" (two people): a number word alone says no time."""
    assert find_times(text, REF, languages=[lang]) == []


# A clock's zone in words in Persian (lead11), as lead10 gave ru uk fr de es it pt tr pl nl:
# 14:30 in Tehran (UTC+03:30) is 11:00 UTC; reference in UTC.
@pytest.mark.parametrize(
    ("text", "timex"),
    [("ساعت ۱۴:۳۰ به وقت تهران", "2024-11-28T11:00"), ("ساعت ۱۰ به وقت گرینویچ", "2024-11-28T10:00")],
)
def test_a_persian_clock_zone_in_words(text: str, timex: str) -> None:
    """ "به وقت تهران" after a clock puts it in Tehran's zone."""
    found = find_times(text, "2024-11-28T14:00:00+00:00", languages=["fa"])
    assert [f.when.timex for f in found] == [timex]


# Hindi "बाद" after an amount (lead11): later, from the date said before it, else from now; with the
# genitive "के" before the amount it counts from the event named there (no date). Reference
# Thursday 28 November 2024: three days on is Sunday 1 December; "12 मार्च" told in the past is
# 12 March 2024, and three days after it the 15th.
HINDI_LATER = [
    ("बैठक 3 दिन बाद होगी।", ["2024-12-01"]),
    ("तीन दिन बाद", ["2024-12-01"]),
    ("12 मार्च को चुनाव हुए और 3 दिन बाद नतीजे आए।", ["2024-03-12", "2024-03-15"]),
    ("हमले के 3 दिन बाद सरकार ने बयान जारी किया।", []),
    ("हमले के 3 दिन पहले चेतावनी दी गई थी।", []),
    ("दो हफ्ते पहले", ["2024-11-14"]),
]


@pytest.mark.parametrize(("text", "timexes"), HINDI_LATER, ids=[c[0] for c in HINDI_LATER])
def test_hindi_later_and_before(text: str, timexes: list[str]) -> None:
    """ "3 दिन बाद" counts from the date before it or from now; "हमले के 3 दिन बाद" from the attack."""
    found = find_times(text, "2024-11-28T14:00:00+05:30", languages=["hi"])
    assert [f.when.timex for f in found] == timexes


# Noon and midnight exactly in Korean and Japanese (lead11): 정오, 正午 are 12:00 and 자정 00:00, as
# English "noon" and "midnight" (they were the midday and midnight parts of the day); 점심 (lunch)
# stays the midday part. Reference Tuesday 12 February 2013 04:30, leaning ahead.
NOON = [
    ("ko", "내일 정오", "2013-02-13T12:00"),
    ("ko", "정오에", "2013-02-12T12:00"),
    ("ko", "자정", "2013-02-13T00:00"),
    ("ja", "明日の正午", "2013-02-13T12:00"),
    ("ko", "점심", "2013-02-12TMI"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), NOON, ids=[f"{c[0]}:{c[1]}" for c in NOON])
def test_noon_and_midnight_exactly(lang: str, text: str, timex: str) -> None:
    """ "내일 정오" is 12:00 tomorrow, not tomorrow's midday part."""
    when = resolve(text, "2013-02-12T04:30:00-02:00", languages=[lang], prefer="future")
    assert when is not None
    assert when.timex == timex


@pytest.mark.parametrize(
    "text", ["정부는 7일 내에 결정을 내릴 예정이다.", "2주 이내에 답변하라", "24시간 안에 철수하라"]
)
def test_korean_within_after_an_amount_is_no_day(text: str) -> None:
    """ "7일 내에" (within seven days) is an amount, not the 7th of the month (lead11)."""
    assert find_times(text, "2013-02-12T04:30:00-02:00", languages=["ko"]) == []
