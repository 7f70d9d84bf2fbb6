"""Romance news phrasing of session 11 (h11): edges said with a preposition and an article ("à la
fin de l'année", "al final del día"), half-months ("la seconde quinzaine de mars"), a part of the day
before its date or right after its weekday ("la soirée du 3 mars", "lundi fin d'après-midi"),
"within N units" windows ("d'ici 2 semaines", "entro 3 giorni"), hours in words on the 12-hour
clock in Spanish, Portuguese and Catalan ("a las tres"), and "dans la journée" / "in giornata".

Reference: Thursday 14 March 2024, 20:00 (+01:00), so every part of that day has begun. Each value
is worked out by hand from the tables in docs/resolution.md: an edge of a year is January-March /
September-December, of a week Monday-Wednesday / Friday-Sunday; parts: early afternoon 12-15,
late afternoon 15-18, late morning 10-12, midday 11-14, morning 6-12, evening 18-24; a half of a
month is days 1-15 or 16 to its end; "within N days" runs from the reference to the start of the
day it lands on, "within N hours" to that instant.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-03-14T20:00:00+01:00"

# (language, text, timex of the one date found)
EDGES = [
    ("fr", "Le projet sera voté à la fin de l'année.", "2024-09/2024-12"),
    ("fr", "au début de l'année prochaine", "2025-01/2025-03"),
    ("it", "Il cantiere chiuderà alla fine dell'anno.", "2024-09/2024-12"),
    ("es", "Las obras terminarán al final del año.", "2024-09/2024-12"),
    ("es", "al principio de la semana", "2024-03-11/2024-03-13"),
    ("ca", "La llei entrarà en vigor a final d'any.", "2024-09/2024-12"),
    ("ca", "a la fi de l'any", "2024-09/2024-12"),
    ("ro", "Lucrările se vor încheia la sfârșitul anului.", "2024-09/2024-12"),
    ("ro", "la începutul săptămânii", "2024-03-11/2024-03-13"),
    # half-months
    ("fr", "Les travaux reprendront dans la seconde quinzaine de mars 2025.", "2025-03-16/2025-03-31"),
    ("it", "la prima quindicina di aprile 2025", "2025-04-01/2025-04-15"),
    ("es", "la segunda quincena de febrero de 2024", "2024-02-16/2024-02-29"),
    ("pt", "a primeira quinzena de maio de 2024", "2024-05-01/2024-05-15"),
    ("ca", "la segona quinzena de desembre de 2023", "2023-12-16/2023-12-31"),
    # "dans la journée", "in giornata": today; a day after it is that day
    ("fr", "Une décision est attendue dans la journée.", "2024-03-14"),
    ("fr", "Il a été arrêté dans la journée de lundi.", "2024-03-11"),
    ("it", "Il voto è atteso in giornata.", "2024-03-14"),
    ("fr", "La réforme sera votée dans la semaine.", "2024-W11"),
    ("it", "Il decreto arriverà in settimana.", "2024-W11"),
    ("es", "Las protestas continuarán a lo largo del día.", "2024-03-14"),
    ("pt", "A votação deve acontecer ao longo do dia.", "2024-03-14"),
    ("it", "nel corso della giornata di ieri", "2024-03-13"),
    # an edge of a period said with its modifier after it ("que viene"): that period's (it was this one's)
    ("es", "a principios de la semana que viene", "2024-03-18/2024-03-20"),
    ("pt", "no fim do mês que vem", "2024-04-21/2024-04-30"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), EDGES, ids=[f"{c[0]}:{c[1]}" for c in EDGES])
def test_an_edge_a_half_month_or_the_day_said_in_news(lang: str, text: str, timex: str) -> None:
    """An edge with its article, a half of a month and "dans la journée" read as one date each."""
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]


# (language, text, start, end): parts of a day and their edges, with or without the day said
PARTS = [
    ("fr", "La séance a repris au début de l'après-midi.", "2024-03-14T12:00", "2024-03-14T15:00"),
    ("fr", "à la fin de la journée", "2024-03-14T15:00", "2024-03-14T18:00"),
    ("fr", "au milieu de la journée", "2024-03-14T11:00", "2024-03-14T14:00"),
    ("fr", "à la fin de la matinée", "2024-03-14T10:00", "2024-03-14T12:00"),
    ("it", "Il vertice si è chiuso a fine giornata.", "2024-03-14T15:00", "2024-03-14T18:00"),
    ("es", "al final de la tarde", "2024-03-14T15:00", "2024-03-14T18:00"),
    ("pt", "O resultado sai no fim do dia.", "2024-03-14T15:00", "2024-03-14T18:00"),
    # a part before its date ("du", "del", "zilei de")
    ("fr", "Les heurts ont repris la soirée du 3 mars.", "2024-03-03T18:00", "2024-03-04T00:00"),
    ("fr", "matinée du 15 février", "2024-02-15T06:00", "2024-02-15T12:00"),
    ("it", "la serata del 10 marzo", "2024-03-10T18:00", "2024-03-11T00:00"),
    ("ro", "în dimineața zilei de 5 martie", "2024-03-05T06:00", "2024-03-05T12:00"),
    # a weekday with a part's edge after it and no preposition: that weekday (it was the reference's)
    ("fr", "Il a été reçu lundi fin d'après-midi.", "2024-03-11T15:00", "2024-03-11T18:00"),
    ("it", "lunedì tardo pomeriggio", "2024-03-11T15:00", "2024-03-11T18:00"),
    ("pt", "segunda-feira fim de tarde", "2024-03-11T15:00", "2024-03-11T18:00"),
    # the lunch hour (midday, 11-14), after lunch (13-17), lunch with its day (12-14), as in English
    ("fr", "La réunion aura lieu à l'heure du déjeuner.", "2024-03-15T11:00", "2024-03-15T14:00"),
    ("fr", "Après le déjeuner, les négociations ont repris.", "2024-03-14T13:00", "2024-03-14T17:00"),
    ("it", "Il ministro parlerà domani a pranzo.", "2024-03-15T12:00", "2024-03-15T14:00"),
    ("pt", "depois do almoço", "2024-03-14T13:00", "2024-03-14T17:00"),
    # shortly after midnight (00-03), as English
    ("fr", "Le séisme a eu lieu peu après minuit.", "2024-03-14T00:00", "2024-03-14T03:00"),
    ("es", "poco después de la medianoche del sábado", "2024-03-09T00:00", "2024-03-09T03:00"),
    # an hour in words with no half of the day: the last 3 o'clock of either half (prefer past)
    ("es", "El presidente llegó a las tres.", "2024-03-14T15:00", "2024-03-14T15:01"),
    ("pt", "A reunião começou às três e meia.", "2024-03-14T15:30", "2024-03-14T15:31"),
    ("ca", "a les tres", "2024-03-14T15:00", "2024-03-14T15:01"),
    ("es", "a las 3 de la madrugada", "2024-03-14T03:00", "2024-03-14T03:01"),
    ("es", "a las 15.00", "2024-03-14T15:00", "2024-03-14T15:01"),
]


def _local(text: str) -> str:
    return f"{text}:00+01:00"


@pytest.mark.parametrize(("lang", "text", "start", "end"), PARTS, ids=[f"{c[0]}:{c[1]}" for c in PARTS])
def test_a_part_of_the_day_and_its_edges(lang: str, text: str, start: str, end: str) -> None:
    """A part's edge with its preposition, a part before its date, after its weekday, a worded hour."""
    found = find_times(text, REF, languages=[lang])
    assert len(found) == 1, found
    assert found[0].when.start.isoformat() == _local(start)
    assert found[0].when.end.isoformat() == _local(end)


