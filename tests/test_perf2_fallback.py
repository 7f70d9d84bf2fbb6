"""dateparser's search reads only what our tables miss: skipped when one reading of ours covers
every letter and digit of the text, with the same results (work counted, never timed)."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime
from typing import Any

import pytest

from liveblog import find_times, resolve

_resolve = importlib.import_module("liveblog.resolve")  # the package, not the function of that name
REF = datetime(2024, 11, 29, 21, 0, tzinfo=UTC)

# (language, text, whether dateparser's search runs): worked out from the words alone. One reading
# of ours covering every letter and digit leaves it nothing; a word we do not read, or a language
# whose tables are complete (en, ar: no fallback at all), decides the other way.
SEARCHED = [
    ("fr", "15 mars 2024", False),  # day, month, year: one reading, nothing left
    ("fr", "lundi", False),
    ("fr", "(lundi)", False),  # brackets are no letters
    ("de", "Montag", False),
    ("es", "15 de marzo de 2024", False),  # "de" inside the reading
    ("fr", "15 mars 2024 selon le ministère", True),  # words after the date
    ("fr", "le ministère a parlé", True),  # no reading of ours at all
    ("de", "Montag laut Polizei", True),
    ("en", "15 March 2024", False),  # complete tables: never
    ("en", "15 March 2024 said the ministry", False),
]


def _count_searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    real = _resolve.dateparser_find

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        searched.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(_resolve, "dateparser_find", counting)
    return searched


@pytest.mark.parametrize(("lang", "text", "searched"), SEARCHED)
def test_search_runs_only_where_our_reading_leaves_something(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str, searched: bool
) -> None:
    calls = _count_searches(monkeypatch)
    find_times(text, REF, languages=[lang])
    assert bool(calls) is searched


# Expressions of generated-table languages our rules read whole, and some they do not: the answers
# with the skip are the answers dateparser's search would have left (it is run for comparison).
SAME = [
    *[(lang, text) for lang, text, _ in SEARCHED],
    ("fr", "mardi 3 décembre"),
    ("fr", "à 15h30"),
    ("de", "am 3. Dezember 2024"),
    ("it", "lunedì 2 dicembre"),
    ("pt", "segunda-feira"),
    ("nl", "3 december 2024"),
    ("ru", "3 декабря 2024 года"),
    ("es", "el lunes a las 15:00"),
]


@pytest.mark.parametrize(("lang", "text"), SAME)
@pytest.mark.parametrize("prefer", ["past", "future"])
def test_skipping_the_search_changes_no_answer(
    monkeypatch: pytest.MonkeyPatch, lang: str, text: str, prefer: Any
) -> None:
    quick = (
        find_times(text, REF, prefer=prefer, languages=[lang]),
        resolve(text, REF, prefer=prefer, languages=[lang]),
    )
    monkeypatch.setattr(_resolve, "_read_whole", lambda _text, _found: False)
    full = (
        find_times(text, REF, prefer=prefer, languages=[lang]),
        resolve(text, REF, prefer=prefer, languages=[lang]),
    )
    assert quick == full
