"""Dotted month abbreviations with their year in German, Dutch and the Nordic languages (lead11).

"Am 12. Sept. 2023 begann der Prozess" read "12. Sept" and dropped the year after the full stop,
so the date was the coming 12 September (2024 said in November 2024): a wrong year. The tables now
say their abbreviations take a full stop (``abbrev_dot``, as English "Nov." and the helpers'
east languages), so the year after it belongs to the date. Values worked out by hand.
"""

from __future__ import annotations

import pytest

from liveblog import find_times

REF = "2024-11-28T14:00:00+01:00"

CASES = [
    ("de", "Am 12. Sept. 2023 begann der Prozess.", "2023-09-12"),
    ("de", "am 5. Jan. 2015", "2015-01-05"),
    ("de", "Dez. 2023", "2023-12"),
    ("nl", "Het proces begon op 12 sept. 2023.", "2023-09-12"),
    ("da", "Retssagen begyndte den 12. sep. 2023.", "2023-09-12"),
    ("nb", "Rettssaken startet 12. sep. 2023.", "2023-09-12"),
    ("sv", "Rättegången inleddes den 12 sep. 2023.", "2023-09-12"),
]


@pytest.mark.parametrize(("lang", "text", "timex"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_a_dotted_abbreviation_keeps_its_year(lang: str, text: str, timex: str) -> None:
    """The year after "Sept." is the date's."""
    assert [f.when.timex for f in find_times(text, REF, languages=[lang])] == [timex]


@pytest.mark.parametrize(
    ("lang", "text"), [("de", "Die Firma Jan. Müller"), ("de", "mit Dr. Sept. und Prof. Okt.")]
)
def test_a_dotted_abbreviation_as_a_name_is_no_date(lang: str, text: str) -> None:
    """An abbreviation among names, with no day or year, gives nothing."""
    assert find_times(text, REF, languages=[lang]) == []
