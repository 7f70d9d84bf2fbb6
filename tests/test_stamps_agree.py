"""The marker's stamp reader and the resolver read every stamp the tables can write the same way.

Page furniture ("2m ago", «منذ 5 دقائق», "Il y a 5 min") is read by
:mod:`liveblog.lang.relative`, cheap and in any language, before the page's
language is known; mentions in running text by the resolver's amount rules.
Both must give the same moment: this test writes every stamp each language's
table allows and compares.
"""

from __future__ import annotations

import importlib
from datetime import datetime

import pytest

from liveblog.lang.relative import LANGS, RelativeWords, match_relative
from liveblog.resolve import find_times

REF = datetime.fromisoformat("2024-11-29T21:00:00+00:00")
_SUBDAY = {"second", "minute", "hour"}


def _stamps(lang: str) -> list[tuple[str, str, int, int]]:
    """(stamp, unit, amount, sign) for each unit word of ``lang``, "ago" and "in" forms, amount 3."""
    words: RelativeWords = importlib.import_module(f"liveblog.lang.{lang}").RELATIVE
    out = []
    for word, (unit, implied) in words.units.items():
        if implied is not None or len(word) < 3:
            continue  # dual forms («ساعتين») and one-letter abbreviations ("m") are furniture only
        if unit not in _SUBDAY and unit != "day":
            continue  # weeks, months and years ago are calendar units in the resolver (its own grain)
        for before in words.ago_before:
            out.append((f"{before} 3 {word}", unit, 3, -1))
        for after in words.ago_after:
            out.append((f"3 {word} {after}", unit, 3, -1))
        for before in words.in_before:
            out.append((f"{before} 3 {word}", unit, 3, 1))
    return out


CASES = [(lang, *case) for lang in LANGS for case in _stamps(lang)]


@pytest.mark.parametrize(("lang", "stamp", "unit", "amount", "sign"), CASES)
def test_stamp_reader_and_resolver_agree(lang: str, stamp: str, unit: str, amount: int, sign: int) -> None:
    rel = match_relative(stamp)
    assert rel is not None
    assert (rel.amount, rel.unit, rel.sign) == (amount, unit, sign)
    found = find_times(stamp, REF, prefer="future" if sign > 0 else "past", languages=[lang])
    assert len(found) == 1, found
    moment = REF + rel.delta
    when = found[0].when
    truncated = {
        "second": moment,
        "minute": moment.replace(second=0),
        "hour": moment.replace(minute=0, second=0),
    }
    if unit in truncated:
        assert when.start == truncated[unit]
    else:
        assert when.start.date() == moment.date()
