"""The whole pipeline: read → segment → (resolve) → assemble.

The reference time and zone are settled here, once, at the edge: a naive
reference takes the page zone; a date alone means the end of that day (the
page was read some time that day, so every clock of that day is already past).
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, time, tzinfo
from zoneinfo import ZoneInfo

from liveblog._zones import zoneinfo
from liveblog.assemble import assemble
from liveblog.errors import ConfigError
from liveblog.model import Document, Timeline
from liveblog.read import read_bytes, read_input, read_text
from liveblog.segment import segment

__all__ = ["detect_language", "parse", "parse_document", "parse_input", "reference_and_zone"]

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")
_END_OF_DAY = time(23, 59, 59)


def detect_language(text: str) -> str:
    """``"ar"`` when Arabic letters outnumber Latin ones, else ``"en"``.

    >>> detect_language("تغطية مباشرة Live"), detect_language("Live updates")
    ('ar', 'en')
    """
    sample = text[:20000]
    return "ar" if len(_ARABIC.findall(sample)) > len(_LATIN.findall(sample)) else "en"


def _zone(tz: str | tzinfo | None) -> tzinfo:
    if tz is None:
        return ZoneInfo("UTC")
    if isinstance(tz, str):
        if not tz.strip():
            raise ConfigError("empty time zone ''; use an IANA name such as 'Asia/Damascus'")
        return zoneinfo(tz.strip())
    return tz


def _zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or zone.tzname(None) or str(zone)


def reference_and_zone(
    reference: str | datetime | date | None, tz: str | tzinfo | None
) -> tuple[datetime, tzinfo]:
    """The aware reference time and the page zone from what a user typed.

    >>> ref, zone = reference_and_zone("2024-11-29T21:00", "Asia/Damascus")
    >>> ref.isoformat(), str(zone)
    ('2024-11-29T21:00:00+03:00', 'Asia/Damascus')
    >>> reference_and_zone("2024-11-29", "UTC")[0].isoformat()
    '2024-11-29T23:59:59+00:00'
    """
    zone = _zone(tz)
    if reference is None:
        return datetime.now(zone).replace(microsecond=0), zone
    if isinstance(reference, str):
        text = reference.strip()
        try:
            reference = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise ConfigError(
                f"bad reference time {text!r}; give an ISO date or date-time such as 2024-11-29T21:00"
            ) from None
    if not isinstance(reference, datetime):
        reference = datetime.combine(reference, _END_OF_DAY)
    if reference.tzinfo is None:
        reference = reference.replace(tzinfo=zone)
    elif tz is None:
        zone = reference.tzinfo
    return reference.astimezone(zone), zone


def parse_document(
    doc: Document,
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
) -> Timeline:
    """Segment, resolve and assemble a document that was already read."""
    reference_source = "user"
    if reference is None and doc.reference is not None:
        reference, reference_source = doc.reference, doc.reference_source or "page"
    elif reference is None:
        reference_source = "now"
    ref, zone = reference_and_zone(reference, tz)
    if lang is not None and not _LANG.fullmatch(lang):
        raise ConfigError(f"bad language code {lang!r}; use a code such as 'ar' or 'en'")
    language = lang or doc.lang or detect_language(doc.text)
    notes = list(doc.notes)
    if not doc.text.strip():
        notes.append("the input is empty: no entries")
    seg = segment(doc, reference=ref, page_zone=zone, lang=language)
    return assemble(
        seg,
        reference=ref,
        tz=_zone_name(zone),
        lang=language,
        source=doc.source,
        reference_source=reference_source,
        notes=notes,
    )


def parse(
    source: str | bytes,
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
) -> Timeline:
    """Parse page text (or page bytes) into a :class:`~liveblog.model.Timeline`.

    ``reference`` is when the page was read (an ISO string, a date or a
    datetime; default now), ``tz`` the page's IANA zone (default UTC), ``lang``
    its language (default detected). HTML is recognised and read as a page.

    >>> tl = parse("19:26\\nالخبر الأول", reference="2024-11-29T21:00", tz="Asia/Damascus")
    >>> tl.entries[0].when.start.isoformat()
    '2024-11-29T19:26:00+03:00'
    """
    doc = read_bytes(source) if isinstance(source, bytes) else read_text(source)
    return parse_document(doc, reference=reference, tz=tz, lang=lang)


def parse_input(
    path: str | os.PathLike[str],
    *,
    reference: str | datetime | date | None = None,
    tz: str | tzinfo | None = None,
    lang: str | None = None,
) -> Timeline:
    """Parse the page at ``path``: a file, ``-`` for standard input, or an http(s) URL."""
    return parse_document(read_input(path), reference=reference, tz=tz, lang=lang)
