"""A clock's zone said in words after it, in the languages' own tables (lead10): "по московскому
времени", "heure de Paris", "Uhr MEZ", "hora local", "TSİ". Reference Friday 29 November 2024,
14:00 in London (GMT, UTC+0): a clock in a zone an hour ahead (Paris, Berlin, Madrid, Rome,
Warsaw, Amsterdam in November) is an hour earlier in London; Moscow and Istanbul are three hours
ahead, Kyiv two, Brasília three behind. "Local" is the reference's own zone. Leaning to the past,
a London time later than 14:00 with no day is the day before's.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"
TZ = "Europe/London"

ZONES = [
    ("ru", "29 ноября в 14:30 по московскому времени", "2024-11-29T11:30"),
    ("ru", "в 10:00 по местному времени", "2024-11-29T10:00"),
    ("ru", "в 12:00 по Гринвичу", "2024-11-29T12:00"),
    ("uk", "29 листопада о 14:30 за київським часом", "2024-11-29T12:30"),
    ("fr", "à 14h heure de Paris", "2024-11-29T13:00"),
    ("fr", "à 14h (heure locale)", "2024-11-29T14:00"),
    ("de", "um 14 Uhr MEZ", "2024-11-29T13:00"),
    ("de", "um 14 Uhr Ortszeit", "2024-11-29T14:00"),
    ("es", "a las 14:00 hora peninsular", "2024-11-29T13:00"),
    ("es", "a las 14:00 hora local", "2024-11-29T14:00"),
    ("it", "alle 14 ora italiana", "2024-11-29T13:00"),
    ("pt", "às 14h horário de Brasília", "2024-11-28T17:00"),
    ("tr", "saat 14.00 TSİ", "2024-11-29T11:00"),
    ("pl", "o 14:00 czasu polskiego", "2024-11-29T13:00"),
    ("nl", "om 14.00 uur Nederlandse tijd", "2024-11-29T13:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), ZONES, ids=[f"{c[0]}:{c[1]}" for c in ZONES])
def test_a_zone_in_words(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]


def test_a_zone_row_must_name_a_zone() -> None:
    from liveblog.lang import _data

    assert _data._zone_name("Europe/Moscow")
    assert _data._zone_name("local")
    assert not _data._zone_name("Europe/Atlantis")
    assert not _data._zone_name(3)


MIDNIGHTS = [
    # Arabic midnight is a part of the day (23:00-01:00) in the reference's zone; with a zone said
    # after it, the instant 00:00 in that zone (leaning to the past: the last one): Makkah is UTC+3
    ("عند منتصف الليل بتوقيت غرينتش", "منتصف الليل بتوقيت غرينتش", "2024-11-29T00:00"),
    ("منتصف الليل بتوقيت مكة", "منتصف الليل بتوقيت مكة", "2024-11-28T21:00"),
    ("عند منتصف الليل", "منتصف الليل", "2024-11-29TNI"),
]


@pytest.mark.parametrize(("text", "span", "timex"), MIDNIGHTS, ids=[c[1] for c in MIDNIGHTS])
def test_midnight_in_a_zone(text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=["ar"])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]


RAMADAN = [
    # Ramadan as a month's name needs a cue where it stands alone: "during" before it (two words and
    # more: "pendant le"); its Spanish and Portuguese spellings. Leaning to the past, from 29 November
    # 2024, the last one: 1445, 11 March - 9 April 2024 (Umm al-Qura)
    ("fr", "pendant le ramadan", "ramadan"),
    ("fr", "en plein ramadan", "ramadan"),
    ("es", "durante el Ramadán", "Ramadán"),
    ("it", "durante il Ramadan", "Ramadan"),
    ("pt", "durante o Ramadão", "Ramadão"),
]


@pytest.mark.parametrize(("lang", "text", "span"), RAMADAN, ids=[f"{c[0]}:{c[1]}" for c in RAMADAN])
def test_ramadan_after_during(lang: str, text: str, span: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=[lang])
    assert [(f.text, f.when.start.date().isoformat(), f.when.end.date().isoformat()) for f in found] == [
        (span, "2024-03-11", "2024-04-10")
    ]


def test_ramadan_with_no_cue_is_no_date() -> None:
    assert find_times("le ramadan", REF, tz=TZ, languages=["fr"]) == []


EIDS = [
    # the French names of the two Eids: the coming or last one as the holiday table says
    ("à l'Aïd el-Fitr", "Aïd el-Fitr", "2025-03-30"),
    ("l'Aïd el-Kébir", "Aïd el-Kébir", "2024-06-16"),
]


@pytest.mark.parametrize(("text", "span", "timex"), EIDS, ids=[c[1] for c in EIDS])
def test_french_eids(text: str, span: str, timex: str) -> None:
    found = find_times(text, REF, tz=TZ, languages=["fr"])
    assert [(f.text, f.when.timex) for f in found] == [(span, timex)]
