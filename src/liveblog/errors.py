"""The one error hierarchy of liveblog.

Every error the library raises on purpose is a :class:`LiveblogError`. Each
subclass also inherits the builtin a caller would naturally catch, so
``except ValueError`` keeps working for code that does not know us.

>>> try:
...     raise InputError("empty path ''")
... except ValueError as e:
...     print(type(e).__name__, e)
InputError empty path ''
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExportError",
    "FetchError",
    "InputError",
    "LimitError",
    "LiveblogError",
    "ParseError",
]


class LiveblogError(Exception):
    """Base of every error liveblog raises deliberately."""


class InputError(LiveblogError, ValueError):
    """The input cannot be read: missing, a directory, binary, undecodable."""


class ParseError(LiveblogError, ValueError):
    """The input was read but its structure is broken beyond recovery."""


class ConfigError(LiveblogError, ValueError):
    """A setting is wrong: a bad reference time, an unknown zone or language."""


class FetchError(LiveblogError, OSError):
    """A URL could not be fetched: timeout, HTTP error, wrong content, too big."""


class LimitError(LiveblogError, ValueError):
    """The input is larger than a configured limit allows."""


class ExportError(LiveblogError, ValueError):
    """A timeline cannot be written in the requested format."""
