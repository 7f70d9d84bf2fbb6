"""Romance windows (wave 5): "the last/next N units" in every order the languages say it.

Sentences written for this test; each value worked out by hand against one reference, Wednesday
15 May 2024, 10:00 in Paris (CEST). A window is the N whole units beside the reference's own: the
days before are 14, 13, 12 May…; ISO week 20 holds the reference (Monday 13 May), so the two
weeks before are W18 and W19 and the two after W21 and W22; the three months after are June to
August; hours are counted from 10:00 (the next is 11:00, the last before 09:00).
"""

from __future__ import annotations

import pytest

from liveblog import resolve
from liveblog.model import When, WhenKind

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Paris"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])  # type: ignore[arg-type]


# (language, text, TIMEX3 of the window): modifier first, between count and unit, or last.
WINDOWS: list[tuple[str, str, str]] = [
    ("fr", "les 3 derniers jours", "2024-05-12/2024-05-14"),  # count, modifier, unit
    ("fr", "ces deux dernières semaines", "2024-W18/2024-W19"),
    ("fr", "les trois prochains mois", "2024-06/2024-08"),
    ("fr", "les 4 heures suivantes", "2024-05-15T11/2024-05-15T14"),  # count, unit, modifier
    ("fr", "les dernières 24 heures", "2024-05-14T10/2024-05-15T09"),  # modifier first, too
    ("fr", "les 2 années passées", "2022/2023"),
    ("it", "gli ultimi 5 giorni", "2024-05-10/2024-05-14"),
    ("it", "nelle prossime due settimane", "2024-W21/2024-W22"),
    ("it", "i 3 mesi scorsi", "2024-02/2024-04"),
    ("it", "le prossime 48 ore", "2024-05-15T11/2024-05-17T10"),
    ("it", "le due ore scorse", "2024-05-15T08/2024-05-15T09"),  # a window, not a clock at 2
    ("es", "los últimos 10 días", "2024-05-05/2024-05-14"),
    ("es", "las próximas 2 semanas", "2024-W21/2024-W22"),
    ("es", "los tres meses que vienen", "2024-06/2024-08"),
    ("es", "los dos años pasados", "2022/2023"),
    ("pt", "os últimos 7 dias", "2024-05-08/2024-05-14"),
    ("pt", "nos próximos 2 anos", "2025/2026"),
    ("pt", "os 3 meses anteriores", "2024-02/2024-04"),
    ("pt", "as 3 próximas semanas", "2024-W21/2024-W23"),
    ("ca", "els darrers 4 dies", "2024-05-11/2024-05-14"),
    ("ca", "les properes 2 setmanes", "2024-W21/2024-W22"),
    ("ca", "els 3 mesos vinents", "2024-06/2024-08"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), WINDOWS)
def test_windows(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None, f"{text!r} gave no date"
    assert (when.timex, when.kind) == (timex, WhenKind.RANGE), text


# A modifier after a count and its unit that goes on to name a time modifies that time: last week.
NOT_WINDOWS: list[tuple[str, str, str]] = [
    ("fr", "trois jours la semaine dernière", "2024-W19"),
    ("it", "tre giorni la settimana scorsa", "2024-W19"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), NOT_WINDOWS)
def test_a_named_time_after_the_modifier_is_no_window(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None, text
    assert when.timex == timex, text


def test_english_keeps_its_order() -> None:
    # English modifiers stand before: "3 days last" is no window ("3 days last week" is last week)
    when = resolve("3 days last week", REF, prefer="future", tz=TZ)
    assert when is not None
    assert when.timex == "2024-W19"
    assert resolve("2 last days", REF, prefer="future", tz=TZ) is None
