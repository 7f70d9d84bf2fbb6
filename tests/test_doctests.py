"""Every docstring example in the package runs and says what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import liveblog

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(liveblog.__path__, prefix="liveblog.")
    if m.name != "liveblog.__main__"
)


@pytest.mark.parametrize("name", ["liveblog", *MODULES])
def test_docstring_examples(name: str) -> None:
    """The module's ``>>>`` examples give the output written under them."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_the_walk_finds_the_stages() -> None:
    """The module list is the real package (a walk that found nothing would pass vacuously)."""
    assert {"liveblog.resolve", "liveblog.segment", "liveblog.export.ics", "liveblog.lang.display"} <= set(
        MODULES
    )
