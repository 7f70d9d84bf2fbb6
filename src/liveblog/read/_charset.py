"""Which text encoding page bytes are in: byte order mark, declaration, or a guess.

The order is the web's (WHATWG "encoding sniffing", simplified): a byte order
mark wins; then what the server declared (``Content-Type: …; charset=``);
then the page's own ``<meta charset>`` / ``<meta http-equiv>`` in its first
bytes; then UTF-8 when the bytes are UTF-8; and only then a guess by
charset-normalizer. A declared name counts only when it is a real text
encoding: ``zlib``, ``base64``, ``rot13``, the escape codecs, ``idna``,
``punycode`` and ``undefined`` are Python codecs, not charsets, and are ignored.

>>> text_encoding("Windows-1256"), text_encoding("zlib"), text_encoding("unicode_escape")
('cp1256', None, None)
>>> meta_charset(b'<html><head><meta charset="iso-8859-6"></head>')
'iso-8859-6'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["bom", "guess", "meta_charset", "text_encoding"]

# Python codecs that decode bytes to str but are not a page's character set.
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
# As browsers do: a page labelled Latin-1 or ASCII is read as windows-1252 (a superset).
_WEB_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}

# UTF-32 first: its little-endian mark starts with UTF-16's (FF FE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_PRESCAN = 4096  # bytes of the page searched for a <meta> declaration (browsers: 1024)
_META = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def text_encoding(label: str) -> str | None:
    """Python's name for the text encoding ``label`` names, or None when it names none.

    >>> text_encoding("utf8"), text_encoding("latin1"), text_encoding("no-such")
    ('utf-8', 'cp1252', None)
    """
    try:
        info = codecs.lookup(label.strip())
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return _WEB_ALIASES.get(info.name, info.name)


def bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte order mark at the start of ``data`` gives, and the mark's length.

    >>> bom(codecs.BOM_UTF32_LE + "x".encode("utf-32-le"))
    ('utf-32-le', 4)
    """
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name, len(mark)
    return None


def meta_charset(data: bytes) -> str | None:
    """The label a ``<meta>`` tag near the start of ``data`` declares (as written), or None."""
    match = _META.search(data, 0, _PRESCAN)
    return match.group(1).decode("ascii") if match else None


def guess(data: bytes) -> str | None:
    """charset-normalizer's best guess at the encoding of ``data``, or None when nothing fits."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else text_encoding(best.encoding)