# (language, text, end): "within N units" leaning ahead, from the reference (prefer future)
WITHIN = [
    ("fr", "Le gouvernement doit répondre d'ici 2 semaines.", "2024-03-28T00:00"),
    ("fr", "Il rendra sa décision dans les 15 jours.", "2024-03-29T00:00"),
    ("fr", "La livraison se fera sous 48 heures.", "2024-03-16T20:00"),
    ("it", "Il governo risponderà entro 3 giorni.", "2024-03-17T00:00"),
    ("it", "nel giro di 48 ore", "2024-03-16T20:00"),
    ("es", "El tribunal decidirá en un plazo de 10 días.", "2024-03-24T00:00"),
    ("pt", "O governo deve responder no prazo de 48 horas.", "2024-03-16T20:00"),
    ("ca", "en un termini de 15 dies", "2024-03-29T00:00"),
]


@pytest.mark.parametrize(("lang", "text", "end"), WITHIN, ids=[f"{c[0]}:{c[1]}" for c in WITHIN])
def test_within_an_amount_is_the_window_ahead(lang: str, text: str, end: str) -> None:
    """ "d'ici 2 semaines" runs from the reference to the day two weeks on, as English "within"."""
    found = find_times(text, REF, languages=[lang], prefer="future")
    assert len(found) == 1, found
    assert found[0].when.start.isoformat() == _local("2024-03-14T20:00")
    assert found[0].when.end.isoformat() == _local(end)


