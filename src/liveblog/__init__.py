r"""liveblog: turn a live-coverage news page into a correct, ordered event timeline.

>>> import liveblog
>>> tl = liveblog.parse("20:15\nالقوات تدخل المدينة", reference="2024-11-29T21:00", tz="Asia/Damascus")
>>> [(e.marker, e.when.timex) for e in tl.entries]
[('20:15', '2024-11-29T20:15')]

The public names are loaded on first use (PEP 562), so ``import liveblog``
and ``liveblog --help`` do not pay for the parser, its tables or
``importlib.metadata`` until they are needed.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liveblog.errors import (
        ConfigError,
        ExportError,
        FetchError,
        InputError,
        LimitError,
        LiveblogError,
        ParseError,
    )
    from liveblog.model import (
        Copy,
        Entry,
        EntryKind,
        Event,
        EventKind,
        Found,
        Grain,
        Ignored,
        Span,
        Timeline,
        When,
    )
    from liveblog.pipeline import parse
    from liveblog.resolve import find_times, resolve

    __version__: str

# Where each public name lives; a name is imported the first time it is asked for.
_HOMES = {
    "parse": "liveblog.pipeline",
    "find_times": "liveblog.resolve",
    "resolve": "liveblog.resolve",
    **dict.fromkeys(
        (
            "ConfigError",
            "ExportError",
            "FetchError",
            "InputError",
            "LimitError",
            "LiveblogError",
            "ParseError",
        ),
        "liveblog.errors",
    ),
    **dict.fromkeys(
        (
            "Copy",
            "Entry",
            "EntryKind",
            "Event",
            "EventKind",
            "Found",
            "Grain",
            "Ignored",
            "Span",
            "Timeline",
            "When",
        ),
        "liveblog.model",
    ),
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("liveblog")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> object:
    if name == "__version__":
        value: object = _version()
    elif name in _HOMES:
        value = getattr(import_module(_HOMES[name]), name)
    else:
        raise AttributeError(f"module 'liveblog' has no attribute {name!r}")
    globals()[name] = value  # the next look-up is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """The package module, keeping ``liveblog.resolve`` the function when the submodule loads.

    Importing a submodule sets it as an attribute of its package; ``resolve``
    is both a submodule and a public function, and the function keeps the name.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _HOMES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "ConfigError",
    "Copy",
    "Entry",
    "EntryKind",
    "Event",
    "EventKind",
    "ExportError",
    "FetchError",
    "Found",
    "Grain",
    "Ignored",
    "InputError",
    "LimitError",
    "LiveblogError",
    "ParseError",
    "Span",
    "Timeline",
    "When",
    "__version__",
    "find_times",
    "parse",
    "resolve",
]
