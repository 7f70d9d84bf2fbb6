"""Captures of HTML pages from web archives: WARC, WARC.gz and WACZ files, read as a stream.

A web archive stores what a crawler saw: for each page a ``response`` record
with the HTTP answer as it came (status line, headers, body) and the time of
the capture (``WARC-Date``). :func:`captures` yields one :class:`Capture` per
HTML answer, in archive order, reading one record at a time (memory stays one
page whatever the archive's size). Everything else (requests, metadata,
images, redirects, errors) is skipped; a record that is cut short, by the
crawler (``WARC-Truncated``) or because the file ends inside it, is yielded
with a ``problem`` instead of its text, since half a live page would look as
if its older posts had been deleted.

warcio reads the records (see ``docs/batch.md`` for why warcio rather than
fastwarc).

>>> list(captures_of_stream(iter([]), "empty.warc", max_bytes=10))
[]
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from email.message import Message
from typing import IO, Any

import attrs

__all__ = ["ARCHIVE_SUFFIXES", "Capture", "captures", "captures_of_stream", "is_archive"]

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wacz")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@attrs.frozen
class Capture:
    """One HTML page as an archive recorded it (or the reason it cannot be used)."""

    url: str
    date: datetime | None
    where: str  # the archive and the record's position, for messages
    payload: bytes | None = None
    charset: str | None = None
    problem: str | None = None

    @property
    def key(self) -> str:
        """The capture's key in batch output: its URL and capture time."""
        when = self.date.isoformat() if self.date is not None else "?"
        return f"{self.url} {when}"


def is_archive(name: str) -> bool:
    """Whether a file name says it is a web archive (``.warc``, ``.warc.gz``, ``.wacz``)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _content_type(value: str | None) -> tuple[str, str | None]:
    """The media type and the charset label (as written) of a Content-Type.

    The label is judged where the page is read, by :func:`liveblog.read._charset.text_encoding`
    (web aliases such as ``latin1`` → ``cp1252``; a label that names no text encoding is
    ignored with a note), as for a fetched page.
    """
    if not value:
        return "", None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    label = charset.strip()[:40] if isinstance(charset, str) else None
    return msg.get_content_type(), label or None


def _capture(record: Any, where: str, max_bytes: int) -> Capture | None:
    """The capture of one warcio record, or None when it is not an HTML page."""
    headers = record.rec_headers
    kind = record.rec_type
    if kind == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode()
        media, charset = _content_type(http.get_header("Content-Type"))
        fallback_date = http.get_header("Date")
    elif kind == "resource":
        status = "200"
        media, charset = _content_type(headers.get_header("Content-Type"))
        fallback_date = None
    else:
        return None
    if status != "200" or media not in _HTML_TYPES:
        return None
    url = headers.get_header("WARC-Target-URI") or ""
    date = _date(headers.get_header("WARC-Date")) or _date(fallback_date)
    if date is None:
        return Capture(url, None, where, problem=f"{where}: the record has no usable WARC-Date")
    cut = headers.get_header("WARC-Truncated")
    if cut:
        return Capture(url, date, where, problem=f"{where}: the crawler truncated the record ({cut})")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return Capture(
            url, date, where, problem=f"{where}: the page is over the limit of {max_bytes:,} bytes"
        )
    missing = record.raw_stream.limit
    if missing:
        return Capture(
            url, date, where, problem=f"{where}: the record is cut short ({missing:,} bytes missing)"
        )
    return Capture(url, date, where, payload=body, charset=charset)


def captures_of_stream(stream: Iterable[Any], name: str, *, max_bytes: int) -> Iterator[Capture]:
    """The HTML captures of one WARC stream (a binary file, or for doctests any iterable of records)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream) if hasattr(stream, "read") else iter(stream)
    where = name
    while True:
        # warcio has no error hierarchy: a malformed record fails inside it with whatever
        # (ArchiveLoadFailed, ValueError, zlib.error, or an AttributeError on a missing
        # header). Only warcio's own work is guarded here, never the consumer's at the yield.
        try:
            record = next(records, None)
            if record is None:
                break
            start = records.offset if isinstance(records, ArchiveIterator) else 0
            where = f"{name}@{start}"
            if getattr(record, "format", "warc") != "warc":  # warcio's guess at an old ARC file: noise
                yield Capture(
                    "", None, where, problem=f"{where}: not a readable web archive (no WARC record)"
                )
                return
            found = _capture(record, where, max_bytes)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as e:
            yield _unreadable(name, where, e)
            return
        except Exception as e:  # warcio's other failures on malformed records
            yield _unreadable(name, where, e, f"a malformed record ({type(e).__name__}: {e})")
            return
        if found is not None:
            yield found
    size = _size(stream)
    if isinstance(records, ArchiveIterator) and size is not None and records.offset < size:
        # A compressed record cut short ends the iteration without a word: say so.
        at = f"{name}@{records.offset}"
        yield Capture(
            "", None, at, problem=f"{at}: the archive ends inside a record ({size - records.offset:,} bytes)"
        )


def _unreadable(name: str, where: str, e: Exception, why: str = "") -> Capture:
    """The capture that ends an archive warcio cannot read past ``where``."""
    message = " ".join((why or str(e)).split())[:200] or type(e).__name__
    return Capture("", None, where, problem=f"{name}: not a readable web archive after {where}: {message}")


def _size(stream: Any) -> int | None:
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return None


def _open_regular(path: str) -> IO[bytes]:
    """``path`` opened for reading, refusing FIFOs and devices (opening a FIFO would wait forever)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(0, "not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def captures(path: str, *, max_bytes: int) -> Iterator[Capture]:
    """The HTML captures in the archive at ``path`` (``.warc``, ``.warc.gz`` or ``.wacz``), in order."""
    try:
        f = _open_regular(path)
    except OSError as e:
        why = e.strerror or str(e)
        yield Capture("", None, path, problem=f"cannot read {path!r}: {why}")
        return
    with f:
        if not path.lower().endswith(".wacz"):
            yield from captures_of_stream(f, path, max_bytes=max_bytes)
            return
        try:
            package = zipfile.ZipFile(f)
            members = sorted(n for n in package.namelist() if n.startswith("archive/") and is_archive(n))
        except (zipfile.BadZipFile, OSError) as e:
            yield Capture("", None, path, problem=f"{path!r} is not a WACZ package: {e}")
            return
        for member in members:
            with package.open(member) as stream:
                yield from captures_of_stream(stream, f"{path}!{member}", max_bytes=max_bytes)
