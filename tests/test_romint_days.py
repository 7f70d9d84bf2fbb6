"""Romance days said from another day (wave 5): the day before or after the date said before it
("le lendemain", "il giorno dopo", "al día siguiente"), an amount later ("deux jours plus tard"),
and French "mardi en huit" / "lundi en quinze" (one or two weeks after the coming weekday).

Sentences written for this test; each value worked out by hand against one reference, Wednesday
15 May 2024, 10:00 in Paris, with no date said before: the day after is Thursday the 16th, the
day before Tuesday the 14th. The coming Wednesday is today (the 15th), the coming Monday the 20th,
the coming Friday the 17th.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, resolve
from liveblog.model import When

REF = "2024-05-15T10:00:00+02:00"
TZ = "Europe/Paris"


def _read(lang: str, text: str) -> When | None:
    return resolve(text, REF, prefer="future", tz=TZ, languages=[lang])  # type: ignore[arg-type]


DAYS: list[tuple[str, str, str]] = [
    ("fr", "le lendemain", "2024-05-16"),
    ("fr", "la veille", "2024-05-14"),
    ("fr", "le jour précédent", "2024-05-14"),
    ("fr", "trois jours plus tard", "2024-05-18"),
    ("fr", "le lendemain matin", "2024-05-16TMO"),
    ("it", "l'indomani", "2024-05-16"),
    ("it", "il giorno precedente", "2024-05-14"),
    ("it", "due giorni più tardi", "2024-05-17"),
    ("es", "al día siguiente", "2024-05-16"),
    ("es", "la víspera", "2024-05-14"),
    ("es", "cuatro días más tarde", "2024-05-19"),
    ("pt", "no dia seguinte", "2024-05-16"),
    ("pt", "na véspera", "2024-05-14"),
    ("pt", "cinco dias mais tarde", "2024-05-20"),
    ("ca", "el dia següent", "2024-05-16"),
    ("ca", "l'endemà", "2024-05-16"),
    # a "last" before its weekday is the one before today (Sunday 12 May)
    ("fr", "le dernier dimanche", "2024-05-12"),
    ("it", "l'ultima domenica", "2024-05-12"),
    ("it", "l'ultima domenica di giugno", "2024-06-30"),  # with a month, the nth from its end
    # "en huit": the coming weekday (today's counts) and a week; "en quinze": two weeks
    ("fr", "mercredi en huit", "2024-05-22"),
    ("fr", "lundi en huit", "2024-05-27"),
    ("fr", "vendredi en quinze", "2024-05-31"),
    ("fr", "jeudi en 8", "2024-05-23"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), DAYS)
def test_days_from_another(lang: str, text: str, timex: str) -> None:
    when = _read(lang, text)
    assert when is not None, f"{text!r} gave no date"
    assert when.timex == timex, text


# "-bound": a day before or after an event is counted from the event, not from a date.
BOUND: list[tuple[str, str]] = [
    ("fr", "au lendemain du scrutin"),
    ("fr", "la veille du sommet"),
    ("it", "il giorno dopo le elezioni"),
    ("es", "la víspera de la cumbre"),
]


@pytest.mark.parametrize(("lang", "text"), BOUND)
def test_a_day_counted_from_an_event_is_no_date(lang: str, text: str) -> None:
    assert _read(lang, text) is None


def test_the_next_day_follows_the_date_said_before() -> None:
    # the anaphor is anchored on the date before it in the same text, not on the reference; read
    # as news (the past), "le 3 mars" is the nearest 3 March: 2024's (73 days back, 2025's 292 ahead)
    found = find_times(
        "Le vote a eu lieu le 3 mars. Le lendemain, la police a agi.",
        REF,
        prefer="past",
        tz=TZ,
        languages=["fr"],
    )
    assert [f.when.timex for f in found] == ["2024-03-03", "2024-03-04"]
