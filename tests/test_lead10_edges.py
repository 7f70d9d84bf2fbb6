"""An edge word before "of" joined to its article, in Spanish and Portuguese (lead10): "a finales
del mes pasado" (del = de + el), "no final do mês passado" (do = de + o). The edge production reads
any "of" word after an edge word; the tables had the edges only with "de" glued on, so the edge
was lost and only "mes pasado" read.

Reference: Friday 29 November 2024. Each value is the one the English phrase already gets ("late
last month" = 21-31 October, "late last year" = September-December 2023, "early next year" =
January-March 2025, "at the end of last week" = Friday 22 to Sunday 24 November), worked out by
the edge table in docs/resolution.md.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-29T14:00:00"

EDGES = [
    ("es", "a finales del mes pasado", "2024-10-21/2024-10-31"),
    ("es", "a finales del año pasado", "2023-09/2023-12"),
    ("es", "a principios del próximo año", "2025-01/2025-03"),
    ("pt", "no final do mês passado", "2024-10-21/2024-10-31"),
    ("pt", "no início do ano passado", "2023-01/2023-03"),
    ("pt", "no fim da semana passada", "2024-11-22/2024-11-24"),
    ("en", "late last month", "2024-10-21/2024-10-31"),
    ("en", "late last year", "2023-09/2023-12"),
    ("en", "early next year", "2025-01/2025-03"),
    ("en", "at the end of last week", "2024-11-22/2024-11-24"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), EDGES, ids=[f"{c[0]}:{c[1]}" for c in EDGES])
def test_an_edge_before_a_joined_of(lang: str, text: str, timex: str) -> None:
    found = find_times(text, REF, languages=[lang])
    assert [f.when.timex for f in found] == [timex]
    assert text.endswith(found[0].text)  # the period word is in the span, not left outside it


@pytest.mark.parametrize(("lang", "text"), [("pt", "no final da partida"), ("es", "el final del partido")])
def test_an_edge_word_before_no_period_is_no_date(lang: str, text: str) -> None:
    assert find_times(text, REF, languages=[lang]) == []
