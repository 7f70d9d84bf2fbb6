"""Page stamps in French, German and other languages' tables (lead10).

- "Publié le 29/11/2024 à 06h12 · Mis à jour le 29/11/2024 à 14h32": a publication stamp, set
  aside as page metadata (it was an all-day entry), and the page's reference is the stamp an update
  word leads (14:32), not the first (06:12): with 06:12 "Il y a 12 min" was 06:00 and the posts at
  13:05 and 11:47 went to the day before.
- "Stand: 29.11.2024 14:35 Uhr": a German page stamp only before a colon and a digit, so "Stand
  der Dinge: …" in a post stays text; the line above it is then the page's title.
"""

from __future__ import annotations

import pytest

from liveblog import find_times, parse
from liveblog._text import pagewords

FR = (
    "DIRECT. Guerre en Ukraine : suivez les dernières informations\n"
    "Publié le 29/11/2024 à 06h12 · Mis à jour le 29/11/2024 à 14h32\n\n"
    "Il y a 12 min\nKiev annonce de nouvelles frappes\nDes frappes ont visé la région de Kharkiv.\n\n"
    "13h05\nBilan\nAu moins 12 morts selon un bilan provisoire.\n\n"
    "11h47\nZelensky à Bruxelles\nLe président ukrainien se rendra à Bruxelles.\n"
)


def test_french_stamps_and_the_latest_as_reference() -> None:
    tl = parse(FR, tz="Europe/Paris", lang="fr")
    assert tl.reference.isoformat() == "2024-11-29T14:32:00+01:00"
    # 14:32 less 12 minutes; the clocks on the same day
    assert sorted(e.when.timex for e in tl.entries if e.when is not None) == [
        "2024-11-29T11:47",
        "2024-11-29T13:05",
        "2024-11-29T14:20",
    ]
    assert [i.text for i in tl.ignored if i.reason.startswith("page metadata")] == [
        "Publié le 29/11/2024 à 06h12 · Mis à jour le 29/11/2024 à 14h32"
    ]


DE = (
    "Liveblog zum Krieg in der Ukraine\nStand: 29.11.2024 14:35 Uhr\n\n"
    "14:20 Uhr\nSelenskyj fordert mehr Luftabwehr\nDer Präsident hat erneut Hilfe gefordert.\n\n"
    "12:58 Uhr\nStand der Dinge: drei Dörfer umkämpft\nDas Ministerium meldete Kämpfe.\n"
)


def test_german_stand_is_a_stamp_only_before_a_colon_and_a_digit() -> None:
    tl = parse(DE, tz="Europe/Berlin", lang="de")
    assert tl.title == "Liveblog zum Krieg in der Ukraine"
    assert tl.reference.isoformat() == "2024-11-29T14:35:00+01:00"
    assert [e.when.timex for e in tl.entries if e.when is not None] == [
        "2024-11-29T12:58",
        "2024-11-29T14:20",
    ]
    assert [e.title for e in tl.entries if e.when is not None and e.when.timex.endswith("12:58")] == [
        "Stand der Dinge: drei Dörfer umkämpft"
    ]


def test_update_words_as_whole_words() -> None:
    fold = pagewords.fold
    assert pagewords.says_updated(fold("Publié le 29/11 · Mis à jour le 29/11"))
    assert pagewords.says_updated(fold("Veröffentlicht am 29.11., zuletzt aktualisiert 14:35"))
    assert not pagewords.says_updated(fold("Published 29 Nov 2024"))
    assert not pagewords.says_updated(fold("outdated 29 Nov"))  # a word that holds one is none
    assert pagewords.stamp_start(fold("Stand: 29.11.2024"), "Stand: 29.11.2024")
    assert not pagewords.stamp_start(fold("Stand der Dinge: 3"), "Stand der Dinge: 3")


DATELINES = [
    # a day, a dash (or bar), a clock: the clock on that day, as page stamps write it (it was a
    # range from the day's start to the clock, so "Atualizado em 29/11/2024 - 14h40" made the page's
    # reference midnight and "Há 15 minutos" 23:45 the day before)
    ("pt", "29/11/2024 - 14h40", "2024-11-29T14:40"),
    ("en", "29/11/2024 - 14:40", "2024-11-29T14:40"),
    ("de", "29.11.2024 - 14:40 Uhr", "2024-11-29T14:40"),
    ("en", "29 Nov 2024 – 14:40 GMT", "2024-11-29T14:40"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), DATELINES, ids=[c[1] for c in DATELINES])
def test_a_dateline_is_one_time(lang: str, text: str, timex: str) -> None:
    found = find_times(text, "2024-11-29T15:00:00", tz="Europe/London", languages=[lang])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]


RANGES = [
    # a range with a closing word, or of two days or two clocks, stays one
    ("from today until 14:40", "2024-11-29/2024-11-29T14:40"),
    ("Friday 10:00 - 14:40", "2024-11-29T10:00/2024-11-29T14:40"),
    ("Monday - Friday", "2024-11-25/2024-11-29"),
]


@pytest.mark.parametrize(("text", "timex"), RANGES, ids=[c[0] for c in RANGES])
def test_ranges_stay(text: str, timex: str) -> None:
    found = find_times(text, "2024-11-29T15:00:00", tz="Europe/London", languages=["en"])
    assert [(f.text, f.when.timex) for f in found] == [(text, timex)]


def test_a_portuguese_page_stamped_with_a_dateline() -> None:
    page = (
        "AO VIVO: Guerra na Ucrânia\nAtualizado em 29/11/2024 - 14h40\n\n"
        "Há 15 minutos\nAtaque com drones em Kiev\nAs defesas aéreas derrubaram 20 drones.\n\n"
        "13h02\nZelensky pede mais apoio\nO presidente ucraniano falou ontem.\n"
    )
    tl = parse(page, tz="Europe/Lisbon", lang="pt")
    assert tl.reference.isoformat() == "2024-11-29T14:40:00+00:00"
    assert sorted(e.when.timex for e in tl.entries if e.when is not None) == [
        "2024-11-29T13:02",
        "2024-11-29T14:25",
    ]