NO_DATE = [
    ("fr", "Une soirée de gala a été organisée pour les donateurs."),
    ("fr", "Il a fallu une quinzaine de jours pour réparer le pont."),
    ("fr", "La quinzaine commerciale attire des milliers de visiteurs."),
    ("it", "Una serata speciale per i tifosi."),
    ("it", "Ci vorrà una quindicina di giorni."),
    ("es", "Una quincena de personas esperaba fuera."),
    ("it", "Sono stati invitati a pranzo dal sindaco."),
    ("pt", "A primeira quinzena foi cancelada."),
    # "dans la journée" inside a clause that goes on is counted from something else
    ("fr", "Les secours sont arrivés dans la journée qui a suivi l'attentat."),
    ("fr", "Dans la semaine qui a suivi le scrutin, rien n'a changé."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DATE, ids=[f"{c[0]}:{c[1]}" for c in NO_DATE])
def test_a_party_a_show_or_a_count_of_about_fifteen_is_no_date(lang: str, text: str) -> None:
    """ "une soirée", "una serata" are an event and "une quinzaine de" a count: no date alone."""
    assert find_times(text, REF, languages=[lang]) == []


def test_within_the_last_days_stays_the_past_window() -> None:
    """ "dans les 3 derniers jours" is the three days before the reference, not a window ahead."""
    found = find_times("dans les 3 derniers jours", REF, languages=["fr"], prefer="future")
    assert [f.when.timex for f in found] == ["2024-03-11/2024-03-13"]


def test_dans_la_journee_after_a_date_is_that_day() -> None:
    """Said after a date, "dans la journée" is that date's day (an anaphor), not the reference's."""
    text = "Le 3 mars, le ministre a démissionné. Une annonce a suivi dans la journée."
    found = find_times(text, REF, languages=["fr"])
    assert [(f.text, f.when.timex) for f in found] == [
        ("3 mars", "2024-03-03"),
        ("dans la journée", "2024-03-03"),
    ]


# (language, text, timex): a range opened by a word whose first end is noon or midnight
NOON_RANGES = [
    ("fr", "Le bureau de vote est ouvert de midi à 14h.", "2024-03-14T12:00/2024-03-14T14:00"),
    ("fr", "de minuit à 2h", "2024-03-14T00:00/2024-03-14T02:00"),
    ("it", "La strada resterà chiusa da mezzogiorno alle 14.", "2024-03-15T12:00/2024-03-15T14:00"),  # ahead
    ("it", "dalla mezzanotte alle 2", "2024-03-14T00:00/2024-03-14T02:00"),
    ("es", "de medianoche a las 2", "2024-03-14T00:00/2024-03-14T02:00"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), NOON_RANGES, ids=[f"{c[0]}:{c[1]}" for c in NOON_RANGES])
def test_a_range_from_noon_or_midnight(lang: str, text: str, timex: str) -> None:
    """ "de midi à 14h" is the range 12:00-14:00 (it was "midi à 14h" joined: 14:00 alone)."""
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]


