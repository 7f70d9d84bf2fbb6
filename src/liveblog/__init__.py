"""liveblog: turn a live-coverage news page into a correct, ordered event timeline.

>>> import liveblog
>>> tl = liveblog.parse("20:15\nالقوات تدخل المدينة", reference="2024-11-29T21:00", tz="Asia/Damascus")
>>> [(e.marker, e.when.timex) for e in tl.entries]
[('20:15', '2024-11-29T20:15')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

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


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~25 ms at import; `liveblog show` should not pay it unless asked.
    if name == "__version__":
        try:
            return version("liveblog")
        except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'liveblog' has no attribute {name!r}")


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
