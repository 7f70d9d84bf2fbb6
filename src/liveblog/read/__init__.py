"""Stage 1, read: bytes or text from a file, stdin or a string → :class:`Document`.

Decoding is strict about what cannot be text and forgiving about what can:
UTF-8 (with or without BOM) and UTF-16 with a BOM are read; a few invalid
UTF-8 bytes in otherwise good text are replaced and reported in
``Document.notes`` with their byte offset; NUL bytes or mostly-invalid bytes
are an :class:`~liveblog.errors.InputError`. Newlines are normalised to
``\\n`` so that spans are stable.

>>> read_text("20:15\\r\\nخبر").text
'20:15\\nخبر'
"""

from __future__ import annotations

import os
import re
import stat
import sys
from typing import BinaryIO

from liveblog.errors import InputError, LimitError
from liveblog.model import Document
from liveblog.read._charset import bom, guess, meta_charset, text_encoding

__all__ = [
    "DEFAULT_MAX_BYTES",
    "check_size",
    "decode",
    "is_url",
    "looks_like_html",
    "read_bytes",
    "read_file_bytes",
    "read_input",
    "read_path",
    "read_text",
    "read_url",
]

DEFAULT_MAX_BYTES = 32 * 1024 * 1024
"""Largest input read by default (32 MiB); a week-long live blog is a few MiB."""