def test_a_day_before_a_clock_after_de_stays_one_time() -> None:
    """ "de lundi à 14h" is Monday at 14:00 (a day keeps its clock), not a range from Monday."""
    found = find_times("de lundi à 14h", REF, languages=["fr"])
    assert [f.when.timex for f in found] == ["2024-03-11T14:00"]


# (language, text, timex): "until/by the end of …" from the reference to that end, as "by the end of"
DEADLINES = [
    ("fr", "Le couvre-feu est prolongé jusqu'à la fin du mois.", "2024-03-14T20:00:00/2024-03-31"),
    ("it", "Il decreto resta in vigore fino alla fine dell'anno.", "2024-03-14T20:00:00/2024-12"),
    ("it", "entro fine mese", "2024-03-14T20:00:00/2024-03-31"),
    ("es", "hasta el final del año", "2024-03-14T20:00:00/2024-12"),
    ("pt", "até o fim do mês", "2024-03-14T20:00:00/2024-03-31"),
    ("ca", "fins a final d'any", "2024-03-14T20:00:00/2024-12"),
    # an end already past is no deadline: the edge alone
    ("fr", "jusqu'à la fin de l'année dernière", "2023-09/2023-12"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), DEADLINES, ids=[f"{c[0]}:{c[1]}" for c in DEADLINES])
def test_until_the_end_of_a_period(lang: str, text: str, timex: str) -> None:
    """ "jusqu'à la fin du mois", "fino alla fine dell'anno": the window from now to that end."""
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]


@pytest.mark.parametrize(("lang", "text"), [("es", "el final del partido"), ("ca", "la final de la Copa")])
def test_an_end_word_before_no_period_is_no_date(lang: str, text: str) -> None:
    """ "final" is an edge only before a period: the end of a match, a cup final are no date."""
    assert find_times(text, REF, languages=[lang]) == []


def test_until_a_clock_ahead() -> None:
    """ "fino alle 22" leaning ahead is the window from now to 22:00, as "by 10 pm"."""
    found = find_times("Il museo resta aperto fino alle 22.", REF, languages=["it"], prefer="future")
    assert [f.when.timex for f in found] == ["2024-03-14T20:00:00/2024-03-14T22:00"]


# (text, timex): Romanian, the least covered of the six
ROMANIAN = [
    ("Prețurile au crescut la sfârșitul lunii martie.", "2024-03-21/2024-03-31"),
    ("la jumătatea lunii martie", "2024-03-11/2024-03-20"),
    ("Incendiul a izbucnit în urmă cu trei zile.", "2024-03-11"),
    ("acum două zile", "2024-03-12"),
    ("acum o săptămână", "2024-03-07"),
    ("Magazinul a fost deschis de luni până vineri.", "2024-03-11/2024-03-15"),
    ("sâmbătă noapte", "2024-03-09TNI"),
    ("weekendul trecut", "2024-03-09/2024-03-10"),
    ("în cursul zilei de marți", "2024-03-12"),
]


@pytest.mark.parametrize(("text", "timex"), ROMANIAN, ids=[c[0] for c in ROMANIAN])
def test_romanian_news_phrasing(text: str, timex: str) -> None:
    """ "lunii martie" is March (it read this month's end, then March); ago, ranges, the weekend."""
    found = find_times(text, REF, languages=["ro"])
    assert [f.when.timex for f in found] == [timex]


@pytest.mark.parametrize("text", ["O noapte liniștită a urmat.", "Pompierii au intervenit o oră."])
def test_romanian_night_and_one_alone_are_no_date(text: str) -> None:
    """ "noapte" needs its day; "o" (one) only counts before a unit after "acum", "peste"."""
    assert find_times(text, REF, languages=["ro"]) == []
