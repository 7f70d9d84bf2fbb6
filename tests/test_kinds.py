"""Token kinds are typed: every table row's kind is one the grammar knows, checked when it is built."""

from __future__ import annotations

from typing import get_args

import pytest

from liveblog.lang import KINDS, Kind, Syntax, _build, _by_kind, _data, lexicon

ALL_LANGS = ("ar", "en", *_data.LANGS)


@pytest.mark.parametrize("lang", ALL_LANGS)
def test_every_table_builds_with_known_kinds(lang: str) -> None:
    """Building a language's lexicon checks each row's kind; every sense then has a known one."""
    lex = lexicon(lang)
    assert lex is not None
    kinds = {sense.kind for senses in lex.by_first.values() for sense in senses}
    assert kinds, lang
    assert kinds <= KINDS


@pytest.mark.parametrize("kind", ["weekdy", "month-bond", "", "Month"])
def test_an_unknown_kind_is_an_error_when_the_table_is_built(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        _build("xx", [("lundi", kind, 0)], False, _by_kind({}), Syntax())


@pytest.mark.parametrize(("kind", "bound"), [("month", False), ("month-bound", True), ("part-bound", True)])
def test_bound_suffix_is_the_same_kind(kind: str, bound: bool) -> None:
    lex = _build("xx", [("mai", kind, 5)], False, _by_kind({}), Syntax())
    (sense,) = lex.by_first["mai"]
    assert sense.kind == kind.removesuffix("-bound")
    assert sense.bound is bound


def test_kinds_is_the_literal() -> None:
    assert frozenset(get_args(Kind)) == KINDS
    assert "number" not in KINDS  # a number is a token kind, never a table row's