_BAD_BYTE_SHARE = 0.01  # more than 1% undecodable bytes: not UTF-8 text at all
_SNIFF = 2048
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, *, name: str = "input", charset: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode page bytes; return the text and notes saying how (see :mod:`liveblog.read._charset`).

    ``charset`` is what a server declared. The order: a byte order mark, the
    server's declaration, the page's ``<meta charset>``, UTF-8, then
    charset-normalizer's guess; a note names the encoding whenever it is not
    plain UTF-8, and any declaration that was not used.

    >>> decode("خبر".encode("cp1256"), charset="windows-1256")
    ('خبر', ("input was decoded as cp1256, as its server declared (Content-Type charset='windows-1256')",))
    """
    marked = bom(data)
    if marked is not None:
        encoding, length = marked
        try:
            text = data[length:].decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name} starts with a {encoding} byte order mark but is not {encoding} "
                f"(byte {e.start + length})"
            ) from None
        return text, () if encoding == "utf-8" else (
            f"{name} was decoded as {encoding}, as its byte order mark says",
        )
    notes: list[str] = []
    for label, how in (
        (charset, f"its server declared (Content-Type charset={charset!r})"),
        (meta_charset(data), "its <meta charset> declares"),
    ):
        if label is None:
            continue
        declared = text_encoding(label)
        if declared is None:
            notes.append(f"{name}: the declared charset {label!r} is not a text encoding and was ignored")
            continue
        encoding = declared
        if encoding == "utf-8":
            break
        if not data.isascii() and _is_utf8(data) and encoding[:3] not in ("utf", "ucs"):
            notes.append(f"{name} declares {label!r} but its bytes are UTF-8: read as UTF-8")
            break
        text = data.decode(encoding, errors="replace")
        return text, (*notes, f"{name} was decoded as {encoding}, as {how}", *_replaced(text, name))
    return _utf8_or_guess(data, name, notes)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _replaced(text: str, name: str) -> tuple[str, ...]:
    bad = text.count("\ufffd")
    return (f"{name}: {bad} undecodable byte sequence(s) replaced with U+FFFD",) if bad else ()


def _utf8_or_guess(data: bytes, name: str, notes: list[str]) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (a few bad bytes repaired), else charset-normalizer's guess, else an :class:`InputError`."""
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise InputError(f"{name} is binary, not text (NUL byte at offset {offset})")
    try:
        return data.decode("utf-8"), tuple(notes)
    except UnicodeDecodeError as e:
        first_bad = e.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad <= max(3, len(data) * _BAD_BYTE_SHARE):
        plural = "s" if bad != 1 else ""
        return text, (
            *notes,
            f"{name}: {bad} invalid UTF-8 byte{plural} replaced with U+FFFD "
            f"(first at byte offset {first_bad})",
        )
    guessed = guess(data)
    if guessed is None or guessed == "utf-8":
        raise InputError(
            f"{name} is not UTF-8 text (first undecodable byte at offset {first_bad}, "
            f"{bad} in all) and declares no encoding; convert it, e.g. with iconv -f windows-1256 -t utf-8"
        )
    text = data.decode(guessed, errors="replace")
    return text, (
        *notes,
        f"{name} declares no encoding and is not UTF-8: decoded as {guessed}, charset-normalizer's guess",
        *_replaced(text, name),
    )


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than copied page text."""
    head = text[:_SNIFF].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def check_size(text: str, max_bytes: int, *, source: str | None = None) -> None:
    """Raise :class:`LimitError` when ``text`` takes more than ``max_bytes`` bytes in UTF-8.

    >>> check_size("٢٠:١٥", 8)
    Traceback (most recent call last):
    ...
    liveblog.errors.LimitError: input is 9 bytes, over the limit of 8 bytes
    """
    if len(text) * 4 <= max_bytes:  # no character takes more than 4 bytes: no need to encode
        return
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes:
        name = repr(source) if source else "input"
        raise LimitError(f"{name} is {size:,} bytes, over the limit of {max_bytes:,} bytes")


def read_text(
    text: str, *, source: str | None = None, notes: tuple[str, ...] = (), max_bytes: int | None = None
) -> Document:
    """A :class:`Document` from text already decoded (HTML is recognised and read as a page)."""
    if max_bytes is not None:
        check_size(text, max_bytes, source=source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # U+FEFF is a byte order mark at the start and an obsolete no-break in the middle: either way
    # invisible, and in the middle it could hide a marker ("20:\ufeff15"). Lone surrogates are not
    # text (an escape codec or str input can carry them) and cannot be written out.
    text = text.replace("\ufeff", "")
    if _SURROGATE.search(text):
        count = len(_SURROGATE.findall(text))
        text = _SURROGATE.sub("\ufffd", text)
        notes = (
            *notes,
            f"{repr(source) if source else 'input'}: {count} lone surrogate(s) replaced with U+FFFD",
        )
    if looks_like_html(text):
        from liveblog.read._html import read_html

        return read_html(text, source=source, notes=notes)
    return Document(text=text, source=source, notes=notes)


def read_bytes(
    data: bytes, *, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, charset: str | None = None
) -> Document:
    """A :class:`Document` from raw page bytes (``charset`` as an HTTP server declared it)."""
    name = repr(source) if source else "input"
    if len(data) > max_bytes:
        raise LimitError(f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    text, notes = decode(data, name=name, charset=charset)
    return read_text(text, source=source, notes=notes)


def read_url(url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None) -> Document:
    """A :class:`Document` from a web page (http or https), fetched with httpx within ``timeout`` seconds."""
    from liveblog.read._fetch import DEFAULT_TIMEOUT, fetch

    got = fetch(url, max_bytes=max_bytes, timeout=timeout or DEFAULT_TIMEOUT)
    assert got.content is not None  # no validators were sent, so no 304
    return read_bytes(got.content, source=got.url, max_bytes=max_bytes, charset=got.charset)


def is_url(text: str) -> bool:
    """Whether a command-line input names a URL rather than a file (httpx is loaded only for URLs)."""
    return "://" in text[:16]


def read_input(
    name: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float | None = None
) -> Document:
    """A :class:`Document` from what a user typed: a URL, a path, or ``-`` for stdin.

    ``timeout`` bounds the whole fetch of a URL, in seconds (default 20).
    """
    if isinstance(name, str) and is_url(name):
        return read_url(name, max_bytes=max_bytes, timeout=timeout)
    return read_path(name, max_bytes=max_bytes)


_READ_CHUNK = 1 << 20  # bytes asked for at a time: memory follows what is read, not the cap


def _read_limited(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """At most ``max_bytes`` of ``stream``, read in bounded chunks; a :class:`LimitError` past that."""
    data = bytearray()
    while len(data) <= max_bytes:
        chunk = stream.read(min(_READ_CHUNK, max_bytes + 1 - len(data)))
        if not chunk:
            return bytes(data)
        data += chunk
    raise LimitError(f"{name} is over the limit of {max_bytes:,} bytes")


def read_file_bytes(path: str | os.PathLike[str], max_bytes: int, *, regular_only: bool = False) -> bytes:
    """The bytes of the file at ``path``, at most ``max_bytes``; errors as one :class:`InputError` line.

    With ``regular_only`` (a folder walked by ``batch``) a FIFO, socket or device is refused
    without waiting on it; otherwise a pipe is read like a file (``show <(curl …)``).
    """
    shown = repr(str(path))
    if not str(path):
        raise InputError("empty input path ''")
    flags = os.O_RDONLY | (getattr(os, "O_NONBLOCK", 0) if regular_only else 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"no such file: {shown}") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory, not a page") from None
    except PermissionError:
        raise InputError(f"permission denied reading {shown}") from None
    except OSError as e:
        raise InputError(f"cannot read {shown}: {e.strerror or e}") from None
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode) or (regular_only and not stat.S_ISREG(mode)):
        os.close(fd)
        what = "a directory" if stat.S_ISDIR(mode) else "not a regular file (a FIFO or a device)"
        raise InputError(f"{shown} is {what}, not a page")
    if regular_only:
        os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as f:
        try:
            return _read_limited(f, max_bytes, shown)
        except OSError as e:
            raise InputError(f"cannot read {shown}: {e.strerror or e}") from None


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """A :class:`Document` from a file path, or from stdin when ``path`` is ``-``."""
    if str(path) == "-":
        data = _read_limited(sys.stdin.buffer, max_bytes, "standard input")
        return read_bytes(data, source=None, max_bytes=max_bytes)
    data = read_file_bytes(path, max_bytes)
    return read_bytes(data, source=str(path), max_bytes=max_bytes)
