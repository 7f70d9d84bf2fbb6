"""liveblog: turn a live-coverage news page into a correct, ordered event timeline.

>>> import liveblog
>>> tl = liveblog.parse("20:15\nالقوات تدخل المدينة", reference="2024-11-29T21:00", tz="Asia/Damascus")
>>> [(e.marker, e.when.timex) for e in tl.entries]
[('20:15', '2024-11-29T20:15')]
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from liveblog._pipeline import parse
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
from liveblog.resolve import find_times, resolve

try:
    __version__ = version("liveblog")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

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
